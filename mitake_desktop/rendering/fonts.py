"""Japanese fonts: ask for the JP variant explicitly, so Han characters take their Japanese forms.

With only "a CJK font" Qt may pick Noto Sans CJK SC or TC, which draws 直, 角 or 骨 in Chinese forms.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

# Windows, macOS, then Linux families, most preferred first.
JAPANESE_SANS = [
    "Yu Gothic UI", "Yu Gothic", "Meiryo UI", "Meiryo",
    "Hiragino Sans", "Hiragino Kaku Gothic ProN",
    "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "TakaoGothic",
]
JAPANESE_SERIF = ["Yu Mincho", "Hiragino Mincho ProN", "Noto Serif CJK JP", "IPAexMincho", "IPAMincho"]


def available(families: list[str]) -> list[str]:
    """The families of ``families`` installed on this machine, in the same order."""
    installed = set(QFontDatabase.families())
    return [f for f in families if f in installed]


def japanese_font(point_size: float = 10.0, *, serif: bool = False) -> QFont:
    """A font that renders Japanese with Japanese glyph forms, falling back to the system's default."""
    font = QFont()
    found = available(JAPANESE_SERIF if serif else JAPANESE_SANS)
    if found:
        font.setFamilies(found)
    font.setPointSizeF(point_size)
    return font
