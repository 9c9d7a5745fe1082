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
