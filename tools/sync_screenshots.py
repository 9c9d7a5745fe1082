"""Two demo laptops that exchange bundles and meet conflicts; screenshots of their Sync and Conflicts pages.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/sync_screenshots.py [OUT_DIR]   # default docs/screenshots

Both databases are made by ``mitake demo`` with the same seed (the same data), so they start equal, as two
staff laptops would after a first exchange. Each then edits the same fields differently, and the bundles
cross. Two databases on one machine would both be named after its host name; they are renamed here so the
pictures show two laptops. Everything else goes through the services the app uses.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out_dir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MITAKE_HOME"] = str(Path(tmp) / "home")  # never the user's settings
        from mitake_desktop.core import demo
        from mitake_desktop.core.services import Services
        from mitake_desktop.core.sync import ExportOptions
        from mitake_desktop.gui.screenshot import render_page

        paths = {name: Path(tmp) / f"{name}.sqlite3" for name in ("maebashi", "takasaki")}
        names = {"maebashi": "前橋商工会議所-PC01", "takasaki": "高崎サテライト-ノート"}
        for name, path in paths.items():
            with Services.open(str(path)) as s:
                demo.generate(s, size=2000, seed=1, anchor=date(2026, 6, 1))
            con = sqlite3.connect(path)
            con.execute("UPDATE device SET name = ? WHERE is_local = 1", (names[name],))
            con.commit()
            con.close()
        a, b = Services.open(str(paths["maebashi"])), Services.open(str(paths["takasaki"]))
        bundle = Path(tmp) / "bundle.mitake"

        def send(src: Services, dst: Services, **options: object) -> None:
            src.sync.export(bundle, ExportOptions(**options))  # type: ignore[arg-type]
            dst.sync.import_bundle(bundle, trust=True)

        send(a, b)  # the first exchange: each trusts the other after checking the fingerprint
        send(b, a)
        community = a.records.list("community", limit=1)[0]
        event = a.records.list("event", filters=(), limit=1)[0]
        person = a.records.list("person", limit=1)[0]
        base = community["description"] or ""
        a.records.update("community", community["id"], {
            "description": base + "\n\n## 2026年度の重点\n\n- 月1回の**クラウド会計相談会**を継続\n- 事例発表会を秋に開催"})
        b.records.update("community", community["id"], {
            "description": base + "\n\n## 2026年度の重点\n\n- 月1回の**クラウド会計相談会**を継続\n"
                                  "- 高崎会場でのキャッシュレス勉強会を追加\n- 事例発表会を秋に開催"})
        a.records.update("event", event["id"], {"capacity": 45})
        b.records.update("event", event["id"], {"capacity": 55})
        a.records.update("person", person["id"], {"title": "代表取締役"})
        b.records.update("person", person["id"], {"title": "代表取締役社長"})
        send(b, a, peer=a.device_id)  # only what the other has not seen: the edits meet here, on PC01
        send(a, b, peer=b.device_id)
        # A roster for a partner chamber: names and communities only, encrypted (the record of provision).
        partner = Path(tmp) / "roster.mitake"
        a.sync.export(partner, ExportOptions(profile="redacted", communities=(community["id"],),
                                             passphrase="sakura-2026"))
        a.sync.export(Path(tmp) / "public.mitake", ExportOptions(profile="public"))
        b.close()
        for lang in ("ja", "en"):
            for page in ("sync", "conflicts"):
                target = out_dir / f"{page}-{lang}.png"
                render_page(a, page, target, lang=lang, size=(1280, 800))
                print(target)
        a.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
