"""The service layer: the one way the command line and the GUI read and change data.

``Services.open()`` opens (creating or migrating) a database and gives typed access to records,
search, history and maintenance. Every write goes through here, so validation, history, clocks and
the search index stay right whoever makes the change.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from mitake_desktop.core.services import search_index
from mitake_desktop.core.services.attachments import AttachmentService
from mitake_desktop.core.services.awards import AwardService
from mitake_desktop.core.services.case_studies import CaseStudyService
from mitake_desktop.core.services.dump import dump_lines
from mitake_desktop.core.services.history import HistoryService
from mitake_desktop.core.services.identity import ensure_local_device
from mitake_desktop.core.services.records import Filter, PageKey, RecordService
from mitake_desktop.core.services.search_index import SearchHit
from mitake_desktop.core.services.tx import Transactions, get_state, set_state
from mitake_desktop.core.storage.database import Database, open_database

if TYPE_CHECKING:
    from mitake_desktop.core.events import EventServices
    from mitake_desktop.core.sync import SyncService

__all__ = ["Filter", "PageKey", "SearchHit", "Services"]


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors when no user name is known
        return "user"


class Services:
    def __init__(self, db: Database, actor: str | None = None) -> None:
        self.db = db
        self.actor = actor or default_actor()
        self.transactions = Transactions(db, self.actor)
        self.records = RecordService(db, self.transactions)
        self.history = HistoryService(db, self.transactions, self.records)
        self.attachments = AttachmentService(db, self.records)
        self.case_studies = CaseStudyService(self.records)
        self.awards = AwardService(self.records, self.case_studies)
        self.device_id = ensure_local_device(db)
        self._rebuild_search_if_flagged()

    @classmethod
    def open(cls, location: str | None = None, *, create_parent: bool | None = None,
             actor: str | None = None) -> Services:
        return cls(open_database(location, create_parent=create_parent), actor)

    @property
    def read_only(self) -> bool:
        """True when the database file or its folder cannot be written: browsing works, changes are refused."""
        return self.db.read_only

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def events(self) -> EventServices:
        """Registrations, 商談会 schedules, imports, check-in, follow-ups and reports of events."""
        from mitake_desktop.core.events import EventServices  # built on these services; loaded when first used

        return EventServices(self)

    @cached_property
    def sync(self) -> SyncService:
        """Bundle export/import, conflicts, exchange history and known devices (loaded on first use)."""
        from mitake_desktop.core.sync import SyncService

        return SyncService(self)

    # -- search --------------------------------------------------------------------------------

    def search(self, query: str, *, types: Iterable[str] | None = None, limit_per_type: int = 20) -> list[SearchHit]:
        with self.db.read() as conn:
            return search_index.search(conn, query, types=types, limit_per_type=limit_per_type)

    def search_counts(self, query: str, *, types: Iterable[str] | None = None) -> dict[str, int]:
        """Matches per type for ``query``: the totals behind :meth:`search`'s first few per type."""
        with self.db.read() as conn:
            return search_index.count_matches(conn, query, types=types)

    def rebuild_search(self) -> int:
        with self.db.write() as conn:
            count = search_index.rebuild(conn)
            set_state(conn, "search_rebuild", "0")
        return count

    def _rebuild_search_if_flagged(self) -> None:
        with self.db.read() as conn:
            flagged = get_state(conn, "search_rebuild") == "1"
        if flagged and not self.db.read_only:  # read-only: search what the index holds
            self.rebuild_search()

    # -- maintenance ---------------------------------------------------------------------------

    def dump_lines(self) -> Iterator[str]:
        return dump_lines(self.db)

    def check(self) -> list[str]:
        return self.db.check()

    def backup(self, target: Path | None = None) -> Path:
        return self.db.backup("manual", target)
