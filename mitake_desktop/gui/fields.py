"""One editor widget per field kind, built from the field's spec (``core/schema.py``).

Every editor has ``value()``, ``set_value()`` and a ``changed`` signal. Values go to the record service as
typed (strings for numbers and dates), so its validation — full-width digits, 2026/4/1, labels — is the one
that applies, and its messages appear next to the field. References are picked from a searchable list,
never typed; choices show their labels in the current language.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import language
from mitake_desktop.core.schema import BY_TYPE, FieldSpec, Kind
from mitake_desktop.core.services.validation import date_or_none
from mitake_desktop.gui import dialogs
from mitake_desktop.gui.markdown_view import MarkdownField

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services


def fit_popup(combo: QComboBox, shown_chars: int) -> None:
    """A combo that can be narrow (long labels are elided) while its drop-down list shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(shown_chars)
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 24)


class FieldEditor(QWidget):
    """Base of the editors: a value, a change signal, an accessible name from the field's label."""

    changed = Signal()

    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        self.setAccessibleName(str(f.label))

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def show_blank(self, blank: bool) -> None:
        """No record shown: no value, and no example in grey ("2026-06-01") that could pass for one."""
        if blank:
            self.set_value(None)
        for edit in self.findChildren(QLineEdit):
            if blank and edit.placeholderText():
                edit.setProperty("blank_hint", edit.placeholderText())
                edit.setPlaceholderText("")
            elif not blank and edit.property("blank_hint"):
                edit.setPlaceholderText(str(edit.property("blank_hint")))
                edit.setProperty("blank_hint", None)

    def _row(self) -> QHBoxLayout:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        return layout


class LineField(FieldEditor):
    """Text, e-mail, phone, URL, kana, numbers, date-times: a line the service validates."""

    PLACEHOLDERS = {Kind.DATETIME: "2026-06-01 14:00", Kind.URL: "https://", Kind.EMAIL: "name@example.jp"}

    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(str(f.label))
        if f.max_len and f.kind not in (Kind.INT, Kind.FLOAT):
            self.edit.setMaxLength(f.max_len)
        self.edit.setPlaceholderText(self.PLACEHOLDERS.get(f.kind, ""))
        if f.kind in (Kind.INT, Kind.FLOAT):
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.textEdited.connect(self.changed)
        self._row().addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        if value is None:
            text = ""
        elif self.field.kind is Kind.DATETIME:
            text = str(value).replace("T", " ")[:16]
        elif isinstance(value, float) and value.is_integer():
            text = str(int(value))
        else:
            text = str(value)
        self.edit.setText(text)


class DateField(FieldEditor):
    """A date typed as 2026-06-01 (or 2026/6/1, 令和8年6月1日, R8.6.1), or picked from a calendar; empty is allowed."""

    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("2026-06-01")
        self.edit.setAccessibleName(str(f.label))
        self.edit.textEdited.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self._menu = menu
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.button.setMenu(menu)
        row = self._row()
        row.addWidget(self.edit)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _sync_calendar(self) -> None:
        typed = date_or_none(self.edit.text())  # 2026/6/1 or 令和8年6月1日 open on that day too
        self.calendar.setSelectedDate(QDate(typed.year, typed.month, typed.day) if typed else QDate.currentDate())

    def _picked(self, d: QDate) -> None:
        self.edit.setText(d.toString("yyyy-MM-dd"))
        self._menu.close()
        self.changed.emit()

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value)[:10] if value else "")


class BoolField(FieldEditor):
    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.box = QCheckBox(str(f.label), self)
        self.box.setAccessibleName(str(f.label))
        self.box.toggled.connect(self.changed)
        self._row().addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceField(FieldEditor):
    """One key of a reference list, shown by its label in the current language."""

    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(str(f.label))
        self.combo.addItem("—", None)
        lang = language()
        for c in reference.choices(f.choices or ""):
            self.combo.addItem(c.label.get(lang), c.key)
        self.combo.setMaxVisibleItems(20)
        fit_popup(self.combo, 10)
        self.combo.currentIndexChanged.connect(self.changed)
        self._row().addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(i, 0))


class ChoicesField(FieldEditor):
    """Several keys of a reference list: a checkable list with a filter (47 prefectures, topics…)."""

    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.items = QStandardItemModel(self)
        lang = language()
        for c in reference.choices(f.choices or ""):
            item = QStandardItem(c.label.get(lang))
            item.setData(c.key, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.items.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.items)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter {label}").format(label=f.label))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(str(f.label))
        self.view.setMaximumHeight(130)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if self.items.rowCount() > 12:
            layout.addWidget(self.filter)
        else:
            self.filter.hide()
            self.view.setMaximumHeight(70)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)

    def value(self) -> Any:
        return [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.rowCount())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        self.items.blockSignals(True)
        for i in range(self.items.rowCount()):
            item = self.items.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.items.blockSignals(False)
        self.view.viewport().update()

    def set_checked(self, key: str, on: bool = True) -> None:
        for i in range(self.items.rowCount()):
            item = self.items.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class RefField(FieldEditor):
    """The id of another record, chosen from a searchable list (never typed); shown by its title."""

    def __init__(self, f: FieldSpec, services: Services, parent: QWidget | None = None,
                 target: Callable[[], str | None] | None = None) -> None:
        super().__init__(f, parent)
        self.services = services
        self._target = target or (lambda: f.target)
        self._id: str | None = None
        self.display = QLineEdit(self)
        self.display.setReadOnly(True)
        self.display.setAccessibleName(str(f.label))
        self.display.setPlaceholderText(self.tr("(none)"))
        self.choose = QToolButton(self)
        self.choose.setText(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose {label}").format(label=f.label))
        self.choose.clicked.connect(self.pick)
        self.clear = QToolButton(self)
        self.clear.setText("×")
        self.clear.setToolTip(self.tr("Clear"))
        self.clear.setAccessibleName(self.tr("Clear {label}").format(label=f.label))
        self.clear.clicked.connect(lambda: self._set(None, emit=True))
        row = self._row()
        row.addWidget(self.display, 1)
        row.addWidget(self.choose)
        row.addWidget(self.clear)
        self.setFocusProxy(self.choose)
        self.display.installEventFilter(self)

    def keyPressEvent(self, e: Any) -> None:  # Enter or Space on the field opens the list
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.pick()
            return
        super().keyPressEvent(e)

    def target(self) -> str | None:
        t = self._target()
        return t if t in BY_TYPE else None

    def pick(self) -> None:
        target = self.target()
        if target is None:
            return
        chosen = dialogs.pick_records(self, self.services, target)
        if chosen:
            self._set(chosen[0], emit=True)

    def _set(self, record_id: str | None, *, emit: bool) -> None:
        self._id = record_id or None
        target = self.target()
        title = ""
        if self._id and target:
            title = self.services.records.titles(target, [self._id]).get(self._id, "") or self._id
        self.display.setText(title)
        self.clear.setEnabled(self._id is not None)
        if emit:
            self.changed.emit()

    def value(self) -> Any:
        return self._id

    def set_value(self, value: Any) -> None:
        self._set(str(value) if value else None, emit=False)


class IdListField(FieldEditor):
    """Several ids in a list with an add button (each subclass says how it adds) and Remove."""

    def __init__(self, f: FieldSpec, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.services = services
        self.items = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.items)
        self.view.setAccessibleName(str(f.label))
        self.view.setMaximumHeight(90)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.add = QToolButton(self)
        self.remove = QToolButton(self)
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove from {label}").format(label=f.label))
        self.remove.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row = self._row()
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        self.setFocusProxy(self.view)

    def texts(self, ids: list[str]) -> list[str]:
        """What the list shows for each of ``ids``."""
        raise NotImplementedError

    def ids(self) -> list[str]:
        return [str(self.items.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.items.rowCount())]

    def _append(self, ids: list[str]) -> None:
        for rid, text in zip(ids, self.texts(ids), strict=True):
            item = QStandardItem(text)
            item.setData(rid, Qt.ItemDataRole.UserRole)
            self.items.appendRow(item)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectedIndexes()}, reverse=True)
        for r in rows:
            self.items.removeRow(r)
        if rows:
            self.changed.emit()

    def value(self) -> Any:
        return self.ids()

    def set_value(self, value: Any) -> None:
        self.items.clear()
        self._append([str(v) for v in value or []])


class RefsField(IdListField):
    """Several records (speakers, IT tools, supporting organisations), each picked from a list."""

    def __init__(self, f: FieldSpec, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(f, services, parent)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.add.setText(self.tr("Add…"))
        self.add.setAccessibleName(self.tr("Add to {label}").format(label=f.label))
        self.add.clicked.connect(self.pick)

    def pick(self) -> None:
        assert self.field.target is not None
        chosen = dialogs.pick_records(self, self.services, self.field.target, multi=True, exclude=self.ids())
        if chosen:
            self._append([c for c in chosen if c not in self.ids()])
            self.changed.emit()

    def texts(self, ids: list[str]) -> list[str]:
        assert self.field.target is not None
        titles = self.services.records.titles(self.field.target, ids)
        return [titles.get(rid) or rid for rid in ids]


class AttachmentsField(IdListField):
    """Attached files (photos of a case study, files of a nomination): added from disk or dropped here."""

    def __init__(self, f: FieldSpec, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(f, services, parent)
        self.add.setText(self.tr("Add file…"))
        self.add.setAccessibleName(self.tr("Add a file to {label}").format(label=f.label))
        self.add.clicked.connect(self.choose_files)
        self.setAcceptDrops(True)
        self.view.setAcceptDrops(False)

    def choose_files(self) -> None:
        paths = dialogs.open_files(self, self.tr("Add files"),
                                  self.tr("Images and PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)"))
        self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        added = False
        for path in paths:
            try:
                record = self.services.attachments.add(path.read_bytes(), path.name)
            except OSError as exc:
                dialogs.error(self, str(exc))
                continue
            except MitakeError as exc:
                dialogs.error(self, exc.message)
                continue
            if record["id"] not in self.ids():
                self._append([record["id"]])
                added = True
        if added:
            self.changed.emit()

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        self.add_paths([Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()])
        e.acceptProposedAction()

    def texts(self, ids: list[str]) -> list[str]:
        titles = self.services.records.titles("attachment", ids)
        return [titles.get(sha) or sha[:12] for sha in ids]


class JsonField(FieldEditor):
    """Structured values (an award's required sections, a nomination's texts) as editable JSON."""

    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(str(f.label))
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(120)
        self.edit.textChanged.connect(self.changed)
        self._row().addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        text = "" if value in (None, [], {}) else json.dumps(value, ensure_ascii=False, indent=1)
        self.edit.setPlainText(text)


class MarkdownEditorField(FieldEditor):
    def __init__(self, f: FieldSpec, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.markdown = MarkdownField(services, self)
        self.markdown.editor.setAccessibleName(str(f.label))
        self.markdown.setMinimumHeight(150)
        self.markdown.changed.connect(self.changed)
        self._row().addWidget(self.markdown)
        self.setFocusProxy(self.markdown)

    def value(self) -> Any:
        return self.markdown.value()

    def set_value(self, value: Any) -> None:
        self.markdown.set_value(value)


# A TEXT field that holds the id of a record whose type another field names (a nomination's nominee).
DYNAMIC_TARGETS = {("nomination", "nominee_id"): "nominee_type"}


def make_editor(type_name: str, f: FieldSpec, services: Services, sibling: Callable[[str], Any],
                parent: QWidget | None = None) -> FieldEditor:
    """The editor for field ``f`` of ``type_name``; ``sibling(name)`` reads another field of the same form."""
    k = f.kind
    dynamic = DYNAMIC_TARGETS.get((type_name, f.name))
    if dynamic is not None:
        return RefField(f, services, parent, target=lambda: sibling(dynamic))
    if k is Kind.MARKDOWN:
        return MarkdownEditorField(f, services, parent)
    if k is Kind.BOOL:
        return BoolField(f, parent)
    if k is Kind.DATE:
        return DateField(f, parent)
    if k is Kind.CHOICE:
        return ChoiceField(f, parent)
    if k is Kind.CHOICES:
        return ChoicesField(f, parent)
    if k is Kind.REF:
        return RefField(f, services, parent)
    if k is Kind.REFS:
        return RefsField(f, services, parent)
    if k is Kind.SHA256S:
        return AttachmentsField(f, services, parent)
    if k is Kind.JSON:
        return JsonField(f, parent)
    return LineField(f, parent)

