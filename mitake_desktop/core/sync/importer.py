"""Importing bundles in two steps: ``prepare`` (verify everything, preview, write nothing), then ``commit``.

prepare: copy the file here and hash it → check the zip's structure (:mod:`zipcheck`) → read and
check the manifest (a newer format or schema says "update") → names on the allow-list, every file
listed with its size and hash → the signature → the signer's key against the known devices → every
file's hash (decrypting first when the bundle is encrypted) → every change line strictly parsed and
validated against the schema → a preview of the merge in a read transaction.

commit: trust the signer if asked → a backup of the database → attachment bytes into the
content-addressed store (only new ones, re-verified) → one transaction: the merge, held changes that
can now apply, conflicts, the exchange log, the peer's and our version vectors, an integrity check →
commit. A failure anywhere before the commit leaves the database as it was and removes the
attachment files this import added.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import Connection, delete, insert, select, update

from mitake_desktop.core import clock, paths
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.events.names import email_key, name_key, phone_key
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.services import search_index
from mitake_desktop.core.storage import migrations
from mitake_desktop.core.storage.database import local_now_iso
from mitake_desktop.core.storage.tables import ENTITY_TABLES, batch, device, history, sync_exchange, sync_peer
from mitake_desktop.core.sync import bundle_format as fmt
from mitake_desktop.core.sync import crypto, limits, merge, zipcheck
from mitake_desktop.core.sync.errors import BundleRefused, damaged, tampered, too_large
from mitake_desktop.core.sync.exporter import Cancel, Cancelled, Progress
from mitake_desktop.core.sync.state import Devices, current_vector, gc_paused, join, leq, set_adopted_vector

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

log = logging.getLogger(__name__)
SUMMARY_KEYS = ("added", "updated", "unchanged", "deleted", "revived", "conflicts", "kept", "pending",
                "quarantined", "blobs", "resolved_remote")


@dataclass(frozen=True)
class Signer:
    device_id: str
    name: str
    public_key: str
    fingerprint: str
    trust: str  # local | trusted | untrusted | unknown


@dataclass
class ImportResult:
    """What an import did (or, for a preview, would do)."""

    bundle_id: str
    signer: Signer
    profile: str
    counts: dict[str, int]
    committed: bool
    backup: Path | None = None
    batch_id: str | None = None

    def get(self, key: str) -> int:
        return self.counts.get(key, 0)


@dataclass
class PreparedImport:
    """A verified bundle held for :meth:`Importer.commit`; call :meth:`close` when not committing."""

    source: Path
    copy: Path
    workdir: Path
    file_sha256: str
    manifest: fmt.Manifest
    signer: Signer
    changes: list[fmt.Change]
    blobs: dict[str, zipcheck.Entry]
    key: bytes | None
    preview: ImportResult
    closed: bool = field(default=False)

    @property
    def from_this_device(self) -> bool:
        """Signed by this very database yet bringing changes it does not hold.

        That happens after restoring an older backup (the bundle holds this device's later work) — or when
        a copy of the database file is used as a second laptop, which breaks the clocks both rely on. The
        user is asked, as for an unknown device, and told which case is safe.
        """
        if self.signer.trust != "local":
            return False
        counts = self.preview.counts
        return any(counts.get(k, 0) for k in ("added", "updated", "deleted", "revived", "conflicts", "pending"))

    @property
    def needs_trust(self) -> bool:
        return self.signer.trust in ("unknown", "untrusted") or self.from_this_device

    def refusal(self) -> BundleRefused:
        """Why this import needs the user's consent first, in one plain sentence."""
        if self.from_this_device:
            return BundleRefused("trust.own_device", msg("bundle_own_device", fingerprint=self.signer.fingerprint))
        return untrusted_refusal(self.signer)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            shutil.rmtree(self.workdir, ignore_errors=True)
            _remove_if_empty(self.workdir.parent)


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()


def untrusted_refusal(signer: Signer) -> BundleRefused:
    return BundleRefused("trust.unknown", msg("bundle_untrusted", name=signer.name or signer.device_id[:8],
                                               fingerprint=signer.fingerprint))


class Importer:
    def __init__(self, services: Services) -> None:
        self.services = services

    # -- step 1 --------------------------------------------------------------------------------

    def work_root(self) -> Path:
        db = self.services.db
        if db.path is not None:
            return db.path.with_name(db.path.stem + "-sync")
        return paths.data_dir() / "sync"

    def prepare(self, path: Path, *, passphrase: str | None = None, progress: Progress | None = None,
                cancel: Cancel | None = None, preview: bool = True) -> PreparedImport:
        """Verify ``path`` completely and (``preview``) compute what a merge would do. Writes nothing.

        Raises :class:`BundleRefused`. Without ``preview`` the counts are left empty (a plain import
        skips computing the merge twice).
        """
        root = self.work_root()
        root.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(dir=root, prefix="incoming-"))
        try:
            copy, digest = self._copy(Path(path), workdir)
            with open(copy, "rb") as fh, gc_paused():
                prepared = self._verify(Path(path), copy, workdir, digest, fh, passphrase, progress, cancel,
                                        preview)
        except BaseException:
            shutil.rmtree(workdir, ignore_errors=True)
            _remove_if_empty(root)
            raise
        return prepared

    def _copy(self, source: Path, workdir: Path) -> tuple[Path, str]:
        target = workdir / "bundle.mitake"
        h = hashlib.sha256()
        size = 0
        try:
            with open(source, "rb") as src, open(target, "wb") as dst:
                while chunk := src.read(1 << 20):
                    size += len(chunk)
                    if size > limits.MAX_BUNDLE_BYTES:
                        raise too_large("limit.file", "d_file_too_big", max_mb=limits.MAX_BUNDLE_BYTES // limits.MiB)
                    h.update(chunk)
                    dst.write(chunk)
        except OSError as exc:
            raise BundleRefused("file.unreadable", msg("bundle_unreadable", path=source,
                                                       detail=exc.strerror or type(exc).__name__)) from None
        return target, h.hexdigest()

    def _verify(self, source: Path, copy: Path, workdir: Path, digest: str, fh: BinaryIO, passphrase: str | None,
                progress: Progress | None, cancel: Cancel | None, preview: bool) -> PreparedImport:
        entries = zipcheck.scan(fh, copy.stat().st_size)
        if fmt.MANIFEST not in entries:
            raise damaged("manifest.missing", "d_no_manifest")
        manifest_bytes = zipcheck.read(fh, entries[fmt.MANIFEST], limits.MAX_MANIFEST_BYTES)
        manifest = fmt.parse_manifest(manifest_bytes, migrations.is_known)
        for name in entries:
            if not fmt.is_allowed_name(name):
                raise damaged("zip.bad_name", "d_bad_name", name=name[:60])
        if fmt.SIGNATURE not in entries:
            raise tampered("signature.missing", "d_signature")
        listed = {f.name: f for f in manifest.files}
        for name, entry in entries.items():
            if name in (fmt.MANIFEST, fmt.SIGNATURE):
                continue
            if name not in listed:
                raise tampered("manifest.unlisted", "d_unlisted", name=name)
            if entry.size != listed[name].size:
                raise tampered("manifest.size", "d_hash", name=name)
        for name in listed:
            if name not in entries:
                raise damaged("manifest.missing_file", "d_missing", name=name)
        signature = zipcheck.read(fh, entries[fmt.SIGNATURE], limits.SIGNATURE_BYTES)
        if len(signature) != limits.SIGNATURE_BYTES or not crypto.verify(manifest.public_key, manifest_bytes,
                                                                            signature):
            raise tampered("signature.bad", "d_signature")
        signer = self._signer(manifest)

        key: bytes | None = None
        if manifest.encryption is not None:
            if passphrase is None:
                raise BundleRefused("encryption.passphrase", msg("bundle_encrypted"))
            enc = manifest.encryption
            key = crypto.derive_key(passphrase, bytes.fromhex(enc["salt"]), enc["n"], enc["r"], enc["p"])

        change_files = sorted((f for f in manifest.files if fmt.CHANGE_NAME.match(f.name)), key=lambda f: f.name)
        blob_files = [f for f in manifest.files if fmt.BLOB_NAME.match(f.name)]
        changes: list[fmt.Change] = []
        seen: set[tuple[str, str]] = set()
        total_bytes = 0
        cache = fmt.ValueCache()
        wrong_key_checked = False
        for i, item in enumerate(change_files):
            data = zipcheck.read(fh, entries[item.name], limits.MAX_CHANGE_FILE_BYTES + 64)
            if hashlib.sha256(data).hexdigest() != item.sha256:
                raise tampered("hash.change", "d_hash", name=item.name)
            if key is not None:
                plain = crypto.decrypt(key, item.name, data)
                if plain is None:
                    if not wrong_key_checked:
                        raise BundleRefused("encryption.wrong", msg("bundle_wrong_passphrase"))
                    raise tampered("hash.change", "d_hash", name=item.name)
                data = _inflate(plain, limits.MAX_CHANGE_FILE_BYTES)
            wrong_key_checked = True
            total_bytes += len(data)
            if total_bytes > limits.MAX_CHANGES_TOTAL_BYTES:
                raise too_large("limit.changes", "d_total_too_big")
            if not data.endswith(b"\n"):
                raise damaged("change.shape", "d_change_shape", where=item.name)
            lines = data[:-1].split(b"\n")
            if len(lines) > limits.MAX_LINES_PER_FILE:
                raise too_large("limit.lines", "d_total_too_big")
            for n, line in enumerate(lines, 1):
                ch = fmt.decode_change(line, f"{item.name}:{n}", manifest.devices, cache)
                k = (ch.type, ch.id)
                if k in seen:
                    raise damaged("change.duplicate", "d_change_duplicate", where=f"{item.name}:{n}")
                seen.add(k)
                changes.append(ch)
            if progress is not None:
                progress("verify", i + 1, len(change_files) + len(blob_files))
            if cancel is not None and cancel():
                raise Cancelled()
        self._check_counts(manifest, changes)
        blobs: dict[str, zipcheck.Entry] = {}
        for i, item in enumerate(blob_files):
            sha = item.name.split("/", 1)[1]
            data = zipcheck.read(fh, entries[item.name], limits.MAX_BLOB_BYTES)
            if hashlib.sha256(data).hexdigest() != item.sha256:
                raise tampered("hash.blob", "d_hash", name=item.name)
            plain = data if key is None else crypto.decrypt(key, item.name, data)
            if plain is None:
                if not wrong_key_checked:
                    raise BundleRefused("encryption.wrong", msg("bundle_wrong_passphrase"))
                raise tampered("hash.blob", "d_hash", name=item.name)
            wrong_key_checked = True
            if hashlib.sha256(plain).hexdigest() != sha:
                raise tampered("hash.blob", "d_hash", name=item.name)
            blobs[sha] = entries[item.name]
            if progress is not None:
                progress("verify", len(change_files) + i + 1, len(change_files) + len(blob_files))
        if preview or signer.trust == "local":  # our own bundle: know whether it brings anything new
            result = self._run(manifest, signer, changes, blobs, write=None, file_sha256=digest, source=source)
        else:
            result = ImportResult(manifest.bundle_id, signer, manifest.profile, {}, committed=False)
        return PreparedImport(source, copy, workdir, digest, manifest, signer, changes, blobs, key, result)

    @staticmethod
    def _check_counts(manifest: fmt.Manifest, changes: list[fmt.Change]) -> None:
        per_type: dict[str, int] = {}
        tombstones = 0
        for ch in changes:
            per_type[ch.type] = per_type.get(ch.type, 0) + 1
            tombstones += bool(ch.regs[fmt.DELETED][0])
        counts = manifest.counts
        if (per_type != counts["records"] or counts["lines"] != len(changes) or counts["tombstones"] != tombstones
                or counts["people"] != per_type.get("person", 0) or counts["blobs"] != sum(
                    1 for f in manifest.files if fmt.BLOB_NAME.match(f.name))):
            raise damaged("manifest.counts", "d_manifest", what="counts")

    def _signer(self, manifest: fmt.Manifest) -> Signer:
        fingerprint = crypto.fingerprint(manifest.public_key)
        with self.services.db.read() as conn:
            row = conn.execute(select(device).where(device.c.id == manifest.origin_id)).first()
        name = manifest.origin_name
        if row is None or row.public_key is None:
            return Signer(manifest.origin_id, name, manifest.public_key, fingerprint, "unknown")
        if row.public_key != manifest.public_key:
            raise BundleRefused("trust.key_changed", msg("bundle_key_changed", name=row.name or name,
                                                         fingerprint=fingerprint))
        if row.is_local:
            return Signer(manifest.origin_id, row.name, manifest.public_key, fingerprint, "local")
        return Signer(manifest.origin_id, row.name or name, manifest.public_key, fingerprint,
                      "trusted" if row.trusted else "untrusted")

    # -- step 2 --------------------------------------------------------------------------------

    def commit(self, prepared: PreparedImport, *, trust: bool = False, progress: Progress | None = None,
               cancel: Cancel | None = None) -> ImportResult:
        """Apply a prepared bundle. Refused (nothing changed) when its signer is not trusted and ``trust`` is False."""
        if prepared.closed:
            raise ValueError("this prepared import was closed")
        try:
            if prepared.needs_trust and not trust:
                raise prepared.refusal()
            backup = self.services.db.backup("import") if self.services.db.path is not None else None
            merge.crash_point("after_backup")
            written = self._write_blobs(prepared, cancel)
            try:
                merge.crash_point("after_blobs")
                with gc_paused():
                    result = self._run(prepared.manifest, prepared.signer, prepared.changes, prepared.blobs,
                                       write=(trust, progress, cancel), file_sha256=prepared.file_sha256,
                                       source=prepared.source, blobs_written=len(written))
            except BaseException:
                for p in written:
                    p.unlink(missing_ok=True)
                raise
            merge.crash_point("after_commit")
            result.backup = backup
            return result
        finally:
            prepared.close()

    def _write_blobs(self, prepared: PreparedImport, cancel: Cancel | None) -> list[Path]:
        """New attachment bytes into the store, each re-verified; several at once (each is fsynced)."""
        from concurrent.futures import ThreadPoolExecutor

        store = self.services.attachments.store
        written: list[Path] = []
        todo = [(sha, entry) for sha, entry in prepared.blobs.items() if not store.has(sha)]

        def put(data: bytes) -> Path:
            store.put(data)
            return store.path_for(hashlib.sha256(data).hexdigest())

        try:
            with open(prepared.copy, "rb") as fh, ThreadPoolExecutor(max_workers=4) as pool:
                futures = []
                for sha, entry in todo:
                    data = zipcheck.read(fh, entry, limits.MAX_BLOB_BYTES)
                    if prepared.key is not None:
                        plain = crypto.decrypt(prepared.key, entry.name, data)
                        if plain is None:
                            raise tampered("hash.blob", "d_hash", name=entry.name)
                        data = plain
                    if hashlib.sha256(data).hexdigest() != sha:  # the copy changed under us
                        raise tampered("hash.blob", "d_hash", name=entry.name)
                    written.append(store.path_for(sha))
                    futures.append(pool.submit(put, data))
                    if cancel is not None and cancel():
                        raise Cancelled()
                for future in futures:
                    future.result()
        except BaseException:
            for p in written:
                p.unlink(missing_ok=True)
            raise
        return written

    def _run(self, manifest: fmt.Manifest, signer: Signer, changes: list[fmt.Change],
             blobs: dict[str, zipcheck.Entry], *, write: tuple[bool, Progress | None, Cancel | None] | None,
             file_sha256: str, source: Path, blobs_written: int = 0) -> ImportResult:
        services = self.services
        limit = clock.pack(clock.wall_ms() + limits.FUTURE_TOLERANCE_MS)
        names = dict(manifest.devices)
        names[manifest.origin_id] = manifest.origin_name
        if write is None:
            with services.db.read() as conn:
                ctx = self._context(conn, None, manifest, names, limit)
                self._merge_all(ctx, manifest, changes)
                merge.flush(ctx)
            counts = dict(ctx.summary.counts)
            counts["blobs"] = sum(1 for sha in blobs if not services.attachments.store.has(sha))
            return ImportResult(manifest.bundle_id, signer, manifest.profile, counts, committed=False)

        trust, progress, cancel = write
        label = f"{signer.name or signer.device_id[:8]} · {manifest.bundle_id}"
        with services.transactions.begin(batch_kind="merge", batch_label=label) as tx:
            conn = tx.conn
            row = conn.execute(select(device).where(device.c.id == manifest.origin_id)).first()
            if row is not None and row.public_key not in (None, manifest.public_key):
                raise BundleRefused("trust.key_changed", msg("bundle_key_changed", name=row.name,
                                                             fingerprint=signer.fingerprint))
            if row is None or (not row.is_local and (row.public_key is None or not row.trusted)):
                if not trust:
                    raise untrusted_refusal(signer)
                idx = tx.device_index(manifest.origin_id, manifest.origin_name)
                conn.execute(update(device).where(device.c.idx == idx).values(
                    public_key=manifest.public_key, trusted=True, name=manifest.origin_name or device.c.name))
            elif not row.is_local and manifest.origin_name and row.name != manifest.origin_name:
                # The sender renamed itself (mitake device name): history and the device list follow.
                conn.execute(update(device).where(device.c.id == row.id).values(name=manifest.origin_name))
            ctx = self._context(conn, tx, manifest, names, limit)
            total_types = len({ch.type for ch in changes}) or 1
            done_types = 0

            def type_done(_name: str) -> None:
                nonlocal done_types
                done_types += 1
                merge.crash_point("mid_merge")
                if progress is not None:
                    progress("merge", done_types, total_types)
                if cancel is not None and cancel():
                    raise Cancelled()

            ctx.on_type_done = type_done
            self._merge_all(ctx, manifest, changes)
            ctx.on_type_done = None
            merge.flush(ctx)
            if ctx.rebuild_search:
                search_index.rebuild(conn)
            now = local_now_iso()
            # What we held before this import stays true (it also keeps the claims on devices known
            # only locally, such as demo data, once a bundle makes them "heard of"). The sender's vector
            # is joined only when we now hold everything the sender held: a complete bundle, nothing
            # held back, and sent from a base we had (see docs/bundle-format.md).
            adopted = dict(ctx.local_vector)
            if manifest.complete and ctx.held_from_bundle == 0 and leq(manifest.since, ctx.local_vector):
                adopted = join(adopted, manifest.vector)
            adopted.pop(services.device_id, None)
            set_adopted_vector(conn, adopted)
            self._remember_peers(conn, manifest, now, services.device_id)
            if ctx.max_hlc:
                tx.observe(ctx.max_hlc)
            counts = dict(ctx.summary.counts)
            counts["blobs"] = blobs_written
            if counts.get("added"):
                counts["look_alikes"] = len(look_alikes(conn, tx.batch_id))
            changed = any(counts.get(k) for k in ("added", "updated", "deleted", "revived"))
            if not changed:
                conn.execute(delete(batch).where(batch.c.id == tx.batch_id))
            batch_id = tx.batch_id if changed else None
            conn.execute(insert(sync_exchange).values(
                direction="import", bundle_id=manifest.bundle_id, at=now, actor=services.actor,
                peer_device=manifest.origin_id, peer_name=manifest.origin_name, profile=manifest.profile,
                communities=list(manifest.communities), complete=manifest.complete, encrypted=manifest.encrypted,
                file_name=source.name, file_sha256=file_sha256, counts=counts, subjects=None,
                since=manifest.since, vector=manifest.vector, batch_id=batch_id))
            problems = _check(conn)
            if problems:
                log.error("import %s failed its integrity check: %s", manifest.bundle_id, problems)
                raise MitakeError(msg("db_check_failed", detail="; ".join(problems[:5])))
            merge.crash_point("before_commit")
        return ImportResult(manifest.bundle_id, signer, manifest.profile, counts, committed=True, batch_id=batch_id)

    def _context(self, conn: Connection, tx: Any, manifest: fmt.Manifest, names: dict[str, str],
                 limit: int) -> merge.Context:
        return merge.Context(
            conn=conn, tx=tx, devices=Devices.load(conn), local_vector=current_vector(conn, self.services.device_id),
            device_names=names, now_limit=limit, bundle_id=manifest.bundle_id, actor=self.services.actor)

    @staticmethod
    def _merge_all(ctx: merge.Context, manifest: fmt.Manifest, changes: list[fmt.Change]) -> None:
        merge.merge(ctx, changes, manifest.vector)
        # Changes held by earlier imports whose parent or time has now come; repeat while any applies.
        # (A held change that arrived again in this bundle is applied once and not counted twice.)
        unchanged = ctx.summary.counts.get("unchanged", 0)
        while True:
            held = merge.held_changes(ctx.conn, ctx.now_limit)
            if not held:
                break
            applied_before = sum(ctx.summary.counts.get(k, 0) for k in ("added", "updated", "deleted", "unchanged"))
            groups: dict[str, list[tuple[int, fmt.Change, dict[str, int]]]] = {}
            for seq, bundle_id, ch, vector in held:
                groups.setdefault(bundle_id, []).append((seq, ch, vector))
            waiting = 0
            for bundle_id, items in groups.items():
                seq_of = {id(ch): seq for seq, ch, _v in items}
                waiting += len(merge.merge(ctx, [ch for _s, ch, _v in items], items[0][2], bundle_id=bundle_id,
                                           held_seq=seq_of))
            applied_after = sum(ctx.summary.counts.get(k, 0) for k in ("added", "updated", "deleted", "unchanged"))
            if applied_after == applied_before or not ctx.write or waiting == len(held):
                break
        ctx.summary.counts["unchanged"] = unchanged

    @staticmethod
    def _remember_peers(conn: Connection, manifest: fmt.Manifest, now: str, local_id: str) -> None:
        """The signer's vector is the base of our next incremental export to it; other devices are noted."""
        known = {r.device_id: r for r in conn.execute(select(sync_peer))}
        for dev in set(manifest.devices) | {manifest.origin_id}:
            if dev == local_id:
                continue
            row = known.get(dev)
            if dev == manifest.origin_id:
                old = {str(k): int(v) for k, v in (row.vector if row else {}).items()}
                vector = join(old, manifest.vector)
                if row is None:
                    conn.execute(insert(sync_peer).values(device_id=dev, vector=vector, last_import_at=now))
                else:
                    conn.execute(update(sync_peer).where(sync_peer.c.device_id == dev)
                                 .values(vector=vector, last_import_at=now))
            elif row is None:
                conn.execute(insert(sync_peer).values(device_id=dev, vector={}))


def _check(conn: Connection) -> list[str]:
    """Integrity and foreign keys, inside the import's transaction: a failure rolls everything back."""
    if conn.dialect.name != "sqlite":
        return []
    problems = [f"integrity: {r[0]}" for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()
                if r[0] != "ok"]
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    return problems


def _inflate(data: bytes, max_size: int) -> bytes:
    """Raw deflate with the same real-byte limits as :func:`zipcheck.read`."""
    import zlib

    inflater = zlib.decompressobj(-15)
    try:
        out = inflater.decompress(data, max_size + 1)
    except zlib.error:
        raise damaged("zip.deflate", "d_crc") from None
    if len(out) > max_size or inflater.unconsumed_tail:
        raise too_large("limit.entry", "d_entry_too_big")
    if len(out) > limits.RATIO_FLOOR and len(out) > len(data) * limits.MAX_RATIO:
        raise damaged("zip.ratio", "d_ratio")
    if not inflater.eof or inflater.unused_data:
        raise damaged("zip.deflate", "d_crc")
    return out


def look_alikes(conn: Connection, batch_id: str | None) -> list[tuple[str, str]]:
    """People this import added who look like someone already here: (added id, existing id).

    Two laptops can each enter the same person (a walk-in here, a participant list there); the bundle
    brings a second record with its own id, which sync rightly keeps. "Looks like" is what the
    participant import treats as a strong match: the same e-mail, or the same name and phone.
    """
    if batch_id is None:
        return []
    added = set(conn.execute(select(history.c.entity_id).where(
        history.c.batch_id == batch_id, history.c.entity_type == "person", history.c.action == "merge",
        history.c.field.is_(None))).scalars())
    if not added:
        return []
    t = ENTITY_TABLES["person"]
    by_email: dict[str, list[str]] = {}
    by_name_phone: dict[tuple[str, str], list[str]] = {}
    for rid, name, email, phone in conn.execute(select(t.c.id, t.c.name, t.c.email, t.c.phone)
                                                .where(t.c.deleted.is_(False))):
        if email_key(email):
            by_email.setdefault(email_key(email), []).append(rid)
        if name_key(name) and phone_key(phone):
            by_name_phone.setdefault((name_key(name), phone_key(phone)), []).append(rid)
    found: dict[str, str] = {}
    for group in [*by_email.values(), *by_name_phone.values()]:
        if len(group) < 2:
            continue
        others = [r for r in group if r not in added] or group
        for rid in group:
            if rid in added and rid not in found:
                other = next((o for o in others if o != rid), None)
                if other is not None:
                    found[rid] = other
    return sorted(found.items())
