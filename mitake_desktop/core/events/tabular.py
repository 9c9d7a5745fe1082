"""Reading participant lists: CSV as Excel writes it in Japan, and ``.xlsx`` workbooks.

Encodings are decided by strict decoding, BOM first: a UTF-8 BOM (Excel's "CSV UTF-8"), a UTF-16
BOM (Excel's "Unicode text", tab-separated), then UTF-8, then CP932 (Excel's plain "CSV", Shift_JIS
with Microsoft's extensions such as ① and ㈱). A file that is none of these is refused with a
sentence that says how to save it. Quoted commas and line breaks inside cells follow the CSV rules
(RFC 4180, as Excel writes them); row numbers are the rows Excel shows (the header is row 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg

MAX_ROWS = 100_000
_GARBAGE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\uf8f0-\uf8f3]")
MAX_BYTES = 64 * 1024 * 1024
XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class SheetRow:
    number: int  # as Excel numbers rows: the header is row 1 (or where it was found)
    cells: tuple[str, ...]  # one per header (missing cells are empty)
    extra: tuple[str, ...] = ()  # non-empty cells beyond the last header (a ragged row), as written


@dataclass(frozen=True)
class Sheet:
    source: str  # file name, for messages and the batch label
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp932" or "xlsx"
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]  # data rows, empty rows left out
    empty_rows: int  # empty rows skipped (between or after the data)


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in (strict decoding, BOM first)."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp932"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Python's cp932 maps the bytes Windows leaves undefined (0x80, 0xA0, 0xFD–0xFF) to control
        # and private-use characters instead of failing: such text is not a participant list.
        if not _GARBAGE.search(text):
            return text, encoding
    raise MitakeError(msg("import_undecodable"))


def _delimiter(text: str) -> str:
    """Comma, or tab for Excel's "Unicode text" and other tab-separated lists (judged by the first line)."""
    first = text.split("\n", 1)[0]
    return "\t" if first.count("\t") > first.count(",") else ","


def _clean_header(text: str, index: int) -> str:
    cleaned = " ".join(text.split())
    return cleaned or msg("import_column_n", n=index + 1)


def _sheet(source: str, encoding: str, rows: list[tuple[int, list[str]]]) -> Sheet:
    header_at = next((i for i, (_n, cells) in enumerate(rows) if any(c.strip() for c in cells)), None)
    if header_at is None:
        raise MitakeError(msg("import_no_header", file=source))
    header_cells = rows[header_at][1]
    while header_cells and not header_cells[-1].strip():
        header_cells = header_cells[:-1]
    headers = tuple(_clean_header(h, i) for i, h in enumerate(header_cells))
    width = len(headers)
    data: list[SheetRow] = []
    empty_numbers: list[int] = []
    for number, cells in rows[header_at + 1:]:
        padded = (list(cells) + [""] * width)[:width]
        extra = tuple(c.strip() for c in cells[width:] if c.strip())
        if any(c.strip() for c in padded) or extra:
            data.append(SheetRow(number, tuple(padded), extra))
        else:
            empty_numbers.append(number)
    # Empty rows after the last data row are Excel's formatting, not the user's: count only those between.
    last = data[-1].number if data else 0
    empty = sum(1 for n in empty_numbers if n < last)
    return Sheet(source, encoding, headers, tuple(data), empty)


def parse_csv_text(text: str, *, source: str = "", encoding: str = "utf-8") -> Sheet:
    """Rows of a CSV text; a quote left open is refused, never read as one cell swallowing the rows after it.

    Strict mode makes the csv module fail where a lenient reader would silently merge rows: at the end
    of the file when a quote never closes, or where text follows a closing quote. The message names
    the line (as a text editor counts) on which the broken row starts, which is where the quote opened.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1  # the physical line the next row starts on
    try:
        for number, cells in enumerate(reader, start=1):
            if number > MAX_ROWS + 1:
                raise MitakeError(msg("import_too_many_rows", max=MAX_ROWS))
            rows.append((number, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        detail = str(exc)
        if "unexpected end of data" in detail:
            raise MitakeError(msg("import_unclosed_quote", line=start)) from None
        if "expected after" in detail:
            raise MitakeError(msg("import_text_after_quote", line=start)) from None
        raise MitakeError(msg("import_bad_csv", line=start, detail=detail)) from None
    return _sheet(source, encoding, rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat(timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: Path) -> Sheet:
    """The first worksheet of a workbook, read-only (streamed, so large lists use little memory)."""
    import zipfile

    from openpyxl import load_workbook  # imported here: only imports of .xlsx files need it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise MitakeError(msg("import_bad_xlsx", file=path.name, detail=str(exc)[:120])) from None
    try:
        sheet = workbook.worksheets[0]
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 1:
                raise MitakeError(msg("import_too_many_rows", max=MAX_ROWS))
            rows.append((number, [_cell_text(v) for v in values]))
    finally:
        workbook.close()
    return _sheet(path.name, "xlsx", rows)


def read_sheet(path: Path | str) -> Sheet:
    """A participant list from a ``.csv``, ``.tsv``/``.txt`` or ``.xlsx`` file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise MitakeError(msg("import_no_file", file=str(path))) from None
    if size > MAX_BYTES:
        raise MitakeError(msg("import_too_big", max_mb=MAX_BYTES // (1024 * 1024)))
    if path.suffix.lower() == ".xls":
        raise MitakeError(msg("import_old_xls"))
    with open(path, "rb") as fh:
        head = fh.read(4)
    if path.suffix.lower() in XLSX_SUFFIXES or head == b"PK\x03\x04":
        return read_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # the old binary .xls format, renamed
        raise MitakeError(msg("import_old_xls"))
    text, encoding = decode_csv(path.read_bytes())
    return parse_csv_text(text, source=path.name, encoding=encoding)
