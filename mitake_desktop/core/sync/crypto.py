"""Signatures (Ed25519), fingerprints, and passphrase encryption (scrypt → AES-256-GCM).

Never ZipCrypto: each encrypted entry is ``nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes)`` under a
key derived from the passphrase with scrypt and a per-bundle salt; the entry's name is the
associated data, so entries cannot be swapped.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

NONCE_BYTES = 12
SCRYPT_N = 2**15  # about 32 MiB and a tenth of a second: slow for guessing, quick for people
SCRYPT_R = 8
SCRYPT_P = 1


def sign(private_hex: str, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex)).sign(data)


def verify(public_hex: str, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_hex: str) -> str:
    """What two people read to each other to confirm a device: 8 groups of 4 hex digits (128 bits)."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def new_salt() -> bytes:
    return os.urandom(16)


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt(key: bytes, name: str, data: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, data, name.encode("ascii"))


def decrypt(key: bytes, name: str, data: bytes) -> bytes | None:
    """The plaintext, or None when the key is wrong or the bytes were changed."""
    if len(data) < NONCE_BYTES + 16:
        return None
    try:
        return AESGCM(key).decrypt(data[:NONCE_BYTES], data[NONCE_BYTES:], name.encode("ascii"))
    except InvalidTag:
        return None
