"""Stored values as people read them, for the command line and reports: choice labels in the current
language, yes/no, lists joined the language's way, references by their record's title.

The GUI has its own cell formatting (``gui/formatting.py``, Qt translations); this is the plain-text one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from mitake_desktop.core import reference
from mitake_desktop.core.i18n import join_list, msg
from mitake_desktop.core.schema import FieldSpec, Kind

if TYPE_CHECKING:
    from mitake_desktop.core.services.records import RecordService


def ref_ids(f: FieldSpec, value: Any) -> list[str]:
    """The ids a value of ``f`` refers to (none unless ``f`` is a reference)."""
    if f.kind not in (Kind.REF, Kind.REFS) or not f.target or value in (None, "", []):
        return []
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def titles_for(records: RecordService, values: Iterable[tuple[FieldSpec, Any]]) -> dict[str, str]:
    """Titles of every record the ``(field, value)`` pairs refer to, one query per record type."""
    wanted: dict[str, set[str]] = {}
    for f, value in values:
        if f.target:
            wanted.setdefault(f.target, set()).update(ref_ids(f, value))
    titles: dict[str, str] = {}
    for target, ids in wanted.items():
        titles.update(records.titles(target, ids))
    return titles


def value_text(f: FieldSpec, value: Any, titles: Mapping[str, str] | None = None) -> str:
    """One stored value of ``f`` as text; references are named from ``titles`` (see :func:`titles_for`)."""
    if value is None or value == "" or value == []:
        return msg("value_empty")
    values = value if isinstance(value, list) else [value]
    if f.kind is Kind.BOOL:
        return msg("value_yes" if value else "value_no")
    if f.kind in (Kind.CHOICE, Kind.CHOICES):
        return join_list(reference.label(f.choices or "", str(v)) for v in values)
    if f.kind in (Kind.REF, Kind.REFS) and f.target:
        return join_list((titles or {}).get(str(v)) or str(v) for v in values)
    if f.kind is Kind.DATETIME and isinstance(value, str):
        return value.replace("T", " ")[:16]  # stored to the second; people plan to the minute
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return join_list(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False)


def field_value_text(records: RecordService, f: FieldSpec, value: Any) -> str:
    """:func:`value_text` for a single value, looking up the titles it needs."""
    return value_text(f, value, titles_for(records, [(f, value)]))
