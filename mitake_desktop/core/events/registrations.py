"""Registrations before the event: capacity, waitlist and promotion.

Registering beyond the capacity puts the person on the waitlist; a cancellation (or a larger
capacity) promotes the first waitlisted in order of registration. A cancellation and the promotions
it causes are one batch, so undoing the cancellation undoes the promotion too, and every status
change is in the record's history. Seats are counted inside the write transaction, so two laptops'
worth of clicks on the same file still never overbook.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from mitake_desktop.core.errors import FieldProblem, ValidationError
from mitake_desktop.core.events.common import (
    CANCELLED,
    REGISTERED,
    SEAT_ROLES,
    SEAT_STATUSES,
    WAITLISTED,
    AttendanceCounts,
    now_local,
    participants_query,
)
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.schema import spec
from mitake_desktop.core.services.tx import Tx
from mitake_desktop.core.storage.tables import ENTITY_TABLES

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services
    from mitake_desktop.core.services.records import RecordService


@dataclass(frozen=True)
class Participant:
    """One registration with the person's name and organisation, for lists and the check-in screen."""

    registration_id: str
    person_id: str
    name: str
    reading: str
    organisation: str
    title: str
    status: str
    participant_role: str
    checked_in_at: str | None
    registered_at: str | None
    satisfaction: int | None = None
    comment: str | None = None
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CancelResult:
    registration: dict[str, Any]
    promoted: list[dict[str, Any]]  # registrations moved from the waitlist to registered


def participant_from_row(row: Any) -> Participant:
    return Participant(
        registration_id=row.registration_id, person_id=row.person_id, name=row.name or "",
        reading=row.reading or "", organisation=row.organisation or "", title=row.title or "",
        status=row.status, participant_role=row.participant_role, checked_in_at=row.checked_in_at,
        registered_at=row.registered_at, satisfaction=row.satisfaction, comment=row.comment,
        email=row.email or "", phone=row.phone or "",
    )


class RegistrationService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.records = services.records

    # -- reading -------------------------------------------------------------------------------

    def participants(self, event_id: str, statuses: Sequence[str] | None = None) -> list[Participant]:
        """The event's registrations in kana order of the person's reading."""
        stmt = participants_query(event_id)
        if statuses is not None:
            stmt = stmt.where(ENTITY_TABLES["registration"].c.status.in_(list(statuses)))
        with self.services.db.read() as conn:
            return [participant_from_row(r) for r in conn.execute(stmt)]

    def counts(self, event_id: str) -> AttendanceCounts:
        t = ENTITY_TABLES["registration"]
        with self.services.db.read() as conn:
            rows = conn.execute(select(t.c.status, func.count()).where(
                t.c.event_id == event_id, t.c.deleted.is_(False)).group_by(t.c.status))
            return AttendanceCounts.from_counter({s: int(n) for s, n in rows})

    def waitlist(self, event_id: str) -> list[dict[str, Any]]:
        """Waitlisted registrations, first in line first."""
        with self.services.db.read() as conn:
            return self._waitlist(conn, event_id)

    def seats_left(self, event_id: str) -> int | None:
        """Free seats, or None when the event has no capacity limit."""
        with self.services.db.read() as conn:
            event = self.records.get_in(conn, "event", event_id)
            if event["capacity"] is None:
                return None
            return max(0, int(event["capacity"]) - self._seats_taken(conn, event_id))

    def over_capacity(self, event_id: str) -> int:
        """How many registrations hold a seat beyond the capacity (0 when within it or unlimited)."""
        with self.services.db.read() as conn:
            return over_capacity(conn, self.records.get_in(conn, "event", event_id))

    # -- writing -------------------------------------------------------------------------------

    def register(self, event_id: str, person_id: str, *, participant_role: str = "attendee",
                 interests: Sequence[str] | None = None, registered_at: str | None = None,
                 extra: dict[str, Any] | None = None, tx: Tx | None = None) -> dict[str, Any]:
        """Register a person: ``registered`` while seats are free, else ``waitlisted``.

        A person whose earlier registration was cancelled is registered again (same record). A person
        already registered is refused with a plain message.
        """
        if tx is None:
            with self.services.transactions.begin() as own:
                return self.register(event_id, person_id, participant_role=participant_role, interests=interests,
                                     registered_at=registered_at, extra=extra, tx=own)
        event = self.records.get_in(tx.conn, "event", event_id)
        values: dict[str, Any] = dict(extra or {})
        values.update(participant_role=participant_role, registered_at=registered_at or now_local())
        if interests is not None:
            values["interests"] = list(interests)
        if "status" not in values or values["status"] in (None, "", REGISTERED, WAITLISTED):
            if participant_role in SEAT_ROLES and event["capacity"] is not None:
                self.promote_waitlisted(event_id, tx=tx)  # seats freed elsewhere go to those already waiting
            values["status"] = self._status_for_new(tx.conn, event, participant_role)
        existing = self.find(tx.conn, event_id, person_id)
        if existing is not None:
            if existing["status"] != CANCELLED:
                f = spec("registration").field("person_id")
                raise ValidationError([FieldProblem(f.name, str(f.label), msg("duplicate_registration"))])
            return self.records.update("registration", existing["id"], values, tx=tx)
        return self.records.create("registration", {"event_id": event_id, "person_id": person_id, **values}, tx=tx)

    def cancel(self, registration_id: str) -> CancelResult:
        """Cancel a registration; a freed seat goes to the first waitlisted (one undoable batch)."""
        with self.services.transactions.begin(batch_kind="cancel_registration",
                                              batch_label=registration_id) as tx:
            current = self.records.get_in(tx.conn, "registration", registration_id)
            if current["status"] == CANCELLED:
                return CancelResult(current, [])
            updated = self.records.update("registration", registration_id, {"status": CANCELLED}, tx=tx)
            promoted = self.promote_waitlisted(current["event_id"], tx=tx)
            return CancelResult(updated, promoted)

    def set_capacity(self, event_id: str, capacity: int | None) -> list[dict[str, Any]]:
        """Change the capacity; a larger one promotes waitlisted people into the new seats."""
        with self.services.transactions.begin(batch_kind="event_capacity", batch_label=event_id) as tx:
            self.records.update("event", event_id, {"capacity": capacity}, tx=tx)
            return self.promote_waitlisted(event_id, tx=tx)

    def promote_waitlisted(self, event_id: str, *, tx: Tx | None = None) -> list[dict[str, Any]]:
        """Fill free seats from the waitlist, first in line first; returns the promoted registrations."""
        if tx is None:
            with self.services.transactions.begin(batch_kind="promote_waitlist", batch_label=event_id) as own:
                return self.promote_waitlisted(event_id, tx=own)
        return _promote(self.records, tx, self.records.get_in(tx.conn, "event", event_id))

    # -- helpers -------------------------------------------------------------------------------

    def find(self, conn: Connection, event_id: str, person_id: str) -> dict[str, Any] | None:
        t = ENTITY_TABLES["registration"]
        rid = conn.execute(select(t.c.id).where(t.c.event_id == event_id, t.c.person_id == person_id,
                                                t.c.deleted.is_(False))).scalar()
        return None if rid is None else self.records.get_in(conn, "registration", rid)

    def _status_for_new(self, conn: Connection, event: dict[str, Any], role: str) -> str:
        if role not in SEAT_ROLES or event["capacity"] is None:
            return REGISTERED
        if self._waitlist(conn, event["id"]):
            return WAITLISTED  # after promotion a waitlist means no seat is free: nobody jumps the queue
        return REGISTERED if self._seats_taken(conn, event["id"]) < int(event["capacity"]) else WAITLISTED

    def _seats_taken(self, conn: Connection, event_id: str) -> int:
        return _seats_taken(conn, event_id)

    def _waitlist(self, conn: Connection, event_id: str) -> list[dict[str, Any]]:
        return _waitlist(self.records, conn, event_id)


def _seats_taken(conn: Connection, event_id: str) -> int:
    t = ENTITY_TABLES["registration"]
    return int(conn.execute(select(func.count()).select_from(t).where(
        t.c.event_id == event_id, t.c.deleted.is_(False), t.c.status.in_(SEAT_STATUSES),
        t.c.participant_role.in_(SEAT_ROLES))).scalar_one())


def over_capacity(conn: Connection, event: Mapping[str, Any]) -> int:
    """Seats taken beyond ``event``'s capacity: a smaller room, or a waitlisted person let in at the desk.

    Counted like the capacity itself (registered and attended attendees and firms; walk-ins, speakers
    and staff hold no booked seat).
    """
    if event["capacity"] is None:
        return 0
    return max(0, _seats_taken(conn, str(event["id"])) - int(event["capacity"]))


def _waitlist(records: RecordService, conn: Connection, event_id: str) -> list[dict[str, Any]]:
    t = ENTITY_TABLES["registration"]
    # Registration time, then id (UUIDv7, so creation order) for people registered the same second.
    ids = conn.execute(select(t.c.id).where(
        t.c.event_id == event_id, t.c.deleted.is_(False), t.c.status == WAITLISTED,
    ).order_by(t.c.registered_at.is_(None), t.c.registered_at, t.c.id)).scalars().all()
    return [records.get_in(conn, "registration", i) for i in ids]


def _promote(records: RecordService, tx: Tx, event: dict[str, Any]) -> list[dict[str, Any]]:
    waiting = _waitlist(records, tx.conn, event["id"])
    if event["capacity"] is None:
        free = len(waiting)
    else:
        free = int(event["capacity"]) - _seats_taken(tx.conn, event["id"])
    return [records.update("registration", reg["id"], {"status": REGISTERED}, tx=tx)
            for reg in waiting[: max(0, free)]]


# -- seats freed by any write ---------------------------------------------------------------------
#
# The record service calls note_seat_change after every write to an event or a registration, however
# it was made (the generic form, ``mitake set``, an import, an undo). Writes that may free a seat or
# add someone to a waitlist flag the event; just before the commit the flagged events fill their free
# seats from their waitlists, inside the same transaction (so undoing the batch undoes both). Checking
# at the commit, not at each write, matters: an undo reverts a cancellation and its promotion one
# record at a time, and only the end state says whether a seat is really free.

_NOTE = "seat_events"


def note_seat_change(records: RecordService, tx: Tx, type_name: str, before: Mapping[str, Any] | None,
                     after: Mapping[str, Any]) -> None:
    """Flag the event(s) whose waitlist may move up after this write (see the notes above)."""
    if type_name == "event":
        if before is not None and not after["deleted"] and after["capacity"] != before["capacity"]:
            _flag(records, tx, str(after["id"]))
        return
    # Gone, cancelled, a no-show, waiting: a seat may be free (or someone waits beside one).
    leaves_seat = after["deleted"] or after["status"] not in SEAT_STATUSES
    if leaves_seat and (before is None or before["deleted"] or before["status"] != after["status"] or after["deleted"]):
        _flag(records, tx, str(after["event_id"]))
    if before is not None and (before["participant_role"] != after["participant_role"]
                               or before["event_id"] != after["event_id"]):
        _flag(records, tx, str(before["event_id"]))
        _flag(records, tx, str(after["event_id"]))


def _flag(records: RecordService, tx: Tx, event_id: str) -> None:
    tx.notes.setdefault(_NOTE, set()).add(event_id)
    tx.before_commit(_NOTE, lambda t: _fill_flagged_events(records, t))


def _fill_flagged_events(records: RecordService, tx: Tx) -> None:
    for event_id in sorted(tx.notes.pop(_NOTE, set())):
        t = ENTITY_TABLES["event"]
        row = tx.conn.execute(select(t.c.deleted, t.c.status).where(t.c.id == event_id)).first()
        # A deleted, cancelled or held event keeps its list as it is: nobody is promoted into the past.
        if row is None or row.deleted or row.status in ("cancelled", "held"):
            continue
        _promote(records, tx, records.get_in(tx.conn, "event", event_id))
