"""Award programs: made from a shipped template, edited as data — criteria with weights, maximum scores and
descriptions; the sections a nomination must fill, each mapped to a case-study field; the eligibility rules.

The criteria are records of their own (each edit saved at once, undoable); the sections and rules belong to the
program and are saved with its form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import Text, language
from mitake_desktop.core.schema import FieldSpec, Kind, spec
from mitake_desktop.core.services import Filter
from mitake_desktop.gui import commands, dialogs, formatting
from mitake_desktop.gui.child_rows import ChildRowsModel, ChoiceDelegate, RowsEditor
from mitake_desktop.gui.context import AppContext
from mitake_desktop.gui.fields import ChoicesField, DateField, FieldEditor
from mitake_desktop.gui.forms import RecordForm, form_layout
from mitake_desktop.gui.lists import list_spec
from mitake_desktop.gui.operations import CreateRecordsCommand
from mitake_desktop.gui.record_panel import RecordListPanel

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole

# Where a section's text comes from in a case study ("figures": the before/after rows).
SECTION_SOURCES = ("summary", "story_issue", "story_approach", "story_team", "story_results", "figures")


def source_label(source: str | None) -> str:
    if not source:
        return ""
    if source == "figures":
        return Text("導入前後の数値", "Before/after figures").get()
    entity = spec("case_study")
    return str(entity.field(source).label) if entity.has_field(source) else source


# -- criteria ----------------------------------------------------------------------------------------

class CriteriaTableModel(ChildRowsModel):
    """A program's criteria: name, weight (with its share of all weights), maximum score, description."""

    TYPE = "award_criterion"
    COLUMNS = ("name", "weight", "share", "max_score", "description")
    COMPUTED = frozenset({"share"})
    NUMERIC = frozenset({"weight", "max_score"})

    def fetch(self, parent_id: str) -> list[dict[str, Any]]:
        return self.ctx.services.awards.criteria(parent_id)

    @staticmethod
    def store_order(services: Any, parent_id: str, ids: Sequence[str]) -> None:
        records = services.records
        with records.transactions.begin(batch_kind="reorder", batch_label="award_criterion") as tx:
            for i, cid in enumerate(ids):
                records.update("award_criterion", cid, {"sort_order": i}, tx=tx)

    def computed_header(self, key: str) -> str:
        return self.tr("Share")

    def display(self, row: Mapping[str, Any], key: str) -> str:
        if key == "share":
            total = sum(float(r.get("weight") or 0) for r in self.rows)
            share = (float(row.get("weight") or 0) / total * 100) if total else 100 / max(1, len(self.rows))
            return f"{share:.0f}%"
        if key == "description":
            text = str(row.get("description") or "")
            return text.splitlines()[0] if text else ""
        return super().display(row, key)

    def extra(self, row: Mapping[str, Any], key: str, role: int) -> Any:
        if key == "share" and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key == "share" and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The criterion's weight as a share of the total: how much it counts in the ranking")
        if key == "description" and role == Qt.ItemDataRole.ToolTipRole:
            return row.get("description") or None
        return None

    def add_criterion(self) -> int | None:
        records = self.ctx.services.records
        order = max((int(r.get("sort_order") or 0) for r in self.rows), default=-1) + 1
        name = self.tr("New criterion")
        return self.add_row(self.tr("Add a criterion"), lambda pid: records.create("award_criterion", {
            "program_id": pid, "name": name, "weight": 1.0, "max_score": 5, "sort_order": order}))


class CriteriaEditor(RowsEditor):
    def __init__(self, model: CriteriaTableModel, parent: QWidget | None = None) -> None:
        super().__init__(model, add_text=self.tr("Add criterion"), parent=parent,
                         hint=self.tr("Weights count relative to each other (2 and 3 are 40% and 60%); reviewers "
                                      "score each criterion up to its maximum. Each change is saved at once."))
        self.criteria = model
        self.view.setAccessibleName(self.tr("Criteria"))
        for key, width in (("name", 200), ("weight", 60), ("share", 60), ("max_score", 70)):
            self.view.setColumnWidth(model.COLUMNS.index(key), width)

    def add_row(self) -> int | None:
        return self.criteria.add_criterion()

    def remove_rows(self, rows: list[int]) -> int:
        return self.criteria.remove_rows(rows, self.tr("Remove {n} criteria").format(n=len(rows)))

    def move_row(self, row: int, step: int) -> int:
        return self.criteria.move(row, step, self.tr("Reorder criteria"))


# -- required sections -------------------------------------------------------------------------------

class SectionsTableModel(QAbstractTableModel):
    """The sections a nomination must fill (in memory: they are saved with the program)."""

    COLUMNS = ("title_ja", "title_en", "source", "min_chars", "required")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "title_ja": self.tr("Title (Japanese)"), "title_en": self.tr("Title (English)"),
            "source": self.tr("Taken from the case study"), "min_chars": self.tr("Minimum characters"),
            "required": self.tr("Required"),
        }[self.COLUMNS[section]]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] == "required":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if key == "required":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.get("required", True) else Qt.CheckState.Unchecked
            if role == DISPLAY:
                return self.tr("Required") if row.get("required", True) else self.tr("Optional")
            return None
        if role == DISPLAY:
            if key == "source":
                return source_label(row.get("source")) or self.tr("(written for the program)")
            if key == "min_chars":
                return str(row.get("min_chars") or 0) if row.get("source") != "figures" else ""
            return str(row.get(key) or "")
        if role == EDIT:
            value = row.get(key)
            return (value or 0) if key == "min_chars" else (value or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "min_chars":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if key == "required":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        elif role != EDIT:
            return False
        elif key == "min_chars":
            try:
                new = max(0, int(str(value).strip() or 0))
            except ValueError:
                return False
        elif key == "source":
            new = value or None
        else:
            new = str(value or "").strip()
            if not new and key == "title_ja":
                return False  # a section needs a title
        if row.get(key) == new:
            return True
        row[key] = new
        self.dataChanged.emit(index, index)
        return True

    def add_section(self) -> int:
        keys = {r["key"] for r in self.rows}
        n = len(self.rows) + 1
        while f"section_{n}" in keys:
            n += 1
        title = self.tr("New section")
        row = len(self.rows)
        self.beginInsertRows(_ROOT, row, row)
        self.rows.append({"key": f"section_{n}", "title_ja": title, "title_en": title, "source": None,
                          "min_chars": 0, "required": True})
        self.endInsertRows()
        return row

    def remove(self, rows: Sequence[int]) -> None:
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self.rows):
                self.beginRemoveRows(_ROOT, r, r)
                del self.rows[r]
                self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self.rows)) or not (0 <= target < len(self.rows)):
            return row
        # beginMoveRows counts the destination before the move: moving down by one means "before row + 2".
        self.beginMoveRows(_ROOT, row, row, _ROOT, target + 1 if step > 0 else target)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        return target


class SectionsField(FieldEditor):
    """The program's required sections as an editable table (saved with the program)."""

    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.model = SectionsTableModel(self)
        self.editor = _SectionsRows(self.model, self)
        source = ChoiceDelegate(lambda: [(self.tr("(written for the program)"), None)] + [
            (source_label(s), s) for s in SECTION_SOURCES], self.editor.view)
        self._delegate = source
        self.editor.view.setItemDelegateForColumn(SectionsTableModel.COLUMNS.index("source"), source)
        for key, width in (("title_ja", 150), ("title_en", 150), ("source", 150), ("min_chars", 90)):
            self.editor.view.setColumnWidth(SectionsTableModel.COLUMNS.index(key), width)
        self.editor.view.setAccessibleName(str(f.label))
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor.view)

    def value(self) -> Any:
        return [dict(r) for r in self.model.rows]

    def set_value(self, value: Any) -> None:
        self.model.set_rows(value if isinstance(value, list) else [])


class _SectionsRows(RowsEditor):
    def __init__(self, model: SectionsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(model, add_text=self.tr("Add section"), parent=parent,
                         hint=self.tr("A nomination copies each section from the case-study field named here; "
                                      "sections not taken from the case study are written per nomination. "
                                      "Saved with the program."))
        self.sections = model

    def add_row(self) -> int | None:
        return self.sections.add_section()

    def remove_rows(self, rows: list[int]) -> int:
        self.sections.remove(rows)
        return len(rows)

    def move_row(self, row: int, step: int) -> int:
        return self.sections.move(row, step)


# -- eligibility rules -------------------------------------------------------------------------------

class EligibilityField(FieldEditor):
    """The checkable part of the eligibility (core ``ELIGIBILITY_RULES``) as check boxes and numbers."""

    BOOLS = ("sme_basic_act", "require_publication_consent", "require_supporter", "require_community")

    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        lang = language()
        self.types: dict[str, QCheckBox] = {}
        types_row = QHBoxLayout()
        types_row.setContentsMargins(0, 0, 0, 0)
        for c in reference.choices("nominee_type"):
            box = QCheckBox(c.label.get(lang), self)
            box.toggled.connect(self.changed)
            self.types[c.key] = box
            types_row.addWidget(box)
        types_row.addStretch(1)
        self.max_employees = QSpinBox(self)
        self.max_employees.setRange(0, 100_000)
        self.max_employees.setSpecialValueText(self.tr("no limit"))
        self.max_employees.setSuffix(self.tr(" people"))
        self.max_employees.setAccessibleName(self.tr("Maximum employees"))
        self.max_employees.valueChanged.connect(self.changed)
        texts = {
            "sme_basic_act": self.tr("An SME under the SME Basic Act (employees or capital within the limits)"),
            "require_publication_consent": self.tr("The nominee consented to publication"),
            "require_supporter": self.tr("A support organisation is involved"),
            "require_community": self.tr("A member of a community"),
        }
        self.bools: dict[str, QCheckBox] = {}
        for key in self.BOOLS:
            box = QCheckBox(texts[key], self)
            box.toggled.connect(self.changed)
            self.bools[key] = box
        self.prefectures = ChoicesField(FieldSpec("prefectures", Kind.CHOICES, Text("対象地域", "Region"),
                                                  choices="prefecture"), self)
        self.prefectures.changed.connect(self.changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Who can be nominated"), types_row)
        form.addRow(self.tr("At most"), self.max_employees)
        for box in self.bools.values():
            form.addRow("", box)
        form.addRow(self.tr("Region (none: anywhere)"), self.prefectures)

    def value(self) -> Any:
        out: dict[str, Any] = {}
        types = [k for k, box in self.types.items() if box.isChecked()]
        if types:  # none ticked: anyone can be nominated
            out["nominee_types"] = types
        if self.max_employees.value():
            out["max_employees"] = self.max_employees.value()
        for key, box in self.bools.items():
            if box.isChecked():
                out[key] = True
        prefs = self.prefectures.value()
        if prefs:
            out["prefectures"] = prefs
        return out

    def set_value(self, value: Any) -> None:
        rules = value if isinstance(value, dict) else {}
        widgets: list[QWidget] = [*self.types.values(), self.max_employees, *self.bools.values()]
        for w in widgets:
            w.blockSignals(True)
        for key, box in self.types.items():
            box.setChecked(key in (rules.get("nominee_types") or []))
        self.max_employees.setValue(int(rules.get("max_employees") or 0))
        for key, box in self.bools.items():
            box.setChecked(bool(rules.get(key)))
        for w in widgets:
            w.blockSignals(False)
        self.prefectures.set_value(rules.get("prefectures") or [])


# -- the program form --------------------------------------------------------------------------------

class ProgramForm(RecordForm):
    """The program's details, its criteria and its required sections, in tabs."""

    DETAIL_FIELDS = ("name", "year", "organiser", "deadline", "description", "eligibility")

    def __init__(self, ctx: AppContext, *, fixed: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        super().__init__(ctx.services, "award_program", fixed=fixed, parent=parent)

    def _build(self, body: QWidget) -> None:
        self.criteria = CriteriaTableModel(self.ctx, self)
        self.tabs = QTabWidget(body)
        self.tabs.setDocumentMode(True)

        details = QScrollArea(self)
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(details)
        self.add_rows(form_layout(inner), self.DETAIL_FIELDS, inner)
        details.setWidget(inner)
        self.tabs.addTab(details, self.tr("Program"))

        self.criteria_editor = CriteriaEditor(self.criteria, body)
        self.tabs.addTab(self.criteria_editor, self.tr("Criteria"))

        sections = QWidget(body)
        sl = QVBoxLayout(sections)
        sl.setContentsMargins(0, 4, 0, 0)
        label, cell = self.add_field("required_sections", sections)
        label.hide()  # the tab says what it is
        sl.addWidget(cell, 1)
        self.tabs.addTab(sections, self.tr("Required sections"))

        rules = QScrollArea(self)
        rules.setWidgetResizable(True)
        rules.setFrameShape(QScrollArea.Shape.NoFrame)
        rules_inner = QWidget(rules)
        rl = QVBoxLayout(rules_inner)
        note = QLabel(self.tr("What the nomination checklist checks. The eligibility text on the Program tab is "
                              "what the organiser wrote."), rules_inner)
        note.setWordWrap(True)
        rl.addWidget(note)
        label, cell = self.add_field("eligibility_rules", rules_inner)
        label.hide()
        rl.addWidget(cell)
        rl.addStretch(1)
        rules.setWidget(rules_inner)
        self.tabs.addTab(rules, self.tr("Eligibility rules"))

        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)
        outer.addWidget(self.tabs, 1)

    def make_editor(self, f: FieldSpec, parent: QWidget) -> FieldEditor:
        if f.name == "required_sections":
            return SectionsField(f, parent)
        if f.name == "eligibility_rules":
            return EligibilityField(f, parent)
        return super().make_editor(f, parent)

    def set_record(self, record: Mapping[str, Any] | None) -> None:
        super().set_record(record)
        self.criteria.set_parent_id(record["id"] if record else None)
        self.criteria_editor.set_available(record is not None, self.tr("Save the program first, then add criteria."))

    def show_problems(self, problems: Any) -> None:
        super().show_problems(problems)
        for p in problems:  # bring the tab with the first bad field forward
            editor = self.editors.get(p.field)
            if editor is not None:
                for i in range(self.tabs.count()):
                    page = self.tabs.widget(i)
                    if page is not None and page.isAncestorOf(editor):
                        self.tabs.setCurrentIndex(i)
                        return


# -- a program from a template -------------------------------------------------------------------------

class TemplateDialog(QDialog):
    """Choose a shipped template, the year, the deadline; name and organiser come from the template."""

    def __init__(self, templates: Sequence[Mapping[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New award program from a template"))
        self.templates = list(templates)
        lang = language()
        self.lang = lang
        self.template = QComboBox(self)
        for t in self.templates:
            self.template.addItem(str(t.get(f"name_{lang}") or t["name_ja"]), t["key"])
        self.template.setAccessibleName(self.tr("Template"))
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.criteria = QLabel(self)
        self.criteria.setWordWrap(True)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        deadline_spec = spec("award_program").field("deadline")
        self.deadline = DateField(deadline_spec, self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.organiser = QLineEdit(self)
        self.organiser.setAccessibleName(self.tr("Organiser"))
        self._auto_name = ""
        self.template.currentIndexChanged.connect(self._template_changed)
        self.year.valueChanged.connect(self._year_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create program"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", self.description)
        form.addRow(self.tr("Criteria"), self.criteria)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(str(deadline_spec.label), self.deadline)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Organiser"), self.organiser)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 0)
        self._template_changed()

    def current(self) -> Mapping[str, Any]:
        return self.templates[max(0, self.template.currentIndex())]

    def _pick(self, base: str, item: Mapping[str, Any]) -> str:
        return str(item.get(f"{base}_{self.lang}") or item.get(f"{base}_ja") or "")

    def _template_changed(self) -> None:
        t = self.current()
        self.description.setText(self._pick("description", t))
        sep = "、" if self.lang == "ja" else ", "
        self.criteria.setText(sep.join(f"{self._pick('name', c)} ×{formatting.format_float(c['weight'])}"
                                       for c in t["criteria"]))
        self.organiser.setText(self._pick("organiser", t))
        self._year_changed()

    def _year_changed(self) -> None:
        # Follow the template and year until the user writes a name of their own.
        if self.name.text() in ("", self._auto_name):
            self._auto_name = f"{self._pick('name', self.current())} {self.year.value()}"
            self.name.setText(self._auto_name)

    def values(self) -> dict[str, Any]:
        return {"key": self.current()["key"], "year": self.year.value(), "deadline": self.deadline.value(),
                "name": self.name.text().strip() or None, "organiser": self.organiser.text().strip() or None}


def create_from_template(ctx: AppContext, parent: QWidget | None) -> dict[str, Any] | None:
    """Ask for a template and make the program with its criteria as one undoable step."""
    awards = ctx.services.awards
    dialog = TemplateDialog(awards.templates(), parent)
    try:
        if not dialogs.exec_dialog(dialog):
            return None
        values = dialog.values()
    finally:
        dialog.deleteLater()
    records = ctx.services.records

    def make() -> dict[str, Any]:
        return awards.create_program_from_template(values["key"], year=values["year"], deadline=values["deadline"],
                                                   name=values["name"], organiser=values["organiser"])

    def criteria_of(program: dict[str, Any]) -> list[tuple[str, str]]:
        return [("award_criterion", c["id"]) for c in
                records.list("award_criterion", [Filter("program_id", "=", program["id"])])]

    text = QCoreApplication.translate("TemplateDialog", "New program {name}").format(name=values["name"] or "")
    try:
        return commands.run(ctx, CreateRecordsCommand(ctx, "award_program", text, make, criteria_of))
    except MitakeError as exc:
        dialogs.error(parent, exc.message)
        return None


class ProgramPanel(RecordListPanel):
    """The list of programs with the program editor, and a button for a program from a template."""

    def __init__(self, ctx: AppContext, *, settings_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, replace(list_spec("award_program"), children=()), settings_key=settings_key,
                         parent=parent)
        self.splitter.setSizes([380, 880])

    def make_form(self) -> RecordForm:
        return ProgramForm(self.ctx, fixed=self.fixed, parent=self)

    def new_from_template(self) -> str | None:
        if not self._confirm_leave():
            return None
        program = create_from_template(self.ctx, self)
        if program is None:
            return None
        self.refresh()
        self.select_record(program["id"])
        return str(program["id"])

