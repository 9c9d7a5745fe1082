"""Event actions shared by the Events page and the check-in desk: finish, follow-ups, exports.

Each asks what it must through :mod:`mitake_desktop.gui.dialogs`, calls one service, and puts an
undoable command on the window's stack. Exports run on the worker (one writer at a time) behind a
progress dialog and report where the file went in the status bar.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mitake_desktop.core.errors import MitakeError, ValidationError
from mitake_desktop.core.schema import spec
from mitake_desktop.gui import clock, dialogs
from mitake_desktop.gui.events.commands import BatchCommand, push
from mitake_desktop.gui.fields import ChoiceField, DateField, RefField

if TYPE_CHECKING:
    from mitake_desktop.gui.context import AppContext

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def show_status(ctx: AppContext, text: str, msecs: int = 8000) -> None:
    """A short note in the window's status bar (where a file went, what a bulk action did)."""
    bar = getattr(ctx.window, "statusBar", None)
    if bar is not None:
        bar().showMessage(text, msecs)


def safe_file_name(text: str) -> str:
    """A file name Windows accepts, from an event title."""
    return _UNSAFE.sub("_", text).strip("._")[:60] or "event"


def finish_event(ctx: AppContext, parent: QWidget, event_id: str) -> int | None:
    """Ask, then mark the event held and the not-checked-in as no-shows (one undo step).

    Returns the number of no-shows, or None when the user said no (or it was refused).
    """
    services = ctx.services
    event = services.records.get("event", event_id)
    try:  # refused before asking: an event whose day has not come cannot be finished
        services.events.followups.check_finishable(event, today=clock.today())
    except MitakeError as exc:
        dialogs.show_error(parent, exc)
        return None
    waiting = services.events.registrations.counts(event_id).waiting
    question = QCoreApplication.translate(
        "EventActions", "Finish “{title}”?\nThe {n} people registered but not checked in will be marked as "
        "no-shows and the event as held. You can undo this with Ctrl+Z.").format(title=event["title"], n=waiting)
    if not dialogs.confirm(parent, question, ok_text=QCoreApplication.translate("EventActions", "Finish event")):
        return None
    try:
        result = services.events.followups.finish_event(event_id, today=clock.today())
    except MitakeError as exc:
        dialogs.show_error(parent, exc)
        return None
    assert result.batch_id is not None
    push(ctx, BatchCommand(ctx, QCoreApplication.translate("EventActions", "Finish {title}").format(
        title=event["title"]), result.batch_id, ("registration", "event")))
    show_status(ctx, QCoreApplication.translate("EventActions", "Event finished: {n} no-shows recorded.").format(
        n=result.no_shows))
    return result.no_shows


class FollowUpsDialog(QDialog):
    """What the follow-ups created for an event's attendees say: subject, owner, due date, topic."""

    def __init__(self, ctx: AppContext, event: dict[str, Any], attendees: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fu = spec("follow_up")
        self.setWindowTitle(self.tr("Follow-ups for attendees"))
        intro = QLabel(self.tr("A follow-up task for each of the {n} people who attended “{event}” "
                               "(people who already have one from this event are skipped).").format(
            n=attendees, event=event["title"]), self)
        intro.setWordWrap(True)
        self.subject = QLineEdit(self.tr("Follow-up after {event}").format(event=event["title"]), self)
        self.subject.setAccessibleName(str(fu.field("title").label))
        self.owner = RefField(fu.field("owner_id"), ctx.services, self)
        self.due = DateField(fu.field("due_on"), self)
        self.due.set_value((clock.today() + timedelta(days=14)).isoformat())
        self.topic = ChoiceField(fu.field("topic"), self)
        topics = event.get("topics") or []
        self.topic.set_value(topics[0] if topics else None)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(str(fu.field("title").label), self.subject)
        form.addRow(str(fu.field("owner_id").label), self.owner)
        form.addRow(str(fu.field("due_on").label), self.due)
        form.addRow(str(fu.field("topic").label), self.topic)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create follow-ups"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 260)

    def show_problem(self, text: str | None = None) -> None:
        """Say what stops the follow-ups (an empty subject by default) and keep the dialog open."""
        self.problem.setText(text or self.tr("Give the follow-ups a subject."))
        self.problem.show()

    def values(self) -> dict[str, Any]:
        return {"title": self.subject.text().strip(), "owner_id": self.owner.value(), "due_on": self.due.value(),
                "topic": self.topic.value()}


def create_follow_ups(ctx: AppContext, parent: QWidget, event_id: str) -> int | None:
    """A follow-up for every attendee of the event, as one undo step; returns how many were made."""
    services = ctx.services
    event = services.records.get("event", event_id)
    counts = services.events.registrations.counts(event_id)
    if not counts.present:
        dialogs.information(parent, QCoreApplication.translate(
            "EventActions", "Nobody is checked in for this event yet: follow-ups are made for attendees."))
        return None
    dialog = FollowUpsDialog(ctx, event, counts.present, parent)
    try:
        while dialogs.exec_dialog(dialog):
            values = dialog.values()
            if not values["title"]:
                dialog.show_problem()
                continue
            try:
                result = services.events.followups.create_for_attendees(event_id, **values)
            except ValidationError as exc:
                dialog.show_problem(exc.message)
                continue
            except MitakeError as exc:
                dialogs.show_error(parent, exc)
                return None
            if result.created and result.batch_id:
                push(ctx, BatchCommand(ctx, QCoreApplication.translate(
                    "EventActions", "Follow-ups for {title}").format(title=event["title"]), result.batch_id,
                    ("follow_up",)))
            show_status(ctx, QCoreApplication.translate(
                "EventActions", "{n} follow-ups created ({skipped} already had one).").format(
                n=len(result.created), skipped=result.skipped))
            return len(result.created)
        return None
    finally:
        dialog.deleteLater()


def _save_target(ctx: AppContext, parent: QWidget, event_id: str, suffix: str, title: str,
                 file_filter: str) -> Path | None:
    """Where to save a file about the event (suggested: its title and date), with ``suffix`` added if left out."""
    event = ctx.services.records.get("event", event_id)
    suggested = f"{safe_file_name(str(event['title']))}_{str(event['starts_at'])[:10]}{suffix}"
    target = dialogs.save_file(parent, title, suggested, file_filter)
    if target is not None and target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    return target


def export_report(ctx: AppContext, parent: QWidget, event_id: str) -> None:
    """The one-page event report as a PDF, written on the worker."""
    target = _save_target(ctx, parent, event_id, ".pdf",
                          QCoreApplication.translate("EventActions", "Export the event report"),
                          QCoreApplication.translate("EventActions", "PDF (*.pdf)"))
    if target is None:
        return
    services, today = ctx.services, clock.today()

    def work(_progress: Any, _cancelled: Any) -> Path:
        from mitake_desktop.rendering.event_report import render_event_report

        return render_event_report(services.events.report(event_id, today=today), target)

    ctx.tasks.start(work, parent=parent.window(), label=QCoreApplication.translate(
        "EventActions", "Writing the event report…"), cancellable=False, on_done=lambda path: show_status(
        ctx, QCoreApplication.translate("EventActions", "Saved {path}").format(path=path)))


def export_attendance(ctx: AppContext, parent: QWidget, event_id: str, *, include_all: bool = False) -> None:
    """The attendance list as CSV for Excel (UTF-8 with BOM), written on the worker."""
    target = _save_target(ctx, parent, event_id, ".csv",
                          QCoreApplication.translate("EventActions", "Export the attendance list"),
                          QCoreApplication.translate("EventActions", "CSV for Excel (*.csv)"))
    if target is None:
        return
    services = ctx.services

    def work(_progress: Any, _cancelled: Any) -> int:
        return services.events.write_attendance_csv(event_id, target, include_all=include_all)

    ctx.tasks.start(work, parent=parent.window(), label=QCoreApplication.translate(
        "EventActions", "Writing the attendance list…"), cancellable=False, on_done=lambda n: show_status(
        ctx, QCoreApplication.translate("EventActions", "Saved {path} ({n} people)").format(path=target, n=n)))
