"""Opening the database safely: checks first, then migrations with a backup, then a working engine.

A file that is not ours, damaged, newer than the app, unwritable or on a network share is refused
with one plain sentence, and never modified. An existing database whose file or folder cannot be
written opens read-only (browsing, search, export work; each change is refused with one sentence),
provided it needs no migration — see :func:`_read_only_uri` for how SQLite's WAL files allow that. SQLite runs in WAL mode with ``synchronous=FULL`` and
foreign keys on. Write transactions start with ``BEGIN IMMEDIATE`` so two writers queue up instead
of failing half-way; readers never block writers.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from mitake_desktop.core import paths
from mitake_desktop.core.errors import DatabaseOpenError, ReadOnlyError
from mitake_desktop.core.i18n import msg

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks the file as Mitake's ("MITK"), so another app's SQLite file is recognised.
APPLICATION_ID = 0x4D49544B
BACKUPS_KEPT = 5
NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afs", "ncpfs", "davfs", "fuse.davfs2"})


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass
class Database:
    """An open, migrated database. Use :meth:`read` and :meth:`write` for transactions."""

    location: str
    engine: Engine
    path: Path | None  # None for a server database (PostgreSQL)
    read_only: bool = False  # the file or its folder cannot be written: reading only, writes refused

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def attachments_dir(self) -> Path:
        """Content-addressed store of attachment files, beside the database file."""
        if self.path is not None:
            return self.path.with_name(self.path.stem + "-attachments")
        return paths.data_dir() / "attachments"

    @property
    def backups_dir(self) -> Path:
        if self.path is not None:
            return self.path.with_name(self.path.stem + "-backups")
        return paths.data_dir() / "backups"

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction: a consistent snapshot, never blocking a writer."""
        with self._plain_errors(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (``BEGIN IMMEDIATE`` on SQLite): committed on success, rolled back on error."""
        if self.read_only:
            raise ReadOnlyError(msg("db_read_only", path=self.location))
        with self._plain_errors(), self.engine.connect().execution_options(immediate=True) as conn, conn.begin():
            yield conn

    @contextmanager
    def _plain_errors(self) -> Iterator[None]:
        """A busy or damaged database becomes one plain sentence instead of a driver error."""
        try:
            yield
        except SADatabaseError as exc:
            detail = str(exc.orig)
            if isinstance(exc, OperationalError) and ("locked" in detail or "busy" in detail):
                raise DatabaseOpenError(msg("db_busy")) from exc
            if "malformed" in detail or "not a database" in detail:
                raise DatabaseOpenError(msg("db_damaged", path=self.location, detail=detail)) from exc
            raise

    def close(self) -> None:
        self.engine.dispose()

    # -- maintenance ---------------------------------------------------------------------------

    def backup(self, reason: str = "manual", target: Path | None = None) -> Path:
        """A consistent copy through SQLite's online-backup API (safe while the app is running).

        Automatic backups (``target`` None) go to :attr:`backups_dir`; the last few are kept. A backup the
        user asks for (``target`` given) also copies the attachment files into ``<target>-attachments/``,
        so it restores completely; automatic ones need not, since attachment files are never changed or
        removed.
        """
        if self.path is None:
            raise DatabaseOpenError(msg("db_backup_not_file"))
        auto = target is None
        if target is None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            target = paths.ensure(self.backups_dir) / f"{self.path.stem}-{stamp}-{reason}.sqlite3"
        target = Path(target)
        if target.exists():
            raise DatabaseOpenError(msg("db_backup_exists", path=target))
        if not target.parent.is_dir():
            raise DatabaseOpenError(msg("db_no_dir", path=target.parent))
        if not os.access(target.parent, os.W_OK):
            raise DatabaseOpenError(msg("db_unwritable", path=target.parent))
        tmp = target.with_name(target.name + ".part")
        try:
            raw = self.engine.raw_connection()
            try:
                dst = sqlite3.connect(tmp)
                try:
                    raw.driver_connection.backup(dst)  # type: ignore[union-attr]
                    dst.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dst.close()
            finally:
                raw.close()
            os.replace(tmp, target)
            if not auto:
                self._copy_attachments(target.with_name(target.stem + "-attachments"))
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise DatabaseOpenError(msg("db_backup_failed", detail=getattr(exc, "strerror", None) or str(exc))) from exc
        if auto:
            self._prune_backups(reason)
        return target

    def _copy_attachments(self, folder: Path) -> None:
        source = self.attachments_dir
        if not source.is_dir():
            return
        for item in source.glob("??/*"):
            if item.is_file() and not item.name.startswith("."):
                dest = folder / item.parent.name / item.name
                if not dest.exists():
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(item, dest)

    def _prune_backups(self, reason: str) -> None:
        assert self.path is not None
        found = sorted(self.backups_dir.glob(f"{self.path.stem}-*-{reason}.sqlite3"))
        for old in found[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)

    def check(self) -> list[str]:
        """Integrity and foreign-key problems, as readable lines; empty when all is well."""
        problems: list[str] = []
        if not self.is_sqlite:
            return problems
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems += [f"integrity: {r}" for r in rows]
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
            has_fts = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name='search_fts'").first() is not None
            if has_fts and not self.read_only:  # FTS5's integrity check is written as an INSERT
                try:
                    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES('integrity-check')")
                    conn.commit()
                except SADatabaseError as exc:
                    problems.append(f"search index: {exc.orig}")
        return problems


# -- opening ------------------------------------------------------------------------------------


def is_network_path(path: PurePath | str, mounts: list[tuple[str, str]] | None = None) -> bool:
    """True for UNC paths, mapped network drives (Windows) and network file systems (Linux)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            DRIVE_REMOTE = 4
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)  # type: ignore[attr-defined]
        return False
    if mounts is None:
        mounts = _linux_mounts()
    best, fstype = "", ""
    absolute = os.path.abspath(text)
    for mount_point, fs in mounts:
        if (absolute == mount_point or absolute.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, fstype = mount_point, fs
    return fstype in NETWORK_FS


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            out = []
            for line in fh:
                parts = line.split()
                if len(parts) >= 3:
                    out.append((parts[1].replace("\\040", " "), parts[2]))
            return out
    except OSError:
        return []


def _configure_sqlite(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        if not read_only:  # setting the journal mode writes the header
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.execute("PRAGMA cache_size=-32000")  # 32 MB page cache
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _make_engine(url: str, *, read_only_uri: str | None = None) -> Engine:
    """An engine for ``url``; for a read-only SQLite file, one whose connections open ``read_only_uri``."""
    kwargs: dict[str, Any] = {"json_serializer": _json_dumps, "future": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
    if read_only_uri is not None:
        kwargs["creator"] = lambda: sqlite3.connect(read_only_uri, uri=True, check_same_thread=False, timeout=15)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, read_only=read_only_uri is not None)
    return engine


def _read_only_uri(path: Path) -> str:
    """How to open a database this user cannot write, as an SQLite URI.

    In WAL mode a reader needs the ``-shm`` index beside the file. ``mode=ro`` works when that file
    exists (or the folder lets SQLite create it), and then sees changes still in ``-wal``. In a
    read-only folder without ``-shm`` it cannot open at all; ``immutable=1`` then reads the main file
    alone — right when ``-wal`` is absent or empty (the app checkpoints it on a clean close), wrong
    otherwise: changes in ``-wal`` would silently be missing, so that case is refused. ``immutable``
    also skips locking, which is sound because nobody on this account can be writing the file.
    """
    ro = path.as_uri() + "?mode=ro"
    try:
        con = sqlite3.connect(ro, uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
        return ro
    except sqlite3.Error as exc:
        log.info("read-only open of %s with mode=ro failed (%s); trying immutable", path, exc)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise DatabaseOpenError(msg("db_read_only_wal", path=path, wal=wal.name))
    return path.as_uri() + "?immutable=1"


def _inspect_existing(path: Path, uri: str | None = None) -> tuple[str | None, int, bool]:
    """(alembic revision, application_id, has any table) read without writing anything."""
    uri = uri or path.as_uri() + "?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(msg("db_damaged", path=path, detail=str(exc))) from exc
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in names:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, app_id, bool(names)
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(msg("db_damaged", path=path, detail=str(exc))) from exc
    finally:
        con.close()


def _check_file(path: Path, *, create_parent: bool) -> tuple[bool, bool]:
    """Refuse what cannot be used; returns (the file already holds data, it and its folder can be written).

    A new database needs a writable folder; an existing one that cannot be written opens read-only.
    """
    if is_network_path(path):
        raise DatabaseOpenError(msg("db_network", path=path))
    parent = path.parent
    if not parent.exists():
        if not create_parent:
            raise DatabaseOpenError(msg("db_no_dir", path=parent))
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(msg("db_unwritable", path=parent)) from exc
    if path.is_dir():
        raise DatabaseOpenError(msg("db_not_sqlite", path=path))
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        try:
            with open(path, "rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseOpenError(msg("db_unwritable", path=path)) from exc
        if header != SQLITE_HEADER:
            raise DatabaseOpenError(msg("db_not_sqlite", path=path))
    # WAL needs to create -wal and -shm files beside the database.
    writable = os.access(parent, os.W_OK) and (not exists or os.access(path, os.W_OK))
    if not exists and not writable:
        raise DatabaseOpenError(msg("db_unwritable", path=parent))
    return exists, writable


def open_database(location: str | None = None, *, create_parent: bool | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at ``location`` (a path or a URL).

    Raises :class:`DatabaseOpenError` with a plain message for anything it refuses.
    """
    from mitake_desktop.core.storage import migrations

    location = location or paths.database_location()
    if create_parent is None:
        create_parent = location == str(paths.data_dir() / paths.DB_FILENAME)
    if paths.is_url(location):
        return _open_server(location)

    path = Path(location).expanduser().absolute()
    existed, writable = _check_file(path, create_parent=create_parent)
    read_only_uri = None if writable else _read_only_uri(path)
    revision = None
    if existed:
        revision, app_id, has_tables = _inspect_existing(path, read_only_uri)
        if has_tables and app_id != APPLICATION_ID:
            raise DatabaseOpenError(msg("db_not_mitake", path=path))
        if revision is not None and not migrations.is_known(revision):
            raise DatabaseOpenError(msg("db_newer", path=path))
    if read_only_uri is not None:
        if revision != migrations.head():  # a migration (or a first set-up) must write
            raise DatabaseOpenError(msg("db_read_only_needs_upgrade", path=path))
        log.info("database %s opened read-only (%s)", path, read_only_uri.rsplit("?", 1)[1])
        return Database(str(path), _make_engine(f"sqlite:///{path}", read_only_uri=read_only_uri), path, read_only=True)
    if not existed:
        try:
            con = sqlite3.connect(path)
            con.execute(f"PRAGMA application_id={APPLICATION_ID}")
            con.execute("PRAGMA journal_mode=WAL")
            con.close()
        except sqlite3.Error as exc:
            raise DatabaseOpenError(msg("db_unwritable", path=path)) from exc
    engine = _make_engine(f"sqlite:///{path}")
    db = Database(str(path), engine, path)
    try:
        migrations.upgrade(db, backup=existed and revision != migrations.head())
    except DatabaseOpenError:
        engine.dispose()
        raise
    except SADatabaseError as exc:
        engine.dispose()
        detail = str(exc.orig)
        key = "db_damaged" if ("malformed" in detail or "not a database" in detail) else "db_open_failed"
        raise DatabaseOpenError(msg(key, path=path, detail=detail)) from exc
    return db


def _open_server(location: str) -> Database:
    """A database on a server (PostgreSQL): a wrong URL, a missing driver or no server is one sentence."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from mitake_desktop.core.storage import migrations

    try:
        shown = make_url(location).render_as_string(hide_password=True)
    except ArgumentError:
        shown = location.split("@")[-1]
    try:
        engine = _make_engine(location)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise DatabaseOpenError(msg("db_bad_url", location=shown, detail=str(exc).splitlines()[0][:160])) from exc
    db = Database(location, engine, None)
    try:
        migrations.upgrade(db, backup=False)
    except SADatabaseError as exc:
        engine.dispose()
        detail = str(exc.orig).strip().splitlines()[0][:160] if exc.orig is not None else str(exc)[:160]
        raise DatabaseOpenError(msg("db_connect_failed", location=shown, detail=detail)) from exc
    return db


def hostname() -> str:
    try:
        return socket.gethostname()
    except OSError:  # pragma: no cover
        return "device"


def local_now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

