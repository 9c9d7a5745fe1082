"""How values look in lists and views: dates in 西暦 or 和暦 (令和), numbers, choices, names and addresses.

Qt has no Japanese calendar (QCalendar knows Gregorian, Jalali and Islamic), so the eras are computed here.
Names and addresses are always shown in Japanese order (family name first; 〒, prefecture, city, street),
in English too: they are Japanese names and addresses, and reordering them would make them wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from mitake_desktop.core import clock, reference, wareki
from mitake_desktop.core.i18n import language
from mitake_desktop.core.schema import FieldSpec, Kind

ERA_KEY = "ui/date_era"
WESTERN, JAPANESE = "western", "japanese"

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_era = WESTERN
_PLAIN_INTS = frozenset({"year", "sort_order"})  # numbers that are names, not amounts: no 2,026


def set_era(era: str) -> None:
    global _era
    _era = JAPANESE if era == JAPANESE else WESTERN


def era() -> str:
    return _era


def japanese_era(day: date) -> tuple[str, str, int] | None:
    """(era in kanji, romanised era, year of the era) from the core's era table; None before 明治."""
    try:
        found, year = wareki.era_of(day)
    except ValueError:
        return None
    return found.name_ja, found.name_en, year


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def format_date(value: str | None, *, era_style: str | None = None, lang: str | None = None) -> str:
    """``2026-06-01`` as 2026年6月1日 / 令和8年6月1日 / 1 Jun 2026 / 1 Jun Reiwa 8."""
    if not value:
        return ""
    day = _parse_date(value)
    if day is None:
        return value
    lang = lang or language()
    style = era_style or _era
    wareki = japanese_era(day) if style == JAPANESE else None
    if lang == "ja":
        if wareki:
            year = "元" if wareki[2] == 1 else str(wareki[2])
            return f"{wareki[0]}{year}年{day.month}月{day.day}日"
        return f"{day.year}年{day.month}月{day.day}日"
    if wareki:
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {wareki[1]} {wareki[2]}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_datetime(value: str | None, *, era_style: str | None = None, lang: str | None = None) -> str:
    """A date and time (``2026-06-01T14:00:00``) in the date style, with the time as HH:MM."""
    if not value:
        return ""
    text = str(value)
    date_part = format_date(text[:10], era_style=era_style, lang=lang)
    time_part = text[11:16] if len(text) >= 16 and text[10] in "T " else ""
    return f"{date_part} {time_part}".strip()


def format_utc(iso_utc: str | None) -> str:
    """A moment stored in UTC (history, batches, devices) in local time, as people read it."""
    if not iso_utc:
        return ""
    moment = clock.local_moment(iso_utc)
    return format_datetime(moment.strftime("%Y-%m-%dT%H:%M:%S") if moment else iso_utc)


def format_int(value: int | float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}"


def format_float(value: float | None) -> str:
    if value is None:
        return ""
    f = float(value)
    return f"{int(f):,}" if f.is_integer() else f"{f:,.2f}".rstrip("0").rstrip(".")


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Formatting", "Yes") if value else QCoreApplication.translate("Formatting", "No")


def format_value(f: FieldSpec, value: Any, titles: Mapping[str, str] | None = None) -> str:
    """One field's value as text for a list cell or a history line (references need ``titles``)."""
    if value is None or value == "" or value == []:
        return ""
    k = f.kind
    sep = "、" if language() == "ja" else ", "
    if k is Kind.CHOICE:
        return reference.label(f.choices or "", str(value))
    if k is Kind.CHOICES:
        return sep.join(reference.label(f.choices or "", str(v)) for v in value)
    if k is Kind.REF:
        return (titles or {}).get(str(value), "") or str(value)[:8] + "…"
    if k is Kind.REFS:
        return sep.join((titles or {}).get(str(v), "") or str(v)[:8] + "…" for v in value)
    if k is Kind.DATE:
        return format_date(str(value))
    if k is Kind.DATETIME:
        return format_datetime(str(value))
    if k is Kind.INT:
        return str(value) if f.name in _PLAIN_INTS else format_int(value)
    if k is Kind.FLOAT:
        return format_float(value)
    if k is Kind.BOOL:
        return yes_no(bool(value))
    if k is Kind.SHA256S:
        return QCoreApplication.translate("Formatting", "{n} file(s)").format(n=len(value))
    if k in (Kind.MARKDOWN, Kind.JSON):
        text = value if isinstance(value, str) else str(value)
        first = text.strip().splitlines()[0] if text.strip() else ""
        return first[:120]
    return str(value)


def address_line(postal_code: str | None = None, prefecture: str | None = None, city: str | None = None,
                 street: str | None = None) -> str:
    """An address in Japanese order: 〒postal code, prefecture, city, street (largest to smallest)."""
    parts = []
    if postal_code:
        parts.append(f"〒{postal_code}")
    # Japanese writes the parts together (群馬県前橋市本町); in English they read better spaced.
    joiner = "" if language() == "ja" else " "
    place = joiner.join(p for p in (reference.label("prefecture", prefecture) if prefecture else "", city or "",
                                    street or "") if p)
    if place:
        parts.append(place)
    return " ".join(parts)


def person_name(name: str | None, reading: str | None = None) -> str:
    """A person's name as written (family name first), with the reading when known."""
    if not name:
        return ""
    return f"{name}（{reading}）" if reading else name


def in_sentence(label: object) -> str:
    """A type's label as a word inside a sentence: "Case study" → "case study"; "IT tool" and Japanese stay."""
    text = str(label)
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
