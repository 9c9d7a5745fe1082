"""The command line: bundle export/import/inspect and conflicts list/resolve (DESIGN.md's contract)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mitake_desktop.cli import main
from mitake_desktop.core.services import Services


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_import_inspect_and_resolve(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    bundle = str(tmp_path / "a.mitake")
    run(capsys, "--db", a, "demo", "--size", "300", "--today", "2026-06-01")
    code, out, err = run(capsys, "--db", a, "bundle", "export", bundle, "--full")
    assert code == 0 and "バンドルを書き出しました" in out, err
    # Unknown signer: refused, one line, the fingerprint shown, nothing written.
    code, out, err = run(capsys, "--db", b, "bundle", "import", bundle)
    assert code == 1 and err.count("\n") == 1 and "--trust" in err and "Traceback" not in err
    code, out, err = run(capsys, "--db", b, "--lang", "en", "bundle", "import", bundle, "--trust", "--dry-run")
    assert code == 0 and "Dry run" in out and "added" in out
    code, out, _ = run(capsys, "--db", b, "stats", "--json")
    assert sum(json.loads(out).values()) == 0
    code, out, err = run(capsys, "--db", b, "--lang", "en", "bundle", "import", bundle, "--trust")
    assert code == 0 and "Bundle imported" in out, err
    code, out, _ = run(capsys, "--db", b, "bundle", "import", bundle, "--json")
    result = json.loads(out)
    assert result["committed"] and result["counts"]["added"] == 0 and result["counts"]["unchanged"] > 0
    code, out, _ = run(capsys, "--db", b, "--lang", "en", "bundle", "inspect", bundle)
    assert code == 0 and "Verification: all checks passed." in out and "Fingerprint" in out
    code, out, _ = run(capsys, "--db", b, "bundle", "inspect", bundle, "--json")
    assert json.loads(out)["manifest"]["profile"] == "internal"

    # A conflict, listed and resolved from the command line.
    code, out, _ = run(capsys, "--db", a, "search", "まえばし", "--type", "community", "--json")
    cid = json.loads(out)[0]["id"]
    run(capsys, "--db", a, "set", "community", cid, "city=前橋市A")
    run(capsys, "--db", b, "set", "community", cid, "city=前橋市B")
    run(capsys, "--db", a, "bundle", "export", bundle)
    code, out, err = run(capsys, "--db", b, "--lang", "en", "bundle", "import", bundle)
    assert code == 0 and "conflicts 1" in out, err
    code, out, _ = run(capsys, "--db", b, "conflicts", "list", "--json")
    [conflict] = json.loads(out)
    assert (conflict["mine"], conflict["theirs"], conflict["winner"]) == ("前橋市B", "前橋市A", "mine")
    code, out, _ = run(capsys, "--db", b, "conflicts", "list")
    assert conflict["id"] in out
    code, out, err = run(capsys, "--db", b, "conflicts", "resolve", conflict["id"], "--keep", "theirs")
    assert code == 0 and "解決しました" in out, err
    code, out, _ = run(capsys, "--db", b, "conflicts", "list", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--db", b, "conflicts", "list", "--all", "--json")
    assert json.loads(out)[0]["resolution"] == "theirs"
    code, out, err = run(capsys, "--db", b, "conflicts", "resolve", "nonexistent", "--keep", "mine")
    assert code == 1 and err.count("\n") == 1


def test_incremental_export_to_a_peer_by_name_and_encryption(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    a, b = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    run(capsys, "--db", a, "demo", "--size", "250", "--today", "2026-06-01")
    secret = tmp_path / "pass.txt"
    secret.write_text("とても長い合言葉\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", a, "bundle", "export", str(tmp_path / "1.mitake"), "--profile", "member",
                         "--passphrase-file", str(secret))
    assert code == 0 and "暗号化しました" in out, err
    code, _, err = run(capsys, "--db", b, "bundle", "import", str(tmp_path / "1.mitake"), "--trust")
    assert code == 1 and "--passphrase-file" in err
    code, out, err = run(capsys, "--db", b, "bundle", "import", str(tmp_path / "1.mitake"), "--trust",
                         "--passphrase-file", str(secret))
    assert code == 0, err
    run(capsys, "--db", b, "bundle", "export", str(tmp_path / "2.mitake"))
    run(capsys, "--db", a, "bundle", "import", str(tmp_path / "2.mitake"), "--trust")
    from mitake_desktop.core.services import Services

    with Services.open(b) as s:
        b_name = next(d.name for d in s.sync.devices() if d.is_local)
        b_id = s.device_id
    for peer in (b_id[:12], b_name):  # a unique prefix of its id, or its name
        code, out, err = run(capsys, "--db", a, "--lang", "en", "bundle", "export", str(tmp_path / "3.mitake"),
                             "--peer", peer)
        assert code == 0 and "incremental" in out, err
    code, out, err = run(capsys, "--db", a, "bundle", "export", str(tmp_path / "4.mitake"), "--peer", "no-such")
    assert code == 1 and "no-such" in err


@pytest.mark.parametrize("args", [["bundle", "import", "missing.mitake"], ["bundle", "inspect", "missing.mitake"]])
def test_unreadable_bundle_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "x.sqlite3"), *args)
    assert code == 1 and "Traceback" not in err + out


def test_a_real_process_refuses_a_damaged_bundle_with_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mitake"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    proc = subprocess.run([sys.executable, "-m", "mitake_desktop", "--db", str(tmp_path / "x.sqlite3"), "--lang",
                           "en", "bundle", "import", str(bad), "--trust"], capture_output=True, text=True,
                          env=os.environ | {"QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert proc.returncode == 1 and proc.stderr.strip().count("\n") == 0
    assert "damaged" in proc.stderr and "ask the sender" in proc.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a folder this user cannot write")
def test_export_to_a_read_only_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite3"), "bundle", "export", str(folder / "x.mitake"))
        assert code == 1 and err.count("\n") == 1
    finally:
        folder.chmod(0o700)


def test_export_write_failure_is_a_plain_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    def full_disk(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full_disk)
    code, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite3"), "--lang", "en", "bundle", "export",
                       str(tmp_path / "x.mitake"))
    assert code == 1 and "No space left" in err and err.count("\n") == 1
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "x.mitake").exists()


def test_a_bundle_from_a_copy_of_this_database_asks_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A copied database shares this one's identity: its new work is not imported without consent."""
    a, copy = tmp_path / "a.sqlite3", tmp_path / "copy.sqlite3"
    own, from_copy = str(tmp_path / "own.mitake"), str(tmp_path / "copy.mitake")
    run(capsys, "--db", str(a), "demo", "--size", "300", "--today", "2026-06-01")
    run(capsys, "--db", str(a), "db", "backup", str(copy))
    code, out, _ = run(capsys, "--db", str(a), "bundle", "export", own, "--full")
    code, out, err = run(capsys, "--db", str(a), "bundle", "import", own)
    assert code == 0, err  # its own bundle, nothing new in it: no question
    _, out, _ = run(capsys, "--db", str(copy), "search", "まえばし", "--type", "community", "--json")
    cid = json.loads(out)[0]["id"]
    run(capsys, "--db", str(copy), "set", "community", cid, "name=複製で変えた名前")
    run(capsys, "--db", str(copy), "bundle", "export", from_copy, "--full")
    before = run(capsys, "--db", str(a), "dump")[1]
    code, out, err = run(capsys, "--db", str(a), "bundle", "import", from_copy)
    assert code == 1 and "このデータベース自身の署名" in err and err.count("\n") == 1
    assert run(capsys, "--db", str(a), "dump")[1] == before
    code, out, err = run(capsys, "--db", str(a), "bundle", "import", from_copy, "--trust")  # a restore: allowed
    assert code == 0, err
    assert "複製で変えた名前" in run(capsys, "--db", str(a), "dump")[1]


def test_inspect_and_conflicts_show_no_stored_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Trust levels, profiles, record types, yes/no, choices and statuses read in the chosen language."""
    from mitake_desktop.core.services import Services
    from mitake_desktop.core.sync import ExportOptions

    a_path, b_path = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    bundle = tmp_path / "x.mitake"
    with Services.open(str(a_path)) as a, Services.open(str(b_path)) as b:
        tool = a.records.create("it_tool", {"name": "会計ソフト", "category": "accounting"})["id"]
        gone = a.records.create("it_tool", {"name": "勤怠アプリ", "category": "attendance"})["id"]
        a.sync.export(bundle, ExportOptions())
        b.sync.import_bundle(bundle, trust=True)
        a.records.update("it_tool", tool, {"subsidy_eligible": True, "category": "payroll"})
        a.records.delete("it_tool", gone)
        b.records.update("it_tool", tool, {"subsidy_eligible": False, "category": "invoicing"})
        b.records.update("it_tool", gone, {"name": "勤怠アプリ2"})
        a.sync.export(bundle, ExportOptions(profile="member"))
        assert b.sync.import_bundle(bundle).counts["conflicts"] == 2  # the category, and the delete
    stored = ("true", "false", "accounting", "payroll", "invoicing", "open", "local", "trusted", "member",
              "it_tool")
    code, out, err = run(capsys, "--db", str(b_path), "conflicts", "list")
    assert code == 0 and out.count("\n") == 2, err
    assert not [k for k in stored if k in out], out
    assert "給与・労務" in out and "請求・受発注" in out and "未解決" in out
    assert "こちら: 残す（編集あり）  相手: 削除" in out
    code, out, err = run(capsys, "--db", str(b_path), "bundle", "inspect", str(bundle))
    assert code == 0, err
    body = out.split("バンドル ID:", 1)[1].split("\n", 1)[1]  # the id may hold any hex letters
    assert not [k for k in stored if k in body], out
    assert "信頼: 信頼済み" in out and "共同利用" in out and "ITツール" in out
    code, out, err = run(capsys, "--db", str(a_path), "--lang", "en", "bundle", "inspect", str(bundle))
    assert "Trust: this computer" in out and "joint use" in out
    conflict = json.loads(run(capsys, "--db", str(b_path), "conflicts", "list", "--json")[1])[0]["id"]
    code, out, err = run(capsys, "--db", str(b_path), "conflicts", "resolve", conflict, "--keep", "theirs")
    assert code == 0 and "相手の値" in out and "theirs" not in out, err


def test_inspect_and_dry_run_create_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Reading a bundle never creates (or sets up) a database: a missing one is compared as empty.
    A bundle that verifies is inspected successfully (exit 0) even when its signer is not trusted yet."""
    a, missing = tmp_path / "a.sqlite3", tmp_path / "new" / "b.sqlite3"
    missing.parent.mkdir()
    bundle = str(tmp_path / "a.mitake")
    with Services.open(str(a)) as s:
        s.records.create("it_tool", {"name": "会計ソフト", "category": "accounting"})
    run(capsys, "--db", str(a), "bundle", "export", bundle, "--full")
    code, out, err = run(capsys, "--db", str(missing), "bundle", "inspect", bundle)
    assert code == 0 and "検証: 問題ありません" in out and "--trust" in out and "まだありません" in out, err
    assert "信頼: " in out and "追加 1" in out
    code, out, err = run(capsys, "--db", str(missing), "bundle", "inspect", bundle, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["verified"] and shown["needs_trust"] and not shown["ok"]
    assert shown["preview"]["added"] == 1
    code, out, err = run(capsys, "--db", str(missing), "--lang", "en", "bundle", "import", bundle, "--dry-run",
                         "--trust")
    assert code == 0 and "Dry run" in out and "added 1" in out and "does not exist yet" in out, err
    code, out, err = run(capsys, "--db", str(missing), "bundle", "import", bundle, "--dry-run")
    assert code == 1 and err.count("\n") == 1  # would need consent: refused, still one line
    assert list(missing.parent.iterdir()) == []
    # A damaged bundle still fails the inspection.
    bad = tmp_path / "bad.mitake"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, out, err = run(capsys, "--db", str(missing), "bundle", "inspect", str(bad))
    assert code == 1 and "Traceback" not in out + err
    assert list(missing.parent.iterdir()) == []


def test_a_refused_import_leaves_no_new_database_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = str(tmp_path / "a.sqlite3")
    bundle = str(tmp_path / "a.mitake")
    run(capsys, "--db", a, "demo", "--size", "120", "--today", "2026-06-01")
    assert run(capsys, "--db", a, "bundle", "export", bundle, "--full")[0] == 0
    bad = tmp_path / "bad.mitake"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    target = tmp_path / "target"
    target.mkdir()
    (target / "notes.txt").write_text("not ours", encoding="utf-8")
    for args in (["bundle", "import", bundle],  # a signer not trusted yet
                 ["bundle", "import", str(bad), "--trust"],  # a damaged bundle
                 ["--lang", "en", "bundle", "import", bundle]):
        for db in (target / "c.sqlite3", target / "new" / "deeper" / "c.sqlite3"):
            code, out, err = run(capsys, "--db", str(db), *args)
            assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
            # Nothing it created is left: no file, no -wal/-shm, no attachment folder, no folder made for it.
            assert sorted(p.name for p in target.iterdir()) == ["notes.txt"], args
    # An existing database refused an import stays as it was.
    code, out, err = run(capsys, "--db", a, "bundle", "import", str(bad), "--trust")
    assert code == 1 and Path(a).exists()
    # Accepted, the new database stays.
    code, out, err = run(capsys, "--db", str(target / "c.sqlite3"), "bundle", "import", bundle, "--trust")
    assert code == 0 and (target / "c.sqlite3").exists(), err


def test_people_entered_on_both_computers_are_pointed_out(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    a, b, bundle = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3"), str(tmp_path / "a.mitake")
    with Services.open(a) as sa:
        sa.records.create("person", {"name": "山田 花子", "reading": "やまだ はなこ",
                                     "email": "Hanako.Yamada@example.jp"})  # a walk-in on laptop A
        sa.records.create("person", {"name": "鈴木 一郎", "phone": "090-1111-2222"})
        sa.records.create("person", {"name": "佐藤 健", "email": "ken@example.jp"})  # nobody like him on B
    with Services.open(b) as sb:
        sb.records.create("person", {"name": "山田花子", "email": "hanako.yamada@example.jp"})  # a list on B
        sb.records.create("person", {"name": "鈴木 一郎", "phone": "09011112222"})
        sb.records.create("person", {"name": "佐藤 健", "email": "other@example.jp"})  # a namesake, not him
    assert run(capsys, "--db", a, "bundle", "export", bundle, "--full")[0] == 0
    code, out, err = run(capsys, "--db", b, "bundle", "import", bundle, "--trust")
    assert code == 0, err
    assert "取り込んだ人物のうち 2 人は" in out
    code, out, _ = run(capsys, "--db", b, "bundle", "import", bundle, "--json")
    assert json.loads(out)["counts"]["look_alikes"] == 0  # the second time adds nobody
