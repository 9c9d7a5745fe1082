"""Check-in benchmarks: search latency over 2,000 and 20,000 registrations of one event.

Each figure is printed beside a floor measured in the same run on the same machine:
- search  vs  a bare Python substring scan (``q in s``) over the same participants' name + reading
  strings — the least any search that looks at every participant must spend;
- loading the desk (one query + building the index)  vs  a bare ``sqlite3`` SELECT of the same rows;
- a check-in (one committed transaction with history)  vs  a bare ``sqlite3`` UPDATE + commit with
  the same ``synchronous=FULL`` WAL settings.

Run: ``.venv/bin/python benchmarks/bench_checkin.py [--sizes 2000 20000]``. Not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from mitake_desktop.core import clock
from mitake_desktop.core.demo_content import FAMILY_NAMES, GIVEN_NAMES
from mitake_desktop.core.ids import new_id
from mitake_desktop.core.schema import spec
from mitake_desktop.core.services import Services
from mitake_desktop.core.storage.tables import ENTITY_TABLES
from mitake_desktop.core.text import search_form

QUERIES = ["や", "やま", "やまだ", "ヤマダ タ", "山", "山田", "yama", "tanaka", "こう", "zzz"]
REPEAT = 50


def _rows(type_name: str, values: list[dict[str, object]], device: str, idx: int, h: int) -> list[dict[str, object]]:
    entity = spec(type_name)
    stamp = clock.to_iso(h)
    out = []
    for i, v in enumerate(values):
        full = {f.name: v.get(f.name, f.default) for f in entity.fields}
        out.append({**full, "id": new_id(), "deleted": False, "created_at": stamp, "updated_at": stamp,
                    "updated_by": device, "clocks": {"*": [h, idx]}, "updated_hlc": h,
                    "sort_key": entity.sort_key(full), "lseq": i + 1})
    return out


def build(services: Services, n: int, rng: random.Random) -> tuple[str, list[str]]:
    """An event with ``n`` registered people (bulk-inserted with every column the services fill)."""
    event = services.records.create("event", {"title": "大規模展示会", "kind": "exhibition",
                                              "starts_at": "2026-06-10T10:00", "capacity": None})["id"]
    people = []
    for _ in range(n):
        fam, giv = rng.choice(FAMILY_NAMES), rng.choice(GIVEN_NAMES)
        people.append({"name": f"{fam[0]} {giv[0]}", "reading": f"{fam[1]} {giv[1]}", "consent_scope": "internal"})
    with services.transactions.begin() as tx:
        person_rows = _rows("person", people, tx.device_id, tx.device_idx, tx.tick())
        tx.conn.execute(insert(ENTITY_TABLES["person"]), person_rows)
        regs = [{"event_id": event, "person_id": p["id"], "status": "registered", "participant_role": "attendee"}
                for p in person_rows]
        tx.conn.execute(insert(ENTITY_TABLES["registration"]), _rows("registration", regs, tx.device_id, tx.device_idx,
                                                                      tx.tick()))
    return event, [f"{p['name']} {p['reading']}" for p in people]


def timed(fn, repeat: int = REPEAT) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    samples.sort()
    return statistics.median(samples) * 1000, samples[int(len(samples) * 0.95) - 1] * 1000


def bench(n: int, workdir: Path) -> None:
    path = workdir / f"checkin-{n}.sqlite3"
    rng = random.Random(n)
    with Services.open(str(path)) as services:
        event, texts = build(services, n, rng)
        t = time.perf_counter()
        desk = services.events.checkin(event)
        load = (time.perf_counter() - t) * 1000
        con = sqlite3.connect(path)
        t = time.perf_counter()
        con.execute("SELECT r.id, r.status, p.name, p.reading FROM registration r JOIN person p ON p.id = r.person_id "
                    "WHERE r.event_id = ? ORDER BY p.sort_key", (event,)).fetchall()
        load_floor = (time.perf_counter() - t) * 1000
        folded = [search_form(s) for s in texts]
        print(f"\n{n:,} registrations: loading the desk {load:.0f} ms (floor: bare SELECT {load_floor:.0f} ms)")
        print(f"  {'query':<12}{'hits':>6}{'search median':>16}{'p95':>9}{'floor median':>15}{'ratio':>8}")
        for q in QUERIES:
            hits = len(desk.search(q, limit=20))
            med, p95 = timed(lambda q=q: desk.search(q, limit=20))
            fq = search_form(q)
            floor, _ = timed(lambda fq=fq: [i for i, s in enumerate(folded) if fq in s])
            print(f"  {q:<12}{hits:>6}{med:>13.2f} ms{p95:>6.2f} ms{floor:>12.2f} ms{med / floor:>7.2f}x")
        ids = [p.registration_id for p in desk.participants()[:30]]
        writes = []
        for rid in ids:
            t = time.perf_counter()
            desk.check_in(rid)
            writes.append((time.perf_counter() - t) * 1000)
        walk_ins, undos = [], []
        for k in range(10):
            t = time.perf_counter()
            result = desk.add_walk_in(f"当日 来場{k}", reading="とうじつ らいじょう")
            walk_ins.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            desk.undo_check_in(result.participant.registration_id)
            undos.append((time.perf_counter() - t) * 1000)
        print(f"  walk-in (person + registration, one transaction): median {statistics.median(walk_ins):.1f} ms, "
              f"its undo {statistics.median(undos):.1f} ms")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        floor_writes = []
        for rid in ids:
            t = time.perf_counter()
            with con:
                con.execute("UPDATE registration SET checked_in_at = '2026-06-10T10:00:00' WHERE id = ?", (rid,))
            floor_writes.append((time.perf_counter() - t) * 1000)
        con.close()
        print(f"  check-in (own transaction, history, committed): median {statistics.median(writes):.1f} ms "
              f"(floor: bare UPDATE + commit {statistics.median(floor_writes):.1f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("MITAKE_HOME", tmp)
        for n in args.sizes:
            bench(n, Path(tmp))


if __name__ == "__main__":
    main()
