"""Reading a bundle's manifest for display (``mitake bundle inspect``, the GUI's import preview)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mitake_desktop.core.i18n import msg
from mitake_desktop.core.storage import migrations
from mitake_desktop.core.sync import bundle_format as fmt
from mitake_desktop.core.sync import limits, zipcheck
from mitake_desktop.core.sync.errors import BundleRefused

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services


def read_manifest(services: Services, path: Path) -> tuple[dict[str, Any] | None, dict[str, str] | None, str | None]:
    """(manifest, signer, refusal): what can be shown of a bundle before importing it.

    Reads the file in place (nothing is written). ``refusal`` is the plain sentence when the container
    or the manifest cannot be trusted; full verification is :meth:`SyncService.prepare_import`.
    """
    try:
        with open(path, "rb") as fh:
            size = fh.seek(0, 2)
            entries = zipcheck.scan(fh, size)
            if fmt.MANIFEST not in entries:
                return None, None, msg("bundle_damaged", detail=msg("d_no_manifest"))
            data = zipcheck.read(fh, entries[fmt.MANIFEST], limits.MAX_MANIFEST_BYTES)
            manifest = fmt.parse_manifest(data, migrations.is_known)
    except OSError as exc:
        return None, None, msg("bundle_unreadable", path=path, detail=exc.strerror or type(exc).__name__)
    except BundleRefused as exc:
        return None, None, exc.message
    try:
        signer = services.sync.importer._signer(manifest)
        info = {"device_id": signer.device_id, "name": signer.name, "fingerprint": signer.fingerprint,
                "trust": signer.trust}
    except BundleRefused as exc:
        from mitake_desktop.core.sync.crypto import fingerprint

        info = {"device_id": manifest.origin_id, "name": manifest.origin_name,
                "fingerprint": fingerprint(manifest.public_key), "trust": "key_changed"}
        return dict(manifest.raw), info, exc.message
    return dict(manifest.raw), info, None
