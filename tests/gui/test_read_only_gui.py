"""Browsing a database this user cannot write: every page opens, a save is refused with one sentence."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services
from mitake_desktop.core.storage import database
from mitake_desktop.gui.pages import page_names

from .conftest import make_window
from .helpers import fill, select_row, trigger


@pytest.fixture
def read_only_services(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    # As if file and folder were chmod'ed read-only (tests/test_read_only.py does it for real when not root).
    monkeypatch.setattr(database.os, "access", lambda p, mode: mode != os.W_OK)
    s = Services.open(str(demo_path))
    yield s
    s.close()


def test_every_page_browses_a_read_only_database(qtbot: QtBot, read_only_services: Services,
                                                 dialog_answers: Any) -> None:
    assert read_only_services.read_only
    window = make_window(qtbot, read_only_services, page="communities")
    assert "読み取り専用" in window.windowTitle()
    for name in page_names():
        window.show_page(name)
    assert dialog_answers.calls == []  # nothing tried to write on the way
    panel = window.show_page("communities").current_panel()
    select_row(qtbot, panel, 0)
    rid = panel.current_id
    fill(qtbot, panel.form, {"city": "変更テスト"}, dialog_answers)
    trigger(window, "save")
    [message] = dialog_answers.messages()
    assert "読み取り専用" in message and message.count("。") == 1
    assert panel.form.is_dirty  # the typing is kept
    assert read_only_services.records.get("community", rid)["city"] != "変更テスト"
    dialog_answers.answer("ask_unsaved", "discard")  # closing the window after the test
