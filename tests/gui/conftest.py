"""GUI test fixtures: one QApplication (pytest-qt), dialogs replaced by a recorder, a main window over demo data.

No real modal dialog ever opens: every function of ``gui.dialogs`` is replaced. A test states the answer
it expects to give (``dialog_answers.answer("confirm", True)``); a dialog nobody answered fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services
from mitake_desktop.gui import dialogs
from tests.conftest import DEMO_ANCHOR

# Dialogs that only tell the user something: recorded, no answer needed.
_TELLING = {"information", "error", "unexpected"}
_ASKING = {"confirm", "ask_unsaved", "open_file", "open_files", "save_file", "ask_passphrase", "confirm_open_link",
           "pick_records", "exec_dialog", "choose_folder"}


@dataclass
class DialogRecorder:
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    answers: dict[str, list[Any]] = field(default_factory=dict)

    def answer(self, name: str, *values: Any) -> None:
        """Queue the answers the next ``name`` dialogs will give."""
        self.answers.setdefault(name, []).extend(values)

    def called(self, name: str) -> list[tuple[Any, ...]]:
        return [args for n, args in self.calls if n == name]

    def messages(self) -> list[str]:
        """Texts of the messages shown (information, error, unexpected)."""
        out = []
        for n, args in self.calls:
            if n in _TELLING:
                out.append(str(args[1]))
        return out

    def make(self, name: str) -> Any:
        def fake(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args))
            if name in _TELLING:
                return None
            queue = self.answers.get(name)
            if not queue:
                raise AssertionError(f"unexpected dialog {name}{args[1:]!r}: the test gave no answer")
            value = queue.pop(0)
            return value(*args, **kwargs) if callable(value) else value

        return fake


@pytest.fixture(autouse=True)
def dialog_answers(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()
    for name in _TELLING | _ASKING:
        monkeypatch.setattr(dialogs, name, recorder.make(name))
    return recorder


@pytest.fixture(autouse=True)
def japanese_ui(qapp: Any) -> Iterator[None]:
    """Every GUI test starts in Japanese (the default) with western dates, and ends the same way."""
    from mitake_desktop.gui import formatting
    from mitake_desktop.gui.app import create_application

    create_application("ja")
    formatting.set_era(formatting.WESTERN)
    yield
    create_application("ja")
    formatting.set_era(formatting.WESTERN)


@pytest.fixture
def demo_day() -> Iterator[date]:
    """The GUI believes it is the demo's anchor day, so the demo's next event is ahead."""
    from mitake_desktop.gui import clock

    clock.set_today(DEMO_ANCHOR)
    yield DEMO_ANCHOR
    clock.set_today(None)


def make_window(qtbot: QtBot, services: Services, page: str | None = None) -> Any:
    from mitake_desktop.gui.main_window import build_window

    window = build_window(services, page=page)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services) -> Iterator[Any]:
    w = make_window(qtbot, demo_services)
    yield w
    w.tasks.wait()


@pytest.fixture
def empty_window(qtbot: QtBot, services: Services) -> Iterator[Any]:
    w = make_window(qtbot, services)
    yield w
    w.tasks.wait()


@pytest.fixture
def png_image(tmp_path: Path, qapp: Any) -> Path:
    """A small PNG on disk, different from any demo photo (attachments are stored by content)."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(24, 16, QImage.Format.Format_RGB32)
    image.fill(QColor(12, 34, 56))
    path = tmp_path / "photo.png"
    assert image.save(str(path), "PNG")
    return path
