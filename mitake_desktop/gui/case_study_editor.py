"""The case-study editor: the firm's profile, the people and tools, the four-part story, the before/after figures,
photos and consent, with the completeness meter and the status moves of the core.

It is the case-study list's detail (a :class:`RecordForm` laid out in tabs), so saving, reverting, unsaved-edit
prompts and undo work as for every other record. The figure rows are records of their own: each edit in the
figures table is saved at once as its own undoable step. The completeness meter runs the core's
:func:`~mitake_desktop.core.services.case_studies.assess` on the values on screen (saved or not), a moment
after the typing stops.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import language
from mitake_desktop.core.schema import FieldSpec, spec
from mitake_desktop.core.services.case_studies import (
    CASE_TRANSITIONS,
    STORY_MIN_CHARS,
    Completeness,
    CompletenessItem,
    assess,
    figure_change,
    text_chars,
)
from mitake_desktop.gui import commands, dialogs, formatting
from mitake_desktop.gui.child_rows import ChildRowsModel, ChoiceDelegate, RowsEditor
from mitake_desktop.gui.context import AppContext
from mitake_desktop.gui.fields import FieldEditor, MarkdownEditorField, RefsField
from mitake_desktop.gui.forms import RecordForm, form_layout
from mitake_desktop.gui.lists import list_spec
from mitake_desktop.gui.operations import ServiceEditCommand, edit_shown_record
from mitake_desktop.gui.record_panel import RecordListPanel
from mitake_desktop.gui.status_row import StatusRow

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
GOOD = QColor("#1b6e20")  # dark enough on white for text (WCAG AA); a verdict word always comes with it
BAD = QColor("#b3261e")

STORY_FIELDS = ("story_issue", "story_approach", "story_team", "story_results")
PROFILE_FIELDS = ("organisation_id", "prefecture", "industry", "employees_band", "capital_band")
PEOPLE_FIELDS = ("leader_id", "community_id", "supporter_org_ids")
IT_FIELDS = ("it_tool_ids", "cost_yen", "subsidy_program")
PUBLICATION_FIELDS = ("photo_ids", "publication_consent", "consent_date")
ASSESS_DELAY_MS = 250  # the meter follows typing without re-assessing on every key


# -- the figures table -------------------------------------------------------------------------------

class FiguresTableModel(ChildRowsModel):
    """The before/after figures of one case study, with the change % the core computes."""

    TYPE = "case_figure"
    COLUMNS = ("metric", "unit", "period", "before", "after", "change", "better", "kind")
    COMPUTED = frozenset({"change"})
    NUMERIC = frozenset({"before", "after"})

    @property
    def case_study_id(self) -> str | None:
        return self.parent_id

    def fetch(self, parent_id: str) -> list[dict[str, Any]]:
        return self.ctx.services.case_studies.figures(parent_id)

    @staticmethod
    def store_order(services: Any, parent_id: str, ids: Sequence[str]) -> None:
        services.case_studies.reorder_figures(parent_id, list(ids))

    def computed_header(self, key: str) -> str:
        return self.tr("Change")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS) and self.COLUMNS[section] == "change"):
            return self.tr("(after − before) ÷ before, computed from the values; improved or worsened by the "
                           "direction in “Better when”")
        return super().headerData(section, orientation, role)

    def display(self, row: Mapping[str, Any], key: str) -> str:
        if key == "change":
            ch = figure_change(row)
            return f"{ch.text()} {ch.verdict()}".strip()  # the verdict in words: never colour alone
        if key == "better" and not row.get("better"):
            return self.tr("Auto: {direction}").format(
                direction=reference.label("figure_better", figure_change(row).better))
        return super().display(row, key)

    def extra(self, row: Mapping[str, Any], key: str, role: int) -> Any:
        if key == "change" and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key == "change" and role == Qt.ItemDataRole.ForegroundRole:
            improved = figure_change(row).improved
            return None if improved is None else QBrush(GOOD if improved else BAD)
        if key == "better" and not row.get("better"):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#5f6368"))  # a guess, shown quieter than a choice
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Guessed from the metric and unit. Choose a direction if the guess is wrong.")
        return None

    def set_case_study(self, case_study_id: str | None) -> None:
        self.set_parent_id(case_study_id)

    def add_figure(self) -> int | None:
        values = {"metric": self.tr("New figure"), "kind": "result"}
        add = self.ctx.services.case_studies.add_figure
        return self.add_row(self.tr("Add a figure"), lambda cs_id: add(cs_id, values))


class FiguresEditor(RowsEditor):
    """The figures table with Add, Remove, Up and Down; choices picked from lists."""

    def __init__(self, model: FiguresTableModel, parent: QWidget | None = None) -> None:
        super().__init__(model, add_text=self.tr("Add figure"), parent=parent,
                         hint=self.tr("Double-click a cell to change it; each change is saved at once and can be "
                                      "undone (Ctrl+Z). Change % is computed from before and after."))
        self.figures = model
        self.view.setAccessibleName(self.tr("Before/after figures"))
        lang = language()
        better = ChoiceDelegate(lambda: [(self.tr("Auto (guess)"), None)] + [
            (c.label.get(lang), c.key) for c in reference.choices("figure_better")], self.view)
        kind = ChoiceDelegate(lambda: [(c.label.get(lang), c.key) for c in reference.choices("figure_kind")],
                              self.view)
        self._delegates = (better, kind)  # the view does not own its delegates
        self.view.setItemDelegateForColumn(model.COLUMNS.index("better"), better)
        self.view.setItemDelegateForColumn(model.COLUMNS.index("kind"), kind)
        # Every column but the metric takes the width of its header and its longest value, in either language
        # (fixed widths clipped units such as "千円/人" and periods such as "従業員1人・年"); the metric, free text,
        # takes the rest of the width.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for key in model.COLUMNS:
            header.setSectionResizeMode(model.COLUMNS.index(key), QHeaderView.ResizeMode.Stretch if key == "metric"
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def add_row(self) -> int | None:
        return self.figures.add_figure()

    def remove_rows(self, rows: list[int]) -> int:
        return self.figures.remove_rows(rows, self.tr("Remove {n} figure(s)").format(n=len(rows)))

    def move_row(self, row: int, step: int) -> int:
        return self.figures.move(row, step, self.tr("Reorder figures"))

    def set_enabled_for(self, saved: bool) -> None:
        self.set_available(saved, self.tr("Save the case study first, then add its figures."))


# -- completeness -------------------------------------------------------------------------------------

class MissingItemsModel(QAbstractListModel):
    """What a case study still lacks: essential items first, then the recommended ones."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[CompletenessItem] = []

    def set_items(self, items: Sequence[CompletenessItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == DISPLAY:
            # The words say whether it is essential: the icon and colour only repeat it.
            prefix = self.tr("Recommended") if item.optional else self.tr("Missing")
            return f"{prefix}: {item.hint}"
        if role == Qt.ItemDataRole.DecorationRole:
            from PySide6.QtWidgets import QApplication

            icon = (QStyle.StandardPixmap.SP_MessageBoxInformation if item.optional
                    else QStyle.StandardPixmap.SP_MessageBoxWarning)
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{label}: {earned} of {weight} points").format(
                label=item.label, earned=formatting.format_float(item.earned), weight=item.weight)
        return None


class CompletenessMeter(QWidget):
    """The score (0–100) as a bar, and the list of what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.completeness: Completeness | None = None
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setFormat(self.tr("%v / 100"))
        self.bar.setAccessibleName(self.tr("Completeness"))
        self.bar.setMinimumWidth(160)
        self.caption = QLabel(self.tr("Completeness"), self)
        self.caption.setBuddy(self.bar)
        self.summary = QLabel(self)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Room for a two-digit count from the start, so the bar does not jump as the count changes.
        self.summary.setMinimumWidth(max(self.summary.fontMetrics().horizontalAdvance(text) for text in (
            self.tr("Complete"), self.tr("{n} to do").format(n=88))) + 4)
        self.model = MissingItemsModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("What is missing"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setMaximumHeight(4 * self.fontMetrics().height() + 16)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 6, 0)  # off the frame the form sits in
        top.addWidget(self.caption)
        top.addWidget(self.bar, 1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)

    @property
    def score(self) -> int:
        return self.bar.value()

    def set_completeness(self, c: Completeness) -> None:
        self.completeness = c
        self.bar.setValue(c.score)
        missing = c.missing
        essential = sum(1 for i in missing if not i.optional)
        if not missing:
            self.summary.setText(self.tr("Complete"))
        else:
            self.summary.setText(self.tr("{n} to do").format(n=essential) if essential
                                 else self.tr("Only recommendations left"))
        self.summary.setToolTip(self.summary.text())
        self.bar.setAccessibleDescription(self.tr("{score} of 100; {n} items missing").format(
            score=c.score, n=len(missing)))
        self.model.set_items(missing)
        self.list.setVisible(bool(missing))


class StorySectionsModel(QAbstractListModel):
    """The sections of the story with their length against the minimum the juries expect."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: list[tuple[str, str]] = []  # (field, heading)
        self.counts: dict[str, tuple[int, int]] = {}  # field -> (characters, minimum)

    def set_sections(self, sections: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.sections = list(sections)
        self.endResetModel()

    def set_counts(self, counts: Mapping[str, tuple[int, int]]) -> None:
        changed = [i for i, (name, _h) in enumerate(self.sections) if counts.get(name) != self.counts.get(name)]
        self.counts = dict(counts)
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, 0))

    def row_of(self, name: str) -> int | None:
        return next((i for i, (n, _h) in enumerate(self.sections) if n == name), None)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.sections)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sections):
            return None
        name, heading = self.sections[index.row()]
        have, need = self.counts.get(name, (0, 0))
        if role == DISPLAY:
            # The count says it in words too: "208 / 100" is enough, "40 / 100" is short.
            return f"{heading}\n" + self.tr("{have} / {min} characters").format(have=have, min=need)
        if role == Qt.ItemDataRole.DecorationRole:
            from PySide6.QtWidgets import QApplication

            icon = QStyle.StandardPixmap.SP_DialogApplyButton if have >= need else QStyle.StandardPixmap.SP_MessageBoxWarning
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("enough") if have >= need else self.tr("too short")
            return f"{heading}: {have} / {need} ({state})"
        return None


# -- the IT tools with vendor and subsidy category ----------------------------------------------------

class ItToolsField(RefsField):
    """The IT tools of a case study, each shown with its vendor, category and IT導入補助金 category."""

    def texts(self, ids: list[str]) -> list[str]:
        tools = self.services.records.get_many("it_tool", ids)
        return [self.describe(tool) if (tool := tools.get(rid)) else rid for rid in ids]

    def describe(self, tool: Mapping[str, Any]) -> str:
        name = str(tool.get("name") or "")
        vendor = tool.get("vendor")
        head = self.tr("{name} ({vendor})").format(name=name, vendor=vendor) if vendor else name
        parts = [reference.label("it_tool_category", tool.get("category"))] if tool.get("category") else []
        program = tool.get("subsidy_program")
        if program and program != "none":
            parts.append(reference.label("subsidy_program", program))
        elif tool.get("subsidy_eligible"):
            parts.append(str(spec("it_tool").field("subsidy_eligible").label))
        else:
            parts.append(self.tr("not in the IT subsidy"))
        return f"{head} — {' / '.join(parts)}"


# -- the form -----------------------------------------------------------------------------------------

class CaseStudyForm(RecordForm):
    """The case study's fields in tabs, the figures table, the completeness meter and the status moves."""

    status_requested = Signal(str)  # the status the user asked for (the panel saves first, then moves it)
    completeness_changed = Signal(object)  # Completeness

    def __init__(self, ctx: AppContext, *, fixed: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        super().__init__(ctx.services, "case_study", fixed=fixed, parent=parent)
        self._assess_timer = QTimer(self)
        self._assess_timer.setSingleShot(True)
        self._assess_timer.setInterval(ASSESS_DELAY_MS)
        self._assess_timer.timeout.connect(self.update_completeness)
        self.figures.modelReset.connect(self._assess_timer.start)
        self.figures.dataChanged.connect(self._assess_timer.start)
        if "organisation_id" in self.editors:
            self.editors["organisation_id"].changed.connect(self._firm_picked)

    # -- layout -----------------------------------------------------------------------------------

    def _build(self, body: QWidget) -> None:
        self.figures = FiguresTableModel(self.ctx, self)
        self.meter = CompletenessMeter(body)
        self.status_row = StatusRow(body, self.status_requested.emit)
        self.status_label = self.status_row.label

        self.tabs = QTabWidget(body)
        self.tabs.setDocumentMode(True)
        self.section_counts: dict[str, QLabel] = {}

        profile, inner, pl = self._page()
        title_form = form_layout()
        self.add_rows(title_form, ["title"], inner)
        pl.addLayout(title_form)
        for caption, names in ((self.tr("Firm"), PROFILE_FIELDS), (self.tr("People and support"), PEOPLE_FIELDS),
                               (self.tr("IT tools, cost and subsidy"), IT_FIELDS)):
            pl.addWidget(self._group(caption, names, inner))
        pl.addStretch(1)
        self.tabs.addTab(profile, self.tr("Profile"))

        self.story_sections = StorySectionsModel(self)
        self.story_stack = QStackedWidget(body)
        hints = {
            "summary": self.tr("Two or three sentences a reader remembers."),
            "story_issue": self.tr("The management issue before the IT: what went wrong, with numbers."),
            "story_approach": self.tr("What was done: which tools, how they were chosen, the steps."),
            "story_team": self.tr("Who led it, the team, the supporters and the skills they built."),
            "story_results": self.tr("The results, with the before/after figures."),
        }
        sections: list[tuple[str, str]] = []
        for n, name in enumerate(("summary", *STORY_FIELDS)):
            if name in self.fixed:
                continue
            # 1 課題 / 2 方策 / … : numbered as the award forms number them.
            f = self.entity.field(name)
            heading = f"{n}. {f.label}" if n else str(f.label)
            sections.append((name, heading))
            self.story_stack.addWidget(self._story_section(name, heading, hints[name], self.story_stack))
        self.story_sections.set_sections(sections)
        self.story_list = QListView(body)
        self.story_list.setModel(self.story_sections)
        self.story_list.setAccessibleName(self.tr("Sections of the story"))
        self.story_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.story_list.setSpacing(2)
        self.story_list.setFixedWidth(max(170, self.fontMetrics().horizontalAdvance("0" * 24)))
        self.story_list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.story_stack.setCurrentIndex(max(0, current.row())))
        self.story_list.setCurrentIndex(self.story_sections.index(0, 0))
        story = QWidget(body)
        story_layout = QHBoxLayout(story)
        story_layout.setContentsMargins(0, 4, 0, 0)
        story_layout.addWidget(self.story_list)
        story_layout.addWidget(self.story_stack, 1)
        self.tabs.addTab(story, self.tr("Story"))

        self.figures_editor = FiguresEditor(self.figures, body)
        self.tabs.addTab(self.figures_editor, self.tr("Figures"))

        publication, inner, ul = self._page()
        form = form_layout()
        self.add_rows(form, PUBLICATION_FIELDS, inner)
        ul.addLayout(form)
        drop = QLabel(self.tr("Drop photos on the list, or on a story to show them in the text."), inner)
        drop.setWordWrap(True)
        ul.addWidget(drop)
        ul.addStretch(1)
        self.tabs.addTab(publication, self.tr("Photos and consent"))
        self._tab_names: dict[str, QWidget] = {"profile": profile, "story": story, "figures": self.figures_editor,
                           "publication": publication}

        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)
        outer.addLayout(self.status_row)
        outer.addWidget(self.meter)
        outer.addWidget(self.tabs, 1)

    def _page(self) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
        """A tab's page: (scroll area, its inner widget, the inner widget's layout)."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        area.setWidget(inner)
        return area, inner, layout

    def _group(self, caption: str, names: Sequence[str], parent: QWidget) -> QGroupBox:
        box = QGroupBox(caption, parent)
        self.add_rows(form_layout(box), names, box)
        return box

    def _story_section(self, name: str, heading: str, hint: str, parent: QWidget) -> QWidget:
        """One section of the story: its heading, what to write, the character count, the editor and preview."""
        page = QWidget(parent)
        label, cell = self.add_field(name, page)
        f = self.entity.field(name)
        label.setText(heading)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        count = QLabel(page)
        count.setAccessibleName(self.tr("{label}: characters").format(label=f.label))
        self.section_counts[name] = count
        note = QLabel(hint, page)
        note.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(label)
        head.addStretch(1)
        head.addWidget(count)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(note)
        layout.addWidget(cell, 1)
        editor = self.editors[name]
        if isinstance(editor, MarkdownEditorField):
            editor.markdown.setMinimumHeight(120)
        return page

    def show_section(self, name: str) -> bool:
        """Bring one section of the story forward (``summary``, ``story_issue`` …)."""
        row = self.story_sections.row_of(name)
        if row is None:
            return False
        self.tabs.setCurrentWidget(self._tab_names["story"])
        self.story_list.setCurrentIndex(self.story_sections.index(row, 0))
        return True

    def make_editor(self, f: FieldSpec, parent: QWidget) -> FieldEditor:
        if f.name == "it_tool_ids":
            return ItToolsField(f, self.services, parent)
        return super().make_editor(f, parent)

    def show_tab(self, name: str) -> bool:
        widget = self._tab_names.get(name)
        if widget is None:
            return False
        self.tabs.setCurrentWidget(widget)
        return True

    # -- record -----------------------------------------------------------------------------------

    def set_record(self, record: Mapping[str, Any] | None) -> None:
        super().set_record(record)
        self.figures.set_case_study(record["id"] if record else None)
        self.figures_editor.set_enabled_for(record is not None)
        self._show_status(record)
        self.update_completeness()
        self.meter.show()

    def clear(self) -> None:
        super().clear()
        # Nothing selected: no status, no score and no list of what a case study nobody chose lacks.
        self.meter.hide()
        self.status_label.clear()
        self.status_row.set_moves((), str)

    def _on_changed(self) -> None:
        super()._on_changed()
        if not self._loading:
            self._assess_timer.start()

    def _show_status(self, record: Mapping[str, Any] | None) -> None:
        status = (record or {}).get("status") or "draft"
        text = self.tr("Status: {status}").format(status=reference.label("case_status", status))
        if record is None:
            text += " " + self.tr("(not saved yet)")
        self.status_label.setText(text)
        self.status_row.set_moves(CASE_TRANSITIONS.get(status, ()) if record is not None else (),
                                  lambda target: self.status_action_text(status, target))

    def status_action_text(self, current: str, target: str) -> str:
        """The button that moves a case study from ``current`` to ``target``, in words."""
        texts = {
            ("draft", "reviewed"): self.tr("Mark as reviewed"),
            ("reviewed", "published"): self.tr("Publish"),
            ("reviewed", "draft"): self.tr("Back to draft"),
            ("published", "reviewed"): self.tr("Withdraw publication"),
        }
        return texts.get((current, target)) or reference.label("case_status", target)

    def current_values(self) -> dict[str, Any]:
        """The case study as the screen shows it: the saved record with the unsaved edits over it."""
        return dict(self.record or {}) | self._current() | self.fixed

    def update_completeness(self) -> Completeness:
        self._assess_timer.stop()
        values = self.current_values()
        result = assess(values, self.figures.rows)
        self.meter.set_completeness(result)
        counts = {}
        for name, label in self.section_counts.items():
            need = STORY_MIN_CHARS.get(name, 0)
            have = text_chars(values.get(name))
            counts[name] = (have, need)
            label.setText(self.tr("{have} / {min} characters").format(have=have, min=need))
            label.setStyleSheet("" if have >= need else f"color: {BAD.name()};")
        self.story_sections.set_counts(counts)
        self.completeness_changed.emit(result)
        return result

    def _firm_picked(self) -> None:
        """A firm was chosen: its prefecture, industry and sizes fill the fields still empty (they stay editable)."""
        org_id = self.editors["organisation_id"].value()
        if not org_id:
            return
        org = self.services.records.get_many("organisation", [org_id]).get(org_id)
        if org is None:
            return
        filled = False
        for name in ("prefecture", "industry", "employees_band", "capital_band"):
            editor = self.editors.get(name)
            if editor is not None and editor.value() is None and org.get(name):
                editor.set_value(org[name])
                filled = True
        if filled:
            self._on_changed()


class CaseStudyPanel(RecordListPanel):
    """The case-study list with the case-study editor as its detail."""

    def __init__(self, ctx: AppContext, *, settings_key: str = "", parent: QWidget | None = None) -> None:
        # The figures are edited in the editor's own table: no separate related list under it.
        super().__init__(ctx, replace(list_spec("case_study"), children=()), settings_key=settings_key,
                         parent=parent)
        assert isinstance(self.form, CaseStudyForm)
        self.editor: CaseStudyForm = self.form
        self.editor.status_requested.connect(self.change_status)
        self.splitter.setSizes([420, 860])
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

    def make_form(self) -> RecordForm:
        return CaseStudyForm(self.ctx, fixed=self.fixed, parent=self)

    def change_status(self, target: str) -> bool:
        """Move the shown case study to ``target`` by the core's rules (unsaved edits are saved first)."""
        case_studies = self.ctx.services.case_studies
        title = self.tr("Set status to {status}").format(status=reference.label("case_status", target))
        done, _record = edit_shown_record(self, title, lambda rid: case_studies.set_status(rid, target))
        return done

    def bulk_set(self, field_name: str, value: Any) -> int:
        """A status set on several case studies goes through the same rules as one (consent to publish…)."""
        if field_name != "status":
            return super().bulk_set(field_name, value)
        ids = self.selected_ids()
        if not ids:
            return 0
        services = self.ctx.services
        status = reference.label("case_status", value)
        done: list[commands.RecordCommand] = []
        refused: list[str] = []
        def mover(rid: str) -> Callable[[], Any]:
            return lambda: services.case_studies.set_status(rid, value)

        for rid in ids:
            command = ServiceEditCommand(self.ctx, "case_study", rid, "", mover(rid))
            try:
                command.first()
            except MitakeError as exc:
                refused.append(exc.message)
                continue
            command._pushed = True  # its first redo is done
            if not command.isObsolete():
                done.append(command)
        if done:
            self.ctx.undo.push(commands.MacroCommand(
                self.tr("Set status to {status} on {n} case studies").format(status=status, n=len(done)), done))
        self.ctx.bus.notify("case_study")
        if refused:
            dialogs.error(self, self.tr("{done} of {n} case studies changed. {refused} could not be changed: "
                                        "{reason}").format(done=len(done), n=len(ids), refused=len(refused),
                                                           reason=refused[0]))
        self.refresh()
        return len(done)
