"""Sync between SQLite and PostgreSQL (the shared-office option) through the same service API.
Runs when MITAKE_TEST_POSTGRES_URL names a server database the test may create databases from (the
``pg_url`` fixture in tests/conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mitake_desktop.core import demo
from mitake_desktop.core.services import Services
from mitake_desktop.core.sync import ExportOptions


def test_bundles_between_sqlite_and_postgres(pg_url: str, tmp_path: Path) -> None:
    with Services.open(str(tmp_path / "a.sqlite3")) as lite, Services.open(pg_url) as pg:
        demo.generate(lite, size=400, seed=4, anchor=date(2026, 6, 1))
        lite.sync.export(tmp_path / "1.mitake")
        assert pg.sync.import_bundle(tmp_path / "1.mitake", trust=True).get("added") > 0
        assert list(pg.dump_lines()) == list(lite.dump_lines())
        assert pg.sync.import_bundle(tmp_path / "1.mitake").get("added") == 0
        c = pg.records.list("community", limit=1)[0]
        pg.records.update("community", c["id"], {"city": "PG市"})
        lite.records.update("community", c["id"], {"city": "SQLite市"})
        pg.sync.export(tmp_path / "2.mitake")
        assert lite.sync.import_bundle(tmp_path / "2.mitake", trust=True).get("conflicts") == 1
        lite.sync.export(tmp_path / "3.mitake", ExportOptions(peer=pg.device_id))
        assert pg.sync.import_bundle(tmp_path / "3.mitake").get("updated") == 1
        assert list(pg.dump_lines()) == list(lite.dump_lines())
        result = pg.sync.export(tmp_path / "4.mitake", ExportOptions(profile="member", communities=(c["id"],)))
        assert result.records["community"] == 1
