"""Opening databases: fresh, upgraded, and everything that must be refused without touching the file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from mitake_desktop.core import paths
from mitake_desktop.core.errors import DatabaseOpenError
from mitake_desktop.core.services import Services
from mitake_desktop.core.storage import database, migrations
from mitake_desktop.core.storage.database import APPLICATION_ID


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused_untouched(path: Path) -> str:
    """Opening ``path`` is refused and leaves the file byte for byte as it was; returns the refusal's sentence."""
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as exc:
        Services.open(str(path))
    assert digest(path) == before
    return exc.value.message


def test_fresh_database_is_at_head_in_wal_mode_with_foreign_keys(db_path: Path) -> None:
    s = Services.open(str(db_path))
    try:
        with s.db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert migrations.current(s.db) == migrations.head()
        assert s.check() == []
        assert not s.db.backups_dir.exists()  # nothing to back up in a new file
    finally:
        s.close()


def test_default_location_comes_from_mitake_home(_isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert paths.database_location() == str(_isolated_home / "data" / "mitake.sqlite3")
    monkeypatch.setenv("MITAKE_DB", "/x/y.db")
    assert paths.database_location() == "/x/y.db"
    assert paths.database_location("/cli.db") == "/cli.db"
    monkeypatch.delenv("MITAKE_DB")
    with Services.open() as s:  # creates the data folder for the default location
        assert s.db.path == _isolated_home / "data" / "mitake.sqlite3"


def test_upgrade_from_the_first_revision_backs_up_and_fills_the_search_index(db_path: Path) -> None:
    # Make a database at revision 0001 with a record in it, as an older Mitake would have left it.
    raw = database._make_engine(f"sqlite:///{db_path}")
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.close()
    old = database.Database(str(db_path), raw, db_path)
    migrations.upgrade(old, backup=False, target="0001")
    with raw.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO local_state(key, value) VALUES ('device_id', '01900000-0000-7000-8000-000000000001')")
        conn.exec_driver_sql("INSERT INTO device(id, name, trusted, is_local, first_seen) VALUES "
                             "('01900000-0000-7000-8000-000000000001', 'old', 1, 1, '2025-01-01T00:00:00.000Z')")
        conn.exec_driver_sql(
            "INSERT INTO community(id, deleted, created_at, updated_at, updated_by, clocks, updated_hlc, sort_key, "
            "lseq, name, prefectures, status) VALUES ('01900000-0000-7000-8000-0000000000aa', 0, "
            "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', '01900000-0000-7000-8000-000000000001', "
            "'{\"*\":[1,1]}', 1, 'かい', 1, '高崎ITの会', '[\"10\"]', 'active')")
    assert migrations.current(old) == "0001"
    raw.dispose()

    s = Services.open(str(db_path))
    try:
        assert migrations.current(s.db) == migrations.head()
        backups = list(s.db.backups_dir.glob("*-migration.sqlite3"))
        assert len(backups) == 1
        bcon = sqlite3.connect(backups[0])
        assert bcon.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        bcon.close()
        assert [h.title for h in s.search("高崎")] == ["高崎ITの会"]
        assert s.records.get("community", "01900000-0000-7000-8000-0000000000aa")["name"] == "高崎ITの会"
    finally:
        s.close()


def test_a_newer_database_is_refused_untouched(db_path: Path) -> None:
    Services.open(str(db_path)).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    assert "新しい Mitake" in refused_untouched(db_path)


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("会議のメモ".encode() * 100)
    assert "Mitake のデータベースではありません" in refused_untouched(path)


def test_another_applications_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs(title TEXT)")
    con.commit()
    con.close()
    assert "Mitake 以外のアプリ" in refused_untouched(path)


def test_a_damaged_database_is_refused_untouched(demo_path: Path) -> None:
    data = bytearray(demo_path.read_bytes())
    # Overwrite part of the schema page and some table pages with garbage, keeping the header.
    for offset in range(100, len(data), 4096 * 3):
        data[offset : offset + 512] = os.urandom(512)
    demo_path.write_bytes(bytes(data))
    before = digest(demo_path)
    with pytest.raises(DatabaseOpenError) as exc:
        s = Services.open(str(demo_path))
        problems = s.check()  # if opening happened to work, the check must find the damage
        s.close()
        if problems:
            raise DatabaseOpenError("; ".join(problems))
    assert exc.value.message
    assert digest(demo_path) == before or not list(demo_path.parent.glob("*-backups/*"))


def test_unwritable_locations_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database.os, "access", lambda p, mode: False)
    with pytest.raises(DatabaseOpenError) as exc:
        Services.open(str(tmp_path / "x.sqlite3"))
    assert "書き込めません" in exc.value.message
    assert not (tmp_path / "x.sqlite3").exists()


def test_missing_folder_is_refused_for_an_explicit_path(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError) as exc:
        Services.open(str(tmp_path / "no" / "such" / "x.sqlite3"))
    assert "ありません" in exc.value.message


def test_network_paths_are_recognised() -> None:
    assert database.is_network_path("\\\\server\\share\\mitake.sqlite3")
    assert database.is_network_path("//server/share/mitake.sqlite3")
    mounts = [("/", "ext4"), ("/mnt/office", "cifs"), ("/mnt/officelocal", "ext4"), ("/home/nfs", "nfs4")]
    assert database.is_network_path("/mnt/office/mitake.sqlite3", mounts)
    assert not database.is_network_path("/mnt/officelocal/mitake.sqlite3", mounts)
    assert database.is_network_path("/home/nfs/a/b.db", mounts)
    assert not database.is_network_path("/home/user/b.db", mounts)


def test_network_share_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "_linux_mounts", lambda: [("/", "ext4"), (str(tmp_path), "cifs")])
    with pytest.raises(DatabaseOpenError) as exc:
        Services.open(str(tmp_path / "x.sqlite3"))
    assert "ネットワーク" in exc.value.message
    assert not (tmp_path / "x.sqlite3").exists()


def test_backup_is_a_consistent_copy(demo_services: Services, tmp_path: Path) -> None:
    target = demo_services.backup(tmp_path / "copy.sqlite3")
    copy = Services.open(str(target))
    try:
        assert list(copy.dump_lines()) == list(demo_services.dump_lines())
    finally:
        copy.close()
    with pytest.raises(DatabaseOpenError):
        demo_services.backup(target)  # never overwrites


def test_automatic_backups_keep_the_last_few(services: Services) -> None:
    for _ in range(database.BACKUPS_KEPT + 3):
        services.db.backup("import")
    assert len(list(services.db.backups_dir.glob("*-import.sqlite3"))) == database.BACKUPS_KEPT


def test_migrations_downgrade_and_upgrade_cleanly(db_path: Path) -> None:
    s = Services.open(str(db_path))
    try:
        from alembic import command

        cfg = migrations.config()
        with s.db.engine.connect() as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        assert migrations.current(s.db) == "0001"
        migrations.upgrade(s.db, backup=False)
        assert migrations.current(s.db) == migrations.head()
    finally:
        s.close()


def test_damage_found_while_working_is_a_plain_message(demo_services: Services) -> None:
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    with pytest.raises(DatabaseOpenError) as exc, demo_services.db.read():
        raise SADatabaseError("SELECT 1", None, sqlite3.DatabaseError("database disk image is malformed"))
    assert "破損" in exc.value.message
    with pytest.raises(DatabaseOpenError) as busy, demo_services.db.write():
        from sqlalchemy.exc import OperationalError

        raise OperationalError("BEGIN", None, sqlite3.OperationalError("database is locked"))
    assert "使用中" in busy.value.message
def test_list_devices_puts_this_device_first(demo_services: Services) -> None:
    from mitake_desktop.core.services.identity import list_devices

    devices = list_devices(demo_services.db)
    assert devices[0].is_local and devices[0].id == demo_services.device_id
    assert len(devices) >= 2  # the demo data comes from a device of its own


def test_revision_chain_read_from_files_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.config())
    assert migrations.revisions() == tuple(r.revision for r in reversed(list(script.walk_revisions())))
    assert migrations.head() == script.get_current_head()


def test_opening_an_up_to_date_database_does_not_import_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    Services.open(str(db_path)).close()
    code = ("import sys; from mitake_desktop.core.services import Services; "
            f"Services.open({str(db_path)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


def test_migrations_match_the_table_metadata(db_path: Path) -> None:
    """A database built by the migrations has every table, column and index the metadata declares."""
    from sqlalchemy import inspect

    from mitake_desktop.core.storage.tables import metadata

    with Services.open(str(db_path)) as s:
        insp = inspect(s.db.engine)
        for table in metadata.sorted_tables:
            columns = {c["name"] for c in insp.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name
            indexes = {i["name"] for i in insp.get_indexes(table.name)}
            assert {i.name for i in table.indexes} <= indexes, table.name


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("postgresql+psycopg://someone:secret@127.0.0.1:1/none", "接続できませんでした"),
        ("bogus://x", "使えません"),
        ("mysql+nosuchdriver://u@h/db", "使えません"),
    ],
)
def test_server_addresses_that_do_not_work_are_one_sentence(url: str, needle: str) -> None:
    with pytest.raises(DatabaseOpenError) as exc:
        Services.open(url)
    assert needle in exc.value.message and "secret" not in exc.value.message
