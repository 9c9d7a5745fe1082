"""Rendering one page of the real main window into a PNG, offscreen (``mitake screenshot``)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QMessageLogContext, QtMsgType, qInstallMessageHandler

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

log = logging.getLogger(__name__)


def _settle(rounds: int = 5) -> None:
    """Let pending events, layouts and zero-delay timers run (no sleeping: nothing here waits on time)."""
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        QCoreApplication.sendPostedEvents()


def _log_qt_message(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # The offscreen platform complains about window-manager hints it cannot honour: log, don't print.
    level = logging.DEBUG if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) else logging.WARNING
    log.log(level, "Qt: %s", message)


def render_page(services: Services, page: str, out: Path, *, lang: str, size: tuple[int, int],
                today: date | None = None, view: str | None = None) -> Path:
    """Draw ``page`` (one of its ``view``s, if given) of a main window of ``size`` over ``services`` in ``lang``
    and save it as ``out``.

    ``today`` pins the day the page believes it is (see :mod:`mitake_desktop.gui.clock`).
    """
    from mitake_desktop.core import i18n
    from mitake_desktop.gui import clock
    from mitake_desktop.gui.app import create_application
    from mitake_desktop.gui.main_window import MainWindow

    previous_handler = qInstallMessageHandler(_log_qt_message)
    previous_lang = i18n.language()
    previous_day = clock.pinned()
    clock.set_today(today or previous_day)
    create_application(lang)
    window = MainWindow(services, persist=False)  # the user's window settings stay as they are
    try:
        window.resize(*size)
        shown = window.show_page(page)
        window.show()
        _settle()
        shown.prepare_screenshot()
        if view and not shown.show_view(view):
            raise MitakeError(msg("screenshot_unknown_view", name=page, view=view,
                                  choices=", ".join(shown.views()) or "—"))
        _settle()
        out = Path(out)
        if out.parent and not out.parent.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise MitakeError(msg("screenshot_failed", path=out))
    finally:
        window.close()
        window.deleteLater()
        _settle(1)
        qInstallMessageHandler(previous_handler)
        i18n.set_language(previous_lang)  # the command's own messages stay in the command's language
        clock.set_today(previous_day)
    return out
