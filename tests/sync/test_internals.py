"""Small pieces of sync checked on their own: the migration matches the metadata, timestamps, the zip
reader against Python's writer, strict JSON, fingerprints."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from mitake_desktop.core import clock
from mitake_desktop.core.services import Services
from mitake_desktop.core.storage.tables import metadata
from mitake_desktop.core.sync import BundleRefused, crypto, strictjson, zipcheck
from mitake_desktop.core.sync.merge import iso


def test_the_sync_migration_matches_the_table_metadata(services: Services) -> None:
    with services.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    sync_diff = [d for d in diff if "sync_" in repr(d)]
    assert sync_diff == []


def test_fast_timestamps_equal_the_clock_module() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        h = clock.pack(rng.randrange(0, 4_102_444_800_000), rng.randrange(0, 65536))
        assert iso(h) == clock.to_iso(h)


def test_the_reader_accepts_what_python_writes_the_mitake_way() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, method in (("changes/0001.jsonl", zipfile.ZIP_DEFLATED), ("blobs/" + "a" * 64, zipfile.ZIP_STORED)):
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            info.compress_type = method
            zf.writestr(info, b"hello\n" * 1000)
    entries = zipcheck.scan(buf, len(buf.getvalue()))
    assert zipcheck.read(buf, entries["changes/0001.jsonl"], 10**6) == b"hello\n" * 1000


def test_python_zipfile_defaults_would_be_refused_only_for_reasons_we_choose() -> None:
    """A zip made with plain ``writestr(name, …)`` has no mode bits: still a regular file, accepted."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("manifest.json", b"{}")
    assert set(zipcheck.scan(buf, len(buf.getvalue()))) == {"manifest.json"}


@pytest.mark.parametrize("text", [b'{"a":1,"a":2}', b'{"a": 1}', b'{"a":NaN}', b'{"a":1e5}', b"[" * 5000])
def test_strict_json_refuses_anything_but_the_canonical_form(text: bytes) -> None:
    with pytest.raises(BundleRefused):
        strictjson.loads(text, "x")


def test_strict_json_round_trips_canonical_text() -> None:
    obj = {"b": [1, 2.5, "日本"], "a": None}
    assert strictjson.loads(strictjson.dumps_line(obj), "x") == obj
    assert strictjson.loads(strictjson.dumps_manifest(obj), "x", manifest=True) == obj


def test_fingerprints_and_signatures(tmp_path: Path) -> None:
    from tests.sync.kit import new_key

    priv, pub = new_key()
    sig = crypto.sign(priv, b"manifest")
    assert crypto.verify(pub, b"manifest", sig) and not crypto.verify(pub, b"manifest!", sig)
    fp = crypto.fingerprint(pub)
    assert len(fp.split()) == 8 and fp == fp.upper()
    key = crypto.derive_key("合言葉", b"0" * 16, n=2**14)
    box = crypto.encrypt(key, "changes/0001.jsonl", b"data")
    assert crypto.decrypt(key, "changes/0001.jsonl", box) == b"data"
    assert crypto.decrypt(key, "changes/0002.jsonl", box) is None  # bound to its name


def test_json_fields_of_any_shape_are_checked_by_their_own_validation() -> None:
    """New JSON shapes arrive with new features: the bundle check bounds them and defers to validation."""
    from mitake_desktop.core.errors import ValidationError
    from mitake_desktop.core.schema import spec
    from mitake_desktop.core.sync.bundle_format import check_value

    entity = spec("award_program")
    f = entity.field("required_sections")
    good = [{"key": "summary", "min_chars": 0, "required": True, "source": None, "title_en": "Summary",
             "title_ja": "概要"}]
    check_value(entity, f, good)
    nested: object = "x"
    for _ in range(10):
        nested = [nested]
    for bad in ([{"key": "summary", "title_ja": {"nested": "object"}}], nested, [{"key": 1}]):
        with pytest.raises(ValidationError):
            check_value(entity, f, bad)
