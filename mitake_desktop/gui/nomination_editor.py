"""Nominations of one award program: nominate a case study, a person or a community; edit the sections copied from
the case study without touching it; refresh them from the case study (edited sections are kept and named);
see what the program requires and what is still missing; move the nomination along its statuses.

The checklist is the core's (:meth:`AwardService.checklist`): blocking items stop a submission, warnings do not.
Each item says so in words, with an icon and a colour that only repeat the words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError, NotFoundError
from mitake_desktop.core.schema import FieldSpec, spec
from mitake_desktop.core.services.awards import (
    NOMINATION_TRANSITIONS,
    CheckItem,
    Checklist,
    SectionState,
    figure_summary,
)
from mitake_desktop.core.services.case_studies import text_chars
from mitake_desktop.gui import clock, commands, dialogs, formatting
from mitake_desktop.gui.context import AppContext
from mitake_desktop.gui.fields import FieldEditor
from mitake_desktop.gui.forms import RecordForm, form_layout
from mitake_desktop.gui.lists import list_spec
from mitake_desktop.gui.markdown_view import MarkdownField
from mitake_desktop.gui.models import Column
from mitake_desktop.gui.operations import CreateRecordsCommand, edit_shown_record
from mitake_desktop.gui.record_panel import RecordListPanel
from mitake_desktop.gui.status_row import StatusRow

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
GOOD = QColor("#1b6e20")
BAD = QColor("#b3261e")
WARN = QColor("#8a5300")  # amber dark enough to read as text
NOMINEE_TYPES = ("case_study", "person", "community")
RECHECK_DELAY_MS = 0  # coalesce a burst of changes (an undo of a macro) into one check


def _icon(which: QStyle.StandardPixmap) -> Any:
    return QApplication.style().standardIcon(which)


# -- the checklist -----------------------------------------------------------------------------------

class ChecklistModel(QAbstractListModel):
    """The program's requirements for one nomination: what must be fixed, what to check, what is done."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[CheckItem] = []

    def set_checklist(self, checklist: Checklist | None) -> None:
        items = list(checklist.items) if checklist is not None else []
        # Blocking problems first, then warnings, then what is fine: the order of the work to do.
        items.sort(key=lambda i: (i.ok, not i.blocking))
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def kind(self, item: CheckItem) -> str:
        return "ok" if item.ok else ("blocking" if item.blocking else "warning")

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        kind = self.kind(item)
        if role == DISPLAY:
            prefix = {"ok": self.tr("OK"), "blocking": self.tr("Must fix"), "warning": self.tr("Check")}[kind]
            return f"{prefix}: {item.message}"
        if role == Qt.ItemDataRole.DecorationRole:
            return _icon({"ok": QStyle.StandardPixmap.SP_DialogApplyButton,
                          "blocking": QStyle.StandardPixmap.SP_MessageBoxCritical,
                          "warning": QStyle.StandardPixmap.SP_MessageBoxWarning}[kind])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush({"ok": GOOD, "blocking": BAD, "warning": WARN}[kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"ok": self.tr("Fulfilled"), "blocking": self.tr("Blocks submitting until it is fixed"),
                    "warning": self.tr("Does not block submitting, but worth checking")}[kind]
        if role == Qt.ItemDataRole.UserRole:
            return item.key
        return None


# -- sections ----------------------------------------------------------------------------------------

class SectionListModel(QAbstractListModel):
    """The program's sections of one nomination, with their length and whether they were edited."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.states: list[SectionState] = []
        self.chars: dict[str, int] = {}

    def set_states(self, states: Sequence[SectionState]) -> None:
        self.beginResetModel()
        self.states = list(states)
        self.chars = {s.key: s.chars for s in states}
        self.endResetModel()

    def set_chars(self, key: str, chars: int) -> None:
        if self.chars.get(key) == chars:
            return
        self.chars[key] = chars
        row = next((i for i, s in enumerate(self.states) if s.key == key), None)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.states)

    def _short(self, st: SectionState) -> bool:
        have = self.chars.get(st.key, st.chars)
        return not st.is_figures and (have < st.min_chars or (st.required and have == 0))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.states):
            return None
        st = self.states[index.row()]
        have = self.chars.get(st.key, st.chars)
        if role == DISPLAY:
            if st.is_figures:
                detail = self.tr("figures table")
            elif st.min_chars:
                detail = self.tr("{have} / {min} characters").format(have=have, min=st.min_chars)
            else:
                detail = self.tr("{have} characters").format(have=have)
            notes = [detail]
            if st.edited:
                notes.append(self.tr("edited"))
            elif st.source and not st.is_figures:
                notes.append(self.tr("copied"))
            if not st.required:
                notes.append(self.tr("optional"))
            return f"{st.title}\n" + " · ".join(notes)
        if role == Qt.ItemDataRole.DecorationRole:
            if self._short(st):
                return _icon(QStyle.StandardPixmap.SP_MessageBoxWarning if st.required
                             else QStyle.StandardPixmap.SP_MessageBoxInformation)
            return _icon(QStyle.StandardPixmap.SP_DialogApplyButton)
        if role == Qt.ItemDataRole.ToolTipRole and st.source_differs and st.edited:
            return self.tr("Edited here; the case study now says something else too")
        if role == Qt.ItemDataRole.UserRole:
            return st.key
        return None


class FigureRowsModel(QAbstractTableModel):
    """The nomination's before/after rows (copied from the case study) with their change, read-only."""

    COLUMNS = ("metric", "unit", "period", "before", "after", "change_text", "verdict")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = figure_summary(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        key = self.COLUMNS[section]
        if key == "change_text":
            return self.tr("Change")
        if key == "verdict":
            return self.tr("Result")
        return str(spec("case_figure").field(key).label)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == DISPLAY:
            if key in ("before", "after"):
                return formatting.format_float(row.get(key))
            return str(row.get(key) or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("before", "after", "change_text"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key in ("change_text", "verdict") and row.get("improved") is not None:
            return QBrush(GOOD if row["improved"] else BAD)
        return None


class NominationSectionsField(FieldEditor):
    """The nomination's texts, one editor per section of its program (the figures section shows the rows)."""

    def __init__(self, f: FieldSpec, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(f, parent)
        self.services = services
        self.model = SectionListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Sections"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        self.list.setFixedWidth(max(220, self.fontMetrics().horizontalAdvance("0" * 30)))
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("The program asks for no sections."), self)
        self.stack.addWidget(self.empty)
        self.editors: dict[str, MarkdownField] = {}
        self.headings: dict[str, QLabel] = {}
        self.figures = FigureRowsModel(self)
        self._keys: list[str] = []
        self._base: dict[str, str] = {}
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.list)

    def configure(self, states: Sequence[SectionState], figure_rows: Sequence[Mapping[str, Any]]) -> None:
        """The program's sections (and the nomination's figure rows) before a record's texts are shown."""
        keys = [s.key for s in states]
        if keys != self._keys:
            self._rebuild(states)
        self.model.set_states(states)
        for st in states:
            heading = self.headings.get(st.key)
            if heading is not None:
                heading.setText(st.title)
        self.figures.set_rows(figure_rows)
        current = self.list.currentIndex()
        self.list.setCurrentIndex(self.model.index(current.row() if current.isValid() else 0, 0))

    def _rebuild(self, states: Sequence[SectionState]) -> None:
        while self.stack.count() > 1:
            page = self.stack.widget(1)
            assert page is not None
            self.stack.removeWidget(page)
            page.deleteLater()
        self.editors.clear()
        self.headings.clear()
        self._keys = [s.key for s in states]
        for st in states:
            page = QWidget(self.stack)
            pl = QVBoxLayout(page)
            pl.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(st.title, page)
            font = QFont(heading.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            heading.setFont(font)
            self.headings[st.key] = heading
            pl.addWidget(heading)
            if st.is_figures:
                view = QTableView(page)
                view.setModel(self.figures)
                view.verticalHeader().hide()
                view.horizontalHeader().setStretchLastSection(True)
                view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                view.setAccessibleName(st.title)
                pl.addWidget(view, 1)
                note = QLabel(self.tr("The rows as copied from the case study; “Refresh from case study” copies "
                                      "them again if they were not edited."), page)
                note.setWordWrap(True)
                pl.addWidget(note)
            else:
                editor = MarkdownField(self.services, page)
                editor.editor.setAccessibleName(st.title)
                editor.changed.connect(lambda key=st.key: self._edited(key))
                self.editors[st.key] = editor
                pl.addWidget(editor, 1)
            self.stack.addWidget(page)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.stack.setCurrentIndex(current.row() + 1 if current.isValid() else 0)

    def _edited(self, key: str) -> None:
        editor = self.editors[key]
        self.model.set_chars(key, text_chars(editor.editor.toPlainText()))
        self.changed.emit()

    def show_section(self, key: str) -> bool:
        row = next((i for i, s in enumerate(self.model.states) if s.key == key), None)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row, 0))
        return True

    def value(self) -> Any:
        out = dict(self._base)
        for key, editor in self.editors.items():
            out[key] = editor.editor.toPlainText()
        return out

    def set_value(self, value: Any) -> None:
        self._base = {str(k): str(v) for k, v in (value or {}).items()} if isinstance(value, dict) else {}
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            editor.set_value(self._base.get(key, ""))
            editor.blockSignals(False)
            self.model.set_chars(key, text_chars(self._base.get(key, "")))
        # Keys the program asks for are always there (empty when never written): no change on opening.
        for key in self.editors:
            self._base.setdefault(key, "")


# -- the form ----------------------------------------------------------------------------------------

class NominationForm(RecordForm):
    """One nomination: whom it nominates, its status, the checklist, the sections, attachments and notes."""

    status_requested = Signal(str)
    refresh_requested = Signal()
    open_nominee = Signal(str, str)  # type, id

    def __init__(self, ctx: AppContext, *, fixed: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        self.ctx = ctx
        super().__init__(ctx.services, "nomination", fixed=fixed, parent=parent)
        self.checklist: Checklist | None = None
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_DELAY_MS)
        self._recheck.timeout.connect(self.recheck)
        ctx.bus.changed.connect(self._on_data_changed)
        self.dirty_changed.connect(lambda _d: self._show_checklist_summary())

    def _build(self, body: QWidget) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        self.nominee_label = QLabel(body)
        self.nominee_label.setWordWrap(True)
        self.nominee_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"), body)
        self.open_button.setToolTip(self.tr("Show the nominated case study, person or community"))
        self.open_button.clicked.connect(self._open_nominee)
        nominee_row = QHBoxLayout()
        nominee_row.addWidget(self.nominee_label, 1)
        nominee_row.addWidget(self.open_button)

        self.status_row = StatusRow(body, self.status_requested.emit)
        self.status_label = self.status_row.label

        self.checklist_summary = QLabel(body)
        self.checklist_summary.setFont(bold)
        self.checklist_summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh from case study"), body)
        self.refresh_button.setToolTip(self.tr("Copy the case study's current texts and figures into the sections "
                                               "you have not edited; edited sections are kept"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        check_row = QHBoxLayout()
        check_row.addWidget(self.checklist_summary, 1)
        check_row.addWidget(self.refresh_button)
        self.checklist_model = ChecklistModel(self)
        self.checklist_view = QListView(body)
        self.checklist_view.setModel(self.checklist_model)
        self.checklist_view.setAccessibleName(self.tr("Checklist"))
        self.checklist_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist_view.setWordWrap(True)
        self.checklist_view.setMinimumHeight(5 * self.fontMetrics().height() + 16)
        self.checklist_view.setMaximumHeight(7 * self.fontMetrics().height() + 16)

        self.tabs = QTabWidget(body)
        self.tabs.setDocumentMode(True)
        sections_page = QWidget(body)
        sp = QVBoxLayout(sections_page)
        sp.setContentsMargins(0, 4, 0, 0)
        label, cell = self.add_field("sections", sections_page)
        label.hide()  # the tab says what it is
        sp.addWidget(cell, 1)
        self.tabs.addTab(sections_page, self.tr("Sections"))
        details = QWidget(body)
        form = form_layout(details)
        for name in ("title", "attachment_ids", "notes"):
            label, cell = self.add_field(name, details)
            form.addRow(label, cell)
        self.tabs.addTab(details, self.tr("Title, attachments and notes"))

        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)
        outer.addLayout(nominee_row)
        outer.addLayout(self.status_row)
        outer.addLayout(check_row)
        outer.addWidget(self.checklist_view)
        outer.addWidget(self.tabs, 1)

    @property
    def sections_field(self) -> NominationSectionsField:
        editor = self.editors["sections"]
        assert isinstance(editor, NominationSectionsField)
        return editor

    def make_editor(self, f: FieldSpec, parent: QWidget) -> FieldEditor:
        if f.name == "sections":
            return NominationSectionsField(f, self.services, parent)
        return super().make_editor(f, parent)

    # -- record -----------------------------------------------------------------------------------

    def set_record(self, record: Mapping[str, Any] | None) -> None:
        self._configure(record)
        super().set_record(record)
        self._show_status(record)
        self._show_checklist(record)

    def _configure(self, record: Mapping[str, Any] | None) -> None:
        awards = self.services.awards
        states: list[SectionState] = []
        rows: list[dict[str, Any]] = []
        if record is not None:
            try:
                states = awards.section_states(record["id"])
                rows = awards.figures_of(record)
            except NotFoundError:
                states, rows = [], []
        self.sections_field.configure(states, rows)

    def _on_data_changed(self, type_name: str, _ids: list[str]) -> None:
        if self.record is not None and type_name in ("nomination", "award_program", "case_study", "case_figure",
                                                     "person", "community", "organisation", "membership"):
            self._recheck.start()

    def recheck(self) -> None:
        """The data behind the checklist changed (a case study was fixed): check again; edits stay."""
        self._recheck.stop()
        if self.record is None:
            return
        try:
            record = self.services.records.get("nomination", self.record["id"])
        except MitakeError:
            return
        if not self.is_dirty:
            self._configure(record)
        self._show_status(record)
        self._show_checklist(record)

    def _show_checklist(self, record: Mapping[str, Any] | None) -> None:
        self.checklist = None
        if record is not None:
            try:
                # The GUI's day (pinned for reproducible screenshots) decides whether the deadline has passed.
                self.checklist = self.services.awards.checklist(record["id"], today=clock.today())
            except NotFoundError:
                self.checklist = None
        self.checklist_model.set_checklist(self.checklist)
        self.refresh_button.setEnabled(record is not None and record.get("nominee_type") == "case_study")
        self._show_checklist_summary()

    def _show_checklist_summary(self) -> None:
        c = self.checklist
        if c is None:
            self.checklist_summary.setText("")
            return
        blocking = len(c.blocking)
        warnings = len([i for i in c.missing if not i.blocking])
        if blocking:
            text = self.tr("Not ready to submit: {n} to fix").format(n=blocking)
            color = BAD
        else:
            text = self.tr("Ready to submit")
            color = GOOD
        if warnings:
            text += self.tr(", {n} to check").format(n=warnings)
        if self.is_dirty:
            text += " " + self.tr("(as saved: save to check your edits)")
        self.checklist_summary.setText(text)
        self.checklist_summary.setStyleSheet(f"color: {color.name()};")

    def _show_status(self, record: Mapping[str, Any] | None) -> None:
        if record is None:
            self.status_row.set_moves((), str)
            self.status_label.setText("")
            self.nominee_label.setText("")
            self.open_button.setEnabled(False)
            return
        status = record.get("status") or "draft"
        self.status_label.setText(self.tr("Status: {status}").format(
            status=reference.label("nomination_status", status)))
        ntype = record.get("nominee_type") or ""
        title = self.services.awards.nominee_title(ntype, record.get("nominee_id") or "") or self.tr("(deleted)")
        self.nominee_label.setText(self.tr("Nominee: {type} — {title}").format(
            type=reference.label("nominee_type", ntype), title=title))
        self.open_button.setEnabled(bool(record.get("nominee_id")))
        self.status_row.set_moves(NOMINATION_TRANSITIONS.get(status, ()),
                                  lambda target: self.status_action_text(status, target))

    def status_action_text(self, current: str, target: str) -> str:
        texts = {
            ("draft", "submitted"): self.tr("Submit"),
            ("submitted", "shortlisted"): self.tr("Shortlist"),
            ("submitted", "not_selected"): self.tr("Not selected"),
            ("submitted", "draft"): self.tr("Back to draft"),
            ("shortlisted", "awarded"): self.tr("Awarded"),
            ("shortlisted", "not_selected"): self.tr("Not selected"),
            ("shortlisted", "submitted"): self.tr("Back to submitted"),
            ("awarded", "shortlisted"): self.tr("Back to shortlisted"),
            ("not_selected", "submitted"): self.tr("Back to submitted"),
        }
        return texts.get((current, target)) or reference.label("nomination_status", target)

    def _open_nominee(self) -> None:
        if self.record is not None and self.record.get("nominee_id"):
            self.open_nominee.emit(str(self.record["nominee_type"]), str(self.record["nominee_id"]))


# -- the panel ---------------------------------------------------------------------------------------

NOMINATION_COLUMNS = (Column("title", "sort", width=240), Column("nominee_type", width=90),
                      Column("nominee_id", None, width=160, target_from="nominee_type"), Column("status", width=100))


class NominationPanel(RecordListPanel):
    """The nominations of the program chosen on the page, with the nomination editor."""

    def __init__(self, ctx: AppContext, *, settings_key: str = "", parent: QWidget | None = None) -> None:
        base = list_spec("nomination")
        ls = replace(base, columns=NOMINATION_COLUMNS, children=(),
                     filters=tuple(f for f in base.filters if f.field != "program_id"))
        super().__init__(ctx, ls, fixed={"program_id": ""}, settings_key=settings_key, parent=parent)
        assert isinstance(self.form, NominationForm)
        self.editor: NominationForm = self.form
        self.editor.status_requested.connect(self.change_status)
        self.editor.refresh_requested.connect(self.refresh_from_case_study)
        self.editor.open_nominee.connect(lambda t, i: self.ctx.open_record(t, i))
        # "New" nominates: a menu of what can be nominated (Ctrl+N nominates a case study, the usual case).
        self.new_button.setText(self.tr("Nominate"))
        self.new_button.setToolTip(self.tr("Nominate a case study, a person or a community (Ctrl+N: a case study)"))
        self.new_button.clicked.disconnect(self.new_record)
        menu = QMenu(self.new_button)
        self.nominate_actions: dict[str, QAction] = {}
        for t in NOMINEE_TYPES:
            action = menu.addAction(self.tr("{type}…").format(type=reference.label("nominee_type", t)))
            action.setObjectName(f"nominate_{t}")
            action.triggered.connect(lambda _c=False, nt=t: self.nominate(nt))
            self.nominate_actions[t] = action
        self.new_button.setMenu(menu)
        self.splitter.setSizes([380, 880])

    def make_form(self) -> RecordForm:
        return NominationForm(self.ctx, fixed=self.fixed, parent=self)

    @property
    def program_id(self) -> str | None:
        return self.fixed.get("program_id") or None

    def set_program(self, program_id: str | None) -> None:
        if (program_id or "") == (self.program_id or ""):
            return
        if not self._confirm_leave():
            return
        self._show_record(None)
        self.set_fixed({"program_id": program_id or ""})
        self.new_button.setEnabled(program_id is not None)

    def new_record(self) -> None:
        self.nominate("case_study")

    def nominate(self, nominee_type: str) -> str | None:
        """Pick a case study, person or community and nominate it to the program (one undoable step)."""
        program_id = self.program_id
        if program_id is None or not self._confirm_leave():
            return None
        chosen = dialogs.pick_records(self, self.ctx.services, nominee_type)
        if not chosen:
            return None
        awards = self.ctx.services.awards
        nominee_id = chosen[0]
        title = awards.nominee_title(nominee_type, nominee_id)
        command = CreateRecordsCommand(self.ctx, "nomination", self.tr("Nominate {title}").format(title=title),
                                       lambda: awards.nominate(program_id, nominee_type, nominee_id))
        try:
            record = commands.run(self.ctx, command)
        except MitakeError as exc:
            dialogs.error(self, exc.message)
            return None
        self.refresh()
        self.select_record(record["id"])
        return str(record["id"])

    def change_status(self, target: str) -> bool:
        """Move the nomination by the core's rules; submitting is refused while anything blocks."""
        awards = self.ctx.services.awards
        text = self.tr("Set status to {status}").format(status=reference.label("nomination_status", target))
        done, _record = edit_shown_record(self, text, lambda rid: awards.set_status(rid, target))
        return done

    def refresh_from_case_study(self) -> bool:
        """Copy the case study again into untouched sections; say which were updated and which kept."""
        awards = self.ctx.services.awards
        rid = self.current_id
        done, result = edit_shown_record(self, self.tr("Refresh from case study"), awards.refresh_from_case_study)
        if not done or rid is None:
            return False
        titles = {s.key: s.title for s in awards.section_states(rid)}
        sep = self.tr(", ")  # 、 in Japanese

        def names(keys: Sequence[str]) -> str:
            return sep.join(titles.get(k, k) for k in keys)

        lines = []
        if result.updated:
            lines.append(self.tr("Updated from the case study: {sections}.").format(sections=names(result.updated)))
        if result.kept:
            lines.append(self.tr("Kept because they were edited here: {sections}. The case study says something "
                                 "else now; compare them if needed.").format(sections=names(result.kept)))
        if not lines:
            lines.append(self.tr("Nothing to copy: the sections already match the case study."))
        dialogs.information(self, "\n".join(lines))
        return True
