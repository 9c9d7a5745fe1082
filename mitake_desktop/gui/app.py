"""Starting the desktop app: one QApplication, translations and fonts, the database, the main window.

Kept light: heavy modules (Markdown, demo data, the search dialog) load when first used, and pages are
built when first shown, so the first window paints quickly even over a large database.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mitake_desktop import APP_ID, APP_NAME
from mitake_desktop.core import i18n
from mitake_desktop.core.errors import MitakeError

if TYPE_CHECKING:
    from mitake_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(lang: str | None = None, argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists) speaking ``lang`` (default: remembered, else the system's)."""
    from mitake_desktop.gui import formatting, settings, translation
    from mitake_desktop.rendering.fonts import japanese_font

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    # Han characters in their Japanese forms, whatever the UI language (the data is Japanese).
    app.setFont(japanese_font(app.font().pointSizeF()))
    chosen = lang if lang in i18n.LANGUAGES else translation.preferred_language()
    translation.install(chosen)
    formatting.set_era(settings.get_str(formatting.ERA_KEY, formatting.WESTERN))
    return app


def handle_unexpected(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    """An exception nobody caught (in a slot): logged, and shown as a plain message with "Copy details"."""
    from mitake_desktop.gui import dialogs

    log.error("unexpected exception", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
    dialogs.show_error(QApplication.activeWindow(), exc)


def _install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)  # type: ignore[arg-type]
            return
        handle_unexpected(exc_type, exc, tb)

    sys.excepthook = hook


def start(db: str | None, *, lang: str | None = None) -> tuple[QApplication, MainWindow]:
    """The window first, the database right after its first paint (what ``mitake`` does).

    SQLAlchemy, the migrations check and the first page's queries take longer than showing the window;
    the user sees the window while they run. A database that cannot be opened is said in a dialog and
    the application quits with exit code 1.
    """
    app = create_application(lang)
    from mitake_desktop.core import paths
    from mitake_desktop.gui.main_window import MainWindow

    window = MainWindow(None, location=paths.database_location(db))

    def open_database() -> None:
        from mitake_desktop.core.services import Services
        from mitake_desktop.gui import dialogs

        try:
            services = Services.open(db)
        except MitakeError as exc:
            dialogs.error(window, exc.message)
            window.exit_code = 1
            window.close()  # the last window: the application quits
            return
        window.attach(services)
        window.show_page(window.initial_page())

    window.first_painted.connect(open_database, Qt.ConnectionType.QueuedConnection)
    return app, window


def run(args: argparse.Namespace) -> int:
    """``mitake`` with no sub-command: the desktop app."""
    app, window = start(args.db, lang=getattr(args, "lang", None))
    _install_excepthook()
    window.show()
    code = app.exec()
    if window.has_database:
        window.services.close()
    return window.exit_code or int(code)
