"""Limits on what an import reads. Counted on the bytes really read, never trusted from headers.

Generous for real bundles (a national deployment is ~1M records and a few thousand photos, exported
per community) and small enough that a hostile file cannot exhaust memory or disk.
"""

from __future__ import annotations

MiB = 1024 * 1024

MAX_BUNDLE_BYTES = 2 * 1024 * MiB  # the file as a whole
MAX_ENTRIES = 60_000  # zip entries (no ZIP64: fewer than 65,535)
MAX_TOTAL_UNCOMPRESSED = 4 * 1024 * MiB - 1
MAX_MANIFEST_BYTES = 16 * MiB
MAX_CHANGE_FILE_BYTES = 64 * MiB
MAX_CHANGES_TOTAL_BYTES = 1024 * MiB
MAX_LINE_BYTES = 4 * MiB  # one record; a case study has five Markdown fields of up to 100,000 characters
MAX_LINES_PER_FILE = 100_000
MAX_BLOB_BYTES = 25 * MiB + 64  # attachments are at most 25 MiB (+ nonce and tag when encrypted)
SIGNATURE_BYTES = 64  # Ed25519
# A deflated entry may expand at most this much once it is past RATIO_FLOOR bytes: JSON Lines of real
# data compress 5–15×; a decompression bomb expands 1000× and more.
MAX_RATIO = 200
RATIO_FLOOR = 1 * MiB
MAX_JSON_DEPTH = 8  # the manifest; change lines are bounded by the schema (a record is at most 4 deep)
MAX_NAME_LEN = 120
# Clock values further than this ahead of this computer's clock are quarantined, not applied.
FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000
# Scrypt cost accepted from a bundle (a hostile bundle could ask for gigabytes of memory).
SCRYPT_N_RANGE = (2**14, 2**20)
SCRYPT_R = 8
SCRYPT_P_MAX = 4
