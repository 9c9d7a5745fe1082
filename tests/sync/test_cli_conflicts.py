"""conflicts resolve/list from the command line: ambiguous prefixes, a second resolve, what the record holds now."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mitake_desktop.cli import main
from mitake_desktop.core.services import Services
from mitake_desktop.core.sync import ExportOptions


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_conflicts(tmp_path: Path) -> str:
    """A database holding two open conflicts (the category of one tool, the name of another), found in one import."""
    a_path, b_path = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    bundle = tmp_path / "x.mitake"
    with Services.open(str(a_path)) as a, Services.open(str(b_path)) as b:
        one = a.records.create("it_tool", {"name": "会計ソフト", "category": "accounting"})["id"]
        two = a.records.create("it_tool", {"name": "勤怠アプリ", "category": "attendance"})["id"]
        a.sync.export(bundle, ExportOptions())
        b.sync.import_bundle(bundle, trust=True)
        a.records.update("it_tool", one, {"category": "payroll"})
        a.records.update("it_tool", two, {"name": "勤怠アプリA"})
        b.records.update("it_tool", one, {"category": "invoicing"})
        b.records.update("it_tool", two, {"name": "勤怠アプリB"})
        a.sync.export(bundle, ExportOptions())
        assert b.sync.import_bundle(bundle).counts["conflicts"] == 2
    return str(b_path)


def test_an_ambiguous_prefix_names_the_conflicts(two_conflicts: str, capsys: pytest.CaptureFixture[str]) -> None:
    ids = [c["id"] for c in json.loads(run(capsys, "--db", two_conflicts, "conflicts", "list", "--json")[1])]
    prefix = os.path.commonprefix(ids)
    assert len(prefix) >= 4  # ids made in the same run share their time part
    code, out, err = run(capsys, "--db", two_conflicts, "conflicts", "resolve", prefix, "--keep", "mine")
    assert code == 1 and err.count("\n") == 1 and "2 件" in err and "見つかりません" not in err
    assert all(i in err for i in ids)
    code, _, err = run(capsys, "--db", two_conflicts, "--lang", "en", "conflicts", "resolve", prefix, "--keep", "mine")
    assert code == 1 and "2 conflicts match" in err
    assert json.loads(run(capsys, "--db", two_conflicts, "conflicts", "list", "--json")[1])[0]["status"] == "open"


def test_a_resolved_conflict_is_not_resolved_again(two_conflicts: str, capsys: pytest.CaptureFixture[str]) -> None:
    conflicts = json.loads(run(capsys, "--db", two_conflicts, "conflicts", "list", "--json")[1])
    named = next(c for c in conflicts if c["field"] == "name")
    assert (named["winner"], named["applied"]) == ("mine", "mine")
    code, out, err = run(capsys, "--db", two_conflicts, "conflicts", "resolve", named["id"], "--keep", "theirs")
    assert code == 0 and "解決しました" in out, err
    before = run(capsys, "--db", two_conflicts, "dump")[1]
    code, out, err = run(capsys, "--db", two_conflicts, "--lang", "en", "conflicts", "resolve", named["id"],
                         "--keep", "mine")
    assert code == 1 and "already resolved (kept theirs" in err and out == ""
    assert run(capsys, "--db", two_conflicts, "dump")[1] == before
    # The list says what the record holds now: the other value, resolved by keeping theirs.
    code, out, _ = run(capsys, "--db", two_conflicts, "conflicts", "list", "--all")
    line = next(x for x in out.splitlines() if x.startswith(named["id"]))
    assert "[相手の値を採用中; 解決済み: 相手の値]" in line, line
    after = next(c for c in json.loads(run(capsys, "--db", two_conflicts, "conflicts", "list", "--all", "--json")[1])
                 if c["id"] == named["id"])
    assert (after["winner"], after["applied"], after["current"]) == ("mine", "theirs", "勤怠アプリA")


def test_a_new_value_shows_as_another_value(two_conflicts: str, capsys: pytest.CaptureFixture[str]) -> None:
    conflict = next(c for c in json.loads(run(capsys, "--db", two_conflicts, "conflicts", "list", "--json")[1])
                    if c["field"] == "name")
    code, out, err = run(capsys, "--db", two_conflicts, "conflicts", "resolve", conflict["id"], "--value", "勤怠アプリC")
    assert code == 0, err
    out = run(capsys, "--db", two_conflicts, "--lang", "en", "conflicts", "list", "--all")[1]
    assert "[another value applied; resolved: a new value]" in out
