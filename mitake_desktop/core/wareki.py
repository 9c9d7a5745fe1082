"""Dates as Japanese forms write them: 和暦 (令和8年6月1日) or 西暦 (2026年6月1日), and their English forms.

The era table is the official one from 明治 6 (1873, when Japan adopted the Gregorian calendar) on;
an era's first year is written 元年. A dozen lines of data need no library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mitake_desktop.core.i18n import language

ERAS_SUPPORTED = ("wareki", "seireki")


@dataclass(frozen=True)
class Era:
    name_ja: str
    name_en: str
    start: date  # first day of the era


# Newest first, so the first era that started on or before a date is its era.
ERAS: tuple[Era, ...] = (
    Era("令和", "Reiwa", date(2019, 5, 1)),
    Era("平成", "Heisei", date(1989, 1, 8)),
    Era("昭和", "Showa", date(1926, 12, 25)),
    Era("大正", "Taisho", date(1912, 7, 30)),
    Era("明治", "Meiji", date(1868, 1, 25)),
)

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def era_of(d: date) -> tuple[Era, int]:
    """The era of ``d`` and the year within it (1 for the first year)."""
    for era in ERAS:
        if d >= era.start:
            return era, d.year - era.start.year + 1
    raise ValueError(f"{d.isoformat()} is before the Meiji era")


def era_year(d: date, lang: str | None = None) -> str:
    """``令和8年`` / ``令和元年`` (ja) or ``Reiwa 8`` (en)."""
    era, year = era_of(d)
    if (lang or language()) == "en":
        return f"{era.name_en} {year}"
    return f"{era.name_ja}{'元' if year == 1 else year}年"


def format_date(value: date | str | None, era: str = "wareki", lang: str | None = None) -> str:
    """A date for documents: 令和8年6月1日 / 2026年6月1日 / 1 June 2026 (Reiwa 8) / 1 June 2026.

    ``value`` may be an ISO string (the database's form); empty gives "".
    """
    if value is None or value == "":
        return ""
    d = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if era not in ERAS_SUPPORTED:
        raise ValueError(f"unknown era style {era!r}")
    if (lang or language()) == "en":
        text = f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
        return f"{text} ({era_year(d, 'en')})" if era == "wareki" and d >= ERAS[-1].start else text
    if era == "wareki" and d >= ERAS[-1].start:
        return f"{era_year(d, 'ja')}{d.month}月{d.day}日"
    return f"{d.year}年{d.month}月{d.day}日"
