"""Sync bookkeeping in the database: device numbers, registers of stored rows, version vectors.

A record's *registers* are its fields plus ``deleted``, each with the clock of its last write as
``(value, hlc, device id)``. Stored rows keep clocks with local device numbers
(``{"*": [hlc, idx], "<field>": [hlc, idx]}``); bundles use device ids. ``(0, "")`` marks a register
never written here (a field a partial bundle did not carry).

A *version vector* maps device id → hybrid-clock value: "this database holds every write of that
device up to this clock". This database's own vector is the vector it adopted from complete bundles,
plus its own clock, plus the writes of devices it created locally and never received in a bundle
(demo data).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Connection, func, select

from mitake_desktop.core.schema import ENTITIES, EntitySpec
from mitake_desktop.core.services.tx import get_state, set_state
from mitake_desktop.core.storage.tables import ENTITY_TABLES, device, sync_peer

Register = tuple[Any, int, str]
DELETED = "deleted"
VECTOR_KEY = "sync_vector"


@dataclass
class Devices:
    """The device table as two maps (it is small: one row per laptop ever heard of)."""

    by_idx: dict[int, str]
    by_id: dict[str, int]

    @classmethod
    def load(cls, conn: Connection) -> Devices:
        rows = conn.execute(select(device.c.idx, device.c.id)).all()
        return cls({int(i): d for i, d in rows}, {d: int(i) for i, d in rows})


def row_registers(entity: EntitySpec, m: Mapping[str, Any], by_idx: Mapping[int, str]) -> dict[str, Register]:
    clocks = m["clocks"] or {}
    star = clocks.get("*") or [0, 0]
    out: dict[str, Register] = {}
    for f in entity.fields:
        c = clocks.get(f.name, star)
        h = int(c[0])
        out[f.name] = (m[f.name], h, by_idx.get(int(c[1]), "") if h else "")
    c = clocks.get(DELETED, star)
    h = int(c[0])
    out[DELETED] = (bool(m[DELETED]), h, by_idx.get(int(c[1]), "") if h else "")
    return out


def row_bases(m: Mapping[str, Any], by_idx: Mapping[int, str]) -> dict[str, tuple[int, str]]:
    """For each field whose last write was an edit: the clock of the value that edit replaced."""
    out: dict[str, tuple[int, str]] = {}
    for name, c in (m["clocks"] or {}).items():
        if len(c) == 4 and c[2]:
            device_id = by_idx.get(int(c[3]))
            if device_id:
                out[name] = (int(c[2]), device_id)
    return out


def stored_clocks(regs: Mapping[str, Register], index_of: Any, bases: Mapping[str, tuple[int, str]] | None = None,
                  ) -> tuple[dict[str, list[int]], int, str]:
    """(clocks column, updated_hlc, updated_by) for ``regs``; ``index_of(device id) -> idx``.

    The most common clock is stored once under ``"*"``; a field with a base (the clock its last edit
    replaced) is always stored on its own as ``[hlc, idx, base hlc, base idx]``.
    """
    values = list(regs.values())
    _v0, h0, d0 = values[0]
    if not bases and all(h == h0 and d == d0 for _v, h, d in values):  # one write made the whole record
        return {"*": [h0, index_of(d0) if h0 else 0]}, h0, d0
    bases = bases or {}
    tally: dict[tuple[int, str], int] = {}
    top = (0, "")
    for name, (_v, h, d) in regs.items():
        c = (h, d)
        if c > top:
            top = c
        if name not in bases:
            tally[c] = tally.get(c, 0) + 1
    star = max(tally, key=lambda c: (tally[c], c)) if tally else top
    memo: dict[tuple[int, str], list[int]] = {}

    def stored(c: tuple[int, str]) -> list[int]:
        s = memo.get(c)
        if s is None:
            s = memo[c] = [c[0], index_of(c[1]) if c[0] else 0]
        return s

    clocks = {"*": stored(star)}
    for name, (_v, h, d) in regs.items():
        base = bases.get(name)
        if base is not None:
            clocks[name] = [h, index_of(d) if h else 0, base[0], index_of(base[1]) if base[0] else 0]
        elif (h, d) != star:
            clocks[name] = stored((h, d))
    return clocks, top[0], top[1]


# -- version vectors ---------------------------------------------------------------------------


def covers(vector: Mapping[str, int], hlc: int, device_id: str) -> bool:
    """Whether the holder of ``vector`` had seen the write ``(hlc, device_id)``."""
    return vector.get(device_id, 0) >= hlc


def join(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return out


def leq(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    return all(v <= b.get(k, 0) for k, v in a.items())


def adopted_vector(conn: Connection) -> dict[str, int]:
    raw = get_state(conn, VECTOR_KEY)
    return {str(k): int(v) for k, v in json.loads(raw).items()} if raw else {}


def set_adopted_vector(conn: Connection, vector: Mapping[str, int]) -> None:
    set_state(conn, VECTOR_KEY, json.dumps(dict(sorted(vector.items())), separators=(",", ":")))


def heard_devices(conn: Connection) -> set[str]:
    """Devices this database has heard of through bundles."""
    return set(conn.execute(select(sync_peer.c.device_id)).scalars())


def current_vector(conn: Connection, local_id: str) -> dict[str, int]:
    """What this database holds, as a version vector (see the module doc)."""
    vector = adopted_vector(conn)
    vector.pop(local_id, None)
    vector[local_id] = int(get_state(conn, "hlc") or 0)
    heard = heard_devices(conn)
    local_origin = [d for d in conn.execute(select(device.c.id).where(device.c.is_local.is_(False))).scalars()
                    if d not in heard]
    if local_origin:
        # Writes of a device that never reached us in a bundle were all made here (demo data).
        for entity in ENTITIES:
            t = ENTITY_TABLES[entity.type]
            rows = conn.execute(select(t.c.updated_by, func.max(t.c.updated_hlc))
                                .where(t.c.updated_by.in_(local_origin)).group_by(t.c.updated_by))
            for dev, top in rows:
                if top is not None and int(top) > vector.get(dev, 0):
                    vector[dev] = int(top)
    return vector


@contextmanager
def gc_paused() -> Iterator[None]:
    """Bulk work builds ~100k small dicts and tuples that are not cycles: the cyclic collector would
    only scan them again and again (a third of an import's time). Paused, then run once."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def ids_present(conn: Connection, table_name: str, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` have a row in ``table_name`` (tombstones included)."""
    found: set[str] = set()
    for chunk in chunks(ids):
        if conn.dialect.name == "sqlite":
            sql = f"SELECT id FROM {table_name} WHERE id IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in conn.exec_driver_sql(sql, tuple(chunk)))
        else:
            t = ENTITY_TABLES[table_name]
            found.update(conn.execute(select(t.c.id).where(t.c.id.in_(chunk))).scalars())
    return found


def load_rows(conn: Connection, table_name: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Whole stored rows by id. On SQLite read through the driver, JSON decoded with orjson (the
    ORM-free equivalent of ``select(table)``, several times faster for large merges)."""
    t = ENTITY_TABLES[table_name]
    out: dict[str, dict[str, Any]] = {}
    if conn.dialect.name != "sqlite":
        for chunk in chunks(ids):
            for found in conn.execute(select(t).where(t.c.id.in_(chunk))):
                out[found.id] = dict(found._mapping)
        return out
    cols = [c.name for c in t.columns]
    json_ix = [i for i, c in enumerate(t.columns) if isinstance(c.type, JSON)]
    bool_ix = [i for i, c in enumerate(t.columns) if isinstance(c.type, Boolean)]
    for chunk in chunks(ids):
        sql = f"SELECT {', '.join(cols)} FROM {table_name} WHERE id IN ({','.join('?' * len(chunk))})"
        for raw in conn.exec_driver_sql(sql, tuple(chunk)):
            row = list(raw)
            for i in json_ix:
                if row[i] is not None:
                    row[i] = orjson.loads(row[i])
            for i in bool_ix:
                if row[i] is not None:
                    row[i] = bool(row[i])
            out[row[0]] = dict(zip(cols, row, strict=True))
    return out


def chunks(items: Iterable[Any], n: int = 500) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch
