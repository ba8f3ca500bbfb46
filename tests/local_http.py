"""A small HTTP server on 127.0.0.1 for tests that must not touch the network: each path
answers with a status, a body and optionally a delay."""

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class Routes(dict):
    """path -> callable(method, query[, body for POST]) -> (status, headers, body, delay)."""


def serve(routes: Routes):
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, method):
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            sent = b""
            if method == "POST":
                sent = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            requests.append((method, url.path, query, dict(self.headers), sent))
            route = routes.get(url.path)
            if route is None:
                status, headers, body, delay = 404, {}, b"not found", 0
            elif method == "POST":  # POST routes also get the request body
                status, headers, body, delay = route(method, query, sent)
            else:
                status, headers, body, delay = route(method, query)
            if delay:
                time.sleep(delay)
            if isinstance(body, dict | list):
                body = json.dumps(body).encode()
                headers = {"Content-Type": "application/json", **headers}
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if method != "HEAD":
                with contextlib.suppress(OSError):
                    self.wfile.write(body)

        def do_GET(self):
            self._answer("GET")

        def do_HEAD(self):
            self._answer("HEAD")

        def do_POST(self):
            self._answer("POST")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.requests = requests
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    return server
