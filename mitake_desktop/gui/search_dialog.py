"""Global search (Ctrl+K): one box over communities, people, organisations, events and case studies.

Results are grouped by type; Enter (or a double click) opens the record on its page. Japanese queries of any
length work (the search service uses trigrams for three characters or more and a scan for one or two).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from mitake_desktop.gui.context import AppContext
from mitake_desktop.gui.models import SearchResultsModel


class GlobalSearchDialog(QDialog):
    """Not modal: it opens with Ctrl+K, stays out of the way, and closes when a record is opened."""

    opened = Signal(str, str)  # type, id
    show_all = Signal(str, str)  # type, query: the list page of that type, searched
    DELAY_MS = 150
    PER_TYPE = 10

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search everything"))
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Search communities, people, organisations, events, case studies…"))
        self.box.setAccessibleName(self.tr("Search everything"))
        self.box.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._open_index)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._timer.start)
        self.box.returnPressed.connect(self.open_current)
        self.box.installEventFilter(self)
        self.resize(560, 460)

    def start(self) -> None:
        """Show (or bring back) the box with the previous query selected."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        hits = self.ctx.services.search(query, limit_per_type=self.PER_TYPE) if query else []
        totals = self.ctx.services.search_counts(query) if hits else {}
        self.model.set_hits(hits, totals)
        row = self.model.first_hit_row()
        if row >= 0:
            self.results.setCurrentIndex(self.model.index(row, 0))
        if not query:
            self.status.clear()
        elif hits:
            total = sum(totals.values()) or len(hits)
            self.status.setText(self.tr("{n} found. Enter opens the selected record.").format(n=total))
        else:
            self.status.setText(self.tr("Nothing found."))

    def _move(self, step: int) -> None:
        row = self.results.currentIndex().row()
        n = self.model.rowCount()
        while 0 <= row + step < n:
            row += step
            if self.model.selectable(row):
                self.results.setCurrentIndex(self.model.index(row, 0))
                return

    def eventFilter(self, obj: object, event: object) -> bool:
        # Up/Down in the box move through the results (headings skipped) without leaving the box.
        if obj is self.box and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                self._move(1)
                return True
            if event.key() == Qt.Key.Key_Up:
                self._move(-1)
                return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        self._open_index(self.results.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit, more = self.model.hit(index.row()), self.model.more_type(index.row())
        if hit is not None:
            self.hide()
            self.opened.emit(hit.type, hit.id)
        elif more is not None:
            self.hide()
            self.show_all.emit(more, self.box.text().strip())
