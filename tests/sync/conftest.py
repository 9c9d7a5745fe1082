"""Replicas for sync tests: each its own database file (so its own device and key)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mitake_desktop.core.services import Services

Replica = Callable[[str], Services]


@pytest.fixture
def replica(tmp_path: Path) -> Iterator[Replica]:
    opened: list[Services] = []

    def make(name: str) -> Services:
        s = Services.open(str(tmp_path / f"{name}.sqlite3"))
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()
