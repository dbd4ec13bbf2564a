"""The README's picture of the web-page export: the clothing-shop sample in headless Chromium.

Run from the repository root: ``python docs/make_screenshot_web.py`` (needs Debian's chromium).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from cxmapper.export import export
from cxmapper.model.library import template

OUT = Path(__file__).resolve().parent / "screenshot-web-export.png"


def main() -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "clothing-shop.html"
        export(template("clothing-shop", "en"), page)
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={tmp}/profile",
                "--window-size=1440,1200",
                "--hide-scrollbars",
                f"--screenshot={OUT}",
                page.as_uri(),
            ],
            check=True,
            timeout=120,
            capture_output=True,
        )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
