"""Reviewing and resolving concurrent edits kept by the merge (``sync_conflict``).

Resolving writes the chosen value as a new local change (so it syncs like any edit and wins on
every replica), then marks the conflict resolved. Keeping the value the record already holds writes
it again (a new clock, the same value): the answer has to travel too, or the other computer, which
holds the same conflict, would still ask and could answer differently without anyone noticing. When
that answer arrives there, the merge closes the other computer's conflict as ``remote`` (resolved on
the other computer; see ``merge``). The conflict row itself is kept: nothing a person wrote is thrown
away.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update

from mitake_desktop.core import clock
from mitake_desktop.core.errors import MitakeError, NotFoundError
from mitake_desktop.core.i18n import language, msg
from mitake_desktop.core.schema import BY_TYPE
from mitake_desktop.core.services.identity import device_names
from mitake_desktop.core.storage.database import local_now_iso
from mitake_desktop.core.storage.tables import ENTITY_TABLES, device, sync_conflict

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

STATUSES = ("open", "kept", "resolved")
REMOTE = "remote"  # resolved on the other computer; stored as ``remote:<device idx>`` (who answered)
_SHOWN = 5  # conflicts named when an id prefix is ambiguous
KEEP = ("mine", "theirs", "edit")


@dataclass(frozen=True)
class Conflict:
    id: str
    type: str
    record_id: str
    record_title: str
    field: str  # a field name, or "deleted" (a delete against an edit)
    field_label: str
    mine: Any
    theirs: Any
    current: Any  # the value the record holds now
    mine_device: str
    mine_device_name: str
    mine_at: str
    theirs_device: str
    theirs_device_name: str
    theirs_at: str
    winner: str  # which value the merge applied: mine | theirs
    status: str  # open | kept | resolved
    detected_at: str
    resolution: str | None  # mine | theirs | edit | remote (answered on the other computer)
    resolved_at: str | None
    resolved_by: str = ""  # for ``remote``: the device that answered
    resolved_by_name: str = ""

    @property
    def applied(self) -> str:
        """Which value the record holds now: ``mine``, ``theirs`` or ``other`` (a new value, a later edit).

        ``winner`` is what the merge applied when the conflict was found; after a resolution (or any
        later edit) the stored value is what people need to see.
        """
        if self.current == self.mine:
            return "mine"
        if self.current == self.theirs:
            return "theirs"
        return "other"

    def as_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__} | {"applied": self.applied}


def _local(stamp: str | None) -> str:
    """A stored UTC stamp as this computer's wall clock, to the minute (for a message)."""
    moment = clock.local_moment(stamp)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else (stamp or "-")


class ConflictService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def list(self, status: str | None = "open", *, limit: int = 1000) -> list[Conflict]:
        """Conflicts, newest first; ``status=None`` for every status."""
        c = sync_conflict.c
        stmt = select(sync_conflict).order_by(c.detected_at.desc(), c.id.desc()).limit(limit)
        if status is not None:
            stmt = stmt.where(c.status == status)
        with self.services.db.read() as conn:
            names = device_names(conn)
            rows = conn.execute(stmt).all()
            return [self._conflict(conn, r, names) for r in rows]

    def count(self, status: str = "open") -> int:
        with self.services.db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(sync_conflict)
                                    .where(sync_conflict.c.status == status)).scalar_one())

    def get(self, conflict_id: str) -> Conflict:
        """A conflict by id or by a unique prefix of its id (as the command line shows them)."""
        c = sync_conflict.c
        with self.services.db.read() as conn:
            rows = conn.execute(select(sync_conflict).where(c.id.startswith(conflict_id, autoescape=True))
                                .order_by(c.id).limit(_SHOWN + 1)).all() if len(conflict_id) >= 4 else []
            exact = [r for r in rows if r.id == conflict_id]
            if exact:
                rows = exact
            if not rows:
                raise NotFoundError(msg("conflict_not_found", id=conflict_id))
            if len(rows) > 1:  # a prefix shared by several: name them, so the next try is a sure one
                total = int(conn.execute(select(func.count()).select_from(sync_conflict).where(
                    c.id.startswith(conflict_id, autoescape=True))).scalar_one())
                names = device_names(conn)
                shown = [self._conflict(conn, r, names) for r in rows[:_SHOWN]]
                listed = ("、" if language() == "ja" else "; ").join(f"{x.id} ({x.record_title} / {x.field_label})" for x in shown)
                raise MitakeError(msg("conflict_ambiguous", id=conflict_id, n=total,
                                      ids=listed + (" …" if total > _SHOWN else "")))
            return self._conflict(conn, rows[0], device_names(conn))

    def _conflict(self, conn: Any, r: Any, names: dict[str, str]) -> Conflict:
        entity = BY_TYPE[r.entity_type]
        t = ENTITY_TABLES[r.entity_type]
        cols = [t.c.deleted] + ([t.c[r.field]] if r.field != "deleted" else [])
        row = conn.execute(select(*cols).where(t.c.id == r.entity_id)).first()
        # A registration is "伊藤 翔太 — 出張相談会", not its status (see RecordService.titles).
        title = self.services.records.titles_in(conn, r.entity_type, [r.entity_id]).get(r.entity_id, "")
        if row is None:
            current = None
        else:
            current = bool(row[0]) if r.field == "deleted" else row[1]
        label = str(entity.field(r.field).label) if entity.has_field(r.field) else msg("conflict_deleted_label")
        resolution, by = _split_resolution(conn, r.resolution)
        return Conflict(
            r.id, r.entity_type, r.entity_id, title, r.field, label, r.mine, r.theirs, current,
            r.mine_device, names.get(r.mine_device, ""), clock.to_iso(r.mine_hlc) if r.mine_hlc else "",
            r.theirs_device, names.get(r.theirs_device, ""), clock.to_iso(r.theirs_hlc) if r.theirs_hlc else "",
            r.winner, r.status, r.detected_at, resolution, r.resolved_at, by, names.get(by, "") if by else "")

    def resolve(self, conflict_id: str, keep: str, value: Any = None) -> Conflict:
        """Keep ``mine``, ``theirs``, or (``edit``) a new ``value``; the choice becomes a local change."""
        if keep not in KEEP:
            raise MitakeError(msg("conflict_bad_choice", choices=", ".join(KEEP)))
        found = self.get(conflict_id)
        if found.status == "resolved":  # a second answer would silently overwrite the first one's result
            raise MitakeError(msg("conflict_already_resolved", id=found.id, choice=choice_text(found),
                                  at=_local(found.resolved_at)))
        records = self.services.records
        with self.services.transactions.begin() as tx:
            if found.field == "deleted":
                if keep == "edit":
                    raise MitakeError(msg("conflict_bad_choice", choices="mine, theirs"))
                want_deleted = bool(found.mine if keep == "mine" else found.theirs)
                now = records.get_in(tx.conn, found.type, found.record_id, include_deleted=True)
                if want_deleted and not now["deleted"]:
                    records.delete(found.type, found.record_id, tx=tx)
                elif not want_deleted and now["deleted"]:
                    records.restore(found.type, found.record_id, tx=tx)
                else:
                    records.reaffirm(found.type, found.record_id, "deleted", tx=tx)
            else:
                chosen = value if keep == "edit" else (found.mine if keep == "mine" else found.theirs)
                now = records.get_in(tx.conn, found.type, found.record_id, include_deleted=True)
                if now["deleted"]:
                    raise MitakeError(msg("conflict_record_deleted"))
                if now[found.field] != chosen:
                    records.update(found.type, found.record_id, {found.field: chosen}, tx=tx)
                else:
                    records.reaffirm(found.type, found.record_id, found.field, tx=tx)
            tx.conn.execute(update(sync_conflict).where(sync_conflict.c.id == found.id).values(
                status="resolved", resolution=keep, resolved_at=local_now_iso()))
        return self.get(found.id)

    def reopen(self, conflict_id: str, *, status: str = "open", resolution: str | None = None,
               resolved_at: str | None = None) -> Conflict:
        """Put a conflict back in the state it had before a resolution (the app's undo).

        Only the conflict's own status changes; the caller sets the record's value back (as a local
        edit, so it syncs like any other change).
        """
        if status not in STATUSES:
            raise MitakeError(msg("conflict_bad_choice", choices=", ".join(STATUSES)))
        found = self.get(conflict_id)
        with self.services.transactions.begin() as tx:
            if resolution == REMOTE and found.resolution == REMOTE:
                resolution = self._stored_resolution(tx.conn, found.id)  # keep who answered
            tx.conn.execute(update(sync_conflict).where(sync_conflict.c.id == found.id).values(
                status=status, resolution=resolution, resolved_at=resolved_at))
        return self.get(found.id)

    @staticmethod
    def _stored_resolution(conn: Any, conflict_id: str) -> str | None:
        value = conn.execute(select(sync_conflict.c.resolution).where(sync_conflict.c.id == conflict_id)).scalar()
        return None if value is None else str(value)


def _split_resolution(conn: Any, stored: str | None) -> tuple[str | None, str]:
    """``remote:<idx>`` -> (``remote``, that device's id); any other resolution as stored, no device."""
    if not stored or not stored.startswith(REMOTE + ":"):
        return stored, ""
    idx = stored.partition(":")[2]
    found = conn.execute(select(device.c.id).where(device.c.idx == int(idx))).scalar() if idx.isdigit() else None
    return REMOTE, str(found or "")


def choice_text(conflict: Conflict) -> str:
    """How a conflict was resolved, as people read it (names the other computer when known)."""
    if not conflict.resolution:
        return "-"
    if conflict.resolution == REMOTE and (conflict.resolved_by_name or conflict.resolved_by):
        return msg("conflict_choice_remote_named", device=conflict.resolved_by_name or conflict.resolved_by[:8])
    return msg(f"conflict_choice_{conflict.resolution}")
