"""Driving the GUI as a user would: typing into fields, choosing from lists, pressing menu actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mitake_desktop.gui.fields import (
    BoolField,
    ChoiceField,
    ChoicesField,
    DateField,
    JsonField,
    LineField,
    MarkdownEditorField,
    RefField,
    RefsField,
)
from mitake_desktop.gui.forms import RecordForm
from mitake_desktop.gui.record_panel import RecordListPanel


def action(window: Any, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def trigger(window: Any, name: str) -> None:
    a = action(window, name)
    assert a.isEnabled(), f"{name} is disabled"
    a.trigger()


def type_into(qtbot: QtBot, line: Any, text: str) -> None:
    """Replace the text of a line edit by typing: keys for ASCII, an input-method commit for Japanese
    (that is how an IME delivers kana and kanji; QTest cannot press keys that do not exist)."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(line, event)


def fill(qtbot: QtBot, form: RecordForm, values: dict[str, Any], dialog_answers: Any) -> None:
    """Set each field through its editor, the way a user would."""
    for name, value in values.items():
        editor = form.editors[name]
        if isinstance(editor, (LineField, DateField)):
            type_into(qtbot, editor.edit, str(value))
        elif isinstance(editor, ChoiceField):
            index = editor.combo.findData(value)
            assert index >= 0, (name, value)
            editor.combo.setCurrentIndex(index)
        elif isinstance(editor, ChoicesField):
            for key in value:
                editor.set_checked(key)
        elif isinstance(editor, RefField):
            dialog_answers.answer("pick_records", [value])
            qtbot.mouseClick(editor.choose, Qt.MouseButton.LeftButton)
        elif isinstance(editor, RefsField):
            dialog_answers.answer("pick_records", list(value))
            qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)
        elif isinstance(editor, BoolField):
            editor.box.setChecked(bool(value))
        elif isinstance(editor, MarkdownEditorField):
            editor.markdown.editor.setPlainText(str(value))
        elif isinstance(editor, JsonField):
            editor.edit.setPlainText(str(value))
        else:
            raise AssertionError(f"no way to fill {name}")


def search(qtbot: QtBot, panel: RecordListPanel, text: str) -> None:
    type_into(qtbot, panel.filter_bar.search, text)
    qtbot.keyClick(panel.filter_bar.search, Qt.Key.Key_Return)


def select_row(qtbot: QtBot, panel: RecordListPanel, row: int) -> None:
    index = panel.model.index(row, 0)
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
