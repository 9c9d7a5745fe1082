"""bundle sync: conflicts, held changes, the exchange log and peers' version vectors

Revision ID: sync1
Revises: perf1
Create Date: 2026-11-27

Machine-local tables of ``core/sync``; none of them travels in a bundle or appears in a dump.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "sync1"
down_revision = "perf1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("mine_hlc", sa.BigInteger(), nullable=False),
        sa.Column("mine_device", sa.String(length=36), nullable=False),
        sa.Column("theirs_hlc", sa.BigInteger(), nullable=False),
        sa.Column("theirs_device", sa.String(length=36), nullable=False),
        sa.Column("winner", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("detected_at", sa.String(length=24), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("resolved_at", sa.String(length=24), nullable=True),
        sa.Column("resolution", sa.String(length=12), nullable=True),
        sa.Column("loser_hlc", sa.BigInteger(), nullable=False),
        sa.Column("loser_device", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
        sa.UniqueConstraint("entity_type", "entity_id", "field", "loser_hlc", "loser_device",
                            name=op.f("uq_sync_conflict_entity_type_entity_id_field_loser_hlc_loser_device")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_status"), ["status"], unique=False)
        batch_op.create_index("ix_sync_conflict_record", ["entity_type", "entity_id"], unique=False)

    op.create_table(
        "sync_held",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("line_sha256", sa.String(length=64), nullable=False),
        sa.Column("line", sa.Text(), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sender_vector", sa.JSON(), nullable=False),
        sa.Column("held_at", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_held")),
        sa.UniqueConstraint("kind", "entity_type", "entity_id", "line_sha256",
                            name=op.f("uq_sync_held_kind_entity_type_entity_id_line_sha256")),
    )

    op.create_table(
        "sync_exchange",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=24), nullable=False),
        sa.Column("actor", sa.String(length=100), server_default="", nullable=False),
        sa.Column("peer_device", sa.String(length=36), nullable=True),
        sa.Column("peer_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("profile", sa.String(length=12), nullable=False),
        sa.Column("communities", sa.JSON(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("file_name", sa.Text(), server_default="", nullable=False),
        sa.Column("file_sha256", sa.String(length=64), server_default="", nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("subjects", sa.JSON(), nullable=True),
        sa.Column("since", sa.JSON(), nullable=False),
        sa.Column("vector", sa.JSON(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_exchange")),
    )
    with op.batch_alter_table("sync_exchange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_exchange_bundle_id"), ["bundle_id"], unique=False)

    op.create_table(
        "sync_peer",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("vector", sa.JSON(), nullable=False),
        sa.Column("last_import_at", sa.String(length=24), nullable=True),
        sa.Column("last_export_at", sa.String(length=24), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_peer")),
    )


def downgrade() -> None:
    op.drop_table("sync_peer")
    with op.batch_alter_table("sync_exchange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_exchange_bundle_id"))
    op.drop_table("sync_exchange")
    op.drop_table("sync_held")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflict_record")
        batch_op.drop_index(batch_op.f("ix_sync_conflict_status"))
    op.drop_table("sync_conflict")
