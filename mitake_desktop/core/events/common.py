"""What the event services share: registration statuses, attendance counts, the participant query."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select

from mitake_desktop.core.storage.tables import ENTITY_TABLES

REGISTERED = "registered"
WAITLISTED = "waitlisted"
ATTENDED = "attended"
NO_SHOW = "no_show"
CANCELLED = "cancelled"
WALK_IN = "walk_in"

# Statuses that hold a seat before the event (counted against the capacity).
SEAT_STATUSES = (REGISTERED, ATTENDED)
# Participation that takes a seat: speakers, staff and exhibiting IT providers do not.
SEAT_ROLES = ("attendee", "firm")
# Present on the day.
PRESENT_STATUSES = (ATTENDED, WALK_IN)
# Expected on the day (not cancelled, not waiting for a seat).
ACTIVE_STATUSES = (REGISTERED, ATTENDED, WALK_IN, NO_SHOW)


def now_local() -> str:
    """The local wall time, as event times are stored (events happen in Japan time)."""
    return datetime.now().replace(microsecond=0).isoformat(timespec="seconds")


@dataclass(frozen=True)
class AttendanceCounts:
    """Counts of an event's registrations by what happened.

    ``registered`` is everyone who registered in advance and kept a seat (registered, attended or
    no-show); ``attended`` those of them who came; ``walk_ins`` came without registering;
    ``waiting`` are registered but not (yet) checked in.
    """

    registered: int = 0
    attended: int = 0
    walk_ins: int = 0
    no_shows: int = 0
    cancelled: int = 0
    waitlisted: int = 0
    waiting: int = 0

    @property
    def present(self) -> int:
        """Everyone at the event: attended plus walk-ins."""
        return self.attended + self.walk_ins

    @classmethod
    def from_statuses(cls, statuses: Iterable[str]) -> AttendanceCounts:
        n: dict[str, int] = {}
        for s in statuses:
            n[s] = n.get(s, 0) + 1
        return cls.from_counter(n)

    @classmethod
    def from_counter(cls, n: dict[str, int]) -> AttendanceCounts:
        return cls(
            registered=n.get(REGISTERED, 0) + n.get(ATTENDED, 0) + n.get(NO_SHOW, 0),
            attended=n.get(ATTENDED, 0),
            walk_ins=n.get(WALK_IN, 0),
            no_shows=n.get(NO_SHOW, 0),
            cancelled=n.get(CANCELLED, 0),
            waitlisted=n.get(WAITLISTED, 0),
            waiting=n.get(REGISTERED, 0),
        )


def participants_query(event_id: str) -> Select[Any]:
    """Live registrations of an event with the person and their organisation, in one query."""
    r, p, o = ENTITY_TABLES["registration"], ENTITY_TABLES["person"], ENTITY_TABLES["organisation"]
    return (
        select(
            r.c.id.label("registration_id"), r.c.status, r.c.participant_role, r.c.checked_in_at,
            r.c.registered_at, r.c.satisfaction, r.c.comment, r.c.interests,
            p.c.id.label("person_id"), p.c.name, p.c.reading, p.c.title, p.c.email, p.c.phone,
            p.c.sort_key.label("person_sort"),
            o.c.id.label("organisation_id"), o.c.name.label("organisation"), o.c.industry, o.c.employees_band,
        )
        .select_from(r.join(p, p.c.id == r.c.person_id).outerjoin(o, (o.c.id == p.c.organisation_id)
                                                                     & o.c.deleted.is_(False)))
        .where(r.c.event_id == event_id, r.c.deleted.is_(False), p.c.deleted.is_(False))
        .order_by(p.c.sort_key, r.c.id)
    )
