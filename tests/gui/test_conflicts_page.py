"""Conflicts made by two databases editing the same field: listed, reviewed side by side, resolved, undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services
from mitake_desktop.core.sync import ExportOptions

from .conftest import make_window
from .helpers import trigger


def exchange(src: Services, dst: Services, path: Path) -> None:
    src.sync.export(path, ExportOptions())
    dst.sync.import_bundle(path, trust=True)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    s = Services.open(str(tmp_path / "other.sqlite3"))
    yield s
    s.close()


@pytest.fixture
def conflicted(demo_services: Services, other: Services, tmp_path: Path) -> dict[str, Any]:
    """The demo database and a copy on another computer edit the same fields; the copy's bundle comes back."""
    exchange(demo_services, other, tmp_path / "a.mitake")
    community = demo_services.records.list("community", limit=1)[0]
    person = demo_services.records.list("person", limit=1)[0]
    demo_services.records.update("community", community["id"], {"city": "高崎市", "description": "# こちら\n\n本文A"})
    other.records.update("community", community["id"], {"city": "伊勢崎市", "description": "# 相手\n\n本文B"})
    demo_services.records.update("person", person["id"], {"email": "mine@example.jp"})
    other.records.update("person", person["id"], {"email": "theirs@example.jp"})
    exchange(other, demo_services, tmp_path / "b.mitake")
    assert demo_services.sync.conflicts.count() == 3
    return {"community": community["id"], "person": person["id"]}


def select(qtbot: QtBot, page: Any, field_label: str) -> Any:
    row = next(r for r in range(page.model.rowCount())
               if page.model.data(page.model.index(r, 1)) == field_label)
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.review.conflict is not None and page.review.conflict.field_label == field_label
    return page.review.conflict


def sidebar_text(window: Any, name: str) -> str:
    for i in range(window.sidebar.count()):
        item = window.sidebar.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            return str(item.text())
    raise AssertionError(name)


def test_keep_theirs_resolves_and_undo_reopens(qtbot: QtBot, demo_services: Services, conflicted: dict[str, Any],
                                               dialog_answers: Any) -> None:
    window = make_window(qtbot, demo_services, page="conflicts")
    qtbot.waitUntil(lambda: sidebar_text(window, "conflicts") == "競合 (3)")
    page = window.current()
    assert page.model.rowCount() == 3
    conflict = select(qtbot, page, "市区町村")
    review = page.review
    assert "高崎市" in review.mine.viewer.toPlainText() and "伊勢崎市" in review.theirs.viewer.toPlainText()
    assert conflict.current == demo_services.records.get("community", conflicted["community"])["city"]

    qtbot.mouseClick(review.keep_theirs, Qt.MouseButton.LeftButton)
    assert demo_services.records.get("community", conflicted["community"])["city"] == "伊勢崎市"
    assert demo_services.sync.conflicts.get(conflict.id).status == "resolved"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and sidebar_text(window, "conflicts") == "競合 (2)")
    assert page.review.conflict is not None and page.review.conflict.id != conflict.id  # the next one is shown

    page.set_status("resolved")  # resolved conflicts stay visible with the filter
    assert page.model.rowCount() == 1 and page.model.data(page.model.index(0, 4)) == "解決済み: 相手の値"

    trigger(window, "undo")
    assert demo_services.sync.conflicts.get(conflict.id).status == "open"
    assert demo_services.records.get("community", conflicted["community"])["city"] == conflict.current
    qtbot.waitUntil(lambda: sidebar_text(window, "conflicts") == "競合 (3)" and page.model.rowCount() == 0)
    trigger(window, "redo")
    assert demo_services.sync.conflicts.get(conflict.id).status == "resolved"
    assert demo_services.records.get("community", conflicted["community"])["city"] == "伊勢崎市"


def test_the_review_says_which_value_the_record_holds_now(qtbot: QtBot, demo_services: Services,
                                                         conflicted: dict[str, Any]) -> None:
    window = make_window(qtbot, demo_services, page="conflicts")
    page = window.current()
    conflict = select(qtbot, page, "市区町村")
    assert conflict.winner == "theirs" and "相手のパソコンの値が反映されています" in page.review.details.text()
    demo_services.sync.conflicts.resolve(conflict.id, "mine")  # the merge's winner is no longer what applies
    page.set_status("resolved")
    select(qtbot, page, "市区町村")
    assert "このパソコンの値が反映されています" in page.review.details.text()


def test_markdown_bodies_side_by_side_or_as_a_diff(qtbot: QtBot, demo_services: Services,
                                                   conflicted: dict[str, Any]) -> None:
    window = make_window(qtbot, demo_services, page="conflicts")
    page = window.current()
    select(qtbot, page, "説明")
    review = page.review
    # Rendered by the safe Markdown viewer: headings are headings, not "#" text.
    assert review.mine.viewer.toPlainText().startswith("こちら") and "#" not in review.mine.viewer.toPlainText()
    assert review.theirs.viewer.toPlainText().startswith("相手")
    assert review.as_diff.isEnabled()
    review.as_diff.setChecked(True)
    assert review.stack.currentWidget() is review.diff
    diff = review.diff.toPlainText()
    assert "-# こちら" in diff and "+# 相手" in diff
    qtbot.mouseClick(review.keep_mine, Qt.MouseButton.LeftButton)
    assert demo_services.records.get("community", conflicted["community"])["description"] == "# こちら\n\n本文A"


def test_edit_is_validated_by_the_services(qtbot: QtBot, demo_services: Services, conflicted: dict[str, Any],
                                           dialog_answers: Any) -> None:
    window = make_window(qtbot, demo_services, page="conflicts")
    page = window.current()
    conflict = select(qtbot, page, "メールアドレス")

    def edit(dialog: Any) -> bool:
        assert dialog.editor.value() == conflict.current  # pre-filled with what the record holds
        dialog.editor.set_value("not an address")
        dialog.accept()
        assert dialog.error.isVisibleTo(dialog) and dialog.error.text()  # refused: the dialog stays
        assert demo_services.sync.conflicts.get(conflict.id).status == "open"
        dialog.editor.set_value("both@example.jp")
        dialog.accept()
        return bool(dialog.result())

    dialog_answers.answer("exec_dialog", edit)
    qtbot.mouseClick(page.review.edit, Qt.MouseButton.LeftButton)
    assert demo_services.records.get("person", conflicted["person"])["email"] == "both@example.jp"
    resolved = demo_services.sync.conflicts.get(conflict.id)
    assert resolved.status == "resolved" and resolved.resolution == "edit"
    trigger(window, "undo")
    assert demo_services.records.get("person", conflicted["person"])["email"] == conflict.current
    assert demo_services.sync.conflicts.get(conflict.id).status == "open"


def test_the_conflict_model_passes_the_model_tester(qtmodeltester: Any, demo_services: Services,
                                                    conflicted: dict[str, Any]) -> None:
    from mitake_desktop.gui.sync.models import ConflictTableModel

    model = ConflictTableModel()
    model.set_rows(demo_services.sync.conflicts.list(None))
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.data(model.index(0, 3)).count("↔") == 1


def test_a_conflict_resolved_on_the_other_computer_says_so(qtbot: QtBot, demo_services: Services, other: Services,
                                                           conflicted: dict[str, Any], tmp_path: Path) -> None:
    """The other computer, holding both values now, sets the city: that answers the conflict here."""
    exchange(demo_services, other, tmp_path / "c.mitake")
    other.records.update("community", conflicted["community"], {"city": "太田市"})
    exchange(other, demo_services, tmp_path / "d.mitake")
    assert demo_services.records.get("community", conflicted["community"])["city"] == "太田市"

    window = make_window(qtbot, demo_services, page="conflicts")
    qtbot.waitUntil(lambda: sidebar_text(window, "conflicts") == "競合 (2)")
    page = window.current()
    assert page.model.rowCount() == 2
    page.set_status("resolved")
    conflict = select(qtbot, page, "市区町村")
    assert conflict.resolution == "remote" and conflict.resolved_by == other.device_id
    name = conflict.resolved_by_name or other.device_id[:8]
    assert f"相手のパソコン（{name}）で解決済み" in page.review.details.text()
    status_col = page.model.columnCount() - 1
    row = next(r for r in range(page.model.rowCount()) if page.model.data(page.model.index(r, 1)) == "市区町村")
    assert page.model.data(page.model.index(row, status_col)) == f"相手のパソコン（{name}）で解決済み"
    assert page.model.data(page.model.index(row, status_col), Qt.ItemDataRole.ToolTipRole) == \
        f"相手のパソコン（{name}）で解決済み"
