"""Every action is reachable from the keyboard, shortcuts show in the menus, widgets have accessible names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from mitake_desktop.gui.pages import all_pages


def test_menu_actions_have_shortcuts(window: Any) -> None:
    needed = {"new": "Ctrl+N", "save": "Ctrl+S", "find": "Ctrl+F", "search": "Ctrl+K", "undo": "Ctrl+Z",
              "redo": "Ctrl+Shift+Z", "quit": "Ctrl+Q", "delete": "Del"}
    for name, keys in needed.items():
        a = window.findChild(QAction, name)
        assert a is not None and keys in [s.toString() for s in a.shortcuts()], name
    for info in all_pages():
        if info.sidebar:
            a = window.findChild(QAction, f"page_{info.name}")
            assert a is not None and a.shortcut().toString() == info.shortcut
    # Every menu entry is reachable by keyboard: an accelerator on each top-level menu, actions in menus.
    for top in window.menuBar().actions():
        assert "&" in top.text()
        assert top.menu().actions()


def test_pages_switch_with_ctrl_digits(qtbot: QtBot, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == "events"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == "dashboard"


def test_ctrl_f_focuses_the_list_search(qtbot: QtBot, window: Any) -> None:
    panel = window.show_page("communities").current_panel()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.filter_bar.search.hasFocus()
    qtbot.keyClick(panel.filter_bar.search, Qt.Key.Key_Tab)
    assert panel.view.hasFocus()  # from the search straight into the list


def test_interactive_widgets_have_accessible_names(window: Any) -> None:
    for name in ("communities", "people", "events", "case_studies", "awards", "sync", "dashboard"):
        page = window.show_page(name)
        for w in page.findChildren(QLineEdit) + page.findChildren(QComboBox) + page.findChildren(QAbstractItemView):
            if w.isVisibleTo(page) and not isinstance(w.parent(), (QComboBox, QAbstractItemView)):
                has_name = bool(w.accessibleName()) or bool(getattr(w.parent(), "accessibleName", lambda: "")())
                assert has_name, (name, type(w).__name__, w.objectName())
        for b in page.findChildren(QAbstractButton):
            if b.isVisibleTo(page):
                assert b.text() or b.accessibleName() or b.toolTip(), (name, type(b).__name__)


def test_delete_key_in_a_text_field_edits_the_text(qtbot: QtBot, window: Any, dialog_answers: Any) -> None:
    # The Del shortcut deletes records only from the list; in a field it deletes characters.
    panel = window.show_page("organisations").current_panel()
    panel.view.selectRow(0)
    line = panel.form.editors["city"].edit
    line.setFocus()
    line.setText("前橋市")
    line.setCursorPosition(0)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    assert line.text() == "橋市" and not dialog_answers.called("confirm")
    panel.revert()
    panel.view.setFocus()
    dialog_answers.answer("confirm", False)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert dialog_answers.called("confirm")


def test_detail_shows_reading_and_address_in_japanese_order(qtbot: QtBot, window: Any, demo_services: Any) -> None:
    panel = window.show_page("organisations").current_panel()
    org = next(o for o in demo_services.records.list("organisation") if o["prefecture"] and o["city"])
    panel.select_record(org["id"])
    from mitake_desktop.core import reference

    assert reference.label("prefecture", org["prefecture"]) + org["city"] in panel.subtitle.text()
