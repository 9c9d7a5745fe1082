"""Event-day check-in: one screen in big type, run from the keyboard.

Type a few characters of a name, its kana reading or romaji; the best match is highlighted (↑/↓ move
it) and Enter checks that person in. A walk-in is typed on one line (name, reading, organisation) and
checked in at once. Every check-in is committed immediately and is one step on the window's undo
stack (Ctrl+Z, or the "undo" button beside the last check-in). Searches run in the memory of the
core's :class:`~mitake_desktop.core.events.checkin.CheckinSession` — no query per keystroke — so the
desk keeps up with thousands of registrations. The page opens on the next event; a picker chooses
another. "Finish event" marks everyone still only registered as a no-show (after asking).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core.errors import MitakeError, ValidationError
from mitake_desktop.gui import clock, dialogs, formatting
from mitake_desktop.gui.pages import Page, PageInfo, register_page

if TYPE_CHECKING:
    from mitake_desktop.core.events.checkin import CheckinSession
    from mitake_desktop.core.events.registrations import Participant
    from mitake_desktop.gui.context import AppContext

RESULTS = 50  # matches shown while typing (the best first)
RECENT_DAYS = 45  # past events still offered in the picker (to finish them, enter walk-ins late)
POLL_MS = 4000  # how often the desk looks for changes made elsewhere (a cheap counter read)
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f\s　]+")
# The event each database's desk showed, so a rebuilt page (switching the language) stays on it. Not
# kept across runs: a new day starts on the next event.
_shown: dict[str, str] = {}


def _scaled(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class SearchEdit(QLineEdit):
    """The search field: ↑/↓/PgUp/PgDn move the highlight in the results, Esc clears.

    Ctrl+Z and Ctrl+Shift+Z go to the window (undo the last check-in), not to the field's own undo
    of typed text: after a check-in the field is empty and "undo" means the check-in.
    """

    def __init__(self, results: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = results

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and (
                e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo)):
            e.ignore()  # not accepted: the window's shortcut fires
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
        if e.key() in steps and e.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._move(steps[Qt.Key(e.key())])
            return
        if e.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(e)

    def _move(self, step: int) -> None:
        model = self.results.model()
        n = model.rowCount()
        if not n:
            return
        current = self.results.currentIndex().row()
        row = max(0, min(n - 1, (current if current >= 0 else -1) + step))
        index = model.index(row, 0)
        self.results.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.results.scrollTo(index)


class Counter(QFrame):
    """A big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None, *, accent: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption_text = caption
        self.value = QLabel("0", self)
        self.value.setFont(_scaled(self, 2.6, bold=True))
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if accent:
            self.value.setStyleSheet("color: #1d7a2f")
        caption_label = QLabel(caption, self)
        caption_label.setFont(_scaled(self, 1.15))
        caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(caption_label)

    def set_text(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption_text}: {text}")


class CheckinPage(Page):
    """The check-in desk of one event (see the module notes)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from mitake_desktop.gui.events.models import CheckinResultsModel, fit_columns, vocabulary

        super().__init__(ctx, parent)
        self.session: CheckinSession | None = None
        self.event_id: str | None = None
        self._events: list[tuple[str, str, str]] = []  # (id, starts_at, title) offered by the picker
        self._finish_command: Any = None  # the undo step of the desk's last "Finish event"

        # The event: a picker of upcoming and recent events, another one from a searchable list.
        self.event_combo = QComboBox(self)
        self.event_combo.setAccessibleName(self.tr("Event"))
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(28)
        self.event_combo.activated.connect(self._combo_chosen)
        self.other_event = QPushButton(self.tr("Other event…"), self)
        self.other_event.setToolTip(self.tr("Choose any event from the list of events"))
        self.other_event.clicked.connect(self.choose_other_event)
        self.finish_button = QPushButton(self.tr("Finish event…"), self)
        self.finish_button.setToolTip(self.tr("Mark everyone not checked in as a no-show"))
        self.finish_button.clicked.connect(self.finish_event)
        self.title = QLabel(self)
        self.title.setFont(_scaled(self, 1.9, bold=True))
        self.title.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setFont(_scaled(self, 1.15))
        self.details.setWordWrap(True)

        self.attended = Counter(self.tr("Attended / registered"), self, accent=True)
        self.walk_ins = Counter(self.tr("Walk-ins"), self, accent=True)
        self.waiting = Counter(self.tr("Not yet arrived"), self)
        self.no_shows = Counter(self.tr("No-shows"), self)

        self.results_model = CheckinResultsModel(self)
        self.results = QTableView(self)
        self.results.setModel(self.results_model)
        self.results.setAccessibleName(self.tr("Participants found"))
        self.results.setFont(_scaled(self, 1.55))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the search field
        self.results.setWordWrap(False)
        self.results.verticalHeader().hide()
        vh = self.results.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(int(self.results.fontMetrics().height() * 1.6))
        hh = self.results.horizontalHeader()
        hh.setFont(_scaled(self, 1.1))
        # Status and time must always show: they size to their words, the organisation takes what is
        # left (and elides, its tooltip gives it whole), name and reading get room for a long name.
        hh.setStretchLastSection(False)
        em = self.results.fontMetrics().horizontalAdvance("あ")
        for key, chars in (("name", 8), ("reading", 9)):
            self.results.setColumnWidth(self.results_model.column_of(key), em * chars)
        fit_columns(self.results, self.results_model, {"status": vocabulary("registration_status"),
                                                       "checked_in_at": ["88:88"]})
        hh.setSectionResizeMode(self.results_model.column_of("organisation"), QHeaderView.ResizeMode.Stretch)
        for key in ("status", "checked_in_at"):
            hh.setSectionResizeMode(self.results_model.column_of(key), QHeaderView.ResizeMode.Fixed)
        self.results.doubleClicked.connect(lambda index: self.check_in_row(index.row()))

        self.search = SearchEdit(self.results, self)
        self.search.setFont(_scaled(self, 2.2))
        self.search.setPlaceholderText(self.tr("Name, reading or romaji — Enter checks in"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self.check_in_current)

        self.feedback = QLabel(self)
        self.feedback.setFont(_scaled(self, 1.35, bold=True))
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Last action"))
        self.feedback.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.undo_button = QPushButton(self.tr("Undo last check-in"), self)
        self.undo_button.setFont(_scaled(self, 1.15))
        self.undo_button.setToolTip(self.tr("Take back the last check-in or walk-in (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_last)

        self.walk_name = QLineEdit(self)
        self.walk_reading = QLineEdit(self)
        self.walk_org = QLineEdit(self)
        self.walk_contact = QLineEdit(self)  # finds someone already known instead of adding them twice
        for edit, text, name in ((self.walk_name, self.tr("Name"), self.tr("Walk-in name")),
                                 (self.walk_reading, self.tr("Reading (optional)"), self.tr("Walk-in reading")),
                                 (self.walk_org, self.tr("Organisation (optional)"),
                                  self.tr("Walk-in organisation")),
                                 (self.walk_contact, self.tr("Phone or e-mail (optional)"),
                                  self.tr("Walk-in phone or e-mail"))):
            edit.setPlaceholderText(text)
            edit.setAccessibleName(name)
            edit.setFont(_scaled(self, 1.35))
            edit.returnPressed.connect(self.add_walk_in)
        self.walk_button = QPushButton(self.tr("Add walk-in"), self)
        self.walk_button.setFont(_scaled(self, 1.15))
        self.walk_button.clicked.connect(self.add_walk_in)

        top = QHBoxLayout()
        top.addWidget(self.event_combo, 1)
        top.addWidget(self.other_event)
        top.addWidget(self.finish_button)
        counters = QGridLayout()
        for i, c in enumerate((self.attended, self.walk_ins, self.waiting, self.no_shows)):
            counters.addWidget(c, 0, i)
            counters.setColumnStretch(i, 2 if i == 0 else 1)
        feedback_row = QHBoxLayout()
        feedback_row.addWidget(self.feedback, 1)
        feedback_row.addWidget(self.undo_button)
        walk_label = QLabel(self.tr("Walk-in:"), self)
        walk_label.setFont(_scaled(self, 1.25, bold=True))
        walk = QHBoxLayout()
        walk.addWidget(walk_label)
        walk.addWidget(self.walk_name, 3)
        walk.addWidget(self.walk_reading, 3)
        walk.addWidget(self.walk_org, 3)
        walk.addWidget(self.walk_contact, 3)
        walk.addWidget(self.walk_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(counters)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(feedback_row)
        layout.addLayout(walk)
        self.setTabOrder(self.search, self.walk_name)
        self.setTabOrder(self.walk_name, self.walk_reading)
        self.setTabOrder(self.walk_reading, self.walk_org)
        self.setTabOrder(self.walk_org, self.walk_contact)
        self.setTabOrder(self.walk_contact, self.walk_button)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh_if_changed)
        ctx.bus.changed.connect(self._data_changed)
        ctx.bus.reset.connect(self._reset)
        self._undo_index = ctx.undo.index()  # where the stack stood: tells an undo from a redo
        ctx.undo.indexChanged.connect(self._undo_moved)
        self._update_undo_button()
        self._show_feedback("", "")

    # -- the event ---------------------------------------------------------------------------------

    def activated(self) -> None:
        self._fill_event_combo()
        if self.event_id is None:
            shown = _shown.get(self.ctx.services.db.location)
            self.set_event(shown if shown is not None and self._exists(shown) else self.default_event_id())
        else:
            self.refresh_if_changed()
        self._poll.start()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, e: Any) -> None:
        self._poll.stop()
        super().hideEvent(e)

    def _exists(self, event_id: str) -> bool:
        try:
            self.ctx.services.records.get("event", event_id)
        except MitakeError:
            return False
        return True

    def default_event_id(self) -> str | None:
        """The next event not yet over; with none ahead, the one that started last."""
        upcoming = self.ctx.services.events.next_event(now=clock.now())
        if upcoming is not None:
            return upcoming.id
        started = self._started_events(limit=1)
        return str(started[0]["id"]) if started else None

    def _started_events(self, *, since: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Events that have started (newest first), read without counting anybody's registrations."""
        from mitake_desktop.core.services import Filter

        filters = [Filter("starts_at", "<=", clock.now().isoformat(timespec="seconds")),
                   Filter("status", "!=", "cancelled")]
        if since is not None:
            filters.append(Filter("starts_at", ">=", since))
        return self.ctx.services.records.list("event", filters, order="starts_at", descending=True, limit=limit)

    def _fill_event_combo(self) -> None:
        now = clock.now()
        upcoming = self.ctx.services.events.list(upcoming=True, now=now)  # counts only for these few
        ids = {e.id for e in upcoming}
        since = (now - timedelta(days=RECENT_DAYS)).isoformat(timespec="seconds")
        recent = [(str(e["id"]), str(e["starts_at"]), str(e["title"])) for e in self._started_events(since=since)
                  if e["id"] not in ids]
        self._events = recent[::-1] + [(e.id, e.starts_at, e.title) for e in upcoming]  # as a calendar reads
        if self.event_id and self.event_id not in {i for i, _s, _t in self._events} and self._exists(self.event_id):
            e = self.ctx.services.records.get("event", self.event_id)
            self._events.append((self.event_id, str(e["starts_at"]), str(e["title"])))
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event_id, starts_at, title in self._events:
            self.event_combo.addItem(f"{formatting.format_datetime(starts_at)}  {title}", event_id)
        self.event_combo.blockSignals(False)
        self._select_in_combo()

    def _select_in_combo(self) -> None:
        i = self.event_combo.findData(self.event_id) if self.event_id else -1
        self.event_combo.setCurrentIndex(i)

    def _combo_chosen(self, index: int) -> None:
        event_id = self.event_combo.itemData(index)
        if event_id and event_id != self.event_id:
            self.set_event(str(event_id))

    def choose_other_event(self) -> None:
        chosen = dialogs.pick_records(self, self.ctx.services, "event")
        if chosen:
            self.set_event(chosen[0])

    def current_event_id(self) -> str | None:
        """The event File → Import participants adds registrations to."""
        return self.event_id

    def set_event(self, event_id: str | None) -> None:
        """Open the desk of ``event_id`` (loads its participants once)."""
        self.event_id = event_id
        self.session = None
        if event_id is not None:
            try:
                self.session = self.ctx.services.events.checkin(event_id)
            except MitakeError as exc:  # deleted meanwhile
                dialogs.show_error(self, exc)
                self.event_id = None
        if self.event_id and self.event_combo.findData(self.event_id) < 0:
            self._fill_event_combo()
        self._select_in_combo()
        if self.event_id:
            _shown[self.ctx.services.db.location] = self.event_id
        enabled = self.session is not None
        for w in (self.search, self.walk_name, self.walk_reading, self.walk_org, self.walk_button,
                  self.finish_button, self.results):
            w.setEnabled(enabled)
        self._show_feedback("", "")
        self.search.clear()
        self._show_event()
        self.run_search()
        self._update_undo_button()

    def _show_event(self) -> None:
        if self.session is None:
            self.title.setText(self.tr("No event to check in"))
            self.details.setText(self.tr("Create an event on the Events page, or choose one with “Other event…”."))
            self._show_counts()
            return
        from mitake_desktop.core import reference

        e = self.session.event
        when = formatting.format_datetime(e["starts_at"])
        if e.get("ends_at"):
            when += "–" + str(e["ends_at"])[11:16]
        parts = [when, reference.label("event_kind", e["kind"])]
        if e.get("venue"):
            parts.append(str(e["venue"]))
        if e.get("capacity") is not None:
            parts.append(self.tr("capacity {n}").format(n=e["capacity"]))
        if e.get("status") != "planned":
            parts.append(reference.label("event_status", e["status"]))
        self.title.setText(str(e["title"]))
        self.details.setText("　·　".join(parts))
        finished = e.get("status") == "held"
        self.finish_button.setEnabled(not finished)
        self.finish_button.setToolTip(self.tr("This event has already been finished.") if finished
                                      else self.tr("Mark everyone not checked in as a no-show"))
        self._show_counts()

    def _show_counts(self) -> None:
        if self.session is None:
            for c in (self.attended, self.walk_ins, self.waiting, self.no_shows):
                c.set_text("–")
            return
        n = self.session.counters()
        self.attended.set_text(f"{n.attended} / {n.registered}")
        self.walk_ins.set_text(str(n.walk_ins))
        self.waiting.set_text(str(n.waiting))
        self.no_shows.set_text(str(n.no_shows))

    # -- searching ---------------------------------------------------------------------------------

    def run_search(self, _text: str = "") -> None:
        """Show the best matches for what is typed (everyone, in kana order, when nothing is)."""
        if self.session is None:
            self.results_model.set_rows([])
            return
        query = self.search.text().strip()
        people = self.session.search(query, limit=RESULTS) if query else self.session.participants()
        self.results_model.set_rows(people)
        if people:
            self._highlight(0)

    def _highlight(self, row: int) -> None:
        index = self.results_model.index(row, 0)
        self.results.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.results.scrollTo(index)

    def highlighted(self) -> Participant | None:
        return self.results_model.row_at(self.results.currentIndex().row())

    # -- checking in -------------------------------------------------------------------------------

    def check_in_current(self) -> None:
        """Enter: check in the highlighted person (nothing when the search is empty)."""
        if not self.search.text().strip():
            return
        row = self.results.currentIndex().row()
        if row < 0:
            self._show_feedback(self.tr("Nobody found. Add them as a walk-in below."), "warn")
            typed = self.search.text().strip()
            # What was typed starts the walk-in line: kana is a reading, anything else a name.
            (self.walk_reading if _KANA.fullmatch(typed) else self.walk_name).setText(typed)
            return
        self.check_in_row(row)

    def check_in_row(self, row: int) -> None:
        from mitake_desktop.core.events.common import PRESENT_STATUSES
        from mitake_desktop.gui.events.commands import CheckInCommand, push

        person = self.results_model.row_at(row)
        if person is None or self.session is None:
            return
        if self.ctx.tasks.busy:
            return  # one writer at a time
        if person.status in PRESENT_STATUSES:
            self._show_feedback(self.tr("{name} is already checked in ({time}).").format(
                name=person.name, time=(person.checked_in_at or "")[11:16]), "warn")
            self.search.selectAll()
            return
        command = CheckInCommand(self.ctx, self.tr("Check in {name}").format(name=person.name), self.session,
                                 person.registration_id)
        try:
            done = command.first()
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return
        push(self.ctx, command)
        self._say_checked_in(done, person.status)
        self.search.clear()
        self._show_counts()

    def _say_checked_in(self, done: Participant, previous: str | None) -> None:
        """The feedback line after a check-in: who, what they were, and a seat taken beyond the capacity."""
        from mitake_desktop.core.events.common import SEAT_STATUSES

        time = (done.checked_in_at or "")[11:16]
        if previous is None:  # a new registration made at the desk
            text = self.tr("✓ {name} added as a walk-in and checked in ({time}).")
        elif previous == "waitlisted":
            text = self.tr("✓ {name} was on the waitlist: checked in ({time}).")
        elif previous == "cancelled":
            text = self.tr("✓ {name} had cancelled: checked in ({time}).")
        else:
            text = self.tr("✓ {name} checked in ({time}).")
        text = text.format(name=done.name, time=time)
        over = 0
        if previous is not None and previous not in SEAT_STATUSES and self.session is not None:
            over = self.session.over_capacity()  # this check-in took a seat nobody had booked
        if over:
            text += " " + self.tr("The event is now over capacity by {n}.").format(n=over)
        self._show_feedback(text, "warn" if over else "ok")

    def add_walk_in(self) -> None:
        from mitake_desktop.gui.events.commands import WalkInCommand, push

        if self.session is None or self.ctx.tasks.busy:
            return
        name = self.walk_name.text().strip()
        if not name:
            self._show_feedback(self.tr("Type the walk-in's name first."), "warn")
            self.walk_name.setFocus()
            return
        command = WalkInCommand(self.ctx, self.tr("Walk-in {name}").format(name=name), self.session, name,
                                self.walk_reading.text().strip() or None, self.walk_org.text().strip() or None,
                                self.walk_contact.text().strip() or None)
        try:
            done = command.first()
        except ValidationError as exc:
            self._show_feedback(exc.message, "error")
            return
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return
        for edit in (self.walk_name, self.walk_reading, self.walk_org, self.walk_contact):
            edit.clear()
        if command.previous_status in ("attended", "walk_in"):  # nothing was done: no undo step
            self._show_feedback(self.tr("{name} is already checked in ({time}).").format(
                name=done.name, time=(done.checked_in_at or "")[11:16]), "warn")
            self.search.setFocus()
            return
        if command.previous_status is not None:
            # Typed in as a walk-in, but on the list already: it was that registration's check-in.
            command.setText(self.tr("Check in {name}").format(name=done.name))
        push(self.ctx, command)
        if command.previous_status == "registered":
            self._show_feedback(self.tr("✓ {name} was already registered: checked in ({time}).").format(
                name=done.name, time=(done.checked_in_at or "")[11:16]), "ok")
        else:
            self._say_checked_in(done, command.previous_status)
        self.search.clear()
        self.run_search()  # the list shows the new status even when the search was empty already
        self.search.setFocus()
        self._show_counts()

    def _last_checkin_command(self) -> Any:
        from mitake_desktop.gui.events.commands import CheckInCommand, WalkInCommand

        stack = self.ctx.undo
        command = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(command, (CheckInCommand, WalkInCommand)) and command.event_id == self.event_id:
            return command
        return None

    def _update_undo_button(self, _index: int = 0) -> None:
        if not shiboken6.isValid(self.ctx.undo):  # the window is closing: its stack goes first
            return
        command = self._last_checkin_command()
        self.undo_button.setEnabled(command is not None and not self.ctx.tasks.busy)
        self.undo_button.setText(self.tr("Undo: {what}").format(what=command.text()) if command is not None
                                 else self.tr("Undo last check-in"))

    def undo_last(self) -> None:
        """Take back the last check-in or walk-in (the top of the window's undo stack)."""
        if self._last_checkin_command() is None:
            return
        self.ctx.undo.undo()  # _undo_moved says so on the feedback line
        self.search.setFocus()

    def _undo_moved(self, index: int) -> None:
        """The window's undo stack moved (Ctrl+Z, Ctrl+Shift+Z, the button, a push).

        The feedback line must not keep saying "✓ … checked in" once that check-in is undone, whichever
        way the undo came: a desk check-in, walk-in or finish of this event undone or redone is said so.
        """
        if not shiboken6.isValid(self.ctx.undo):  # the window is closing: its stack goes first
            return
        before, self._undo_index = self._undo_index, index
        self._update_undo_button()
        stack = self.ctx.undo
        if index < before:  # undone: the commands from index to before - 1 (the first was undone last)
            moved = [stack.command(i) for i in range(index, before)]
            template, kind = self.tr("Undone: {what}"), "warn"
        elif index == before + 1:  # one redo, or a push: the desk then says what it did, just after this
            moved = [stack.command(before)]
            template, kind = self.tr("Redone: {what}"), "ok"
        else:  # the stack was cleared or several steps redone at once (no command of the desk does that)
            return
        ours = [c for c in moved if c is not None and self._is_ours(c)]
        if ours:
            self._show_feedback(template.format(what=ours[0].text()), kind)

    def _is_ours(self, command: Any) -> bool:
        """Whether ``command`` is a check-in, walk-in or finish of the event the desk shows."""
        from mitake_desktop.gui.events.commands import BatchCommand, CheckInCommand, WalkInCommand

        if isinstance(command, (CheckInCommand, WalkInCommand)):
            return bool(command.event_id == self.event_id)
        return isinstance(command, BatchCommand) and command is self._finish_command

    # -- finishing ---------------------------------------------------------------------------------

    def finish_event(self) -> None:
        from mitake_desktop.gui.events.actions import finish_event

        if self.session is None or self.event_id is None or self.ctx.tasks.busy:
            return
        no_shows = finish_event(self.ctx, self, self.event_id)
        if no_shows is None:
            return
        self._finish_command = self.ctx.undo.command(self.ctx.undo.index() - 1)
        self.refresh_if_changed()
        self._show_feedback(self.tr("Event finished: {n} no-shows recorded.").format(n=no_shows), "ok")

    # -- keeping up with changes ---------------------------------------------------------------------

    def refresh_if_changed(self) -> None:
        """Reload when something was written elsewhere (another page, window or process)."""
        if self.session is None:
            return
        try:
            changed = self.session.refresh_if_changed()
        except MitakeError:  # the event was deleted meanwhile
            self.set_event(self.default_event_id())
            return
        if changed:
            self._show_event()
            self._rerun_keeping_highlight()

    def _rerun_keeping_highlight(self) -> None:
        current = self.highlighted()
        self.run_search()
        if current is not None:
            for i, p in enumerate(self.results_model.rows()):
                if p.registration_id == current.registration_id:
                    self._highlight(i)
                    break

    def _data_changed(self, type_name: str, _ids: list[str]) -> None:
        if type_name in ("registration", "person", "organisation", "event") and self.session is not None:
            if not self.isVisible():
                return  # activated() catches up when the page is shown again
            # The desk's own writes are known to the session already; this reloads only when needed.
            self.refresh_if_changed()
            self._show_counts()
            self._rerun_keeping_highlight()

    def _reset(self) -> None:
        self._fill_event_combo()
        self.set_event(self.event_id if self.event_id and self._exists(self.event_id) else self.default_event_id())

    def _show_feedback(self, text: str, kind: str) -> None:
        colours = {"ok": "#1d7a2f", "warn": "#9a6700", "error": "#b3261e"}
        self.feedback.setStyleSheet(f"color: {colours[kind]}" if kind in colours else "")
        self.feedback.setText(text)

    # -- page interface ---------------------------------------------------------------------------

    def prepare_screenshot(self) -> None:
        if self.results_model.rowCount():
            self._highlight(0)


def register() -> None:
    register_page(PageInfo("checkin", lambda: QCoreApplication.translate("Pages", "Event-day check-in"), CheckinPage,
                           order=55, types=(), shortcut="Ctrl+Shift+C"))

