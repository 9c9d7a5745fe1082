"""Japanese by default, English selectable from the menu and remembered, the system's language on first run."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mitake_desktop.core import i18n, reference
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.services import Services
from mitake_desktop.gui import settings, translation

from .conftest import make_window
from .helpers import action, fill, select_row, trigger


def menu_titles(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def sidebar(window: Any) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_japanese_is_the_default(qtbot: QtBot, window: Any) -> None:
    assert menu_titles(window)[:2] == ["ファイル(&F)", "編集(&E)"]
    assert sidebar(window)[:3] == ["ダッシュボード", "コミュニティ", "人物・オピニオンリーダー"]
    assert action(window, "undo").text().startswith("元に戻す")


def test_switching_to_english_and_back(qtbot: QtBot, window: Any, demo_services: Services,
                                       dialog_answers: Any) -> None:
    panel = window.show_page("organisations").current_panel()
    select_row(qtbot, panel, 2)
    rid = panel.current_id
    trigger(window, "language_en")
    assert translation.current_language() == "en" and i18n.language() == "en"
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    assert sidebar(window)[:3] == ["Dashboard", "Communities", "People & opinion leaders"]
    assert window.current_page == "organisations"
    new_panel = window.current().active_panel()
    assert new_panel.current_id == rid  # the same record stays open
    assert new_panel.form.labels["name"].text() == "Name *"
    kind = new_panel.form.editors["kind"]
    stored = demo_services.records.get("organisation", rid)["kind"]
    assert kind.combo.currentText() == reference.label("org_kind", stored, "en") != reference.label(  # type: ignore[attr-defined]
        "org_kind", stored, "ja")
    with pytest.raises(MitakeError, match="No Organisation with id"):
        demo_services.records.get("organisation", "nope")  # core messages follow
    assert settings.get_str(translation.LANGUAGE_KEY) == "en"
    # Unsaved edits are asked about before the window is rebuilt.
    fill(qtbot, new_panel.form, {"city": "Maebashi"}, dialog_answers)
    dialog_answers.answer("ask_unsaved", "cancel")
    trigger(window, "language_ja")
    assert translation.current_language() == "en" and action(window, "language_en").isChecked()
    dialog_answers.answer("ask_unsaved", "discard")
    trigger(window, "language_ja")
    assert translation.current_language() == "ja" and sidebar(window)[0] == "ダッシュボード"
    assert demo_services.records.get("organisation", rid)["city"] != "Maebashi"
    # Two rebuilds later the status bar still shows the database once.
    from PySide6.QtWidgets import QLabel

    shown = [w for w in window.statusBar().findChildren(QLabel) if w.text() == window.location and not w.isHidden()]
    assert len(shown) == 1


def test_the_choice_is_remembered(qtbot: QtBot, demo_services: Services) -> None:
    from mitake_desktop.gui.app import create_application

    translation.remember_language("en")
    create_application()
    assert translation.current_language() == "en"
    window = make_window(qtbot, demo_services)
    assert menu_titles(window)[0] == "&File"


def test_first_run_follows_the_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert translation.preferred_language() == "en"
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert translation.preferred_language() == "ja"
    translation.remember_language("en")
    assert translation.preferred_language() == "en"  # once chosen, the choice wins


def test_qt_own_strings_are_translated_too(qtbot: QtBot) -> None:
    # Qt's qtbase translation is installed with ours (standard buttons, context menus).
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    translation.install("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QApplication.instance() is not None


def test_japanese_font_is_the_application_font(qtbot: QtBot) -> None:
    from mitake_desktop.rendering.fonts import JAPANESE_SANS

    families = QApplication.font().families()
    installed = [f for f in JAPANESE_SANS if f in families]
    assert installed and families[0] == installed[0]
