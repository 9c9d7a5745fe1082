from __future__ import annotations

import pytest

from mitake_desktop.core.demo import demo_photo
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.services import Services
from mitake_desktop.core.services.attachments import AttachmentStore, sha256_hex, sniff_media_type


def test_add_stores_once_by_hash(services: Services) -> None:
    png = demo_photo(1)
    a = services.attachments.add(png, "写真.png")
    b = services.attachments.add(png, "copy.png")
    assert a["id"] == b["id"] == sha256_hex(png)
    assert a["media_type"] == "image/png" and a["size"] == len(png) and a["original_name"] == "写真.png"
    assert services.records.count("attachment") == 1
    assert services.attachments.read(a["id"]) == png
    files = [p for p in services.db.attachments_dir.rglob("*") if p.is_file()]
    assert len(files) == 1


def test_kind_is_sniffed_from_bytes_not_names(services: Services) -> None:
    with pytest.raises(MitakeError) as exc:
        services.attachments.add(b"MZ\x90\x00 this is an exe", "photo.png")
    assert "添付できません" in exc.value.message
    assert sniff_media_type(b"%PDF-1.7\n") == "application/pdf"
    assert sniff_media_type(b"\xff\xd8\xff\xe0") == "image/jpeg"


def test_store_never_turns_a_name_into_a_path(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = AttachmentStore(tmp_path)
    for bad in ["../../etc/passwd", "a" * 64 + "/..", "A" * 64, "c:\\x"]:
        with pytest.raises(ValueError):
            store.path_for(bad)


def test_damaged_attachment_is_detected(services: Services) -> None:
    a = services.attachments.add(demo_photo(2))
    path = services.attachments.store.path_for(a["id"])
    path.write_bytes(b"\x89PNG\r\n\x1a\n tampered")
    with pytest.raises(MitakeError):
        services.attachments.read(a["id"])
