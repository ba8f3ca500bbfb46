"""The application as it runs in production (gunicorn, production settings, collected
static files), on a free port of 127.0.0.1, for the measuring scripts."""

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def production_server(workers: int = 2, **environment):
    """Yields the base URL; the database is DATABASE_URL's (default: db.sqlite3)."""
    with tempfile.TemporaryDirectory(prefix="static-") as static_root:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "integrationmap.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "STATIC_ROOT": static_root,
            "CONN_MAX_AGE": "60",
            **environment,
        }
        python = sys.executable
        subprocess.run([python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT,
                       env=env, check=True)  # fmt: skip
        port = free_port()
        server = subprocess.Popen(
            [python, "-m", "gunicorn", "integrationmap.wsgi:application",
             "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
            cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            for _ in range(150):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                    break
                except OSError:
                    time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            server.wait(10)
