"""The first run: a welcome page on an empty database; start empty, demo data in a worker, bundle import."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services
from mitake_desktop.gui.pages import welcome


def test_empty_database_opens_on_the_welcome_page(qtbot: QtBot, empty_window: Any) -> None:
    assert empty_window.current_page == "welcome"
    page = empty_window.current()
    qtbot.mouseClick(page.start_empty, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert empty_window.current_page == "dashboard"


def test_loading_demo_data_runs_in_a_worker(qtbot: QtBot, empty_window: Any, services: Services,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(welcome, "DEMO_SIZE", 300)
    page = empty_window.current()
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.load_demo.click()
        assert empty_window.tasks.busy and not empty_window.new_action.isEnabled()  # one writer at a time
    assert not empty_window.tasks.busy and empty_window.new_action.isEnabled()
    assert not services.records.is_empty()
    assert empty_window.current_page == "dashboard"
    dashboard = empty_window.current()
    qtbot.waitUntil(lambda: dashboard.cards["community"].number.text() == str(services.records.count("community")))


def test_cancelling_demo_data_leaves_the_database_empty(qtbot: QtBot, empty_window: Any, services: Services,
                                                        dialog_answers: Any) -> None:
    page = empty_window.current()
    with qtbot.waitSignal(empty_window.tasks.busy_changed, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        task = empty_window.tasks.start(lambda progress, cancelled: (progress(1, 2), cancelled()), parent=page,
                                        label="x")
        task.cancel_event.set()
    welcome_task_cancelled = []

    def work(progress: Any, cancelled: Any) -> int:
        from mitake_desktop.core import demo

        return demo.generate(services, size=300, seed=1, progress=progress, cancel=lambda: True)

    with qtbot.waitSignal(empty_window.tasks.busy_changed, timeout=60_000, check_params_cb=lambda busy: not busy):
        empty_window.tasks.start(work, parent=page, label="demo", on_failed=welcome_task_cancelled.append)
    assert services.records.is_empty()
    assert type(welcome_task_cancelled[0]).__name__ == "Cancelled"


def test_import_bundle_is_offered_by_the_sync_part(qtbot: QtBot, empty_window: Any, dialog_answers: Any) -> None:
    # The sync pages register the importer (tests/gui/test_sync_page.py drives a whole import from here).
    assert welcome.bundle_import_available()
    page = empty_window.current()
    dialog_answers.answer("open_file", None)  # the user closes the file dialog
    page.import_bundle.click()
    assert empty_window.current_page == "welcome" and not dialog_answers.messages()
