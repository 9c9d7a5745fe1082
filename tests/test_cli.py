"""The command-line contract (DESIGN.md), run in-process for speed and once as a real process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mitake_desktop.cli import main
from mitake_desktop.core.services import Filter, Services


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_stats_dump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    code, out, _ = run(capsys, "--db", db, "demo", "--size", "400", "--seed", "5", "--today", "2026-06-01")
    assert code == 0 and "デモデータを作成しました" in out
    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    counts = json.loads(out)
    assert code == 0 and all(isinstance(v, int) and v > 0 for v in counts.values())
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "stats")
    assert "Case studies" in out and "case_study" in out
    dump1 = subprocess.run([sys.executable, "-m", "mitake_desktop", "--db", db, "dump"], capture_output=True,
                           check=True, env=os.environ | {"PYTHONIOENCODING": "ascii"}).stdout
    dump2 = subprocess.run([sys.executable, "-m", "mitake_desktop", "--db", db, "dump"], capture_output=True,
                           check=True).stdout
    assert dump1 == dump2 and dump1.count(b"\n") == sum(counts.values())
    prev = None
    for line in dump1.decode("utf-8").splitlines():
        record = json.loads(line)
        assert list(record) == sorted(record)
        key = (record["type"], record["id"])
        assert prev is None or prev < key
        prev = key


def test_set_and_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "--db", db, "demo", "--size", "300", "--today", "2026-06-01")
    _, out, _ = run(capsys, "--db", db, "search", "まえばし", "--type", "community", "--json")
    cid = json.loads(out)[0]["id"]
    code, out, err = run(capsys, "--db", db, "set", "community", cid, "name=契約テスト", "status=dormant",
                         "prefectures=10,11")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "search", "契約テスト", "--json")
    assert [h["id"] for h in json.loads(out)] == [cid]
    code, out, err = run(capsys, "--db", db, "delete", "community", cid, "--force")
    assert code == 0 and "削除しました" in out
    _, out, _ = run(capsys, "--db", db, "search", "契約テスト", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "needle", "code"),
    [
        (["set", "community", "{id}", "no_such_field=1"], "no_such_field", 1),
        (["set", "community", "{id}", "status=closed"], "「状態」", 1),
        (["set", "community", "{id}", "name="], "「名称」を入力してください", 1),
        (["set", "community", "{id}", "founded_on=yesterday"], "「設立日」", 1),
        (["set", "community", "{id}", "updated_at=2020"], "自動で管理", 1),
        (["set", "community", "{id}", "name"], "項目=値", 2),
        (["set", "nonsense", "{id}", "a=1"], "nonsense", 2),
        (["set", "community", "01999999-0000-7000-8000-000000000000", "name=x"], "見つかりません", 1),
        (["delete", "person", "01999999-0000-7000-8000-000000000000"], "見つかりません", 1),
    ],
)
def test_refused_edits_exit_1_and_usage_errors_2_with_a_plain_message_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str, code: int
) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "--db", db, "demo", "--size", "300", "--today", "2026-06-01")
    _, out, _ = run(capsys, "--db", db, "search", "まえばし", "--type", "community", "--json")
    cid = json.loads(out)[0]["id"]
    before = list(run(capsys, "--db", db, "dump"))[1]
    got, out, err = run(capsys, "--db", db, *[a.replace("{id}", cid) for a in args])
    assert got == code  # 1: the data refused it; 2: the command was written wrong (DESIGN.md)
    assert needle in err and "Traceback" not in err and err.count("\n") == 1
    assert run(capsys, "--db", db, "dump")[1] == before


def test_messages_follow_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    code, _, err = run(capsys, "--db", db, "--lang", "en", "set", "community", "x", "colour=red")
    assert code == 1 and "Community has no field “colour”" in err


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "a.db"), "set", "community"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc2:
        main(["frobnicate"])
    assert exc2.value.code == 2


@pytest.mark.parametrize("args", [["set", "event", "X", "title"], ["set", "bogus", "X", "x=1"],
                                  ["delete", "bogus", "X"], ["history", "record", "bogus", "X"],
                                  ["search", ""], ["search", " \u3000 "],
                                  ["import-csv", "people", "{csv}", "--mapping", "名前=bogus"],
                                  ["import-csv", "people", "{csv}", "--mapping", "nothing"]])
def test_commands_written_wrong_exit_2_with_one_plain_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           args: list[str]) -> None:
    db, csv = tmp_path / "a.sqlite3", tmp_path / "p.csv"
    csv.write_text("名前,メール\n山田太郎,taro@example.jp\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), *[a.replace("{csv}", str(csv)) for a in args])
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err and out == "", err


def test_bad_database_files_get_one_line_and_no_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello")
    code, _, err = run(capsys, "--db", str(bad), "stats")
    assert code == 1 and "Traceback" not in err and err.strip().count("\n") == 0
    assert bad.read_text() == "hello"


def test_db_check_and_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "--db", db, "demo", "--size", "300", "--today", "2026-06-01")
    code, out, _ = run(capsys, "--db", db, "db", "check")
    assert code == 0 and "問題はありません" in out
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--db", db, "db", "backup", str(target))
    assert code == 0 and target.exists()
    assert run(capsys, "--db", str(target), "dump")[1] == run(capsys, "--db", db, "dump")[1]
    code, _, err = run(capsys, "--db", db, "db", "backup", str(target))
    assert code == 1 and "Traceback" not in err


def test_db_check_reports_a_broken_foreign_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    db = tmp_path / "a.sqlite3"
    run(capsys, "--db", str(db), "demo", "--size", "300", "--today", "2026-06-01")
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("UPDATE person SET organisation_id = 'gone' WHERE organisation_id IS NOT NULL "
                "AND rowid = (SELECT min(rowid) FROM person WHERE organisation_id IS NOT NULL)")
    con.commit()
    con.close()
    code, _, err = run(capsys, "--db", str(db), "db", "check")
    assert code == 1 and "person" in err


def test_search_prints_groups(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "--db", db, "demo", "--size", "300", "--today", "2026-06-01")
    code, out, _ = run(capsys, "--db", db, "search", "林")
    assert code == 0 and out.startswith("[")
    code, out, _ = run(capsys, "--db", db, "search", "存在しない言葉ですよ")
    assert "該当する記録はありません" in out


def test_console_script_runs(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("mitake")
    if not exe.exists():
        pytest.skip("the console script is installed by pip install -e .")
    result = subprocess.run([str(exe), "--db", str(tmp_path / "x.sqlite3"), "stats", "--json"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and json.loads(result.stdout)["community"] == 0


def test_file_problems_are_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "--db", db, "demo", "--size", "300", "--today", "2026-06-01")
    event = json.loads(run(capsys, "--db", db, "events", "list", "--json")[1])[0]["id"]
    folder = tmp_path / "out"
    folder.mkdir()
    for args in (["events", "report", event, "--out", str(folder)],
                 ["events", "attendance", event, "--out", str(folder)],
                 ["import-csv", "people", str(folder)],
                 ["db", "backup", str(folder)]):
        code, _, err = run(capsys, "--db", db, *args)
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err and "予期しない" not in err, args
    code, _, err = run(capsys, "--db", "", "stats")
    assert code == 1 and "--db" in err


def test_a_backup_carries_the_attachments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite3"
    run(capsys, "--db", str(db), "demo", "--size", "300", "--today", "2026-06-01")
    target = tmp_path / "copy.sqlite3"
    assert run(capsys, "--db", str(db), "db", "backup", str(target))[0] == 0
    source_files = sorted(p.name for p in (tmp_path / "a-attachments").rglob("*") if p.is_file())
    copied = sorted(p.name for p in (tmp_path / "copy-attachments").rglob("*") if p.is_file())
    assert source_files and copied == source_files
    code, _, err = run(capsys, "--db", str(db), "db", "backup", str(target))
    assert code == 1 and "すでにあります" in err


def test_delete_names_what_still_refers_to_the_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "--db", db, "demo", "--size", "300", "--today", "2026-06-01")
    cid = json.loads(run(capsys, "--db", db, "search", "まえばし", "--type", "community", "--json")[1])[0]["id"]
    before = run(capsys, "--db", db, "dump")[1]
    code, _, err = run(capsys, "--db", db, "delete", "community", cid)
    assert code == 1 and "イベント" in err and "--force" in err and err.count("\n") == 1
    assert run(capsys, "--db", db, "dump")[1] == before
    code, out, _ = run(capsys, "--db", db, "delete", "community", cid, "--force")
    assert code == 0 and "削除しました" in out
    code, _, err = run(capsys, "--db", db, "delete", "community", cid, "--force")
    assert code == 1 and "すでに削除" in err


def test_dependents_and_deleted_titles(demo_services: Services) -> None:
    cid = demo_services.records.list("community")[0]["id"]
    deps = demo_services.records.dependents("community", cid)
    assert deps["event"] == demo_services.records.count("event", [Filter("community_id", "=", cid)])
    assert deps["membership"] > 0
    name = demo_services.records.get("community", cid)["name"]
    demo_services.records.delete("community", cid)
    assert demo_services.records.titles("community", [cid])[cid] == f"{name}（削除済み）"


def test_history_batches_and_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("氏名,よみがな\n摺鉢 一郎,すりばち いちろう\n摺鉢 二郎,すりばち じろう\n", encoding="utf-8")
    run(capsys, "--db", db, "demo", "--size", "300", "--today", "2026-06-01")
    before = run(capsys, "--db", db, "dump")[1]
    code, out, err = run(capsys, "--db", db, "import-csv", "people", str(csv_file))
    assert code == 0, err
    batch = json.loads(run(capsys, "--db", db, "history", "batches", "--kind", "import_csv", "--json")[1])[0]["id"]
    assert f"mitake history undo {batch}" in out
    code, out, _ = run(capsys, "--db", db, "history", "undo", batch)
    assert code == 0 and "削除 2" in out
    live = [line for line in run(capsys, "--db", db, "dump")[1].splitlines() if "摺鉢" in line]
    assert live == [] and before.count("\n") == run(capsys, "--db", db, "dump")[1].count("\n")
    code, _, err = run(capsys, "--db", db, "history", "undo", batch)
    assert code == 1 and "すでに取り消されています" in err
    person = json.loads(run(capsys, "--db", db, "search", "摺鉢", "--json")[1])
    assert person == []
    code, out, _ = run(capsys, "--db", db, "history", "batches")
    assert batch in out and "取り消し済み" in out


@pytest.mark.parametrize("args", [["demo", "--size", "0"], ["demo", "--size", "-5"], ["demo", "--size", "x"],
                                  ["search", "まえ", "--limit", "-1"], ["search", "まえ", "--limit", "0"]])
def test_sizes_and_limits_below_one_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      args: list[str]) -> None:
    db = tmp_path / "x.sqlite3"
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db), *args])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "1以上の整数" in err and "Traceback" not in err
    assert not db.exists()  # refused before anything was opened or written


def test_set_takes_japanese_era_dates_and_refuses_days_that_never_were(
        services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cid = services.records.create("community", {"name": "和暦の会", "prefectures": ["10"]})["id"]
    eid = services.records.create("event", {"title": "勉強会", "kind": "勉強会", "starts_at": "2026-05-01 10:00",
                                            "format": "会場", "status": "planned", "community_id": cid})["id"]
    services.close()
    code, _, err = run(capsys, "--db", str(db_path), "set", "community", cid, "founded_on=令和8年6月1日")
    assert code == 0, err
    code, _, err = run(capsys, "--db", str(db_path), "set", "event", eid, "starts_at=R8.6.1 14:00")
    assert code == 0, err
    code, _, err = run(capsys, "--db", str(db_path), "set", "community", cid, "founded_on=平成31年5月1日")
    assert code == 1 and err.count("\n") == 1 and "令和元年5月1日" in err
    code, _, err = run(capsys, "--db", str(db_path), "--lang", "en", "set", "community", cid, "founded_on=令和0年6月1日")
    assert code == 1 and "there is no 令和0年6月1日" in err
    with Services.open(str(db_path)) as s:
        assert s.records.get("community", cid)["founded_on"] == "2026-06-01"
        assert s.records.get("event", eid)["starts_at"] == "2026-06-01T14:00:00"


@pytest.mark.parametrize(("lang", "changed", "field"), [("ja", "変更", "名称"), ("en", "changed", "Name")])
def test_history_of_a_record_reads_in_the_chosen_language(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          lang: str, changed: str, field: str) -> None:
    db = str(tmp_path / "h.sqlite3")
    with Services.open(db) as services:
        org = services.records.create("organisation", {"name": "旧商店", "kind": "sme"})
        services.records.update("organisation", org["id"], {"name": "新商店"})
    code, out, err = run(capsys, "--lang", lang, "--db", db, "history", "record", "organisation", org["id"])
    assert code == 0, err
    lines = out.splitlines()
    assert any(f"{changed} {field}: 旧商店 → 新商店" in line for line in lines), out
    assert "update" not in out and "name" not in out
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ", lines[0]), lines[0]


def test_argparse_speaks_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's own words (usage, sections, errors) follow --lang, like everything else the command says."""
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ja", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert out.startswith("使い方: mitake") and "位置引数:" in out and "オプション:" in out
    assert "このヘルプを表示して終了" in out and not re.search(r"usage:|positional arguments|show this help", out)
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ja", "search", "x", "--type", "bogus"])
    err = capsys.readouterr().err
    assert done.value.code == 2
    assert "エラー: 引数 --type: 'bogus' は選べません" in err and "invalid choice" not in err and "usage" not in err
    with pytest.raises(SystemExit) as done:
        main(["--lang", "en", "search", "x", "--type", "bogus"])
    err = capsys.readouterr().err
    assert done.value.code == 2 and "usage: mitake search" in err and "error: argument --type: invalid choice" in err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert "positional arguments" in out and "show this help message and exit" in out and "使い方" not in out


def test_every_argparse_translation_keeps_its_placeholders() -> None:
    from mitake_desktop.cli.argparse_ja import JA, JA_PLURAL

    def holes(text: str) -> list[str]:
        return sorted(re.findall(r"%(?:\(\w+\))?[sr]", text))

    for source, target in (JA | JA_PLURAL).items():
        assert holes(source) == holes(target), source
