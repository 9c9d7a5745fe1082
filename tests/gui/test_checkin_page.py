"""The event-day check-in page driven from the keyboard, and its report afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mitake_desktop.core.events.names import romaji_parts
from mitake_desktop.core.services import Services
from mitake_desktop.gui import clock
from mitake_desktop.gui.pages.checkin import CheckinPage
from tests.pdf_helpers import pdf_text

from .helpers import trigger, type_into

pytestmark = pytest.mark.usefixtures("demo_day")  # the GUI's day is the demo's (tests/gui/conftest.py)


def open_checkin(window: Any) -> CheckinPage:
    trigger(window, "page_checkin")
    page = window.current()
    assert isinstance(page, CheckinPage) and window.current_page == "checkin"
    return page


def test_an_event_day_from_the_keyboard(qtbot: QtBot, window: Any, demo_services: Services, dialog_answers: Any,
                                        tmp_path: Path) -> None:
    s = demo_services
    page = open_checkin(window)
    upcoming = s.events.next_event(now=clock.now())
    assert upcoming is not None and page.event_id == upcoming.id  # opens on the next event
    assert page.title.text() == upcoming.title
    everyone = s.events.registrations.participants(upcoming.id)
    registered = [p for p in everyone if p.status == "registered"]
    assert len(registered) >= 12
    n_registered = len(registered)
    assert page.attended.value.text() == f"0 / {n_registered}"

    # Ten people, each found by what a receptionist types: the kana reading, or romaji.
    readings = [p.reading for p in everyone]
    chosen = [p for p in registered if p.reading and readings.count(p.reading) == 1][:10]
    assert len(chosen) == 10
    for i, person in enumerate(chosen):
        if i % 3 == 0:
            type_into(qtbot, page.search, "".join(romaji_parts(person.reading)))  # typed key by key
        else:
            type_into(qtbot, page.search, person.reading)  # committed by the input method
        best = page.highlighted()
        assert best is not None and best.registration_id == person.registration_id, (person.name, best)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        assert page.search.text() == ""  # ready for the next person
        assert s.records.get("registration", person.registration_id)["status"] == "attended"  # saved at once
        assert page.attended.value.text() == f"{i + 1} / {n_registered}"
        assert person.name in page.feedback.text()
    # Enter on someone already checked in changes nothing and says so.
    type_into(qtbot, page.search, chosen[0].reading)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.attended.value.text() == f"10 / {n_registered}" and chosen[0].name in page.feedback.text()
    type_into(qtbot, page.search, "")

    # Ctrl+Z in the search field undoes the last check-in (not the field's typing).
    assert page.undo_button.isEnabled() and chosen[-1].name in page.undo_button.text()
    qtbot.keyClick(page.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s.records.get("registration", chosen[-1].registration_id)["status"] == "registered"
    assert page.attended.value.text() == f"9 / {n_registered}"

    # A walk-in on one line: name, reading, organisation; Enter checks them in.
    people_before = s.records.count("person")
    type_into(qtbot, page.walk_name, "飛込 花子")
    type_into(qtbot, page.walk_reading, "とびこみ はなこ")
    type_into(qtbot, page.walk_org, "とびこみ商店")
    qtbot.keyClick(page.walk_org, Qt.Key.Key_Return)
    assert page.walk_ins.value.text() == "1" and page.walk_name.text() == ""
    assert s.records.count("person") == people_before + 1
    type_into(qtbot, page.search, "とびこ")
    assert page.highlighted() is not None and page.highlighted().name == "飛込 花子"  # type: ignore[union-attr]

    # Finishing before the event's day is refused with a sentence naming the day; nothing changes.
    day = upcoming.starts_at[:10]
    assert day > clock.today().isoformat()
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert not dialog_answers.called("confirm") and any(day in m for m in dialog_answers.messages())
    assert s.records.get("event", upcoming.id)["status"] == "planned" and page.no_shows.value.text() == "0"

    # On the day: everyone still only registered becomes a no-show (after a confirmation).
    clock.set_today(date.fromisoformat(day))
    dialog_answers.answer("confirm", True)
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    no_shows = n_registered - 9
    assert page.no_shows.value.text() == str(no_shows) and page.waiting.value.text() == "0"
    assert s.records.get("event", upcoming.id)["status"] == "held"
    # Finished is finished: the button is off and says why; the action itself refuses a second time.
    assert not page.finish_button.isEnabled() and "すでに終了" in page.finish_button.toolTip()
    from mitake_desktop.gui.events.actions import finish_event

    assert finish_event(window.ctx, page, upcoming.id) is None
    assert dialog_answers.messages()[-1] == "このイベントはすでに終了しています。"

    # The report, exported from the event's participants on the Events page (on the worker).
    events_page = window.show_page("events")
    assert events_page.show_participants(upcoming.id)
    assert not events_page.participants.finish_button.isEnabled()  # held: nothing left to finish
    target = tmp_path / "report.pdf"
    dialog_answers.answer("save_file", target)
    qtbot.mouseClick(events_page.participants.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tasks.busy and target.exists(), timeout=20000)
    text = pdf_text(target)
    assert upcoming.title.replace(" ", "") in text
    for label, value in (("申込", n_registered), ("出席", 9), ("当日参加", 1), ("欠席", no_shows), ("参加者計", 10)):
        assert f"{label}{value}" in text, label


def test_typing_reads_nothing_from_the_database(qtbot: QtBot, window: Any, demo_services: Services,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Searches are answered from the desk's memory: no query per keystroke, whatever the list's size."""
    page = open_checkin(window)
    reads: list[int] = []
    original = demo_services.db.read

    def counting() -> Any:
        reads.append(1)
        return original()

    monkeypatch.setattr(demo_services.db, "read", counting)
    for text in ("s", "sa", "sat", "さ", "さと", "佐", "tanaka", "xqx"):
        type_into(qtbot, page.search, text)
    assert reads == []
    assert page.results_model.rowCount() == 0  # "xqx" matches nobody


def test_undo_redo_and_the_undo_button(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    s = demo_services
    page = open_checkin(window)
    # ↓ and ↑ move the highlight without leaving the search field; Esc clears it.
    type_into(qtbot, page.search, "い")
    assert page.results_model.rowCount() >= 2 and page.results.currentIndex().row() == 0
    second = page.results_model.row_at(1)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.highlighted() == second and page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Up)
    assert page.results.currentIndex().row() == 0
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    first = next(p for p in page.session.participants() if p.status == "registered")  # type: ignore[union-attr]
    type_into(qtbot, page.search, first.reading)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert s.records.get("registration", first.registration_id)["status"] == "attended"
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert s.records.get("registration", first.registration_id)["status"] == "registered"
    assert not page.undo_button.isEnabled()
    trigger(window, "redo")
    assert s.records.get("registration", first.registration_id)["status"] == "attended"
    assert page.session.get(first.registration_id).status == "attended"  # type: ignore[union-attr]
    # A walk-in undone and redone: the person comes and goes with it.
    people = s.records.count("person")
    type_into(qtbot, page.walk_name, "Jane Walkin")
    qtbot.keyClick(page.walk_name, Qt.Key.Key_Return)
    assert s.records.count("person") == people + 1 and page.walk_ins.value.text() == "1"
    trigger(window, "undo")
    assert s.records.count("person") == people and page.walk_ins.value.text() == "0"
    trigger(window, "redo")
    assert s.records.count("person") == people + 1 and page.walk_ins.value.text() == "1"
    # An empty walk-in name is refused with a sentence; nothing is written.
    qtbot.keyClick(page.walk_name, Qt.Key.Key_Return)
    assert s.records.count("person") == people + 1 and page.feedback.text()


def test_the_feedback_line_follows_undo_and_redo(qtbot: QtBot, window: Any, demo_services: Services,
                                                 dialog_answers: Any) -> None:
    """"✓ … checked in" must not stay on the desk once Ctrl+Z has taken the check-in back."""
    s = demo_services
    page = open_checkin(window)
    person = next(p for p in page.session.participants() if p.status == "registered")  # type: ignore[union-attr]
    type_into(qtbot, page.search, person.reading)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    checked_in = page.feedback.text()
    assert person.name in checked_in
    step = page.tr("Check in {name}").format(name=person.name)
    qtbot.keyClick(page.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's undo
    assert s.records.get("registration", person.registration_id)["status"] == "registered"
    assert page.feedback.text() == page.tr("Undone: {what}").format(what=step) != checked_in
    trigger(window, "redo")
    assert s.records.get("registration", person.registration_id)["status"] == "attended"
    assert page.feedback.text() == page.tr("Redone: {what}").format(what=step)
    # The undo button says the same; so does undoing "Finish event" from the keyboard.
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.feedback.text() == page.tr("Undone: {what}").format(what=step)
    clock.set_today(date.fromisoformat(page.session.event["starts_at"][:10]))  # type: ignore[union-attr]  # its day
    dialog_answers.answer("confirm", True)
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert s.records.get("event", page.event_id)["status"] == "held"  # type: ignore[arg-type]
    finished = page.feedback.text()
    assert not page.finish_button.isEnabled()
    qtbot.keyClick(page.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s.records.get("event", page.event_id)["status"] != "held"  # type: ignore[arg-type]
    assert page.finish_button.isEnabled()  # not finished any more: it can be finished again
    assert page.feedback.text() != finished and page.session.event["title"] in page.feedback.text()  # type: ignore[union-attr]


def test_the_desk_follows_changes_made_elsewhere(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    page = open_checkin(window)
    assert page.session is not None
    someone = next(p for p in page.session.participants() if p.status == "registered")
    # Another program (the command line, another window) checks someone in.
    with Services.open(str(demo_services.db.path)) as other:
        other.records.update("registration", someone.registration_id, {"status": "attended",
                                                                        "checked_in_at": "2026-06-08T18:01:00"})
    page.refresh_if_changed()  # what the desk's timer does every few seconds
    assert page.session.get(someone.registration_id).status == "attended"
    assert page.attended.value.text().startswith("1 / ")


def test_choosing_another_event_and_opening_the_desk_from_an_event(qtbot: QtBot, window: Any,
                                                                   demo_services: Services,
                                                                   dialog_answers: Any) -> None:
    s = demo_services
    page = open_checkin(window)
    held = next(e for e in s.events.list() if e.status == "held")
    dialog_answers.answer("pick_records", [held.id])
    qtbot.mouseClick(page.other_event, Qt.MouseButton.LeftButton)
    assert page.event_id == held.id and page.event_combo.currentData() == held.id
    assert page.attended.value.text() == f"{held.counts.attended} / {held.counts.registered}"
    # From the Events page: the selected event's "Check-in mode".
    events_page = window.show_page("events")
    upcoming = s.events.next_event(now=clock.now())
    assert upcoming is not None and events_page.show_participants(upcoming.id)
    qtbot.mouseClick(events_page.participants.checkin_button, Qt.MouseButton.LeftButton)
    assert window.current_page == "checkin" and page.event_id == upcoming.id


def test_screenshot_of_the_check_in_page_on_a_given_day(demo_path: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from mitake_desktop.cli import main

    out = tmp_path / "checkin.png"
    clock.set_today(None)
    assert main(["--db", str(demo_path), "screenshot", str(out), "--page", "checkin", "--lang", "en",
                 "--today", "2026-06-01", "--size", "1000x700"]) == 0
    assert QImage(str(out)).width() == 1000
    assert clock.pinned() is None  # the command leaves the clock as it found it


def test_switching_the_language_keeps_the_desk_on_its_event(qtbot: QtBot, window: Any,
                                                            demo_services: Services) -> None:
    page = open_checkin(window)
    held = next(e for e in demo_services.events.list() if e.status == "held")
    page.set_event(held.id)
    window.set_language("en")
    rebuilt = window.current()
    assert isinstance(rebuilt, CheckinPage) and rebuilt is not page and rebuilt.event_id == held.id
    assert rebuilt.attended.caption_text == "Attended / registered"
    rebuilt.set_event(demo_services.events.next_event(now=clock.now()).id)  # type: ignore[union-attr]
    person = next(p for p in rebuilt.session.participants() if p.status == "registered")  # type: ignore[union-attr]
    type_into(qtbot, rebuilt.search, person.reading)
    qtbot.keyClick(rebuilt.search, Qt.Key.Key_Return)
    assert "checked in" in rebuilt.feedback.text()
    trigger(window, "undo")  # the old page is gone; its signals must not reach it
    assert demo_services.records.get("registration", person.registration_id)["status"] == "registered"


def test_nobody_found_starts_the_walk_in_line(qtbot: QtBot, window: Any) -> None:
    page = open_checkin(window)
    type_into(qtbot, page.search, "ぬぬぬ")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.walk_reading.text() == "ぬぬぬ" and page.walk_name.text() == "" and page.feedback.text()
    type_into(qtbot, page.search, "Zyxw")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.walk_name.text() == "Zyxw"


def test_walk_ins_who_are_already_known_are_not_added_twice(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    s = demo_services
    page = open_checkin(window)
    assert page.event_id is not None
    everyone = s.events.registrations.participants(page.event_id)
    names = [p.name for p in everyone]
    registered = next(p for p in everyone if p.status == "registered" and names.count(p.name) == 1)
    listed = {p.person_id for p in everyone}
    known = next(p for p in s.records.list("person", limit=500) if p["id"] not in listed and p["email"])
    people_before = s.records.count("person")
    # Someone on the list typed in as a walk-in (their name only): their registration is checked in.
    type_into(qtbot, page.walk_name, registered.name)
    qtbot.keyClick(page.walk_name, Qt.Key.Key_Return)
    assert s.records.get("registration", registered.registration_id)["status"] == "attended"
    assert "登録済み" in page.feedback.text() and page.walk_ins.value.text() == "0"
    # Someone known but not registered, found by the e-mail typed in the walk-in line: registered and in.
    type_into(qtbot, page.walk_name, known["name"])
    type_into(qtbot, page.walk_contact, known["email"].upper())
    qtbot.keyClick(page.walk_contact, Qt.Key.Key_Return)
    mine = [p for p in s.events.registrations.participants(page.event_id) if p.person_id == known["id"]]
    assert [p.status for p in mine] == ["walk_in"] and page.walk_ins.value.text() == "1"
    assert s.records.count("person") == people_before and page.walk_contact.text() == ""


def test_waitlisted_people_are_checked_in_as_such_and_the_overbooking_is_said(
        qtbot: QtBot, window: Any, demo_services: Services) -> None:
    s = demo_services
    page = open_checkin(window)
    event = page.event_id
    assert event is not None
    everyone = s.events.registrations.participants(event)
    seats = sum(1 for p in everyone if p.status in ("registered", "attended")
                and p.participant_role in ("attendee", "firm"))
    s.records.update("event", event, {"capacity": seats})  # full: nobody waiting gets a seat
    listed = {p.person_id for p in everyone} | {p.name for p in everyone}
    outsiders = [p for p in s.records.list("person", limit=500) if p["id"] not in listed and p["name"] not in listed]
    names = [p["name"] for p in outsiders]
    first, second = [p for p in outsiders if names.count(p["name"]) == 1][:2]
    regs = {p["id"]: s.records.create("registration", {"event_id": event, "person_id": p["id"],
                                                       "status": "waitlisted"})["id"] for p in (first, second)}
    page.refresh_if_changed()
    # From the search list: checked in, and the desk says they were waiting and the room is now over.
    type_into(qtbot, page.search, first["name"])
    best = page.highlighted()
    assert best is not None and best.registration_id == regs[first["id"]]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert s.records.get("registration", regs[first["id"]])["status"] == "attended"
    assert "キャンセル待ち" in page.feedback.text() and "定員を 1 人超えました" in page.feedback.text()
    # Typed on the walk-in line: not a walk-in, not "already registered".
    type_into(qtbot, page.walk_name, second["name"])
    qtbot.keyClick(page.walk_name, Qt.Key.Key_Return)
    text = page.feedback.text()
    assert second["name"] in text and "キャンセル待ち" in text and "定員を 2 人超えました" in text
    assert "登録済み" not in text and "当日参加" not in text and page.walk_ins.value.text() == "0"
    assert "当日参加" not in page.undo_button.text() and "受付" in page.undo_button.text()
    shown = {p.registration_id: p.status for p in page.results_model.rows()}
    assert shown[regs[second["id"]]] == shown[regs[first["id"]]] == "attended"
    page.undo_last()
    assert s.records.get("registration", regs[second["id"]])["status"] == "waitlisted"
    assert "当日参加" not in page.feedback.text()
