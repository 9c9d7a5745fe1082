"""Merging records from a bundle: per-field last-writer-wins by hybrid logical clock, in bulk.

Each field (and ``deleted``) of a record is a register holding the value of its latest write; two
writes are ordered by ``(hlc, device id)``. Merging takes, per register, the later write. That is
commutative, associative and idempotent, so replicas that have seen the same writes hold the same
records whatever order bundles arrived in, and importing a bundle twice changes nothing.

On top of that:
- **Deletes** are a register too, but a record is deleted only while its delete is later than every
  field write: an edit later than the delete brings the record back ("revived", in history and in
  the summary).
- **Conflicts**: when the write that loses was not seen by the writer of the other, the loser is kept
  in ``sync_conflict`` for the user to review: keep mine, keep theirs, or edit. "Seen" needs a proof:
  the winning side's version vector covers the loser, or the winning edit's base (the clock of the
  value it replaced) is exactly the loser; without one it is a conflict (a spurious one costs a
  click, a missed one would lose a value). A Markdown
  body replaced by another device's later edit is kept too, even when that edit had seen it
  (status ``kept``), so long text is never lost.
- **Resolved elsewhere**: an incoming write that wins a register for which this database holds an
  open conflict, and that had seen both of the conflict's values (by the same proof), is the other
  computer's answer to it: the conflict is closed as resolved there (``remote:<device idx>``), so
  nobody answers it a second time here. A write that had not seen both leaves it open.
- **Pending**: a record whose referenced parent has not arrived waits in ``sync_held`` and is
  applied by a later import once the parent is there.
- **Quarantine**: a change with a clock more than a day ahead of this computer's is held, not applied,
  and not allowed to move the local clock.

Everything runs in the caller's transaction with bulk statements (``INSERT … ON CONFLICT DO UPDATE``
through ``executemany``); the same code computes the preview of a dry run without writing.
"""

from __future__ import annotations

import hashlib
import os
import signal
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import JSON, Connection, Table, bindparam, delete, insert, select, update

from mitake_desktop.core import clock
from mitake_desktop.core.errors import Summary
from mitake_desktop.core.ids import new_id
from mitake_desktop.core.schema import ENTITIES, EntitySpec, Kind
from mitake_desktop.core.services import search_index
from mitake_desktop.core.services.tx import Tx
from mitake_desktop.core.storage.database import local_now_iso
from mitake_desktop.core.storage.tables import ENTITY_TABLES, history, search_doc, sync_conflict, sync_held
from mitake_desktop.core.sync.bundle_format import Change
from mitake_desktop.core.sync.state import (
    DELETED,
    Devices,
    Register,
    chunks,
    covers,
    ids_present,
    load_rows,
    row_bases,
    row_registers,
    stored_clocks,
)

NEVER = (0, "")
REMOTE = "remote"  # a conflict's resolution when the other computer answered it (stored as ``remote:<idx>``)
# Above this many re-indexed documents, rebuilding the whole search index is faster than updating it.
REBUILD_THRESHOLD = 20_000
CRASH_ENV = "MITAKE_SYNC_CRASH_AT"


def crash_point(name: str) -> None:
    """Test hook: ``MITAKE_SYNC_CRASH_AT=name`` kills the process here, as a power cut would."""
    if os.environ.get(CRASH_ENV) == name:
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)  # pragma: no cover - Windows


def _dialect_insert(conn: Connection, table: Table) -> Any:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table)


def _json_text(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def bulk_upsert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Upsert whole rows. On SQLite straight through the driver's ``executemany`` with JSON already
    serialised (SQLAlchemy's per-row bind processing costs more than the statement itself)."""
    if conn.dialect.name != "sqlite":
        conn.execute(upsert(conn, table), rows)
        return
    cols = [c.name for c in table.columns]
    json_cols = {c.name for c in table.columns if isinstance(c.type, JSON)}
    sql = (f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
           f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in cols if c != 'id')}")
    conn.exec_driver_sql(sql, [tuple(_json_text(r[c]) if c in json_cols else r[c] for c in cols) for r in rows])


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    json_cols = {c.name for c in table.columns if isinstance(c.type, JSON)}
    sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    conn.exec_driver_sql(sql, [tuple(_json_text(r[c]) if c in json_cols else r[c] for c in cols) for r in rows])


def upsert(conn: Connection, table: Table) -> Any:
    """``INSERT … ON CONFLICT (id) DO UPDATE`` of every column, for this database's dialect."""
    stmt = _dialect_insert(conn, table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.id], set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"})


def insert_ignore(conn: Connection, table: Table) -> Any:
    return _dialect_insert(conn, table).on_conflict_do_nothing()


@dataclass
class Context:
    """One merge run: the transaction, what we know, and everything to write at the end."""

    conn: Connection
    tx: Tx | None  # None: preview only (a dry run), nothing is written
    devices: Devices
    local_vector: dict[str, int]
    device_names: Mapping[str, str]
    now_limit: int  # clocks above this are quarantined
    bundle_id: str
    actor: str
    summary: Summary = field(default_factory=Summary)
    planned: dict[str, set[str]] = field(default_factory=dict)  # ids a preview would have created
    max_hlc: int = 0
    held_from_bundle: int = 0
    reindexed: int = 0
    rebuild_search: bool = False
    conflict_rows: list[dict[str, Any]] = field(default_factory=list)
    remote_resolved: dict[str, int] = field(default_factory=dict)  # conflict id -> idx of the answering device
    on_type_done: Callable[[str], None] | None = None

    @property
    def write(self) -> bool:
        return self.tx is not None

    def index_of(self, device_id: str) -> int:
        idx = self.devices.by_id.get(device_id)
        if idx is None:
            if self.tx is None:
                return 0
            idx = self.tx.device_index(device_id, self.device_names.get(device_id, ""))
            self.devices.by_id[device_id] = idx
            self.devices.by_idx[idx] = device_id
        return idx


def _empty_registers(entity: EntitySpec) -> dict[str, Register]:
    """A record not seen before: nothing written yet; required fields hold their default (see docs)."""
    regs: dict[str, Register] = {}
    for f in entity.fields:
        value = None
        if f.required and f.default is not None:
            value = list(f.default) if isinstance(f.default, list) else (
                dict(f.default) if isinstance(f.default, dict) else f.default)
        regs[f.name] = (value, 0, "")
    regs[DELETED] = (False, 0, "")
    return regs


def _max_field_clock(regs: Mapping[str, Register]) -> tuple[int, str]:
    top = NEVER
    for name, (_v, h, d) in regs.items():
        if name != DELETED and (h, d) > top:
            top = (h, d)
    return top


def _is_deleted(regs: Mapping[str, Register]) -> bool:
    value, h, d = regs[DELETED]
    return bool(value) and (h, d) > _max_field_clock(regs)


def _ref_targets(entity: EntitySpec, change: Change) -> Iterable[tuple[str, str]]:
    for f in _refs(entity):
        reg = change.regs.get(f.name)
        if reg is not None and reg[0] is not None:
            assert f.target is not None
            yield f.target, reg[0]


_REFS: dict[str, tuple[Any, ...]] = {}


def _refs(entity: EntitySpec) -> tuple[Any, ...]:
    found = _REFS.get(entity.type)
    if found is None:
        found = _REFS[entity.type] = entity.refs
    return found


def _existing(ctx: Context, type_name: str, ids: set[str]) -> set[str]:
    found = ids & ctx.planned.get(type_name, set())
    return found | ids_present(ctx.conn, type_name, ids - found)


def hold(ctx: Context, kind: str, change: Change, sender_vector: Mapping[str, int], bundle_id: str) -> None:
    ctx.summary.add(kind)
    if ctx.tx is None:
        return
    ctx.conn.execute(insert_ignore(ctx.conn, sync_held).values(
        kind=kind, entity_type=change.type, entity_id=change.id,
        line_sha256=hashlib.sha256(change.line).hexdigest(), line=change.line.decode("utf-8"),
        bundle_id=bundle_id, sender_vector=dict(sender_vector), held_at=local_now_iso()))


def merge(ctx: Context, changes: list[Change], sender_vector: Mapping[str, int], *,
          bundle_id: str | None = None, held_seq: Mapping[int, int] | None = None) -> list[Change]:
    """Merge ``changes`` (parents before children); returns the changes that had to wait.

    ``held_seq`` maps ``id(change)`` to its ``sync_held`` row for changes retried from there: those
    are removed from the table once applied and not held again while they still wait.
    """
    bundle_id = bundle_id or ctx.bundle_id
    by_type: dict[str, list[Change]] = {}
    for ch in changes:
        by_type.setdefault(ch.type, []).append(ch)
    waiting: list[Change] = []
    for entity in ENTITIES:
        batch = by_type.get(entity.type)
        if not batch:
            continue
        ready: list[tuple[Change, list[tuple[str, str]]]] = []
        wanted: dict[str, set[str]] = {}
        for ch in batch:
            if ch.max_hlc > ctx.now_limit:
                if held_seq is None:
                    hold(ctx, "quarantined", ch, sender_vector, bundle_id)
                    ctx.held_from_bundle += 1
                waiting.append(ch)
                continue
            targets = list(_ref_targets(entity, ch))
            ready.append((ch, targets))
            for target, rid in targets:
                wanted.setdefault(target, set()).add(rid)
        present = {target: _existing(ctx, target, ids) for target, ids in wanted.items()}
        applicable: list[Change] = []
        for ch, targets in ready:
            if all(rid in present[target] for target, rid in targets):
                applicable.append(ch)
            else:
                if held_seq is None:
                    hold(ctx, "pending", ch, sender_vector, bundle_id)
                    ctx.held_from_bundle += 1
                waiting.append(ch)
        if applicable:
            _merge_type(ctx, entity, applicable, sender_vector, bundle_id)
            if held_seq is not None and ctx.write:
                seqs = [held_seq[id(ch)] for ch in applicable]
                ctx.conn.execute(delete(sync_held).where(sync_held.c.seq == bindparam("s")),
                                 [{"s": s} for s in seqs])
        if ctx.on_type_done is not None:
            ctx.on_type_done(entity.type)
    return waiting


def _merge_type(ctx: Context, entity: EntitySpec, changes: list[Change], vs: Mapping[str, int],
                bundle_id: str) -> None:
    t = ENTITY_TABLES[entity.type]
    by_idx = ctx.devices.by_idx
    local = load_rows(ctx.conn, entity.type, [ch.id for ch in changes])
    vl = ctx.local_vector
    markdown = {f.name for f in entity.fields if f.kind is Kind.MARKDOWN}
    field_names = entity.field_names
    now = local_now_iso()
    rows: list[dict[str, Any]] = []
    hist: list[dict[str, Any]] = []
    docs: list[tuple[str, dict[str, Any] | None]] = []
    summary = ctx.summary
    planned = ctx.planned.setdefault(entity.type, set())

    n_registers = len(field_names) + 1
    open_conflicts = _open_conflicts(ctx.conn, entity.type, [ch.id for ch in changes if ch.id in local])
    for ch in changes:
        old_row = local.get(ch.id)
        if old_row is None and ch.single and len(ch.regs) == n_registers:
            # The common case of a big import: a whole record, new here, written at one clock.
            _v, h, d = ch.regs[DELETED]
            values = {name: ch.regs[name][0] for name in field_names}
            stamp = iso(h)
            if ctx.write:
                assert ctx.tx is not None
                rows.append({**values, "id": ch.id, DELETED: False, "created_at": ch.created_at,
                             "updated_at": stamp, "updated_by": d, "clocks": {"*": [h, ctx.index_of(d)]},
                             "updated_hlc": h, "sort_key": entity.sort_key(values), "lseq": ctx.tx.next_lseq()})
            if h > ctx.max_hlc:
                ctx.max_hlc = h
            planned.add(ch.id)
            summary.add("added")
            hist.append({"at": stamp, "hlc": h, "device_id": d, "actor": ctx.actor, "entity_type": entity.type,
                         "entity_id": ch.id, "action": "merge", "field": None, "old": None, "new": None,
                         "batch_id": ctx.tx.batch_id if ctx.tx is not None else None})
            if entity.searchable:
                docs.append((ch.id, values))
            continue
        if old_row is None:
            regs = _empty_registers(entity)
            bases: dict[str, tuple[int, str]] = {}
            old_deleted: bool | None = None
        else:
            regs = row_registers(entity, old_row, by_idx)
            bases = row_bases(old_row, by_idx)
            old_deleted = bool(old_row[DELETED])
        inc_bases = ch.bases or {}
        before = dict(regs) if old_row is not None else None
        changed: list[tuple[str, Any, Any, int, str]] = []
        clock_moved = False
        conflicts: list[tuple[str, Register, Register, str, Register, str]] = []

        answered = open_conflicts.get(ch.id)
        for name, inc in ch.regs.items():
            if name == DELETED:
                continue
            cur = regs[name]
            ci, cc = (inc[1], inc[2]), (cur[1], cur[2])
            if ci > cc:
                regs[name] = inc
                inc_base = inc_bases.get(name)
                if answered:
                    _answers(ctx, answered.get(name, ()), ci, inc_base, vs)
                if inc_base is None:
                    bases.pop(name, None)
                else:
                    bases[name] = inc_base
                clock_moved = True
                if inc[0] != cur[0]:
                    changed.append((name, cur[0], inc[0], inc[1], inc[2]))
                    if cc[0] > 0:
                        # Seen by the writer: the sender held it, or the edit replaced exactly it.
                        if not covers(vs, cc[0], cc[1]) and inc_base != cc:
                            conflicts.append((name, cur, inc, "theirs", cur, "open"))
                        elif name in markdown and cc[1] != ci[1]:
                            conflicts.append((name, cur, inc, "theirs", cur, "kept"))
            elif (ci < cc and inc[0] != cur[0] and not covers(vl, ci[0], ci[1])
                  and bases.get(name) != ci):
                conflicts.append((name, cur, inc, "mine", inc, "open"))

        inc_del = ch.regs[DELETED]
        cur_del = regs[DELETED]
        if (inc_del[1], inc_del[2]) > (cur_del[1], cur_del[2]):
            regs[DELETED] = inc_del
            clock_moved = True
            if answered:
                _answers(ctx, answered.get(DELETED, ()), (inc_del[1], inc_del[2]), inc_bases.get(DELETED), vs)
        new_deleted = _is_deleted(regs)

        if old_row is not None and before is not None:
            local_del = before[DELETED]
            if not old_deleted and new_deleted:
                # A restore (or a kept record: a conflict answered "keep") is an edit against the delete too.
                unseen = [(h, d) for n, (v, h, d) in before.items()
                          if (n != DELETED or not v) and h and not covers(vs, h, d)]
                if unseen:
                    top = max(unseen)
                    conflicts.append((DELETED, (False, *top), inc_del, "theirs", (False, *top), "open"))
            elif old_deleted and not new_deleted:
                summary.add("revived")
                if not covers(vs, local_del[1], local_del[2]):
                    conflicts.append((DELETED, (True, local_del[1], local_del[2]), (False, *_max_field_clock(regs)),
                                      "theirs", local_del, "open"))
            elif not old_deleted and inc_del[0] and not covers(vl, inc_del[1], inc_del[2]):
                conflicts.append((DELETED, (False, *_max_field_clock(before)), inc_del, "mine", inc_del, "open"))
            elif old_deleted and not inc_del[0]:
                top = max(_max_field_clock(ch.regs), (inc_del[1], inc_del[2]))
                if top[0] and not covers(vl, *top):
                    conflicts.append((DELETED, local_del, (False, *top), "mine", (False, *top), "open"))

        created_at = ch.created_at
        if old_row is not None and old_row["created_at"] <= created_at:
            created_at = old_row["created_at"]
        deleted_moved = old_deleted is not None and old_deleted != new_deleted
        if old_row is not None and not clock_moved and created_at == old_row["created_at"]:
            summary.add("unchanged")
            _conflicts(ctx, entity, ch.id, conflicts, bundle_id, now)
            continue

        values = {name: regs[name][0] for name in field_names}
        if ctx.write:
            clocks, top_h, top_d = stored_clocks(regs, ctx.index_of, bases)
            assert ctx.tx is not None
            rows.append({
                **values, "id": ch.id, DELETED: new_deleted, "created_at": created_at,
                "updated_at": iso(top_h), "updated_by": top_d, "clocks": clocks, "updated_hlc": top_h,
                "sort_key": entity.sort_key(values), "lseq": ctx.tx.next_lseq(),
            })
        if ch.max_hlc > ctx.max_hlc:
            ctx.max_hlc = ch.max_hlc
        _conflicts(ctx, entity, ch.id, conflicts, bundle_id, now)

        if old_row is None:
            planned.add(ch.id)
            summary.add("deleted" if new_deleted else "added")
            top = _max_field_clock(regs)
            hist.append(_hist(ctx, entity.type, ch.id, None, None, None, top[0], top[1], now))
            if entity.searchable and not new_deleted:
                docs.append((ch.id, values))
            continue
        for name, old, new, h, d in changed:
            hist.append(_hist(ctx, entity.type, ch.id, name, old, new, h, d, now))
        if deleted_moved:
            top = max(_max_field_clock(regs), (regs[DELETED][1], regs[DELETED][2]))
            hist.append(_hist(ctx, entity.type, ch.id, DELETED, old_deleted, new_deleted, top[0], top[1], now))
            if new_deleted:
                summary.add("deleted")
        elif changed:
            summary.add("updated")
        else:
            summary.add("unchanged")  # only clocks moved: the same values, written later elsewhere
        if entity.searchable and (changed or deleted_moved):
            docs.append((ch.id, None if new_deleted else values))

    if not ctx.write:
        return
    conn = ctx.conn
    if rows:
        bulk_upsert(conn, t, rows)
    if hist:
        bulk_insert(conn, history, hist)
    if docs:
        ctx.reindexed += len(docs)
        if ctx.rebuild_search or ctx.reindexed > REBUILD_THRESHOLD:
            ctx.rebuild_search = True  # done once, at the end
        else:
            conn.execute(delete(search_doc).where(search_doc.c.type == entity.type,
                                                  search_doc.c.id == bindparam("rid")),
                         [{"rid": rid} for rid, _ in docs])
            new_docs = [{"type": entity.type, "id": rid, "body": search_index.document(entity, vals)}
                        for rid, vals in docs if vals is not None]
            if new_docs:
                conn.execute(insert(search_doc), new_docs)
    if ctx.tx is not None:
        for ch in changes:
            ctx.tx.mark(entity.type, ch.id)


_DAYS: dict[int, str] = {}


def iso(hlc: int) -> str:
    """:func:`clock.to_iso`, faster: the date part is cached per day (imports stamp many rows)."""
    ms = hlc >> clock.COUNTER_BITS
    day, rest = divmod(ms, 86_400_000)
    prefix = _DAYS.get(day)
    if prefix is None:
        prefix = _DAYS[day] = clock.to_iso(clock.pack(day * 86_400_000))[:11]
    secs, milli = divmod(rest, 1000)
    h, m = divmod(secs, 3600)
    m, sec = divmod(m, 60)
    return f"{prefix}{h:02d}:{m:02d}:{sec:02d}.{milli:03d}Z"


def _hist(ctx: Context, type_name: str, rid: str, name: str | None, old: Any, new: Any, h: int, d: str,
          now: str) -> dict[str, Any]:
    return {"at": iso(h) if h else now, "hlc": h, "device_id": d or "", "actor": ctx.actor,
            "entity_type": type_name, "entity_id": rid, "action": "merge", "field": name, "old": old, "new": new,
            "batch_id": ctx.tx.batch_id if ctx.tx is not None else None}


ConflictClocks = tuple[str, tuple[int, str], tuple[int, str]]  # conflict id, the clocks of its two values


def _open_conflicts(conn: Connection, type_name: str, ids: list[str]) -> dict[str, dict[str, list[ConflictClocks]]]:
    """Open conflicts of these records: record id -> register -> (id, mine clock, theirs clock)."""
    out: dict[str, dict[str, list[ConflictClocks]]] = {}
    if not ids:
        return out
    c = sync_conflict.c
    if conn.execute(select(c.id).where(c.status == "open", c.entity_type == type_name).limit(1)).first() is None:
        return out  # the usual case: one cheap look at the status index, no per-record queries
    for chunk in chunks(ids):
        for r in conn.execute(select(c.id, c.entity_id, c.field, c.mine_hlc, c.mine_device, c.theirs_hlc,
                                     c.theirs_device).where(c.status == "open", c.entity_type == type_name,
                                                            c.entity_id.in_(chunk))):
            out.setdefault(r.entity_id, {}).setdefault(r.field, []).append(
                (r.id, (int(r.mine_hlc), r.mine_device), (int(r.theirs_hlc), r.theirs_device)))
    return out


def _answers(ctx: Context, found: Iterable[ConflictClocks], inc: tuple[int, str], inc_base: tuple[int, str] | None,
             vs: Mapping[str, int]) -> None:
    """Close the open conflicts an incoming winning write answered: it is later than both values and
    had seen each (the sender held it, or the write replaced exactly it, as for a new conflict)."""
    for conflict_id, *values in found:
        if all(not h or ((h, d) < inc and (covers(vs, h, d) or inc_base == (h, d))) for h, d in values):
            ctx.remote_resolved[conflict_id] = ctx.index_of(inc[1])


def _conflicts(ctx: Context, entity: EntitySpec, rid: str,
               found: list[tuple[str, Register, Register, str, Register, str]], bundle_id: str, now: str) -> None:
    for name, mine, theirs, winner, loser, status in found:
        ctx.conflict_rows.append({
            "id": new_id(), "entity_type": entity.type, "entity_id": rid, "field": name,
            "mine": mine[0], "theirs": theirs[0], "mine_hlc": mine[1], "mine_device": mine[2],
            "theirs_hlc": theirs[1], "theirs_device": theirs[2], "winner": winner, "status": status,
            "detected_at": now, "bundle_id": bundle_id, "resolved_at": None, "resolution": None,
            "loser_hlc": loser[1], "loser_device": loser[2],
        })


def flush(ctx: Context) -> None:
    """Record the conflicts found that are not recorded yet (a re-import finds the same ones again)."""
    fresh: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    c = sync_conflict.c
    for row in ctx.conflict_rows:
        key = (row["entity_type"], row["entity_id"], row["field"], row["loser_hlc"], row["loser_device"])
        if key in seen:
            continue
        seen.add(key)
        exists = ctx.conn.execute(select(c.id).where(
            c.entity_type == key[0], c.entity_id == key[1], c.field == key[2], c.loser_hlc == key[3],
            c.loser_device == key[4])).first()
        if exists is None:
            fresh.append(row)
            ctx.summary.add("conflicts" if row["status"] == "open" else "kept")
    if fresh and ctx.write:
        ctx.conn.execute(insert(sync_conflict), fresh)
    ctx.conflict_rows = []
    if ctx.remote_resolved:
        ctx.summary.add("resolved_remote", len(ctx.remote_resolved))
        if ctx.write:
            now = local_now_iso()
            c = sync_conflict.c
            ctx.conn.execute(update(sync_conflict).where(c.id == bindparam("cid"), c.status == "open").values(
                status="resolved", resolution=bindparam("how"), resolved_at=now),
                [{"cid": cid, "how": f"{REMOTE}:{idx}"} for cid, idx in ctx.remote_resolved.items()])
        ctx.remote_resolved = {}


def held_changes(conn: Connection, now_limit: int) -> list[tuple[int, str, Change, dict[str, int]]]:
    """Held changes that may apply now: pending ones, and quarantined ones whose time has come."""
    out = []
    for row in conn.execute(select(sync_held).order_by(sync_held.c.seq)):
        obj = orjson.loads(row.line)
        line = row.line.encode("utf-8")
        star = obj["clock"]
        own = obj.get("clocks", {})
        regs = {name: (value, *(own.get(name) or star)[:2]) for name, value in obj["values"].items()}
        bases = {name: (c[2], c[3]) for name, c in own.items() if len(c) == 4}
        top = max(h for _v, h, _d in regs.values())
        if row.kind == "quarantined" and top > now_limit:
            continue
        ch = Change(obj["type"], obj["id"], obj["created_at"], regs, line, top, not own, bases or None)
        out.append((row.seq, row.bundle_id, ch, {str(k): int(v) for k, v in row.sender_vector.items()}))
    return out

