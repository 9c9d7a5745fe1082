"""Stored values as people read them, for the command line and reports: choice labels in the current
language, yes/no, lists joined the language's way, references by their record's title.

The GUI has its own cell formatting (``gui/formatting.py``, Qt translations); this is the plain-text one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from mitake_desktop.core import reference
from mitake_desktop.core.i18n import join_list, msg
from mitake_desktop.core.schema import BY_TYPE, FieldSpec, Kind

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


def record_name(records: RecordService, type_name: str, record_id: str) -> str:
    """A record as people name it: its title, or for a record titled by a choice (a registration's status)
    the records it links (the participant · the event). The id when the record is not there."""
    entity = BY_TYPE.get(type_name)
    if entity is None:
        return record_id
    title = records.titles(type_name, [record_id]).get(record_id)
    if title is None:
        return record_id
    if entity.field(entity.title_field).kind is not Kind.CHOICE and title:
        return title
    record = records.get(type_name, record_id, include_deleted=True)
    linked = [f for f in entity.fields if f.kind is Kind.REF and f.target and record.get(f.name)]
    names = [records.titles(f.target or "", [record[f.name]]).get(record[f.name], "") for f in linked]
    return " · ".join(n for n in names if n) or title or record_id


# Batches whose label is the id of one record of this type (as the services write them).
_LABEL_IS_ID = {
    "register": "event", "event_capacity": "event", "promote_waitlist": "event", "finish_event": "event",
    "follow_ups": "event", "matching_plan": "event", "matching_clear": "event",
    "cancel_registration": "registration",
}


def batch_kind_text(kind: str) -> str:
    """A batch's kind (``import_csv``, ``merge``, …) in words; the kind itself when it has none."""
    from mitake_desktop.core.messages import MESSAGES

    key = f"batch_kind_{kind}"
    return msg(key) if key in MESSAGES else kind


def batch_label_text(records: RecordService, kind: str, label: str,
                     undone_batch: Callable[[str], tuple[str, str] | None] | None = None) -> str:
    """A batch's label in words: records named by title instead of ids.

    ``undone_batch`` gives the (kind, label) of another batch, for an undo (whose label is the batch it undid).
    """
    if kind in _LABEL_IS_ID and label:
        return record_name(records, _LABEL_IS_ID[kind], label)
    if kind in ("set", "delete", "edit"):  # "TYPE ID"
        type_name, _, record_id = label.partition(" ")
        if type_name in BY_TYPE and record_id:
            return msg("batch_record", type=BY_TYPE[type_name].label, title=record_name(records, type_name, record_id))
    if kind == "reorder" and label in BY_TYPE:
        return str(BY_TYPE[label].plural)
    if kind == "import_csv":  # "people: file.csv" / "registrations: file.csv"
        what, sep, source = label.partition(": ")
        target = {"people": "person", "registrations": "registration"}.get(what)
        if sep and target:
            return f"{BY_TYPE[target].plural}: {source}"
    if kind == "undo" and undone_batch is not None:
        other = undone_batch(label)
        if other is not None:
            inner = batch_label_text(records, other[0], other[1])
            return f"{batch_kind_text(other[0])}: {inner}" if inner else batch_kind_text(other[0])
    return label
