"""search index: normalised documents and an FTS5 trigram index over them

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

``search_doc`` holds one NFKC-normalised document per searchable record (its own INTEGER PRIMARY
KEY, so VACUUM never renumbers it under the index). On SQLite an external-content FTS5 table with
the ``trigram`` tokenizer indexes it, kept current by triggers. The documents are filled by the
services after the upgrade (``search_rebuild`` flag), with the code that knows the current fields.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FTS = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "body, content='search_doc', content_rowid='docid', tokenize='trigram')",
    "CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.docid, new.body); END",
    "CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.docid, old.body); END",
    "CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.docid, old.body); "
    "INSERT INTO search_fts(rowid, body) VALUES (new.docid, new.body); END",
]


def upgrade() -> None:
    op.create_table(
        "search_doc",
        sa.Column("docid", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("docid", name=op.f("pk_search_doc")),
        sa.UniqueConstraint("type", "id", name=op.f("uq_search_doc_type_id")),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS:
            op.execute(statement)
    op.execute(
        "INSERT INTO local_state (key, value) VALUES ('search_rebuild', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = '1'"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("search_doc_ai", "search_doc_ad", "search_doc_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_doc")
    op.execute("DELETE FROM local_state WHERE key = 'search_rebuild'")
