"""The app's settings: one INI file in the user config folder (``MITAKE_HOME`` moves it, so tests stay isolated).

INI rather than the registry or a plist: the same readable file on every platform, easy to reset by deleting it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from mitake_desktop.core import paths

FILENAME = "mitake.ini"


def settings_path() -> str:
    return str(paths.config_dir() / FILENAME)


def app_settings() -> QSettings:
    """A handle on the settings file (cheap: QSettings shares one cache per file)."""
    return QSettings(settings_path(), QSettings.Format.IniFormat)


def get_str(key: str, default: str = "") -> str:
    value = app_settings().value(key, default)
    return value if isinstance(value, str) else default


def put(key: str, value: Any) -> None:
    s = app_settings()
    s.setValue(key, value)
    s.sync()
