"""The ``.mitake`` bundle format, version 1 (described for people in ``docs/bundle-format.md``).

A zip written only by Mitake::

    manifest.json          what the bundle is and holds (canonical JSON, signed)
    manifest.sig           Ed25519 signature of the exact bytes of manifest.json (64 bytes)
    changes/0001.jsonl     records, one canonical JSON object per line (deflated)
    blobs/<sha256>         attachment bytes, stored once under their SHA-256 (not compressed)

This module owns the names, the manifest's shape and the change lines: building them on export and
checking them, strictly, on import. Every check that fails raises :class:`BundleRefused`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mitake_desktop.core.errors import ValidationError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.ids import is_uuid
from mitake_desktop.core.schema import BY_TYPE, EntitySpec, FieldSpec, Kind
from mitake_desktop.core.services.validation import coerce_field, problem
from mitake_desktop.core.sync import limits, strictjson
from mitake_desktop.core.sync.errors import BundleRefused, damaged, invalid

FORMAT = "mitake-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGE_NAME = re.compile(r"^changes/(\d{4})\.jsonl$")
BLOB_NAME = re.compile(r"^blobs/([0-9a-f]{64})$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
ISO_MS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
MAX_HLC = 1 << 62
PROFILES = ("internal", "member", "redacted", "public")
DELETED = "deleted"
LINE_KEYS = frozenset({"clock", "clocks", "created_at", "id", "type", "values"})
LINE_REQUIRED = frozenset({"clock", "created_at", "id", "type", "values"})
MANIFEST_KEYS = frozenset({
    "app_version", "bundle_id", "communities", "complete", "counts", "created_at", "devices", "encryption",
    "files", "format", "format_version", "origin", "profile", "schema_revision", "since", "vector",
})
COUNT_KEYS = frozenset({"blobs", "lines", "people", "records", "tombstones"})
ENCRYPTION_KEYS = frozenset({"cipher", "kdf", "n", "p", "r", "salt"})

Clock = tuple[int, str]  # (hlc, device id); (0, "") means "never written here"
NEVER: Clock = (0, "")


def is_allowed_name(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE) or bool(CHANGE_NAME.match(name) or BLOB_NAME.match(name))


def change_name(n: int) -> str:
    return f"changes/{n:04d}.jsonl"


def blob_name(sha256: str) -> str:
    return f"blobs/{sha256}"


# -- the manifest ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileEntry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """The checked content of ``manifest.json``."""

    raw: Mapping[str, Any]
    bundle_id: str
    format_version: int
    app_version: str
    schema_revision: str
    created_at: str
    origin_id: str
    origin_name: str
    public_key: str
    profile: str
    communities: tuple[str, ...]
    complete: bool
    since: dict[str, int]
    vector: dict[str, int]
    devices: dict[str, str]
    counts: Mapping[str, Any]
    files: tuple[FileEntry, ...]
    encryption: Mapping[str, Any] | None

    @property
    def encrypted(self) -> bool:
        return self.encryption is not None


def _bad(what: str) -> BundleRefused:
    return damaged("manifest.invalid", "d_manifest", what=what)


def _vector(value: Any, what: str) -> dict[str, int]:
    if not isinstance(value, dict) or len(value) > limits.MAX_ENTRIES:
        raise _bad(what)
    for k, v in value.items():
        if not is_uuid(k) or type(v) is not int or not 0 <= v < MAX_HLC:
            raise _bad(what)
    return dict(value)


def _str(value: Any, what: str, max_len: int = 200) -> str:
    if not isinstance(value, str) or len(value) > max_len:
        raise _bad(what)
    return value


def parse_manifest(data: bytes, known_revision: Any) -> Manifest:
    """Check ``manifest.json``: format and version first (a newer bundle says "update"), then every key.

    ``known_revision(rev) -> bool`` tells whether this app knows a schema revision.
    """
    obj = strictjson.loads(data, MANIFEST, manifest=True, reason_prefix="manifest")
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise damaged("manifest.not_mitake", "d_not_mitake")
    version = obj.get("format_version")
    if type(version) is not int or version < 1:
        raise _bad("format_version")
    if version > FORMAT_VERSION:
        raise BundleRefused("format.newer", msg("bundle_newer", version=version))
    revision = obj.get("schema_revision")
    if not isinstance(revision, str) or len(revision) > 64:
        raise _bad("schema_revision")
    if not known_revision(revision):
        raise BundleRefused("schema.newer", msg("bundle_newer", version=f"{version}/{revision}"))
    if strictjson.depth(obj, limits.MAX_JSON_DEPTH) > limits.MAX_JSON_DEPTH:
        raise damaged("manifest.deep", "d_json_deep", where=MANIFEST)
    if set(obj) != MANIFEST_KEYS:
        raise _bad(", ".join(sorted(set(obj) ^ MANIFEST_KEYS))[:80])

    bundle_id = obj["bundle_id"]
    if not isinstance(bundle_id, str) or not is_uuid(bundle_id):
        raise _bad("bundle_id")
    created_at = _str(obj["created_at"], "created_at", 24)
    if not ISO_MS.match(created_at):
        raise _bad("created_at")
    origin = obj["origin"]
    if not isinstance(origin, dict) or set(origin) != {"device_id", "name", "public_key"}:
        raise _bad("origin")
    origin_id = origin["device_id"]
    if not isinstance(origin_id, str) or not is_uuid(origin_id):
        raise _bad("origin.device_id")
    public_key = origin["public_key"]
    if not isinstance(public_key, str) or not HEX_KEY.match(public_key):
        raise _bad("origin.public_key")
    profile = obj["profile"]
    if profile not in PROFILES:
        raise _bad("profile")
    communities = obj["communities"]
    if (not isinstance(communities, list) or len(communities) > 10_000
            or not all(isinstance(c, str) and is_uuid(c) for c in communities)):
        raise _bad("communities")
    complete = obj["complete"]
    if type(complete) is not bool or (complete and (profile != "internal" or communities)):
        raise _bad("complete")
    devices = obj["devices"]
    if not isinstance(devices, dict) or len(devices) > limits.MAX_ENTRIES or not all(
            is_uuid(k) and isinstance(v, str) and len(v) <= 200 for k, v in devices.items()):
        raise _bad("devices")
    counts = obj["counts"]
    if not isinstance(counts, dict) or set(counts) != COUNT_KEYS:
        raise _bad("counts")
    for key in COUNT_KEYS - {"records"}:
        if type(counts[key]) is not int or counts[key] < 0:
            raise _bad("counts")
    records = counts["records"]
    if not isinstance(records, dict) or not all(k in BY_TYPE and type(v) is int and v >= 0
                                                for k, v in records.items()):
        raise _bad("counts.records")
    files_raw = obj["files"]
    if not isinstance(files_raw, list) or len(files_raw) > limits.MAX_ENTRIES:
        raise _bad("files")
    files: list[FileEntry] = []
    seen: set[str] = set()
    for item in files_raw:
        if not isinstance(item, dict) or set(item) != {"name", "sha256", "size"}:
            raise _bad("files")
        name, sha, size = item["name"], item["sha256"], item["size"]
        if (not isinstance(name, str) or not (CHANGE_NAME.match(name) or BLOB_NAME.match(name)) or name in seen
                or not isinstance(sha, str) or not SHA256.match(sha) or type(size) is not int or size < 0):
            raise _bad("files")
        seen.add(name)
        files.append(FileEntry(name, size, sha))
    changes = sorted(int(m[1]) for f in files if (m := CHANGE_NAME.match(f.name)))
    if changes != list(range(1, len(changes) + 1)):
        raise _bad("files")
    encryption = obj["encryption"]
    if encryption is not None and (not isinstance(encryption, dict) or set(encryption) != ENCRYPTION_KEYS
            or encryption["cipher"] != "AES-256-GCM" or encryption["kdf"] != "scrypt"
            or not isinstance(encryption["salt"], str) or not re.fullmatch(r"[0-9a-f]{32}", encryption["salt"])
            or type(encryption["n"]) is not int
            or not limits.SCRYPT_N_RANGE[0] <= encryption["n"] <= limits.SCRYPT_N_RANGE[1]
            or encryption["n"] & (encryption["n"] - 1)
            or encryption["r"] != limits.SCRYPT_R
            or type(encryption["p"]) is not int or not 1 <= encryption["p"] <= limits.SCRYPT_P_MAX):
        raise _bad("encryption")
    return Manifest(
        raw=obj, bundle_id=bundle_id, format_version=version, app_version=_str(obj["app_version"], "app_version", 40),
        schema_revision=revision, created_at=created_at, origin_id=origin_id,
        origin_name=_str(origin["name"], "origin.name"), public_key=public_key, profile=profile,
        communities=tuple(communities), complete=complete, since=_vector(obj["since"], "since"),
        vector=_vector(obj["vector"], "vector"), devices=dict(devices), counts=counts, files=tuple(files),
        encryption=encryption,
    )


# -- change lines ------------------------------------------------------------------------------


@dataclass
class Change:
    """One record as a bundle carries it: per-field values with the clock of their last write."""

    type: str
    id: str
    created_at: str
    regs: dict[str, tuple[Any, int, str]]  # field (or "deleted") -> (value, hlc, device id)
    line: bytes = b""
    max_hlc: int = 0
    single: bool = False  # every register carries the same clock (one write made the whole record)
    bases: dict[str, tuple[int, str]] | None = None  # field -> clock of the value its last edit replaced


def encode_change(type_name: str, record_id: str, created_at: str, regs: Mapping[str, tuple[Any, int, str]],
                  bases: Mapping[str, tuple[int, str]] | None = None) -> bytes:
    """A canonical change line. The most common clock is written once as ``clock``; the rest per field,
    with the clock of the value it replaced when the write was an edit (``[hlc, device, base hlc, base device]``)."""
    bases = bases or {}
    tally: dict[Clock, int] = {}
    top: Clock = NEVER
    for name, (_v, h, d) in regs.items():
        if (h, d) > top:
            top = (h, d)
        if name not in bases:
            tally[(h, d)] = tally.get((h, d), 0) + 1
    star = max(tally, key=lambda c: (tally[c], c)) if tally else top
    obj: dict[str, Any] = {
        "clock": [star[0], star[1]],
        "created_at": created_at,
        "id": record_id,
        "type": type_name,
        "values": {name: v for name, (v, _h, _d) in regs.items()},
    }
    own: dict[str, list[Any]] = {}
    for name, (_v, h, d) in regs.items():
        base = bases.get(name)
        if base is not None:
            own[name] = [h, d, base[0], base[1]]
        elif (h, d) != star:
            own[name] = [h, d]
    if own:
        obj["clocks"] = own
    return strictjson.dumps_line(obj)


def _clock(value: Any, devices: Mapping[str, str]) -> tuple[int, str]:
    if (not isinstance(value, list) or len(value) != 2 or type(value[0]) is not int
            or not 0 < value[0] < MAX_HLC or not isinstance(value[1], str) or value[1] not in devices):
        raise damaged("change.clock", "d_change_clock")
    return value[0], value[1]


def _clock_with_base(value: Any, devices: Mapping[str, str]) -> tuple[tuple[int, str], tuple[int, str] | None]:
    """A field's own clock, ``[hlc, device]`` or ``[hlc, device, base hlc, base device]``."""
    if isinstance(value, list) and len(value) == 4:
        clock = _clock(value[:2], devices)
        base = _clock(value[2:], devices)
        if base >= clock:  # an edit replaces an older value, never a newer one
            raise damaged("change.clock", "d_change_clock")
        return clock, base
    return _clock(value, devices), None


_TEXTUAL = frozenset({Kind.TEXT, Kind.MARKDOWN, Kind.EMAIL, Kind.PHONE, Kind.URL, Kind.KANA, Kind.DATE,
                      Kind.DATETIME, Kind.CHOICE, Kind.REF})


def _bounded(value: Any, depth: int, budget: list[int]) -> bool:
    """JSON of at most ``depth`` levels and ``budget[0]`` values, strings at most 100,000 characters."""
    budget[0] -= 1
    if budget[0] < 0:
        return False
    if isinstance(value, dict):
        return depth > 0 and all(isinstance(k, str) and len(k) <= 200 and _bounded(v, depth - 1, budget)
                                 for k, v in value.items())
    if isinstance(value, list):
        return depth > 0 and all(_bounded(v, depth - 1, budget) for v in value)
    if isinstance(value, str):
        return len(value) <= 100_000
    return value is None or type(value) in (int, float, bool)


def _shape_ok(f: FieldSpec, value: Any) -> bool:
    """The JSON type a field's value must have before the field's own validation runs."""
    k = f.kind
    if k in _TEXTUAL:
        return isinstance(value, str)
    if k is Kind.INT:
        return type(value) is int
    if k is Kind.FLOAT:
        return type(value) is float
    if k is Kind.BOOL:
        return type(value) is bool
    if f.is_list:
        return isinstance(value, list) and len(value) <= 10_000 and all(isinstance(v, str) for v in value)
    if k is Kind.JSON:
        # Any shape (new ones come with new features): plain JSON, bounded; the field's own validation
        # then decides, and must return the value unchanged.
        return isinstance(value, (dict, list)) and _bounded(value, 6, [20_000])
    return False


class ValueCache:
    """Values already found valid during one import: reference keys, dates and numbers repeat across
    thousands of records, and validating each once is enough."""

    CACHED = frozenset({Kind.CHOICE, Kind.CHOICES, Kind.DATE, Kind.DATETIME})

    def __init__(self) -> None:
        self.ok: set[tuple[int, Any]] = set()


def _fast_ok(f: FieldSpec, value: Any) -> bool:
    """True when ``value`` is certainly what :func:`coerce_field` would store for ``f`` (a quick path for
    the common shapes; anything else goes through :func:`coerce_field` itself)."""
    k = f.kind
    t = type(value)
    if k is Kind.TEXT:
        # Printable (no line breaks or other separators), already trimmed, within the length.
        return (t is str and 0 < len(value) <= (f.max_len or 0) and value.isprintable()
                and value[0] != " " and value[-1] != " ")
    if k is Kind.MARKDOWN:
        return t is str and len(value) <= (f.max_len or 0) and "\r\n" not in value and not value.isspace() and value != ""
    if k is Kind.INT:
        return t is int and (f.min is None or value >= f.min) and (f.max is None or value <= f.max)
    if k is Kind.FLOAT:
        return (t is float and value == value and value not in (float("inf"), float("-inf"))
                and (f.min is None or value >= f.min) and (f.max is None or value <= f.max))
    if k is Kind.BOOL:
        return t is bool
    if k is Kind.REFS:
        return (t is list and len(set(value)) == len(value)
                and all(type(v) is str and 0 < len(v) <= 64 and v == v.strip() for v in value))
    if k is Kind.SHA256S:
        return t is list and len(set(value)) == len(value) and all(type(v) is str and SHA256.match(v) for v in value)
    return False


def check_value(entity: EntitySpec, f: FieldSpec, value: Any, cache: ValueCache | None = None) -> None:
    """Refuse a value that is not exactly what the field's validation would store."""
    if value is None:
        if f.required:
            raise ValidationError([problem(f, "required")])
        return
    kind = f.kind
    if kind is Kind.REF:
        # What coerce_field accepts for a reference, without its general path: a trimmed id.
        if type(value) is str and 0 < len(value) <= 64 and value == value.strip():
            return
        raise ValidationError([problem(f, "not_object")])
    if _fast_ok(f, value):
        if f.required and f.is_list and not value:
            raise ValidationError([problem(f, "required")])
        return
    key: tuple[int, Any] | None = None
    if cache is not None and kind in ValueCache.CACHED:
        key = (id(f), tuple(value) if type(value) is list else value)
        if key in cache.ok:
            return
    if not _shape_ok(f, value):
        raise ValidationError([problem(f, "not_object")])
    clean = coerce_field(f, value)  # raises ValidationError naming the field
    if clean != value or type(clean) is not type(value):
        raise ValidationError([problem(f, "not_object")])
    if f.required and f.is_list and not value:
        raise ValidationError([problem(f, "required")])
    if key is not None and cache is not None:
        cache.ok.add(key)  # CACHED kinds hold strings or lists of strings: always hashable as a tuple


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


_FIELDS: dict[str, dict[str, FieldSpec]] = {}


def _fields(entity: EntitySpec) -> dict[str, FieldSpec]:
    found = _FIELDS.get(entity.type)
    if found is None:
        found = _FIELDS[entity.type] = {f.name: f for f in entity.fields}
    return found


def decode_change(line: bytes, where: str, devices: Mapping[str, str], cache: ValueCache | None = None) -> Change:
    """A validated :class:`Change` from one line, or :class:`BundleRefused` saying what is wrong."""
    if len(line) > limits.MAX_LINE_BYTES:
        raise damaged("limit.line", "d_line_too_big", where=where)
    obj = strictjson.loads(line, where, reason_prefix="change")
    if not isinstance(obj, dict) or not LINE_REQUIRED <= set(obj) <= LINE_KEYS:
        raise damaged("change.shape", "d_change_shape", where=where)
    type_name = obj["type"]
    if not isinstance(type_name, str) or type_name not in BY_TYPE:
        raise invalid("change.unknown_type", msg("unknown_type", name=str(type_name)[:40], choices=", ".join(BY_TYPE)))
    entity = BY_TYPE[type_name]
    rid = obj["id"]
    if not isinstance(rid, str) or not (SHA256.match(rid) if entity.content_addressed else _UUID.match(rid)):
        raise damaged("change.id", "d_change_shape", where=where)
    created_at = obj["created_at"]
    if not isinstance(created_at, str) or not ISO_MS.match(created_at):
        raise damaged("change.created_at", "d_change_shape", where=where)
    star = _clock(obj["clock"], devices)
    values = obj["values"]
    if not isinstance(values, dict) or DELETED not in values or type(values[DELETED]) is not bool:
        raise damaged("change.values", "d_change_shape", where=where)
    own = obj.get("clocks", {})
    if not isinstance(own, dict) or ("clocks" in obj and not own) or not set(own) <= set(values):
        raise damaged("change.clocks", "d_change_shape", where=where)
    regs: dict[str, tuple[Any, int, str]] = {}
    bases: dict[str, tuple[int, str]] | None = None
    top = star[0]
    fields = _fields(entity)
    for name, value in values.items():
        if name != DELETED:
            f = fields.get(name)
            if f is None:
                raise invalid("change.unknown_field", msg("unknown_field", type=str(entity.label), name=name[:40],
                                                          choices=", ".join(entity.field_names)))
            try:
                check_value(entity, f, value, cache)
            except ValidationError as exc:
                raise invalid("change.value", f"{entity.label} {rid}: {exc.message}") from None
        if name in own:
            (h, d), base = _clock_with_base(own[name], devices)
            if base is not None:
                if bases is None:
                    bases = {}
                bases[name] = base
            if h > top:
                top = h
        else:
            h, d = star
        regs[name] = (value, h, d)
    if (own and encode_change(type_name, rid, created_at, regs, bases) != line):
        # Only the writer's canonical choice of the shared clock is accepted (one form per content).
        raise damaged("change.noncanonical", "d_change_shape", where=where)
    return Change(type_name, rid, created_at, regs, line, top, not own, bases)
