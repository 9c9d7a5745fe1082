"""The event screenshots in docs/screenshots: the check-in desk, the import preview and an event's participants,
in Japanese and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/event_screenshots.py [OUT_DIR]

Each picture starts from the same demo data as ``mitake demo --today 2026-06-01`` (in a temporary
folder), with the GUI's day pinned to 2026-06-01 so the desk opens on the demo's next event. The desk
is shown mid-event: a few people checked in, a walk-in, a name being typed. The import preview reads a
small participant list (CP932, as Excel saves it) with a row in error and people the demo already knows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DAY = date(2026, 6, 1)
SIZE = (1280, 800)

PARTICIPANTS = [
    "No.,お名前,フリガナ,会社名,役職,メールアドレス,電話番号",
    "1,{0[name]},{0[reading]},,,,",
    "2,高橋　一郎,タカハシ　イチロウ,有限会社高橋酒店,代表取締役,ichiro@takahashi-saketen.example.jp,０２６－２２３－４５６７",
    "3,中川 美穂,ナカガワ ミホ,なかがわ整骨院,院長,miho@nakagawa-seikotsu.example.jp,",
    "4,{1[name]},{1[reading]},,,{1[email]},",
    "5,森 大輔,モリ ダイスケ,株式会社森工務店,専務,daisuke.mori@example.jp,090-1234-5678",
    "6,小松 さやか,コマツ サヤカ,,,sayaka.komatsu@example,",
    "7,堀 健一,ホリ ケンイチ,堀ベーカリー,店主,,0263-33-1234",
    "8,{2[name]},,{2[organisation]},,,",
    "9,野村 千秋,ノムラ チアキ,野村会計事務所,税理士,chiaki@nomura-kaikei.example.jp,",
    "10,大橋 亮,オオハシ リョウ,大橋電機株式会社,課長,ryo.ohashi@example.jp,03-5555-0101",
    "11,,ヤマモト ケイ,山本商会,,kei@yamamoto,",  # two errors: no name, an e-mail without a domain
]


def _settle() -> None:
    from mitake_desktop.gui.screenshot import _settle as settle

    settle()


def _people(services: Services) -> list[dict[str, str]]:
    """Three demo people the list names again: by name and reading, by e-mail, by organisation."""
    rows = [p for p in services.records.list("person", limit=400) if p["reading"]]
    by_email = next(p for p in rows[40:] if p["email"])
    by_org = next(p for p in rows[80:] if p["organisation_id"])
    org = services.records.get("organisation", by_org["organisation_id"])["name"]
    return [
        {"name": rows[7]["name"], "reading": rows[7]["reading"]},
        {"name": by_email["name"], "reading": by_email["reading"] or "", "email": by_email["email"]},
        {"name": by_org["name"], "organisation": org},
    ]


def checkin(services: Services, lang: str, out: Path) -> None:
    from itertools import count

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from mitake_desktop.core.events import checkin as desk
    from mitake_desktop.gui.app import create_application
    from mitake_desktop.gui.main_window import MainWindow
    from mitake_desktop.gui.pages.checkin import CheckinPage

    minutes = count(3, 2)
    # Check-in times as on the evening of the event (the desk stamps the wall clock).
    desk._now = lambda: f"2026-06-08T18:{next(minutes):02d}:00"

    create_application(lang)
    window = MainWindow(services, persist=False)
    window.resize(*SIZE)
    page = window.show_page("checkin")
    assert isinstance(page, CheckinPage)
    window.show()
    _settle()
    session = page.session
    assert session is not None
    waiting = [p for p in session.participants() if p.status == "registered"]
    for person in waiting[1:12:2]:  # six people have arrived
        page.search.setText(person.reading)
        page.check_in_current()
    page.walk_name.setText("飛込 花子")
    page.walk_reading.setText("とびこみ はなこ")
    page.walk_org.setText("とびこみ商店")
    page.add_walk_in()
    page.search.setText(waiting[2].reading)
    page.check_in_current()
    # The next person types the first characters of a reading (an input method commits kana).
    page.search.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(waiting[0].reading[:1])
    QApplication.sendEvent(page.search, event)
    page.search.setFocus(Qt.FocusReason.OtherFocusReason)
    _settle()
    window.grab().save(str(out), "PNG")
    window.close()
    window.deleteLater()
    _settle()


def import_preview(services: Services, lang: str, folder: Path, out: Path) -> None:
    from mitake_desktop.core.events.tabular import read_sheet
    from mitake_desktop.gui import clock
    from mitake_desktop.gui.app import create_application
    from mitake_desktop.gui.events.import_dialog import ParticipantImportDialog
    from mitake_desktop.gui.main_window import MainWindow

    create_application(lang)
    known = _people(services)
    path = folder / "参加者名簿_202606.csv"
    text = "\r\n".join(PARTICIPANTS).format(*known) + "\r\n"
    path.write_bytes(text.encode("cp932"))
    window = MainWindow(services, persist=False)
    window.resize(*SIZE)
    window.show_page("people")
    upcoming = window.services.events.next_event(now=clock.now())
    dialog = ParticipantImportDialog(window.ctx, read_sheet(path), event_id=upcoming.id if upcoming else None,
                                     parent=window)
    dialog.resize(*SIZE)
    dialog.show()
    _settle()
    dialog.go_preview()
    _settle()
    dialog.grab().save(str(out), "PNG")
    dialog.close()
    dialog.deleteLater()
    window.close()
    window.deleteLater()
    _settle()


def participants(services: Services, lang: str, out: Path) -> None:
    """The Events page on the demo's next event, its Participants tab: registered, waitlisted, cancelled."""
    from mitake_desktop.gui import clock
    from mitake_desktop.gui.app import create_application
    from mitake_desktop.gui.main_window import MainWindow

    create_application(lang)
    window = MainWindow(services, persist=False)
    window.resize(*SIZE)
    page = window.show_page("events")
    window.show()
    _settle()
    full = next(e for e in services.events.list(upcoming=True, now=clock.now()) if e.counts.waitlisted)
    assert page.show_participants(full.id)
    _settle()
    window.grab().save(str(out), "PNG")
    window.close()
    window.deleteLater()
    _settle()


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["MITAKE_HOME"] = str(home / "home")
        from mitake_desktop.core import demo
        from mitake_desktop.core.services import Services
        from mitake_desktop.gui import clock

        clock.set_today(DAY)
        for lang in ("ja", "en"):
            for name in ("checkin", "import-preview", "event-participants"):
                db = home / f"{name}-{lang}.sqlite3"
                with Services.open(str(db)) as services:
                    demo.generate(services, size=demo.DEFAULT_SIZE, seed=1, anchor=DAY)
                    target = out_dir / f"{name}-{lang}.png"
                    if name == "checkin":
                        checkin(services, lang, target)
                    elif name == "event-participants":
                        participants(services, lang, target)
                    else:
                        import_preview(services, lang, home, target)
                print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
