"""Global search (Ctrl+K): results grouped by type, Japanese of any length, Enter opens the record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services

from .helpers import trigger, type_into


def test_ctrl_k_finds_and_opens_a_record(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.box, "前橋")  # two characters: the short-query path
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    hits = demo_services.search("前橋", limit_per_type=dialog.PER_TYPE)
    headings = [dialog.model.data(dialog.model.index(r, 0)) for r in range(dialog.model.rowCount())
                if dialog.model.hit(r) is None and dialog.model.more_type(r) is None]
    assert len(headings) == len({h.type for h in hits}) >= 2  # grouped by type
    # Down to the first community hit, then Enter opens it on the Communities page.
    target = next(h for h in hits if h.type == "community")
    while (hit := dialog.model.hit(dialog.results.currentIndex().row())) is None or hit.id != target.id:
        qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_page == "communities"
    assert window.current().active_panel().current_id == target.id


def test_one_character_and_long_queries(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    trigger(window, "search")
    dialog = window.search_dialog
    person = next(p for p in demo_services.records.list("person", limit=50) if p["reading"])
    # One kanji, a family name, a reading of three kana or more (the trigram index), the full name.
    for query in (person["name"][0], person["name"].split()[0], person["reading"].split()[0], person["name"]):
        type_into(qtbot, dialog.box, query)
        dialog.run_search()
        found = [dialog.model.hit(r) for r in range(dialog.model.rowCount()) if dialog.model.hit(r)]
        assert found, query
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.current_page == "people"
    opened = window.current().active_panel()
    assert opened.type_name == "person" and opened.current_id == found[0].id


def test_nothing_found_is_said_plainly(qtbot: QtBot, window: Any) -> None:
    trigger(window, "search")
    dialog = window.search_dialog
    type_into(qtbot, dialog.box, "存在しない言葉ですよ")
    dialog.run_search()
    assert dialog.model.rowCount() == 0 and dialog.status.text() == "見つかりませんでした。"


def test_more_matches_than_shown_are_counted_and_listed(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    trigger(window, "search")
    dialog = window.search_dialog
    type_into(qtbot, dialog.box, "会")
    dialog.run_search()
    total = demo_services.search_counts("会")["organisation"]
    assert total > dialog.PER_TYPE
    rows = [dialog.model.data(dialog.model.index(r, 0)) for r in range(dialog.model.rowCount())]
    assert f"組織（{total}）" in rows or f"組織 ({total})" in rows
    more = next(r for r in range(dialog.model.rowCount()) if dialog.model.more_type(r) == "organisation")
    dialog.results.setCurrentIndex(dialog.model.index(more, 0))
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible() and window.current_page == "organisations"
    panel = window.current().current_panel()
    assert panel.filter_bar.search.text() == "会"
    qtbot.waitUntil(lambda: panel.model.rowCount() == total)
