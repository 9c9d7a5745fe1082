"""The reviewers' scoring screen: a grid of nominations × criteria bounded by each maximum, saved and undone; the
ranking by the core's weighted totals, with missing scores flagged; the reviewer's name remembered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services
from mitake_desktop.gui.pages.awards import AwardsPage
from mitake_desktop.gui.scoring import ScoreSpinBox, ScoringView, break_label, ranking_titles

from .helpers import trigger, type_into

EDIT = Qt.ItemDataRole.EditRole


def fresh_program(s: Services) -> tuple[str, list[dict[str, Any]]]:
    """A program with two nominated case studies and no scores yet."""
    program = s.awards.create_program_from_template("local_mitake_it", year=2030)
    published = [c for c in s.records.list("case_study") if c["status"] == "published"][:2]
    noms = [s.awards.nominate(program["id"], "case_study", c["id"]) for c in published]
    return program["id"], noms


def scoring_view(window: Any, program_id: str) -> ScoringView:
    page = window.show_page("awards")
    assert isinstance(page, AwardsPage)
    page.set_program(program_id)
    assert page.show_view("scoring")
    return page.scoring


def score_row(view: ScoringView, nomination_id: str, values: list[float]) -> None:
    grid = view.grid
    row = next(i for i, n in enumerate(grid.nominations) if n["id"] == nomination_id)
    for col, value in enumerate(values):
        assert grid.setData(grid.index(row, col), value, EDIT)


def test_two_reviewers_change_the_ranking(qtbot: QtBot, window: Any, demo_services: Services, dialog_answers: Any,
                                          qtmodeltester: Any) -> None:
    s = demo_services
    program_id, (a, b) = fresh_program(s)
    view = scoring_view(window, program_id)
    grid = view.grid
    assert grid.rowCount() == 2 and grid.columnCount() == len(s.awards.criteria(program_id))
    assert not grid.flags(grid.index(0, 0)) & Qt.ItemFlag.ItemIsEditable  # no reviewer yet: nothing to edit
    n = grid.columnCount()

    view.set_reviewer("審査員 X")
    assert grid.flags(grid.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    score_row(view, a["id"], [5] * n)
    score_row(view, b["id"], [1] * n)
    assert ranking_titles(view.ranking_proxy) == [a["title"], b["title"]]

    view.set_reviewer("審査員 Y")
    assert grid.data(grid.index(0, 0), EDIT) is None  # Y's own sheet starts empty
    score_row(view, b["id"], [5] * n)
    score_row(view, a["id"], [0] * n)
    # Mean of the normalised scores: A (5+0)/2, B (1+5)/2 of 5 — B now leads.
    assert ranking_titles(view.ranking_proxy) == [b["title"], a["title"]]
    ranking = s.awards.ranking(program_id)
    assert [r.nomination_id for r in ranking] == [b["id"], a["id"]]
    assert view.ranking_proxy.index(0, 2).data() == f"{ranking[0].total:.1f}"

    # Undo Y's last score: A is missing one score again, flagged in the ranking.
    trigger(window, "undo")
    scores_col = view.ranking.columns().index("scores")
    row_a = next(r for r in range(view.ranking.rowCount()) if view.ranking.rows[r].nomination_id == a["id"])
    flagged = view.ranking.index(row_a, scores_col)
    assert "未採点 1" in flagged.data() and flagged.data(Qt.ItemDataRole.DecorationRole) is not None
    trigger(window, "redo")
    assert "未採点" not in view.ranking.index(row_a, scores_col).data()

    # Sortable: by title, then back to rank.
    view.ranking_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert ranking_titles(view.ranking_proxy) == sorted([a["title"], b["title"]])
    view.ranking_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert ranking_titles(view.ranking_proxy) == [b["title"], a["title"]]

    qtmodeltester.check(grid)
    qtmodeltester.check(view.ranking)
    qtmodeltester.check(view.ranking_proxy)


def test_scores_are_bounded_commented_and_cleared(qtbot: QtBot, window: Any, demo_services: Services,
                                                   dialog_answers: Any) -> None:
    s = demo_services
    program_id, (a, _b) = fresh_program(s)
    view = scoring_view(window, program_id)
    view.set_reviewer("審査員 Z")
    grid = view.grid
    row = next(i for i, nom in enumerate(grid.nominations) if nom["id"] == a["id"])
    index = grid.index(row, 0)
    limit = int(grid.criteria[0]["max_score"])

    # The spin box the grid opens is bounded by the criterion's maximum.
    delegate = view.grid_view.itemDelegate()
    editor = delegate.createEditor(view.grid_view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, ScoreSpinBox) and editor.maximum() == limit
    delegate.setEditorData(editor, index)
    delegate.setModelData(editor, grid, index)  # opened and left: still not scored (not 0)
    assert grid.data(index, EDIT) is None
    editor.setValue(limit - 1)
    delegate.setModelData(editor, grid, index)
    editor.deleteLater()
    assert grid.data(index, EDIT) == limit - 1

    # Out of range (typed elsewhere): refused in a sentence, nothing stored.
    assert not grid.setData(index, limit + 1, EDIT)
    assert any(f"0〜{limit}点" in m for m in dialog_answers.messages())
    assert grid.data(index, EDIT) == limit - 1

    # A comment on the selected score.
    view.grid_view.setCurrentIndex(index)
    assert view.comment.isEnabled()
    view.comment.setText("数字の裏付けがある。")
    qtbot.mouseClick(view.comment_button, Qt.MouseButton.LeftButton)
    stored = s.awards.score_sheet(program_id, "審査員 Z")[(a["id"], grid.criteria[0]["id"])]
    assert stored["comment"] == "数字の裏付けがある。" and stored["score"] == limit - 1
    assert "✎" in index.data()

    # Delete clears the score (not scored is not 0); undo brings it back with its comment.
    view.grid_view.setFocus()
    qtbot.keyClick(view.grid_view, Qt.Key.Key_Delete)
    assert grid.data(index, EDIT) is None and not s.awards.score_sheet(program_id, "審査員 Z")
    trigger(window, "undo")
    assert grid.data(index, EDIT) == limit - 1
    assert s.awards.score_sheet(program_id, "審査員 Z")[(a["id"], grid.criteria[0]["id"])]["comment"]


def test_reviewer_name_is_remembered(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    program_id, _noms = fresh_program(demo_services)
    view = scoring_view(window, program_id)
    view.reviewer.setEditText("  鈴木　花子 ")
    view.reviewer.lineEdit().editingFinished.emit()  # type: ignore[union-attr]
    assert view.grid.reviewer == "鈴木 花子"
    again = ScoringView(window.ctx)
    qtbot.addWidget(again)
    assert again.grid.reviewer == "鈴木 花子"
    assert again.reviewer.findText("鈴木 花子") >= 0


def _type_score(qtbot: QtBot, view: ScoringView, index: Any, typed: str) -> None:
    """Open the cell's editor, replace its text by typing (an input-method commit for full width), press Enter."""
    view.grid_view.setCurrentIndex(index)
    view.grid_view.edit(index)
    editor = view.grid_view.indexWidget(index)
    assert isinstance(editor, ScoreSpinBox)
    type_into(qtbot, editor.lineEdit(), typed)
    delegate = view.grid_view.itemDelegate()
    delegate.commitData.emit(editor)  # what Enter does
    delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def test_typed_score_out_of_range_is_refused_never_clipped(qtbot: QtBot, window: Any, demo_services: Services,
                                                           dialog_answers: Any) -> None:
    program_id, (a, _b) = fresh_program(demo_services)
    view = scoring_view(window, program_id)
    view.set_reviewer("審査員 R")
    grid = view.grid
    row = next(i for i, nom in enumerate(grid.nominations) if nom["id"] == a["id"])
    limit = int(grid.criteria[0]["max_score"])
    unscored, scored = grid.index(row, 0), grid.index(row, 1)
    assert grid.setData(scored, 3, EDIT)

    for index, before in ((unscored, None), (scored, 3.0)):
        for typed in (str(limit + 7), str(limit * 10), "-2"):
            dialog_answers.calls.clear()
            _type_score(qtbot, view, index, typed)
            assert grid.data(index, EDIT) == before, typed  # not clipped to a prefix, not 0
            assert [m for m in dialog_answers.messages() if f"0〜{limit}点" in m], typed

    # In range it is saved, full-width digits (a Japanese input method) and an explicit 0 too.
    dialog_answers.calls.clear()
    _type_score(qtbot, view, unscored, "０")
    assert grid.data(unscored, EDIT) == 0.0
    _type_score(qtbot, view, scored, "２")
    assert grid.data(scored, EDIT) == 2.0 and not dialog_answers.messages()


def test_the_ranking_gives_the_nomination_the_room_at_1024(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    """Numbers take what their cells need (headers on two lines); the nomination's title takes the rest."""
    s = demo_services
    program_id = next(p["id"] for p in s.records.list("award_program") if s.awards.ranking(p["id"]))
    window.resize(1024, 700)
    for lang in ("ja", "en"):
        window.set_language(lang)
        view = scoring_view(window, program_id)
        table, model = view.ranking_view, view.ranking
        qtbot.waitUntil(lambda table=table: 700 < table.viewport().width() < 900)  # laid out at 1024
        header = table.horizontalHeader()
        title = model.columns().index("title")
        assert header.length() <= table.viewport().width(), lang  # no horizontal scrollbar
        option = QStyleOptionViewItem()
        option.initFrom(table)
        for column in range(model.columnCount()):
            if column == title:
                continue
            assert table.columnWidth(column) < table.columnWidth(title), (lang, column)
            for row in range(model.rowCount()):  # every number and status is whole
                index = table.model().index(row, column)
                assert table.itemDelegateForIndex(index).sizeHint(option, index).width() <= table.columnWidth(column)
        assert table.columnWidth(title) >= table.fontMetrics().horizontalAdvance("あ") * 12, lang
        first = table.model().index(0, title)
        assert first.data(Qt.ItemDataRole.ToolTipRole) == first.data()  # the elided title whole


@pytest.mark.parametrize(("label", "shown"), [
    ("地域・仲間への波及", "地域・\n仲間への波及"),
    ("身の丈（費用対効果）", "身の丈\n（費用対効果）"),
    ("Total (of 100)", "Total\n(of 100)"),
    ("Clarity of the business issue", "Clarity of the\nbusiness issue"),
    ("経営課題の明確さ", "経営課題の明確さ"),  # no place to break: whole (the column widens)
    ("成果", "成果"), ("Status", "Status"),  # short: one line
])
def test_break_label_breaks_only_at_natural_places(label: str, shown: str) -> None:
    assert break_label(label) == shown


def test_ranking_headers_never_break_mid_word(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    s = demo_services
    program_id, _noms = fresh_program(s)
    names = [c["name"] for c in s.awards.criteria(program_id)]
    assert "経営課題の明確さ" in names and "地域・仲間への波及" in names
    window.resize(1024, 700)
    for lang in ("ja", "en"):
        window.set_language(lang)
        view = scoring_view(window, program_id)
        table, model = view.ranking_view, view.ranking
        qtbot.waitUntil(lambda table=table: 700 < table.viewport().width() < 900)
        header = table.horizontalHeader()
        margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        first = len(model.FIXED)
        for column in [*range(first, first + len(names)), model.columns().index("total")]:
            label = str(model.headerData(column, Qt.Orientation.Horizontal))
            for line in label.split("\n"):  # each line fits, so Qt's word wrap never breaks it again
                assert header.fontMetrics().horizontalAdvance(line) + margins < table.columnWidth(column), (lang, line)
        shown = [str(model.headerData(first + i, Qt.Orientation.Horizontal)) for i in range(len(names))]
        assert [x.replace("\n", "") for x in shown] == names
        assert "地域・\n仲間への波及" in shown and "経営課題の明確さ" in shown
        assert header.length() <= table.viewport().width(), lang  # and still no horizontal scrollbar
