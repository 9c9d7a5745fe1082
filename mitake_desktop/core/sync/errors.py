"""Why a bundle was refused: one plain sentence for people, a stable reason code for tests and logs."""

from __future__ import annotations

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg


class BundleRefused(MitakeError):
    """A bundle that will not be imported (or written). Nothing was changed when this is raised.

    ``reason`` is a stable code such as ``"zip.overlap"`` or ``"trust.unknown"``; ``message`` is the
    translated sentence saying why and what to do.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def damaged(reason: str, detail_key: str, **params: object) -> BundleRefused:
    """The bundle is broken or not Mitake's: ask the sender for a new export."""
    return BundleRefused(reason, msg("bundle_damaged", detail=msg(detail_key, **params)))


def tampered(reason: str, detail_key: str, **params: object) -> BundleRefused:
    """Signed content and what the file holds disagree: changed after export."""
    return BundleRefused(reason, msg("bundle_tampered", detail=msg(detail_key, **params)))


def too_large(reason: str, detail_key: str, **params: object) -> BundleRefused:
    return BundleRefused(reason, msg("bundle_too_large", detail=msg(detail_key, **params)))


def invalid(reason: str, detail: str) -> BundleRefused:
    """A record in the bundle fails the schema: the sender must fix it (``detail`` is translated already)."""
    return BundleRefused(reason, msg("bundle_invalid", detail=detail))
