"""Choosing records from a searchable list: how references are set (never by typing an id)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QLineEdit, QTableView, QVBoxLayout

from mitake_desktop.core.schema import spec
from mitake_desktop.gui.lists import list_spec
from mitake_desktop.gui.models import RecordTableModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from mitake_desktop.core.services import Services


class RecordPickerDialog(QDialog):
    def __init__(self, services: Services, type_name: str, *, multi: bool = False, exclude: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        entity = spec(type_name)
        self.list_spec = list_spec(type_name)
        self.setWindowTitle(self.tr("Choose: {type}").format(type=entity.label))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setAccessibleName(self.tr("Search {type}").format(type=entity.plural))
        self.search.setClearButtonEnabled(True)
        self.model = RecordTableModel(services, type_name, self.list_spec.columns, order=self.list_spec.order,
                                      descending=self.list_spec.descending, parent=self)
        self._exclude = tuple(exclude)  # already chosen: picking them again adds nothing
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(str(entity.plural))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                                   else QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, c in enumerate(self.list_spec.columns):
            if c.width:
                self.view.setColumnWidth(i, c.width)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.count = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._enter)
        self.model.count_changed.connect(self._show_count)
        self._show_count(self.model.rowCount())
        self.resize(720, 480)

    def apply_search(self) -> None:
        self._timer.stop()
        flt = self.list_spec.search_filter(self.search.text())
        self.model.set_filters([flt] if flt else [])
        if self.model.rowCount():
            self.view.selectRow(0)

    def _enter(self) -> None:
        self.apply_search()
        if self.model.rowCount():
            self.accept()

    def _show_count(self, n: int) -> None:
        self.count.setText(self.tr("{n} found").format(n=f"{n:,}"))

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        ids = [self.model.record_id(r) for r in rows]
        return [i for i in ids if i and i not in self._exclude]

    def keyPressEvent(self, e: QKeyEvent) -> None:
        # Down arrow from the search box goes into the list.
        if e.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.view.setFocus()
            if not self.view.currentIndex().isValid() and self.model.rowCount():
                self.view.selectRow(0)
            return
        super().keyPressEvent(e)
