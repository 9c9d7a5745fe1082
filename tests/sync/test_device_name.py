"""Device names: distinguishable by default, changed with ``mitake device name``, followed by the peers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mitake_desktop.cli import main
from mitake_desktop.core.services import Services
from mitake_desktop.core.storage.database import hostname
from mitake_desktop.core.sync import ExportOptions


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_two_databases_on_one_computer_have_different_names(tmp_path: Path) -> None:
    with Services.open(str(tmp_path / "a.sqlite3")) as a, Services.open(str(tmp_path / "b.sqlite3")) as b:
        (me_a,) = [d for d in a.sync.devices() if d.is_local]
        (me_b,) = [d for d in b.sync.devices() if d.is_local]
    assert me_a.name != me_b.name
    for me in (me_a, me_b):
        assert me.fingerprint is not None
        assert me.name == f"{hostname()}-{me.fingerprint[:4]}"  # the group people read to each other


def test_rename_shows_in_history_here_and_after_an_exchange(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    a, b, bundle = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "x.mitake"
    with Services.open(str(a)) as sa, Services.open(str(b)) as sb:
        tool = sa.records.create("it_tool", {"name": "会計ソフト", "category": "accounting"})["id"]
        sa.sync.export(bundle, ExportOptions())
        sb.sync.import_bundle(bundle, trust=True)
    code, out, err = run(capsys, "--db", str(a), "device", "name", "  事務局 ノートPC ")
    assert code == 0 and "「事務局 ノートPC」" in out, err
    code, out, _ = run(capsys, "--db", str(a), "--lang", "en", "device", "name")
    assert code == 0 and out.startswith("This device: 事務局 ノートPC (id ")
    with Services.open(str(a)) as sa, Services.open(str(b)) as sb:
        sa.records.update("it_tool", tool, {"name": "会計ソフト2"})
        sa.sync.export(bundle, ExportOptions(peer=sb.device_id))
        sb.sync.import_bundle(bundle)
    for db in (a, b):
        out = run(capsys, "--db", str(db), "history", "record", "it_tool", tool, "--json")[1]
        assert {e["device"] for e in json.loads(out)} == {"事務局 ノートPC"}
    code, _, err = run(capsys, "--db", str(a), "device", "name", " ")
    assert code == 1 and err.count("\n") == 1


def test_the_demo_device_name_reads_in_every_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.sqlite3")
    run(capsys, "--db", db, "demo", "--size", "200", "--today", "2026-06-01")
    out = run(capsys, "--db", db, "search", "まえばし", "--type", "community", "--json")[1]
    cid = json.loads(out)[0]["id"]
    out = run(capsys, "--db", db, "--lang", "en", "history", "record", "community", cid)[1]
    assert "@demo (seed 1)" in out and not re.search(r"[\u3040-\u30ff]", out.split("@", 1)[1].split(")")[0])
