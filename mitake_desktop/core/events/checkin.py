"""Event-day check-in: find a participant from a few keystrokes, check them in, add walk-ins.

A :class:`CheckinSession` loads the event's participants once (one query) into an in-memory index
and answers searches from it, so typing stays instant with thousands of registrations; its own
changes update the index in place, and :meth:`CheckinSession.refresh_if_changed` reloads it when
another window or process wrote to the database.

Search (names and readings folded with :mod:`mitake_desktop.core.events.names`):

1. a prefix of a part of the name or of the reading (山田 / やま / ヤマ / ﾔﾏ / yama) ranks first;
2. a prefix of the whole name or reading without spaces (やまだた) next;
3. any substring of name, reading, romaji, organisation or e-mail last.

Within a rank, people not yet checked in come first, then kana order. Prefix ranks are answered by
binary search over sorted keys; the substring rank by ``str.find`` over one text of all entries.

Each check-in, undo and walk-in is its own transaction, committed at once (nothing waits for a save).
A session belongs to one thread (the GUI's): searches are in memory and a write takes a few
milliseconds, so neither needs a worker.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.events.common import (
    ATTENDED,
    CANCELLED,
    NO_SHOW,
    PRESENT_STATUSES,
    REGISTERED,
    WAITLISTED,
    WALK_IN,
    AttendanceCounts,
    participants_query,
)
from mitake_desktop.core.events.names import (
    clean_name,
    email_key,
    fold_romaji,
    is_romaji_query,
    name_key,
    phone_key,
    reading_key,
    romaji_parts,
    search_parts,
)
from mitake_desktop.core.events.registrations import Participant, over_capacity, participant_from_row
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.services.tx import get_state
from mitake_desktop.core.storage.tables import ENTITY_TABLES, batch, history
from mitake_desktop.core.text import kana_sort_key, search_form

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

_END = "\U0010ffff"


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat(timespec="seconds")


class _Index:
    """Sorted prefix keys and one substring haystack over a list of participants.

    Built once per load; a walk-in is added in place (binary-search inserts, the haystack grows at
    its end) and a removed walk-in is only marked, so neither rebuilds the index.
    """

    def __init__(self, people: list[Participant]) -> None:
        self.part_keys: list[tuple[str, int]] = []
        self.full_keys: list[tuple[str, int]] = []
        self.romaji_part_keys: list[tuple[str, int]] = []
        self.romaji_full_keys: list[tuple[str, int]] = []
        self.offsets: list[int] = []
        self.removed: set[int] = set()
        hay: list[str] = []
        pos = 0
        for i, p in enumerate(people):
            parts, full, romaji_parts_, romaji_full, text = self._keys(p)
            self.part_keys += [(k, i) for k in parts]
            self.full_keys += [(k, i) for k in full]
            self.romaji_part_keys += [(k, i) for k in romaji_parts_]
            self.romaji_full_keys += [(k, i) for k in romaji_full]
            self.offsets.append(pos)
            pos += len(text)
            hay.append(text)
        for keys in (self.part_keys, self.full_keys, self.romaji_part_keys, self.romaji_full_keys):
            keys.sort()
        self.haystack = "".join(hay)

    @staticmethod
    def _keys(p: Participant) -> tuple[set[str], set[str], set[str], set[str], str]:
        names = search_parts(p.name)
        readings = search_parts(p.reading)
        romaji = romaji_parts(p.reading)
        latin = [fold_romaji(n) for n in names if n.isascii()]  # names written in Latin letters
        text = "\x1f".join((search_form(p.name), search_form(p.reading), "".join(romaji),
                            search_form(p.organisation), p.email.casefold())) + "\n"
        return ({*names, *readings}, {"".join(names), "".join(readings)} - {""}, {*romaji, *latin},
                {"".join(romaji), "".join(latin)} - {""}, text)

    def add(self, i: int, p: Participant) -> None:
        parts, full, romaji_parts_, romaji_full, text = self._keys(p)
        for keys, new in ((self.part_keys, parts), (self.full_keys, full), (self.romaji_part_keys, romaji_parts_),
                          (self.romaji_full_keys, romaji_full)):
            for k in new:
                bisect.insort(keys, (k, i))
        self.offsets.append(len(self.haystack))
        self.haystack += text

    @staticmethod
    def _prefixed(keys: list[tuple[str, int]], prefix: str) -> Iterable[int]:
        lo = bisect.bisect_left(keys, (prefix,))
        hi = bisect.bisect_left(keys, (prefix + _END,))
        return (keys[j][1] for j in range(lo, hi))

    def _substring(self, needle: str, exclude: set[int], want: int) -> list[int]:
        out: list[int] = []
        start = 0
        while len(out) < want:
            at = self.haystack.find(needle, start)
            if at < 0:
                break
            i = bisect.bisect_right(self.offsets, at) - 1
            if i not in exclude:
                out.append(i)
            # Continue after this entry's line: one hit per entry is enough.
            start = self.offsets[i + 1] if i + 1 < len(self.offsets) else len(self.haystack)
        return out

    def ranked(self, query: str, limit: int, order_key: Any) -> list[int]:
        words = [w for w in search_form(query).split(" ") if w]
        if not words:
            return []
        romaji = is_romaji_query(query)
        folded = [fold_romaji(w) for w in words] if romaji else []

        def prefix_sets(keys: list[tuple[str, int]], rkeys: list[tuple[str, int]]) -> set[int]:
            # Every word must prefix some part (so "山田 た" finds 山田 太郎).
            result: set[int] | None = None
            for k, w in enumerate(words):
                hits = set(self._prefixed(keys, w))
                if romaji:
                    for variant in _romaji_variants(folded[k]):
                        hits.update(self._prefixed(rkeys, variant))
                result = hits if result is None else result & hits
            return (result or set()) - self.removed

        first = prefix_sets(self.part_keys, self.romaji_part_keys)
        joined = "".join(words)
        second: set[int] = set(self._prefixed(self.full_keys, joined))
        if romaji:
            for variant in _romaji_variants(fold_romaji(joined)):
                second.update(self._prefixed(self.romaji_full_keys, variant))
        second -= first | self.removed
        ranked = sorted(first, key=order_key) + sorted(second, key=order_key)
        if len(ranked) < limit:
            needle = fold_romaji(joined) if romaji else joined
            seen = set(ranked) | self.removed
            third = self._substring(needle, seen, limit - len(ranked))
            if romaji and needle != joined:
                third += self._substring(joined, seen | set(third), limit - len(ranked) - len(third))
            ranked += sorted(third, key=order_key)
        return ranked[:limit]


def _romaji_variants(folded: str) -> list[str]:
    """A query ending half-way through a syllable ("ch", "sh", "j") still finds ちば, しま, じゅん."""
    out = [folded]
    if len(folded) >= 2 and folded.endswith("y") and folded[-2] in "stz":
        out.append(folded[:-1])
    return out


@dataclass(frozen=True)
class WalkInResult:
    participant: Participant
    person_created: bool
    batch_id: str | None
    # The status of the registration the person already had (registered, waitlisted, cancelled …);
    # None when the walk-in got a new registration.
    previous_status: str | None = None


class CheckinSession:
    """The check-in desk of one event (see the module notes)."""

    def __init__(self, services: Services, event_id: str) -> None:
        self.services = services
        self.records = services.records
        self.event_id = event_id
        self.event: dict[str, Any] = {}
        self._people: list[Participant] = []
        self._pos: dict[str, int] = {}
        self._order: list[str] = []  # kana sort key of each participant (its person's list order)
        self._index: _Index | None = None
        self._counts: dict[str, int] = {}
        self._seen_lseq: str | None = None
        self.refresh()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the event and its participants again (one query)."""
        with self.services.db.read() as conn:
            self.event = self.records.get_in(conn, "event", self.event_id)
            rows = conn.execute(participants_query(self.event_id)).all()
            self._seen_lseq = get_state(conn, "lseq")
        self._people = [participant_from_row(r) for r in rows]
        self._order = [r.person_sort for r in rows]
        self._rebuild()

    def refresh_if_changed(self) -> bool:
        """Reload when anything was written since the last load (by another window or process)."""
        with self.services.db.read() as conn:
            current = get_state(conn, "lseq")
        if current == self._seen_lseq:
            return False
        self.refresh()
        return True

    def _rebuild(self) -> None:
        self._pos = {p.registration_id: i for i, p in enumerate(self._people)}
        self._index = _Index(self._people)
        self._counts = {}
        for p in self._people:
            self._counts[p.status] = self._counts.get(p.status, 0) + 1

    def _mark_seen(self) -> None:
        with self.services.db.read() as conn:
            self._seen_lseq = get_state(conn, "lseq")

    # -- reading -------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[Participant]:
        """The best matches for a few typed characters (see the module notes for the ranking)."""
        assert self._index is not None
        people, keys = self._people, self._order

        def order(i: int) -> tuple[bool, str, int]:
            return (people[i].status in PRESENT_STATUSES, keys[i], i)  # not yet checked in first, then kana order

        return [people[i] for i in self._index.ranked(query, limit, order)]

    def participants(self) -> list[Participant]:
        """Everyone registered for the event, in kana order."""
        assert self._index is not None
        removed = self._index.removed
        live = [i for i in range(len(self._people)) if i not in removed]
        live.sort(key=lambda i: (self._order[i], i))
        return [self._people[i] for i in live]

    def get(self, registration_id: str) -> Participant:
        return self._people[self._position(registration_id)]

    def counters(self) -> AttendanceCounts:
        """Live counts: attended / registered / walk-ins / no-shows (and waiting, waitlisted, cancelled)."""
        return AttendanceCounts.from_counter(self._counts)

    def over_capacity(self) -> int:
        """Seats taken beyond the event's capacity now (read from the database: capacity may have changed)."""
        with self.services.db.read() as conn:
            return over_capacity(conn, self.records.get_in(conn, "event", self.event_id))

    # -- writing -------------------------------------------------------------------------------

    def check_in(self, registration_id: str, *, at: str | None = None) -> Participant:
        """Mark as attended now (one committed transaction). Someone already present is left as is."""
        current = self.get(registration_id)
        if current.status in PRESENT_STATUSES:
            return current
        record = self.records.update("registration", registration_id,
                                     {"status": ATTENDED, "checked_in_at": at or _now()})
        self._mark_seen()
        return self._replace(current, status=record["status"], checked_in_at=record["checked_in_at"])

    def undo_check_in(self, registration_id: str) -> Participant | None:
        """Take back a check-in: the status before it returns; a walk-in added here disappears again.

        Returns the participant as now, or None when the walk-in's registration was removed.
        """
        current = self.get(registration_id)
        if current.status not in PRESENT_STATUSES:
            return current
        walk_in_batch = self._walk_in_batch(registration_id)
        if walk_in_batch is not None:
            self.services.history.undo_batch(walk_in_batch)
            self._mark_seen()
            self._remove(registration_id)
            return None
        if current.status == WALK_IN:  # a walk-in recorded elsewhere (an import, another laptop)
            self.records.delete("registration", registration_id)
            self._mark_seen()
            self._remove(registration_id)
            return None
        before = self._status_before_check_in(registration_id)
        record = self.records.update("registration", registration_id, {"status": before, "checked_in_at": None})
        self._mark_seen()
        return self._replace(current, status=record["status"], checked_in_at=None)

    def add_walk_in(self, name: str, *, reading: str | None = None, organisation: str | None = None,
                    email: str | None = None, phone: str | None = None, person_id: str | None = None,
                    at: str | None = None) -> WalkInResult:
        """Someone who did not register: found or created as a person, registered and checked in at once.

        An existing person is reused when ``person_id`` is given, or when exactly one person has the
        same e-mail, or the same name and reading. Someone already registered is simply checked in.
        """
        at = at or _now()
        with self.services.transactions.begin(batch_kind="walk_in", batch_label=clean_name(name)) as tx:
            created = False
            if person_id is None:
                person_id = self._find_person(tx.conn, name, reading, email, phone)
            if person_id is None:
                org_id = None
                if organisation and clean_name(organisation):
                    from mitake_desktop.core.events.participant_import import find_or_create_organisation

                    org_id = find_or_create_organisation(self.services, tx, clean_name(organisation))
                person = self.records.create("person", {
                    "name": clean_name(name), "reading": clean_name(reading) or None, "email": email or None,
                    "phone": phone or None, "organisation_id": org_id}, tx=tx)
                person_id = person["id"]
                created = True
            t = ENTITY_TABLES["registration"]
            existing = tx.conn.execute(select(t.c.id, t.c.status).where(
                t.c.event_id == self.event_id, t.c.person_id == person_id, t.c.deleted.is_(False))).first()
            previous = None if existing is None else str(existing.status)
            if existing is not None:
                if existing.status in PRESENT_STATUSES:
                    record = self.records.get_in(tx.conn, "registration", existing.id)
                else:
                    record = self.records.update("registration", existing.id,
                                                 {"status": ATTENDED, "checked_in_at": at}, tx=tx)
            else:
                record = self.records.create("registration", {
                    "event_id": self.event_id, "person_id": person_id, "status": WALK_IN, "registered_at": at,
                    "checked_in_at": at}, tx=tx)
            batch_id = tx.batch_id
            row = tx.conn.execute(participants_query(self.event_id).where(t.c.id == record["id"])).one()
        participant = participant_from_row(row)
        self._mark_seen()
        if participant.registration_id in self._pos:
            old = self.get(participant.registration_id)
            self._counts[old.status] -= 1
            self._people[self._pos[participant.registration_id]] = participant
            self._counts[participant.status] = self._counts.get(participant.status, 0) + 1
        else:
            assert self._index is not None
            i = len(self._people)
            self._people.append(participant)
            self._order.append(kana_sort_key(participant.reading, participant.name))
            self._pos[participant.registration_id] = i
            self._index.add(i, participant)
            self._counts[participant.status] = self._counts.get(participant.status, 0) + 1
        return WalkInResult(participant, created, batch_id, previous)

    # -- helpers -------------------------------------------------------------------------------

    def _position(self, registration_id: str) -> int:
        try:
            return self._pos[registration_id]
        except KeyError:
            raise MitakeError(msg("checkin_not_registered")) from None

    def _replace(self, current: Participant, **changes: Any) -> Participant:
        updated = replace(current, **changes)
        self._counts[current.status] -= 1
        self._counts[updated.status] = self._counts.get(updated.status, 0) + 1
        self._people[self._pos[current.registration_id]] = updated
        return updated  # names are unchanged, so the search index stays valid

    def _remove(self, registration_id: str) -> None:
        assert self._index is not None
        i = self._pos.pop(registration_id)
        self._index.removed.add(i)  # marked, not rebuilt: positions stay valid
        self._counts[self._people[i].status] -= 1

    def _status_before_check_in(self, registration_id: str) -> str:
        with self.services.db.read() as conn:
            rows = conn.execute(select(history.c.old, history.c.new).where(
                history.c.entity_type == "registration", history.c.entity_id == registration_id,
                history.c.field == "status").order_by(history.c.seq.desc()).limit(1)).first()
        if rows is not None and rows.new in PRESENT_STATUSES and rows.old in (REGISTERED, WAITLISTED, CANCELLED,
                                                                               NO_SHOW):
            return str(rows.old)
        return REGISTERED

    def _walk_in_batch(self, registration_id: str) -> str | None:
        """The walk-in batch that created this registration, if it was added at a check-in desk."""
        with self.services.db.read() as conn:
            row = conn.execute(
                select(batch.c.id).select_from(history.join(batch, batch.c.id == history.c.batch_id)).where(
                    history.c.entity_type == "registration", history.c.entity_id == registration_id,
                    history.c.action == "create", batch.c.kind == "walk_in", batch.c.undone.is_(False))).first()
        return None if row is None else str(row[0])

    def _find_person(self, conn: Any, name: str, reading: str | None, email: str | None,
                     phone: str | None) -> str | None:
        """The one existing person this walk-in clearly is, or None (SQL narrows, Python folds).

        Names compare NFKC-normalised, without spaces, old kanji forms folded (髙/高); readings
        compare kana-folded. In order: someone on this event's list with the same name (and the
        same reading when both have one) — a registered person typed in as a walk-in; then anyone
        with the same e-mail (the same name too when several share it); the same name and phone
        number; the same name and reading. A bare name is never enough outside the event's list:
        namesakes are common, and a wrong match would check in someone else.
        """
        wanted = name_key(name)
        wanted_reading = reading_key(reading)

        def same_reading(other: str | None) -> bool:
            return not wanted_reading or not reading_key(other) or reading_key(other) == wanted_reading

        on_list = (self._people[i] for i in self._pos.values())  # removed walk-ins are not in _pos
        listed = {x.person_id for x in on_list if name_key(x.name) == wanted and same_reading(x.reading)}
        if len(listed) == 1:
            return listed.pop()
        p = ENTITY_TABLES["person"]
        live = p.c.deleted.is_(False)
        if email and email_key(email):
            rows = conn.execute(select(p.c.id, p.c.name).where(
                live, func.lower(p.c.email) == email_key(email))).all()
            if len(rows) > 1:  # a shared address (info@…): the name decides
                rows = [r for r in rows if name_key(r.name) == wanted]
            if len(rows) == 1:
                return str(rows[0].id)
        if phone and phone_key(phone):
            # Stored numbers are written every which way (03-1234-5678, (03)1234 5678, full-width):
            # compare their digits in Python; a walk-in is rare enough for one scan of the phones.
            rows = conn.execute(select(p.c.id, p.c.name, p.c.phone).where(live, p.c.phone.is_not(None))).all()
            ids = [r.id for r in rows if phone_key(r.phone) == phone_key(phone) and name_key(r.name) == wanted]
            if len(ids) == 1:
                return str(ids[0])
        if wanted_reading:
            # The list's sort key is the reading in hiragana without spaces: an indexed lookup.
            rows = conn.execute(select(p.c.id, p.c.name, p.c.reading).where(
                live, p.c.sort_key == kana_sort_key(reading))).all()
            ids = [r.id for r in rows if name_key(r.name) == wanted and reading_key(r.reading) == wanted_reading]
            if len(ids) == 1:
                return str(ids[0])
        return None
