"""A corpus of hostile or damaged bundles, built byte by byte: each is refused with a plain message,
and the database, the attachment store and the folder around them stay exactly as they were."""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest

from mitake_desktop.core.demo import demo_photo
from mitake_desktop.core.ids import new_id
from mitake_desktop.core.services import Services
from mitake_desktop.core.sync import BundleRefused, ExportOptions
from tests.sync.kit import Parts, RawEntry, new_key, private_key, raw_zip, snapshot, transfer


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """A source with a few records and a photo, its valid bundle, and a target that trusts the source."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MITAKE_HOME", str(tmp_path_factory.mktemp("home")))
        root = tmp_path_factory.mktemp("hostile")
        bundles = tmp_path_factory.mktemp("bundles")
        src = Services.open(str(root / "source.sqlite3"))
        org = src.records.create("organisation", {"name": "前橋商工会議所", "kind": "chamber", "prefecture": "10"})
        src.records.create("person", {"name": "山田 花子", "email": "hanako@example.jp", "organisation_id": org["id"]})
        photo = src.attachments.add(demo_photo(1), "photo.png")
        src.records.create("case_study", {"title": "クラウド会計で月20時間削減", "photo_ids": [photo["id"]]})
        valid = bundles / "valid.mitake"
        target = Services.open(str(root / "target.sqlite3"))
        transfer(src, target, valid)
        src.records.update("organisation", org["id"], {"city": "前橋市"})
        src.sync.export(valid, ExportOptions())
        encrypted = bundles / "encrypted.mitake"
        src.sync.export(encrypted, ExportOptions(passphrase="正しい合言葉"))
        yield {"root": root, "bundles": bundles, "src": src, "target": target, "valid": valid,
               "encrypted": encrypted, "parts": Parts.load(valid, private_key(src))}
        src.close()
        target.close()


Build = Callable[[Parts], bytes]


def _entries(p: Parts) -> list[RawEntry]:
    return p.entries()


def _with(mutate: Callable[[list[RawEntry]], None]) -> Build:
    def build(p: Parts) -> bytes:
        entries = p.entries()
        mutate(entries)
        return raw_zip(entries)
    return build


def _first(entries: list[RawEntry], prefix: bytes) -> RawEntry:
    return next(e for e in entries if e.name.startswith(prefix))


def _records(change: Callable[[list[dict[str, object]]], None], fix_counts: bool = True) -> Build:
    def build(p: Parts) -> bytes:
        recs = p.records()
        change(recs)
        p.set_records(recs)
        if fix_counts:
            p.fix_counts()
        return p.build()
    return build


def _lines(change: Callable[[list[bytes]], None]) -> Build:
    def build(p: Parts) -> bytes:
        lines = p.lines()
        change(lines)
        p.set_lines(lines)
        return p.build()
    return build


def _manifest(change: Callable[[dict[str, object]], None]) -> Build:
    def build(p: Parts) -> bytes:
        p.manifest_bytes()
        change(p.manifest)
        return p.build(fix_hashes=False)
    return build


def _of_type(recs: list[dict[str, object]], type_name: str) -> dict[str, object]:
    return next(r for r in recs if r["type"] == type_name)


def _values(recs: list[dict[str, object]], type_name: str) -> dict[str, object]:
    values = _of_type(recs, type_name)["values"]
    assert isinstance(values, dict)
    return values


def _overlap(p: Parts) -> bytes:
    # Entry A's stored bytes contain a complete second entry B; the directory lists both (Fifield's bomb).
    inner = RawEntry(b"blobs/" + b"0" * 64, b"hidden", method=0)
    inner_bytes = raw_zip([inner])[: 30 + len(inner.name) + len(inner.data)]
    outer = RawEntry(b"changes/0001.jsonl", inner_bytes, method=0)
    entries = [outer] + [e for e in p.entries() if e.name != b"changes/0001.jsonl"]
    return raw_zip(entries, extra_cd=[(inner, 30 + len(outer.name))])


def _bomb_declared(p: Parts) -> bytes:
    p.files["changes/0001.jsonl"] = b"0" * (20 * 1024 * 1024)
    return p.build()


def _bomb_lying(p: Parts) -> bytes:
    honest = b"x" * 1000
    p.files["changes/0001.jsonl"] = honest
    entries = p.entries()
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = packer.compress(b"\0" * (50 * 1024 * 1024)) + packer.flush()
    entry = _first(entries, b"changes/")
    entry.raw = bomb  # the headers say 1,000 bytes; the stream inflates to 50 MB
    return raw_zip(entries)


def _unknown_signer(p: Parts) -> bytes:
    priv, pub = new_key()
    p.key = priv
    p.manifest["origin"] = {"device_id": new_id(), "name": "知らない端末", "public_key": pub}
    return p.build()


def _changed_key(p: Parts) -> bytes:
    priv, pub = new_key()
    p.key = priv
    origin = dict(p.manifest["origin"])  # type: ignore[call-overload]
    origin["public_key"] = pub
    p.manifest["origin"] = origin
    return p.build()


def _tampered_content(p: Parts) -> bytes:
    p.manifest_bytes()
    data = p.files["changes/0001.jsonl"]
    p.files["changes/0001.jsonl"] = data.replace("前橋市".encode(), "高崎市".encode(), 1)
    assert p.files["changes/0001.jsonl"] != data
    return p.build(fix_hashes=False)


def _tampered_manifest(p: Parts) -> bytes:
    from mitake_desktop.core.sync import crypto

    original = p.manifest_bytes()
    p.manifest["app_version"] = "9.9.9"
    changed = p.manifest_bytes()
    return raw_zip(p.entries(manifest=changed, signature=crypto.sign(p.key, original)))


def _unlisted(p: Parts) -> bytes:
    entries = p.entries()
    data = demo_photo(3)
    import hashlib

    entries.insert(0, RawEntry(b"blobs/" + hashlib.sha256(data).hexdigest().encode(), data, method=0))
    return raw_zip(entries)


def _missing_file(p: Parts) -> bytes:
    entries = [e for e in p.entries() if not e.name.startswith(b"blobs/")]
    return raw_zip(entries)


def _blob_swapped(p: Parts) -> bytes:
    name = next(n for n in p.files if n.startswith("blobs/"))
    p.files[name] = demo_photo(4)  # listed under the first photo's hash
    return p.build()


def _duplicate_key(lines: list[bytes]) -> None:
    lines[0] = lines[0].replace(b'{"clock":', b'{"clock":[1,"x"],"clock":', 1)


def _deep(n: int) -> Callable[[list[dict[str, object]]], None]:
    def change(recs: list[dict[str, object]]) -> None:
        nested: object = "x"
        for _ in range(n):
            nested = [nested]
        _values(recs, "organisation")["city"] = nested
    return change


def _deep_line(lines: list[bytes]) -> None:
    lines[0] = lines[0].replace(b'"created_at":', b'"junk":' + b"[" * 3000 + b"]" * 3000 + b',"created_at":', 1)


def _deep_manifest(p: Parts) -> bytes:
    p.manifest_bytes()
    nested: object = 1
    for _ in range(40):
        nested = {"a": nested}
    p.manifest["zz"] = nested
    return p.build(fix_hashes=False)


def _base_after_clock(recs: list[dict[str, object]]) -> None:
    rec = _of_type(recs, "organisation")
    h, d = rec["clock"]  # type: ignore[misc]
    rec["clocks"] = {"name": [h, d, h + 1, d]}


def _newer_with_new_entries(p: Parts) -> bytes:
    """A newer Mitake may add entries of new names: the reader must say "update", not "damaged"."""
    p.manifest_bytes()
    p.manifest["format_version"] = 9
    return raw_zip([RawEntry(b"extras/notes.txt", b"x")] + p.entries(fix_hashes=False))


CASES: dict[str, tuple[Build, str]] = {
    # the zip container
    "not a zip": (lambda p: b"this is not a bundle", "zip.not_zip"),
    "empty file": (lambda p: b"", "zip.not_zip"),
    "truncated": (lambda p: p.build()[: len(p.build()) // 2], "zip.not_zip"),
    "truncated directory": (lambda p: (lambda b: b[:-60] + b[-22:])(p.build()), "zip."),
    "trailing data": (lambda p: p.build() + b"TRAILING", "zip.trailing"),
    "zip comment": (lambda p: raw_zip(p.entries(), comment=b"hi"), "zip.trailing"),
    "leading data": (lambda p: raw_zip(p.entries(), prefix=b"MZ\x90\x00 self-extractor"), "zip.gap"),
    "path traversal": (_with(lambda es: es.insert(0, RawEntry(b"../evil.txt", b"x", method=0))), "zip.bad_name"),
    "deep traversal": (_with(lambda es: es.insert(0, RawEntry(b"blobs/../../evil", b"x", method=0))),
                       "zip.bad_name"),
    "absolute name": (_with(lambda es: es.insert(0, RawEntry(b"/etc/passwd", b"x", method=0))), "zip.bad_name"),
    "backslash name": (_with(lambda es: es.insert(0, RawEntry(b"changes\\0001.jsonl", b"x", method=0))),
                       "zip.bad_name"),
    "drive letter": (_with(lambda es: es.insert(0, RawEntry(b"C:/Windows/evil", b"x", method=0))), "zip.bad_name"),
    "non-ascii name": (_with(lambda es: es.insert(0, RawEntry("ファイル".encode(), b"x", method=0, flags=0x800))),
                       "zip.bad_name"),
    "directory entry": (_with(lambda es: es.insert(0, RawEntry(b"changes/", b"", method=0))), "zip.bad_name"),
    "symlink entry": (_with(lambda es: setattr(_first(es, b"blobs/"), "external", 0o120777 << 16)),
                      "zip.special_file"),
    "dos directory bit": (_with(lambda es: setattr(_first(es, b"blobs/"), "external", 0x10)), "zip.special_file"),
    "duplicate entry": (_with(lambda es: es.insert(0, RawEntry(b"changes/0001.jsonl", b"{}\n"))), "zip.duplicate"),
    "duplicate by case": (_with(lambda es: es.insert(0, RawEntry(b"CHANGES/0001.jsonl", b"{}\n"))),
                          "zip.duplicate"),
    "overlapping entries": (_overlap, "zip.overlap"),
    "decompression bomb": (_bomb_declared, "zip.ratio"),
    "size-lying bomb": (_bomb_lying, "zip.size"),
    "zip encryption flag": (_with(lambda es: setattr(_first(es, b"changes/"), "flags", 1)), "zip.encrypted"),
    "bzip2 method": (_with(lambda es: setattr(_first(es, b"changes/"), "method", 12)), "zip.method"),
    "data descriptor": (_with(lambda es: setattr(_first(es, b"changes/"), "flags", 8)), "zip.flags"),
    "extra field": (_with(lambda es: setattr(_first(es, b"changes/"), "extra", b"\x01\x00\x00\x00")),
                    "zip.features"),
    "zip64 version": (_with(lambda es: setattr(_first(es, b"changes/"), "needed", 45)), "zip.features"),
    "local header disagrees": (_with(lambda es: _first(es, b"changes/").local.update(crc=0)),
                               "zip.header_mismatch"),
    "wrong crc": (_with(lambda es: setattr(_first(es, b"manifest.json"), "crc", 0)), "zip.crc"),
    # the manifest and the signature
    "missing manifest": (_with(lambda es: es.remove(_first(es, b"manifest.json"))), "manifest.missing"),
    "newer format": (_manifest(lambda m: m.update(format_version=2)), "format.newer"),
    "newer format with new entries": (_newer_with_new_entries, "format.newer"),
    "newer schema": (_manifest(lambda m: m.update(schema_revision="9999_from_the_future")), "schema.newer"),
    "not a mitake manifest": (_manifest(lambda m: m.update(format="other-app")), "manifest.not_mitake"),
    "manifest extra key": (_manifest(lambda m: m.update(extra=1)), "manifest.invalid"),
    "manifest too deep": (_deep_manifest, "manifest.deep"),
    "hostile scrypt cost": (_manifest(lambda m: m.update(encryption={
        "cipher": "AES-256-GCM", "kdf": "scrypt", "n": 2**30, "p": 1, "r": 8, "salt": "00" * 16})),
        "manifest.invalid"),
    "unknown entry name": (_with(lambda es: es.insert(0, RawEntry(b"extras/notes.txt", b"x"))), "zip.bad_name"),
    "unlisted entry": (_unlisted, "manifest.unlisted"),
    "listed file missing": (_missing_file, "manifest.missing_file"),
    "counts do not match": (_manifest(lambda m: m["counts"].update(lines=99)), "manifest.counts"),  # type: ignore
    "tampered content": (_tampered_content, "hash.change"),
    "tampered manifest": (_tampered_manifest, "signature.bad"),
    "random signature": (lambda p: raw_zip(p.entries(signature=os.urandom(64))), "signature.bad"),
    "short signature": (lambda p: raw_zip(p.entries(signature=b"short")), "signature.bad"),
    "missing signature": (_with(lambda es: es.remove(_first(es, b"manifest.sig"))), "signature.missing"),
    "blob under another hash": (_blob_swapped, "hash.blob"),
    "changed key": (_changed_key, "trust.key_changed"),
    # change lines
    "malformed json": (_lines(lambda ls: ls.__setitem__(0, b'{"type": ')), "change.json"),
    "duplicate json key": (_lines(_duplicate_key), "change.duplicate_key"),
    "nan": (_lines(lambda ls: ls.__setitem__(0, ls[0].replace(b'"clock":[', b'"clock":[NaN,', 1))), "change.json"),
    "non-canonical json": (_lines(lambda ls: ls.__setitem__(0, ls[0].replace(b'":', b'": ', 1))), "change.json"),
    "json nested 3000 deep": (_lines(_deep_line), "change.json"),
    "value nested 100 deep": (_records(_deep(100)), "change.value"),
    "unknown record type": (_records(lambda rs: _of_type(rs, "organisation").update(type="spaceship"), False),
                            "change.unknown_type"),
    "unknown field": (_records(lambda rs: _values(rs, "organisation").update(shoe_size=42)),
                      "change.unknown_field"),
    "invalid e-mail": (_records(lambda rs: _values(rs, "person").update(email="not-an-email")), "change.value"),
    "number in a text field": (_records(lambda rs: _values(rs, "organisation").update(name=123)), "change.value"),
    "unknown choice": (_records(lambda rs: _values(rs, "organisation").update(prefecture="99")), "change.value"),
    "required field empty": (_records(lambda rs: _values(rs, "organisation").update(name=None)), "change.value"),
    "untidy text": (_records(lambda rs: _values(rs, "organisation").update(name=" 前橋 ")), "change.value"),
    "bad attachment id": (_records(lambda rs: _of_type(rs, "attachment").update(id="../../etc/passwd")),
                          "change.id"),
    "bad created_at": (_records(lambda rs: _of_type(rs, "person").update(created_at="yesterday")),
                       "change.created_at"),
    "clock of an unlisted device": (_records(lambda rs: _of_type(rs, "person").update(clock=[1, new_id()])),
                                    "change.clock"),
    "zero clock": (_records(lambda rs: _of_type(rs, "person").update(clock=[0, _of_type(rs, "person")["clock"][1]])),  # type: ignore[index]
                   "change.clock"),
    "duplicate record": (_records(lambda rs: rs.append(dict(rs[0]))), "change.duplicate"),
    "edit replacing a newer value": (_records(_base_after_clock), "change.clock"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_bundle_is_refused_and_nothing_changes(case: str, world: dict[str, object]) -> None:
    build, reason = CASES[case]
    parts = world["parts"]
    assert isinstance(parts, Parts)
    path = Path(str(world["bundles"])) / f"{case.replace(' ', '-')}.mitake"
    path.write_bytes(build(parts.copy()))
    target = world["target"]
    assert isinstance(target, Services)
    root = Path(str(world["root"]))
    before, dump_before = snapshot(root, (".mitake", "-shm")), list(target.dump_lines())
    with pytest.raises(BundleRefused) as refused:
        target.sync.import_bundle(path, trust=False)
    assert refused.value.reason.startswith(reason), (refused.value.reason, refused.value.message)
    message = refused.value.message
    assert message and "\n" not in message and "Traceback" not in message
    assert snapshot(root, (".mitake", "-shm")) == before
    assert list(target.dump_lines()) == dump_before


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 20


def test_the_hand_built_valid_bundle_is_accepted(world: dict[str, object]) -> None:
    """The corpus's writer makes bundles the importer accepts, so each refusal is for the planted reason."""
    parts = world["parts"]
    assert isinstance(parts, Parts)
    path = Path(str(world["bundles"])) / "rebuilt.mitake"
    path.write_bytes(parts.copy().build())
    target = world["target"]
    assert isinstance(target, Services)
    result = target.sync.import_bundle(path, dry_run=True)
    assert result.get("updated") == 1  # the organisation's new city


@pytest.mark.parametrize(("passphrase", "reason"), [(None, "encryption.passphrase"), ("違う合言葉", "encryption.wrong")])
def test_encrypted_bundle_needs_the_right_passphrase(world: dict[str, object], passphrase: str | None,
                                                     reason: str) -> None:
    target = world["target"]
    assert isinstance(target, Services)
    root = Path(str(world["root"]))
    before = snapshot(root, (".mitake", "-shm"))
    with pytest.raises(BundleRefused) as refused:
        target.sync.import_bundle(Path(str(world["encrypted"])), passphrase=passphrase)
    assert refused.value.reason == reason
    assert snapshot(root, (".mitake", "-shm")) == before


def test_unknown_signer_is_refused_until_trusted(world: dict[str, object], tmp_path: Path) -> None:
    parts = world["parts"]
    assert isinstance(parts, Parts)
    path = tmp_path / "stranger.mitake"
    path.write_bytes(_unknown_signer(parts.copy()))
    fresh = Services.open(str(tmp_path / "fresh.sqlite3"))
    try:
        before = snapshot(tmp_path, (".mitake", "-shm"))
        with pytest.raises(BundleRefused) as refused:
            fresh.sync.import_bundle(path)
        assert refused.value.reason == "trust.unknown"
        fingerprint = orjson.loads(parts.manifest_bytes())  # the original signer is not the stranger
        assert fingerprint["origin"]["name"] not in refused.value.message
        assert "知らない端末" in refused.value.message
        assert snapshot(tmp_path, (".mitake", "-shm")) == before
        prepared = fresh.sync.prepare_import(path)
        assert prepared.needs_trust and len(prepared.signer.fingerprint) == 39
        result = fresh.sync.commit_import(prepared, trust=True)
        assert result.get("added") == 4
        assert any(d.name == "知らない端末" and d.trusted for d in fresh.sync.devices())
    finally:
        fresh.close()
