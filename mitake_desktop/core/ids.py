"""UUIDv7 identifiers (RFC 9562): time-ordered, so new rows append to the end of the primary-key index."""

from __future__ import annotations

import os
import random
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_seq = 0


def uuid7_from(ms: int, rand: bytes) -> str:
    """A UUIDv7 with the given Unix-epoch milliseconds and at least 10 bytes of randomness."""
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76  # version
    value |= (int.from_bytes(rand[:2], "big") & 0x0FFF) << 64  # rand_a
    value |= 0b10 << 62  # variant
    value |= int.from_bytes(rand[2:10], "big") & 0x3FFF_FFFF_FFFF_FFFF  # rand_b
    return str(uuid.UUID(int=value))


def new_id() -> str:
    """A fresh UUIDv7. Within one millisecond the 12-bit ``rand_a`` counts up, so ids stay ordered."""
    global _last_ms, _last_seq
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _last_seq += 1
            if _last_seq > 0x0FFF:
                ms += 1
                _last_seq = 0
        else:
            _last_seq = 0
        _last_ms = ms
        rand = _last_seq.to_bytes(2, "big") + os.urandom(8)
    return uuid7_from(ms, rand)


class SeededIds:
    """Deterministic UUIDv7s for demo data: same seed and timestamps, same ids."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._last_ms = 0
        self._seq = 0

    def at(self, ms: int) -> str:
        if ms <= self._last_ms:
            ms = self._last_ms
            self._seq = (self._seq + 1) & 0x0FFF
        else:
            self._seq = 0
        self._last_ms = ms
        return uuid7_from(ms, self._seq.to_bytes(2, "big") + self._rng.getrandbits(64).to_bytes(8, "big"))


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return len(text) == 36
