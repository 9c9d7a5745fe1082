"""The same core over PostgreSQL (the shared-office option). Runs when MITAKE_TEST_POSTGRES_URL names a
server database the test may create databases from (the ``pg_url`` fixture in tests/conftest.py; ``.ci/run``
starts a throwaway cluster)."""

from __future__ import annotations

from pathlib import Path

from mitake_desktop.core import demo
from mitake_desktop.core.services import Filter, Services
from tests.conftest import DEMO_ANCHOR


def test_postgres_holds_the_same_data_as_sqlite(pg_url: str, tmp_path: Path) -> None:
    with Services.open(pg_url) as pg, Services.open(str(tmp_path / "a.sqlite3")) as lite:
        demo.generate(pg, size=400, seed=9, anchor=DEMO_ANCHOR)
        demo.generate(lite, size=400, seed=9, anchor=DEMO_ANCHOR)
        assert list(pg.dump_lines()) == list(lite.dump_lines())
        for query in ["林", "前橋", "クラウド会計", "ｶﾌｪ"]:
            assert {h.id for h in pg.search(query)} == {h.id for h in lite.search(query)}, query
        flt = [Filter("prefectures", "contains", "10")]
        assert [c["id"] for c in pg.records.list("community", flt)] == [
            c["id"] for c in lite.records.list("community", flt)]
        assert [p["id"] for p in pg.records.list("person")] == [p["id"] for p in lite.records.list("person")]


def test_postgres_edits_validate_and_keep_history(pg_url: str) -> None:
    with Services.open(pg_url) as s:
        c = s.records.create("community", {"name": "札幌IT互助会", "prefectures": ["01"]})
        s.records.update("community", c["id"], {"status": "active"})
        entry = s.history.for_record("community", c["id"])[0]
        assert (entry.field, entry.old, entry.new) == ("status", "forming", "active")
        s.records.delete("community", c["id"])
        assert s.records.count("community") == 0
    with Services.open(pg_url) as again:  # reopening an up-to-date server database migrates nothing
        assert again.records.get("community", c["id"], include_deleted=True)["deleted"] is True
