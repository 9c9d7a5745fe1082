"""Correct the text layer of the PDFs Qt writes, so copying, searching and machine-reading give the real text.

Qt builds each font's ToUnicode CMap by asking which code point maps to a glyph and keeps the lowest.
Fonts map several code points to one glyph, so text copies as other characters than it shows: with
Noto Sans CJK JP, 日 as the Kangxi radical ⽇ (U+2F47), 長 as ⻑ (U+2ED1), 戸 as ⼾, the katakana middle
dot ・ as ‧ (U+2027), ～ as 〜, the space as a tab (which splits a title into cells when pasted into
Excel); ligature glyphs copy as ﬁ (U+FB01). After Qt has written the PDF, :func:`fix_text_layer`
rewrites those destinations.

The right character is the one the document has that the font draws with the same glyph
(:class:`DocumentText`): the document knows it typed 戸, not ⼾ or its NFKC form 戶. Where the document
has no such character, radicals fall back to their NFKC form when that is a CJK unified ideograph.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, IndirectObject, PdfObject, StreamObject
from PySide6.QtGui import QFont, QRawFont

RADICAL_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))  # CJK Radicals Supplement, Kangxi Radicals
LATIN_LIGATURES = (0xFB00, 0xFB06)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
SPACE_CONTROLS = "\t\n\v\f\r"  # no glyph of their own: drawn (and reverse-mapped) as the space


def is_radical(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in RADICAL_BLOCKS)


def fallback_char(ch: str) -> str:
    """What a destination reads as when the document has no character drawn with its glyph."""
    if is_radical(ch):
        folded = unicodedata.normalize("NFKC", ch)
        is_ideograph = len(folded) == 1 and unicodedata.name(folded, "").startswith("CJK UNIFIED IDEOGRAPH")
        return folded if is_ideograph else ch
    if LATIN_LIGATURES[0] <= ord(ch) <= LATIN_LIGATURES[1]:
        return unicodedata.normalize("NFKC", ch)  # "fi", not the ligature, is what was typed
    if ch in SPACE_CONTROLS:
        return " "
    return ch


class DocumentText:
    """Maps a ToUnicode destination to the character of the document drawn with the same glyph.

    ``font`` is the document's font; its regular and bold faces are asked (headings and <b> use the
    bold one). A destination the document itself has stays as it is.
    """

    def __init__(self, font: QFont, text: str) -> None:
        self._chars = set(text)
        # The BMP only: Qt reverse-maps nothing beyond it, and a surrogate pair gives one glyph for two units.
        chars = "".join(sorted(ch for ch in self._chars if ord(ch) <= 0xFFFF and not ch.isspace()))
        self._faces: list[tuple[QRawFont, dict[int, str]]] = []
        for bold in (False, True):
            face = QFont(font)
            face.setBold(bold)
            raw = QRawFont.fromFont(face)
            if not raw.isValid():
                continue
            by_glyph: dict[int, str] = {}
            # One call for the whole text; the lowest code point wins a shared glyph, as in Qt.
            for ch, glyph in zip(chars, raw.glyphIndexesForString(chars), strict=True):
                if glyph:  # 0 is .notdef
                    by_glyph.setdefault(glyph, ch)
            self._faces.append((raw, by_glyph))

    def __call__(self, ch: str) -> str:
        if ch in self._chars and ch not in SPACE_CONTROLS:  # Qt draws no control character (a tab is a space)
            return ch
        for raw, by_glyph in self._faces:
            glyphs = raw.glyphIndexesForString(ch)
            if len(glyphs) == 1 and glyphs[0] in by_glyph:
                return by_glyph[glyphs[0]]
        return fallback_char(ch)


# -- the ToUnicode CMap -----------------------------------------------------------------------------
# Only the bfchar and bfrange sections carry destinations; everything else is kept byte for byte.
_SECTION = re.compile(rb"(begin(bfchar|bfrange))(.*?)(end\2)", re.S)
_TOKEN = re.compile(rb"<([0-9A-Fa-f\s]*)>|(\[)|(\])|(\S+)")


def _hex(token: bytes) -> bytes:
    return re.sub(rb"\s+", b"", token)


def _decode(dst: bytes) -> str | None:
    """A destination's text (UTF-16BE), or None when it is not text we may touch."""
    if len(dst) % 4:
        return None
    try:
        return bytes.fromhex(dst.decode("ascii")).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return None


def _encode(text: str) -> bytes:
    return b"<" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _fixed(dst: bytes, fix: Callable[[str], str]) -> str | None:
    """The corrected text of destination ``dst``, or None when it stays as it is."""
    text = _decode(dst)
    if text is None:
        return None
    new = "".join(fix(ch) for ch in text)
    return new if new != text else None


def _tokens(body: bytes) -> Iterator[tuple[str, bytes]]:
    for m in _TOKEN.finditer(body):
        if m.group(1) is not None:
            yield "hex", _hex(m.group(1))
        elif m.group(2):
            yield "[", b""
        elif m.group(3):
            yield "]", b""
        else:
            raise ValueError(f"unexpected token in a CMap section: {m.group(4)!r}")


def _bfchar(body: bytes, fix: Callable[[str], str]) -> bytes | None:
    tokens = list(_tokens(body))
    if len(tokens) % 2 or any(kind != "hex" for kind, _ in tokens):
        raise ValueError("a bfchar section that is not pairs of hex strings")
    changed, lines = False, []
    for (_, src), (_, dst) in zip(tokens[::2], tokens[1::2], strict=True):
        new = _fixed(dst, fix)
        changed |= new is not None
        lines.append(b"<" + src + b"> " + (_encode(new) if new is not None else b"<" + dst + b">"))
    return b"\n" + b"\n".join(lines) + b"\n" if changed else None


def _bfrange(body: bytes, fix: Callable[[str], str]) -> bytes | None:
    tokens = list(_tokens(body))
    changed, lines, i = False, [], 0
    while i < len(tokens):
        (k1, lo), (k2, hi) = tokens[i], tokens[i + 1]
        if k1 != "hex" or k2 != "hex":
            raise ValueError("a bfrange entry that does not start with two hex strings")
        count = int(hi, 16) - int(lo, 16) + 1
        head = b"<" + lo + b"> <" + hi + b"> "
        if tokens[i + 2][0] == "[":
            end = next(j for j in range(i + 3, len(tokens)) if tokens[j][0] == "]")
            dsts = [value for _, value in tokens[i + 3:end]]
            i = end + 1
        else:
            first = tokens[i + 2][1]
            i += 3
            # A linear range: destinations count up from the first (its last byte, per the CMap spec).
            width, start = len(first), int(first, 16)
            dsts = [f"{start + n:0{width}X}".encode("ascii") for n in range(count)]
            if not any(_fixed(d, fix) is not None for d in dsts):
                lines.append(head + b"<" + first + b">")
                continue
        news = [_fixed(d, fix) for d in dsts]
        changed |= any(n is not None for n in news)
        # Written as an array: a linear range that needs a correction is no longer linear.
        lines.append(head + b"[" + b" ".join(_encode(n) if n is not None else b"<" + d + b">"
                                             for d, n in zip(dsts, news, strict=True)) + b"]")
    return b"\n" + b"\n".join(lines) + b"\n" if changed else None


def rewrite_to_unicode(cmap: bytes, fix: Callable[[str], str]) -> bytes | None:
    """``cmap`` with every destination passed through ``fix`` per character; None when nothing changes."""
    changed = False

    def section(m: re.Match[bytes]) -> bytes:
        nonlocal changed
        body = (_bfchar if m.group(2) == b"bfchar" else _bfrange)(m.group(3), fix)
        if body is None:
            return m.group(0)
        changed = True
        return m.group(1) + body + m.group(4)

    out = _SECTION.sub(section, cmap)
    return out if changed else None


# -- the PDF ----------------------------------------------------------------------------------------
def _fonts(resources: PdfObject | None, seen: set[int]) -> Iterator[DictionaryObject]:
    """Every font dictionary in ``resources``, including those of form XObjects (each once)."""
    res = resources.get_object() if resources is not None else None
    if not isinstance(res, DictionaryObject) or id(res) in seen:
        return
    seen.add(id(res))
    fonts = res.get("/Font")
    for font in (fonts.get_object().values() if fonts is not None else ()):
        yield font.get_object()
    xobjects = res.get("/XObject")
    for xobject in (xobjects.get_object().values() if xobjects is not None else ()):
        x = xobject.get_object()
        if isinstance(x, StreamObject) and x.get("/Subtype") == "/Form":
            yield from _fonts(x.get("/Resources"), seen)


def fix_text_layer(pdf: bytes, fix: Callable[[str], str]) -> bytes:
    """``pdf`` with each font's ToUnicode destinations corrected by ``fix``; ``pdf`` itself when none needs it."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    done: set[int] = set()
    changed = False
    seen: set[int] = set()
    for page in writer.pages:
        for font in _fonts(page.get("/Resources"), seen):
            ref = font.get("/ToUnicode")
            stream = ref.get_object() if ref is not None else None
            if not isinstance(stream, StreamObject):
                continue
            key = ref.idnum if isinstance(ref, IndirectObject) else id(stream)
            if key in done:
                continue
            done.add(key)
            new = rewrite_to_unicode(stream.get_data(), fix)
            if new is not None:
                stream.set_data(new)
                changed = True
    if not changed:
        return pdf
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
