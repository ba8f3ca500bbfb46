"""The benchmark suite (`make bench`, `python -m scripts.benchmark`): the public pages and the
map endpoint at 2,000 / 20,000 / 200,000 offers on PostgreSQL and SQLite, measured in process
and over HTTP (gunicorn on loopback), each figure next to its physical baseline in the same
run. See docs/performance.md. A developer tool: not part of the installed application."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
