"""Draws the installable web app's icons (PNG, 192 and 512 pixels, "maskable": the pin in
the middle 60 % on the brand colour) from static/site/favicon.svg with the system Chromium.
Run after changing the favicon: `.venv/bin/python scripts/app_icons.py`."""

import base64
from pathlib import Path

from playwright.sync_api import sync_playwright

SITE = Path(__file__).resolve().parent.parent / "static" / "site"
BRAND = "#0b5563"


def main():
    svg = (SITE / "favicon.svg").read_text().replace('fill="#0b5563"', 'fill="#ffffff"', 1)
    svg = svg.replace('fill="#fff"', f'fill="{BRAND}"')
    source = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--no-sandbox"])  # fmt: skip
        for size in (192, 512):
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(
                f'<body style="margin:0;background:{BRAND};display:grid;place-items:center;'
                f'height:{size}px"><img src="{source}" width="{int(size * 0.6)}"></body>'
            )
            page.screenshot(path=str(SITE / f"app-icon-{size}.png"))
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
