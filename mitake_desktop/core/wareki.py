"""Dates as Japanese forms write them: 和暦 (令和8年6月1日) or 西暦 (2026年6月1日), and their English forms.

The era table is the official one from 明治 6 (1873, when Japan adopted the Gregorian calendar) on;
an era's first year is written 元年. A dozen lines of data need no library.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

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


# The calendar became Gregorian on 明治6年1月1日; earlier 明治 dates are lunisolar and have no simple conversion.
GREGORIAN_FROM = date(1873, 1, 1)

# Era names and their initials as forms write them (NFKC has already turned ㋿ into 令和 and Ｒ into R).
_ERA_BY_NAME: dict[str, Era] = {}
for _era in ERAS:
    _ERA_BY_NAME[_era.name_ja] = _era
    _ERA_BY_NAME[_era.name_en[0].casefold()] = _era
    _ERA_BY_NAME[_era.name_en.casefold()] = _era
_ERA_PATTERN = "|".join(sorted((re.escape(k) for k in _ERA_BY_NAME), key=len, reverse=True))
_YEAR = r"(\d{1,3}|元)"
# 令和8年6月1日 / 令和8年6月1 / 令和元年6月1日
_KANJI_FORM = re.compile(rf"({_ERA_PATTERN})\s*{_YEAR}\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日?", re.IGNORECASE)
# R8.6.1 / R08/06/01 / 令和8/6/1 / H31-4-30 / Reiwa 8.6.1
_SHORT_FORM = re.compile(rf"({_ERA_PATTERN})\s*{_YEAR}\s*[./\-]\s*(\d{{1,2}})\s*[./\-]\s*(\d{{1,2}})", re.IGNORECASE)


@dataclass
class ImpossibleDate(ValueError):
    """A date written with an era that names no real day: ``key`` is a message key, ``params`` its values."""

    key: str
    params: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.key)


def _next_era_start(era: Era) -> date | None:
    i = ERAS.index(era)
    return ERAS[i - 1].start if i > 0 else None


def parse_date(text: str, *, partial: bool = False) -> tuple[date, str] | None:
    """A date written in 和暦 (令和8年6月1日, 令和元年5月1日, R8.6.1, 令和8/6/1), or None when ``text`` names no era.

    Returns the date and what follows it (only when ``partial``: a time after a date). Raises
    :class:`ImpossibleDate` for a day that does not exist: year 0, a day outside its era (平成31年5月1日
    was 令和元年5月1日 — refused, not silently moved, so a mistyped era cannot shift a date by decades),
    or a 明治 date before the Gregorian calendar (明治6年).
    """
    text = unicodedata.normalize("NFKC", text).strip()
    for pattern in (_KANJI_FORM, _SHORT_FORM):
        m = pattern.match(text)
        if m and (partial or m.end() == len(text)):
            break
    else:
        return None
    era = _ERA_BY_NAME.get(m[1]) or _ERA_BY_NAME[m[1].casefold()]
    year = 1 if m[2] == "元" else int(m[2])
    written = f"{era.name_ja}{m[2]}年{int(m[3])}月{int(m[4])}日"
    if year < 1:
        raise ImpossibleDate("wareki_year_zero", {"written": written})
    try:
        day = date(era.start.year + year - 1, int(m[3]), int(m[4]))
    except ValueError:
        raise ImpossibleDate("wareki_no_such_day", {"written": written}) from None
    if day < GREGORIAN_FROM:
        raise ImpossibleDate("wareki_lunisolar", {"written": written})
    # What the sentence names is in the reader's language: 平成 / Heisei, 2019年4月30日 / 30 April 2019.
    actual = {"written": written, "era": era.name_en if language() == "en" else era.name_ja,
              "actual": format_date(day, "wareki")}
    if day < era.start:
        raise ImpossibleDate("wareki_before_era", {**actual, "first": format_date(era.start, "seireki")})
    end = _next_era_start(era)
    if end is not None and day >= end:
        raise ImpossibleDate("wareki_after_era", {**actual, "last": format_date(end - timedelta(days=1), "seireki")})
    return day, text[m.end():]


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
