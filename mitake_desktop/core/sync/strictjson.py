"""Strict JSON for bundles: only the exact bytes Mitake writes are accepted.

Every JSON document in a bundle is written in one canonical form (orjson, keys sorted). Reading
parses with orjson (which refuses NaN, Infinity, invalid UTF-8, lone surrogates and nesting past
1,024) and then requires that writing the result back gives the same bytes. That one comparison
refuses duplicate keys (the second would silently win), numbers written differently (``1e5``,
integers past 64 bits), extra whitespace and anything else a hand-made or altered file might hold.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from mitake_desktop.core.sync.errors import BundleRefused, damaged

LINE_OPTIONS = orjson.OPT_SORT_KEYS
MANIFEST_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2


def dumps_line(obj: Any) -> bytes:
    return orjson.dumps(obj, option=LINE_OPTIONS)


def dumps_manifest(obj: Any) -> bytes:
    return orjson.dumps(obj, option=MANIFEST_OPTIONS) + b"\n"


def _has_duplicate_keys(data: bytes) -> bool:
    found = False

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal found
        if len({k for k, _ in pairs}) != len(pairs):
            found = True
        return dict(pairs)

    try:
        json.loads(data, object_pairs_hook=hook)
    except (ValueError, RecursionError):
        return False
    return found


def refuse(data: bytes, where: str, reason_prefix: str) -> BundleRefused:
    """The refusal for ``data`` that did not parse or was not canonical, naming what is wrong."""
    if _has_duplicate_keys(data):
        return damaged(f"{reason_prefix}.duplicate_key", "d_json_duplicate", where=where)
    return damaged(f"{reason_prefix}.json", "d_json", where=where)


def loads(data: bytes, where: str, *, manifest: bool = False, reason_prefix: str = "json") -> Any:
    """Parse canonical JSON or raise :class:`BundleRefused` naming ``where``."""
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise refuse(data, where, reason_prefix) from None
    again = dumps_manifest(obj) if manifest else dumps_line(obj)
    if again != data:
        raise refuse(data, where, reason_prefix)
    return obj


def depth(obj: Any, limit: int) -> int:
    """Nesting depth of ``obj`` (scalars are 0), stopping early once past ``limit``."""
    if isinstance(obj, dict):
        values: Any = obj.values()
    elif isinstance(obj, list):
        values = obj
    else:
        return 0
    deepest = 0
    for v in values:
        d = depth(v, limit)
        if d > deepest:
            deepest = d
            if deepest > limit:
                break
    return deepest + 1
