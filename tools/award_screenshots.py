"""Render the README's screenshots of the case-study editor, the nomination checklist and the scoring screen.

    python tools/award_screenshots.py docs/screenshots

Builds the demo database (``mitake demo --today 2026-06-01``) in a temporary folder, nominates one case study
that is not ready yet (as a user would, so the checklist has something to show), then renders each view at
1280×800 in Japanese and English through ``mitake screenshot``'s own code, on the demo's day. Look at every PNG before committing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

DEMO_DAY = date(2026, 6, 1)  # the demo's day, and the day the screens believe it is (deadlines ahead)
SHOTS = {
    "case-study-editor": "case_studies:story",
    "case-study-figures": "case_studies:figures",
    "nomination-checklist": "awards:nominations",
    "scoring": "awards:scoring",
}


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="mitake-shots-") as tmp:
        os.environ["MITAKE_HOME"] = str(Path(tmp) / "home")  # no user settings or data touched
        from mitake_desktop.core import demo
        from mitake_desktop.core.services import Filter, Services
        from mitake_desktop.gui.screenshot import render_page

        with Services.open(str(Path(tmp) / "demo.sqlite3")) as services:
            demo.generate(services, anchor=DEMO_DAY)
            program = max(services.awards.programs(), key=lambda p: len(services.awards.nominations(p["id"])))
            taken = {n["nominee_id"] for n in services.awards.nominations(program["id"])}
            # A reviewed case study without the firm's consent yet: blocking and warning items both show.
            candidate = next(c for c in services.records.list("case_study", [Filter("status", "=", "reviewed")])
                             if c["id"] not in taken and not c["publication_consent"])
            services.awards.nominate(program["id"], "case_study", candidate["id"])
            for name, page in SHOTS.items():
                page_name, _, view = page.partition(":")
                for lang in ("ja", "en"):
                    target = out / f"{name}-{lang}.png"
                    render_page(services, page_name, target, lang=lang, size=(1280, 800), view=view or None,
                                today=DEMO_DAY)
                    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
