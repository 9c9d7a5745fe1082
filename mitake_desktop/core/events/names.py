"""Names for matching people: search keys for check-in and keys that find duplicates on import.

Japanese names are kept in their own order (family name first) and never reordered; only the keys
used for matching are folded:

- :func:`clean_name` — what is stored: NFKC (full-width Latin and digits become half-width, half-width
  katakana full-width), any run of spaces (including the ideographic space) becomes one space.
- :func:`name_key` — for duplicate detection: no spaces, case-folded, and a few old/new kanji forms
  (髙/高, 﨑/崎, 邊/辺 …) folded, because participant lists spell the same person both ways.
- :func:`reading_key` — katakana, half-width katakana and hiragana readings compare equal.
- :func:`to_romaji` / :func:`fold_romaji` — so a participant can be found by typing "sato", "satou",
  "shimizu" or "simizu": readings are turned into Hepburn romaji, then query and reading are folded
  the same way (Hepburn and Kunrei spellings, long vowels and doubled consonants collapse).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from mitake_desktop.core.text import search_form, to_hiragana

_SPACES = re.compile(r"\s+")
# Dashes people type in phone numbers (and the long-vowel mark, which Japanese IMEs produce for "-").
_DASHES = re.compile(r"[‐‑‒–—―−ー－ｰ]")
_LEGAL_FORMS = re.compile(r"株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|\(株\)|\(有\)|\(同\)")
# Itaiji that name lists use interchangeably; folded only in matching keys, never in stored names.
_VARIANTS = str.maketrans({
    "髙": "高", "﨑": "崎", "嵜": "崎", "𠮷": "吉", "濵": "浜", "濱": "浜", "邉": "辺", "邊": "辺",
    "齋": "斎", "齊": "斉", "澤": "沢", "櫻": "桜", "廣": "広", "國": "国", "眞": "真", "槇": "槙",
    "德": "徳", "瀨": "瀬",
})


def clean_name(text: str | None) -> str:
    """A name as it is stored: NFKC-normalised, spaces collapsed to one, order untouched."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def name_parts(text: str | None) -> list[str]:
    """The parts of a name (family, given, …) as written, for prefix search."""
    return [p for p in clean_name(text).split(" ") if p]


def name_key(text: str | None) -> str:
    """Key for "is this the same name": no spaces, case-folded, old kanji forms folded."""
    return clean_name(text).replace(" ", "").casefold().translate(_VARIANTS)


def reading_key(text: str | None) -> str:
    """Key for "is this the same reading": hiragana, no spaces or middle dots."""
    if not text:
        return ""
    return to_hiragana(clean_name(text)).replace(" ", "").replace("・", "")


def email_key(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().casefold()


def clean_phone(text: str | None) -> str:
    """A phone number as typed, with full-width digits and the many dashes made plain."""
    if not text:
        return ""
    return _DASHES.sub("-", unicodedata.normalize("NFKC", text)).strip()


def phone_key(text: str | None) -> str:
    """Digits only, +81 folded to a leading 0; empty when too short to identify anyone."""
    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", text or ""))
    if digits.startswith("81") and len(digits) >= 11:
        digits = "0" + digits[2:]
    return digits if len(digits) >= 8 else ""


def org_key(text: str | None) -> str:
    """Key for "is this the same organisation": legal forms (株式会社, ㈱ …) and spaces ignored."""
    norm = unicodedata.normalize("NFKC", text or "").casefold()
    return _SPACES.sub("", _LEGAL_FORMS.sub("", norm)).translate(_VARIANTS)


# -- romaji -------------------------------------------------------------------------------------

_BASE = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "ゐ": "i", "ゑ": "e", "を": "o", "ん": "n", "ゔ": "vu",
    "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o", "ゎ": "wa",
}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_SMALL_VOWEL = {"ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"}


def to_romaji(reading: str | None) -> str:
    """Hepburn romaji of a kana reading (katakana, half-width or hiragana); other characters dropped."""
    kana = to_hiragana(unicodedata.normalize("NFKC", reading or ""))
    out: list[str] = []
    double_next = False
    for ch in kana:
        if ch == "っ":
            double_next = True
            continue
        if ch in _SMALL_Y and out and out[-1].endswith("i") and len(out[-1]) >= 2:
            prev = out.pop()
            stem = prev[:-1] if prev[:-1] in ("sh", "ch", "j") or prev.startswith(("tch",)) else prev[:-1] + "y"
            out.append(stem + _SMALL_Y[ch])
            continue
        if ch in _SMALL_VOWEL and out and len(out[-1]) >= 2:
            out.append(out.pop()[:-1] + _SMALL_VOWEL[ch])  # ふぁ fa, てぃ ti, ヴェ ve
            continue
        if ch == "ー":
            if out:
                out.append(out[-1][-1])
            continue
        if ch == " ":
            out.append(" ")
            continue
        syllable = _BASE.get(ch)
        if syllable is None:
            continue
        if double_next:
            syllable = ("t" + syllable) if syllable.startswith("ch") else (syllable[0] + syllable)
            double_next = False
        out.append(syllable)
    return "".join(out)


_FOLD_STEPS = [
    (re.compile(r"[^a-z ]"), ""),
    (re.compile(r"sh"), "sy"),
    (re.compile(r"ch"), "ty"),
    (re.compile(r"j"), "zy"),
    (re.compile(r"ts"), "t"),
    (re.compile(r"dz"), "z"),
    (re.compile(r"f"), "h"),
    (re.compile(r"d(?=[iu])"), "z"),  # ぢ/づ typed as di/du
    (re.compile(r"([stz])yi"), r"\1i"),  # shi → syi → si, chi → ti, ji → zi
    (re.compile(r"m(?=[bpm])"), "n"),  # Hepburn "Namba", "Homma"
    (re.compile(r"([bcdghjklmnpqrstvwxyz])\1"), r"\1"),  # っ and "nn" (a run of three is no name)
    (re.compile(r"oh(?![aiueoy])"), "o"),  # "Ohno" for おおの
    (re.compile(r"ou"), "o"),
    (re.compile(r"([aiueo])\1+"), r"\1"),  # long vowels: "Oota", "Yuuki"
]


def fold_romaji(text: str) -> str:
    """Romaji folded so Hepburn, Kunrei and long-vowel spellings of one reading compare equal."""
    out = unicodedata.normalize("NFKC", text).casefold()
    for pattern, replacement in _FOLD_STEPS:
        out = pattern.sub(replacement, out)
    return out


@lru_cache(maxsize=65_536)
def _romaji_part(part: str) -> str:
    return fold_romaji(to_romaji(part))


def romaji_parts(reading: str | None) -> list[str]:
    """Folded romaji of each part of a reading (parts repeat a lot: family names, so they are cached)."""
    return [p for p in (_romaji_part(part) for part in name_parts(reading)) if p]


def is_romaji_query(text: str) -> bool:
    """True when a query is Latin letters only (then it is matched against romaji readings too)."""
    norm = unicodedata.normalize("NFKC", text).strip()
    return bool(norm) and all(c.isascii() and (c.isalpha() or c in " -'.") for c in norm)


def search_parts(text: str | None) -> list[str]:
    """Parts of a name or reading in search form (NFKC, case- and kana-folded)."""
    return list(_search_parts(text or ""))


@lru_cache(maxsize=65_536)
def _search_parts(text: str) -> tuple[str, ...]:
    return tuple(p for p in search_form(text).split(" ") if p)
