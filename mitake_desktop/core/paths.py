"""Where Mitake keeps its files. The one place that decides; tests and portable installs override it.

Order for the database: ``--db`` on the command line, then ``MITAKE_DB``, then
``<data dir>/mitake.sqlite3``. ``MITAKE_HOME`` moves every directory (data, config, logs, cache) under
one folder, so a test run or a USB-stick install never touches the user's real data.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

from mitake_desktop import APP_ID

DB_FILENAME = "mitake.sqlite3"


def _home() -> Path | None:
    value = os.environ.get("MITAKE_HOME")
    return Path(value).expanduser() if value else None


def _dir(kind: str) -> Path:
    home = _home()
    if home is not None:
        path = home / kind
    else:
        getters: dict[str, Callable[..., str]] = {
            "data": platformdirs.user_data_dir,
            "config": platformdirs.user_config_dir,
            "logs": platformdirs.user_log_dir,
            "cache": platformdirs.user_cache_dir,
        }
        getter = getters[kind]
        path = Path(getter(APP_ID, appauthor=False))
    return path


def data_dir() -> Path:
    return _dir("data")


def config_dir() -> Path:
    return _dir("config")


def log_dir() -> Path:
    return _dir("logs")


def cache_dir() -> Path:
    return _dir("cache")


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_location(cli_value: str | None = None) -> str:
    """The database the user asked for: a file path or an SQLAlchemy URL."""
    if cli_value:
        return cli_value
    env = os.environ.get("MITAKE_DB")
    if env:
        return env
    return str(data_dir() / DB_FILENAME)


def is_url(location: str) -> bool:
    return "://" in location and location[1:3] != ":\\"
