"""Japanese-aware text handling: normalisation for search and kana ordering for lists."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Katakana ァ (U+30A1) .. ヶ (U+30F6) map to hiragana by subtracting 0x60.
_KATA_TO_HIRA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}


def normalize(text: str) -> str:
    """NFKC (full-width ASCII → half-width, half-width kana → full-width), case-folded, spaces collapsed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def to_hiragana(text: str) -> str:
    return text.translate(_KATA_TO_HIRA)


def search_form(text: str) -> str:
    """The form both documents and queries take before matching: katakana and hiragana match each other."""
    return to_hiragana(normalize(text))


def kana_sort_key(reading: str | None, fallback: str = "") -> str:
    """Sort key that puts people in gojūon order of their reading (katakana, half-width or hiragana alike).

    Records without a reading sort after those with one, by their name.
    """
    if reading and reading.strip():
        return "0" + to_hiragana(normalize(reading)).replace(" ", "")
    return "1" + normalize(fallback)


def plain_sort_key(text: str | None) -> str:
    return normalize(text or "")


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def truncate(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` terminal columns, ending in … when something was cut."""
    text = " ".join(text.split())  # a line break in a title would break the table's row
    if display_width(text) <= width:
        return text
    out, used = [], 1  # the ellipsis takes one column
    for c in text:
        w = display_width(c)
        if used + w > width:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def fit(text: str, width: int) -> str:
    """``text`` in exactly ``width`` terminal columns: cut with … when longer, padded with spaces when shorter."""
    return pad(truncate(text, width), width)


def rfit(text: str, width: int) -> str:
    """Like :func:`fit`, right-aligned."""
    cut = truncate(text, width)
    return " " * max(0, width - display_width(cut)) + cut
