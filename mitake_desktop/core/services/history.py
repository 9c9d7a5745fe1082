"""The audit trail: what changed, old → new, when, on which device, by whom; reverting and undoing batches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, or_, select, update

from mitake_desktop.core.errors import NotFoundError, Summary
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.schema import ENTITIES, Kind
from mitake_desktop.core.services.identity import device_names
from mitake_desktop.core.services.records import RecordService
from mitake_desktop.core.services.tx import Transactions
from mitake_desktop.core.storage.database import Database
from mitake_desktop.core.storage.tables import ENTITY_TABLES, batch, history


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    device_id: str
    device_name: str
    actor: str
    entity_type: str
    entity_id: str
    action: str
    field: str | None
    old: Any
    new: Any
    batch_id: str | None


@dataclass(frozen=True)
class Batch:
    id: str
    kind: str
    label: str
    at: str
    actor: str
    undone: bool


class HistoryService:
    def __init__(self, db: Database, transactions: Transactions, records: RecordService) -> None:
        self.db = db
        self.transactions = transactions
        self.records = records

    def _entries(self, stmt: Any) -> list[HistoryEntry]:
        with self.db.read() as conn:
            names = device_names(conn)
            return [
                HistoryEntry(r.seq, r.at, r.device_id, names.get(r.device_id, ""), r.actor, r.entity_type,
                             r.entity_id, r.action, r.field, r.old, r.new, r.batch_id)
                for r in conn.execute(stmt)
            ]

    def for_record(self, type_name: str, record_id: str, *, limit: int = 500,
                   before_seq: int | None = None) -> list[HistoryEntry]:
        """A record's changes, newest first; ``before_seq`` pages on (the GUI's history list)."""
        stmt = (select(history).where(history.c.entity_type == type_name, history.c.entity_id == record_id)
                .order_by(history.c.seq.desc()).limit(limit))
        if before_seq is not None:
            stmt = stmt.where(history.c.seq < before_seq)
        return self._entries(stmt)

    def for_batch(self, batch_id: str) -> list[HistoryEntry]:
        return self._entries(select(history).where(history.c.batch_id == batch_id).order_by(history.c.seq))

    def recent(self, *, limit: int = 200, before_seq: int | None = None) -> list[HistoryEntry]:
        stmt = select(history).order_by(history.c.seq.desc()).limit(limit)
        if before_seq is not None:
            stmt = stmt.where(history.c.seq < before_seq)
        return self._entries(stmt)

    def revert_field(self, seq: int) -> dict[str, Any]:
        """Set a field back to the value it had before the change ``seq`` (recorded as a new change)."""
        with self.db.read() as conn:
            row = conn.execute(select(history).where(history.c.seq == seq)).first()
        if row is None or row.action != "update" or row.field is None:
            raise NotFoundError(msg("not_found", type="history", id=seq))
        return self.records.update(row.entity_type, row.entity_id, {row.field: row.old})

    def batches(self, kind: str | None = None, *, limit: int = 100) -> list[Batch]:
        stmt = select(batch).order_by(batch.c.at.desc()).limit(limit)
        if kind is not None:
            stmt = stmt.where(batch.c.kind == kind)
        with self.db.read() as conn:
            return [Batch(r.id, r.kind, r.label, r.at, r.actor, bool(r.undone)) for r in conn.execute(stmt)]

    def batch(self, batch_id: str) -> Batch | None:
        with self.db.read() as conn:
            r = conn.execute(select(batch).where(batch.c.id == batch_id)).first()
        return None if r is None else Batch(r.id, r.kind, r.label, r.at, r.actor, bool(r.undone))

    def undo_batch(self, batch_id: str) -> Summary:
        """Undo every change of a batch in one step, newest first.

        Changes are taken record by record, so fields that only make sense together (an event's start
        and end) are restored in one update and validated together. Undo never overwrites later work:
        a field changed again since the batch is left as it is now (counted as ``skipped``); a record the
        batch made that was edited since, or one it deleted that was restored since, stays as it is
        (``kept``); and a record the batch made that a remaining record still refers to stays too
        (``kept_referenced``), so no live record is left pointing at a record the undo deleted.
        "Since" means the net change: an edit that was itself taken back (Ctrl+Z) leaves nothing to keep.
        """
        summary = Summary()
        entries = self.for_batch(batch_id)
        groups: dict[tuple[str, str], list[HistoryEntry]] = {}
        for e in reversed(entries):  # newest first
            groups.setdefault((e.entity_type, e.entity_id), []).append(e)
        later = self._later_values(batch_id, entries)
        created: dict[str, list[str]] = {}
        with self.transactions.begin(batch_kind="undo", batch_label=batch_id) as tx:
            for (type_name, record_id), group in groups.items():
                t = ENTITY_TABLES[type_name]
                current = tx.conn.execute(select(t).where(t.c.id == record_id)).first()
                if current is None:
                    continue
                changes = [_as_change(e) for e in group]
                actions = [action for action, _, _, _ in changes]
                if "create" in actions:  # made by the batch: undoing it removes it, unless worked on since
                    if current.deleted:
                        continue
                    since = later.get((type_name, record_id), {})
                    if any(current._mapping[f] != old for f, old in since.items()):
                        summary.add("kept")
                    else:
                        created.setdefault(type_name, []).append(record_id)
                    continue
                newest_new: dict[str, Any] = {}
                oldest_old: dict[str, Any] = {}
                for action, field, old, new in changes:
                    if action == "update" and field is not None:
                        newest_new.setdefault(field, new)
                        oldest_old[field] = old
                last_state = next((a for a in actions if a in ("delete", "restore")), None)
                if last_state == "delete" and not current.deleted:
                    summary.add("kept")  # restored since: someone wants it
                elif last_state == "delete":
                    self.records.restore(type_name, record_id, tx=tx)
                    summary.add("restored")
                revert = {f: oldest_old[f] for f, v in newest_new.items() if current._mapping[f] == v}
                summary.add("skipped", len(newest_new) - len(revert))
                if revert and not (current.deleted and last_state != "delete"):
                    self.records.update(type_name, record_id, revert, tx=tx)
                    summary.add("reverted", len(revert))
                if last_state == "restore" and not current.deleted:
                    self.records.delete(type_name, record_id, tx=tx)
                    summary.add("deleted")
            # Deleted last, once reverts and restores are in: what still refers to them is then known.
            referenced = _still_referenced(tx.conn, created)
            summary.add("kept_referenced", sum(len(ids) for ids in referenced.values()))
            for type_name, ids in created.items():
                for record_id in ids:
                    if record_id not in referenced.get(type_name, set()):
                        self.records.delete(type_name, record_id, tx=tx)
                        summary.add("deleted")
            tx.conn.execute(update(batch).where(batch.c.id == batch_id).values(undone=True))
        summary.counts = {k: v for k, v in summary.counts.items() if v}
        return summary

    def _later_values(self, batch_id: str,
                      entries: list[HistoryEntry]) -> dict[tuple[str, str], dict[str, Any]]:
        """Per record of the batch, each field changed since: the value it had before the first later change.

        A field whose current value still equals it has, on balance, not changed (an edit and its undo).
        """
        if not entries:
            return {}
        touched = {(e.entity_type, e.entity_id) for e in entries}
        out: dict[tuple[str, str], dict[str, Any]] = {}
        stmt = (select(history.c.entity_type, history.c.entity_id, history.c.action, history.c.field,
                       history.c.old, history.c.new)
                .where(history.c.seq > entries[0].seq, or_(history.c.batch_id.is_(None), history.c.batch_id != batch_id))
                .order_by(history.c.seq))
        with self.db.read() as conn:
            for r in conn.execute(stmt):
                key = (r.entity_type, r.entity_id)
                if key not in touched:
                    continue
                action, field, old, _ = _as_change(HistoryEntry(0, "", "", "", "", r.entity_type, r.entity_id,
                                                                r.action, r.field, r.old, r.new, None))
                if action == "update" and field is not None:
                    out.setdefault(key, {}).setdefault(field, old)
        return out


def _still_referenced(conn: Connection, doomed: dict[str, list[str]]) -> dict[str, set[str]]:
    """The records among ``doomed`` that a live record outside ``doomed`` refers to, directly or through
    another such record (a kept event keeps the community it belongs to, which keeps its coordinating
    organisation)."""
    doomed_sets = {t: set(ids) for t, ids in doomed.items() if ids}
    # Edges child -> parent between doomed records, and parents referred to from outside.
    parents_of: dict[tuple[str, str], set[tuple[str, str]]] = {}
    seeds: set[tuple[str, str]] = set()
    for target, ids in doomed_sets.items():
        for child, parent in _referrers(conn, target, ids):
            if child[1] in doomed_sets.get(child[0], ()):
                parents_of.setdefault(child, set()).add(parent)
            else:
                seeds.add(parent)
    kept: set[tuple[str, str]] = set()
    todo = list(seeds)
    while todo:
        node = todo.pop()
        if node in kept:
            continue
        kept.add(node)
        todo.extend(parents_of.get(node, ()))
    out: dict[str, set[str]] = {}
    for type_name, record_id in kept:
        out.setdefault(type_name, set()).add(record_id)
    return out


def _referrers(conn: Connection, target: str,
               ids: set[str]) -> Iterable[tuple[tuple[str, str], tuple[str, str]]]:
    """(child, parent) pairs: live records that refer to one of ``ids`` (records of type ``target``)."""
    wanted = sorted(ids)
    for entity, f in ((e, f) for e in ENTITIES for f in e.fields
                      if f.target == target and f.kind in (Kind.REF, Kind.REFS)):
        t = ENTITY_TABLES[entity.type]
        if f.kind is Kind.REF:
            for i in range(0, len(wanted), 500):
                rows = conn.execute(select(t.c.id, t.c[f.name]).where(
                    t.c[f.name].in_(wanted[i : i + 500]), t.c.deleted.is_(False)))
                for rid, value in rows:
                    yield (entity.type, rid), (target, value)
        else:  # a list of references: one pass over the live rows that have any
            rows = conn.execute(select(t.c.id, t.c[f.name]).where(t.c[f.name].is_not(None), t.c.deleted.is_(False)))
            for rid, values in rows:
                for value in values or []:
                    if value in ids:
                        yield (entity.type, rid), (target, value)
    nt = ENTITY_TABLES["nomination"]
    for i in range(0, len(wanted), 500):
        rows = conn.execute(select(nt.c.id, nt.c.nominee_id).where(
            nt.c.nominee_type == target, nt.c.nominee_id.in_(wanted[i : i + 500]), nt.c.deleted.is_(False)))
        for rid, value in rows:
            yield ("nomination", rid), (target, value)


def _as_change(e: HistoryEntry) -> tuple[str, str | None, Any, Any]:
    """``e`` as (action, field, old, new) in the terms of local edits.

    A bundle import records "merge" entries: without a field for a record it added, with the field
    "deleted" for a tombstone it applied or lifted, with any other field for a value it changed.
    """
    if e.action != "merge":
        return e.action, e.field, e.old, e.new
    if e.field is None:
        return "create", None, None, None
    if e.field == "deleted":
        return ("delete" if e.new else "restore"), None, None, None
    return "update", e.field, e.old, e.new
