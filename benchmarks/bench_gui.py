"""GUI benchmarks: start-up to the first painted window, and a list of 1,000,000 registrations.

Each figure is printed beside a floor measured in the same run on the same machine:
- start-up (empty database; 100,000 case studies, on the dashboard and on the case-study list) vs. a bare
  Python process that shows a QTableView over an empty model (no Mitake at all);
- the registrations list (open, then Ctrl+End to the last of 1,000,000 rows) vs. bare ``sqlite3``: the count
  and the last 200 rows of the same table with the same ORDER BY.
Peak memory (maximum resident set size) is measured per process, each case in a process of its own.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--cases 100000] [--registrations 1000000]``.
Building the databases takes a minute; not part of the test suite (timings never are).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHILD_ENV = "MITAKE_BENCH_CHILD"


# -- building the databases ----------------------------------------------------------------------


def _bulk(tx: Any, type_name: str, rows: list[dict[str, Any]], start: int) -> list[str]:
    """Insert records with every column the services would fill (clocks, sort keys, search documents)."""
    from sqlalchemy import insert

    from mitake_desktop.core import clock
    from mitake_desktop.core.schema import spec
    from mitake_desktop.core.services import search_index
    from mitake_desktop.core.storage.tables import ENTITY_TABLES, search_doc

    entity = spec(type_name)
    out, ids, docs = [], [], []
    for i, values in enumerate(rows, start):
        full = {f.name: values.get(f.name, f.default) for f in entity.fields}
        h = clock.pack(1_700_000_000_000 + i)
        rid = f"{i:012x}-0000-7000-8000-000000000000"  # time-ordered, like UUIDv7
        out.append({**full, "id": rid, "deleted": False, "created_at": clock.to_iso(h), "updated_at": clock.to_iso(h),
                    "updated_by": tx.device_id, "clocks": {"*": [h, tx.device_idx]}, "updated_hlc": h,
                    "sort_key": entity.sort_key(full), "lseq": i})
        if entity.searchable:
            docs.append({"type": type_name, "id": rid, "body": search_index.document(entity, full)})
        ids.append(rid)
        if len(out) == 20_000:
            tx.conn.execute(insert(ENTITY_TABLES[type_name]), out)
            out = []
    if out:
        tx.conn.execute(insert(ENTITY_TABLES[type_name]), out)
    if docs:
        tx.conn.execute(insert(search_doc), docs)
    return ids


def build_cases(path: Path, n: int) -> None:
    from mitake_desktop.core.services import Services

    words = ["クラウド会計", "POSレジ", "ネットショップ", "勤怠管理", "kintone", "LINE公式アカウント", "キャッシュレス"]
    with Services.open(str(path)) as s, s.transactions.begin() as tx:
        orgs = _bulk(tx, "organisation", [{"name": f"事業者{i:05d}", "kind": "sme", "prefecture": f"{i % 47 + 1:02d}"}
                                          for i in range(2000)], 1)
        _bulk(tx, "case_study", [
            {"title": f"事例{i:06d} {words[i % 7]}で{words[(i * 3) % 7]}を改善", "organisation_id": orgs[i % 2000],
             "prefecture": f"{i % 47 + 1:02d}", "status": "published", "publication_consent": True,
             "story_results": "地域の小規模事業者が身の丈に合ったITで経営を良くした取組の記録です。" * 20}
            for i in range(n)], 10_000)


def build_registrations(path: Path, n: int) -> None:
    from mitake_desktop.core.services import Services

    events = 100
    people = max(1, n // events)
    with Services.open(str(path)) as s, s.transactions.begin() as tx:
        event_ids = _bulk(tx, "event", [{"title": f"セミナー{i:03d}", "kind": "seminar",
                                         "starts_at": f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}T14:00:00",
                                         "format": "offline", "status": "done"} for i in range(events)], 1)
        person_ids = _bulk(tx, "person", [{"name": f"参加者 {i:06d}", "reading": "さんかしゃ"}
                                          for i in range(people)], 1000)
        for e, event_id in enumerate(event_ids):
            _bulk(tx, "registration", [
                {"event_id": event_id, "person_id": person_ids[p], "status": "attended", "participant_role": "attendee",
                 "registered_at": f"2026-{e % 12 + 1:02d}-01T{p % 24:02d}:{p % 60:02d}:00", "satisfaction": p % 5 + 1}
                for p in range(people)], 1_000_000 + e * people)


# -- measuring (in child processes) --------------------------------------------------------------


def _peak_mb() -> float:
    """Peak resident memory of this process. VmHWM (Linux) starts afresh at exec; ru_maxrss would carry
    over the parent's peak, which here holds the database builder."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def child_floor_window() -> dict[str, float]:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    t0 = float(os.environ["MITAKE_BENCH_T0"])
    app = QApplication([])
    view = QTableView()
    view.setModel(QStandardItemModel(0, 5))
    result: dict[str, float] = {}

    class Painted(QObject):
        def eventFilter(self, obj: QObject, e: QEvent) -> bool:
            if e.type() == QEvent.Type.Paint and "start" not in result:
                result["start"] = time.time() - t0
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Painted()
    view.installEventFilter(watcher)
    view.resize(1280, 800)
    view.show()
    app.exec()
    return result


def child_app_start(db: str) -> dict[str, float]:
    """``mitake --db DB`` as a user starts it: the window's first paint, then its first page painted with data."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mitake_desktop.gui import main_window

    t0 = float(os.environ["MITAKE_BENCH_T0"])
    result: dict[str, float] = {}
    original = main_window.MainWindow.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)

        def frame() -> None:
            result.setdefault("start", time.time() - t0)

        def data() -> None:  # after attach() and the first page: paint it now and stop
            self.repaint()
            result["data"] = time.time() - t0
            QApplication.quit()

        self.first_painted.connect(frame)
        self.attached.connect(lambda: QTimer.singleShot(0, data))

    main_window.MainWindow.__init__ = init  # type: ignore[method-assign]
    from mitake_desktop.cli import main

    main(["--db", db])
    return result


def child_registrations(db: str) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMainWindow

    from mitake_desktop.core.services import Services
    from mitake_desktop.gui.app import create_application
    from mitake_desktop.gui.context import AppContext, DataBus
    from mitake_desktop.gui.record_panel import RecordListPanel
    from mitake_desktop.gui.workers import TaskRunner

    app = create_application("ja")
    services = Services.open(db)
    t0 = time.perf_counter()
    window = QMainWindow()
    ctx = AppContext(services, QUndoStack(window), DataBus(window), TaskRunner(window), window)
    panel = RecordListPanel(ctx, "registration", parent=window)
    window.setCentralWidget(panel)
    window.resize(1280, 800)
    window.show()
    panel.view.repaint()  # the first screenful, painted
    opened = time.perf_counter() - t0
    panel.view.selectRow(0)  # the user clicks the first row (a view with no current row starts at the top)
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    t1 = time.perf_counter()
    QTest.keyClick(panel.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # as the user does
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    panel.view.viewport().repaint()
    last = panel.model.rowCount() - 1
    assert panel.view.currentIndex().row() == last, (panel.view.currentIndex().row(), last)
    assert panel.model.data(panel.model.index(last, 1))
    jumped = time.perf_counter() - t1
    rows = panel.model.rowCount()
    cached = sum(len(b) for b in panel.model._blocks.values())
    window.close()
    del app
    return {"open": opened, "jump": jumped, "rows": rows, "cached_rows": cached}


def child_sqlite_floor(db: str) -> dict[str, float]:
    con = sqlite3.connect(db)
    t = time.perf_counter()
    n = con.execute("SELECT count(*) FROM registration WHERE deleted = 0").fetchone()[0]
    count = time.perf_counter() - t
    t = time.perf_counter()
    rows = con.execute("SELECT id, sort_key, event_id, person_id, status FROM registration WHERE deleted = 0 "
                       "ORDER BY sort_key DESC, id DESC LIMIT 200").fetchall()
    last = time.perf_counter() - t
    assert len(rows) == 200
    return {"count": count, "last_page": last, "rows": n}


CHILDREN = {"floor_window": child_floor_window, "app_start": child_app_start, "registrations": child_registrations,
            "sqlite_floor": child_sqlite_floor}


def run_child(kind: str, *args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    full_env = dict(os.environ, **(env or {}))
    full_env[CHILD_ENV] = kind
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    full_env["MITAKE_BENCH_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, __file__, *args], env=full_env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def best(kind: str, *args: str, runs: int = 3, env: dict[str, str] | None = None, key: str = "start"
         ) -> dict[str, float]:
    results = [run_child(kind, *args, env=env) for _ in range(runs)]
    return min(results, key=lambda r: r[key])


def main() -> None:
    if CHILD_ENV in os.environ:
        result = CHILDREN[os.environ[CHILD_ENV]](*sys.argv[1:])
        result["peak_mb"] = _peak_mb()
        print(json.dumps(result))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--registrations", type=int, default=1_000_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["MITAKE_HOME"] = str(work / "home")
        empty = work / "empty.sqlite3"
        cases = work / "cases.sqlite3"
        regs = work / "registrations.sqlite3"
        from mitake_desktop.core.services import Services

        Services.open(str(empty)).close()
        t = time.perf_counter()
        build_cases(cases, args.cases)
        build_registrations(regs, args.registrations)
        print(f"(built the databases in {time.perf_counter() - t:.0f} s)")

        floor = best("floor_window")
        print(f"process start to first painted window, then to the first page painted with its data (best of 3;\n"
          f"floor: a bare QTableView over an empty model "
              f"{floor['start']:.2f} s, peak {floor['peak_mb']:.0f} MB):")
        home = work / "home"
        for label, db, page in (("empty database (welcome page)", empty, ""),
                                (f"{args.cases:,} case studies, dashboard", cases, "dashboard"),
                                (f"{args.cases:,} case studies, case-study list", cases, "case_studies")):
            ini = home / "config" / "mitake.ini"
            ini.parent.mkdir(parents=True, exist_ok=True)
            ini.write_text(f"[window]\nlast_page={page}\n" if page else "", encoding="utf-8")
            r = best("app_start", str(db))
            print(f"  {label:<44} window {r['start']:.2f} s ({r['start'] / floor['start']:.1f}x the floor), "
                  f"with its data {r['data']:.2f} s ({r['data'] / floor['start']:.1f}x), peak {r['peak_mb']:.0f} MB")

        sq = best("sqlite_floor", str(regs), key="last_page")
        r = best("registrations", str(regs), key="jump")
        print(f"registrations list of {int(r['rows']):,} rows (best of 3):")
        print(f"  open (count + first screenful painted): {r['open'] * 1000:.0f} ms | floor: bare sqlite3 count "
              f"{sq['count'] * 1000:.0f} ms")
        print(f"  Ctrl+End to the last row, painted:       {r['jump'] * 1000:.0f} ms | floor: bare sqlite3 last 200 rows "
              f"{sq['last_page'] * 1000:.1f} ms")
        print(f"  rows held in memory: {int(r['cached_rows']):,}; peak {r['peak_mb']:.0f} MB | floor: bare sqlite3 "
              f"process {sq['peak_mb']:.0f} MB, bare QTableView {floor['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
