"""Hybrid logical clock (HLC) values and the timestamps shown to people.

An HLC value is one integer: Unix milliseconds shifted left 16 bits, plus a 16-bit counter. It never
runs backwards on one device even when the wall clock does, and it moves past every value the device
has seen from others, so "later" means the same thing on every laptop. Ties between devices are broken
by device id (see :func:`lww_key`).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(ms: int, counter: int = 0) -> int:
    return (ms << COUNTER_BITS) | (counter & COUNTER_MASK)


def physical_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def next_after(last: int, now_ms: int | None = None) -> int:
    """The next HLC value on this device, given the last one it issued or observed."""
    now = pack(wall_ms() if now_ms is None else now_ms)
    return now if now > last else last + 1


def to_iso(hlc: int) -> str:
    """UTC timestamp with milliseconds, e.g. ``2026-11-27T20:57:52.123Z``."""
    ms = physical_ms(hlc)
    dt = datetime.fromtimestamp(ms / 1000, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def from_iso(text: str) -> int:
    dt = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return pack(int(round(dt.timestamp() * 1000)))


def local_moment(stamp: str | None) -> datetime | None:
    """A stored UTC time stamp (2026-06-01T01:30:00.000Z) on this computer's wall clock; None when it is
    empty, unreadable or carries no zone (callers then show it as it is)."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo is not None else None


def lww_key(hlc: int, device_id: str) -> tuple[int, str]:
    """Order of two writes to one field: later clock wins; on a tie the larger device id wins."""
    return (hlc, device_id)
