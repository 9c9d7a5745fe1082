"""The page screenshots in docs/screenshots (`<page>-ja.png`, `<page>-en.png`), made the way a user sees them.

    .venv/bin/python tools/page_screenshots.py [OUT_DIR]

A temporary database gets ``mitake demo --today 2026-06-01``; each page is rendered offscreen at
1280×800 by ``mitake screenshot --today 2026-06-01`` (the GUI's day pinned to the demo's day), and the
welcome page over an empty database. The check-in, import, award and sync pictures have tools of their
own (tools/event_screenshots.py, tools/award_screenshots.py, tools/sync_screenshots.py), since they
need a scene set up first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["dashboard", "communities", "people", "organisations", "events", "case_studies", "it_tools", "awards"]
DAY = "2026-06-01"


def mitake(*args: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "mitake_desktop", *args], check=True, env=env, capture_output=True)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = os.environ | {"MITAKE_HOME": str(Path(tmp) / "home"), "QT_QPA_PLATFORM": "offscreen"}
        empty, demo = str(Path(tmp) / "empty.sqlite3"), str(Path(tmp) / "demo.sqlite3")
        mitake("--db", demo, "demo", "--today", DAY, env=env)
        for lang in ("ja", "en"):
            mitake("--db", empty, "screenshot", str(out / f"welcome-{lang}.png"), "--page", "welcome",
                   "--lang", lang, env=env)
            for page in PAGES:
                mitake("--db", demo, "screenshot", str(out / f"{page}-{lang}.png"), "--page", page, "--lang", lang,
                       "--today", DAY, env=env)
                print(out / f"{page}-{lang}.png")


if __name__ == "__main__":
    main()
