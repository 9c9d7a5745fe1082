"""search documents: names also without spaces, phone numbers and organisations' e-mail searchable

Revision ID: search2
Revises: sync1
Create Date: 2026-11-27

No table changes: the documents are derived data, so this revision only asks the services to rebuild
them (the same ``search_rebuild`` flag as 0002) with the code that knows the new fields.
"""

from __future__ import annotations

from alembic import op

revision = "search2"
down_revision = "sync1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO local_state (key, value) VALUES ('search_rebuild', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = '1'"
    )


def downgrade() -> None:
    op.execute(
        "INSERT INTO local_state (key, value) VALUES ('search_rebuild', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = '1'"
    )
