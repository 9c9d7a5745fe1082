"""After the event: finishing it (no-shows), satisfaction, follow-up tasks (伴走型支援) and what is overdue."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.events.common import NO_SHOW, PRESENT_STATUSES, REGISTERED
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.storage.tables import ENTITY_TABLES

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

CLOSED = ("done", "cancelled")


@dataclass(frozen=True)
class FinishResult:
    no_shows: int  # registrations marked as no-show
    batch_id: str | None


@dataclass(frozen=True)
class BulkResult:
    created: list[dict[str, Any]]
    skipped: int  # people who already had a follow-up for this event
    batch_id: str | None


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    title: str
    event_id: str | None
    event_title: str
    person_id: str | None
    person_name: str
    organisation_name: str
    owner_id: str | None
    owner_name: str
    topic: str | None
    due_on: str | None
    status: str
    outcome: str
    days_overdue: int  # 0 when not overdue


class FollowUpService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.records = services.records

    # -- the event itself ----------------------------------------------------------------------

    @staticmethod
    def check_finishable(event: Mapping[str, Any], *, today: date | None = None) -> None:
        """Refuse (one sentence) to finish a cancelled or already finished (held) event, or one whose day has not come.

        Finishing marks everyone not checked in as a no-show, so finishing the wrong (future) event
        would wreck its registrations; an event really held early gets its date corrected first, so
        the report and the attendance list carry the day it was held.
        """
        if event["status"] == "cancelled":
            raise MitakeError(msg("event_is_cancelled"))
        if event["status"] == "held":  # finished before: doing it again would only report "0 no-shows"
            raise MitakeError(msg("event_already_finished"))
        day = str(event["starts_at"] or "")[:10]
        if day and day > (today or date.today()).isoformat():
            raise MitakeError(msg("event_not_yet_held", date=day))

    def finish_event(self, event_id: str, *, today: date | None = None) -> FinishResult:
        """Mark the event held and everyone still only registered as a no-show (one undoable batch).

        Refused for a cancelled or held event and for one that starts after ``today`` (the local date by default).
        """
        r = ENTITY_TABLES["registration"]
        with self.services.transactions.begin(batch_kind="finish_event", batch_label=event_id) as tx:
            event = self.records.get_in(tx.conn, "event", event_id)
            self.check_finishable(event, today=today)
            ids = tx.conn.execute(select(r.c.id).where(
                r.c.event_id == event_id, r.c.deleted.is_(False), r.c.status == REGISTERED)).scalars().all()
            for rid in ids:
                self.records.update("registration", rid, {"status": NO_SHOW}, tx=tx)
            self.records.update("event", event_id, {"status": "held"}, tx=tx)
            return FinishResult(len(ids), tx.batch_id)

    def record_feedback(self, registration_id: str, *, satisfaction: int | None,
                        comment: str | None = None) -> dict[str, Any]:
        """Satisfaction 1–5 and a comment from the questionnaire."""
        return self.records.update("registration", registration_id,
                                   {"satisfaction": satisfaction, "comment": comment})

    # -- follow-ups ----------------------------------------------------------------------------

    def create(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """One follow-up; the person's organisation is filled in when not given."""
        full = dict(values)
        if full.get("person_id") and not full.get("organisation_id"):
            person = self.records.get("person", str(full["person_id"]))
            full["organisation_id"] = person["organisation_id"]
        return self.records.create("follow_up", full)

    def create_for_attendees(self, event_id: str, *, title: str, owner_id: str | None = None,
                             due_on: str | date | None = None, topic: str | None = None,
                             registration_ids: Sequence[str] | None = None) -> BulkResult:
        """A follow-up for each attendee (or the given registrations) as one batch.

        People who already have a follow-up from this event are skipped, so running it twice is safe.
        """
        r = ENTITY_TABLES["registration"]
        with self.services.transactions.begin(batch_kind="follow_ups", batch_label=event_id) as tx:
            self.records.get_in(tx.conn, "event", event_id)
            stmt = select(r.c.person_id).where(r.c.event_id == event_id, r.c.deleted.is_(False))
            if registration_ids is not None:
                stmt = stmt.where(r.c.id.in_(list(registration_ids)))
            else:
                stmt = stmt.where(r.c.status.in_(PRESENT_STATUSES), r.c.participant_role.in_(("attendee", "firm")))
            people = list(dict.fromkeys(tx.conn.execute(stmt.order_by(r.c.id)).scalars()))
            return self._bulk(tx, event_id, [(p, title, topic) for p in people], owner_id, due_on)

    def create_from_meetings(self, event_id: str, *, owner_id: str | None = None, due_on: str | date | None = None,
                             outcomes: Sequence[str] = ("follow_up", "trial")) -> BulkResult:
        """A follow-up for each firm whose 商談会 meeting ended in one of ``outcomes`` (one batch)."""
        m, tool = ENTITY_TABLES["matching_meeting"], ENTITY_TABLES["it_tool"]
        with self.services.transactions.begin(batch_kind="follow_ups", batch_label=event_id) as tx:
            rows = tx.conn.execute(
                select(m.c.firm_person_id, m.c.outcome, tool.c.name).select_from(
                    m.outerjoin(tool, tool.c.id == m.c.it_tool_id))
                .where(m.c.event_id == event_id, m.c.deleted.is_(False), m.c.outcome.in_(list(outcomes)))
                .order_by(m.c.slot_start, m.c.id)).all()
            items = []
            for person_id, outcome, tool_name in rows:
                items.append((person_id, msg("follow_up_from_meeting_" + outcome, tool=tool_name or "IT"),
                              "it_management"))
            return self._bulk(tx, event_id, items, owner_id, due_on)

    def set_status(self, follow_up_id: str, status: str, *, outcome: str | None = None) -> dict[str, Any]:
        changes: dict[str, Any] = {"status": status}
        if outcome is not None:
            changes["outcome"] = outcome
        return self.records.update("follow_up", follow_up_id, changes)

    def overdue(self, *, today: date | None = None, owner_id: str | None = None) -> list[FollowUpRow]:
        """Follow-ups due before today and neither done nor cancelled, most overdue first."""
        day = (today or date.today()).isoformat()
        f = ENTITY_TABLES["follow_up"]
        stmt = self._rows_query().where(f.c.due_on < day, f.c.status.not_in(CLOSED)).order_by(f.c.due_on, f.c.id)
        if owner_id is not None:
            stmt = stmt.where(f.c.owner_id == owner_id)
        return self._rows(stmt, today or date.today())

    def for_event(self, event_id: str, *, today: date | None = None) -> list[FollowUpRow]:
        f = ENTITY_TABLES["follow_up"]
        stmt = self._rows_query().where(f.c.event_id == event_id).order_by(f.c.due_on.is_(None), f.c.due_on, f.c.id)
        return self._rows(stmt, today or date.today())

    # -- helpers -------------------------------------------------------------------------------

    def _bulk(self, tx: Any, event_id: str, items: Sequence[tuple[str, str, str | None]], owner_id: str | None,
              due_on: str | date | None) -> BulkResult:
        f, p = ENTITY_TABLES["follow_up"], ENTITY_TABLES["person"]
        already = set(tx.conn.execute(select(f.c.person_id).where(
            f.c.event_id == event_id, f.c.deleted.is_(False))).scalars())
        orgs = dict(tx.conn.execute(select(p.c.id, p.c.organisation_id).where(
            p.c.id.in_([i[0] for i in items]))).all()) if items else {}
        created, skipped = [], 0
        for person_id, title, topic in items:
            if person_id in already:
                skipped += 1
                continue
            already.add(person_id)
            created.append(self.records.create("follow_up", {
                "title": title, "event_id": event_id, "person_id": person_id,
                "organisation_id": orgs.get(person_id), "owner_id": owner_id, "topic": topic,
                "due_on": due_on.isoformat() if isinstance(due_on, date) else due_on, "status": "open"}, tx=tx))
        return BulkResult(created, skipped, tx.batch_id)

    def _rows_query(self) -> Select[Any]:
        f, e, p, o = (ENTITY_TABLES[n] for n in ("follow_up", "event", "person", "organisation"))
        owner = p.alias("owner")
        return (
            select(f, e.c.title.label("event_title"), p.c.name.label("person_name"),
                   o.c.name.label("org_name"), owner.c.name.label("owner_name"))
            .select_from(f.outerjoin(e, e.c.id == f.c.event_id).outerjoin(p, p.c.id == f.c.person_id)
                         .outerjoin(o, o.c.id == f.c.organisation_id).outerjoin(owner, owner.c.id == f.c.owner_id))
            .where(f.c.deleted.is_(False))
        )

    def _rows(self, stmt: Select[Any], today: date) -> list[FollowUpRow]:
        with self.services.db.read() as conn:
            rows = conn.execute(stmt).all()
        out = []
        for r in rows:
            overdue = 0
            if r.due_on and r.status not in CLOSED:
                overdue = max(0, (today - date.fromisoformat(r.due_on)).days)
            out.append(FollowUpRow(r.id, r.title, r.event_id, r.event_title or "", r.person_id, r.person_name or "",
                                   r.org_name or "", r.owner_id, r.owner_name or "", r.topic, r.due_on, r.status,
                                   r.outcome or "", overdue))
        return out
