"""Running events offline: the whole cycle from registration to follow-up, without Qt.

``services.events`` (an :class:`EventServices`) is the entry point the GUI and the command line use:

- ``registrations`` — capacity, waitlist and promotion (:mod:`.registrations`);
- ``matching`` — the 商談会 schedule, its adjustments, outcomes and adoptions (:mod:`.matching`);
- ``imports`` — participant lists from CSV/Excel with mapping, preview and undo (:mod:`.participant_import`);
- ``checkin(event_id)`` — the event-day desk with its in-memory search (:mod:`.checkin`);
- ``followups`` — finishing an event, satisfaction, follow-ups, the overdue list (:mod:`.followups`);
- ``report()`` / ``write_attendance_csv()`` — the one-page report's data and the attendance list (:mod:`.report`).

Every result is a plain dataclass or dict; every change goes through the record service, so
validation, history, sync clocks and the search index stay right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, or_, select

from mitake_desktop.core import reference
from mitake_desktop.core.events.checkin import CheckinSession
from mitake_desktop.core.events.common import NO_SHOW, SEAT_ROLES, SEAT_STATUSES, AttendanceCounts
from mitake_desktop.core.events.followups import FollowUpService
from mitake_desktop.core.events.matching import MatchingService
from mitake_desktop.core.events.participant_import import ParticipantImportService
from mitake_desktop.core.events.registrations import RegistrationService
from mitake_desktop.core.events.report import EventReport, event_report, write_attendance_csv
from mitake_desktop.core.storage.tables import ENTITY_TABLES

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

__all__ = ["EventServices", "EventSummary"]


@dataclass(frozen=True)
class EventSummary:
    """One line of the event list."""

    id: str
    title: str
    kind: str
    kind_label: str
    starts_at: str
    ends_at: str | None
    venue: str
    status: str
    capacity: int | None
    community_id: str | None
    community: str
    counts: AttendanceCounts
    seats_taken: int  # registrations holding a seat (attendees and firms; not speakers, staff, providers)


class EventServices:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.registrations = RegistrationService(services)
        self.matching = MatchingService(services)
        self.followups = FollowUpService(services)
        self.imports = ParticipantImportService(services)

    def list(self, *, upcoming: bool = False, now: datetime | None = None, community_id: str | None = None,
             include_cancelled: bool = True) -> list[EventSummary]:
        """Events by start time (upcoming ones: not yet over, soonest first; otherwise newest first)."""
        e, c, r = ENTITY_TABLES["event"], ENTITY_TABLES["community"], ENTITY_TABLES["registration"]
        stmt = (select(e.c.id, e.c.title, e.c.kind, e.c.starts_at, e.c.ends_at, e.c.venue, e.c.status,
                       e.c.capacity, e.c.community_id, c.c.name.label("community"))
                .select_from(e.outerjoin(c, c.c.id == e.c.community_id)).where(e.c.deleted.is_(False)))
        if community_id is not None:
            stmt = stmt.where(e.c.community_id == community_id)
        if not include_cancelled:
            stmt = stmt.where(e.c.status != "cancelled")
        if upcoming:
            moment = (now or datetime.now()).replace(microsecond=0).isoformat(timespec="seconds")
            today = moment[:10]
            # Not over yet: ends later than now, or (no end) starts today or later.
            stmt = stmt.where(e.c.status != "cancelled", or_(
                and_(e.c.ends_at.is_not(None), e.c.ends_at >= moment),
                and_(e.c.ends_at.is_(None), e.c.starts_at >= today))).order_by(e.c.starts_at, e.c.id)
        else:
            stmt = stmt.order_by(e.c.starts_at.desc(), e.c.id)
        with self.services.db.read() as conn:
            rows = conn.execute(stmt).all()
            counts: dict[str, dict[str, int]] = {}
            seats: dict[str, int] = {}
            ids = [row.id for row in rows]
            for i in range(0, len(ids), 500):
                for event_id, status, role, n in conn.execute(
                        select(r.c.event_id, r.c.status, r.c.participant_role, func.count()).where(
                            r.c.event_id.in_(ids[i:i + 500]), r.c.deleted.is_(False)).group_by(
                            r.c.event_id, r.c.status, r.c.participant_role)):
                    by_status = counts.setdefault(event_id, {})
                    by_status[status] = by_status.get(status, 0) + int(n)
                    if status in (*SEAT_STATUSES, NO_SHOW) and role in SEAT_ROLES:
                        seats[event_id] = seats.get(event_id, 0) + int(n)
        return [EventSummary(row.id, row.title, row.kind, reference.label("event_kind", row.kind), row.starts_at,
                             row.ends_at, row.venue or "", row.status, row.capacity, row.community_id,
                             row.community or "", AttendanceCounts.from_counter(counts.get(row.id, {})),
                             seats.get(row.id, 0))
                for row in rows]

    def next_event(self, *, now: datetime | None = None) -> EventSummary | None:
        """The event the check-in screen opens on: the next one not yet over (today's first)."""
        upcoming = self.list(upcoming=True, now=now)
        return upcoming[0] if upcoming else None

    def checkin(self, event_id: str) -> CheckinSession:
        """An event-day check-in desk (loads the participants once)."""
        return CheckinSession(self.services, event_id)

    def report(self, event_id: str, *, today: date | None = None) -> EventReport:
        return event_report(self.services, event_id, today=today)

    def write_attendance_csv(self, event_id: str, target: Path, *, include_all: bool = False) -> int:
        return write_attendance_csv(self.services, event_id, target, include_all=include_all)
