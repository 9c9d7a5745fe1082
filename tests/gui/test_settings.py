"""Window geometry, splitters, last page and column widths are remembered in an INI file under MITAKE_HOME."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from mitake_desktop.core import paths
from mitake_desktop.core.services import Services
from mitake_desktop.gui import settings

from .conftest import make_window


def test_window_state_is_remembered(qtbot: QtBot, demo_services: Services) -> None:
    first = make_window(qtbot, demo_services)
    first.resize(760, 540)  # within the offscreen screen (800×600): restoreGeometry keeps windows on screen
    panel = first.show_page("people").current_panel()
    panel.view.setColumnWidth(0, 234)
    panel.splitter.setSizes([300, 700])
    sizes = panel.splitter.sizes()
    first.close()
    ini = Path(settings.settings_path())
    assert ini.parent == paths.config_dir() and ini.is_file()
    assert "last_page=people" in ini.read_text(encoding="utf-8")

    second = make_window(qtbot, demo_services)
    assert second.current_page == "people"
    assert (second.width(), second.height()) == (760, 540)
    panel2 = second.current().current_panel()
    assert panel2.view.columnWidth(0) == 234
    assert panel2.splitter.sizes()[0] == sizes[0]  # the list keeps its width; the detail takes the rest


def test_the_era_setting_changes_dates_everywhere(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    panel = window.show_page("events").current_panel()
    col = [c.key for c in panel.ls.columns].index("starts_at")
    western = panel.model.data(panel.model.index(0, col))
    assert western.startswith("20")
    window.findChild(type(window.undo_action), "era_japanese").trigger()
    qtbot.waitUntil(lambda: panel.model.data(panel.model.index(0, col)).startswith("令和"))
    assert settings.get_str("ui/date_era") == "japanese"
