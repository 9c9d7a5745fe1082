"""Language of the core's messages (validation, command line, reports).

The GUI translates its own strings with Qt's ``tr()`` and ``.qm`` files; the core cannot use Qt, so
its user-visible sentences live in :mod:`mitake_desktop.core.messages` with a Japanese and an English
form each. Japanese is the default: the product is Japanese first.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable
from dataclasses import dataclass

LANGUAGES = ("ja", "en")
_current = "ja"


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def language() -> str:
    return _current


def system_language() -> str:
    """English when the system asks for English, Japanese otherwise (the product is Japanese first)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "ja"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if loc.lower().startswith("en") else "ja"


@dataclass(frozen=True)
class Text:
    """A label in both languages; ``str()`` gives the current one."""

    ja: str
    en: str

    def get(self, lang: str | None = None) -> str:
        return self.en if (lang or _current) == "en" else self.ja

    def __str__(self) -> str:
        return self.get()


def join_list(items: Iterable[str], lang: str | None = None) -> str:
    """Items in a sentence: 「A、B」 in Japanese, "A, B" in English."""
    return ("、" if (lang or _current) == "ja" else ", ").join(items)


def msg(key: str, /, **params: object) -> str:
    """The message ``key`` in the current language, formatted with ``params``."""
    return msg_in(_current, key, **params)


def msg_in(lang: str | None, key: str, /, **params: object) -> str:
    """The message ``key`` in ``lang`` (None: the current language), e.g. for a document in another language."""
    from mitake_desktop.core.messages import MESSAGES

    entry = MESSAGES[key]
    template = entry.get(lang or _current) or entry["ja"]
    return template.format(**params) if params else template
