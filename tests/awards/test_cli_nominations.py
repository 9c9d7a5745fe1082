"""`mitake nominations …`: exit codes 0 / 1 / 2, one plain line on stderr, a packet from the demo data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from mitake_desktop.cli import main
from mitake_desktop.core.services import Services
from mitake_desktop.core.text import display_width


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _program(capsys: pytest.CaptureFixture[str], db: str) -> str:
    code, out, _ = run(capsys, "--db", db, "nominations", "programs", "--json")
    assert code == 0
    return next(p["id"] for p in json.loads(out) if "身の丈" in p["name"])


def test_export_a_demo_packet(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    pid = _program(capsys, db)
    out = tmp_path / "packet"
    code, stdout, err = run(capsys, "--db", db, "nominations", "export", "--program", pid, "--out", str(out),
                            "--today", "2026-06-01")
    assert code == 0, err
    # The profile by its Japanese name (not the English key inside a Japanese sentence).
    assert "推薦書類を作成しました" in stdout and "「公開」プロファイル" in stdout and "public" not in stdout
    packet = json.loads((out / "nominations.json").read_text("utf-8"))
    assert packet["generated_on_text"] == "令和8年6月1日" and packet["era"] == "wareki"
    assert all((out / n["pdf"]).is_file() and (out / n["pdf"]).stat().st_size > 1000 for n in packet["nominations"])
    assert (out / "nominations.csv").is_file() and (out / "README.txt").is_file()
    # The same folder again: refused (never merged into an old packet), exit 1, one line.
    code, _, err = run(capsys, "--db", db, "nominations", "export", "--program", pid, "--out", str(out))
    assert code == 1 and err.count("\n") == 1 and "空ではありません" in err


def test_english_western_dates(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    pid = _program(capsys, db)
    code, stdout, err = run(capsys, "--db", db, "nominations", "export", "--program", pid, "--out",
                            str(tmp_path / "en"), "--lang", "en", "--era", "seireki", "--today", "2026-06-01",
                            "--status", "shortlisted", "--status", "submitted", "--status", "draft")
    assert code == 0, err
    assert "Nomination packet written" in stdout  # --lang also sets the messages' language
    assert "the “public” profile" in stdout
    packet = json.loads((tmp_path / "en" / "nominations.json").read_text("utf-8"))
    assert packet["generated_on_text"] == "1 June 2026" and packet["lang"] == "en"


@pytest.mark.parametrize(("args", "needle"), [
    (["--program", "01999999-0000-7000-8000-000000000000"], "見つかりません"),
    (["--program", "{pid}", "--out-under-a-file"], "書き込めません"),
])
def test_refusals_exit_1_with_one_plain_line(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             args: list[str], needle: str) -> None:
    db = str(demo_path)
    pid = _program(capsys, db)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    out = str(blocker / "packet") if "--out-under-a-file" in args else str(tmp_path / "new")
    argv = [a.replace("{pid}", pid) for a in args if a != "--out-under-a-file"]
    code, stdout, err = run(capsys, "--db", db, "nominations", "export", *argv, "--out", out)
    assert code == 1 and needle in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "new").exists()


def test_no_matching_nomination_is_refused_and_nothing_written(demo_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    pid = _program(capsys, db)
    out = tmp_path / "out" / "packet"
    code, stdout, err = run(capsys, "--db", db, "nominations", "export", "--program", pid, "--out", str(out),
                            "--status", "awarded")
    assert code == 1 and not stdout and err.count("\n") == 1 and "「受賞」の推薦はありません" in err
    assert not (tmp_path / "out").exists()


def test_checklist_exit_code_follows_the_blocking_items(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    pid = _program(capsys, db)
    code, out, _ = run(capsys, "--db", db, "nominations", "ranking", "--program", pid, "--json")
    by_id = {r["id"]: r for r in json.loads(out)}
    seen = set()
    for nid in by_id:
        code, out, err = run(capsys, "--db", db, "--lang", "en", "nominations", "checklist", nid)
        crossed = [line for line in out.splitlines() if line.startswith("✗")]
        assert code == (1 if crossed else 0), out
        assert (err.count("\n") == 1 and f"{len(crossed)} item(s) marked ✗" in err) if crossed else not err
        assert "、" not in out  # an English list is joined with ", "
        seen.add(code)
        code_json, out_json, _ = run(capsys, "--db", db, "nominations", "checklist", nid, "--json")
        assert code_json == code and json.loads(out_json)["ready"] == (code == 0)
    assert seen == {0, 1}  # the demo has ready nominations and drafts that are not
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "nominations", "checklist", "--help")
    assert code == 0 and "at least one ✗" in out


def test_usage_errors_exit_2(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    assert run(capsys, "--db", db, "nominations", "export", "--out", str(tmp_path / "x"))[0] == 2
    assert run(capsys, "--db", db, "nominations", "export", "--program", "p")[0] == 2
    assert run(capsys, "--db", db, "nominations", "export", "--program", "p", "--out", "x", "--era", "kouki")[0] == 2


def test_ranking_and_checklist(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    pid = _program(capsys, db)
    code, out, _ = run(capsys, "--db", db, "nominations", "ranking", "--program", pid, "--json")
    rows = json.loads(out)
    assert code == 0 and rows and [r["rank"] for r in rows] == sorted(r["rank"] for r in rows)
    code, out, _ = run(capsys, "--db", db, "nominations", "checklist", rows[0]["id"])
    assert "✓" in out or "✗" in out  # exit codes: test_checklist_exit_code_follows_the_blocking_items
    code, out, _ = run(capsys, "--db", db, "nominations", "ranking", "--program", pid)
    assert code == 0 and rows[0]["title"] in out
    # Labelled columns: the bare "12/12" sits under a header that says what it counts.
    header, first = out.splitlines()[:2]
    assert header.split() == ["順位", "総合点", "採点数/必要数", "状態", "推薦"]
    scored = f"{rows[0]['scored']}/{rows[0]['expected']}"
    assert display_width(first[:first.index(scored) + len(scored)]) == display_width(
        header[:header.index("必要数") + len("必要数")])  # right-aligned under its header
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "nominations", "ranking", "--program", pid)
    assert out.splitlines()[0].split() == ["Rank", "Total", "Scores/needed", "Status", "Nomination"]


def test_programs_are_listed_under_a_header(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    programs = json.loads(run(capsys, "--db", db, "nominations", "programs", "--json")[1])
    for lang, labels in (("ja", ["アワード名", "締切", "推薦数", "ID"]), ("en", ["Program", "Deadline", "Nominations", "ID"])):
        code, out, _ = run(capsys, "--db", db, "--lang", lang, "nominations", "programs")
        header, *lines = out.splitlines()
        assert code == 0 and header.split() == labels and len(lines) == len(programs)
        for p, line in zip(programs, lines, strict=True):
            assert line.startswith(p["name"]) and line.endswith(p["id"]) and "(" not in line.replace(p["name"], "")
            assert f"{p['deadline']}  " in line and f" {p['nominations']}  {p['id']}" in line
        assert len({display_width(line[:line.rindex("  ")]) for line in out.splitlines()}) == 1  # IDs line up


def test_ranking_json_rounds_the_criterion_means_like_the_total(demo_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    pid = _program(capsys, db)
    with Services.open(db) as s:
        raw = [c.mean for r in s.awards.ranking(pid) for c in r.criteria if c.mean is not None]
    assert any(m != round(m, 2) for m in raw), "no mean needs rounding: the test no longer tests anything"
    code, out, _ = run(capsys, "--db", db, "nominations", "ranking", "--program", pid, "--json")
    rows = json.loads(out)
    means = [m for r in rows for m in r["criteria"].values() if m is not None]
    assert code == 0 and len(means) == len(raw)
    assert all(m == round(m, 2) for m in means) and all(r["total"] == round(r["total"], 2) for r in rows)


def test_packet_csv_total_has_the_jsons_two_decimals(demo_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    pid = _program(capsys, db)
    out = tmp_path / "packet"
    assert run(capsys, "--db", db, "nominations", "export", "--program", pid, "--out", str(out))[0] == 0
    rows = list(csv.reader(io.StringIO((out / "nominations.csv").read_bytes().decode("utf-8-sig"))))
    totals = [n["score"]["total"] for n in json.loads((out / "nominations.json").read_text("utf-8"))["nominations"]]
    assert [r[rows[0].index("総合点（100点満点）")] for r in rows[1:]] == [f"{t:.2f}" for t in totals]
