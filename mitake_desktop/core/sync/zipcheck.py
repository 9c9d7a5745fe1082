"""Reading a bundle's zip container without trusting it.

Python's ``zipfile`` (3.11.7) reads whatever the central directory says: it accepts duplicate names,
entries that overlap or share bytes, data before the first entry or after the directory, and sizes
that lie. So bundles are never read with it. This module parses the end record, the central
directory and every local header itself and accepts only the layout Mitake writes:

- the entries tile the file exactly: the first starts at byte 0, each starts where the one before
  ends, the central directory follows the last, the end record closes the file (no comment, no
  leading, trailing or hidden bytes, no overlaps);
- every local header repeats the central directory's method, flags, CRC, sizes and name;
- methods stored or deflated only, no encryption or data-descriptor flags, no extra fields, no ZIP64,
  regular files only (no symlink or directory mode bits);
- names are short, ASCII, relative, without ``..``, backslashes or duplicates (even by case);
- limits on entries and sizes, and while inflating, on the bytes really produced: a header that
  under-states a size or a decompression bomb is stopped at the limit, not after.

Names are only ever compared with an allow-list (:mod:`mitake_desktop.core.sync.bundle_format`);
nothing here turns a name into a path.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from mitake_desktop.core.sync import limits
from mitake_desktop.core.sync.errors import BundleRefused, damaged, too_large

EOCD = struct.Struct("<4s4H2LH")  # signature, disk, cd disk, entries here, entries total, cd size, cd offset, comment
CDH = struct.Struct("<4s6H3L5H2L")
LFH = struct.Struct("<4s5H3L2H")
EOCD_SIG = b"PK\x05\x06"
CDH_SIG = b"PK\x01\x02"
LFH_SIG = b"PK\x03\x04"
ZIP64_LOCATOR_SIG = b"PK\x06\x07"
STORED, DEFLATED = 0, 8
# Flag bits allowed: 1–2 (deflate speed hints) and 11 (UTF-8 names). Bit 0 and 6 mean encryption,
# bit 3 a data descriptor (sizes after the data, which we refuse to trust).
ALLOWED_FLAGS = 0x0002 | 0x0004 | 0x0800
ENCRYPTION_FLAGS = 0x0001 | 0x0040
S_IFMT, S_IFREG = 0o170000, 0o100000
DOS_DIRECTORY = 0x10
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Entry:
    name: str
    method: int
    crc: int
    compressed_size: int
    size: int
    header_offset: int
    data_offset: int

    @property
    def end(self) -> int:
        return self.data_offset + self.compressed_size


def _read_at(fh: BinaryIO, offset: int, n: int) -> bytes:
    fh.seek(offset)
    data = fh.read(n)
    if len(data) != n:
        raise damaged("zip.truncated", "d_truncated")
    return data


def _check_name(raw: bytes) -> str:
    try:
        name = raw.decode("ascii")
    except UnicodeDecodeError:
        raise damaged("zip.bad_name", "d_bad_name", name=raw.decode("utf-8", "replace")[:60]) from None
    if (len(name) > limits.MAX_NAME_LEN or not SAFE_NAME.match(name)
            or any(part in (".", "..") for part in name.split("/"))):
        raise damaged("zip.bad_name", "d_bad_name", name=name[:60])
    return name


def scan(fh: BinaryIO, file_size: int) -> dict[str, Entry]:
    """Every entry of the zip in ``fh`` by name, after checking the whole layout (see the module doc)."""
    if file_size > limits.MAX_BUNDLE_BYTES:
        raise too_large("limit.file", "d_file_too_big", max_mb=limits.MAX_BUNDLE_BYTES // limits.MiB)
    if file_size < EOCD.size:
        raise damaged("zip.not_zip", "d_not_zip")
    tail = _read_at(fh, file_size - EOCD.size, EOCD.size)
    if tail[:4] != EOCD_SIG:
        # Tell "a zip with something after it" from "not a zip at all".
        window = min(file_size, 65_535 + EOCD.size + 1024)
        found = _read_at(fh, file_size - window, window).rfind(EOCD_SIG)
        if found >= 0:
            raise damaged("zip.trailing", "d_extra_data")
        raise damaged("zip.not_zip", "d_not_zip")
    _sig, disk, cd_disk, n_here, n_total, cd_size, cd_offset, comment_len = EOCD.unpack(tail)
    eocd_pos = file_size - EOCD.size
    if comment_len != 0:
        raise damaged("zip.trailing", "d_extra_data")
    if disk != 0 or cd_disk != 0 or n_here != n_total:
        raise damaged("zip.multidisk", "d_not_zip")
    if n_total == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF or (
            eocd_pos >= 20 and _read_at(fh, eocd_pos - 20, 4) == ZIP64_LOCATOR_SIG):
        raise too_large("zip.zip64", "d_zip64")
    if n_total > limits.MAX_ENTRIES:
        raise too_large("limit.entries", "d_too_many_entries", max=limits.MAX_ENTRIES)
    if cd_offset + cd_size != eocd_pos:
        if cd_offset + cd_size > eocd_pos:
            raise damaged("zip.truncated", "d_truncated")
        raise damaged("zip.trailing", "d_extra_data")
    if cd_size > n_total * (CDH.size + limits.MAX_NAME_LEN):
        raise damaged("zip.header_mismatch", "d_header_mismatch")

    cd = _read_at(fh, cd_offset, cd_size)
    entries: dict[str, Entry] = {}
    folded: set[str] = set()
    pos = 0
    total = 0
    for _ in range(n_total):
        if pos + CDH.size > len(cd):
            raise damaged("zip.header_mismatch", "d_header_mismatch")
        (sig, made_by, needed, flags, method, _time, _date, crc, csize, usize, name_len, extra_len,
         comment_len, disk_start, _internal, external, offset) = CDH.unpack_from(cd, pos)
        if sig != CDH_SIG:
            raise damaged("zip.header_mismatch", "d_header_mismatch")
        raw_name = cd[pos + CDH.size : pos + CDH.size + name_len]
        pos += CDH.size + name_len + extra_len + comment_len
        if pos > len(cd):
            raise damaged("zip.header_mismatch", "d_header_mismatch")
        if flags & ENCRYPTION_FLAGS or method == 99:  # 99: WinZip AES
            raise damaged("zip.encrypted", "d_zip_encrypted")
        if method not in (STORED, DEFLATED):
            raise damaged("zip.method", "d_method")
        if flags & ~ALLOWED_FLAGS:
            raise damaged("zip.flags", "d_header_mismatch")
        if needed > 20 or extra_len or comment_len or disk_start:
            raise damaged("zip.features", "d_header_mismatch")
        host = made_by >> 8
        mode = external >> 16
        if (host == 3 and (mode & S_IFMT) not in (0, S_IFREG)) or external & DOS_DIRECTORY:
            raise damaged("zip.special_file", "d_special_file")
        name = _check_name(raw_name)
        key = name.casefold()
        if name in entries or key in folded:
            raise damaged("zip.duplicate", "d_duplicate")
        folded.add(key)
        if method == STORED and csize != usize:
            raise damaged("zip.header_mismatch", "d_header_mismatch")
        if usize > limits.MAX_CHANGE_FILE_BYTES and usize > limits.MAX_BLOB_BYTES:
            raise too_large("limit.entry", "d_entry_too_big")
        if method == DEFLATED and usize > limits.RATIO_FLOOR and usize > csize * limits.MAX_RATIO:
            raise damaged("zip.ratio", "d_ratio")
        total += usize
        if total > limits.MAX_TOTAL_UNCOMPRESSED:
            raise too_large("limit.total", "d_total_too_big")

        # The local header must say exactly what the central directory says.
        if offset + LFH.size > cd_offset:
            raise damaged("zip.overlap", "d_overlap")
        (lsig, lneeded, lflags, lmethod, _lt, _ld, lcrc, lcsize, lusize, lname_len,
         lextra_len) = LFH.unpack(_read_at(fh, offset, LFH.size))
        if lsig != LFH_SIG:
            raise damaged("zip.overlap", "d_overlap")
        if ((lneeded, lflags, lmethod, lcrc, lcsize, lusize) != (needed, flags, method, crc, csize, usize)
                or lextra_len or lname_len != name_len
                or _read_at(fh, offset + LFH.size, lname_len) != raw_name):
            raise damaged("zip.header_mismatch", "d_header_mismatch")
        entries[name] = Entry(name, method, crc, csize, usize, offset, offset + LFH.size + name_len)
    if pos != len(cd):
        raise damaged("zip.header_mismatch", "d_header_mismatch")

    # The entries must tile [0, cd_offset) exactly: nothing before, between, overlapping or hidden.
    expected = 0
    for entry in sorted(entries.values(), key=lambda e: e.header_offset):
        if entry.header_offset < expected:
            raise damaged("zip.overlap", "d_overlap")
        if entry.header_offset > expected:
            raise damaged("zip.gap", "d_extra_data")
        expected = entry.end
    if expected != cd_offset:
        raise damaged("zip.overlap" if expected > cd_offset else "zip.gap",
                      "d_overlap" if expected > cd_offset else "d_extra_data")
    return entries


def read(fh: BinaryIO, entry: Entry, max_size: int) -> bytes:
    """The entry's bytes, inflating with limits counted on real output and checking size and CRC."""
    if entry.size > max_size:
        raise too_large("limit.entry", "d_entry_too_big")
    fh.seek(entry.data_offset)
    remaining = entry.compressed_size
    if entry.method == STORED:
        data = fh.read(remaining)
        if len(data) != remaining:
            raise damaged("zip.truncated", "d_truncated")
    else:
        inflater = zlib.decompressobj(-15)
        parts: list[bytes] = []
        produced = consumed = 0
        try:
            while remaining > 0 or inflater.unconsumed_tail:
                if inflater.unconsumed_tail:
                    chunk = inflater.unconsumed_tail
                else:
                    chunk = fh.read(min(CHUNK, remaining))
                    if not chunk:
                        raise damaged("zip.truncated", "d_truncated")
                    remaining -= len(chunk)
                    consumed += len(chunk)
                # Never inflate more than one byte past what the header promised.
                out = inflater.decompress(chunk, entry.size - produced + 1)
                produced += len(out)
                _check_output(produced, consumed, entry)
                parts.append(out)
                if inflater.eof:
                    break
            if not inflater.eof:
                out = inflater.flush()
                produced += len(out)
                _check_output(produced, consumed, entry)
                parts.append(out)
        except zlib.error:
            raise damaged("zip.deflate", "d_crc") from None
        if not inflater.eof or inflater.unused_data or remaining:
            raise damaged("zip.deflate", "d_crc")
        data = b"".join(parts)
    if len(data) != entry.size:
        raise damaged("zip.size", "d_crc")
    if zlib.crc32(data) != entry.crc:
        raise damaged("zip.crc", "d_crc")
    return data


def _check_output(produced: int, consumed: int, entry: Entry) -> None:
    if produced > entry.size:
        raise damaged("zip.size", "d_header_mismatch")
    if produced > limits.RATIO_FLOOR and produced > max(consumed, 1) * limits.MAX_RATIO:
        raise damaged("zip.ratio", "d_ratio")


__all__ = ["BundleRefused", "Entry", "read", "scan"]
