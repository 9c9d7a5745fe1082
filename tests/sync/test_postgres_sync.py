"""Sync between SQLite and PostgreSQL (the shared-office option) through the same service API.
Runs when MITAKE_TEST_POSTGRES_URL names a server database the test may create databases from."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mitake_desktop.core import demo
from mitake_desktop.core.services import Services
from mitake_desktop.core.sync import ExportOptions

ADMIN_URL = os.environ.get("MITAKE_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not ADMIN_URL, reason="MITAKE_TEST_POSTGRES_URL is not set")


@pytest.fixture
def pg_url() -> Iterator[str]:
    assert ADMIN_URL
    name = f"mitake_sync_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


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
