"""Sync benchmark: export and import of a 100,000-record bundle with 500 attachments.

Printed beside a floor measured in the same run: a bare ``sqlite3`` upsert (``INSERT … ON CONFLICT DO
UPDATE`` through ``executemany``) of the same rows into an empty database with the same schema. The
ratio is what matters, not the seconds: the import also verifies the zip, the signature, every hash
and every value, merges per field, writes history and the search index, and checks integrity.

Run: ``.venv/bin/python benchmarks/bench_sync.py [--records 100000] [--attachments 500]``.
Not part of the test suite (timings never are).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from mitake_desktop.core import demo
from mitake_desktop.core.schema import ENTITIES
from mitake_desktop.core.services import Services
from mitake_desktop.core.storage.database import open_database
from mitake_desktop.core.sync import ExportOptions


def _photo(i: int, size: int) -> bytes:
    """A JPEG-like attachment: a JPEG signature and incompressible bytes (as camera photos are)."""
    return b"\xff\xd8\xff\xe0" + i.to_bytes(4, "big") + os.urandom(size - 8)


def build_source(path: Path, records: int, attachments: int) -> int:
    """Demo data, topped up with photos to ``attachments`` and organisations to ``records`` in total."""
    with Services.open(str(path)) as s:
        n = demo.generate(s, size=records, seed=1, anchor=date(2026, 6, 1))
        existing = s.records.count("attachment")
        with s.transactions.begin() as tx:
            for i in range(max(0, attachments - existing)):
                s.attachments.add(_photo(i, 100_000), f"photo-{i}.jpg", tx=tx)
                n += 1
            for i in range(max(0, records - n)):
                s.records.create("organisation", {"name": f"追加の事業者 {i}", "kind": "sme"}, tx=tx)
                n += 1
        return n


def floor_upsert(source: Path, template: Path, workdir: Path) -> tuple[float, int]:
    """Seconds for a bare sqlite3 upsert of every record row of ``source`` into a copy of ``template``."""
    target = workdir / "floor.sqlite3"
    shutil.copyfile(template, target)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=FULL")
    tables = []
    for entity in ENTITIES:
        cols = [r[1] for r in src.execute(f"PRAGMA table_info({entity.table})")]
        rows = src.execute(f"SELECT {', '.join(cols)} FROM {entity.table}").fetchall()
        sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
        sql = (f"INSERT INTO {entity.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
               f"ON CONFLICT (id) DO UPDATE SET {sets} WHERE excluded.updated_hlc > {entity.table}.updated_hlc")
        tables.append((sql, rows))
    src.close()
    count = sum(len(rows) for _sql, rows in tables)
    t = time.perf_counter()
    with dst:
        dst.execute("PRAGMA foreign_keys=ON")
        for sql, rows in tables:
            dst.executemany(sql, rows)
    elapsed = time.perf_counter() - t
    dst.close()
    return elapsed, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--attachments", type=int, default=500)
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="mitake-bench-sync-"))
    os.environ["MITAKE_HOME"] = str(workdir / "home")
    try:
        source = workdir / "source.sqlite3"
        t = time.perf_counter()
        n = build_source(source, args.records, args.attachments)
        print(f"source: {n:,} records and {args.attachments} attachments made in {time.perf_counter() - t:.1f} s")
        template = workdir / "template.sqlite3"
        open_database(str(template)).close()

        bundle = workdir / "all.mitake"
        with Services.open(str(source)) as s:
            t = time.perf_counter()
            result = s.sync.export(bundle, ExportOptions())
            export_s = time.perf_counter() - t
        print(f"export: {result.total:,} records, {result.blobs} attachments, "
              f"{result.size / 1e6:,.1f} MB in {export_s:.2f} s")

        target = workdir / "target.sqlite3"
        shutil.copyfile(template, target)
        with Services.open(str(target)) as s:
            t = time.perf_counter()
            imported = s.sync.import_bundle(bundle, trust=True)  # what `mitake bundle import` does
            import_s = time.perf_counter() - t
            t = time.perf_counter()
            again = s.sync.import_bundle(bundle)
            reimport_s = time.perf_counter() - t
        print(f"import into an empty database: {import_s:.2f} s: added {imported.get('added'):,}, "
              f"attachments {imported.get('blobs')}")
        print(f"re-import of the same bundle: {reimport_s:.2f} s, unchanged {again.get('unchanged'):,}")
        gui = workdir / "gui.sqlite3"
        shutil.copyfile(template, gui)
        with Services.open(str(gui)) as s:
            t = time.perf_counter()
            prepared = s.sync.prepare_import(bundle)
            prepare_s = time.perf_counter() - t
            t = time.perf_counter()
            s.sync.commit_import(prepared, trust=True)
            commit_s = time.perf_counter() - t
        print(f"two steps, as the app does: verify with a preview {prepare_s:.2f} s, then commit {commit_s:.2f} s")

        floor, rows = floor_upsert(source, template, workdir)
        print(f"floor, bare sqlite3 upsert of the same {rows:,} rows: {floor:.2f} s")
        print(f"  -> import is {import_s / floor:.1f}x the floor, export {export_s / floor:.1f}x the floor")
        print("     (the floor only writes rows; the import also verifies the zip, the signature, every hash and "
              "value, merges per field, writes history and the search index, and checks integrity)")
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
