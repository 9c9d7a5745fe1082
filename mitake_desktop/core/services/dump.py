"""Canonical JSON Lines of every live synced record: two databases with the same data print the same bytes.

One object per line with ``type``, ``id``, every field of the type, and the sync metadata that travels
with a record (``created_at``, ``updated_at``, ``updated_by``); keys sorted; lines sorted by type then
id. Local-only columns (clocks' local device numbers, sort keys, change counters) are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from mitake_desktop.core.schema import ENTITIES
from mitake_desktop.core.storage.database import Database
from mitake_desktop.core.storage.tables import ENTITY_TABLES


def canonical_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def dump_lines(db: Database) -> Iterator[str]:
    with db.read() as conn:
        for entity in sorted(ENTITIES, key=lambda e: e.type):
            t = ENTITY_TABLES[entity.type]
            cols = [t.c.id, t.c.created_at, t.c.updated_at, t.c.updated_by] + [t.c[f.name] for f in entity.fields]
            stmt = select(*cols).where(t.c.deleted.is_(False)).order_by(t.c.id)
            for row in conn.execution_options(yield_per=2000).execute(stmt):
                obj = dict(row._mapping)
                obj["type"] = entity.type
                yield canonical_json(obj)
