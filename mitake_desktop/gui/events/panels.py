"""What the Events page shows under an event, beyond its form: participants, the 商談会 schedule, and
the overdue follow-ups of every event.

Each panel reads its rows from ``services.events`` when it is shown (or when what it shows changed),
and every change it makes is an undoable command on the window's stack.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.events.matching import OUTCOMES_NEEDING_TOOL, MeetingRow
from mitake_desktop.gui import clock, dialogs, formatting
from mitake_desktop.gui.events import actions
from mitake_desktop.gui.events.commands import (
    BatchCommand,
    CreatedRecordCommand,
    FieldsCommand,
    SwapMeetingsCommand,
    latest_batch,
    push,
    run,
)
from mitake_desktop.gui.events.models import (
    ChoiceDelegate,
    EventParticipantsModel,
    FollowUpsModel,
    MeetingScheduleModel,
    fit_columns,
    vocabulary,
)
from mitake_desktop.gui.flow_layout import FlowLayout
from mitake_desktop.gui.models import RowsModel

if TYPE_CHECKING:
    from mitake_desktop.core.events.registrations import Participant
    from mitake_desktop.gui.context import AppContext

T = TypeVar("T")


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _set_widths(view: QTableView, widths: tuple[int, ...]) -> None:
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)


def _selected(view: QTableView, model: RowsModel[T]) -> list[T]:
    """The rows selected in ``view``, in their order."""
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [r for r in (model.row_at(i) for i in rows) if r is not None]


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class _RefreshingPanel(QWidget):
    """A panel that reloads when shown, if what it shows (the types in ``watched``) changed meanwhile."""

    watched: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # many notifications (a bulk action) make one reload
        self._timer.timeout.connect(self._reload_if_visible)
        ctx.bus.changed.connect(self._data_changed)
        ctx.bus.reset.connect(self._mark_stale)

    def _data_changed(self, type_name: str, _ids: list[str]) -> None:
        if type_name in self.watched:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        self._timer.start()

    def _reload_if_visible(self) -> None:
        if self.isVisible() and self._stale:
            self.reload()

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


class _EventPanel(_RefreshingPanel):
    """A panel about one event."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.event_id: str | None = None

    def set_event(self, event_id: str | None) -> None:
        if event_id == self.event_id and not self._stale:
            return
        self.event_id = event_id
        self._mark_stale()

    def busy(self) -> bool:
        return self.event_id is None or self.ctx.tasks.busy

    def _event(self) -> dict[str, Any] | None:
        """The shown event's record (None when there is none, or it was deleted meanwhile: then none is shown)."""
        if self.event_id is None:
            return None
        try:
            return self.ctx.services.records.get("event", self.event_id)
        except MitakeError:
            self.event_id = None
            return None


class ParticipantsPanel(_EventPanel):
    """An event's registrations with their status and the capacity, and the event-day and after-event
    actions: check-in mode, import, register, cancel, finish, feedback, follow-ups, report, attendance list."""

    watched = ("registration", "person", "organisation", "event")
    open_checkin = Signal(str)  # event id
    import_requested = Signal(str)  # event id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._finished = False  # the event shown is held: "Finish event…" is off
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.checkin_button = QPushButton(self.tr("Check-in mode"), self)
        self.checkin_button.setToolTip(self.tr("Open the event-day check-in screen for this event"))
        self.checkin_button.clicked.connect(self._open_checkin)
        self.import_button = QPushButton(self.tr("Import participants…"), self)
        self.import_button.setToolTip(self.tr("Register people from a CSV or Excel list (Ctrl+Shift+I)"))
        self.import_button.clicked.connect(self._import)
        self.register_button = QPushButton(self.tr("Register people…"), self)
        self.register_button.clicked.connect(self.register_people)
        self.cancel_button = QPushButton(self.tr("Cancel registration"), self)
        self.cancel_button.setToolTip(self.tr("The first on the waitlist gets the seat"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.finish_button = QPushButton(self.tr("Finish event…"), self)
        self.finish_button.clicked.connect(lambda: self._run(actions.finish_event))
        self.follow_ups_button = QPushButton(self.tr("Follow-ups for attendees…"), self)
        self.follow_ups_button.clicked.connect(lambda: self._run(actions.create_follow_ups))
        self.report_button = QPushButton(self.tr("Export report (PDF)…"), self)
        self.report_button.clicked.connect(lambda: self._run(actions.export_report))
        self.csv_button = QPushButton(self.tr("Export attendance (CSV)…"), self)
        self.csv_button.clicked.connect(lambda: self._run(actions.export_attendance))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show registrations with status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for c in reference.choices("registration_status"):
            self.status_filter.addItem(str(c.label), c.key)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())

        self.model = EventParticipantsModel(self)
        self.model.on_edit = self._edit
        self.view = _table(self, self.tr("Participants"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        _set_widths(self.view, (140, 170))
        # Status and role labels, dates and stars: as wide as their longest text in this language.
        when = [formatting.format_datetime(f"2026-{m:02d}-28T18:30:00") for m in range(1, 13)]  # every month
        fit_columns(self.view, self.model, {
            "status": vocabulary("registration_status"), "participant_role": vocabulary("participant_role"),
            "registered_at": when, "checked_in_at": when, "satisfaction": ["★" * 5]})
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        hint = QLabel(self.tr("Satisfaction and comments: double-click a cell (or press F2) to enter the "
                              "questionnaire's answers."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666")

        buttons = FlowLayout()
        for b in (self.checkin_button, self.import_button, self.register_button, self.cancel_button,
                  self.finish_button, self.follow_ups_button, self.report_button, self.csv_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self._update_buttons()

    def _open_checkin(self) -> None:
        if self.event_id is not None:
            self.open_checkin.emit(self.event_id)

    def _import(self) -> None:
        if not self.busy():
            assert self.event_id is not None
            self.import_requested.emit(self.event_id)

    def _run(self, action: Any) -> None:
        if not self.busy():
            action(self.ctx, self, self.event_id)

    def refresh(self) -> None:
        events = self.ctx.services.events
        event = self._event()
        if event is None:
            self.model.set_rows([])
            self.counts.setText("")
            self._finished = False
            self._update_buttons()
            return
        assert self.event_id is not None
        everyone = events.registrations.participants(self.event_id)
        wanted = self.status_filter.currentData()
        self.model.set_rows([p for p in everyone if wanted is None or p.status == wanted])
        n = events.registrations.counts(self.event_id)
        if event["capacity"] is None:
            seats = self.tr("No capacity limit")
        else:
            left = events.registrations.seats_left(self.event_id) or 0
            over = events.registrations.over_capacity(self.event_id)
            if over:  # a smaller room, or the waitlisted let in at the desk
                seats = self.tr("Capacity {capacity}: {taken} seats taken, {over} over the capacity").format(
                    capacity=event["capacity"], taken=int(event["capacity"]) + over, over=over)
            else:
                seats = self.tr("Capacity {capacity}: {taken} seats taken, {left} free").format(
                    capacity=event["capacity"], taken=int(event["capacity"]) - left, left=left)
        lines = [
            seats,
            self.tr("Registered {registered} · waitlisted {waitlisted} · cancelled {cancelled}").format(
                registered=n.registered, waitlisted=n.waitlisted, cancelled=n.cancelled),
            self.tr("Attended {attended} · walk-ins {walk_ins} · no-shows {no_shows} · not yet checked in "
                    "{waiting}").format(attended=n.attended, walk_ins=n.walk_ins, no_shows=n.no_shows,
                                        waiting=n.waiting),
        ]
        self.counts.setText("\n".join(lines))
        self._finished = event["status"] == "held"  # finished already (Ctrl+Z takes it back)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_event = self.event_id is not None
        for b in (self.checkin_button, self.import_button, self.register_button, self.finish_button,
                  self.follow_ups_button, self.report_button, self.csv_button):
            b.setEnabled(has_event)
        self.cancel_button.setEnabled(has_event and bool(self.selected()))
        self.finish_button.setEnabled(has_event and not self._finished)

    def selected(self) -> list[Participant]:
        return _selected(self.view, self.model)

    def _edit(self, person: Participant, key: str, value: Any) -> Participant | None:
        records = self.ctx.services.records
        label = self.tr("Satisfaction of {name}") if key == "satisfaction" else self.tr("Comment of {name}")
        command = FieldsCommand(self.ctx, label.format(name=person.name), "registration", person.registration_id,
                                (key,), lambda: records.update("registration", person.registration_id, {key: value}))
        try:
            record = run(self.ctx, command)
        except MitakeError as exc:
            dialogs.error(self, exc.message)
            return None
        return replace(person, **{key: record[key]})

    def register_people(self) -> None:
        if self.busy():
            return
        assert self.event_id is not None
        chosen = dialogs.pick_records(self, self.ctx.services, "person", multi=True)
        if not chosen:
            return
        services = self.ctx.services
        registrations = services.events.registrations
        added = waitlisted = already = 0
        try:
            with services.transactions.begin(batch_kind="register", batch_label=self.event_id) as tx:
                for person_id in chosen:
                    existing = registrations.find(tx.conn, self.event_id, person_id)
                    if existing is not None and existing["status"] != "cancelled":
                        already += 1
                        continue
                    record = registrations.register(self.event_id, person_id, tx=tx)
                    added += 1
                    waitlisted += record["status"] == "waitlisted"
                batch_id = tx.batch_id
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return
        if added and batch_id:
            push(self.ctx, BatchCommand(self.ctx, self.tr("Register {n} people").format(n=added), batch_id,
                                        ("registration",)))
        actions.show_status(self.ctx, self.tr("{added} registered ({waitlisted} on the waitlist); {already} were "
                                              "registered already.").format(added=added, waitlisted=waitlisted,
                                                                            already=already))

    def cancel_selected(self) -> None:
        chosen = [p for p in self.selected() if p.status != "cancelled"]
        if self.busy() or not chosen:
            return
        registrations = self.ctx.services.events.registrations
        promoted: list[str] = []
        for person in chosen:
            try:
                result = registrations.cancel(person.registration_id)
            except MitakeError as exc:
                dialogs.show_error(self, exc)
                break
            batch_id = latest_batch(self.ctx, "cancel_registration", person.registration_id)
            if batch_id:
                push(self.ctx, BatchCommand(self.ctx, self.tr("Cancel {name}").format(name=person.name), batch_id,
                                            ("registration",)))
            promoted += [r["person_id"] for r in result.promoted]
        names = self.ctx.services.records.titles("person", promoted)
        text = self.tr("Cancelled {n}.").format(n=len(chosen))
        if promoted:
            text += " " + self.tr("From the waitlist: {names}.").format(names="、".join(names.get(p, "") for p in promoted))
        actions.show_status(self.ctx, text)



class SchedulePanel(_EventPanel):
    """The meetings of a 商談会: propose a schedule, move (time, table), swap, remove, record outcomes."""

    watched = ("matching_meeting", "registration", "person", "event", "it_tool")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("Propose schedule…"), self)
        self.propose_button.setToolTip(self.tr("Pair firms and IT providers by their declared interests, in free "
                                               "slots and tables"))
        self.propose_button.clicked.connect(self.propose)
        self.swap_button = QPushButton(self.tr("Swap two"), self)
        self.swap_button.setToolTip(self.tr("Exchange the time and table of the two selected meetings"))
        self.swap_button.clicked.connect(self.swap_selected)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.tool_button = QPushButton(self.tr("IT tool…"), self)
        self.tool_button.setToolTip(self.tr("The IT tool the selected meeting was about"))
        self.tool_button.clicked.connect(self.choose_tool)
        self.follow_ups_button = QPushButton(self.tr("Follow-ups from outcomes"), self)
        self.follow_ups_button.setToolTip(self.tr("A follow-up for each firm whose meeting ended in a follow-up or a "
                                                  "trial"))
        self.follow_ups_button.clicked.connect(self.follow_ups_from_outcomes)
        self.case_button = QPushButton(self.tr("Draft case study"), self)
        self.case_button.setToolTip(self.tr("Start a case study from a meeting that ended in an adoption"))
        self.case_button.clicked.connect(self.draft_case_study)
        self.model = MeetingScheduleModel(self)
        self.model.on_edit = self._edit
        widths = (110, 60, 200, 200, 100)
        self.view = _table(self, self.tr("Meetings"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        _set_widths(self.view, widths)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        hint = QLabel(self.tr("Double-click a time, table or outcome to change it. Nobody and no table is "
                              "ever booked twice at the same time."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666")
        buttons = FlowLayout()
        for b in (self.propose_button, self.swap_button, self.remove_button, self.tool_button,
                  self.follow_ups_button, self.case_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self._update_buttons()

    def refresh(self) -> None:
        matching = self.ctx.services.events.matching
        event = self._event()
        if event is None:
            self.model.set_rows([])
            self.summary.setText("")
            self._update_buttons()
            return
        assert self.event_id is not None
        meetings = matching.meetings(self.event_id)
        clashes = matching.double_bookings(self.event_id)
        self.model.slots = [(s.start, s.end) for s in matching.slots_for(event)]
        self.model.clashing = {i for c in clashes for i in c.meeting_ids}
        self.model.set_rows(meetings)
        tables = {m.table_no for m in meetings if m.table_no}
        text = self.tr("{n} meetings in {slots} time slots at {tables} tables").format(
            n=len(meetings), slots=len({m.slot_start for m in meetings}), tables=len(tables))
        outcomes: dict[str, int] = {}
        for m in meetings:
            outcomes[m.outcome] = outcomes.get(m.outcome, 0) + 1
        if meetings:
            text += "\n" + "　".join(f"{reference.label('meeting_outcome', c.key)} {outcomes[c.key]}"
                                    for c in reference.choices("meeting_outcome") if c.key in outcomes)
        if clashes:
            text += "\n" + self.tr("{n} double bookings arrived from another computer: move one meeting of each "
                                   "(marked red).").format(n=len(clashes))
        self.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        has_event = self.event_id is not None
        self.propose_button.setEnabled(has_event)
        self.follow_ups_button.setEnabled(has_event and bool(self.model.rowCount()))
        self.swap_button.setEnabled(len(chosen) == 2)
        self.remove_button.setEnabled(bool(chosen))
        self.tool_button.setEnabled(len(chosen) == 1)
        self.case_button.setEnabled(len(chosen) == 1 and chosen[0].outcome == "adoption")

    def selected(self) -> list[MeetingRow]:
        return _selected(self.view, self.model)

    # -- editing in place --------------------------------------------------------------------------

    def _edit(self, meeting: MeetingRow, key: str, value: Any) -> MeetingRow | None:
        matching = self.ctx.services.events.matching
        who = f"{meeting.firm_name} × {meeting.provider_name}"
        if key in ("slot_start", "table_no"):
            def operation() -> dict[str, Any]:
                if key == "slot_start":
                    return matching.move(meeting.id, slot_start=str(value))
                return matching.move(meeting.id, table_no=str(value or "").strip())

            command = FieldsCommand(self.ctx, self.tr("Move meeting {who}").format(who=who), "matching_meeting",
                                    meeting.id, ("slot_start", "slot_end", "table_no"), operation)
        elif key == "outcome":
            tool = meeting.it_tool_id
            if value in OUTCOMES_NEEDING_TOOL and not tool:
                picked = dialogs.pick_records(self, self.ctx.services, "it_tool")
                if not picked:
                    return None
                tool = picked[0]
            command = FieldsCommand(
                self.ctx, self.tr("Outcome of {who}").format(who=who), "matching_meeting", meeting.id,
                ("outcome", "it_tool_id"), lambda: matching.record_outcome(meeting.id, str(value), it_tool_id=tool))
        else:
            return None
        try:
            record = run(self.ctx, command)
        except MitakeError as exc:  # a double-booking: the service says who is busy when
            dialogs.error(self, exc.message)
            return None
        tool_name = self.ctx.services.records.titles("it_tool", [record["it_tool_id"]]).get(
            record["it_tool_id"] or "", "") if record["it_tool_id"] else ""
        return replace(meeting, slot_start=record["slot_start"], slot_end=record["slot_end"],
                       table_no=record["table_no"] or "", outcome=record["outcome"], it_tool_id=record["it_tool_id"],
                       it_tool_name=tool_name)

    def move_meeting(self, row: int, *, slot_start: str | None = None, table_no: str | None = None) -> bool:
        """Move the meeting in ``row`` (what editing its cell does); False when refused."""
        if slot_start is not None and not self.model.setData(
                self.model.index(row, self.model.column_of("slot_start")), slot_start):
            return False
        if table_no is not None:
            return self.model.setData(self.model.index(row, self.model.column_of("table_no")), table_no)
        return True

    # -- actions -----------------------------------------------------------------------------------

    def propose(self) -> None:
        if self.busy():
            return
        assert self.event_id is not None
        matching = self.ctx.services.events.matching
        try:
            plan = matching.propose(self.event_id)
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return
        if not plan.meetings:
            dialogs.information(self, self.tr(
                "No new meetings to propose: firms and IT providers with shared interests already meet, or "
                "nobody declared interests. ({n} firms have no meeting.)").format(n=len(plan.unmatched_firms)))
            return
        text = self.tr("Add {n} proposed meetings in {slots} time slots at {tables} tables?").format(
            n=len(plan.meetings), slots=len({m.slot_start for m in plan.meetings}),
            tables=len({m.table_no for m in plan.meetings}))
        if plan.unmatched_firms:
            text += "\n" + self.tr("{n} firms share no interest with any IT provider and stay without a "
                                   "meeting.").format(n=len(plan.unmatched_firms))
        if not dialogs.confirm(self, text, ok_text=self.tr("Add meetings")):
            return
        try:
            created = matching.apply(plan)
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return
        batch_id = latest_batch(self.ctx, "matching_plan", self.event_id)
        if created and batch_id:
            push(self.ctx, BatchCommand(self.ctx, self.tr("Propose {n} meetings").format(n=len(created)), batch_id,
                                        ("matching_meeting",)))

    def swap_selected(self) -> None:
        chosen = self.selected()
        if self.ctx.tasks.busy or len(chosen) != 2:
            return
        a, b = chosen
        command = SwapMeetingsCommand(self.ctx, self.tr("Swap meetings"), a.id, b.id)
        try:
            run(self.ctx, command)
        except MitakeError as exc:
            dialogs.error(self, exc.message)

    def remove_selected(self) -> None:
        from mitake_desktop.gui import commands

        chosen = self.selected()
        if self.ctx.tasks.busy or not chosen:
            return
        question = self.tr("Remove {n} meetings from the schedule?\nYou can undo this with Ctrl+Z.").format(
            n=len(chosen))
        if not dialogs.confirm(self, question, ok_text=self.tr("Remove")):
            return
        commands.run_macro(self.ctx, self.tr("Remove {n} meetings").format(n=len(chosen)), [
            commands.DeleteRecordCommand(self.ctx, "matching_meeting", m.id) for m in chosen])

    def choose_tool(self) -> None:
        chosen = self.selected()
        if self.ctx.tasks.busy or len(chosen) != 1:
            return
        meeting = chosen[0]
        picked = dialogs.pick_records(self, self.ctx.services, "it_tool")
        if not picked:
            return
        records = self.ctx.services.records
        command = FieldsCommand(self.ctx, self.tr("IT tool of {who}").format(who=meeting.firm_name),
                                "matching_meeting", meeting.id, ("it_tool_id",),
                                lambda: records.update("matching_meeting", meeting.id, {"it_tool_id": picked[0]}))
        try:
            run(self.ctx, command)
        except MitakeError as exc:
            dialogs.error(self, exc.message)

    def follow_ups_from_outcomes(self) -> None:
        if self.busy():
            return
        assert self.event_id is not None
        due = (clock.today() + timedelta(days=14)).isoformat()
        try:
            result = self.ctx.services.events.followups.create_from_meetings(self.event_id, due_on=due)
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return
        if result.created and result.batch_id:
            push(self.ctx, BatchCommand(self.ctx, self.tr("Follow-ups from meeting outcomes"), result.batch_id,
                                        ("follow_up",)))
        actions.show_status(self.ctx, self.tr("{n} follow-ups created ({skipped} already had one).").format(
            n=len(result.created), skipped=result.skipped))

    def draft_case_study(self) -> None:
        chosen = self.selected()
        if self.ctx.tasks.busy or len(chosen) != 1:
            return
        try:
            result = self.ctx.services.events.matching.draft_case_study(chosen[0].id)
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return
        case_id = str(result.case_study["id"])
        if result.created:
            push(self.ctx, CreatedRecordCommand(self.ctx, self.tr("Draft case study"), "case_study", case_id))
        self.ctx.open_record("case_study", case_id)


class OverdueFollowUpsPanel(_RefreshingPanel):
    """Follow-ups past their due date and not done, across all events (伴走型支援 that is slipping)."""

    watched = ("follow_up", "person", "event")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = _heading(self.tr("Overdue follow-ups"), self)
        self.count = QLabel(self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.clicked.connect(self.mark_done)
        self.model = FollowUpsModel(self)
        widths = (110, 100, 220, 110, 160, 100, 200)
        self.view = _table(self, self.tr("Overdue follow-ups"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _set_widths(self.view, widths)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        buttons = FlowLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def refresh(self) -> None:
        today = clock.today()
        rows = self.ctx.services.events.followups.overdue(today=today)
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} follow-ups are past their due date ({date}), most overdue first.").format(
            n=len(rows), date=formatting.format_date(today.isoformat())))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_ids()
        self.open_button.setEnabled(len(chosen) == 1)
        self.done_button.setEnabled(bool(chosen))

    def selected_ids(self) -> list[str]:
        return [r.id for r in _selected(self.view, self.model)]

    def open_selected(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 1:
            self.ctx.open_record("follow_up", chosen[0])

    def mark_done(self) -> None:
        from mitake_desktop.gui import commands

        chosen = self.selected_ids()
        if not chosen or self.ctx.tasks.busy:
            return
        commands.run_macro(self.ctx, self.tr("Mark {n} follow-ups done").format(n=len(chosen)), [
            commands.EditRecordCommand(self.ctx, "follow_up", i, {"status": "done"}) for i in chosen])
