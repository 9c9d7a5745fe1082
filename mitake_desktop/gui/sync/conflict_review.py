"""Reviewing one conflict side by side and resolving it: keep mine, keep theirs, or edit — each undoable.

Resolving goes through ``services.sync.conflicts.resolve`` (the choice becomes a local edit, validated by
the record service, that wins on every replica as it travels). Undo sets the record's field back — only
if nobody changed it since — and reopens the conflict as it was (``conflicts.reopen``).
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core.errors import MitakeError, ValidationError
from mitake_desktop.core.schema import BY_TYPE, FieldSpec, Kind
from mitake_desktop.gui import dialogs, formatting
from mitake_desktop.gui.markdown_view import MarkdownViewer
from mitake_desktop.gui.sync import texts

if TYPE_CHECKING:
    from mitake_desktop.core.sync import Conflict
    from mitake_desktop.gui.context import AppContext
    from mitake_desktop.gui.fields import FieldEditor

DELETED = "deleted"
_TEXT_KINDS = (Kind.TEXT, Kind.MARKDOWN, Kind.JSON, Kind.URL, Kind.EMAIL, Kind.PHONE, Kind.KANA)


def field_spec(conflict: Conflict) -> FieldSpec | None:
    entity = BY_TYPE.get(conflict.type)
    if entity is None or conflict.field == DELETED or not entity.has_field(conflict.field):
        return None
    return entity.field(conflict.field)


def _record_value(ctx: AppContext, conflict: Conflict) -> Any:
    record = ctx.services.records.get(conflict.type, conflict.record_id, include_deleted=True)
    return bool(record["deleted"]) if conflict.field == DELETED else record[conflict.field]


def value_text(ctx: AppContext, conflict: Conflict, value: Any) -> str:
    """A side's value as people read it (labels for choices, titles for references)."""
    f = field_spec(conflict)
    if f is None:
        return (QCoreApplication.translate("ConflictReview", "Deleted") if value
                else QCoreApplication.translate("ConflictReview", "Kept (edited, not deleted)"))
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("ConflictReview", "(empty)")
    if f.kind is Kind.MARKDOWN:
        return str(value)
    titles: dict[str, str] = {}
    if f.kind in (Kind.REF, Kind.REFS) and f.target:
        ids = value if isinstance(value, list) else [value]
        titles = ctx.services.records.titles(f.target, [str(i) for i in ids])
    if f.kind is Kind.JSON:
        import json

        return json.dumps(value, ensure_ascii=False, indent=2)
    return formatting.format_value(f, value, titles)


def diff_html(mine: str, theirs: str, mine_name: str, theirs_name: str) -> str:
    """A line diff of two texts (from mine to theirs), coloured, every character escaped."""
    lines = difflib.unified_diff(mine.splitlines(), theirs.splitlines(), fromfile=mine_name, tofile=theirs_name,
                                 lineterm="", n=2)
    out = []
    for line in lines:
        style = ""
        if line.startswith(("+++", "---")):
            style = "font-weight:bold"
        elif line.startswith("+"):
            style = "background-color:#d9f2d9"
        elif line.startswith("-"):
            style = "background-color:#f8d7d7"
        elif line.startswith("@@"):
            style = "color:#666666"
        out.append(f'<span style="{style}">{html.escape(line) or "&nbsp;"}</span>')
    if not out:
        out.append(html.escape(QCoreApplication.translate("ConflictReview", "The two texts are the same.")))
    return "<pre style=\"white-space:pre-wrap\">" + "\n".join(out) + "</pre>"


class ResolveConflictCommand(QUndoCommand):
    """Keep mine / theirs / an edited value. ``first()`` runs before the push (a validation error pushes nothing)."""

    def __init__(self, ctx: AppContext, conflict: Conflict, keep: str, value: Any = None) -> None:
        super().__init__(QCoreApplication.translate("ConflictReview", "Resolve conflict: {field} of {record}").format(
            field=conflict.field_label, record=conflict.record_title))
        self.ctx = ctx
        self.conflict = conflict
        self.keep = keep
        self.value = value
        self.before: Any = None
        self.after: Any = None
        self._pushed = False

    def first(self) -> Conflict:
        self.before = _record_value(self.ctx, self.conflict)
        resolved = self.ctx.services.sync.conflicts.resolve(self.conflict.id, self.keep, self.value)
        self.after = _record_value(self.ctx, self.conflict)
        return resolved

    def _guarded(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except MitakeError as exc:  # the record was deleted since, for instance
            dialogs.show_error(self.ctx.window, exc)
        finally:
            self.ctx.bus.notify(self.conflict.type, [self.conflict.record_id])

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo: first() did the work
            self._pushed = True
            return
        self._guarded(lambda: self.ctx.services.sync.conflicts.resolve(self.conflict.id, self.keep, self.value))

    def undo(self) -> None:
        self._guarded(self._revert)

    def _revert(self) -> None:
        c = self.conflict
        records = self.ctx.services.records
        now = _record_value(self.ctx, c)
        if self.before != self.after and now == self.after:  # a later change is never overwritten
            if c.field == DELETED:
                (records.delete if self.before else records.restore)(c.type, c.record_id)
            else:
                records.update(c.type, c.record_id, {c.field: self.before})
        self.ctx.services.sync.conflicts.reopen(c.id, status=c.status, resolution=c.resolution,
                                                resolved_at=c.resolved_at)


def resolve(ctx: AppContext, conflict: Conflict, keep: str, value: Any = None) -> Conflict:
    """Resolve now and put it on the undo stack; errors (validation) propagate and push nothing."""
    command = ResolveConflictCommand(ctx, conflict, keep, value)
    try:
        resolved = command.first()
    finally:
        ctx.bus.notify(conflict.type, [conflict.record_id])
    ctx.undo.push(command)
    return resolved


class ConflictEditDialog(QDialog):
    """An editor for the conflicting field, pre-filled with the record's value; the services validate it."""

    def __init__(self, ctx: AppContext, conflict: Conflict, parent: QWidget | None = None) -> None:
        from mitake_desktop.gui.fields import make_editor

        super().__init__(parent)
        self.setObjectName("conflict_edit")
        self.ctx = ctx
        self.conflict = conflict
        f = field_spec(conflict)
        assert f is not None, "a delete-against-edit conflict has nothing to edit"
        self.setWindowTitle(self.tr("Edit the value to keep"))
        record = ctx.services.records.get(conflict.type, conflict.record_id, include_deleted=True)
        intro = QLabel(self.tr("The value to keep for “{field}” of “{record}”. Both versions stay in the "
                               "conflict's record.").format(field=conflict.field_label, record=conflict.record_title),
                       self)
        intro.setWordWrap(True)
        self.editor: FieldEditor = make_editor(conflict.type, f, ctx.services, record.get, self)
        self.editor.set_value(record[conflict.field])
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 480 if f.kind is Kind.MARKDOWN else 200)

    def accept(self) -> None:
        """Resolve with the edited value; a value the services refuse keeps the dialog open with the reason."""
        try:
            resolve(self.ctx, self.conflict, "edit", self.editor.value())
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()


class _Side(QGroupBox):
    """One side of the review: a rendered Markdown body, or the value as text."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = MarkdownViewer(ctx.services, self)  # the app's safe viewer: no raw HTML, no outside images
        self.viewer.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.viewer)

    def show_value(self, title: str, text: str, markdown: bool) -> None:
        self.setTitle(title)
        if markdown:
            self.viewer.set_markdown_text(text)
        else:
            self.viewer.setPlainText(text)


class ConflictReview(QWidget):
    """The selected conflict: mine and theirs side by side (or as a text diff), and the three choices."""

    resolved = Signal(str)  # conflict id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflict: Conflict | None = None
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the record"), self)
        self.open_button.clicked.connect(self._open_record)
        self.mine = _Side(ctx, self)
        self.theirs = _Side(ctx, self)
        sides = QSplitter(self)
        sides.addWidget(self.mine)
        sides.addWidget(self.theirs)
        sides.setChildrenCollapsible(False)
        self.diff = QTextBrowser(self)
        self.diff.setAccessibleName(self.tr("Differences"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(sides)
        self.stack.addWidget(self.diff)
        self.as_diff = QCheckBox(self.tr("Show the differences as text"), self)
        self.as_diff.toggled.connect(self._show_mode)
        self.keep_mine = QPushButton(self.tr("Keep mine"), self)
        self.keep_theirs = QPushButton(self.tr("Keep theirs"), self)
        self.edit = QPushButton(self.tr("Edit…"), self)
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.edit.clicked.connect(self._edit)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.as_diff)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        self.show_conflict(None)

    def show_conflict(self, conflict: Conflict | None, *, empty_text: str = "") -> None:
        self.conflict = conflict
        present = conflict is not None
        for w in (self.title, self.details, self.open_button, self.stack, self.as_diff, self.keep_mine,
                  self.keep_theirs, self.edit):
            w.setVisible(present)
        self.empty.setVisible(not present)
        self.empty.setText(empty_text)
        if conflict is None:
            return
        entity = BY_TYPE.get(conflict.type)
        label = str(entity.label) if entity else conflict.type
        self.title.setText(self.tr("{type} “{record}” — {field}").format(
            type=label, record=conflict.record_title or conflict.record_id[:8], field=conflict.field_label))
        applied = {"theirs": self.tr("The other computer's value applies now."),
                   "mine": self.tr("This computer's value applies now."),
                   "other": self.tr("A later value applies now.")}[conflict.applied]
        self.details.setText(self.tr("Detected {when}. {applied} Status: {status}.").format(
            when=formatting.format_utc(conflict.detected_at), applied=applied,
            status=texts.conflict_status(conflict.status, conflict.resolution, texts.answered_by(conflict))))
        f = field_spec(conflict)
        markdown = f is not None and f.kind is Kind.MARKDOWN
        mine_text = value_text(self.ctx, conflict, conflict.mine)
        theirs_text = value_text(self.ctx, conflict, conflict.theirs)
        now = self.tr(" (in the record now)")
        mine_now = conflict.current == conflict.mine
        theirs_now = conflict.current == conflict.theirs
        mine_device = texts.device_name(conflict.mine_device_name, conflict.mine_device)
        theirs_device = texts.device_name(conflict.theirs_device_name, conflict.theirs_device)
        self.mine.show_value(self.tr("Mine — {device}, {when}").format(
            device=mine_device, when=formatting.format_utc(conflict.mine_at)) + (now if mine_now else ""),
            mine_text, markdown)
        self.theirs.show_value(self.tr("Theirs — {device}, {when}").format(
            device=theirs_device, when=formatting.format_utc(conflict.theirs_at)) + (now if theirs_now else ""),
            theirs_text, markdown)
        textual = f is not None and f.kind in _TEXT_KINDS
        self.as_diff.setEnabled(textual)
        if not textual:
            self.as_diff.setChecked(False)
        self.diff.setHtml(diff_html(mine_text, theirs_text, self.tr("mine"), self.tr("theirs")))
        self.edit.setEnabled(f is not None)
        self._show_mode(self.as_diff.isChecked())

    def _show_mode(self, as_diff: bool) -> None:
        self.stack.setCurrentIndex(1 if as_diff and self.as_diff.isEnabled() else 0)

    def _open_record(self) -> None:
        if self.conflict is not None:
            self.ctx.open_record(self.conflict.type, self.conflict.record_id)

    def _resolve(self, keep: str) -> None:
        if self.conflict is None or self.ctx.tasks.busy:
            return
        try:
            resolved = resolve(self.ctx, self.conflict, keep)
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return
        self.resolved.emit(resolved.id)

    def _edit(self) -> None:
        if self.conflict is None or self.ctx.tasks.busy or field_spec(self.conflict) is None:
            return
        dialog = ConflictEditDialog(self.ctx, self.conflict, self)
        try:
            if dialogs.exec_dialog(dialog):
                self.resolved.emit(self.conflict.id)
        finally:
            dialog.deleteLater()
