"""The dashboard: how many of each record there are, and what changed lately. (Charts come later.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core.schema import spec
from mitake_desktop.gui.pages import Page, PageInfo, page_for_type, register_page

if TYPE_CHECKING:
    from mitake_desktop.gui.context import AppContext

# The headline types, in the order staff think of them.
HEADLINE = ("community", "person", "opinion_leader_profile", "organisation", "event", "registration",
            "case_study", "it_tool", "award_program", "nomination")


class CountCard(QFrame):
    def __init__(self, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_name = type_name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("0", self)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.caption = QPushButton(str(spec(type_name).plural), self)
        self.caption.setFlat(True)
        self.caption.setToolTip(self.tr("Open the list"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignRight)

    def set_count(self, n: int) -> None:
        self.number.setText(f"{n:,}")
        self.setAccessibleName(f"{spec(self.type_name).plural}: {n:,}")


class DashboardPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        heading = QLabel(self.tr("Overview"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.cards: dict[str, CountCard] = {}
        grid = QGridLayout()
        for i, t in enumerate(HEADLINE):
            card = CountCard(t, self)
            card.caption.clicked.connect(lambda _c=False, tn=t: self._open_list(tn))
            self.cards[t] = card
            grid.addWidget(card, i // 5, i % 5)
        recent = QLabel(self.tr("Recent changes"), self)
        recent.setFont(font)
        from mitake_desktop.gui.models import HistoryTableModel

        self.history = HistoryTableModel(ctx.services, self)
        self.view = QTableView(self)
        self.view.setModel(self.history)
        self.view.setAccessibleName(self.tr("Recent changes"))
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((150, 220, 420, 160)):
            self.view.setColumnWidth(i, w)
        self.view.doubleClicked.connect(self._open_change)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(recent)
        layout.addWidget(self.view, 1)
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._mark_stale)
        ctx.bus.reset.connect(self._mark_stale)

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start(0)

    def activated(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        counts = self.ctx.services.records.counts()
        for t, card in self.cards.items():
            card.set_count(counts.get(t, 0))
        self.history.show_everything()

    def _open_list(self, type_name: str) -> None:
        info = page_for_type(type_name)
        window = self.ctx.window
        if info is not None and hasattr(window, "show_page"):
            window.show_page(info.name)

    def _open_change(self, index: object) -> None:
        entry = self.history.entry(getattr(index, "row", lambda: -1)())
        if entry is not None:
            self.ctx.open_record(entry.entity_type, entry.entity_id)


def register() -> None:
    register_page(PageInfo("dashboard", lambda: QCoreApplication.translate("Pages", "Dashboard"), DashboardPage,
                           order=10, shortcut="Ctrl+1"))
