"""Undoable event operations for the window's QUndoStack: check-ins, walk-ins, batches, meeting edits.

Like :mod:`mitake_desktop.gui.commands`, each command has done its work before it is pushed (so a
refusal reaches the user and nothing is pushed); ``redo`` skips the call ``QUndoStack.push`` makes.

Operations the services write as one *batch* (an import, finishing an event, follow-ups in bulk, a
proposed 商談会 schedule, a cancellation with its promotions) are undone with
``services.history.undo_batch``. Redo undoes that undo: ``undo_batch`` of the undo batch restores
what it deleted and puts back what it reverted, with the same ids, so a redo is exact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy import select

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.storage.tables import batch
from mitake_desktop.gui import dialogs
from mitake_desktop.gui.commands import undo_batch_for

if TYPE_CHECKING:
    from mitake_desktop.core.events.checkin import CheckinSession
    from mitake_desktop.core.events.registrations import Participant
    from mitake_desktop.gui.context import AppContext


class _Command(QUndoCommand):
    """Shared behaviour: skip the first redo, show errors as sentences, tell views what changed."""

    def __init__(self, ctx: AppContext, text: str, types: Sequence[str]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.types = tuple(types)
        self._pushed = False

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def changed_ids(self) -> list[str]:
        return []

    def _guarded(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except MitakeError as exc:  # something changed since (another window, a bundle): say so, go on
            dialogs.show_error(self.ctx.window, exc)
        finally:
            for t in self.types:
                self.ctx.bus.notify(t, self.changed_ids())

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.revert)


def push(ctx: AppContext, command: _Command) -> None:
    """Put a command whose work is already done on the undo stack and tell the views."""
    for t in command.types:
        ctx.bus.notify(t, command.changed_ids())
    ctx.undo.push(command)


def latest_batch(ctx: AppContext, kind: str, label: str) -> str | None:
    """The newest batch of ``kind`` labelled ``label`` (for services that do not return their batch id)."""
    with ctx.services.db.read() as conn:
        found = conn.execute(select(batch.c.id).where(batch.c.kind == kind, batch.c.label == label)
                             .order_by(batch.c.id.desc()).limit(1)).scalar()
    return None if found is None else str(found)


class BatchCommand(_Command):
    """A batch the services already wrote (import, finish, follow-ups, schedule, cancellation)."""

    def __init__(self, ctx: AppContext, text: str, batch_id: str, types: Sequence[str]) -> None:
        super().__init__(ctx, text, types)
        self.batch_id = batch_id  # the batch whose changes are in effect
        self._undone_by: str | None = None

    def revert(self) -> None:
        history = self.ctx.services.history
        history.undo_batch(self.batch_id)
        self._undone_by = undo_batch_for(self.ctx, self.batch_id)

    def do(self) -> None:
        assert self._undone_by is not None
        self.ctx.services.history.undo_batch(self._undone_by)
        self.batch_id = undo_batch_for(self.ctx, self._undone_by)
        self._undone_by = None


class CheckInCommand(_Command):
    """One check-in at the desk; undo restores the status it had (registered, waitlisted …)."""

    def __init__(self, ctx: AppContext, text: str, session: CheckinSession, registration_id: str) -> None:
        super().__init__(ctx, text, ("registration",))
        self.session = session
        self.event_id = session.event_id
        self.registration_id = registration_id

    def first(self) -> Participant:
        return self.session.check_in(self.registration_id)

    def changed_ids(self) -> list[str]:
        return [self.registration_id]

    def do(self) -> None:
        self.session.refresh_if_changed()  # another window may have written meanwhile
        self.session.check_in(self.registration_id)

    def revert(self) -> None:
        self.session.refresh_if_changed()
        self.session.undo_check_in(self.registration_id)


class WalkInCommand(_Command):
    """A walk-in added at the desk: undo removes what it created (person, organisation, registration).

    Redo adds the walk-in again from what was typed (the person removed by the undo stays removed, so
    a new one is made; someone who was found rather than created is found again).
    """

    def __init__(self, ctx: AppContext, text: str, session: CheckinSession, name: str, reading: str | None,
                 organisation: str | None, contact: str | None = None) -> None:
        super().__init__(ctx, text, ("registration", "person", "organisation"))
        self.session = session
        self.event_id = session.event_id
        self.name, self.reading, self.organisation = name, reading, organisation
        # One field at the desk: an e-mail address has an @, anything else is a phone number.
        self.email = contact if contact and "@" in contact else None
        self.phone = contact if contact and "@" not in contact else None
        self.registration_id: str | None = None
        self.previous_status: str | None = None  # the registration they already had, if any

    def first(self) -> Participant:
        result = self.session.add_walk_in(self.name, reading=self.reading, organisation=self.organisation,
                                          email=self.email, phone=self.phone)
        self.registration_id = result.participant.registration_id
        self.previous_status = result.previous_status
        return result.participant

    def changed_ids(self) -> list[str]:
        return [self.registration_id] if self.registration_id else []

    def do(self) -> None:
        self.session.refresh_if_changed()
        self.first()

    def revert(self) -> None:
        assert self.registration_id is not None
        self.session.refresh_if_changed()
        self.session.undo_check_in(self.registration_id)


class FieldsCommand(_Command):
    """An operation that changes some fields of one record (a move, an outcome, a satisfaction score).

    ``operation`` does the change the first time (through the service that checks it); undo and redo
    set the remembered fields back and forth through the record service, which checks them again.
    """

    def __init__(self, ctx: AppContext, text: str, type_name: str, record_id: str, keys: Sequence[str],
                 operation: Callable[[], dict[str, Any]], types: Sequence[str] = ()) -> None:
        super().__init__(ctx, text, types or (type_name,))
        self.type_name = type_name
        self.record_id = record_id
        self.keys = tuple(keys)
        self.operation = operation
        self.old: dict[str, Any] = {}
        self.new: dict[str, Any] = {}

    def first(self) -> dict[str, Any]:
        records = self.ctx.services.records
        before = records.get(self.type_name, self.record_id)
        after = self.operation()
        self.new = {k: after[k] for k in self.keys if after[k] != before[k]}
        self.old = {k: before[k] for k in self.new}
        if not self.new:
            self.setObsolete(True)
        return after

    def changed_ids(self) -> list[str]:
        return [self.record_id]

    def do(self) -> None:
        self.ctx.services.records.update(self.type_name, self.record_id, self.new)

    def revert(self) -> None:
        self.ctx.services.records.update(self.type_name, self.record_id, self.old)


class SwapMeetingsCommand(_Command):
    """Two meetings exchange slots and tables; swapping again undoes it."""

    def __init__(self, ctx: AppContext, text: str, first_id: str, second_id: str) -> None:
        super().__init__(ctx, text, ("matching_meeting",))
        self.ids = (first_id, second_id)

    def first(self) -> None:
        self.ctx.services.events.matching.swap(*self.ids)

    def changed_ids(self) -> list[str]:
        return list(self.ids)

    def do(self) -> None:
        self.first()

    def revert(self) -> None:
        self.first()


class CreatedRecordCommand(_Command):
    """A record a service created (a registration, a case-study draft): undo deletes, redo restores."""

    def __init__(self, ctx: AppContext, text: str, type_name: str, record_id: str,
                 types: Sequence[str] = ()) -> None:
        super().__init__(ctx, text, types or (type_name,))
        self.type_name = type_name
        self.record_id = record_id

    def changed_ids(self) -> list[str]:
        return [self.record_id]

    def do(self) -> None:
        self.ctx.services.records.restore(self.type_name, self.record_id)

    def revert(self) -> None:
        self.ctx.services.records.delete(self.type_name, self.record_id)


def run(ctx: AppContext, command: FieldsCommand | SwapMeetingsCommand) -> Any:
    """Do ``command`` now and push it; a refusal (double-booking …) propagates and pushes nothing."""
    result = command.first()
    if command.isObsolete():
        return result
    push(ctx, command)
    return result
