"""Start-up: the window paints before the database is opened; a database that cannot be used is said plainly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from mitake_desktop.gui.app import start


def test_the_window_paints_first_then_opens_the_database(qtbot: QtBot, db_path: Path) -> None:
    app, window = start(str(db_path))
    qtbot.addWidget(window)
    assert not window.has_database and not window.sidebar.isEnabled()
    assert not window.new_action.isEnabled() and window.findChild(type(window.new_action), "quit").isEnabled()
    with qtbot.waitSignal(window.attached):
        window.show()
    qtbot.waitUntil(lambda: window.current_page == "welcome")  # an empty database: the welcome page
    assert window.sidebar.isEnabled() and window.new_action.isEnabled() and not window.undo_action.isEnabled()
    assert window.db_label.text() == str(db_path)
    window.services.close()


def test_a_database_that_cannot_be_opened_is_said_plainly(qtbot: QtBot, tmp_path: Path,
                                                          dialog_answers: Any) -> None:
    bad = tmp_path / "not-a-database.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    app, window = start(str(bad))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(dialog_answers.called("error")))
    assert "SQLite" in dialog_answers.messages()[0] and not window.has_database
    assert window.exit_code == 1 and not window.isVisible()
    assert bad.read_text(encoding="utf-8") == "hello"


def test_the_window_frame_does_not_need_the_database_layer() -> None:
    # What paints first imports neither SQLAlchemy nor Alembic nor Markdown (they load after the first paint).
    code = ("import sys; from mitake_desktop.gui.app import create_application; create_application('ja');"
            "from mitake_desktop.gui.main_window import MainWindow; MainWindow(None, location='x');"
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'markdown') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr
