"""This database's device identity: an id used in every clock and an Ed25519 key pair for bundles.

The identity belongs to the database file, not the computer: two databases on one laptop are two
devices, so their version vectors never collide. The private key stays in ``local_state`` and never
leaves the machine (bundles and dumps leave local state out).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from mitake_desktop.core.ids import new_id
from mitake_desktop.core.services.tx import get_state, set_state
from mitake_desktop.core.storage.database import Database, hostname, local_now_iso
from mitake_desktop.core.storage.tables import device


def ensure_local_device(db: Database) -> str:
    """The local device id, created with a fresh key pair on first use."""
    with db.read() as conn:
        existing = get_state(conn, "device_id")
    if existing is not None:
        return existing
    if db.read_only:  # a database never opened for writing has no device yet; reading needs none
        return ""
    with db.write() as conn:
        existing = get_state(conn, "device_id")  # another process may have won the race
        if existing is not None:
            return existing
        return _create(conn)


def _create(conn: Connection) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    device_id = new_id()
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()
    conn.execute(
        insert(device).values(
            id=device_id, name=default_device_name(public), public_key=public, trusted=True, is_local=True,
            first_seen=local_now_iso()
        )
    )
    set_state(conn, "device_id", device_id)
    set_state(conn, "private_key", private)
    return device_id


def default_device_name(public_key_hex: str) -> str:
    """The computer's name and the first group of the key's fingerprint (``vm-9E43``): two databases on
    computers with the same name (two copies of one office image, two test folders) read differently in
    history and sync. ``mitake device name`` changes it."""
    group = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:4].upper()  # = crypto.fingerprint()[:4]
    return f"{hostname()}-{group}"


MAX_DEVICE_NAME = 64


def device_names(conn: Connection) -> dict[str, str]:
    return {row.id: row.name for row in conn.execute(select(device.c.id, device.c.name))}


@dataclass(frozen=True)
class DeviceInfo:
    """A device this database knows of (itself, or one whose changes arrived in a bundle)."""

    idx: int
    id: str
    name: str
    trusted: bool
    is_local: bool
    first_seen: str


def list_devices(db: Database) -> list[DeviceInfo]:
    """Every known device, this one first."""
    with db.read() as conn:
        rows = conn.execute(select(device).order_by(device.c.is_local.desc(), device.c.idx)).all()
    return [DeviceInfo(r.idx, r.id, r.name, bool(r.trusted), bool(r.is_local), r.first_seen) for r in rows]
