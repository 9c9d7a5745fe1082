"""Foundation benchmarks: demo generation at scale, and search over 100,000 case studies.

Each figure is printed beside a floor measured in the same run on the same machine, so the ratio is
what matters, not the seconds:
- demo --size N   vs  bare ``sqlite3.executemany`` of N rows of similar width into one table;
- search          vs  a bare ``LIKE`` scan of the same 100,000 stories with ``sqlite3``.

Run: ``.venv/bin/python benchmarks/bench_foundation.py [--demo-size 1000000] [--cases 100000]``.
Not part of the test suite (timings never are).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from mitake_desktop.core import clock, demo


def _floor_insert(path: Path, n: int) -> float:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t(id TEXT PRIMARY KEY, a TEXT, b TEXT, c INTEGER, d TEXT, e TEXT)")
    rows = ((f"{i:012d}-0000-7000-8000-000000000000", "名前" * 4, "よみがな" * 3, i, "2026-01-01", "{}")
            for i in range(n))
    t = time.perf_counter()
    with con:
        con.executemany("INSERT INTO t VALUES (?,?,?,?,?,?)", rows)
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def bench_demo(size: int, workdir: Path) -> None:
    from mitake_desktop.core.services import Services

    floor = _floor_insert(workdir / "floor.sqlite3", size)
    with Services.open(str(workdir / "demo.sqlite3")) as s:
        t = time.perf_counter()
        n = demo.generate(s, size=size, seed=1, anchor=date(2026, 6, 1))
        elapsed = time.perf_counter() - t
    mb = (workdir / "demo.sqlite3").stat().st_size / 1e6
    print(f"demo --size {size:,}: {n:,} records in {elapsed:.1f} s ({n / elapsed:,.0f}/s), file {mb:,.0f} MB")
    print(f"  floor, bare sqlite3 executemany of {size:,} rows into one table: {floor:.2f} s "
          f"-> demo is {elapsed / floor:.1f}x the floor (it also writes indexes, history and the search index)")


def bench_search(cases: int, workdir: Path) -> None:
    from mitake_desktop.core.schema import spec
    from mitake_desktop.core.services import Services, search_index
    from mitake_desktop.core.storage.tables import ENTITY_TABLES, search_doc

    path = workdir / "search.sqlite3"
    rng = random.Random(5)
    words = ["クラウド会計", "POSレジ", "ネットショップ", "勤怠管理", "kintone", "LINE公式アカウント", "キャッシュレス",
             "経理作業", "売上", "顧客", "伴走支援", "商工会議所", "補助金", "業務改善", "在庫", "予約", "従業員", "残業"]
    filler = "地域の小規模事業者が身の丈に合ったITで経営を良くした取組の記録です。"
    with Services.open(str(path)) as s:
        entity = spec("case_study")
        rows, docs = [], []
        with s.transactions.begin() as tx:
            for i in range(cases):
                h = clock.pack(1_700_000_000_000 + i)
                story = " ".join(rng.choice(words) for _ in range(40)) + filler * 8  # about 2 KB
                title = f"事例{i:06d} {rng.choice(words)}で{rng.choice(words)}を改善"
                values = {f.name: None for f in entity.fields} | {
                    "title": title, "story_results": story, "status": "published", "publication_consent": True}
                rid = f"{i:08x}-0000-7000-8000-000000000000"
                rows.append({**values, "id": rid, "deleted": False, "created_at": clock.to_iso(h),
                             "updated_at": clock.to_iso(h), "updated_by": tx.device_id,
                             "clocks": {"*": [h, tx.device_idx]}, "updated_hlc": h,
                             "sort_key": entity.sort_key(values), "lseq": i})
                docs.append({"type": "case_study", "id": rid, "body": search_index.document(entity, values)})
                if len(rows) == 5000:
                    tx.conn.execute(insert(ENTITY_TABLES["case_study"]), rows)
                    tx.conn.execute(insert(search_doc), docs)
                    rows, docs = [], []
            if rows:
                tx.conn.execute(insert(ENTITY_TABLES["case_study"]), rows)
                tx.conn.execute(insert(search_doc), docs)
        print(f"search over {cases:,} case studies of about 2 KB each (best of 5):")
        raw = sqlite3.connect(path)
        for query in ["林", "補助", "クラウド会計", "kintone 残業", "ない言葉です"]:
            times = []
            for _ in range(5):
                t = time.perf_counter()
                hits = s.search(query, types=["case_study"], limit_per_type=50)
                times.append(time.perf_counter() - t)
            t = time.perf_counter()
            floor_hits = raw.execute("SELECT count(*) FROM case_study WHERE story_results LIKE ?",
                                     (f"%{query.split()[0]}%",)).fetchone()[0]
            floor = time.perf_counter() - t
            print(f"  {query!r:>16}: {min(times) * 1000:7.1f} ms, {len(hits):2d} hits shown | floor: bare LIKE scan "
                  f"of the stories {floor * 1000:7.1f} ms ({floor_hits:,} rows match)")
        raw.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--demo-size", type=int, default=1_000_000)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--skip-demo", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MITAKE_HOME"] = str(Path(tmp) / "home")
        work = Path(tmp)
        bench_search(args.cases, work)
        if not args.skip_demo:
            bench_demo(args.demo_size, work)


if __name__ == "__main__":
    main()
