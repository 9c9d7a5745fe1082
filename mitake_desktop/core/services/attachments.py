"""Attachments (photos in case studies, files in nominations), stored once by their SHA-256.

The bytes live in a content-addressed folder beside the database (``<db>-attachments/ab/abcdef…``),
written to a temporary name and renamed, so a crash never leaves half a file under a real hash.
The ``attachment`` record (media type, size, original name) syncs; its id is the hash itself, so the
same photo added on two laptops is one record.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mitake_desktop.core.errors import MitakeError, ReadOnlyError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.services.records import RecordService
from mitake_desktop.core.services.tx import Tx
from mitake_desktop.core.storage.database import Database
from mitake_desktop.core.storage.tables import ENTITY_TABLES

MAX_BYTES = 25 * 1024 * 1024
_HASH = re.compile(r"^[0-9a-f]{64}$")

# The kinds of file Mitake accepts, recognised by their first bytes, never by the file name.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
)


def sniff_media_type(data: bytes) -> str | None:
    for magic, offset, media_type in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class AttachmentStore:
    """The folder of attachment bytes. Knows nothing of records; safe to call from any thread."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if not _HASH.match(sha256):  # never let a name from outside become a path
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def read(self, sha256: str) -> bytes:
        data = self.path_for(sha256).read_bytes()
        if sha256_hex(data) != sha256:
            raise MitakeError(msg("attachment_damaged", sha=sha256[:12]))
        return data

    def put(self, data: bytes) -> str:
        digest = sha256_hex(data)
        target = self.path_for(digest)
        if target.is_file() and target.stat().st_size == len(data):
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest


class AttachmentService:
    def __init__(self, db: Database, records: RecordService) -> None:
        self.records = records
        self.store = AttachmentStore(db.attachments_dir)

    def add(self, data: bytes, original_name: str = "", *, tx: Tx | None = None) -> dict[str, Any]:
        """Store ``data`` and return its attachment record (the existing one if already stored)."""
        if len(data) > MAX_BYTES:
            raise MitakeError(msg("attachment_too_big", max_mb=MAX_BYTES // (1024 * 1024)))
        media_type = sniff_media_type(data)
        if media_type is None:
            raise MitakeError(msg("attachment_unsupported"))
        if self.records.db.read_only:  # say so before writing the file beside a database that cannot change
            raise ReadOnlyError(msg("db_read_only", path=self.records.db.location))
        digest = self.store.put(data)
        if tx is None:
            with self.records.transactions.begin() as own:
                return self._record(digest, media_type, len(data), original_name, own)
        return self._record(digest, media_type, len(data), original_name, tx)

    def _record(self, digest: str, media_type: str, size: int, name: str, tx: Tx) -> dict[str, Any]:
        t = ENTITY_TABLES["attachment"]
        row = tx.conn.execute(select(t.c.deleted).where(t.c.id == digest)).first()
        if row is not None:
            if row.deleted:
                self.records.restore("attachment", digest, tx=tx)
            return self.records.get_in(tx.conn, "attachment", digest)
        values = {"media_type": media_type, "size": size, "original_name": Path(name).name[:255] or None}
        return self.records.create("attachment", values, tx=tx, record_id=digest)

    def read(self, sha256: str) -> bytes:
        return self.store.read(sha256)
