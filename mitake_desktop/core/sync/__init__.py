"""Bundle sync between offline machines: nothing lost, nothing duplicated, hostile bundles refused.

The service API the command line and the GUI use (Qt-free; long calls take ``progress(phase, done,
total)`` and ``cancel() -> bool`` callbacks, so a GUI runs them on a worker with a progress dialog):

- :meth:`SyncService.export` writes a bundle (:class:`ExportOptions`: full or incremental for a peer,
  communities, profile, passphrase);
- :meth:`SyncService.prepare_import` verifies a bundle and previews the merge without writing;
  :meth:`SyncService.commit_import` applies it (``trust=True`` after the user confirmed the
  fingerprint of a new device); :meth:`SyncService.import_bundle` does both;
- :attr:`SyncService.conflicts` lists and resolves concurrent edits (keep mine / theirs / edit);
- :meth:`SyncService.exchanges` is the exchange history (the export log included);
- :meth:`SyncService.devices`, :meth:`trust_device`, :meth:`forget_device` manage known devices.

The format is in :mod:`bundle_format` and ``docs/bundle-format.md``; the merge in :mod:`merge`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.storage.tables import device, sync_exchange, sync_peer
from mitake_desktop.core.sync.conflicts import Conflict, ConflictService
from mitake_desktop.core.sync.crypto import fingerprint
from mitake_desktop.core.sync.errors import BundleRefused
from mitake_desktop.core.sync.exporter import Cancel, ExportOptions, ExportResult, Progress, resolve_device
from mitake_desktop.core.sync.importer import Importer, ImportResult, PreparedImport, Signer
from mitake_desktop.core.sync.profiles import DEFAULT_PROFILE, PROFILES

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

__all__ = [
    "DEFAULT_PROFILE", "PROFILES", "BundleRefused", "Conflict", "DeviceInfo", "Exchange", "ExportOptions",
    "ExportResult", "ImportResult", "PreparedImport", "Signer", "SyncService",
]


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    name: str
    fingerprint: str | None
    trusted: bool
    is_local: bool
    first_seen: str
    last_import_at: str | None
    last_export_at: str | None


@dataclass(frozen=True)
class Exchange:
    """One bundle written or imported here (the export rows are the record of provision)."""

    seq: int
    direction: str
    bundle_id: str
    at: str
    actor: str
    peer_device: str | None
    peer_name: str
    profile: str
    communities: list[str]
    complete: bool
    encrypted: bool
    file_name: str
    file_sha256: str
    counts: dict[str, Any]
    people: int
    batch_id: str | None


class SyncService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.importer = Importer(services)
        self.conflicts = ConflictService(services)

    # -- export --------------------------------------------------------------------------------

    def export(self, out: Path, options: ExportOptions | None = None, *, progress: Progress | None = None,
               cancel: Cancel | None = None) -> ExportResult:
        from mitake_desktop.core.sync.exporter import export_bundle

        return export_bundle(self.services, Path(out), options or ExportOptions(), progress=progress, cancel=cancel)

    def resolve_device(self, text: str) -> str:
        return resolve_device(self.services, text)

    # -- import --------------------------------------------------------------------------------

    def prepare_import(self, path: Path, *, passphrase: str | None = None, progress: Progress | None = None,
                       cancel: Cancel | None = None) -> PreparedImport:
        """Verify a bundle and preview the merge; nothing is written. Raises :class:`BundleRefused`."""
        return self.importer.prepare(Path(path), passphrase=passphrase, progress=progress, cancel=cancel)

    def commit_import(self, prepared: PreparedImport, *, trust: bool = False, progress: Progress | None = None,
                      cancel: Cancel | None = None) -> ImportResult:
        return self.importer.commit(prepared, trust=trust, progress=progress, cancel=cancel)

    def import_bundle(self, path: Path, *, trust: bool = False, passphrase: str | None = None,
                      dry_run: bool = False, progress: Progress | None = None,
                      cancel: Cancel | None = None) -> ImportResult:
        """Verify then merge (or, with ``dry_run``, only preview). An untrusted signer is refused unless ``trust``."""
        prepared = self.importer.prepare(Path(path), passphrase=passphrase, progress=progress, cancel=cancel,
                                         preview=dry_run)
        try:
            if prepared.needs_trust and not trust:
                raise prepared.refusal()
            if dry_run:
                return prepared.preview
            return self.commit_import(prepared, trust=trust, progress=progress, cancel=cancel)
        finally:
            prepared.close()

    # -- history and devices ---------------------------------------------------------------------

    def exchanges(self, *, limit: int = 200, direction: str | None = None) -> list[Exchange]:
        c = sync_exchange.c
        stmt = select(sync_exchange).order_by(c.seq.desc()).limit(limit)
        if direction is not None:
            stmt = stmt.where(c.direction == direction)
        with self.services.db.read() as conn:
            return [Exchange(r.seq, r.direction, r.bundle_id, r.at, r.actor, r.peer_device, r.peer_name, r.profile,
                             list(r.communities), bool(r.complete), bool(r.encrypted), r.file_name, r.file_sha256,
                             dict(r.counts), len(r.subjects or []), r.batch_id)
                    for r in conn.execute(stmt)]

    def devices(self) -> list[DeviceInfo]:
        with self.services.db.read() as conn:
            peers = {r.device_id: r for r in conn.execute(select(sync_peer))}
            out = []
            for r in conn.execute(select(device).order_by(device.c.is_local.desc(), device.c.name, device.c.id)):
                p = peers.get(r.id)
                out.append(DeviceInfo(r.id, r.name, fingerprint(r.public_key) if r.public_key else None,
                                      bool(r.trusted), bool(r.is_local), r.first_seen,
                                      p.last_import_at if p else None, p.last_export_at if p else None))
            return out

    def rename_local_device(self, name: str) -> str:
        """Name this database's device as people will read it in history and on other computers (it travels
        in the next bundle). Returns the clean name."""
        from mitake_desktop.core.services.identity import MAX_DEVICE_NAME

        clean = " ".join(name.split())
        if not clean or len(clean) > MAX_DEVICE_NAME:
            raise MitakeError(msg("device_bad_name", max=MAX_DEVICE_NAME))
        with self.services.transactions.begin() as tx:
            tx.conn.execute(update(device).where(device.c.is_local.is_(True)).values(name=clean))
        return clean

    def trust_device(self, device_id: str, trusted: bool = True) -> None:
        self._device_update(device_id, trusted=trusted)

    def forget_device(self, device_id: str) -> None:
        """Forget a device's key (it was reinstalled): its next bundle asks for trust again."""
        self._device_update(device_id, trusted=False, public_key=None)

    def _device_update(self, device_id: str, **values: Any) -> None:
        with self.services.transactions.begin() as tx:
            n = tx.conn.execute(update(device).where(device.c.id == device_id, device.c.is_local.is_(False))
                                .values(**values)).rowcount
        if n == 0:
            raise MitakeError(msg("sync_no_device", device=device_id))
