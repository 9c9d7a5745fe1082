"""Helpers for sync tests: replicas, transfers, and bundles built byte by byte (for the hostile corpus)."""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import orjson

from mitake_desktop.core.services import Services
from mitake_desktop.core.services.tx import get_state
from mitake_desktop.core.sync import ExportOptions, ImportResult, crypto, zipcheck
from mitake_desktop.core.sync import bundle_format as fmt


def private_key(s: Services) -> str:
    with s.db.read() as conn:
        key = get_state(conn, "private_key")
    assert key is not None
    return key


def transfer(src: Services, dst: Services, path: Path, *, peer: bool = False, trust: bool = True,
             **options: Any) -> ImportResult:
    """Export from ``src`` (incremental for ``dst`` when ``peer``) and import into ``dst``."""
    src.sync.export(path, ExportOptions(peer=dst.device_id if peer else None, **options))
    return dst.sync.import_bundle(path, trust=trust)


def snapshot(root: Path, ignore: tuple[str, ...] = (".mitake",)) -> dict[str, str]:
    """Every file under ``root`` with its SHA-256: compared before and after to prove nothing changed."""
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.name.endswith(ignore):
            out[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest()
        elif p.is_dir():
            out[str(p.relative_to(root)) + "/"] = "dir"
    return out


# -- raw zip writing: every header field under the test's control ---------------------------------


@dataclass
class RawEntry:
    name: bytes
    data: bytes  # the content before compression
    method: int = 8
    flags: int = 0
    made_by: int = (3 << 8) | 20
    needed: int = 20
    external: int = 0o100644 << 16
    extra: bytes = b""
    crc: int | None = None  # None: the real CRC
    size: int | None = None  # None: the real uncompressed size
    local: dict[str, Any] = field(default_factory=dict)  # overrides for the local header only
    raw: bytes | None = None  # already-compressed bytes to store as the payload

    def payload(self) -> bytes:
        if self.raw is not None:
            return self.raw
        if self.method == 8:
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            return packer.compress(self.data) + packer.flush()
        return self.data


def raw_zip(entries: list[RawEntry], *, prefix: bytes = b"", suffix: bytes = b"", comment: bytes = b"",
            extra_cd: list[tuple[RawEntry, int]] | None = None) -> bytes:
    """A zip written by hand. ``extra_cd`` adds central-directory records pointing at chosen offsets."""
    out = bytearray(prefix)
    central = bytearray()
    records = []
    for e in entries:
        payload = e.payload()
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        size = len(e.data) if e.size is None else e.size
        offset = len(out)
        lh = {"needed": e.needed, "flags": e.flags, "method": e.method, "crc": crc, "csize": len(payload),
              "size": size, "name": e.name, "extra": e.extra} | e.local
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", lh["needed"], lh["flags"], lh["method"], 0, 0x21,
                           lh["crc"], lh["csize"], lh["size"], len(lh["name"]), len(lh["extra"]))
        out += lh["name"] + lh["extra"] + payload
        records.append((e, crc, len(payload), size, offset))
    for e, offset in extra_cd or []:
        payload = e.payload()
        records.append((e, zlib.crc32(e.data) if e.crc is None else e.crc, len(payload),
                        len(e.data) if e.size is None else e.size, offset))
    for e, crc, csize, size, offset in records:
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", e.made_by, e.needed, e.flags, e.method, 0, 0x21, crc,
                               csize, size, len(e.name), len(e.extra), 0, 0, 0, e.external, offset)
        central += e.name + e.extra
    cd_offset = len(out)
    out += central
    out += struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(records), len(records), len(central), cd_offset,
                       len(comment))
    return bytes(out + comment + suffix)


# -- a valid bundle taken apart, changed, and put back together ----------------------------------


@dataclass
class Parts:
    manifest: dict[str, Any]
    files: dict[str, bytes]  # name -> content, in order (change files and blobs)
    key: str  # the private key that signs

    @classmethod
    def load(cls, path: Path, key: str) -> Parts:
        with open(path, "rb") as fh:
            entries = zipcheck.scan(fh, path.stat().st_size)
            data = {name: zipcheck.read(fh, e, 1 << 30) for name, e in entries.items()}
        manifest = orjson.loads(data.pop(fmt.MANIFEST))
        data.pop(fmt.SIGNATURE)
        order = [f["name"] for f in manifest["files"]]
        return cls(manifest, {n: data[n] for n in order}, key)

    def copy(self) -> Parts:
        return replace(self, manifest=orjson.loads(orjson.dumps(self.manifest)), files=dict(self.files))

    def lines(self, name: str = "changes/0001.jsonl") -> list[bytes]:
        return self.files[name][:-1].split(b"\n")

    def set_lines(self, lines: list[bytes], name: str = "changes/0001.jsonl") -> None:
        self.files[name] = b"\n".join(lines) + b"\n"

    def records(self, name: str = "changes/0001.jsonl") -> list[dict[str, Any]]:
        return [orjson.loads(line) for line in self.lines(name)]

    def set_records(self, records: list[dict[str, Any]], name: str = "changes/0001.jsonl") -> None:
        self.set_lines([orjson.dumps(r, option=orjson.OPT_SORT_KEYS) for r in records], name)

    def fix_counts(self) -> None:
        per_type: dict[str, int] = {}
        tombstones = lines = 0
        for name in self.files:
            if name.startswith("changes/"):
                for r in self.records(name):
                    per_type[r["type"]] = per_type.get(r["type"], 0) + 1
                    tombstones += r["values"]["deleted"]
                    lines += 1
        self.manifest["counts"] = {"blobs": sum(n.startswith("blobs/") for n in self.files), "lines": lines,
                                   "people": per_type.get("person", 0), "records": per_type,
                                   "tombstones": tombstones}

    def manifest_bytes(self, fix_hashes: bool = True) -> bytes:
        if fix_hashes:
            self.manifest["files"] = [{"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                                      for n, d in self.files.items()]
        return orjson.dumps(self.manifest, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"

    def entries(self, *, fix_hashes: bool = True, manifest: bytes | None = None,
                signature: bytes | None = None) -> list[RawEntry]:
        body = manifest if manifest is not None else self.manifest_bytes(fix_hashes)
        sig = signature if signature is not None else crypto.sign(self.key, body)
        out = [RawEntry(n.encode(), d, method=8 if n.startswith("changes/") else 0) for n, d in self.files.items()]
        return out + [RawEntry(b"manifest.json", body, method=0), RawEntry(b"manifest.sig", sig, method=0)]

    def build(self, **kw: Any) -> bytes:
        return raw_zip(self.entries(**kw))


def new_key() -> tuple[str, str]:
    """(private hex, public hex) of a fresh Ed25519 key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

    k = Ed25519PrivateKey.generate()
    return (k.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex(),
            k.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex())


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def env_without(*names: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in names}
