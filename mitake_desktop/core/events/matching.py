"""商談会 (business matching): a proposed schedule of meetings, staff adjustments, outcomes, adoptions.

A meeting is one small firm × one IT provider × a time slot × a table (``matching_meeting``).

What is matched: a firm's declared interests are the IT-tool categories in its registration
(``registration.interests``, asked on the sign-up form). A provider's offering is, in this order,
the categories in its own registration's ``interests`` (what it declared it will present), else the
categories of the IT tools whose vendor is the provider's organisation. A firm and a provider are
paired when they share a category. Firms take turns (every firm gets a first meeting before any
gets a second); in each round the firms with the fewest possible providers choose first, and each
firm prefers the provider sharing most categories, then the least sought-after one — so as many
firms as possible get a meeting. Each meeting takes the earliest slot where both are free, at the
provider's own table when it is free.

No double-booking: a person (firm or provider) is never in two overlapping meetings, nor a table.
This is checked on every write of a meeting — the record service calls :func:`booking_problems`
for each create and update, so the proposal, the adjustments here and any generic edit are all
held to it. Operations that change several meetings at once (a swap) defer the per-write check
and verify the end state before committing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from mitake_desktop.core.errors import FieldProblem, MitakeError, ValidationError
from mitake_desktop.core.events.common import ATTENDED, REGISTERED, WALK_IN, participants_query
from mitake_desktop.core.events.names import org_key
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.schema import spec
from mitake_desktop.core.storage.tables import ENTITY_TABLES

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

MATCHABLE_STATUSES = (REGISTERED, ATTENDED, WALK_IN)
OUTCOMES_NEEDING_TOOL = ("trial", "adoption")

_DEFERRED: ContextVar[bool] = ContextVar("mitake_deferred_booking_checks", default=False)


@contextmanager
def deferred_booking_checks() -> Iterator[None]:
    """Skip the per-write double-booking check; the caller must verify the end state itself."""
    token = _DEFERRED.set(True)
    try:
        yield
    finally:
        _DEFERRED.reset(token)


def table_key(table: str | None) -> str:
    return unicodedata.normalize("NFKC", table or "").strip().casefold()


def hhmm(iso: str | None) -> str:
    return (iso or "")[11:16]


@dataclass(frozen=True)
class Booking:
    id: str
    firm: str
    provider: str
    table: str | None
    start: str
    end: str


@dataclass(frozen=True)
class Clash:
    """Two meetings that overlap for one person or one table."""

    kind: str  # "person" | "table"
    key: str  # the person id or the table
    meeting_ids: tuple[str, str]
    start: str
    end: str


def find_clashes(bookings: Sequence[Booking]) -> list[Clash]:
    """Every overlap of two meetings sharing a person or a table (sweep per person and per table)."""
    by_key: dict[tuple[str, str], list[Booking]] = {}
    for b in bookings:
        for person in {b.firm, b.provider}:
            by_key.setdefault(("person", person), []).append(b)
        if table_key(b.table):
            by_key.setdefault(("table", table_key(b.table)), []).append(b)
    clashes: list[Clash] = []
    for (kind, key), items in by_key.items():
        items.sort(key=lambda b: (b.start, b.end, b.id))
        latest: Booking | None = None  # the booking ending last so far
        for b in items:
            if latest is not None and b.start < latest.end:
                clashes.append(Clash(kind, key, (latest.id, b.id), b.start, min(b.end, latest.end)))
            if latest is None or b.end > latest.end:
                latest = b
    return clashes


def _bookings(conn: Connection, event_id: str) -> list[Booking]:
    t = ENTITY_TABLES["matching_meeting"]
    rows = conn.execute(select(t.c.id, t.c.firm_person_id, t.c.provider_person_id, t.c.table_no, t.c.slot_start,
                               t.c.slot_end).where(t.c.event_id == event_id, t.c.deleted.is_(False)))
    return [Booking(r.id, r.firm_person_id, r.provider_person_id, r.table_no, r.slot_start, r.slot_end) for r in rows]


def _person_names(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    p = ENTITY_TABLES["person"]
    return {str(i): str(n) for i, n in conn.execute(select(p.c.id, p.c.name).where(p.c.id.in_(list(set(ids)))))}


def booking_problems(conn: Connection, values: Mapping[str, Any], record_id: str | None) -> list[FieldProblem]:
    """Why a meeting with ``values`` would double-book someone or a table (empty when it would not)."""
    if _DEFERRED.get():
        return []
    t = ENTITY_TABLES["matching_meeting"]
    if record_id is not None:
        # An edit that leaves time, table and people alone (an outcome, a note) is never refused, even
        # where a sync from two laptops left a clash: that is for the schedule view to show and fix.
        keys = ("event_id", "firm_person_id", "provider_person_id", "table_no", "slot_start", "slot_end")
        current = conn.execute(select(t.c.deleted, *(t.c[k] for k in keys)).where(t.c.id == record_id)).first()
        if current is not None and not current.deleted and all(current._mapping[k] == values.get(k) for k in keys):
            return []
    return overlap_problems(conn, values, record_id)


def overlap_problems(conn: Connection, values: Mapping[str, Any], record_id: str | None) -> list[FieldProblem]:
    """The double-booking check itself (no shortcut for unchanged meetings)."""
    event_id, start, end = values.get("event_id"), values.get("slot_start"), values.get("slot_end")
    firm, provider, table = values.get("firm_person_id"), values.get("provider_person_id"), values.get("table_no")
    if not (event_id and start and end and firm and provider):
        return []  # required fields are reported by the validation of single fields
    t = ENTITY_TABLES["matching_meeting"]
    entity = spec("matching_meeting")
    problems: list[FieldProblem] = []
    if firm == provider:
        f = entity.field("provider_person_id")
        problems.append(FieldProblem(f.name, str(f.label), msg("meeting_same_person")))
    cond = [t.c.event_id == event_id, t.c.deleted.is_(False), t.c.slot_start < end, t.c.slot_end > start]
    if record_id is not None:
        cond.append(t.c.id != record_id)
    others = conn.execute(select(t.c.firm_person_id, t.c.provider_person_id, t.c.table_no, t.c.slot_start,
                                 t.c.slot_end).where(*cond).order_by(t.c.slot_start)).all()
    if not others:
        return problems
    names = _person_names(conn, [firm, provider])
    seen: set[tuple[str, str]] = set()
    for o in others:
        for person, field_name in ((firm, "firm_person_id"), (provider, "provider_person_id")):
            if person in (o.firm_person_id, o.provider_person_id) and ("person", person) not in seen:
                seen.add(("person", person))
                f = entity.field(field_name)
                problems.append(FieldProblem(f.name, str(f.label), msg(
                    "meeting_person_busy", name=names.get(person, person), start=hhmm(o.slot_start),
                    end=hhmm(o.slot_end))))
        if table_key(table) and table_key(table) == table_key(o.table_no) and ("table", "") not in seen:
            seen.add(("table", ""))
            f = entity.field("table_no")
            problems.append(FieldProblem(f.name, str(f.label), msg(
                "meeting_table_busy", table=table, start=hhmm(o.slot_start), end=hhmm(o.slot_end))))
    return problems


# -- plain results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    start: str
    end: str


@dataclass(frozen=True)
class ProposedMeeting:
    firm_person_id: str
    provider_person_id: str
    slot_start: str
    slot_end: str
    table_no: str
    categories: tuple[str, ...]  # the shared interests that paired them


@dataclass
class MatchingPlan:
    event_id: str
    slots: list[Slot]
    tables: list[str]
    meetings: list[ProposedMeeting]
    unmatched_firms: list[str]  # firm person ids with no meeting (existing or proposed)
    offerings: dict[str, frozenset[str]] = field(default_factory=dict)  # provider person id → categories


@dataclass(frozen=True)
class MeetingRow:
    id: str
    event_id: str
    slot_start: str
    slot_end: str
    table_no: str
    firm_person_id: str
    firm_name: str
    firm_organisation: str
    provider_person_id: str
    provider_name: str
    provider_organisation: str
    outcome: str
    it_tool_id: str | None
    it_tool_name: str
    notes: str


@dataclass(frozen=True)
class Adoption:
    """A 商談会 meeting that ended in an adoption: the raw material of a case study."""

    meeting_id: str
    event_id: str
    event_title: str
    event_date: str
    community_id: str | None
    community_name: str
    firm_person_id: str
    firm_name: str
    organisation_id: str | None
    organisation_name: str
    provider_name: str
    provider_organisation: str
    it_tool_id: str | None
    it_tool_name: str
    case_study_id: str | None  # an existing case study of this firm and tool, if one was written


@dataclass(frozen=True)
class DraftResult:
    case_study: dict[str, Any]
    created: bool  # False when a case study of this firm and tool already existed


class MatchingService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.records = services.records

    # -- proposal ------------------------------------------------------------------------------

    @staticmethod
    def slots_for(event: Mapping[str, Any], *, slot_minutes: int = 30, meeting_minutes: int | None = None,
                  start: str | None = None, end: str | None = None) -> list[Slot]:
        """Time slots from the event's start to its end (3 hours when no end is set)."""
        if slot_minutes <= 0:
            raise ValueError("slot_minutes must be positive")
        length = timedelta(minutes=meeting_minutes if meeting_minutes else max(5, slot_minutes - 5))
        first = datetime.fromisoformat(start or event["starts_at"])
        last = datetime.fromisoformat(end or event.get("ends_at") or (first + timedelta(hours=3)).isoformat())
        out = []
        t = first
        while t + length <= last:
            out.append(Slot(t.isoformat(timespec="seconds"), (t + length).isoformat(timespec="seconds")))
            t += timedelta(minutes=slot_minutes)
        return out

    def offerings(self, event_id: str) -> dict[str, frozenset[str]]:
        """What each registered provider offers (see the module notes)."""
        with self.services.db.read() as conn:
            _firms, providers = self._parties(conn, event_id)
            return self._offerings(conn, providers)

    def propose(self, event_id: str, *, slot_minutes: int = 30, meeting_minutes: int | None = None,
                tables: int | Sequence[str] | None = None, slots: Sequence[Slot] | None = None,
                max_per_firm: int | None = None) -> MatchingPlan:
        """A schedule that adds meetings around the ones already booked; nothing is written.

        ``tables``: a number of tables (T1…Tn) or their names; by default one table per provider.
        """
        with self.services.db.read() as conn:
            event = self.records.get_in(conn, "event", event_id)
            firms, providers = self._parties(conn, event_id)
            offer = self._offerings(conn, providers)
            existing = _bookings(conn, event_id)
        slot_list = list(slots) if slots is not None else self.slots_for(
            event, slot_minutes=slot_minutes, meeting_minutes=meeting_minutes)
        if tables is None:
            table_names = [f"T{i + 1}" for i in range(max(1, len(providers)))]
        elif isinstance(tables, int):
            table_names = [f"T{i + 1}" for i in range(max(1, tables))]
        else:
            table_names = list(tables)
        home = {p.person_id: table_names[i % len(table_names)] for i, p in enumerate(providers)}
        busy: dict[str, list[tuple[str, str]]] = {}
        table_busy: dict[str, list[tuple[str, str]]] = {}
        count: dict[str, int] = {f.person_id: 0 for f in firms}
        done: set[tuple[str, str]] = set()
        for b in existing:
            busy.setdefault(b.firm, []).append((b.start, b.end))
            busy.setdefault(b.provider, []).append((b.start, b.end))
            if table_key(b.table):
                table_busy.setdefault(table_key(b.table), []).append((b.start, b.end))
            count[b.firm] = count.get(b.firm, 0) + 1
            done.add((b.firm, b.provider))

        def free(intervals: list[tuple[str, str]] | None, slot: Slot) -> bool:
            return not intervals or all(not (s < slot.end and slot.start < e) for s, e in intervals)

        # Candidate providers per firm: more shared categories first, then the less sought-after
        # provider (so a firm with a choice leaves the crowded table to those without one).
        options: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        demand: dict[str, int] = {}
        for f in firms:
            wanted = set(f.interests or ())
            for p in providers:
                shared = tuple(sorted(wanted & offer.get(p.person_id, frozenset())))
                if shared and f.person_id != p.person_id and (f.person_id, p.person_id) not in done:
                    options.setdefault(f.person_id, []).append((p.person_id, shared))
                    demand[p.person_id] = demand.get(p.person_id, 0) + 1
        order = {p.person_id: i for i, p in enumerate(providers)}
        for firm_options in options.values():
            firm_options.sort(key=lambda o: (-len(o[1]), demand[o[0]], order[o[0]]))
        # Firms take turns: each round gives every firm at most one more meeting, the firms with the
        # fewest possible providers choosing first (ties: registration order).
        arrival = {f.person_id: i for i, f in enumerate(firms)}
        turn = sorted(options, key=lambda fid: (len(options[fid]), arrival[fid]))
        cap = max_per_firm if max_per_firm is not None else len(slot_list)
        planned: list[ProposedMeeting] = []
        for rnd in range(max(0, cap)):
            placed_any = False
            for firm in turn:
                if count[firm] > rnd or count[firm] >= cap:
                    continue
                placed = self._place(firm, options[firm], done, slot_list, table_names, home, busy, table_busy, free)
                if placed is not None:
                    planned.append(placed)
                    count[firm] += 1
                    placed_any = True
            if not placed_any:
                break
        planned.sort(key=lambda m: (m.slot_start, table_names.index(m.table_no) if m.table_no in table_names else 0))
        unmatched = [f.person_id for f in firms if count.get(f.person_id, 0) == 0]
        return MatchingPlan(event_id, slot_list, table_names, planned, unmatched, offer)

    @staticmethod
    def _place(firm: str, candidates: Sequence[tuple[str, tuple[str, ...]]], done: set[tuple[str, str]],
               slot_list: Sequence[Slot], table_names: Sequence[str], home: Mapping[str, str],
               busy: dict[str, list[tuple[str, str]]], table_busy: dict[str, list[tuple[str, str]]],
               free: Any) -> ProposedMeeting | None:
        """The earliest free slot and table with the first provider that fits; books it in the maps."""
        for provider, shared in candidates:
            if (firm, provider) in done:
                continue
            for slot in slot_list:
                if not (free(busy.get(firm), slot) and free(busy.get(provider), slot)):
                    continue
                choices = [home[provider]] + [t for t in table_names if t != home[provider]]
                table = next((t for t in choices if free(table_busy.get(table_key(t)), slot)), None)
                if table is None:
                    continue
                busy.setdefault(firm, []).append((slot.start, slot.end))
                busy.setdefault(provider, []).append((slot.start, slot.end))
                table_busy.setdefault(table_key(table), []).append((slot.start, slot.end))
                done.add((firm, provider))
                return ProposedMeeting(firm, provider, slot.start, slot.end, table, shared)
        return None

    def apply(self, plan: MatchingPlan) -> list[dict[str, Any]]:
        """Write a proposal's meetings as one undoable batch (each checked against double-booking)."""
        created = []
        with self.services.transactions.begin(batch_kind="matching_plan", batch_label=plan.event_id) as tx:
            for m in plan.meetings:
                created.append(self.records.create("matching_meeting", {
                    "event_id": plan.event_id, "firm_person_id": m.firm_person_id,
                    "provider_person_id": m.provider_person_id, "slot_start": m.slot_start, "slot_end": m.slot_end,
                    "table_no": m.table_no, "outcome": "pending"}, tx=tx))
        return created

    # -- adjustments ---------------------------------------------------------------------------

    def add(self, event_id: str, firm_person_id: str, provider_person_id: str, slot_start: str,
            slot_end: str | None = None, table_no: str | None = None, *, minutes: int = 25) -> dict[str, Any]:
        """Book one meeting by hand; both people must be registered for the event."""
        with self.services.transactions.begin() as tx:
            self._require_registered(tx.conn, event_id, [firm_person_id, provider_person_id])
            if slot_end is None:
                start = datetime.fromisoformat(str(slot_start))
                slot_end = (start + timedelta(minutes=minutes)).isoformat(timespec="seconds")
            return self.records.create("matching_meeting", {
                "event_id": event_id, "firm_person_id": firm_person_id, "provider_person_id": provider_person_id,
                "slot_start": slot_start, "slot_end": slot_end, "table_no": table_no, "outcome": "pending"}, tx=tx)

    def move(self, meeting_id: str, *, slot_start: str | None = None, slot_end: str | None = None,
             table_no: str | None = None, keep_length: bool = True) -> dict[str, Any]:
        """Move a meeting to another slot and/or table (its length is kept unless ``slot_end`` is given)."""
        with self.services.transactions.begin() as tx:
            current = self.records.get_in(tx.conn, "matching_meeting", meeting_id)
            changes: dict[str, Any] = {}
            if slot_start is not None:
                changes["slot_start"] = slot_start
                if slot_end is None and keep_length:
                    length = datetime.fromisoformat(current["slot_end"]) - datetime.fromisoformat(current["slot_start"])
                    slot_end = (datetime.fromisoformat(str(slot_start)) + length).isoformat(timespec="seconds")
            if slot_end is not None:
                changes["slot_end"] = slot_end
            if table_no is not None:
                changes["table_no"] = table_no
            return self.records.update("matching_meeting", meeting_id, changes, tx=tx)

    def swap(self, first_id: str, second_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """Exchange the slots and tables of two meetings of one event."""
        # Not a batch: its undo is another swap (undoing field by field would pass through clashes).
        with self.services.transactions.begin() as tx:
            a = self.records.get_in(tx.conn, "matching_meeting", first_id)
            b = self.records.get_in(tx.conn, "matching_meeting", second_id)
            if a["event_id"] != b["event_id"]:
                raise MitakeError(msg("meeting_other_event"))
            keys = ("slot_start", "slot_end", "table_no")
            with deferred_booking_checks():  # halfway through a swap the two overlap by design
                new_a = self.records.update("matching_meeting", first_id, {k: b[k] for k in keys}, tx=tx)
                new_b = self.records.update("matching_meeting", second_id, {k: a[k] for k in keys}, tx=tx)
            for record in (new_a, new_b):
                problems = overlap_problems(tx.conn, record, record["id"])
                if problems:
                    raise ValidationError(problems)  # rolls the swap back
            return new_a, new_b

    def remove(self, meeting_id: str) -> None:
        self.records.delete("matching_meeting", meeting_id)

    def clear(self, event_id: str, *, only_pending: bool = True) -> int:
        """Remove the event's meetings (by default only those without an outcome) as one batch."""
        t = ENTITY_TABLES["matching_meeting"]
        with self.services.transactions.begin(batch_kind="matching_clear", batch_label=event_id) as tx:
            cond = [t.c.event_id == event_id, t.c.deleted.is_(False)]
            if only_pending:
                cond.append(t.c.outcome == "pending")
            ids = tx.conn.execute(select(t.c.id).where(*cond)).scalars().all()
            for mid in ids:
                self.records.delete("matching_meeting", mid, tx=tx)
        return len(ids)

    # -- reading -------------------------------------------------------------------------------

    def meetings(self, event_id: str) -> list[MeetingRow]:
        """The event's meetings by slot then table, with names for display."""
        m, p, o, tool = (ENTITY_TABLES[n] for n in ("matching_meeting", "person", "organisation", "it_tool"))
        fp, pp, fo, po = p.alias("fp"), p.alias("pp"), o.alias("fo"), o.alias("po")
        stmt = (
            select(m, fp.c.name.label("firm_name"), fo.c.name.label("firm_org"), pp.c.name.label("provider_name"),
                   po.c.name.label("provider_org"), tool.c.name.label("tool_name"))
            .select_from(m.join(fp, fp.c.id == m.c.firm_person_id).join(pp, pp.c.id == m.c.provider_person_id)
                         .outerjoin(fo, fo.c.id == fp.c.organisation_id).outerjoin(po, po.c.id == pp.c.organisation_id)
                         .outerjoin(tool, tool.c.id == m.c.it_tool_id))
            .where(m.c.event_id == event_id, m.c.deleted.is_(False))
            .order_by(m.c.slot_start, m.c.table_no, m.c.id)
        )
        with self.services.db.read() as conn:
            return [MeetingRow(r.id, r.event_id, r.slot_start, r.slot_end, r.table_no or "", r.firm_person_id,
                               r.firm_name or "", r.firm_org or "", r.provider_person_id, r.provider_name or "",
                               r.provider_org or "", r.outcome, r.it_tool_id, r.tool_name or "", r.notes or "")
                    for r in conn.execute(stmt)]

    def double_bookings(self, event_id: str) -> list[Clash]:
        """Overlaps in the event's schedule (none unless they arrived by sync from two laptops)."""
        with self.services.db.read() as conn:
            return find_clashes(_bookings(conn, event_id))

    # -- outcomes ------------------------------------------------------------------------------

    def record_outcome(self, meeting_id: str, outcome: str, *, it_tool_id: str | None = None,
                       notes: str | None = None) -> dict[str, Any]:
        """Record how a meeting ended; a trial or an adoption names the IT tool concerned."""
        changes: dict[str, Any] = {"outcome": outcome}
        if it_tool_id is not None:
            changes["it_tool_id"] = it_tool_id
        if notes is not None:
            changes["notes"] = notes
        with self.services.transactions.begin() as tx:
            current = self.records.get_in(tx.conn, "matching_meeting", meeting_id)
            if outcome in OUTCOMES_NEEDING_TOOL and not (it_tool_id or current["it_tool_id"]):
                f = spec("matching_meeting").field("it_tool_id")
                raise ValidationError([FieldProblem(f.name, str(f.label), msg("outcome_needs_tool"))])
            return self.records.update("matching_meeting", meeting_id, changes, tx=tx)

    def adoptions(self, *, community_id: str | None = None, event_id: str | None = None) -> list[Adoption]:
        """Meetings that ended in an adoption, newest event first."""
        m, e, c = ENTITY_TABLES["matching_meeting"], ENTITY_TABLES["event"], ENTITY_TABLES["community"]
        p, o, tool = ENTITY_TABLES["person"], ENTITY_TABLES["organisation"], ENTITY_TABLES["it_tool"]
        fp, pp, fo, po = p.alias("fp"), p.alias("pp"), o.alias("fo"), o.alias("po")
        stmt = (
            select(m.c.id, m.c.event_id, m.c.firm_person_id, m.c.it_tool_id, e.c.title, e.c.starts_at,
                   e.c.community_id, c.c.name.label("community_name"), fp.c.name.label("firm_name"),
                   fo.c.id.label("org_id"), fo.c.name.label("org_name"), pp.c.name.label("provider_name"),
                   po.c.name.label("provider_org"), tool.c.name.label("tool_name"))
            .select_from(m.join(e, e.c.id == m.c.event_id).outerjoin(c, c.c.id == e.c.community_id)
                         .join(fp, fp.c.id == m.c.firm_person_id).join(pp, pp.c.id == m.c.provider_person_id)
                         .outerjoin(fo, fo.c.id == fp.c.organisation_id).outerjoin(po, po.c.id == pp.c.organisation_id)
                         .outerjoin(tool, tool.c.id == m.c.it_tool_id))
            .where(m.c.outcome == "adoption", m.c.deleted.is_(False), e.c.deleted.is_(False))
            .order_by(e.c.starts_at.desc(), m.c.slot_start, m.c.id)
        )
        if community_id is not None:
            stmt = stmt.where(e.c.community_id == community_id)
        if event_id is not None:
            stmt = stmt.where(m.c.event_id == event_id)
        with self.services.db.read() as conn:
            rows = conn.execute(stmt).all()
            written = self._case_studies_by_org_tool(conn, {r.org_id for r in rows if r.org_id})
        return [Adoption(r.id, r.event_id, r.title, (r.starts_at or "")[:10], r.community_id, r.community_name or "",
                         r.firm_person_id, r.firm_name or "", r.org_id, r.org_name or "", r.provider_name or "",
                         r.provider_org or "", r.it_tool_id, r.tool_name or "",
                         written.get((r.org_id, r.it_tool_id)) if r.org_id else None)
                for r in rows]

    def draft_case_study(self, meeting_id: str) -> DraftResult:
        """A draft case study from an adoption: firm, tool, community, supporter; the story is left to write."""
        with self.services.transactions.begin() as tx:
            meeting = self.records.get_in(tx.conn, "matching_meeting", meeting_id)
            if meeting["outcome"] != "adoption":
                raise MitakeError(msg("case_draft_not_adoption"))
            event = self.records.get_in(tx.conn, "event", meeting["event_id"])
            firm = self.records.get_in(tx.conn, "person", meeting["firm_person_id"])
            provider = self.records.get_in(tx.conn, "person", meeting["provider_person_id"])
            org = (self.records.get_in(tx.conn, "organisation", firm["organisation_id"])
                   if firm["organisation_id"] else None)
            tool = self.records.get_in(tx.conn, "it_tool", meeting["it_tool_id"]) if meeting["it_tool_id"] else None
            if org is not None and tool is not None:
                existing = self._case_studies_by_org_tool(tx.conn, {org["id"]}).get((org["id"], tool["id"]))
                if existing is not None:
                    return DraftResult(self.records.get_in(tx.conn, "case_study", existing), False)
            firm_name = org["name"] if org else firm["name"]
            tool_name = tool["name"] if tool else msg("case_draft_unknown_tool")
            values: dict[str, Any] = {
                "title": msg("case_draft_title", firm=firm_name, tool=tool_name)[:200],
                "organisation_id": org["id"] if org else None,
                "community_id": event["community_id"],
                "supporter_org_ids": [event["organiser_id"]] if event["organiser_id"] else [],
                "it_tool_ids": [tool["id"]] if tool else [],
                "summary": msg("case_draft_summary", date=(event["starts_at"] or "")[:10], event=event["title"],
                               provider=provider["name"], firm=firm_name, tool=tool_name),
                "status": "draft",
            }
            if org is not None:
                for key in ("prefecture", "industry", "employees_band", "capital_band"):
                    values[key] = org[key]
            return DraftResult(self.records.create("case_study", values, tx=tx), True)

    # -- helpers -------------------------------------------------------------------------------

    def _parties(self, conn: Connection, event_id: str) -> tuple[list[Any], list[Any]]:
        rows = [r for r in conn.execute(participants_query(event_id)) if r.status in MATCHABLE_STATUSES]
        rows.sort(key=lambda r: (r.registered_at or "", r.registration_id))  # first come, first scheduled
        firms = [r for r in rows if r.participant_role == "firm"]
        providers = [r for r in rows if r.participant_role == "provider"]
        return firms, providers

    def _offerings(self, conn: Connection, providers: Sequence[Any]) -> dict[str, frozenset[str]]:
        tool = ENTITY_TABLES["it_tool"]
        by_vendor: dict[str, set[str]] = {}
        for vendor, category in conn.execute(select(tool.c.vendor, tool.c.category).where(tool.c.deleted.is_(False))):
            if vendor and category:
                by_vendor.setdefault(org_key(vendor), set()).add(category)
        out: dict[str, frozenset[str]] = {}
        for p in providers:
            declared = set(p.interests or ())
            out[p.person_id] = frozenset(declared or by_vendor.get(org_key(p.organisation), set()))
        return out

    def _require_registered(self, conn: Connection, event_id: str, person_ids: Sequence[str]) -> None:
        t = ENTITY_TABLES["registration"]
        ok = set(conn.execute(select(t.c.person_id).where(
            t.c.event_id == event_id, t.c.deleted.is_(False), t.c.person_id.in_(list(person_ids)),
            t.c.status.in_(MATCHABLE_STATUSES))).scalars())
        missing = [p for p in person_ids if p not in ok]
        if missing:
            names = _person_names(conn, missing)
            raise MitakeError(msg("meeting_not_registered", name=", ".join(names.get(p, p) for p in missing)))

    def _case_studies_by_org_tool(self, conn: Connection, org_ids: set[str]) -> dict[tuple[str, str], str]:
        cs = ENTITY_TABLES["case_study"]
        out: dict[tuple[str, str], str] = {}
        wanted = list(org_ids)
        for i in range(0, len(wanted), 500):
            rows = conn.execute(select(cs.c.id, cs.c.organisation_id, cs.c.it_tool_ids).where(
                cs.c.organisation_id.in_(wanted[i:i + 500]), cs.c.deleted.is_(False)).order_by(cs.c.id))
            for rid, org_id, tools in rows:
                for tool_id in tools or []:
                    out.setdefault((org_id, tool_id), rid)
        return out
