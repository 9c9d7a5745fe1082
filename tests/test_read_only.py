"""A database this user cannot write opens read-only: reading works, every change is refused in one sentence."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mitake_desktop.cli import main
from mitake_desktop.core.errors import DatabaseOpenError, ReadOnlyError
from mitake_desktop.core.services import Services
from mitake_desktop.core.storage import database


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def check_reading_works_and_writing_is_refused(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(db.parent)
    code, out, err = run(capsys, "--db", str(db), "stats", "--json")
    assert code == 0, err
    assert json.loads(out)["community"] == 8
    code, out, err = run(capsys, "--db", str(db), "search", "まえばし", "--type", "community", "--json")
    assert code == 0 and len(json.loads(out)) == 1, err
    cid = json.loads(out)[0]["id"]
    code, out, err = run(capsys, "--db", str(db), "dump")
    assert code == 0 and out.count("\n") > 1000, err
    for args in (["set", "community", cid, "city=前橋市"], ["delete", "community", cid, "--force"]):
        code, out, err = run(capsys, "--db", str(db), *args)
        assert code == 1 and err.count("\n") == 1 and "読み取り専用" in err and "Traceback" not in err, (args, err)
    code, _, err = run(capsys, "--db", str(db), "--lang", "en", "set", "community", cid, "city=x")
    assert code == 1 and "open read-only" in err
    assert digest(db.parent) == before  # not a byte written, no backup, no -wal/-shm left behind


@pytest.fixture
def locked_folder(demo_path: Path) -> Iterator[Path]:
    """The demo database in a folder made read-only with chmod (restored afterwards so it can be removed)."""
    folder = demo_path.parent / "locked"
    folder.mkdir()
    db = folder / "mitake.sqlite3"
    demo_path.rename(db)
    db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield db
    folder.chmod(stat.S_IRWXU)
    db.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes through chmod")
def test_a_read_only_folder_opens_read_only(locked_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Services.open(str(locked_folder)) as s:
        assert s.read_only
    check_reading_works_and_writing_is_refused(locked_folder, capsys)


def test_unwritable_file_opens_read_only_even_for_root(demo_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The same, where permissions cannot be tested for real (root): the app is told the file is unwritable."""
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if mode == os.W_OK and Path(str(path)).parent in (demo_path.parent, demo_path.parent.parent):
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(database.os, "access", access)
    with Services.open(str(demo_path)) as s:
        assert s.read_only and s.device_id
        assert s.records.count("community") == 8
        with pytest.raises(ReadOnlyError):
            s.records.update("community", s.records.list("community")[0]["id"], {"city": "x"})
        with pytest.raises(ReadOnlyError):
            s.attachments.add(b"%PDF-1.4\n%%EOF\n", "x.pdf")
        assert s.check() == []
    check_reading_works_and_writing_is_refused(demo_path, capsys)


def test_without_the_wal_index_unapplied_changes_are_refused_not_hidden(
        demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When SQLite cannot open read-only (no -shm in a read-only folder), the file is read as immutable —
    unless -wal holds changes the file lacks: those would silently be missing, so the open is refused."""
    real_connect = sqlite3.connect

    def connect(target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        if isinstance(target, str) and target.endswith("?mode=ro"):
            raise sqlite3.OperationalError("unable to open database file")  # what a read-only folder does
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(database.sqlite3, "connect", connect)
    monkeypatch.setattr(database.os, "access", lambda p, mode: mode != os.W_OK)
    with Services.open(str(demo_path)) as s:  # no -wal: the file is the whole database
        assert s.read_only and s.records.count("community") == 8
    wal = demo_path.with_name(demo_path.name + "-wal")
    wal.write_bytes(b"\0" * 4096)
    with pytest.raises(DatabaseOpenError) as exc:
        Services.open(str(demo_path))
    assert "まだファイルに書き込まれていない変更" in exc.value.message and wal.name in exc.value.message


def test_a_read_only_database_that_needs_upgrading_is_refused(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Services.open(str(db_path)).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    monkeypatch.setattr(database.os, "access", lambda p, mode: mode != os.W_OK)
    with pytest.raises(DatabaseOpenError) as exc:
        Services.open(str(db_path))
    assert "更新が必要" in exc.value.message and db_path.read_bytes() == before

