"""Table models of the event screens: thin adapters over the event services' plain rows.

Each holds a list of the dataclasses the services return (participants, meetings, follow-ups, import
rows) and formats them; editable cells hand the new value to a callback that runs an undoable
command and returns the updated row (or None when it was refused), so the model never writes itself.
Editable columns offer their choices through :data:`CHOICES_ROLE` for :class:`ChoiceDelegate`. The base,
:class:`~mitake_desktop.gui.models.RowsModel`, is shared with the Sync page's lists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from mitake_desktop.core import reference
from mitake_desktop.core.events.common import PRESENT_STATUSES
from mitake_desktop.core.events.followups import FollowUpRow
from mitake_desktop.core.events.matching import MeetingRow, hhmm
from mitake_desktop.core.events.participant_import import (
    CREATE,
    MERGE,
    SKIP,
    ImportPreview,
    PreviewRow,
    RowDecision,
    targets,
)
from mitake_desktop.core.events.registrations import Participant
from mitake_desktop.gui import formatting
from mitake_desktop.gui.models import CHOICES_ROLE, EDIT, Col, RowsModel

Index = QModelIndex | QPersistentModelIndex

PRESENT_BG = QColor("#e3f4e1")
ERROR_BG = QColor("#fde2e1")
DUPLICATE_BG = QColor("#fff3cd")
MUTED = QColor("#777777")
OK_TEXT = QColor("#1d7a2f")
ERROR_TEXT = QColor("#b3261e")


def _status(key: str) -> str:
    return reference.label("registration_status", key)


def vocabulary(name: str) -> list[str]:
    """Every label of a reference vocabulary in the current language (what a column of it can show)."""
    return [str(c.label) for c in reference.choices(name)]


def fit_columns(view: QTableView, model: RowsModel[Any], texts: dict[str, Iterable[str]]) -> None:
    """Make each named column as wide as its header and the widest of ``texts`` in the view's font.

    For columns of a fixed vocabulary (a status, a role, a date): measured once from the labels in the
    current language (the page is rebuilt when the language changes), so "キャンセル待ち" is not clipped,
    the width does not jump with the rows shown, and no row of a long list is measured.
    """
    metrics = view.fontMetrics()
    # The item text's margins (as QCommonStyle lays a cell out), the grid line and a little air.
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 1 + 8
    header = view.horizontalHeader()
    for key, samples in texts.items():
        column = model.column_of(key)
        widest = max((metrics.horizontalAdvance(t) for t in samples), default=0) + margin
        view.setColumnWidth(column, max(widest, header.sectionSizeHint(column)))


# -- the check-in desk ----------------------------------------------------------------------------


class CheckinResultsModel(RowsModel[Participant]):
    """The people a check-in search found, best first."""

    columns = (
        Col("name"),
        Col("reading"),
        Col("organisation"),
        Col("status"),
        Col("checked_in_at"),
    )

    def header(self, key: str) -> str:
        return {"name": self.tr("Name"), "reading": self.tr("Reading"), "organisation": self.tr("Organisation"),
                "status": self.tr("Status"), "checked_in_at": self.tr("Checked in")}[key]

    def text(self, row: Participant, key: str) -> str:
        if key == "status":
            return _status(row.status)
        if key == "checked_in_at":
            return (row.checked_in_at or "")[11:16]
        return str(getattr(row, key) or "")

    def tooltip(self, row: Participant, key: str) -> str | None:
        # The desk's organisation column elides; its tooltip gives the whole name.
        return self.text(row, key) or None if key == "organisation" else super().tooltip(row, key)

    def background(self, row: Participant) -> QColor | None:
        return PRESENT_BG if row.status in PRESENT_STATUSES else None

    def foreground(self, row: Participant, key: str) -> QColor | None:
        if key == "status":
            if row.status in PRESENT_STATUSES:
                return OK_TEXT
            if row.status in ("cancelled", "waitlisted", "no_show"):
                return MUTED
        return None

    def row_id(self, row: Participant) -> str:
        return row.registration_id


# -- an event's participants ------------------------------------------------------------------------


class EventParticipantsModel(RowsModel[Participant]):
    """Everyone registered for one event; satisfaction and comment are entered here after the event."""

    columns = (
        Col("name"),
        Col("organisation"),
        Col("status"),
        Col("participant_role"),
        Col("registered_at"),
        Col("checked_in_at"),
        Col("satisfaction", editable=True, numeric=True),
        Col("comment", editable=True),
    )

    def header(self, key: str) -> str:
        return {"name": self.tr("Name"), "organisation": self.tr("Organisation"),
                "participant_role": self.tr("Role"), "status": self.tr("Status"),
                "registered_at": self.tr("Registered"), "checked_in_at": self.tr("Checked in"),
                "satisfaction": self.tr("Satisfaction"), "comment": self.tr("Comment")}[key]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.on_edit: Callable[[Participant, str, Any], Participant | None] | None = None

    def text(self, row: Participant, key: str) -> str:
        if key == "status":
            return _status(row.status)
        if key == "participant_role":
            return reference.label("participant_role", row.participant_role)
        if key in ("registered_at", "checked_in_at"):
            return formatting.format_datetime(getattr(row, key))
        if key == "satisfaction":
            return "★" * row.satisfaction if row.satisfaction else ""
        return str(getattr(row, key) or "")

    def tooltip(self, row: Participant, key: str) -> str | None:
        if key == "name" and row.reading:
            return row.reading
        return super().tooltip(row, key)

    def background(self, row: Participant) -> QColor | None:
        return PRESENT_BG if row.status in PRESENT_STATUSES else None

    def foreground(self, row: Participant, key: str) -> QColor | None:
        return MUTED if row.status in ("cancelled", "waitlisted") else None

    def edit_value(self, row: Participant, key: str) -> Any:
        if key == "satisfaction":
            return row.satisfaction
        if key == "comment":
            return row.comment or ""
        return None

    def choices(self, row: Participant, key: str) -> list[tuple[str, Any]] | None:
        if key == "satisfaction":
            return [(self.tr("(no answer)"), None)] + [
                (f"{'★' * n}  {n}", n) for n in range(5, 0, -1)]
        return None

    def row_id(self, row: Participant) -> str:
        return row.registration_id

    def commit(self, row: int, key: str, value: Any) -> Participant | None:
        current = self._rows[row]
        if self.on_edit is None:
            return None
        if key == "comment":
            value = str(value or "").strip() or None
        if value == getattr(current, key):
            return None
        return self.on_edit(current, key, value)


# -- a 商談会 schedule --------------------------------------------------------------------------------


class MeetingScheduleModel(RowsModel[MeetingRow]):
    """The meetings of a 商談会 by slot then table; time, table and outcome are edited in place."""

    columns = (
        Col("slot_start", editable=True),
        Col("table_no", editable=True),
        Col("firm"),
        Col("provider"),
        Col("outcome", editable=True),
        Col("it_tool"),
    )

    def header(self, key: str) -> str:
        return {"slot_start": self.tr("Time"), "table_no": self.tr("Table"), "firm": self.tr("Firm"),
                "provider": self.tr("IT provider"), "outcome": self.tr("Outcome"), "it_tool": self.tr("IT tool")}[key]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.slots: list[tuple[str, str]] = []  # (start, end) the event offers
        self.clashing: set[str] = set()  # meeting ids in a double-booking (arrived by sync)
        self.on_edit: Callable[[MeetingRow, str, Any], MeetingRow | None] | None = None

    def text(self, row: MeetingRow, key: str) -> str:
        if key == "slot_start":
            return f"{hhmm(row.slot_start)}–{hhmm(row.slot_end)}"
        if key == "firm":
            return row.firm_name + (f"（{row.firm_organisation}）" if row.firm_organisation else "")
        if key == "provider":
            return row.provider_name + (f"（{row.provider_organisation}）" if row.provider_organisation else "")
        if key == "outcome":
            return reference.label("meeting_outcome", row.outcome)
        if key == "it_tool":
            return row.it_tool_name
        return str(getattr(row, key) or "")

    def background(self, row: MeetingRow) -> QColor | None:
        return ERROR_BG if row.id in self.clashing else None

    def foreground(self, row: MeetingRow, key: str) -> QColor | None:
        if key == "outcome" and row.outcome == "pending":
            return MUTED
        return None

    def edit_value(self, row: MeetingRow, key: str) -> Any:
        return {"slot_start": row.slot_start, "table_no": row.table_no, "outcome": row.outcome}.get(key)

    def choices(self, row: MeetingRow, key: str) -> list[tuple[str, Any]] | None:
        if key == "slot_start":
            starts = dict.fromkeys([s for s, _e in self.slots] + [row.slot_start])
            return [(hhmm(s), s) for s in sorted(starts)]
        if key == "outcome":
            return [(c.label.get(), c.key) for c in reference.choices("meeting_outcome")]
        return None

    def row_id(self, row: MeetingRow) -> str:
        return row.id

    def commit(self, row: int, key: str, value: Any) -> MeetingRow | None:
        current = self._rows[row]
        if self.on_edit is None or value == self.edit_value(current, key):
            return None
        return self.on_edit(current, key, value)


# -- follow-ups ---------------------------------------------------------------------------------------


class FollowUpsModel(RowsModel[FollowUpRow]):
    """Follow-ups (the overdue list), most overdue first."""

    columns = (
        Col("due_on"),
        Col("days_overdue", numeric=True),
        Col("title"),
        Col("person_name"),
        Col("organisation_name"),
        Col("owner_name"),
        Col("event_title"),
        Col("status"),
    )

    def header(self, key: str) -> str:
        return {"due_on": self.tr("Due"), "days_overdue": self.tr("Days overdue"), "title": self.tr("Follow-up"),
                "person_name": self.tr("Person"), "organisation_name": self.tr("Organisation"),
                "owner_name": self.tr("Owner"), "event_title": self.tr("Event"), "status": self.tr("Status")}[key]

    def text(self, row: FollowUpRow, key: str) -> str:
        if key == "due_on":
            return formatting.format_date(row.due_on)
        if key == "days_overdue":
            return str(row.days_overdue) if row.days_overdue else ""
        if key == "status":
            return reference.label("follow_up_status", row.status)
        return str(getattr(row, key) or "")

    def foreground(self, row: FollowUpRow, key: str) -> QColor | None:
        return ERROR_TEXT if key == "days_overdue" and row.days_overdue > 30 else None

    def row_id(self, row: FollowUpRow) -> str:
        return row.id


# -- the participant import -------------------------------------------------------------------------


@dataclass(frozen=True)
class MappedColumn:
    index: int
    header: str
    samples: tuple[str, ...]
    target: str | None


class ColumnMappingModel(RowsModel[MappedColumn]):
    """Which field each column of the file fills (one row per column; the field is chosen in place)."""

    columns = (
        Col("header"),
        Col("samples"),
        Col("target", editable=True),
    )

    def header(self, key: str) -> str:
        return {"header": self.tr("Column in the file"), "samples": self.tr("Examples"),
                "target": self.tr("Field")}[key]

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        allowed = {t.key for t in targets(kind)}
        self.set_rows([c if c.target in allowed or c.target is None else MappedColumn(c.index, c.header, c.samples,
                                                                                       None) for c in self._rows])

    def mapping(self) -> dict[int, str]:
        return {c.index: c.target for c in self._rows if c.target}

    def text(self, row: MappedColumn, key: str) -> str:
        if key == "header":
            return row.header or f"({row.index + 1})"
        if key == "samples":
            return " / ".join(s.replace("\n", " ") for s in row.samples)
        if key == "target":
            return self._label(row.target)
        return ""

    def _label(self, target: str | None) -> str:
        if not target:
            return self.tr("(not imported)")
        return next((str(t.label) for t in targets(self.kind) if t.key == target), target)

    def foreground(self, row: MappedColumn, key: str) -> QColor | None:
        return MUTED if key == "target" and not row.target else None

    def edit_value(self, row: MappedColumn, key: str) -> Any:
        return row.target if key == "target" else None

    def choices(self, row: MappedColumn, key: str) -> list[tuple[str, Any]] | None:
        if key != "target":
            return None
        return [(self._label(None), None)] + [(str(t.label), t.key) for t in targets(self.kind)]

    def commit(self, row: int, key: str, value: Any) -> MappedColumn | None:
        current = self._rows[row]
        target = str(value) if value else None
        if target == current.target:
            return None
        if target is not None:
            # A field fills from one column: the column that had it gives it up.
            for i, other in enumerate(self._rows):
                if i != row and other.target == target:
                    self.replace_row(i, MappedColumn(other.index, other.header, other.samples, None))
        return MappedColumn(current.index, current.header, current.samples, target)


@dataclass(frozen=True)
class DecisionOption:
    key: str  # "create", "skip", "merge:<n>"
    label: str
    decision: RowDecision


class ImportPreviewModel(RowsModel[PreviewRow]):
    """The rows of a file as they would be imported: errors and duplicate candidates, a decision each."""

    columns = (
        Col("number", numeric=True),
        Col("check"),
        Col("name"),
        Col("reading"),
        Col("organisation"),
        Col("email"),
        Col("phone"),
        Col("decision", editable=True),
        Col("detail"),
    )

    def header(self, key: str) -> str:
        return {"number": self.tr("Row"), "check": self.tr("Check"), "name": self.tr("Name"),
                "reading": self.tr("Reading"), "organisation": self.tr("Organisation"), "email": self.tr("E-mail"),
                "phone": self.tr("Phone"), "decision": self.tr("Decision"), "detail": self.tr("Why")}[key]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.decisions: dict[int, RowDecision] = {}

    def set_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.decisions = {r.number: r.decision for r in preview.rows}
        self.set_rows(preview.rows)

    def decision_of(self, row: PreviewRow) -> RowDecision:
        return self.decisions.get(row.number, row.decision)

    def set_decision(self, row: int, decision: RowDecision) -> None:
        current = self._rows[row]
        self.decisions[current.number] = decision
        self.replace_row(row, current)

    def options(self, row: PreviewRow) -> list[DecisionOption]:
        out = [DecisionOption(CREATE, self.tr("Create new"), RowDecision(CREATE))]
        for n, c in enumerate(row.candidates):
            if c.file_row is not None:
                who = self.tr("row {row}").format(row=c.file_row)
            else:
                who = c.name + (f"（{c.organisation}）" if c.organisation else "")
            out.append(DecisionOption(f"{MERGE}:{n}", self.tr("Merge into {who}").format(who=who),
                                      RowDecision(MERGE, c.person_id, c.file_row)))
        out.append(DecisionOption(SKIP, self.tr("Skip"), RowDecision(SKIP)))
        return out

    def _option_key(self, row: PreviewRow) -> str:
        d = self.decision_of(row)
        if d.action != MERGE:
            return d.action
        for option in self.options(row):
            if option.decision == d:
                return option.key
        return CREATE

    def text(self, row: PreviewRow, key: str) -> str:
        if key == "number":
            return str(row.number)
        if key == "check":
            if row.problems:
                return self.tr("Error")
            if row.candidates:
                return self.tr("Possible duplicate")
            return self.tr("OK")
        if key in ("name", "reading", "email", "phone"):
            # As cleaned for the record; a value that failed its check is shown as it was in the file.
            return str(row.person.get(key) or row.values.get(key) or "")
        if key == "organisation":
            return row.organisation
        if key == "decision":
            wanted = self._option_key(row)
            return next((o.label for o in self.options(row) if o.key == wanted), "")
        if key == "detail":
            return "\n".join(self.reasons(row))
        return ""

    def reasons(self, row: PreviewRow) -> list[str]:
        """Every reason a row is refused or questioned, one sentence a line: each error of the row (not
        only the first), then each person it may duplicate."""
        lines = [p.message for p in row.problems]
        for c in row.candidates:
            if c.file_row is not None:
                who = self.tr("row {row}").format(row=c.file_row)
            else:
                who = c.name + (f"（{c.organisation}）" if c.organisation else "")
            lines.append(c.describe(who))
        return lines

    def tooltip(self, row: PreviewRow, key: str) -> str | None:
        if key in ("detail", "check") and (row.problems or row.candidates):
            return "\n".join(self.reasons(row))
        return super().tooltip(row, key)

    def background(self, row: PreviewRow) -> QColor | None:
        if self.decision_of(row).action == SKIP:
            return None
        if row.problems:
            return ERROR_BG
        if row.candidates:
            return DUPLICATE_BG
        return None

    def foreground(self, row: PreviewRow, key: str) -> QColor | None:
        if self.decision_of(row).action == SKIP:
            return MUTED
        if key == "check":
            return ERROR_TEXT if row.problems else None
        return None

    def edit_value(self, row: PreviewRow, key: str) -> Any:
        return self._option_key(row) if key == "decision" else None

    def choices(self, row: PreviewRow, key: str) -> list[tuple[str, Any]] | None:
        if key != "decision":
            return None
        return [(o.label, o.key) for o in self.options(row)]

    def row_id(self, row: PreviewRow) -> str:
        return str(row.number)

    def commit(self, row: int, key: str, value: Any) -> PreviewRow | None:
        current = self._rows[row]
        option = next((o for o in self.options(current) if o.key == value), None)
        if option is None:
            return None
        self.decisions[current.number] = option.decision
        return current


# -- editing a cell from a list of choices -----------------------------------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the choices the model offers for a cell (:data:`CHOICES_ROLE`)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(label, value)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(EDIT)
            for i in range(editor.count()):
                if editor.itemData(i) == value:
                    editor.setCurrentIndex(i)
                    break
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
            return
        super().setModelData(editor, model, index)
