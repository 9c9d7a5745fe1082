"""Under an event on the Events page: participants, the 商談会 schedule, follow-ups; the overdue list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from mitake_desktop.core.events.matching import MeetingRow
from mitake_desktop.core.services import Filter, Services
from mitake_desktop.gui import clock
from mitake_desktop.gui.pages.events import EventsPage
from tests.conftest import DEMO_ANCHOR

from .helpers import fill, trigger

pytestmark = pytest.mark.usefixtures("demo_day")  # the GUI's day is the demo's (tests/gui/conftest.py)


def events_page(window: Any) -> EventsPage:
    page = window.show_page("events")
    assert isinstance(page, EventsPage)
    return page


def matching_event(s: Services) -> str:
    """A 商談会 of the demo with a schedule of at least two slots and two tables."""
    for e in s.events.list():
        if e.kind != "business_matching":
            continue
        meetings = s.events.matching.meetings(e.id)
        if len({m.slot_start for m in meetings}) >= 2 and len({m.table_no for m in meetings}) >= 2:
            return e.id
    raise AssertionError("the demo has no 商談会 with a schedule")


def row_of(page: EventsPage, meeting_id: str) -> int:
    rows = page.schedule.model.rows()
    return next(i for i, m in enumerate(rows) if m.id == meeting_id)


def test_schedule_refuses_a_double_booking_with_the_services_sentence(qtbot: QtBot, window: Any,
                                                                     demo_services: Services,
                                                                     dialog_answers: Any) -> None:
    s = demo_services
    event_id = matching_event(s)
    page = events_page(window)
    assert page.show_schedule(event_id)
    tabs = page.event_panel.tabs
    assert tabs is not None and tabs.isTabVisible(page.schedule_index)
    model = page.schedule.model
    meetings: list[MeetingRow] = model.rows()
    assert len(meetings) == len(s.events.matching.meetings(event_id)) > 0
    # A meeting, and another slot where its firm already meets someone else.
    first, busy = next((a, b) for a in meetings for b in meetings
                       if a.slot_start != b.slot_start and a.firm_person_id == b.firm_person_id)
    before = s.records.get("matching_meeting", first.id)
    depth = window.undo.count()
    # Through the cell's editor, as a double-click would: the time combo offers the event's slots.
    index = model.index(row_of(page, first.id), model.column_of("slot_start"))
    delegate = page.schedule.view.itemDelegate()
    editor = delegate.createEditor(page.schedule.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox) and editor.findData(busy.slot_start) >= 0
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData(busy.slot_start))
    delegate.setModelData(editor, model, index)
    editor.deleteLater()
    refusals = dialog_answers.called("error")
    assert len(refusals) == 1 and first.firm_name in refusals[0][1]  # who is busy, in the service's words
    assert busy.slot_start[11:16] in refusals[0][1]
    assert s.records.get("matching_meeting", first.id) == before and window.undo.count() == depth
    assert model.rows()[row_of(page, first.id)].slot_start == first.slot_start

    # A free table at the same time is fine, and undoable.
    assert page.schedule.move_meeting(row_of(page, first.id), table_no="T99")
    assert s.records.get("matching_meeting", first.id)["table_no"] == "T99"
    trigger(window, "undo")
    assert s.records.get("matching_meeting", first.id)["table_no"] == first.table_no
    qtbot.waitUntil(lambda: model.rows()[row_of(page, first.id)].table_no == first.table_no)  # the list follows

    # Swapping two meetings of one slot exchanges their tables; across slots it would double-book.
    same_slot = [m for m in model.rows() if m.slot_start == first.slot_start][:2]
    view = page.schedule.view
    for m in same_slot:
        view.selectionModel().select(model.index(row_of(page, m.id), 0),
                                     view.selectionModel().SelectionFlag.Select
                                     | view.selectionModel().SelectionFlag.Rows)
    assert page.schedule.swap_button.isEnabled()
    qtbot.mouseClick(page.schedule.swap_button, Qt.MouseButton.LeftButton)
    a, b = (s.records.get("matching_meeting", m.id) for m in same_slot)
    assert (a["table_no"], b["table_no"]) == (same_slot[1].table_no, same_slot[0].table_no)
    trigger(window, "undo")
    assert s.records.get("matching_meeting", same_slot[0].id)["table_no"] == same_slot[0].table_no
    qtbot.waitUntil(lambda: model.rows()[row_of(page, same_slot[0].id)].table_no == same_slot[0].table_no)
    other = next(m for m in model.rows() if m.slot_start != first.slot_start and m.provider_person_id !=
                 first.provider_person_id)
    view.clearSelection()
    for m in (first, other):
        view.selectionModel().select(model.index(row_of(page, m.id), 0),
                                     view.selectionModel().SelectionFlag.Select
                                     | view.selectionModel().SelectionFlag.Rows)
    qtbot.mouseClick(page.schedule.swap_button, Qt.MouseButton.LeftButton)
    assert len(dialog_answers.called("error")) == 2  # the provider is busy at the other time
    assert s.records.get("matching_meeting", first.id)["slot_start"] == first.slot_start


def test_outcome_with_its_it_tool_and_removing_meetings(qtbot: QtBot, window: Any, demo_services: Services,
                                                        dialog_answers: Any) -> None:
    s = demo_services
    event_id = matching_event(s)
    page = events_page(window)
    assert page.show_schedule(event_id)
    model = page.schedule.model
    meeting = next(m for m in model.rows() if m.outcome in ("pending", "no_interest"))
    if meeting.it_tool_id:
        s.records.update("matching_meeting", meeting.id, {"it_tool_id": None})
        page.schedule.reload()
        meeting = model.rows()[row_of(page, meeting.id)]
    tool = s.records.list("it_tool", limit=1)[0]
    dialog_answers.answer("pick_records", [tool["id"]])  # an adoption names its IT tool
    index = model.index(row_of(page, meeting.id), model.column_of("outcome"))
    assert model.setData(index, "adoption")
    stored = s.records.get("matching_meeting", meeting.id)
    assert (stored["outcome"], stored["it_tool_id"]) == ("adoption", tool["id"])
    assert model.data(model.index(row_of(page, meeting.id), model.column_of("it_tool"))) == tool["name"]
    trigger(window, "undo")
    stored = s.records.get("matching_meeting", meeting.id)
    assert (stored["outcome"], stored["it_tool_id"]) == (meeting.outcome, None)
    # Removing two meetings is one confirmed, undoable step.
    n = model.rowCount()
    view = page.schedule.view
    view.selectRow(0)
    view.selectionModel().select(model.index(1, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    dialog_answers.answer("confirm", True)
    qtbot.mouseClick(page.schedule.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == n - 2)
    trigger(window, "undo")
    qtbot.waitUntil(lambda: model.rowCount() == n)


def test_proposing_a_schedule_is_one_undo_step(qtbot: QtBot, window: Any, demo_services: Services,
                                               dialog_answers: Any) -> None:
    s = demo_services
    records = s.records
    event_id = records.create("event", {"title": "テスト商談会", "kind": "business_matching",
                                        "starts_at": "2026-06-20T13:00", "ends_at": "2026-06-20T15:00"})["id"]
    people = [p["id"] for p in records.list("person", limit=6)]
    for pid in people[:4]:
        s.events.registrations.register(event_id, pid, participant_role="firm", interests=["accounting", "pos"])
    for pid, offer in zip(people[4:], (["accounting"], ["pos"]), strict=True):
        s.events.registrations.register(event_id, pid, participant_role="provider", interests=offer)
    page = events_page(window)
    assert page.show_schedule(event_id)
    assert page.schedule.model.rowCount() == 0
    dialog_answers.answer("confirm", True)
    qtbot.mouseClick(page.schedule.propose_button, Qt.MouseButton.LeftButton)
    n = len(s.events.matching.meetings(event_id))
    assert n == 8  # each firm meets both providers
    assert "8" in dialog_answers.called("confirm")[0][1]
    assert not s.events.matching.double_bookings(event_id)
    qtbot.waitUntil(lambda: page.schedule.model.rowCount() == 8)
    trigger(window, "undo")
    assert s.events.matching.meetings(event_id) == []
    trigger(window, "redo")
    assert len(s.events.matching.meetings(event_id)) == 8


def next_event_and_seats_taken(s: Services) -> tuple[str, int]:
    """The demo's next event and how many of its seats are taken."""
    upcoming = s.events.next_event(now=clock.now())
    assert upcoming is not None
    return upcoming.id, int(upcoming.capacity or 0) - int(s.events.registrations.seats_left(upcoming.id) or 0)


def test_participants_capacity_waitlist_and_cancelling(qtbot: QtBot, window: Any, demo_services: Services,
                                                       dialog_answers: Any) -> None:
    s = demo_services
    regs = s.events.registrations
    event_id, taken = next_event_and_seats_taken(s)
    s.records.update("event", event_id, {"capacity": taken})  # full: the next one waits
    registered = {x.person_id for x in regs.participants(event_id)}
    outsider = next(p["id"] for p in s.records.list("person", limit=300) if p["id"] not in registered)
    page = events_page(window)
    assert page.show_participants(event_id)
    panel = page.participants
    dialog_answers.answer("pick_records", [outsider])
    qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    waiting = next(p for p in regs.participants(event_id) if p.person_id == outsider)
    assert waiting.status == "waitlisted"
    qtbot.waitUntil(lambda: any(p.person_id == outsider for p in panel.model.rows()))
    assert f"{taken}" in panel.counts.text() and "0" in panel.counts.text()
    # Cancelling a registered person gives the seat to the first in line, in one undo step.
    some = next(i for i, p in enumerate(panel.model.rows()) if p.status == "registered")
    cancelled = panel.model.rows()[some]
    panel.view.selectRow(some)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    status = {p.person_id: p.status for p in regs.participants(event_id)}
    assert status[cancelled.person_id] == "cancelled"
    promoted = [p for p in regs.participants(event_id) if p.status == "registered"]
    assert len(promoted) == taken
    trigger(window, "undo")
    status = {p.person_id: p.status for p in regs.participants(event_id)}
    assert status[cancelled.person_id] == "registered" and status[outsider] == "waitlisted"

    # One more seat through the event's own form: the first in line takes it, and the participants
    # list says so; one undo takes back both the capacity and the promotion, redo puts both back.
    first = regs.waitlist(event_id)[0]["person_id"]
    form = page.event_panel.form
    assert form.record_id == event_id
    fill(qtbot, form, {"capacity": taken + 1}, dialog_answers)
    trigger(window, "save")
    assert s.records.get("event", event_id)["capacity"] == taken + 1
    assert {p.person_id: p.status for p in regs.participants(event_id)}[first] == "registered"
    qtbot.waitUntil(lambda: next(p for p in panel.model.rows() if p.person_id == first).status == "registered")
    trigger(window, "undo")
    assert s.records.get("event", event_id)["capacity"] == taken
    assert {p.person_id: p.status for p in regs.participants(event_id)}[first] == "waitlisted"
    trigger(window, "redo")
    assert s.records.get("event", event_id)["capacity"] == taken + 1
    assert {p.person_id: p.status for p in regs.participants(event_id)}[first] == "registered"


def test_after_the_event_feedback_follow_ups_and_the_attendance_list(qtbot: QtBot, window: Any,
                                                                      demo_services: Services,
                                                                      dialog_answers: Any, tmp_path: Path) -> None:
    s = demo_services
    held = next(e for e in s.events.list() if e.status == "held" and e.counts.present >= 3)
    page = events_page(window)
    assert page.show_participants(held.id)
    panel = page.participants
    model = panel.model
    row = next(i for i, p in enumerate(model.rows()) if p.status in ("attended", "walk_in"))
    person = model.rows()[row]
    new_score = 1 if person.satisfaction != 1 else 2
    assert model.setData(model.index(row, model.column_of("satisfaction")), new_score)
    assert model.setData(model.index(row, model.column_of("comment")), "  資料がほしい ")
    stored = s.records.get("registration", person.registration_id)
    assert (stored["satisfaction"], stored["comment"]) == (new_score, "資料がほしい")
    assert model.data(model.index(row, model.column_of("satisfaction"))) == "★" * new_score
    trigger(window, "undo")
    trigger(window, "undo")
    assert s.records.get("registration", person.registration_id)["satisfaction"] == person.satisfaction

    # Follow-ups for every attendee: one dialog, one undo step.
    before = s.records.count("follow_up")
    already = {f["person_id"] for f in s.records.list("follow_up", [Filter("event_id", "=", held.id)])}
    attendees = {p.person_id for p in s.events.registrations.participants(held.id)
                 if p.status in ("attended", "walk_in") and p.participant_role in ("attendee", "firm")}

    def fill(dialog: Any) -> bool:
        dialog.subject.setText("")
        assert dialog.values()["title"] == ""
        return True

    def fill_again(dialog: Any) -> bool:
        assert dialog.problem.text()  # the empty subject was refused with a sentence
        dialog.subject.setText("導入後の状況確認")
        dialog.due.set_value("2026-07-15")
        return True

    dialog_answers.answer("exec_dialog", fill, fill_again)
    qtbot.mouseClick(panel.follow_ups_button, Qt.MouseButton.LeftButton)
    made = s.records.list("follow_up", [Filter("title", "=", "導入後の状況確認")])
    assert len(made) == len(attendees - already) > 0
    assert {f["due_on"] for f in made} == {"2026-07-15"} and s.records.count("follow_up") == before + len(made)
    trigger(window, "undo")
    assert s.records.count("follow_up") == before

    # The attendance list for Excel, written on the worker.
    target = tmp_path / "出席者"
    dialog_answers.answer("save_file", target)
    qtbot.mouseClick(panel.csv_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "出席者.csv"
    qtbot.waitUntil(lambda: not window.tasks.busy and written.exists(), timeout=10000)
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and len(data.decode("utf-8-sig").splitlines()) == held.counts.present + 1


def test_overdue_follow_ups_from_the_go_menu(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    s = demo_services
    trigger(window, "overdue_follow_ups")
    page = window.current()
    assert isinstance(page, EventsPage) and page.tabs is not None
    assert page.tabs.currentWidget() is page.overdue
    overdue = s.events.followups.overdue(today=DEMO_ANCHOR)
    model = page.overdue.model
    assert model.rowCount() == len(overdue) > 0
    assert [r.id for r in model.rows()] == [r.id for r in overdue]
    page.overdue.view.selectRow(0)
    qtbot.mouseClick(page.overdue.done_button, Qt.MouseButton.LeftButton)
    assert s.records.get("follow_up", overdue[0].id)["status"] == "done"
    qtbot.waitUntil(lambda: model.rowCount() == len(overdue) - 1)
    trigger(window, "undo")
    qtbot.waitUntil(lambda: model.rowCount() == len(overdue))
    # Open: the follow-up's own form on the Follow-ups tab.
    page.overdue.view.selectRow(0)
    qtbot.mouseClick(page.overdue.open_button, Qt.MouseButton.LeftButton)
    assert page.current_panel().type_name == "follow_up" and page.current_panel().current_id == overdue[0].id


def test_the_events_page_after_switching_the_language(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    s = demo_services
    held = next(e for e in s.events.list() if e.status == "held" and e.counts.present)
    page = events_page(window)
    assert page.show_participants(held.id)
    window.set_language("en")
    rebuilt = window.current()
    assert isinstance(rebuilt, EventsPage) and rebuilt is not page
    assert rebuilt.show_participants(held.id)
    model = rebuilt.participants.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert "Registered" in rebuilt.participants.counts.text()
    row = next(i for i, p in enumerate(model.rows()) if p.status == "attended")
    assert model.setData(model.index(row, model.column_of("comment")), "good")  # notifies every listener
    trigger(window, "undo")
    qtbot.waitUntil(lambda: model.rows()[row].comment != "good")


def test_a_smaller_capacity_is_saved_and_the_overbooking_noted(qtbot: QtBot, window: Any, demo_services: Services,
                                                               dialog_answers: Any) -> None:
    s = demo_services
    regs = s.events.registrations
    event_id, taken = next_event_and_seats_taken(s)
    assert taken > 3
    page = events_page(window)
    assert page.show_participants(event_id)
    form = page.event_panel.form
    assert form.record_id == event_id
    fill(qtbot, form, {"capacity": taken - 3}, dialog_answers)
    trigger(window, "save")
    # Saved as typed (nobody is moved to the waitlist); the status bar says how many are over, no dialog.
    assert s.records.get("event", event_id)["capacity"] == taken - 3 and regs.over_capacity(event_id) == 3
    assert "3 件の登録が定員を超えています" in window.statusBar().currentMessage()
    assert not dialog_answers.messages()
    qtbot.waitUntil(lambda: "定員超過 3" in page.participants.counts.text())
    # Within the capacity again: no note.
    window.statusBar().clearMessage()
    fill(qtbot, form, {"capacity": taken}, dialog_answers)
    trigger(window, "save")
    assert s.records.get("event", event_id)["capacity"] == taken and window.statusBar().currentMessage() == ""
