"""The check-in screen under load: what one keystroke costs with 2,000 and 20,000 registrations.

A keystroke in the search field runs the desk's in-memory search, refills the results table and
highlights the best match; the figure here includes Qt repainting the page (offscreen). Beside it,
the floor measured in the same run: the core's search alone for the same query (what the screen
cannot go below), and opening the page on the event (one query and the index) beside the desk alone.
Also a check-in by Enter (the write, the undo command, the counters and the table refreshed).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_checkin_gui.py [--sizes 2000 20000]``.
Not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_checkin import build  # noqa: E402 - the same bulk-built event as the core benchmark

from mitake_desktop.core.services import Services  # noqa: E402

KEYSTROKES = ["y", "ya", "yam", "yama", "yamad", "や", "やま", "やまだ", "山", "山田", "s", "sa", "sat", "さ", "さと"]
ROUNDS = 5


def ms(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples) * 1000, samples[max(0, int(len(samples) * 0.95) - 1)] * 1000


def bench(n: int, workdir: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from mitake_desktop.gui.app import create_application
    from mitake_desktop.gui.main_window import MainWindow
    from mitake_desktop.gui.pages.checkin import CheckinPage

    def settle() -> None:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)

    create_application("ja")
    path = workdir / f"checkin-gui-{n}.sqlite3"
    with Services.open(str(path)) as services:
        event, _texts = build(services, n, random.Random(n))
        window = MainWindow(services, persist=False)
        window.resize(1280, 800)
        window.show()
        settle()
        t = time.perf_counter()
        page = window.show_page("checkin")
        assert isinstance(page, CheckinPage)
        page.set_event(event)
        settle()
        opened = time.perf_counter() - t
        t = time.perf_counter()
        desk = services.events.checkin(event)
        desk_only = time.perf_counter() - t
        print(f"\n{n:,} registrations: opening the page on the event {opened * 1000:.0f} ms "
              f"(floor: the desk alone {desk_only * 1000:.0f} ms)")
        screen: list[float] = []
        core: list[float] = []
        for _ in range(ROUNDS):
            for text in KEYSTROKES:
                t = time.perf_counter()
                page.search.setText(text)  # what typing a character does: textChanged → search → table
                page.repaint()
                settle()
                screen.append(time.perf_counter() - t)
                t = time.perf_counter()
                desk.search(text, limit=50)
                core.append(time.perf_counter() - t)
        med, p95 = ms(screen)
        floor, floor95 = ms(core)
        print(f"  a keystroke on screen: median {med:.2f} ms, p95 {p95:.2f} ms "
              f"(floor: the core's search alone {floor:.2f} ms, p95 {floor95:.2f} ms)")
        writes: list[float] = []
        assert page.session is not None
        for person in page.session.participants()[:20]:
            page.search.setText(person.reading)
            settle()
            t = time.perf_counter()
            page.check_in_current()
            page.repaint()
            settle()
            writes.append(time.perf_counter() - t)
        w_med, w95 = ms(writes)
        print(f"  a check-in by Enter (write, undo step, counters, table): median {w_med:.1f} ms, p95 {w95:.1f} ms")
        window.close()
        window.deleteLater()
        settle()


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
