"""The case-study page: the list of case studies with the case-study editor, and the list of all their figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mitake_desktop.gui.pages import PageInfo, register_page
from mitake_desktop.gui.pages.records import RecordsPage

if TYPE_CHECKING:
    from mitake_desktop.gui.context import AppContext
    from mitake_desktop.gui.record_panel import RecordListPanel

TYPES = ("case_study", "case_figure")
VIEWS = ("profile", "story", "figures", "publication")


class CaseStudiesPage(RecordsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "case_studies", TYPES, parent)

    def make_panel(self, type_name: str, parent: QWidget) -> RecordListPanel:
        if type_name == "case_study":
            from mitake_desktop.gui.case_study_editor import CaseStudyPanel

            return CaseStudyPanel(self.ctx, settings_key=f"pages/{self.name}/{type_name}", parent=parent)
        return super().make_panel(type_name, parent)

    def show_view(self, view: str) -> bool:
        """``mitake screenshot --page case_studies:figures``: one tab of the editor."""
        from mitake_desktop.gui.case_study_editor import CaseStudyPanel

        panel = self.show_type("case_study")
        if not isinstance(panel, CaseStudyPanel):
            return False
        if view == "story":  # the first of the four sections, 課題, rather than the summary
            return panel.editor.show_section("story_issue")
        return panel.editor.show_tab(view)

    def views(self) -> tuple[str, ...]:
        return VIEWS


def register() -> None:
    register_page(PageInfo("case_studies", lambda: QCoreApplication.translate("Pages", "Case studies"),
                           lambda ctx: CaseStudiesPage(ctx), order=60, types=TYPES, shortcut="Ctrl+6"))
