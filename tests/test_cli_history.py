"""The history commands and set/delete as people read them: undo keeps later work, values and kinds in words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mitake_desktop.cli import main
from mitake_desktop.core.services import Filter, Services


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _demo_batch(capsys: pytest.CaptureFixture[str], db: str) -> str:
    batches = json.loads(run(capsys, "--db", db, "history", "batches", "--kind", "demo", "--json")[1])
    return str(batches[0]["id"])


def test_undoing_the_demo_keeps_an_event_edited_since_and_what_it_refers_to(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    with Services.open(db) as s:
        event = s.records.list("event", [Filter("format", "=", "offline")], limit=1)[0]
    code, _, err = run(capsys, "--db", db, "set", "event", event["id"], "format=オンライン")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "history", "undo", _demo_batch(capsys, db))
    assert code == 0, err
    assert "記録 1" in out  # the edited event, said in the summary
    with Services.open(db) as s:
        kept = s.records.get("event", event["id"])
        assert kept["format"] == "online"
        if kept["community_id"]:
            assert not s.records.get("community", kept["community_id"], include_deleted=True)["deleted"]
        assert s.records.count("event") == 1
        assert _dangling(s) == []  # nothing live points at a record the undo deleted


def _dangling(s: Services) -> list[tuple[str, str, str]]:
    """(type, id, field) of live records whose reference names a deleted record."""
    from sqlalchemy import select

    from mitake_desktop.core.schema import ENTITIES, Kind
    from mitake_desktop.core.storage.tables import ENTITY_TABLES

    out = []
    with s.db.read() as conn:
        deleted = {t: {r[0] for r in conn.execute(select(ENTITY_TABLES[t].c.id).where(ENTITY_TABLES[t].c.deleted))}
                   for t in ENTITY_TABLES}
        for entity in ENTITIES:
            t = ENTITY_TABLES[entity.type]
            for f in entity.fields:
                if f.kind not in (Kind.REF, Kind.REFS) or not f.target:
                    continue
                for rid, value in conn.execute(select(t.c.id, t.c[f.name]).where(t.c.deleted.is_(False))):
                    values = value if isinstance(value, list) else [value] if value else []
                    out.extend((entity.type, rid, f.name) for v in values if v in deleted[f.target])
    return out


@pytest.mark.parametrize(("lang", "expected"), [
    ("ja", ["状態: 開催予定 → 開催済み", "開催形式: 会場 → オンライン", "相談テーマ: 創業、事業承継 → 事業承継",
            "コミュニティ: 前橋IT → 高崎IT", "開始: 2026-07-01 10:00 → 2026-07-02 10:00", "メモ: 一行目 二行目 → （空）"]),
    ("en", ["Status: Planned → Held", "Format: In person → Online", "Topics: Starting a business, Business succession → Business succession",
            "Community: 前橋IT → 高崎IT", "Notes: 一行目 二行目 → (empty)"]),
])
def test_record_history_shows_labels_lists_and_titles(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      lang: str, expected: list[str]) -> None:
    db = str(tmp_path / "h.sqlite3")
    with Services.open(db) as s:
        c1 = s.records.create("community", {"name": "前橋IT", "prefectures": ["10"]})
        c2 = s.records.create("community", {"name": "高崎IT", "prefectures": ["10"]})
        e = s.records.create("event", {"title": "相談会", "starts_at": "2026-07-01T10:00", "community_id": c1["id"],
                                       "status": "planned", "format": "offline", "topics": ["startup", "succession"],
                                       "notes": "一行目\n二行目"})
        s.records.update("event", e["id"], {"status": "held", "format": "online", "topics": ["succession"],
                                            "community_id": c2["id"], "starts_at": "2026-07-02T10:00", "notes": ""})
    code, out, err = run(capsys, "--lang", lang, "--db", db, "history", "record", "event", e["id"])
    assert code == 0, err
    for line in expected:
        assert line in out, out
    assert c1["id"] not in out and "planned" not in out and "startup" not in out
    assert len(out.splitlines()) == 7  # six changes and the creation, one line each


@pytest.mark.parametrize(("lang", "words"), [
    ("ja", ["デモデータ", "変更  イベント「相談会」", "CSV の取り込み  人物: people.csv", "取り消し  CSV の取り込み: 人物: people.csv",
            "参加の取り消し  相談会 · 山田 太郎"]),
    ("en", ["demo data", "change  Event “相談会”", "CSV import  People: people.csv", "undo  CSV import: People: people.csv",
            "cancelled registration  相談会 · 山田 太郎"]),
])
def test_batches_are_listed_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str,
                                     words: list[str]) -> None:
    db = str(tmp_path / "b.sqlite3")
    with Services.open(db) as s:
        with s.transactions.begin(batch_kind="demo", batch_label="seed=1 size=10") as tx:
            e = s.records.create("event", {"title": "相談会", "starts_at": "2026-07-01T10:00"}, tx=tx)
            p = s.records.create("person", {"name": "山田 太郎"}, tx=tx)
        with s.transactions.begin(batch_kind="import_csv", batch_label="people: people.csv") as tx:
            s.records.create("person", {"name": "取込 花子"}, tx=tx)
            imported = tx.batch_id
        s.history.undo_batch(imported or "")
        reg = s.events.registrations.register(e["id"], p["id"])
        s.events.registrations.cancel(reg["id"])
    code, _, err = run(capsys, "--db", db, "set", "event", e["id"], "format=online")
    assert code == 0, err
    code, out, err = run(capsys, "--lang", lang, "--db", db, "history", "batches")
    assert code == 0, err
    for w in words:
        assert w in out, out
    for raw in ("import_csv", e["id"], "  set  "):
        assert raw not in out


@pytest.mark.parametrize(("lang", "unchanged"), [("ja", "変わりませんでした"), ("en", "is unchanged")])
def test_set_to_the_same_value_says_so_and_writes_no_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           lang: str, unchanged: str) -> None:
    db = str(tmp_path / "s.sqlite3")
    with Services.open(db) as s:
        e = s.records.create("event", {"title": "相談会", "starts_at": "2026-07-01T10:00", "format": "online"})
    code, out, err = run(capsys, "--lang", lang, "--db", db, "set", "event", e["id"], "format=オンライン")
    assert code == 0, err
    assert unchanged in out and "history undo" not in out
    with Services.open(db) as s:
        assert s.history.batches() == []


@pytest.mark.parametrize("type_name", ["organisation", "event"])
def test_every_set_and_delete_is_one_batch_that_undo_takes_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], type_name: str) -> None:
    db = str(tmp_path / "u.sqlite3")
    with Services.open(db) as s:
        values = {"organisation": {"name": "旧商店"}, "event": {"title": "旧商店", "starts_at": "2026-07-01T10:00"}}
        rid = s.records.create(type_name, values[type_name])["id"]
    title = "name" if type_name == "organisation" else "title"
    code, out, err = run(capsys, "--db", db, "set", type_name, rid, f"{title}=新商店")
    assert code == 0, err
    with Services.open(db) as s:
        set_batch = s.history.batches("set")[0].id
    assert f"mitake history undo {set_batch}" in out
    code, out, err = run(capsys, "--db", db, "delete", type_name, rid)
    assert code == 0, err
    with Services.open(db) as s:
        delete_batch = s.history.batches("delete")[0].id
    assert f"mitake history undo {delete_batch}" in out
    for batch_id in (delete_batch, set_batch):
        code, _, err = run(capsys, "--db", db, "history", "undo", batch_id)
        assert code == 0, err
    with Services.open(db) as s:
        assert s.records.get(type_name, rid)[title] == "旧商店"


@pytest.mark.parametrize(("lang", "joined"), [("ja", "コミュニティ 1、人物 1"), ("en", "Communities 1, People 1")])
def test_delete_refusal_lists_dependents_the_language_s_way(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            lang: str, joined: str) -> None:
    db = str(tmp_path / "d.sqlite3")
    with Services.open(db) as s:
        org = s.records.create("organisation", {"name": "前橋商工会議所"})
        s.records.create("community", {"name": "前橋IT", "prefectures": ["10"], "coordinating_org_id": org["id"]})
        s.records.create("person", {"name": "山田 太郎", "organisation_id": org["id"]})
    code, _, err = run(capsys, "--lang", lang, "--db", db, "delete", "organisation", org["id"])
    assert code == 1 and joined in err, err
