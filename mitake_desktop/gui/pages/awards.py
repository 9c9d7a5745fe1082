"""The awards page: programs (made from a template, edited as data), the nominations of the chosen program with
their checklist, the reviewers' scoring with the ranking, and the nomination packet.

One program is "current" for the whole page (the drop-down above the tabs): the nominations, the scoring and
the packet are those of that program. Choosing a program in the Programs list makes it current too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.gui import settings
from mitake_desktop.gui.pages import PageInfo, register_page
from mitake_desktop.gui.pages.records import RecordsPage

if TYPE_CHECKING:
    from mitake_desktop.gui.award_program_editor import ProgramPanel
    from mitake_desktop.gui.context import AppContext
    from mitake_desktop.gui.nomination_editor import NominationPanel
    from mitake_desktop.gui.record_panel import RecordListPanel
    from mitake_desktop.gui.scoring import ScoringView
    from mitake_desktop.gui.workers import Task

TYPES = ("award_program", "nomination", "award_criterion", "nomination_score")
VIEWS = ("programs", "nominations", "scoring")
PROGRAM_KEY = "awards/program"


class AwardsPage(RecordsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from mitake_desktop.gui.fields import fit_popup
        from mitake_desktop.gui.models import Column, RecordTableModel
        from mitake_desktop.gui.scoring import ScoringView

        super().__init__(ctx, "awards", ("award_program", "nomination"), parent)
        assert self.tabs is not None
        self.tabs.setTabText(0, self.tr("Programs"))
        self.tabs.setTabText(1, self.tr("Nominations"))
        self.scoring: ScoringView = ScoringView(ctx, self.tabs)
        self.tabs.addTab(self.scoring, self.tr("Scoring and ranking"))

        self.programs = RecordTableModel(ctx.services, "award_program", (Column("name", "sort"),), parent=self)
        self.program_combo = QComboBox(self)
        self.program_combo.setModel(self.programs)
        self.program_combo.setAccessibleName(self.tr("Current award program"))
        self.program_combo.setMinimumContentsLength(24)
        fit_popup(self.program_combo, 28)
        label = QLabel(self.tr("Award program"), self)
        label.setBuddy(self.program_combo)
        self.template_button = QPushButton(self.tr("New program from template…"), self)
        self.template_button.setToolTip(self.tr("A program with the criteria and sections of a shipped template"))
        self.template_button.clicked.connect(self.program_panel.new_from_template)
        self.export_button = QPushButton(self.tr("Export packet…"), self)
        self.export_button.setToolTip(self.tr("PDF, CSV and JSON of the program's nominations, with the photos"))
        self.export_button.clicked.connect(self.export_packet)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.program_combo, 1)
        bar.addStretch(1)
        bar.addWidget(self.template_button)
        bar.addWidget(self.export_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, bar)

        self._program_id: str | None = None
        self._syncing = False
        self._refresh_programs = QTimer(self)
        self._refresh_programs.setSingleShot(True)
        self._refresh_programs.setInterval(0)
        self._refresh_programs.timeout.connect(self._reload_programs)
        self.program_combo.currentIndexChanged.connect(self._combo_changed)
        self.program_panel.selection_changed.connect(self._program_selected)
        ctx.bus.changed.connect(self._on_data_changed)
        ctx.bus.reset.connect(self._refresh_programs.start)
        remembered = settings.get_str(PROGRAM_KEY)
        self.set_program(remembered if remembered and self.programs.locate(remembered) is not None
                         else self.programs.record_id(0))

    # -- panels -----------------------------------------------------------------------------------

    def make_panel(self, type_name: str, parent: QWidget) -> RecordListPanel:
        key = f"pages/{self.name}/{type_name}"
        if type_name == "award_program":
            from mitake_desktop.gui.award_program_editor import ProgramPanel

            return ProgramPanel(self.ctx, settings_key=key, parent=parent)
        from mitake_desktop.gui.nomination_editor import NominationPanel

        return NominationPanel(self.ctx, settings_key=key, parent=parent)

    @property
    def program_panel(self) -> ProgramPanel:
        from mitake_desktop.gui.award_program_editor import ProgramPanel

        panel = self.panels["award_program"]
        assert isinstance(panel, ProgramPanel)
        return panel

    @property
    def nomination_panel(self) -> NominationPanel:
        from mitake_desktop.gui.nomination_editor import NominationPanel

        panel = self.panels["nomination"]
        assert isinstance(panel, NominationPanel)
        return panel

    def current_panel(self) -> RecordListPanel:
        # On the scoring tab, New nominates to the program being scored (the nearest list).
        if self.tabs is not None and self.tabs.currentWidget() is self.scoring:
            return self.nomination_panel
        return super().current_panel()

    # -- the current program ----------------------------------------------------------------------

    @property
    def program_id(self) -> str | None:
        return self._program_id

    def set_program(self, program_id: str | None, *, remember: bool = False) -> None:
        """Make ``program_id`` current: its nominations, its scoring, its packet."""
        row = self.programs.locate(program_id) if program_id is not None else None
        if row is None:
            program_id = None
        self._program_id = program_id
        self._syncing = True
        self.program_combo.setCurrentIndex(row if row is not None else -1)
        self._syncing = False
        self.nomination_panel.set_program(program_id)
        self.scoring.set_program(program_id)
        self.export_button.setEnabled(program_id is not None)
        if program_id and remember:  # the user's choice, for the next start (not a screenshot's)
            settings.put(PROGRAM_KEY, program_id)

    def _combo_changed(self, row: int) -> None:
        if not self._syncing:
            self.set_program(self.programs.record_id(row) if row >= 0 else None, remember=True)

    def _program_selected(self, program_id: Any) -> None:
        if program_id and program_id != self._program_id:
            self.set_program(str(program_id), remember=True)

    def _on_data_changed(self, type_name: str, _ids: list[str]) -> None:
        if type_name == "award_program":
            self._refresh_programs.start()

    def _reload_programs(self) -> None:
        self._syncing = True
        self.programs.refresh()
        self._syncing = False
        current = self._program_id if self._program_id and self.programs.locate(self._program_id) is not None else None
        self.set_program(current or self.programs.record_id(0))

    # -- navigation -------------------------------------------------------------------------------

    def open_record(self, type_name: str, record_id: str) -> bool:
        records = self.ctx.services.records
        try:
            if type_name == "award_criterion":
                criterion = records.get("award_criterion", record_id)
                return self.open_record("award_program", criterion["program_id"])
            if type_name == "nomination_score":
                score = records.get("nomination_score", record_id)
                return self.open_record("nomination", score["nomination_id"])
            if type_name == "nomination":
                self.set_program(records.get("nomination", record_id)["program_id"])
        except MitakeError:
            return False
        return super().open_record(type_name, record_id)

    def views(self) -> tuple[str, ...]:
        return VIEWS

    def show_view(self, view: str) -> bool:
        assert self.tabs is not None
        widgets = {"programs": self.program_panel, "nominations": self.nomination_panel, "scoring": self.scoring}
        widget = widgets.get(view)
        if widget is None:
            return False
        self.tabs.setCurrentWidget(widget)
        return True

    def prepare_screenshot(self) -> None:
        """A program with nominations; the nomination with the most to fix; a reviewer who has scored."""
        awards = self.ctx.services.awards
        programs = awards.programs()
        if not programs:
            return
        # The program with the most nominations; in it, the case study with the most to fix.
        counts = {p["id"]: len(awards.nominations(p["id"])) for p in programs}
        program = max(programs, key=lambda p: (counts[p["id"]], p["id"]))["id"]
        self.set_program(program)
        self.program_panel.select_record(program)
        noms = awards.nominations(program)
        if noms:
            def badness(n: dict[str, Any]) -> tuple[bool, int, str]:
                checklist = awards.checklist(n["id"])
                return n["nominee_type"] == "case_study", len(checklist.blocking) + len(checklist.missing), n["id"]

            self.nomination_panel.select_record(max(noms, key=badness)["id"])
        reviewers = awards.reviewers(program)
        if reviewers and not self.scoring.grid.reviewer:
            self.scoring.set_reviewer(reviewers[0])
        if self.scoring.grid.rowCount() and self.scoring.grid.columnCount():
            self.scoring.grid_view.setCurrentIndex(self.scoring.grid.index(0, 0))

    def export_packet(self) -> Task | None:
        from mitake_desktop.gui.packet_export import export_packet_dialog

        return export_packet_dialog(self.ctx, self.window(), self._program_id)


def register() -> None:
    register_page(PageInfo("awards", lambda: QCoreApplication.translate("Pages", "Awards"),
                           lambda ctx: AwardsPage(ctx), order=80, types=TYPES, shortcut="Ctrl+8"))

