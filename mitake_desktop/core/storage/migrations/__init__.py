"""Alembic migrations, run when a database is opened.

A database at an unknown (newer) revision is refused before anything is written; an older one is
backed up, upgraded in one transaction and checked (``integrity_check``, ``foreign_key_check``).
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from mitake_desktop.core.errors import DatabaseOpenError
from mitake_desktop.core.i18n import msg

if TYPE_CHECKING:  # database imports this module; a runtime import would be circular
    from mitake_desktop.core.storage.database import Database

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    h = _script().get_current_head()
    assert h is not None
    return h


def revisions() -> list[str]:
    """Every known revision, oldest first."""
    return [r.revision for r in reversed(list(_script().walk_revisions()))]


def is_known(revision: str) -> bool:
    return revision in set(revisions())


def current(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, *, backup: bool, target: str = "head") -> None:
    """Bring ``db`` to ``target``. ``backup`` copies the file first (skipped for a brand-new file)."""
    rev = current(db)
    if rev is not None and not is_known(rev):
        raise DatabaseOpenError(msg("db_newer", path=db.location))
    if rev == (head() if target == "head" else target):
        return
    backup_path = db.backup("migration") if (backup and db.path is not None) else None
    cfg = config()
    try:
        with db.engine.connect().execution_options(immediate=True) as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
    except DatabaseOpenError:
        raise
    except Exception as exc:  # any failure: the transaction rolled back, the file is as it was
        log.exception("migration failed")
        raise DatabaseOpenError(
            msg("db_migration_failed", detail=str(exc).splitlines()[0][:200], backup=backup_path or "-")
        ) from exc
    problems = db.check()
    if problems:
        raise DatabaseOpenError(msg("db_check_failed", detail="; ".join(problems[:5])))
    log.info("database %s upgraded from %s to %s", db.location, rev, target)
