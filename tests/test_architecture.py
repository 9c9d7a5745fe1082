"""The core must never import Qt: the command line runs headless and the domain stays portable."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest


def test_core_imports_with_pyside6_blocked() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
                    raise ImportError("Qt is not allowed in mitake_desktop.core: " + name)
                return None

        sys.meta_path.insert(0, Block())
        import mitake_desktop.core as core
        # Migration scripts run only inside Alembic; everything else is imported.
        names = [m.name for m in pkgutil.walk_packages(core.__path__, "mitake_desktop.core.")
                 if ".migrations." not in m.name]
        for name in names:
            importlib.import_module(name)
        assert not any(m.startswith("PySide6") for m in sys.modules), "PySide6 was imported"
        print(len(names))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15  # every core module was really imported


def test_command_line_help_does_not_load_qt() -> None:
    code = "import sys; from mitake_desktop.cli import build_parser; build_parser(); print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_every_folder_of_modules_is_a_package_that_installs() -> None:
    """An editable install finds any folder; a wheel or a PyInstaller build only the packages listed."""
    root = Path(__file__).resolve().parents[1]
    listed = set(tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    folders = {p.parent for p in (root / "mitake_desktop").rglob("*.py")}
    for folder in folders:
        assert (folder / "__init__.py").is_file(), f"{folder} has no __init__.py"
    names = {".".join(f.relative_to(root).parts) for f in folders}
    assert names <= listed, f"not in pyproject.toml's packages: {sorted(names - listed)}"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683)")
def test_qt_calls_keep_their_reference_to_none() -> None:
    """PySide6 6.12.0 dropped a reference to None on every call of a method returning nothing; on Python 3.11
    the app then dies with "Fatal Python error: none_dealloc" after a few thousand calls. Guard the pin."""
    code = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel("x")
        before = sys.getrefcount(None)
        for i in range(500):
            label.setText(str(i))
            QApplication.processEvents()
        print(sys.getrefcount(None) - before)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip().splitlines()[-1]) > -100, "PySide6 loses references to None: pin another version"
