"""Logging to a file in the user log directory; tracebacks go there, never to the user."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from mitake_desktop.core import paths

LOG_NAME = "mitake.log"
_configured: Path | None = None


def setup(level: int = logging.INFO) -> Path:
    """Send log records to ``<log dir>/mitake.log`` (rotated); returns the file's path."""
    global _configured
    if _configured is not None:
        return _configured
    path = paths.log_dir() / LOG_NAME
    root = logging.getLogger()
    try:
        paths.ensure(path.parent)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()  # an unwritable log folder must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its INFO lines say nothing to a user
    _configured = path
    return path
