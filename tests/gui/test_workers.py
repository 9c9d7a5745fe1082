"""Long work runs off the GUI thread; errors come back as plain messages, the unexpected ones with details."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.gui import dialogs
from mitake_desktop.gui.workers import TaskRunner


def test_work_runs_on_another_thread_and_reports_back(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[Any] = []
    main = threading.get_ident()

    def work(progress: Any, cancelled: Any) -> int:
        for i in range(5):
            progress(i + 1, 5)
        return threading.get_ident()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.start(work, parent=None, label="work", on_done=seen.append)
    assert seen and seen[0] != main


def test_a_known_error_is_one_plain_sentence(qtbot: QtBot, dialog_answers: Any) -> None:
    runner = TaskRunner()

    def work(progress: Any, cancelled: Any) -> None:
        raise MitakeError("データベースが他の処理で使用中です。")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.start(work, parent=None, label="work")
    assert dialog_answers.called("error")[0][1] == "データベースが他の処理で使用中です。"
    assert not dialog_answers.called("unexpected")


def test_an_unexpected_error_is_logged_and_offers_details(qtbot: QtBot, dialog_answers: Any) -> None:
    from mitake_desktop.core import logs

    runner = TaskRunner()

    def work(progress: Any, cancelled: Any) -> None:
        raise ZeroDivisionError("boom")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.start(work, parent=None, label="work")
    (_parent, message, details), = dialog_answers.called("unexpected")
    assert "Traceback" not in message and "ZeroDivisionError" in details and "boom" in details
    assert "ZeroDivisionError" in logs.setup().read_text(encoding="utf-8")


def test_cancel_reaches_the_work(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    results: list[Any] = []

    def work(progress: Any, cancelled: Any) -> str:
        assert gate.wait(30)  # the test has asked to cancel by then (an event, not a timed sleep)
        return "stopped" if cancelled() else "finished"

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        task = runner.start(work, parent=None, label="work", on_done=results.append)
        task.cancel_event.set()  # what the progress dialog's Cancel button does
        gate.set()
    assert results == ["stopped"]


def test_show_error_routes_by_kind(dialog_answers: Any) -> None:
    dialogs.show_error(None, MitakeError("ひとこと"))
    dialogs.show_error(None, RuntimeError("inner"))
    assert dialog_answers.called("error")[0][1] == "ひとこと"
    assert "RuntimeError" in dialog_answers.called("unexpected")[0][2]


def test_an_uncaught_exception_in_a_slot_reaches_the_user(dialog_answers: Any) -> None:
    from mitake_desktop.gui.app import handle_unexpected

    try:
        raise KeyError("lost")
    except KeyError as exc:
        handle_unexpected(type(exc), exc, exc.__traceback__)
    (_parent, message, details), = dialog_answers.called("unexpected")
    assert "KeyError" not in message and "KeyError: 'lost'" in details
    try:
        raise MitakeError("ふつうの文")
    except MitakeError as exc:
        handle_unexpected(type(exc), exc, exc.__traceback__)
    assert dialog_answers.called("error")[0][1] == "ふつうの文"
