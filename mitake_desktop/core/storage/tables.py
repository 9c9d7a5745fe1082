"""SQLAlchemy Core tables, built from :mod:`mitake_desktop.core.schema`.

Core rather than the ORM: services return plain values (never ORM objects to widgets), bulk work
uses ``executemany`` (10× faster than ``add_all``), and one spec drives validation, storage, dump and
sync. Alembic migrations are written against this metadata but are frozen files of their own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from mitake_desktop.core.schema import ENTITIES, EntitySpec, FieldSpec, Kind

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


def _column(f: FieldSpec, entity: EntitySpec) -> Column[Any]:
    k = f.kind
    if k is Kind.REF:
        assert f.target is not None
        return Column(f.name, String(64), ForeignKey(f"{f.target}.id"), nullable=True, index=True)
    if k in (Kind.CHOICES, Kind.REFS, Kind.SHA256S, Kind.JSON):
        return Column(f.name, JSON, nullable=True)
    if k is Kind.INT:
        return Column(f.name, BigInteger, nullable=True)
    if k is Kind.FLOAT:
        return Column(f.name, Float, nullable=True)
    if k is Kind.BOOL:
        return Column(f.name, Boolean, nullable=True)
    if k is Kind.MARKDOWN:
        return Column(f.name, Text, nullable=True)
    index = k in (Kind.CHOICE, Kind.DATE, Kind.DATETIME)
    return Column(f.name, String(f.max_len or 64), nullable=True, index=index)


def _entity_table(entity: EntitySpec) -> Table:
    columns: list[Column[Any]] = [
        Column("id", String(64), primary_key=True),
        Column("deleted", Boolean, nullable=False, server_default=false(), index=True),
        Column("created_at", String(24), nullable=False),
        Column("updated_at", String(24), nullable=False),
        Column("updated_by", String(36), nullable=False),
        Column("clocks", JSON, nullable=False),
        Column("updated_hlc", BigInteger, nullable=False, index=True),
        Column("sort_key", Text, nullable=False, server_default=""),
        Column("lseq", BigInteger, nullable=False, index=True),
    ]
    columns += [_column(f, entity) for f in entity.fields]
    table = Table(entity.table, metadata, *columns)
    Index(f"ix_{entity.table}_sort", table.c.sort_key, table.c.id)
    return table


ENTITY_TABLES: dict[str, Table] = {e.type: _entity_table(e) for e in ENTITIES}

# Machine-local state: device identity and key, the hybrid clock, the local change counter.
local_state = Table(
    "local_state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Every device this database has heard of. ``idx`` is the local shorthand used in ``clocks``.
device = Table(
    "device",
    metadata,
    Column("idx", Integer, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("name", String(200), nullable=False, server_default=""),
    Column("public_key", Text, nullable=True),  # Ed25519, raw bytes as hex
    Column("trusted", Boolean, nullable=False, server_default=false()),
    Column("is_local", Boolean, nullable=False, server_default=false()),
    Column("first_seen", String(24), nullable=False),
)

# A user action that touched many records (an import, demo data, a bulk edit): undone as one step.
batch = Table(
    "batch",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("label", Text, nullable=False, server_default=""),
    Column("at", String(24), nullable=False),
    Column("actor", String(100), nullable=False, server_default=""),
    Column("undone", Boolean, nullable=False, server_default=false()),
)

# The audit trail: one row per created/deleted/restored record and per changed field. Local only.
history = Table(
    "history",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", String(24), nullable=False),
    Column("hlc", BigInteger, nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("actor", String(100), nullable=False, server_default=""),
    Column("entity_type", String(40), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("action", String(16), nullable=False),  # create | update | delete | restore | merge
    Column("field", String(64), nullable=True),
    Column("old", JSON, nullable=True),
    Column("new", JSON, nullable=True),
    Column("batch_id", String(36), ForeignKey("batch.id"), nullable=True, index=True),
    Index("ix_history_entity", "entity_type", "entity_id", "seq"),
)

# Normalised text of each searchable record; the FTS5 trigram index (migration 0002) is built over it.
search_doc = Table(
    "search_doc",
    metadata,
    Column("docid", Integer, primary_key=True, autoincrement=True),  # stable rowid for FTS5 (VACUUM-safe)
    Column("type", String(40), nullable=False),
    Column("id", String(64), nullable=False),
    Column("body", Text, nullable=False),
    UniqueConstraint("type", "id"),
)

# -- bundle sync (core/sync): machine-local bookkeeping, never exported -------------------------

# A concurrent edit that lost (or a Markdown body replaced by another device), kept for review.
# ``status``: open (needs a decision) | kept (a Markdown body replaced by a later edit that had seen
# it, kept for reference) | resolved. One row per losing write: (type, record, field, loser clock).
sync_conflict = Table(
    "sync_conflict",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("entity_type", String(40), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("field", String(64), nullable=False),  # a field name, or "deleted" for delete-versus-edit
    Column("mine", JSON, nullable=True),
    Column("theirs", JSON, nullable=True),
    Column("mine_hlc", BigInteger, nullable=False),
    Column("mine_device", String(36), nullable=False),
    Column("theirs_hlc", BigInteger, nullable=False),
    Column("theirs_device", String(36), nullable=False),
    Column("winner", String(8), nullable=False),  # mine | theirs: which value the merge applied
    Column("status", String(12), nullable=False, index=True),
    Column("detected_at", String(24), nullable=False),
    Column("bundle_id", String(36), nullable=False),
    Column("resolved_at", String(24), nullable=True),
    Column("resolution", String(12), nullable=True),  # mine | theirs | edit
    Column("loser_hlc", BigInteger, nullable=False),
    Column("loser_device", String(36), nullable=False),
    UniqueConstraint("entity_type", "entity_id", "field", "loser_hlc", "loser_device"),
    Index("ix_sync_conflict_record", "entity_type", "entity_id"),
)

# Changes held back: "pending" (a referenced record has not arrived yet) or "quarantine" (a clock
# more than a day in the future). Retried at every import; applied as soon as they can be.
sync_held = Table(
    "sync_held",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(12), nullable=False),
    Column("entity_type", String(40), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("line_sha256", String(64), nullable=False),
    Column("line", Text, nullable=False),  # the change as it arrived (canonical JSON, already validated)
    Column("bundle_id", String(36), nullable=False),
    Column("sender_vector", JSON, nullable=False),
    Column("held_at", String(24), nullable=False),
    UniqueConstraint("kind", "entity_type", "entity_id", "line_sha256"),
)

# Every bundle written or imported here. Export rows are the record of provision (個人情報保護法):
# when, to whom, which profile, which records and which people's data.
sync_exchange = Table(
    "sync_exchange",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("direction", String(8), nullable=False),  # export | import
    Column("bundle_id", String(36), nullable=False, index=True),
    Column("at", String(24), nullable=False),
    Column("actor", String(100), nullable=False, server_default=""),
    Column("peer_device", String(36), nullable=True),  # import: the signer; export: the intended peer
    Column("peer_name", String(200), nullable=False, server_default=""),
    Column("profile", String(12), nullable=False),
    Column("communities", JSON, nullable=False),
    Column("complete", Boolean, nullable=False),
    Column("encrypted", Boolean, nullable=False),
    Column("file_name", Text, nullable=False, server_default=""),
    Column("file_sha256", String(64), nullable=False, server_default=""),
    Column("counts", JSON, nullable=False),  # export: records per type; import: the summary
    Column("subjects", JSON, nullable=True),  # export: ids of the people whose data was provided
    Column("since", JSON, nullable=False),
    Column("vector", JSON, nullable=False),
    Column("batch_id", String(36), nullable=True),  # import: the undoable merge batch
)

# What each peer device has told us it holds (the version vector in its latest bundle): the base of
# the next incremental export to it.
sync_peer = Table(
    "sync_peer",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("vector", JSON, nullable=False),
    Column("last_import_at", String(24), nullable=True),
    Column("last_export_at", String(24), nullable=True),
)
