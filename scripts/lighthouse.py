"""Lighthouse scores (performance, accessibility, best practices, SEO) of the home page, the
list and an offer page in German and Arabic, on a phone (Lighthouse's mobile emulation).

Usage: `.venv/bin/python scripts/lighthouse.py [--base-url URL]`. Without a URL it serves the
database in DATABASE_URL (default: db.sqlite3 with the demo data of `make run`) with
gunicorn and the production settings on a free local port. Needs Node 20 and the system
Chromium (CHROME_PATH, default /usr/bin/chromium); Lighthouse itself comes from npm
(`npx lighthouse@12.8.2`, fetched once). Prints a table and the audits that cost points;
exits 1 if any score is below 100.
"""

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from serving import production_server

LIGHTHOUSE = "lighthouse@12.8.2"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")  # fmt: skip


def pages(base: str) -> list[str]:
    listing = urllib.request.urlopen(f"{base}/de/offers/", timeout=30).read().decode()
    offer = re.search(r'href="/de(/offers/\d+/[\w-]+/)"', listing)[1]
    return [f"/{lang}{path}" for lang in ("de", "ar") for path in ("/", "/offers/", offer)]


def lighthouse(url: str, out: Path) -> dict:
    command = ["npx", "--yes", LIGHTHOUSE, url, f"--chrome-flags={CHROME_FLAGS}",
               f"--only-categories={','.join(CATEGORIES)}", "--form-factor=mobile",
               "--output=json", f"--output-path={out}", "--quiet"]  # fmt: skip
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    for attempt in range(3):
        # Lighthouse now and then fails to record a trace (NO_NAVSTART): try again.
        done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL)
        if done.returncode == 0:
            return json.loads(out.read_text())
        print(f"    (Lighthouse failed on {url}, attempt {attempt + 1})", file=sys.stderr)
    raise RuntimeError(f"Lighthouse failed three times on {url}")


def report_scores(base: str) -> bool:
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'page':44} " + " ".join(f"{c[:13]:>13}" for c in CATEGORIES))
        for path in pages(base):
            report = lighthouse(base + path, Path(folder) / "report.json")
            scores = {c: report["categories"][c]["score"] for c in CATEGORIES}
            print(f"{path:44} " + " ".join(f"{round(s * 100):>13}" for s in scores.values()))
            for category, score in scores.items():
                if score < 1:
                    failed = True
                    for ref in report["categories"][category]["auditRefs"]:
                        audit = report["audits"][ref["id"]]
                        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                            shown = audit.get("displayValue", "")
                            print(f"    {category}: {audit['title']} {shown}")
    return failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        base = args.base_url or stack.enter_context(production_server())
        failed = report_scores(base)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
