"""The history of a record: who, where, when, old → new; revert one field (itself undoable)."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services

from .helpers import fill, select_row, trigger


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
