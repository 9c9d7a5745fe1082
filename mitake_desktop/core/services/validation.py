"""Turning what a user typed (or a bundle carried) into clean values, or plain messages naming the field.

Two levels:
- :func:`coerce_field` / :func:`coerce_values`: one value at a time, by the field's kind. Accepts the
  strings a command line or CSV gives (full-width digits, ``2026/4/1``, a label instead of a key) and
  the Python values the GUI gives. Used by services and by the sync merge.
- relational checks (references exist, unique rules, start before end) live in the record service,
  because they need the database.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, time
from functools import cache
from typing import Any

from mitake_desktop.core import reference, wareki
from mitake_desktop.core.errors import FieldProblem, UnknownFieldError, ValidationError
from mitake_desktop.core.i18n import language, msg
from mitake_desktop.core.schema import READONLY, EntitySpec, FieldSpec, Kind

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9()\- ]{6,30}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# A Japanese postal code: 7 digits, 3-4 with a hyphen or without; 〒 (〶 folds to it) and spaces around are noise.
_POSTAL = re.compile(r"^〒?\s*([0-9]{3})-?([0-9]{4})$")
_POSTAL_FIELDS = frozenset({"postal_code"})  # text fields that hold one (the schema has no kind of its own for it)
_DASHES = re.compile(r"[‐‑‒–—―−ー－]")
# Hiragana, katakana (incl. ー and ・), spaces; half-width katakana become full-width under NFKC.
_KANA = re.compile(r"^[\u3041-\u309F\u30A0-\u30FF\u31F0-\u31FF\s]+$")
_TRUE = {"true", "1", "yes", "y", "on", "はい", "○", "t"}
_FALSE = {"false", "0", "no", "n", "off", "いいえ", "×", "f"}


class _Invalid(Exception):
    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def problem(f: FieldSpec, key: str, **params: object) -> FieldProblem:
    label = str(f.label)
    return FieldProblem(f.name, label, msg(key, label=label, **params))


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise _Invalid("not_object")


def _number_text(value: str) -> str:
    return unicodedata.normalize("NFKC", value).replace(",", "").replace("，", "").strip()


def _parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise _Invalid("not_integer")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _Invalid("not_integer")
    if isinstance(value, str):
        text = _number_text(value)
        if re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        if re.fullmatch(r"[+-]?\d+\.0*", text):
            return int(float(text))
    raise _Invalid("not_integer")


def _parse_float(value: Any) -> float:
    if isinstance(value, bool):
        raise _Invalid("not_number")
    if isinstance(value, (int, float)):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(_number_text(value).rstrip("%"))
        except ValueError:
            raise _Invalid("not_number") from None
    else:
        raise _Invalid("not_number")
    if not math.isfinite(result):
        raise _Invalid("not_number")
    return result


_WESTERN_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
# After the date: T14:00, " 14:00:30", " 14時", " 14時30分".
_TIME = re.compile(r"(?:T|\s*)(\d{1,2})(?::(\d{2})(?::(\d{2}))?|\s*時\s*(?:(\d{1,2})\s*分)?)")


def parse_date_text(text: str, *, partial: bool = False) -> tuple[date, str] | None:
    """A typed date — 2026-06-01, 2026/6/1, 2026年6月1日, or 和暦 (令和8年6月1日, R8.6.1, 令和8/6/1) — and the
    rest of the text (only when ``partial``); None when it is no date. An era date naming no real day
    raises ``_Invalid`` with a sentence that says why (see :func:`wareki.parse_date`)."""
    text = unicodedata.normalize("NFKC", text).strip()
    try:
        found = wareki.parse_date(text, partial=partial)
    except wareki.ImpossibleDate as exc:
        raise _Invalid(exc.key, **exc.params) from None
    if found is not None:
        return found
    m = _WESTERN_DATE.match(text)
    if m and (partial or m.end() == len(text)):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])), text[m.end():]
        except ValueError:
            return None
    return None


def date_or_none(text: str) -> date | None:
    """The date ``text`` names in any accepted form, or None (e.g. where a calendar opens on the typed day)."""
    try:
        found = parse_date_text(text)
    except _Invalid:
        return None
    return found[0] if found else None


def _parse_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        found = parse_date_text(value)
        if found is not None:
            return found[0].isoformat()
    raise _Invalid("not_date")


def _parse_datetime(value: Any) -> str:
    if isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, str):
        found = parse_date_text(value, partial=True)
        m = _TIME.fullmatch(found[1]) if found is not None else None
        if found is not None and m:
            minute = m[2] if m[2] is not None else m[4]
            try:
                dt = datetime.combine(found[0], time(int(m[1]), int(minute or 0), int(m[3] or 0)))
            except ValueError:
                raise _Invalid("not_datetime") from None
            return dt.isoformat(timespec="seconds")
    raise _Invalid("not_datetime")


def _parse_list(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except ValueError:
                raise _Invalid("not_list") from None
            if isinstance(parsed, list):
                return parsed
            raise _Invalid("not_list")
        return [part.strip() for part in re.split(r"[,、，]", text) if part.strip()]
    raise _Invalid("not_list")


# Range marks people type between numbers: 〜 (wave dash), ～ (what the Windows IME and CP932 give), ~, –, ー.
_RANGE_MARKS = re.compile(r"[~〜～\-‐‑–—―−ー]")


def _choice_form(text: str) -> str:
    """How a typed choice and a label are compared: NFKC, case-folded, no spaces, one kind of range mark."""
    return _RANGE_MARKS.sub("-", unicodedata.normalize("NFKC", text).casefold()).replace(" ", "")


@cache
def _choice_index(list_name: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for c in reference.choices(list_name):
        for form in (c.key, c.label.ja, c.label.en, *c.aliases):
            index.setdefault(_choice_form(form), c.key)
    return index


def choice_key(list_name: str, text: str) -> str | None:
    """The key of a reference list that ``text`` names: its key, its label in either language or an alias."""
    if text in reference.keys(list_name):
        return text
    return _choice_index(list_name).get(_choice_form(text))


def _choice(f: FieldSpec, value: Any) -> str:
    assert f.choices is not None
    text = _text(value).strip()
    key = choice_key(f.choices, text)
    if key is not None:
        return key
    options = reference.choices(f.choices)
    shown = ("、" if language() == "ja" else ", ").join(str(c.label) for c in options[:12])
    raise _Invalid("bad_choice", value=text, choices=shown + (" …" if len(options) > 12 else ""))


def _dedupe(items: list[Any]) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _json_shape(f: FieldSpec, value: Any) -> Any:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise _Invalid("not_object") from None
    if f.shape == "text_map":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
        ):
            raise _Invalid("not_object")
        return {k: v for k, v in value.items() if v is not None}
    if f.shape == "sections":
        if not isinstance(value, list):
            raise _Invalid("not_object")
        out = []
        for item in value:
            if not isinstance(item, dict) or not isinstance(item.get("key"), str) or not item["key"]:
                raise _Invalid("not_object")
            clean = {
                "key": item["key"],
                "title_ja": str(item.get("title_ja") or item["key"]),
                "title_en": str(item.get("title_en") or item["key"]),
                "source": item.get("source") if isinstance(item.get("source"), str) else None,
                "min_chars": int(item["min_chars"]) if isinstance(item.get("min_chars"), int) else 0,
                "required": bool(item.get("required", True)),
            }
            out.append(clean)
        if len({s["key"] for s in out}) != len(out):
            raise _Invalid("not_object")
        return out
    if f.shape == "eligibility":
        return _eligibility(value)
    if f.shape == "figures":
        return _figure_rows(value)
    raise _Invalid("not_object")


# Award eligibility rules as data: name -> kind of value. Unknown names are refused (a typo would
# otherwise silently switch a rule off).
ELIGIBILITY_RULES: dict[str, str] = {
    "nominee_types": "choices:nominee_type",
    "prefectures": "choices:prefecture",
    "max_employees": "int",
    "sme_basic_act": "bool",
    "require_publication_consent": "bool",
    "require_supporter": "bool",
    "require_community": "bool",
}


def _eligibility(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid("not_object")
    out: dict[str, Any] = {}
    for name, raw in value.items():
        kind = ELIGIBILITY_RULES.get(name)
        if kind is None or raw is None:
            if kind is None:
                raise _Invalid("not_object")
            continue
        if kind == "bool":
            if not isinstance(raw, bool):
                raise _Invalid("not_object")
            out[name] = raw
        elif kind == "int":
            if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
                raise _Invalid("not_object")
            out[name] = raw
        else:
            allowed = reference.keys(kind.split(":", 1)[1])
            if not isinstance(raw, list) or not all(isinstance(k, str) and k in allowed for k in raw):
                raise _Invalid("not_object")
            out[name] = _dedupe(raw)
    return out


_FIGURE_TEXT = {"metric": 100, "unit": 30, "period": 50, "note": 500}


def _figure_rows(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or len(value) > 500:
        raise _Invalid("not_object")
    out = []
    for item in value:
        if not isinstance(item, dict):
            raise _Invalid("not_object")
        row: dict[str, Any] = {}
        for name, limit in _FIGURE_TEXT.items():
            text = item.get(name)
            if text is not None and (not isinstance(text, str) or len(text) > limit):
                raise _Invalid("not_object")
            row[name] = (text.strip() or None) if isinstance(text, str) else None
        if not row["metric"]:
            raise _Invalid("not_object")
        for name in ("before", "after"):
            number = item.get(name)
            if number is not None:
                number = _parse_float(number)
            row[name] = number
        for name, list_name in (("kind", "figure_kind"), ("better", "figure_better")):
            key = item.get(name)
            if key is not None and key not in reference.keys(list_name):
                raise _Invalid("not_object")
            row[name] = key
        out.append(row)
    return out


def _postal_code(text: str) -> str:
    """123-4567 from 1234567, １２３－４５６７, 〒123-4567 or 〒 123ー4567."""
    m = _POSTAL.match(_DASHES.sub("-", unicodedata.normalize("NFKC", text)).strip())
    if m is None:
        raise _Invalid("bad_postal_code")
    return f"{m[1]}-{m[2]}"


def coerce_field(f: FieldSpec, value: Any) -> Any:
    """The clean value of ``f`` or raises :class:`ValidationError` naming the field."""
    try:
        return _coerce(f, value)
    except _Invalid as exc:
        raise ValidationError([problem(f, exc.key, **exc.params)]) from None


def _coerce(f: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    k = f.kind
    if isinstance(value, str) and k not in (Kind.MARKDOWN,) and not f.is_list and k is not Kind.JSON:
        value = value.strip()
        if value == "":
            return None
    if k in (Kind.TEXT, Kind.EMAIL, Kind.PHONE, Kind.URL, Kind.KANA):
        text = _text(value).strip()
        if not text:
            return None
        if k is Kind.TEXT:
            text = " ".join(text.splitlines())
        if k is Kind.EMAIL:
            text = unicodedata.normalize("NFKC", text)
            if not _EMAIL.match(text):
                raise _Invalid("bad_email")
        elif k is Kind.PHONE:
            text = unicodedata.normalize("NFKC", text).replace("ー", "-").replace("‐", "-")
            if not _PHONE.match(text):
                raise _Invalid("bad_phone")
        elif f.name in _POSTAL_FIELDS:
            text = _postal_code(text)
        elif k is Kind.URL:
            text = unicodedata.normalize("NFKC", text)
            if not re.match(r"^https?://[^\s/]+", text, re.IGNORECASE):
                raise _Invalid("bad_url")
        elif k is Kind.KANA:
            text = unicodedata.normalize("NFKC", text)
            if not _KANA.match(text):
                raise _Invalid("not_kana")
        if f.max_len is not None and len(text) > f.max_len:
            raise _Invalid("too_long", max=f.max_len)
        return text
    if k is Kind.MARKDOWN:
        text = _text(value).replace("\r\n", "\n")
        if not text.strip():
            return None
        if f.max_len is not None and len(text) > f.max_len:
            raise _Invalid("too_long", max=f.max_len)
        return text
    if k is Kind.INT:
        number: int | float = _parse_int(value)
    elif k is Kind.FLOAT:
        number = _parse_float(value)
    else:
        number = 0
    if k in (Kind.INT, Kind.FLOAT):
        if f.min is not None and number < f.min:
            raise _Invalid("too_small", min=_fmt(f.min))
        if f.max is not None and number > f.max:
            raise _Invalid("too_large", max=_fmt(f.max))
        return number
    if k is Kind.BOOL:
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str):
            t = unicodedata.normalize("NFKC", value).strip().casefold()
            if t in _TRUE:
                return True
            if t in _FALSE:
                return False
        raise _Invalid("not_bool")
    if k is Kind.DATE:
        return _parse_date(value)
    if k is Kind.DATETIME:
        return _parse_datetime(value)
    if k is Kind.CHOICE:
        return _choice(f, value)
    if k is Kind.CHOICES:
        return _dedupe([_choice(f, v) for v in _parse_list(value)])
    if k is Kind.REF:
        text = _text(value).strip()
        if len(text) > 64:
            raise _Invalid("not_object")
        return text
    if k is Kind.REFS:
        items = [_text(v).strip() for v in _parse_list(value)]
        if any(not i or len(i) > 64 for i in items):
            raise _Invalid("not_list")
        return _dedupe(items)
    if k is Kind.SHA256S:
        items = [_text(v).strip().lower() for v in _parse_list(value)]
        if any(not _SHA256.match(i) for i in items):
            raise _Invalid("bad_sha256")
        return _dedupe(items)
    if k is Kind.JSON:
        return _json_shape(f, value)
    raise AssertionError(f"unhandled kind {k}")  # pragma: no cover


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def check_names(entity: EntitySpec, names: list[str] | set[str] | Mapping[str, Any]) -> None:
    """Unknown or automatic field names are refused with the list of fields that exist."""
    for name in names:
        if name in READONLY:
            raise UnknownFieldError(msg("readonly_field", name=name))
        if not entity.has_field(name):
            raise UnknownFieldError(
                msg("unknown_field", type=str(entity.label), name=name, choices=", ".join(entity.field_names))
            )


def coerce_values(entity: EntitySpec, values: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Clean every given value; on create fill defaults and require required fields.

    All problems are collected so a form can mark every bad field at once.
    """
    out, problems = collect_values(entity, values, creating=creating)
    if problems:
        raise ValidationError(in_field_order(entity, problems))
    return out


def collect_values(entity: EntitySpec, values: Mapping[str, Any], *,
                   creating: bool) -> tuple[dict[str, Any], list[FieldProblem]]:
    """:func:`coerce_values` without raising: the values that are clean, and a problem for each that is not
    (so the record service can add the checks between fields and report everything after one save)."""
    check_names(entity, values)
    out: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for name, raw in values.items():
        f = entity.field(name)
        try:
            out[name] = _coerce(f, raw)
        except _Invalid as exc:
            problems.append(problem(f, exc.key, **exc.params))
    fields = entity.fields if creating else [entity.field(n) for n in values]
    for f in fields:
        if any(p.field == f.name for p in problems):
            continue
        value = out.get(f.name)
        if creating and value is None and f.default is not None:
            out[f.name] = value = (list(f.default) if isinstance(f.default, list)
                                   else dict(f.default) if isinstance(f.default, dict) else f.default)
        empty = value is None or (f.is_list and not value)
        if f.required and empty:
            problems.append(problem(f, "required"))
    return out, problems


def in_field_order(entity: EntitySpec, problems: list[FieldProblem]) -> list[FieldProblem]:
    order = {name: i for i, name in enumerate(entity.field_names)}
    return sorted(problems, key=lambda p: order.get(p.field, 0))
