"""Which language the window speaks, and the Qt translators that make it so.

Japanese is the default; English is selectable and remembered; on the first run the system locale decides
(``core.i18n.system_language``). Mitake's own ``.qm`` files are loaded from the package resources, Qt's
``qtbase`` translation from Qt's folder; both translators (and the bytes they read) are kept referenced here,
because a translator that Python garbage-collects silently stops translating.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mitake_desktop.core import i18n
from mitake_desktop.gui import settings

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}  # each in its own language, as menus show them

_installed: list[tuple[QTranslator, bytes | None]] = []
_current = "ja"


def preferred_language() -> str:
    """The remembered language, else the system's (Japanese unless the system asks for English)."""
    lang = settings.get_str(LANGUAGE_KEY)
    return lang if lang in i18n.LANGUAGES else i18n.system_language()


def remember_language(lang: str) -> None:
    settings.put(LANGUAGE_KEY, lang)


def current_language() -> str:
    return _current


def qm_bytes(lang: str) -> bytes | None:
    """Mitake's compiled translation for ``lang`` from the package resources (None if not shipped)."""
    node = resources.files("mitake_desktop.translations").joinpath(f"mitake_{lang}.qm")
    try:
        return node.read_bytes()
    except (FileNotFoundError, OSError):
        return None


def install(lang: str) -> None:
    """Switch the application (Qt strings and core messages) to ``lang``."""
    global _current
    if lang not in i18n.LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    app = QCoreApplication.instance()
    for translator, _data in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    own = QTranslator()
    data = qm_bytes(lang)
    if data is not None and own.load(data):
        _installed.append((own, data))  # Qt reads the bytes in place: keep them alive
    else:
        log.warning("no translation file for %s", lang)
    qt = QTranslator()
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append((qt, None))
    if app is not None:
        for translator, _data in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale("ja_JP" if lang == "ja" else "en_US"))
    i18n.set_language(lang)
    _current = lang
