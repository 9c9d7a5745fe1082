"""Personal data in exported documents follows consent: the "public" profile.

A person whose ``consent_scope`` is "public" appears with name, organisation and title; anyone else
appears by role only ("オピニオンリーダー（A社 代表）"). Contacts (e-mail, phone, postal code, address)
are never written for anyone. Because stories are free text, :class:`Redactor` also replaces a
non-consenting person's name (with or without the space, in any width), reading (hiragana or
katakana), family name followed by an honorific (佐藤さん, 佐藤社長…), e-mail, phone number
(separators ignored), postal code and address wherever they occur in any string of the document.
It knows the people related to the nomination (leader, nominee, the firm's and supporters' people,
the community's members); someone unrelated named in a story is not found — staff still read the
packet before sending it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

PROFILE = "public"

HONORIFICS = ("さん", "さま", "様", "氏", "君", "くん", "ちゃん", "社長", "会長", "専務", "常務", "部長", "課長",
              "店主", "代表", "先生", "殿")
_SEPARATORS = r"[\s\u3000・･]*"
_PHONE_SEPARATORS = r"[\s\u3000\-‐－―ー−()（）.]*"


def _width_class(ch: str) -> str:
    """A regex class matching ``ch`` in half and full width (ａ/a, ０/0, ＠/@) and either kana."""
    forms = {ch, unicodedata.normalize("NFKC", ch)}
    for c in list(forms):
        if "!" <= c <= "~":
            forms.add(chr(ord(c) + 0xFEE0))
            if c.isalpha():
                forms |= {c.lower(), c.upper(), chr(ord(c.lower()) + 0xFEE0), chr(ord(c.upper()) + 0xFEE0)}
        if "\u3041" <= c <= "\u3096":
            forms.add(chr(ord(c) + 0x60))
        if "\u30a1" <= c <= "\u30f6":
            forms.add(chr(ord(c) - 0x60))
    if len(forms) == 1:
        return re.escape(ch)
    return "[" + "".join(re.escape(f) for f in sorted(forms)) + "]"


def _loose(text: str, sep: str = "") -> str:
    return sep.join(_width_class(c) for c in text)


def _literal(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement taken as is (a role label may hold a backslash; re.sub would read it as an escape)."""
    return lambda _match: text


def _parts(name: str) -> list[str]:
    return [p for p in re.split(r"[\s\u3000・･]+", unicodedata.normalize("NFKC", name).strip()) if p]


class Redactor:
    """Replaces the personal data of people who did not consent, in every string of a document."""

    def __init__(self) -> None:
        self._rules: list[tuple[int, re.Pattern[str], str]] = []
        self.hidden: list[str] = []  # ids of people replaced by their role

    def hide(self, person: Mapping[str, Any], replacement: str) -> None:
        """Replace ``person``'s name, reading and contacts by ``replacement`` (their role label)."""
        self.hidden.append(str(person.get("id")))
        names = _parts(str(person.get("name") or ""))
        if names:
            self._add(_SEPARATORS.join(_loose(p) for p in names), replacement, 3)
            if len(names) >= 2 and len(names[0]) >= 1:
                honor = "|".join(re.escape(h) for h in HONORIFICS)
                self._add(_loose(names[0]) + _SEPARATORS + f"(?:{honor})", replacement, 2)
        reading = _parts(str(person.get("reading") or ""))
        if reading:
            self._add(_SEPARATORS.join(_loose(p) for p in reading), replacement, 3)
        email = str(person.get("email") or "").strip()
        if email:
            self._add(_loose(email), replacement, 4)
        for field in ("phone", "postal_code"):
            digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", str(person.get(field) or "")))
            if len(digits) >= 6:
                self._add(_loose(digits, _PHONE_SEPARATORS), replacement, 4)
        address = str(person.get("address") or "").strip()
        if address:
            self._add(_loose(address), replacement, 4)

    def _add(self, pattern: str, replacement: str, priority: int) -> None:
        self._rules.append((priority, re.compile(pattern), replacement))
        # Contacts first, then full names and readings, then family names with an honorific.
        self._rules.sort(key=lambda r: (-r[0], -len(r[1].pattern)))

    def text(self, value: str) -> str:
        for _, pattern, replacement in self._rules:
            value = pattern.sub(_literal(replacement), value)
        return value

    def walk(self, value: Any) -> Any:
        """A copy of a JSON-like structure with every string passed through :meth:`text`."""
        if not self._rules:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.walk(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.walk(v) for v in value)
        if isinstance(value, dict):
            return {k: self.walk(v) for k, v in value.items()}
        return value


def strip_name(person: Mapping[str, Any], text: str) -> str:
    """``text`` without ``person``'s own name (for an organisation named after its owner)."""
    names = _parts(str(person.get("name") or ""))
    if not names:
        return text
    return re.sub(_SEPARATORS.join(_loose(p) for p in names), "", text).strip()
