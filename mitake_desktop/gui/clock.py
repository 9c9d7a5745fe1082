"""What day it is for the GUI: the real clock, or a fixed day for reproducible screenshots.

``mitake screenshot --today 2026-06-01`` pins the day so a page over demo data made with
``mitake demo --today 2026-06-01`` shows what a user would see on that day (the next event, what is
overdue). Nothing else sets it.
"""

from __future__ import annotations

from datetime import date, datetime, time

_today: date | None = None


def set_today(day: date | None) -> None:
    """Pin the day (None: follow the real clock again)."""
    global _today
    _today = day


def pinned() -> date | None:
    return _today


def today() -> date:
    return _today or date.today()


def now() -> datetime:
    """The moment to compare event times with (the start of the pinned day, or now)."""
    if _today is not None:
        return datetime.combine(_today, time.min)
    return datetime.now().replace(microsecond=0)
