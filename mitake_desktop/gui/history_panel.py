"""A record's change history (who, on which device, when, old → new) with "revert this field"."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.schema import spec
from mitake_desktop.gui import commands, dialogs
from mitake_desktop.gui.context import AppContext
from mitake_desktop.gui.models import HistoryTableModel


class HistoryPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = HistoryTableModel(ctx.services, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Change history"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((140, 150, 180, 160)):
            self.view.setColumnWidth(i, w)
        self.revert = QPushButton(self.tr("Revert this field"), self)
        self.revert.setToolTip(self.tr("Set the field back to the value it had before the selected change"))
        self.revert.setEnabled(False)
        self.revert.clicked.connect(self.revert_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_button)
        self.model.modelReset.connect(self._update_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_record(self, type_name: str | None, record_id: str | None) -> None:
        self.model.set_record(type_name, record_id)

    def _selected(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_button(self) -> None:
        entry = self.model.entry(self._selected())
        self.revert.setEnabled(entry is not None and entry.action == "update" and entry.field is not None)

    def revert_selected(self) -> None:
        entry = self.model.entry(self._selected())
        if entry is None or entry.action != "update" or entry.field is None:
            return
        label = spec(entry.entity_type).field(entry.field).label
        command = commands.EditRecordCommand(
            self.ctx, entry.entity_type, entry.entity_id, {entry.field: entry.old},
            text=self.tr("Revert {field}").format(field=label))
        try:
            commands.run(self.ctx, command)
        except MitakeError as exc:
            dialogs.show_error(self, exc)
