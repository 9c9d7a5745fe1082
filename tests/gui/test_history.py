"""The history of a record: who, where, when, old → new; revert one field (itself undoable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services

from .helpers import fill, select_row, trigger
from .test_event_panels import events_page


def test_history_shows_the_change_and_reverts_a_field(qtbot: QtBot, window: Any, demo_services: Services,
                                                      dialog_answers: Any) -> None:
    panel = window.show_page("communities").current_panel()
    select_row(qtbot, panel, 0)
    rid = panel.current_id
    old_city = demo_services.records.get("community", rid)["city"]
    fill(qtbot, panel.form, {"city": "新しい市"}, dialog_answers)
    trigger(window, "save")
    assert panel.tabs is not None and panel.history is not None
    panel.tabs.setCurrentWidget(panel.history)
    model = panel.history.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.entry(0).field == "city")
    row = [model.data(model.index(0, c)) for c in range(5)]
    assert "市区町村" in row[2] and row[3] == old_city and row[4] == "新しい市"
    assert demo_services.actor in row[1]
    panel.history.view.selectRow(0)
    assert panel.history.revert.isEnabled()
    panel.history.revert.click()
    assert demo_services.records.get("community", rid)["city"] == old_city
    qtbot.waitUntil(lambda: panel.form.editors["city"].value() == old_city)  # the form follows
    trigger(window, "undo")  # reverting is itself a step that can be undone
    assert demo_services.records.get("community", rid)["city"] == "新しい市"
    # Creation rows cannot be "reverted".
    model.set_record("community", rid)
    while model.canFetchMore():
        model.fetchMore()
    panel.history.view.selectRow(model.rowCount() - 1)
    assert model.entry(model.rowCount() - 1).action == "create" and not panel.history.revert.isEnabled()


def test_undoing_a_batch_in_the_window_keeps_what_was_edited_since(qtbot: QtBot, window: Any, demo_services: Services,
                                                                   dialog_answers: Any) -> None:
    s = demo_services
    event_id = s.records.create("event", {"title": "テスト商談会", "kind": "business_matching",
                                          "starts_at": "2026-06-20T13:00", "ends_at": "2026-06-20T15:00"})["id"]
    people = [p["id"] for p in s.records.list("person", limit=4)]
    for pid in people[:2]:
        s.events.registrations.register(event_id, pid, participant_role="firm", interests=["accounting"])
    for pid in people[2:]:
        s.events.registrations.register(event_id, pid, participant_role="provider", interests=["accounting"])
    page = events_page(window)
    assert page.show_schedule(event_id)
    dialog_answers.answer("confirm", True)
    qtbot.mouseClick(page.schedule.propose_button, Qt.MouseButton.LeftButton)
    meetings = s.events.matching.meetings(event_id)
    assert len(meetings) == 4
    # Someone notes something on one meeting (another window, the command line) before the undo.
    edited = meetings[0].id
    s.records.update("matching_meeting", edited, {"notes": "会計ソフトの見積もりを依頼"})
    trigger(window, "undo")
    assert [m.id for m in s.events.matching.meetings(event_id)] == [edited]
    trigger(window, "redo")
    assert len(s.events.matching.meetings(event_id)) == 4
