"""Update and compile the GUI translations with the Qt tools of this virtual environment.

    python tools/translations.py update    # pyside6-lupdate: translations/mitake_{ja,en}.ts from the GUI sources
    python tools/translations.py release   # pyside6-lrelease: the .ts files compiled to .qm (committed)
    python tools/translations.py check     # exit 1 if a .ts is stale, untranslated, or a .qm is stale

The source strings are English. ``mitake_en.ts`` is filled from them automatically (English is complete
by construction); ``mitake_ja.ts`` is translated by hand (Qt Linguist or any editor) and ``update`` lists
what still needs a translation. Locations are left out of the .ts files so they change only when strings do.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
LANGUAGES = {"ja": "ja_JP", "en": "en_US"}


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project into this virtual environment")
    return found


def sources() -> list[Path]:
    return sorted((ROOT / "mitake_desktop" / "gui").rglob("*.py"))


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"mitake_{lang}.ts"


def qm_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"mitake_{lang}.qm"


def lupdate(folder: Path = TS_DIR) -> None:
    for lang, locale in LANGUAGES.items():
        subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "en_US",
                        "-target-language", locale, *map(str, sources()), "-ts", str(ts_path(lang, folder))],
                       check=True, capture_output=True, cwd=ROOT)
    if fill_from_source(ts_path("en", folder)):  # then once more, so the file is in lupdate's own layout
        subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "en_US",
                        "-target-language", LANGUAGES["en"], *map(str, sources()), "-ts", str(ts_path("en", folder))],
                       check=True, capture_output=True, cwd=ROOT)


def _messages(tree: ElementTree.ElementTree) -> list[tuple[str, ElementTree.Element]]:
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message))
    return out


def fill_from_source(path: Path) -> bool:
    """English translations are the English sources; True if anything was filled."""
    tree = ElementTree.parse(path)
    changed = False
    for _context, message in _messages(tree):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            del translation.attrib["type"]
            changed = True
    if changed:
        _write(tree, path)
    return changed


def _write(tree: ElementTree.ElementTree, path: Path) -> None:
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def untranslated(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry with no finished translation."""
    out = []
    for context, message in _messages(ElementTree.parse(path)):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
                translation.text or "").strip():
            out.append((context, message.findtext("source") or ""))
    return out


def lrelease(folder: Path = TS_DIR, out: Path | None = None) -> None:
    for lang in LANGUAGES:
        target = qm_path(lang, out or folder)
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(lang, folder)), "-qm", str(target)],
                       check=True, capture_output=True)


def problems() -> list[str]:
    """What makes the committed translations stale or incomplete (empty when all is well)."""
    found: list[str] = []
    for lang in LANGUAGES:
        for context, source in untranslated(ts_path(lang)):
            found.append(f"mitake_{lang}.ts: no translation for {context}: {source!r}")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for lang in LANGUAGES:
            shutil.copy(ts_path(lang), ts_path(lang, copy))
        lupdate(copy)
        for lang in LANGUAGES:
            if ts_path(lang, copy).read_bytes() != ts_path(lang).read_bytes():
                found.append(f"mitake_{lang}.ts is out of date with the sources: run tools/translations.py update")
        lrelease(TS_DIR, copy)
        for lang in LANGUAGES:
            if not qm_path(lang).exists() or qm_path(lang, copy).read_bytes() != qm_path(lang).read_bytes():
                found.append(f"mitake_{lang}.qm is out of date: run tools/translations.py release")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        lupdate()
        missing = untranslated(ts_path("ja"))
        for context, source in missing:
            print(f"ja: {context}: {source}")
        print(f"{len(missing)} Japanese entries to translate")
        return 0
    if command == "release":
        lrelease()
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
