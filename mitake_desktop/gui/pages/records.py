"""The record pages: each a list (or a few, as tabs) with filters, search and the selected record's detail."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mitake_desktop.core.schema import spec
from mitake_desktop.gui.pages import Page, PageInfo, register_page

if TYPE_CHECKING:  # imported when a page is built: the window's frame paints without them
    from mitake_desktop.gui.context import AppContext
    from mitake_desktop.gui.record_panel import RecordListPanel


class RecordsPage(Page):
    """One or more record lists; several become tabs (People | Opinion leaders)."""

    def __init__(self, ctx: AppContext, name: str, types: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.name = name
        self.types = tuple(types)
        self.panels: dict[str, RecordListPanel] = {}
        self.tabs: QTabWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        if len(self.types) == 1:
            panel = self.make_panel(self.types[0], self)
            self.panels[self.types[0]] = panel
            layout.addWidget(panel)
        else:
            self.tabs = QTabWidget(self)
            for t in self.types:
                panel = self.make_panel(t, self.tabs)
                self.panels[t] = panel
                self.tabs.addTab(panel, str(spec(t).plural))
            layout.addWidget(self.tabs)

    def make_panel(self, type_name: str, parent: QWidget) -> RecordListPanel:
        """The list of one type; a page can supply a richer panel for some of its types."""
        from mitake_desktop.gui.record_panel import RecordListPanel

        return RecordListPanel(self.ctx, type_name, settings_key=f"pages/{self.name}/{type_name}", parent=parent)

    def current_panel(self) -> RecordListPanel:
        widget = self.tabs.currentWidget() if self.tabs is not None else None
        return next((p for p in self.panels.values() if p is widget), next(iter(self.panels.values())))

    def show_type(self, type_name: str) -> RecordListPanel:
        panel = self.panels[type_name]
        if self.tabs is not None:
            self.tabs.setCurrentWidget(panel)
        return panel

    def active_panel(self) -> RecordListPanel:
        return self.current_panel().active_panel()

    def open_record(self, type_name: str, record_id: str) -> bool:
        if type_name not in self.panels:
            return False
        return self.show_type(type_name).select_record(record_id)

    def is_dirty(self) -> bool:
        return any(p.is_dirty() for p in self.panels.values())

    def save_state(self) -> None:
        for p in self.panels.values():
            p.save_state()

    def restore_state(self) -> None:
        for p in self.panels.values():
            p.restore_state()

    def prepare_screenshot(self) -> None:
        panel = self.current_panel()
        if panel.current_id is None and panel.model.rowCount():
            rid = panel.model.record_id(0)
            if rid:
                panel.select_record(rid)


def _records(name: str, title: Callable[[], str], types: Sequence[str], order: int, shortcut: str) -> PageInfo:
    return PageInfo(name, title, lambda ctx: RecordsPage(ctx, name, types), order=order, types=tuple(types),
                    shortcut=shortcut)


def register() -> None:
    # Literal QCoreApplication.translate calls: pyside6-lupdate does not follow aliases.
    register_page(_records("communities", lambda: QCoreApplication.translate("Pages", "Communities"), ["community"], 20, "Ctrl+2"))
    register_page(_records("people", lambda: QCoreApplication.translate("Pages", "People & opinion leaders"),
                           ["person", "opinion_leader_profile", "membership"], 30, "Ctrl+3"))
    register_page(_records("organisations", lambda: QCoreApplication.translate("Pages", "Organisations"), ["organisation"], 40, "Ctrl+4"))
    register_page(_records("events", lambda: QCoreApplication.translate("Pages", "Events"),
                           ["event", "registration", "matching_meeting", "follow_up"], 50, "Ctrl+5"))
    register_page(_records("case_studies", lambda: QCoreApplication.translate("Pages", "Case studies"), ["case_study", "case_figure"], 60,
                           "Ctrl+6"))
    register_page(_records("it_tools", lambda: QCoreApplication.translate("Pages", "IT tools"), ["it_tool"], 70, "Ctrl+7"))
    register_page(_records("awards", lambda: QCoreApplication.translate("Pages", "Awards"),
                           ["award_program", "nomination", "award_criterion", "nomination_score"], 80, "Ctrl+8"))
