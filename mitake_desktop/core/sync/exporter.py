"""Writing bundles: full or incremental, a subset by community, a profile; optionally encrypted.

Reads one consistent snapshot (a read transaction), streams records type by type into change files
of at most ``lines_per_file`` lines, adds the attachment bytes once each, then writes and signs the
manifest. The file appears under its final name only when complete (written beside it, then
renamed). The export is then logged: the log is the record of provision (個人情報保護法).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import insert, select, update

from mitake_desktop import __version__
from mitake_desktop.core import clock
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.ids import new_id
from mitake_desktop.core.schema import BY_TYPE, ENTITIES
from mitake_desktop.core.services.tx import get_state
from mitake_desktop.core.storage import migrations
from mitake_desktop.core.storage.database import local_now_iso
from mitake_desktop.core.storage.tables import ENTITY_TABLES, device, sync_exchange, sync_peer
from mitake_desktop.core.sync import bundle_format as fmt
from mitake_desktop.core.sync import crypto, limits, selection, strictjson
from mitake_desktop.core.sync.profiles import PROFILES, RULES
from mitake_desktop.core.sync.state import DELETED, Devices, current_vector, gc_paused, row_bases, row_registers

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # same content, same bytes: no wall-clock time in zip headers


@dataclass(frozen=True)
class ExportOptions:
    """What to write. Without ``peer`` (or with ``full``) the bundle holds everything."""

    full: bool = False
    peer: str | None = None  # device id: send only what it has not told us it holds
    communities: tuple[str, ...] = ()
    profile: str = "internal"
    passphrase: str | None = None
    lines_per_file: int = 10_000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    profile: str
    incremental: bool
    records: dict[str, int]
    tombstones: int
    blobs: int
    people: int
    missing_blobs: int
    encrypted: bool
    size: int

    @property
    def total(self) -> int:
        return sum(self.records.values())


class Cancelled(MitakeError):
    def __init__(self) -> None:
        super().__init__(msg("cancelled"))


@dataclass
class _Writer:
    zf: zipfile.ZipFile
    key: bytes | None
    files: list[dict[str, Any]] = field(default_factory=list)

    def add(self, name: str, data: bytes, *, deflate: bool) -> None:
        if self.key is not None:
            if deflate:
                packer = zlib.compressobj(6, zlib.DEFLATED, -15)
                data = packer.compress(data) + packer.flush()
            data = crypto.encrypt(self.key, name, data)
            deflate = False
        info = zipfile.ZipInfo(name, FIXED_TIME)
        info.create_system = 3
        info.external_attr = 0o100644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
        self.zf.writestr(info, data, compresslevel=6 if deflate else None)
        self.files.append({"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})


def resolve_device(services: Services, text: str) -> str:
    """A known device's id from its id, a unique prefix of it, or its name."""
    with services.db.read() as conn:
        rows = conn.execute(select(device.c.id, device.c.name).where(device.c.is_local.is_(False))).all()
    exact = [r.id for r in rows if r.id == text or r.name == text]
    if len(exact) == 1:
        return exact[0]
    prefix = [r.id for r in rows if r.id.startswith(text.lower())]
    if len(prefix) == 1 and len(text) >= 4:
        return prefix[0]
    raise MitakeError(msg("sync_no_device", device=text))


def export_bundle(services: Services, out: Path, options: ExportOptions, *,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> ExportResult:
    if options.profile not in PROFILES:
        raise MitakeError(msg("sync_bad_profile", profile=options.profile, choices=", ".join(PROFILES)))
    out = Path(out)
    if out.is_dir():
        raise MitakeError(msg("sync_out_is_dir", path=out))
    if not out.parent.is_dir():
        raise MitakeError(msg("db_no_dir", path=out.parent))
    rules = RULES[options.profile]
    bundle_id = new_id()
    store = services.attachments.store
    key: bytes | None = None
    encryption: dict[str, Any] | None = None
    if options.passphrase is not None:
        if not options.passphrase:
            raise MitakeError(msg("sync_empty_passphrase"))
        salt = crypto.new_salt()
        key = crypto.derive_key(options.passphrase, salt)
        encryption = {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": crypto.SCRYPT_N, "p": crypto.SCRYPT_P,
                      "r": crypto.SCRYPT_R, "salt": salt.hex()}

    try:
        fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".mitake-", suffix=".part")
    except OSError as exc:
        raise MitakeError(msg("sync_cannot_write", path=out, detail=exc.strerror or type(exc).__name__)) from None
    tmp = Path(tmp_name)
    counts: dict[str, int] = {}
    tombstones = people = missing = 0
    subjects: list[str] = []
    try:
        with services.db.read() as conn, os.fdopen(fd, "wb") as raw, \
                zipfile.ZipFile(raw, "w", allowZip64=False) as zf, gc_paused():
            writer = _Writer(zf, key)
            devices = Devices.load(conn)
            names = {r.id: r.name for r in conn.execute(select(device.c.id, device.c.name))}
            local_id = services.device_id
            private_key = get_state(conn, "private_key")
            public_key = conn.execute(select(device.c.public_key).where(device.c.id == local_id)).scalar_one()
            if not private_key or not public_key:
                raise MitakeError(msg("sync_no_key"))
            vector = current_vector(conn, local_id)
            base: dict[str, int] = {}
            if options.peer is not None and not options.full:
                row = conn.execute(select(sync_peer.c.vector).where(sync_peer.c.device_id == options.peer)).first()
                base = {str(k): int(v) for k, v in (row[0] if row else {}).items()}
            community_t = ENTITY_TABLES["community"]
            for cid in options.communities:
                if conn.execute(select(community_t.c.id).where(community_t.c.id == cid)).first() is None:
                    raise MitakeError(msg("not_found", type=str(BY_TYPE["community"].label), id=cid))
            partial = options.profile != "internal" or bool(options.communities)
            plan = selection.plan(conn, options.profile, options.communities) if partial else None
            used_devices: set[str] = {local_id}
            low = min((base.get(d, 0) for d in devices.by_id), default=0) if base else -1
            lines: list[bytes] = []
            n_files = 0
            blobs: list[str] = []
            total = sum(len(ids) for ids in plan.include.values()) if plan else 0
            done = 0

            def flush_lines() -> None:
                nonlocal lines, n_files
                if lines:
                    n_files += 1
                    writer.add(fmt.change_name(n_files), b"\n".join(lines) + b"\n", deflate=True)
                    lines = []
                    if cancel is not None and cancel():
                        raise Cancelled()

            for entity in ENTITIES:
                rule = rules.get(entity.type)
                if rule is None:
                    continue
                t = ENTITY_TABLES[entity.type]
                include = plan.include[entity.type] if plan else None
                allowed = rule.fields if rule.fields is not None else frozenset(entity.field_names)
                stmt = select(t).order_by(t.c.id)
                if low >= 0:
                    stmt = stmt.where(t.c.updated_hlc > low)
                for row in conn.execution_options(yield_per=2000).execute(stmt):
                    m = cast(Mapping[str, Any], row._mapping)
                    rid = m["id"]
                    if include is not None and rid not in include:
                        continue
                    regs = row_registers(entity, m, devices.by_idx)
                    if base and not any(h and h > base.get(d, 0) for _v, h, d in regs.values()):
                        continue
                    keep = set(allowed)
                    if plan is not None:
                        keep -= plan.omitted_fields(entity, m, allowed)
                    sent = {n: r for n, r in regs.items() if r[1] and (n == DELETED or n in keep)}
                    if DELETED not in sent:  # never happens for a stored record; be explicit anyway
                        continue
                    for _v, _h, d in sent.values():
                        used_devices.add(d)
                    bases = {n: b for n, b in row_bases(m, devices.by_idx).items() if n in sent}
                    used_devices.update(d for _h, d in bases.values())
                    lines.append(fmt.encode_change(entity.type, rid, m["created_at"], sent, bases))
                    counts[entity.type] = counts.get(entity.type, 0) + 1
                    if m[DELETED]:
                        tombstones += 1
                    elif entity.type == "attachment":
                        blobs.append(rid)
                    if entity.type == "person":
                        people += 1
                        subjects.append(rid)
                    if len(lines) >= options.lines_per_file:
                        flush_lines()
                    done += 1
                    if progress is not None and done % 5000 == 0:
                        progress("records", done, total)
            flush_lines()
            written = 0
            for sha in blobs:
                if not store.has(sha):
                    missing += 1
                    continue
                try:
                    data = store.read(sha)
                except MitakeError:
                    missing += 1
                    continue
                writer.add(fmt.blob_name(sha), data, deflate=False)
                written += 1
                if progress is not None:
                    progress("attachments", written, len(blobs))
                if cancel is not None and cancel():
                    raise Cancelled()
            if len(writer.files) + 2 > limits.MAX_ENTRIES:
                raise MitakeError(msg("sync_export_too_big"))
            manifest = {
                "app_version": __version__,
                "bundle_id": bundle_id,
                "communities": sorted(options.communities),
                "complete": not partial,
                "counts": {"blobs": written, "lines": sum(counts.values()), "people": people,
                           "records": dict(sorted(counts.items())), "tombstones": tombstones},
                "created_at": clock.to_iso(clock.pack(clock.wall_ms())),
                "devices": {d: names.get(d, "") for d in sorted(used_devices) if d},
                "encryption": encryption,
                "files": writer.files,
                "format": fmt.FORMAT,
                "format_version": fmt.FORMAT_VERSION,
                "origin": {"device_id": local_id, "name": names.get(local_id, ""), "public_key": public_key},
                "profile": options.profile,
                "schema_revision": migrations.head(),
                "since": dict(sorted(base.items())),
                "vector": dict(sorted(vector.items())),
            }
            data = strictjson.dumps_manifest(manifest)
            _plain(zf, fmt.MANIFEST, data)
            _plain(zf, fmt.SIGNATURE, crypto.sign(private_key, data))
        size = tmp.stat().st_size
        os.replace(tmp, out)
    except OSError as exc:  # the stick is full, read-only or was pulled out
        tmp.unlink(missing_ok=True)
        raise MitakeError(msg("sync_cannot_write", path=out, detail=exc.strerror or type(exc).__name__)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    result = ExportResult(out, bundle_id, options.profile, bool(base), counts, tombstones, written, people,
                          missing, key is not None, size)
    _log(services, result, options, manifest, subjects)
    return result


def _plain(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    info.compress_type = zipfile.ZIP_STORED
    zf.writestr(info, data)


def _log(services: Services, result: ExportResult, options: ExportOptions, manifest: dict[str, Any],
         subjects: list[str]) -> None:
    """The export log: when, to whom, which profile, which records and people (record of provision)."""
    now = local_now_iso()
    peer_name = ""
    with services.transactions.begin() as tx:
        if options.peer is not None:
            peer_name = tx.conn.execute(select(device.c.name).where(device.c.id == options.peer)).scalar() or ""
            if tx.conn.execute(update(sync_peer).where(sync_peer.c.device_id == options.peer)
                               .values(last_export_at=now)).rowcount == 0:
                tx.conn.execute(insert(sync_peer).values(device_id=options.peer, vector={}, last_export_at=now))
        tx.conn.execute(insert(sync_exchange).values(
            direction="export", bundle_id=result.bundle_id, at=now, actor=services.actor, peer_device=options.peer,
            peer_name=peer_name, profile=result.profile, communities=list(options.communities),
            complete=manifest["complete"], encrypted=result.encrypted, file_name=result.path.name,
            file_sha256=_sha256_file(result.path), counts=manifest["counts"], subjects=subjects,
            since=manifest["since"], vector=manifest["vector"], batch_id=None))


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
