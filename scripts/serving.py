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


def wait_until_healthy(server: subprocess.Popen, url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not answer within {seconds:.0f} s") from None
            time.sleep(0.2)


@contextlib.contextmanager
def production_server(workers: int = 2, start_timeout: float = 180, **environment):
    """Yields the base URL once the site answers; the database is DATABASE_URL's (default:
    db.sqlite3). A busy machine can take a minute to start gunicorn's workers, hence the
    generous bound; a healthy start does not wait for it."""
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
            wait_until_healthy(server, f"http://127.0.0.1:{port}/healthz", start_timeout)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            server.wait(10)
