"""Long work off the GUI thread: demo data now; imports, exports and PDFs later.

A task is a plain function ``fn(progress, cancelled) -> result`` run on a pool with a single thread, so
there is one database writer at a time. It never touches widgets: it reports through
:class:`TaskSignals`, which Qt delivers on the GUI thread. A cancellable progress dialog follows it;
errors come back to :func:`dialogs.show_error` (a plain sentence, or "unexpected" with details).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mitake_desktop.gui import dialogs

Progress = Callable[[int, int], None]
TaskFn = Callable[[Progress, Callable[[], bool]], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    def __init__(self, fn: TaskFn) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its signals are delivered
        self.fn = fn
        self.signals = TaskSignals()
        self.cancel_event = threading.Event()
        self._last_step = -1

    def _progress(self, done: int, total: int) -> None:
        # Report at most about 200 steps: each one is a queued signal to the GUI thread.
        step = int(done * 200 / total) if total > 0 else done
        if step != self._last_step:
            self._last_step = step
            self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel_event.is_set)
        except BaseException as exc:  # everything goes back to the GUI thread, nothing dies silently
            self.signals.failed.emit(exc, "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs tasks one at a time and tells the window when it is busy (editing waits meanwhile)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: list[Task] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(self, fn: TaskFn, *, parent: QWidget | None, label: str,
              on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[BaseException], None] | None = None, cancellable: bool = True) -> Task:
        task = Task(fn)
        progress = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # short tasks finish without a flash of a dialog
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setAccessibleName(label)
        if not cancellable:
            progress.setCancelButton(None)
        progress.canceled.connect(task.cancel_event.set)

        def on_progress(done: int, total: int) -> None:
            if total > 0 and progress.maximum() != total:
                progress.setMaximum(total)
            progress.setValue(min(done, total) if total > 0 else 0)

        def finish() -> None:
            progress.canceled.disconnect(task.cancel_event.set)
            progress.close()
            progress.deleteLater()
            self._running.remove(task)
            if not self._running:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException, details: str) -> None:
            finish()
            if on_failed is not None:
                on_failed(exc)
            else:
                dialogs.show_error(parent, exc, details)

        task.signals.progress.connect(on_progress)
        task.signals.done.connect(done)
        task.signals.failed.connect(failed)
        was_busy = self.busy
        self._running.append(task)
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (closing the window, tests)."""
        return self.pool.waitForDone(msecs)
