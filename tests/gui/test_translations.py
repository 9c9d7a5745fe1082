"""The translations are complete and current: .ts up to date with the sources, no unfinished entry, .qm compiled."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_translations_are_complete_and_current() -> None:
    tool = _tool()
    for lang in ("ja", "en"):
        assert tool.untranslated(tool.ts_path(lang)) == [], lang
    assert tool.problems() == []


def test_the_app_loads_its_translations_from_the_package() -> None:
    from mitake_desktop.gui import translation

    for lang in ("ja", "en"):
        data = translation.qm_bytes(lang)
        assert data is not None and data == (ROOT / "translations" / f"mitake_{lang}.qm").read_bytes()
