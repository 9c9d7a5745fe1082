"""A conflict both laptops hold, resolved on one of them: the resolution travels and closes the other's.

Both laptops export before either imports (a real exchange of USB sticks), so each sees the other's
edit as concurrent and both record the same conflict."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mitake_desktop.cli import main as cli_main
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.services import Services
from mitake_desktop.core.sync import ExportOptions
from tests.sync.conftest import Replica

from .kit import transfer


def exchange(a: Services, b: Services, root: Path, tag: str) -> None:
    """Both export, then both import: neither bundle has seen the other's edits."""
    a.sync.export(root / f"{tag}-a.mitake", ExportOptions())
    b.sync.export(root / f"{tag}-b.mitake", ExportOptions())
    a.sync.import_bundle(root / f"{tag}-b.mitake", trust=True)
    b.sync.import_bundle(root / f"{tag}-a.mitake", trust=True)


def dump(s: Services) -> list[Any]:
    return list(s.dump_lines())


def both_in_conflict(replica: Replica, tmp_path: Path) -> tuple[Services, Services, str]:
    a, b = replica("a"), replica("b")
    c = a.records.create("community", {"name": "元の名前", "prefectures": ["10"]})
    transfer(a, b, tmp_path / "0.mitake")
    a.records.update("community", c["id"], {"name": "Aの名前"})
    b.records.update("community", c["id"], {"name": "Bの名前"})
    exchange(a, b, tmp_path, "1")
    assert len(a.sync.conflicts.list()) == len(b.sync.conflicts.list()) == 1
    return a, b, c["id"]


@pytest.mark.parametrize("keep", ["mine", "theirs", "edit"])
def test_a_resolution_closes_the_same_conflict_on_the_other_laptop(replica: Replica, tmp_path: Path,
                                                                   keep: str) -> None:
    a, b, rid = both_in_conflict(replica, tmp_path)
    [at_a] = a.sync.conflicts.list()
    held = a.records.get("community", rid)["name"]
    a.sync.conflicts.resolve(at_a.id, keep, "決めた名前" if keep == "edit" else None)
    chosen = a.records.get("community", rid)["name"]
    assert chosen == {"mine": "Aの名前", "theirs": "Bの名前", "edit": "決めた名前"}[keep]
    assert keep != "theirs" or chosen == held  # keeping the value already held still has to travel

    result = transfer(a, b, tmp_path / "2.mitake", peer=True)
    assert result.get("conflicts") == 0
    assert b.sync.conflicts.list() == [] and b.sync.conflicts.count() == 0
    [at_b] = b.sync.conflicts.list("resolved")
    assert at_b.resolution == "remote" and at_b.resolved_at
    assert at_b.resolved_by == a.device_id
    assert b.records.get("community", rid)["name"] == chosen
    with pytest.raises(MitakeError):  # nothing left to answer on B
        b.sync.conflicts.resolve(at_b.id, "mine")
    # And back: A's own resolution stays as it was, both laptops hold the same records.
    transfer(b, a, tmp_path / "3.mitake", peer=True)
    assert a.sync.conflicts.list("resolved")[0].resolution == keep
    assert dump(a) == dump(b)


def _deleted_vs_edited(replica: Replica, tmp_path: Path, delete_later: bool) -> tuple[Services, Services, str]:
    a, b = replica("a"), replica("b")
    c = a.records.create("community", {"name": "元の名前", "prefectures": ["10"]})
    transfer(a, b, tmp_path / "0.mitake")
    if delete_later:
        a.records.update("community", c["id"], {"city": "前橋市"})
        b.records.delete("community", c["id"])
    else:
        b.records.delete("community", c["id"])
        a.records.update("community", c["id"], {"city": "前橋市"})
    exchange(a, b, tmp_path, "1")
    [at_a], [at_b] = a.sync.conflicts.list(), b.sync.conflicts.list()
    assert at_a.field == at_b.field == "deleted"
    return a, b, c["id"]


@pytest.mark.parametrize("delete_later", [True, False])
@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_a_delete_against_an_edit_resolved_on_one_laptop_closes_on_the_other(
        replica: Replica, tmp_path: Path, delete_later: bool, keep: str) -> None:
    a, b, rid = _deleted_vs_edited(replica, tmp_path, delete_later)
    [at_a] = a.sync.conflicts.list()
    a.sync.conflicts.resolve(at_a.id, keep)
    want_deleted = bool(at_a.mine if keep == "mine" else at_a.theirs)
    assert a.records.get("community", rid, include_deleted=True)["deleted"] is want_deleted

    result = transfer(a, b, tmp_path / "2.mitake", peer=True)
    assert result.get("conflicts") == 0
    assert b.sync.conflicts.list() == []
    assert b.sync.conflicts.list("resolved")[0].resolution == "remote"
    assert b.records.get("community", rid, include_deleted=True)["deleted"] is want_deleted
    transfer(b, a, tmp_path / "3.mitake", peer=True)
    assert dump(a) == dump(b)


def test_the_reported_case_b_cannot_undo_a_by_answering_after_the_import(replica: Replica, tmp_path: Path) -> None:
    """QA: A keeps the follow-up; B later clicks こちらの値を残す (delete): B has nothing left to answer."""
    a, b, rid = _deleted_vs_edited(replica, tmp_path, delete_later=False)
    [at_a] = a.sync.conflicts.list()
    assert at_a.mine is False  # A's side keeps the record
    a.sync.conflicts.resolve(at_a.id, "mine")
    transfer(a, b, tmp_path / "2.mitake", peer=True)
    [at_b] = b.sync.conflicts.list(None)
    with pytest.raises(MitakeError):
        b.sync.conflicts.resolve(at_b.id, "mine")
    assert not b.records.get("community", rid)["deleted"]


@pytest.mark.parametrize("delete_later", [True, False])
def test_deciding_differently_on_both_laptops_is_a_new_conflict(replica: Replica, tmp_path: Path,
                                                               delete_later: bool) -> None:
    """Both answer before the next exchange, each keeping their own side: a new conflict, nothing lost."""
    a, b, rid = _deleted_vs_edited(replica, tmp_path, delete_later)
    [at_a], [at_b] = a.sync.conflicts.list(), b.sync.conflicts.list()
    a.sync.conflicts.resolve(at_a.id, "mine" if at_a.mine is False else "theirs")  # A keeps the record
    b.sync.conflicts.resolve(at_b.id, "mine" if at_b.mine is True else "theirs")  # B deletes it
    exchange(a, b, tmp_path, "2")
    assert dump(a) == dump(b)
    new_a, new_b = a.sync.conflicts.list(), b.sync.conflicts.list()
    assert len(new_a) == 1 and len(new_b) == 1 and new_a[0].field == new_b[0].field == "deleted"
    assert {new_a[0].mine, new_a[0].theirs} == {True, False}
    # The old ones keep their own answers: neither was taken for the other's.
    assert all(c.resolution != "remote" for s in (a, b) for c in s.sync.conflicts.list("resolved"))


def test_editing_differently_on_both_laptops_is_a_new_conflict(replica: Replica, tmp_path: Path) -> None:
    a, b, rid = both_in_conflict(replica, tmp_path)
    [at_a], [at_b] = a.sync.conflicts.list(), b.sync.conflicts.list()
    a.sync.conflicts.resolve(at_a.id, "mine")  # Aの名前
    b.sync.conflicts.resolve(at_b.id, "mine")  # Bの名前
    exchange(a, b, tmp_path, "2")
    assert dump(a) == dump(b)
    [new_a], [new_b] = a.sync.conflicts.list(), b.sync.conflicts.list()
    assert {new_a.mine, new_a.theirs} == {new_b.mine, new_b.theirs} == {"Aの名前", "Bの名前"}
    assert all(c.resolution == "mine" for s in (a, b) for c in s.sync.conflicts.list("resolved"))


def test_the_same_answer_on_both_laptops_is_no_new_conflict(replica: Replica, tmp_path: Path) -> None:
    a, b, rid = both_in_conflict(replica, tmp_path)
    [at_a], [at_b] = a.sync.conflicts.list(), b.sync.conflicts.list()
    a.sync.conflicts.resolve(at_a.id, "edit", "同じ名前")
    b.sync.conflicts.resolve(at_b.id, "edit", "同じ名前")
    exchange(a, b, tmp_path, "2")
    assert dump(a) == dump(b) and a.records.get("community", rid)["name"] == "同じ名前"
    assert a.sync.conflicts.list() == [] and b.sync.conflicts.list() == []


def test_a_later_edit_that_had_not_seen_both_values_leaves_the_conflict_open(replica: Replica,
                                                                             tmp_path: Path) -> None:
    """A third laptop that only knew B's value edits the field: B's conflict still needs an answer."""
    a, b, c = replica("a"), replica("b"), replica("c")
    rec = a.records.create("community", {"name": "元の名前", "prefectures": ["10"]})
    transfer(a, b, tmp_path / "0.mitake")
    a.records.update("community", rec["id"], {"name": "Aの名前"})
    b.records.update("community", rec["id"], {"name": "Bの名前"})
    transfer(b, c, tmp_path / "1.mitake")  # C holds B's value only
    exchange(a, b, tmp_path, "2")
    c.records.update("community", rec["id"], {"name": "Cの名前"})
    transfer(c, b, tmp_path / "3.mitake")
    assert [x.field for x in b.sync.conflicts.list()] == ["name"]


def test_the_command_line_lists_and_refuses_a_conflict_resolved_elsewhere(
        replica: Replica, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b, _rid = both_in_conflict(replica, tmp_path)
    a.sync.conflicts.resolve(a.sync.conflicts.list()[0].id, "mine")
    a.sync.export(tmp_path / "2.mitake", ExportOptions())
    db = str(tmp_path / "b.sqlite3")
    assert cli_main(["--db", db, "bundle", "import", str(tmp_path / "2.mitake")]) == 0
    out = capsys.readouterr().out
    assert msg("sync_resolved_remote_note", resolved_remote=1) in out

    assert cli_main(["--db", db, "conflicts", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli_main(["--db", db, "conflicts", "list", "--json", "--all"]) == 0
    [shown] = json.loads(capsys.readouterr().out)
    assert (shown["status"], shown["resolution"], shown["resolved_by"]) == ("resolved", "remote", a.device_id)
    assert cli_main(["--db", db, "conflicts", "list", "--all"]) == 0
    listed = capsys.readouterr().out
    assert "相手のパソコン（" in listed and "）で解決済み" in listed  # names the computer that answered
    assert cli_main(["--db", db, "--lang", "en", "conflicts", "resolve", shown["id"], "--keep", "theirs"]) == 1
    err = capsys.readouterr().err
    assert "resolved on the other computer" in err and err.count("\n") == 1
