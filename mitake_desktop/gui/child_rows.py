"""Editable tables of a record's child rows (a case study's figures, a program's criteria), saved as you go.

Each cell edit is an undoable command through the record service, so the service's validation applies and its
message is shown; adding, removing and reordering rows are undoable steps too. The rows reload when the data
bus says their type changed (an undo, a sync), in place when the same rows are still there, so an open cell
editor and the selection survive.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.schema import spec
from mitake_desktop.gui import commands, dialogs, formatting
from mitake_desktop.gui.context import AppContext
from mitake_desktop.gui.operations import CreateRecordsCommand, ReorderCommand

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


def plain_number(value: Any) -> str:
    """A number as typed (no thousands separators): what an editor starts from."""
    if value is None:
        return ""
    f = float(value)
    return str(int(f)) if f.is_integer() else repr(f)


class ChildRowsModel(QAbstractTableModel):
    """The live child rows of one parent record; subclasses name the columns and how rows are read and ordered."""

    TYPE = ""
    COLUMNS: tuple[str, ...] = ()
    COMPUTED: frozenset[str] = frozenset()  # columns shown but not stored (change %, share of weight)
    NUMERIC: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = spec(self.TYPE)
        self.parent_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        ctx.bus.changed.connect(self._on_data_changed)
        ctx.bus.reset.connect(self.reload)

    # -- for subclasses ---------------------------------------------------------------------------

    def fetch(self, parent_id: str) -> list[dict[str, Any]]:
        raise NotImplementedError

    @staticmethod
    def store_order(services: Services, parent_id: str, ids: Sequence[str]) -> None:
        """Store a new order of the rows (static: an undo step may outlive the model, after a language switch)."""
        raise NotImplementedError

    def computed_header(self, key: str) -> str:
        return key

    def display(self, row: Mapping[str, Any], key: str) -> str:
        if key in self.NUMERIC:
            return formatting.format_float(row.get(key))
        return formatting.format_value(self.entity.field(key), row.get(key))

    def extra(self, row: Mapping[str, Any], key: str, role: int) -> Any:
        """Other roles of a cell (colours, tooltips)."""
        return None

    # -- loading ----------------------------------------------------------------------------------

    def set_parent_id(self, parent_id: str | None) -> None:
        self.parent_id = parent_id
        self.reload()

    def reload(self) -> None:
        rows = self.fetch(self.parent_id) if self.parent_id else []
        if [r["id"] for r in rows] == [r["id"] for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _on_data_changed(self, type_name: str, _ids: list[str]) -> None:
        if type_name == self.TYPE:
            self.reload()

    def row_id(self, row: int) -> str | None:
        return str(self.rows[row]["id"]) if 0 <= row < len(self.rows) else None

    # -- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        key = self.COLUMNS[section]
        if role == DISPLAY:
            return self.computed_header(key) if key in self.COMPUTED else str(self.entity.field(key).label)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] not in self.COMPUTED:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == DISPLAY:
            return self.display(row, key)
        if role == EDIT:
            if key in self.COMPUTED:
                return None
            if key in self.NUMERIC:
                return plain_number(row.get(key))
            value = row.get(key)
            return "" if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra(row, key, role)

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if isinstance(value, str):
            value = value.strip()
        if value in ("", None):
            value = None
        current = row.get(key)
        if key in self.NUMERIC and value is not None and current is not None and plain_number(current) == str(value):
            return True
        if value == current:
            return True
        try:
            commands.run(self.ctx, commands.EditRecordCommand(self.ctx, self.TYPE, row["id"], {key: value}))
        except MitakeError as exc:  # the service's sentence: "導入前 は数値で入力してください" …
            dialogs.error(self.ctx.window, exc.message)
            return False
        return True  # the data bus has reloaded the rows

    # -- row operations ---------------------------------------------------------------------------

    def add_row(self, text: str, create: Callable[[str], dict[str, Any]]) -> int | None:
        """Create a row through ``create(parent_id)`` as one undoable step; returns its row."""
        parent_id = self.parent_id
        if parent_id is None:
            return None
        try:
            record = commands.run(self.ctx, CreateRecordsCommand(self.ctx, self.TYPE, text, lambda: create(parent_id)))
        except MitakeError as exc:
            dialogs.error(self.ctx.window, exc.message)
            return None
        return next((i for i, r in enumerate(self.rows) if r["id"] == record["id"]), None)

    def remove_rows(self, rows: Sequence[int], text: str) -> int:
        ids = [self.rows[r]["id"] for r in sorted(set(rows)) if 0 <= r < len(self.rows)]
        if not ids:
            return 0
        return commands.run_macro(self.ctx, text, [commands.DeleteRecordCommand(self.ctx, self.TYPE, i) for i in ids])

    def move(self, row: int, step: int, text: str) -> int:
        """Move a row up (−1) or down (+1) as one undoable step; returns its new row."""
        parent_id = self.parent_id
        services = self.ctx.services
        store = type(self).store_order
        target = row + step
        if parent_id is None or not (0 <= row < len(self.rows)) or not (0 <= target < len(self.rows)):
            return row
        before = [r["id"] for r in self.rows]
        after = list(before)
        after.insert(target, after.pop(row))
        try:
            commands.run(self.ctx, ReorderCommand(self.ctx, self.TYPE, text, before, after,
                                                  lambda ids: store(services, parent_id, ids)))
        except MitakeError as exc:
            dialogs.error(self.ctx.window, exc.message)
            return row
        return target


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of (label, key) for a cell."""

    def __init__(self, items: Callable[[], list[tuple[str, Any]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for text, key in self.items():
            combo.addItem(text, key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(EDIT)
        editor.setCurrentIndex(max(0, editor.findData(value if value != "" else None)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


class RowsTableView(QTableView):
    """A table where Delete removes the selected rows (not the window's "delete record", which it would be)."""

    delete_pressed = Signal()
    KEYS = (Qt.Key.Key_Delete,)

    def event(self, e: QEvent) -> bool:
        if (e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and e.key() in self.KEYS
                and self.state() != QAbstractItemView.State.EditingState):
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in self.KEYS and self.state() != QAbstractItemView.State.EditingState:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(e)


class RowsEditor(QWidget):
    """A table of rows with Add, Remove, Up and Down, and a line saying how editing works."""

    def __init__(self, model: QAbstractTableModel, *, add_text: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.hint_text = hint
        self.view = RowsTableView(self)
        self.view.setModel(model)
        self.view.delete_pressed.connect(self.remove)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        self.up_button = QToolButton(self)
        self.up_button.setText("↑")
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QToolButton(self)
        self.down_button.setText("↓")
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        self._update_buttons()

    # Subclasses (or their owners) supply these three.
    def add_row(self) -> int | None:
        raise NotImplementedError

    def remove_rows(self, rows: list[int]) -> int:
        raise NotImplementedError

    def move_row(self, row: int, step: int) -> int:
        raise NotImplementedError

    def set_available(self, available: bool, unavailable_hint: str) -> None:
        """Rows need a saved parent: say so instead of offering buttons that cannot work."""
        for w in (self.view, self.add_button, self.remove_button, self.up_button, self.down_button):
            w.setEnabled(available)
        self.hint.setText(self.hint_text if available else unavailable_hint)
        if available:
            self._update_buttons()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        enabled = self.view.isEnabled()
        self.remove_button.setEnabled(enabled and bool(rows))
        self.up_button.setEnabled(enabled and len(rows) == 1 and rows[0] > 0)
        self.down_button.setEnabled(enabled and len(rows) == 1 and rows[0] < self.model.rowCount() - 1)

    def add(self) -> None:
        row = self.add_row()
        if row is not None:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def remove(self) -> None:
        self.remove_rows(self.selected_rows())

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            target = self.move_row(rows[0], step)
            self.view.selectRow(target)
