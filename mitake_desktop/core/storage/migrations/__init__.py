"""Alembic migrations, run when a database is opened.

A database at an unknown (newer) revision is refused before anything is written; an older one is
backed up, upgraded in one transaction and checked (``integrity_check``, ``foreign_key_check``).
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from mitake_desktop.core.errors import DatabaseOpenError
from mitake_desktop.core.i18n import msg

if TYPE_CHECKING:  # database imports this module; a runtime import would be circular
    from alembic.config import Config

    from mitake_desktop.core.storage.database import Database

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
_REVISION = re.compile(r"""^revision\s*=\s*['"]([^'"]+)['"]""", re.M)
_DOWN = re.compile(r"""^down_revision\s*=\s*(?:None|['"]([^'"]+)['"])""", re.M)


def config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


@cache
def revisions() -> tuple[str, ...]:
    """Every known revision, oldest first, read from the version files.

    Read without importing Alembic, which costs a few hundred milliseconds: opening an up-to-date
    database (every start of the app) never needs it. ``tests/test_database.py`` checks this
    chain against Alembic's own view of the scripts.
    """
    parent: dict[str, str | None] = {}
    for path in sorted((HERE / "versions").glob("*.py")):
        if path.name.startswith("__"):
            continue
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev is None or down is None:
            raise RuntimeError(f"migration {path.name} has no revision / down_revision")
        parent[rev.group(1)] = down.group(1)
    child = {p: r for r, p in parent.items()}
    if len(child) != len(parent):
        raise RuntimeError("migrations branch: two revisions share a parent")
    chain: list[str] = []
    current_rev = child.get(None)
    while current_rev is not None:
        chain.append(current_rev)
        current_rev = child.get(current_rev)
    if len(chain) != len(parent):
        raise RuntimeError("migrations do not form one chain")
    return tuple(chain)


def head() -> str:
    return revisions()[-1]


def is_known(revision: str) -> bool:
    return revision in revisions()


def current(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database, *, backup: bool, target: str = "head") -> None:
    """Bring ``db`` to ``target``. ``backup`` copies the file first (skipped for a brand-new file)."""
    rev = current(db)
    if rev is not None and not is_known(rev):
        raise DatabaseOpenError(msg("db_newer", path=db.location))
    if rev == (head() if target == "head" else target):
        return
    from alembic import command

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
