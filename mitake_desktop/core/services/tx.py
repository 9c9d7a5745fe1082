"""A write transaction with what every change needs: this device, the hybrid clock, the change counter.

Clock and counter live in ``local_state`` and are read inside ``BEGIN IMMEDIATE``, so the GUI and a
command line working on the same file at once still issue strictly increasing values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, insert, select, update

from mitake_desktop.core import clock
from mitake_desktop.core.ids import new_id
from mitake_desktop.core.storage.database import Database, local_now_iso
from mitake_desktop.core.storage.tables import batch, device, history, local_state


def get_state(conn: Connection, key: str) -> str | None:
    row = conn.execute(select(local_state.c.value).where(local_state.c.key == key)).first()
    return row[0] if row else None


def set_state(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(local_state).where(local_state.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(local_state).values(key=key, value=value))


@dataclass
class Tx:
    """One write transaction. Services take an optional ``tx`` so callers can group work atomically."""

    conn: Connection
    device_id: str
    device_idx: int
    actor: str
    batch_id: str | None = None
    hlc: int = 0
    lseq: int = 0
    _device_idx_cache: dict[str, int] = field(default_factory=dict)
    # What changed, for views to refresh only that: type -> set of ids.
    changed: dict[str, set[str]] = field(default_factory=dict)
    # Ids that writes flagged for follow-up work before the commit (e.g. events whose waitlist may move up).
    notes: dict[str, set[str]] = field(default_factory=dict)
    _before_commit: dict[str, Callable[[Tx], None]] = field(default_factory=dict)

    def tick(self) -> int:
        """The next hybrid-clock value of this device."""
        self.hlc = clock.next_after(self.hlc)
        return self.hlc

    def observe(self, remote_hlc: int) -> None:
        """Move the clock past a value received from another device."""
        self.hlc = max(self.hlc, remote_hlc)

    def next_lseq(self) -> int:
        self.lseq += 1
        return self.lseq

    def mark(self, type_name: str, record_id: str) -> None:
        self.changed.setdefault(type_name, set()).add(record_id)

    def before_commit(self, key: str, hook: Callable[[Tx], None]) -> None:
        """Run ``hook`` once (per ``key``) just before this transaction commits, inside it.

        For changes that follow from others whichever way they were made (a freed seat goes to the
        waitlist): they share the transaction, so they commit, fail and are undone together.
        """
        self._before_commit.setdefault(key, hook)

    def run_before_commit(self) -> None:
        while self._before_commit:  # a hook's own writes may ask for more work
            key = next(iter(self._before_commit))
            self._before_commit.pop(key)(self)

    def device_index(self, device_id: str, name: str = "") -> int:
        """The local shorthand of ``device_id`` in ``clocks``, registering the device when new."""
        if device_id == self.device_id:
            return self.device_idx
        cached = self._device_idx_cache.get(device_id)
        if cached is not None:
            return cached
        row = self.conn.execute(select(device.c.idx).where(device.c.id == device_id)).first()
        if row is None:
            idx = self.conn.execute(
                insert(device).values(id=device_id, name=name, first_seen=local_now_iso())
            ).inserted_primary_key[0]  # type: ignore[index]
        else:
            idx = row[0]
        self._device_idx_cache[device_id] = int(idx)
        return int(idx)


class Transactions:
    """Opens :class:`Tx` objects on a database for a given actor."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor
        self._local: tuple[str, int] | None = None

    def local_device(self, conn: Connection) -> tuple[str, int]:
        if self._local is None:
            device_id = get_state(conn, "device_id")
            if device_id is None:
                raise RuntimeError("the local device is not initialised (use Services.open)")
            idx = conn.execute(select(device.c.idx).where(device.c.id == device_id)).scalar_one()
            self._local = (device_id, int(idx))
        return self._local

    @contextmanager
    def begin(self, *, batch_kind: str | None = None, batch_label: str = "") -> Iterator[Tx]:
        """A write transaction; with ``batch_kind`` every change in it is one undoable batch."""
        with self.db.write() as conn:
            device_id, idx = self.local_device(conn)
            tx = Tx(
                conn,
                device_id,
                idx,
                self.actor,
                hlc=int(get_state(conn, "hlc") or 0),
                lseq=int(get_state(conn, "lseq") or 0),
            )
            if batch_kind is not None:
                tx.batch_id = new_id()
                conn.execute(
                    insert(batch).values(
                        id=tx.batch_id, kind=batch_kind, label=batch_label, at=local_now_iso(), actor=self.actor
                    )
                )
            start_hlc, start_lseq = tx.hlc, tx.lseq
            yield tx
            tx.run_before_commit()
            if tx.batch_id is not None and conn.execute(
                    select(history.c.seq).where(history.c.batch_id == tx.batch_id).limit(1)).first() is None:
                # Nothing changed (the same values again): no empty batch to list or undo.
                conn.execute(delete(batch).where(batch.c.id == tx.batch_id))
            if tx.hlc != start_hlc:
                set_state(conn, "hlc", str(tx.hlc))
            if tx.lseq != start_lseq:
                set_state(conn, "lseq", str(tx.lseq))

