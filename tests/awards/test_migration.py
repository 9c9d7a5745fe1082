"""Migration awards1 matches the table metadata and goes down and up cleanly."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from mitake_desktop.core.services import Services
from mitake_desktop.core.storage import migrations
from mitake_desktop.core.storage.tables import metadata


def _differences(s: Services) -> list[object]:
    with s.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # The FTS5 shadow tables of migration 0002 are not part of the metadata.
    return [d for d in diff if not (d[0] == "remove_table" and str(d[1].name).startswith("search_fts"))]


def test_awards_migration_matches_the_metadata_and_downgrades(db_path: Path) -> None:
    s = Services.open(str(db_path))
    try:
        assert _differences(s) == []
        cfg = migrations.config()
        with s.db.engine.connect() as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        with s.db.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("nomination")}
        assert "pulled" not in columns and "figures" not in columns
        migrations.upgrade(s.db, backup=False)
        assert migrations.current(s.db) == migrations.head() and _differences(s) == []
    finally:
        s.close()
