"""The case-study editor: its four story sections, the figures table (edits saved and undone), the completeness
meter following the screen, and the status moves by the core's rules."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Filter, Services
from mitake_desktop.core.services.case_studies import assess, is_benchmark_figure
from mitake_desktop.gui.case_study_editor import CaseStudyForm, CaseStudyPanel, FiguresTableModel, ItToolsField

from .conftest import make_window
from .helpers import trigger


def open_case_study(window: Any, case_study_id: str) -> CaseStudyPanel:
    panel = window.show_page("case_studies").current_panel()
    assert isinstance(panel, CaseStudyPanel)
    assert panel.select_record(case_study_id)
    return panel


def case_without_benchmark(s: Services) -> dict[str, Any]:
    """A case study with paired figures but no labour-productivity figure (its benchmark item is missing)."""
    for cs in s.records.list("case_study", [Filter("status", "=", "published")]):
        figures = s.case_studies.figures(cs["id"])
        if figures and not any(is_benchmark_figure(f) for f in figures):
            return cs
    raise AssertionError("the demo data has no such case study")


def test_four_sections_figures_and_the_meter(qtbot: QtBot, window: Any, demo_services: Services,
                                             qtmodeltester: Any) -> None:
    s = demo_services
    cs = case_without_benchmark(s)
    panel = open_case_study(window, cs["id"])
    form = panel.editor
    assert isinstance(form, CaseStudyForm)

    # The story in four labelled sections (after the summary), numbered as award forms number them.
    headings = [h for _name, h in form.story_sections.sections]
    assert headings == ["概要", "1. 課題", "2. 方策", "3. 推進体制", "4. 成果"]
    assert form.show_section("story_team") and form.story_stack.currentWidget().isAncestorOf(
        form.editors["story_team"])

    # The meter shows the core's score of what is on screen.
    expected = assess(cs, s.case_studies.figures(cs["id"])).score
    assert form.meter.score == expected < 100
    missing_keys = [i.key for i in form.meter.completeness.missing]  # type: ignore[union-attr]
    assert "benchmark" in missing_keys

    # Edit a figure in the table: a labour-productivity metric earns the benchmark points.
    figures = form.figures
    assert isinstance(figures, FiguresTableModel) and figures.rowCount() == len(s.case_studies.figures(cs["id"]))
    metric = figures.index(0, figures.COLUMNS.index("metric"))
    old_metric = metric.data()
    assert figures.setData(metric, "労働生産性（一人当たり付加価値）", Qt.ItemDataRole.EditRole)
    assert s.case_studies.figures(cs["id"])[0]["metric"] == "労働生産性（一人当たり付加価値）"
    qtbot.waitUntil(lambda: form.meter.score > expected)
    raised = form.meter.score
    assert "benchmark" not in [i.key for i in form.meter.completeness.missing]  # type: ignore[union-attr]

    # Undo puts the figure back, and the meter with it.
    trigger(window, "undo")
    assert s.case_studies.figures(cs["id"])[0]["metric"] == old_metric
    qtbot.waitUntil(lambda: form.meter.score == expected)
    trigger(window, "redo")
    qtbot.waitUntil(lambda: form.meter.score == raised)

    # The change % is the core's, with its verdict in words.
    change = figures.index(0, figures.COLUMNS.index("change")).data()
    assert "%" in change or "新規" in change
    assert any(word in change for word in ("改善", "悪化", "変化なし", "新規"))

    # A bad number is refused with the service's sentence; nothing is stored.
    before = figures.index(0, figures.COLUMNS.index("before"))
    old_before = s.case_studies.figures(cs["id"])[0]["before"]
    assert not figures.setData(before, "たくさん", Qt.ItemDataRole.EditRole)
    assert s.case_studies.figures(cs["id"])[0]["before"] == old_before

    # Typing in a story section moves the meter before anything is saved.
    score = form.meter.score
    form.editors["story_results"].markdown.editor.setPlainText("短い。")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: form.meter.score < score)
    assert form.is_dirty and s.records.get("case_study", cs["id"])["story_results"] == cs["story_results"]
    assert form.section_counts["story_results"].text().startswith("3 /")
    panel.revert()
    qtbot.waitUntil(lambda: form.meter.score == score)

    qtmodeltester.check(figures)
    qtmodeltester.check(form.meter.model)
    qtmodeltester.check(form.story_sections)


def test_figure_rows_are_added_moved_and_removed_undoably(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    s = demo_services
    cs = case_without_benchmark(s)
    form = open_case_study(window, cs["id"]).editor
    editor = form.figures_editor
    n = form.figures.rowCount()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert form.figures.rowCount() == n + 1 == len(s.case_studies.figures(cs["id"]))
    editor.view.closePersistentEditor(editor.view.currentIndex())
    new_id = form.figures.row_id(n)
    editor.view.selectRow(n)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [f["id"] for f in s.case_studies.figures(cs["id"])].index(new_id) == n - 1
    trigger(window, "undo")  # the move
    assert [f["id"] for f in s.case_studies.figures(cs["id"])].index(new_id) == n
    editor.view.selectRow(n)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert form.figures.rowCount() == n
    trigger(window, "undo")
    assert form.figures.rowCount() == n + 1
    # Delete in the table removes the figure row, not the case study (the window's Delete shortcut).
    editor.view.selectRow(n)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert form.figures.rowCount() == n and not s.records.get("case_study", cs["id"])["deleted"]


def test_new_case_study_has_no_figures_until_saved(qtbot: QtBot, window: Any) -> None:
    panel = window.show_page("case_studies").current_panel()
    trigger(window, "new")
    form = panel.editor
    assert not form.figures_editor.add_button.isEnabled()
    assert form.figures.rowCount() == 0 and "保存" in form.figures_editor.hint.text()
    assert form.meter.score < 20  # an empty form earns (almost) nothing


def test_status_moves_by_the_core_rules(qtbot: QtBot, window: Any, demo_services: Services,
                                        dialog_answers: Any) -> None:
    s = demo_services
    cs = s.records.list("case_study", [Filter("status", "=", "draft"), Filter("publication_consent", "=", False)],
                        limit=1)[0]
    panel = open_case_study(window, cs["id"])
    form = panel.editor
    assert [b.objectName() for b in form.status_row.buttons] == ["status_reviewed"]
    qtbot.mouseClick(form.status_row.buttons[0], Qt.MouseButton.LeftButton)
    assert s.records.get("case_study", cs["id"])["status"] == "reviewed"
    publish = next(b for b in form.status_row.buttons if b.objectName() == "status_published")
    qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)
    assert s.records.get("case_study", cs["id"])["status"] == "reviewed"  # no consent: refused
    assert any("同意" in m for m in dialog_answers.messages())
    # Ticking consent (unsaved) and publishing saves first, then publishes.
    form.editors["publication_consent"].box.setChecked(True)  # type: ignore[attr-defined]
    publish = next(b for b in form.status_row.buttons if b.objectName() == "status_published")
    qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)
    stored = s.records.get("case_study", cs["id"])
    assert stored["status"] == "published" and stored["publication_consent"]
    trigger(window, "undo")
    assert s.records.get("case_study", cs["id"])["status"] == "reviewed"


def test_firm_fills_the_profile_and_tools_show_vendor_and_subsidy(qtbot: QtBot, window: Any, demo_services: Services,
                                                                  dialog_answers: Any) -> None:
    s = demo_services
    org = next(o for o in s.records.list("organisation", [Filter("kind", "=", "sme")])
               if o.get("prefecture") and o.get("industry"))
    panel = window.show_page("case_studies").current_panel()
    trigger(window, "new")
    form = panel.editor
    dialog_answers.answer("pick_records", [org["id"]])
    qtbot.mouseClick(form.editors["organisation_id"].choose, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert form.editors["prefecture"].value() == org["prefecture"]
    assert form.editors["industry"].value() == org["industry"]
    tool = next(t for t in s.records.list("it_tool") if t.get("vendor") and t.get("subsidy_program"))
    tools = form.editors["it_tool_ids"]
    assert isinstance(tools, ItToolsField)
    dialog_answers.answer("pick_records", [tool["id"]])
    qtbot.mouseClick(tools.add, Qt.MouseButton.LeftButton)
    text = tools.items.item(0).text()
    assert tool["name"] in text and tool["vendor"] in text and "IT導入補助金" in text
    panel.revert()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_figures_columns_show_units_whole(qtbot: QtBot, demo_services: Services, lang: str) -> None:
    """Unit, period and the numbers are never clipped: each column is as wide as its header and longest value."""
    from mitake_desktop.gui.app import create_application

    s = demo_services
    cs = case_without_benchmark(s)
    first = s.case_studies.figures(cs["id"])[0]
    s.records.update("case_figure", first["id"], {"unit": "千円/人", "period": "従業員1人・年", "before": 12345.5})
    create_application(lang)
    window = make_window(qtbot, s)
    try:
        form = open_case_study(window, cs["id"]).editor
        assert isinstance(form, CaseStudyForm) and form.show_tab("figures")
        view = form.figures_editor.view
        header = view.horizontalHeader()
        model = form.figures
        assert model.headerData(model.COLUMNS.index("unit"), Qt.Orientation.Horizontal) == (
            "単位" if lang == "ja" else "Unit")
        for key in ("unit", "period", "before", "after", "change", "better", "kind"):
            col = model.COLUMNS.index(key)
            needed = max(view.sizeHintForColumn(col), header.sectionSizeHint(col))
            assert view.columnWidth(col) >= needed, (key, view.columnWidth(col), needed)
        unit = model.index(0, model.COLUMNS.index("unit"))
        assert unit.data() == "千円/人"
    finally:
        window.tasks.wait()


def test_the_meter_waits_for_a_case_study_and_its_summary_is_whole(qtbot: QtBot, window: Any,
                                                                    demo_services: Services) -> None:
    """Nothing selected: no meter, no status; at 1024×700 the summary ("残り 18 項目", "18 to do") is not cut."""
    window.resize(1024, 700)
    for lang in ("ja", "en"):
        window.set_language(lang)
        panel = window.show_page("case_studies").current_panel()
        assert isinstance(panel, CaseStudyPanel)
        form = panel.editor
        panel.view.selectionModel().clearCurrentIndex()  # the rebuilt page kept the last one chosen
        assert panel.current_id is None and form.is_blank
        assert form.meter.isHidden() and form.status_label.text() == "" and not form.status_row.buttons
        panel.new_record()  # a new case study is measured from its first keystroke
        assert not form.meter.isHidden() and form.meter.score == 0
        essential = sum(1 for i in form.meter.completeness.missing if not i.optional)  # type: ignore[union-attr]
        assert str(essential) in form.meter.summary.text()
        panel.revert()
        cs = case_without_benchmark(demo_services)
        assert panel.select_record(cs["id"])
        qtbot.waitUntil(lambda form=form: form.meter.isVisible() and form.meter.width() < 600)
        summary = form.meter.summary
        for text in (summary.text(), form.meter.tr("{n} to do").format(n=88)):
            assert summary.fontMetrics().horizontalAdvance(text) <= summary.contentsRect().width(), (lang, text)
        right = summary.mapTo(form, summary.rect().topRight()).x()
        assert right < form.viewport().width() - 2, lang  # off the frame, not under it
        assert summary.toolTip() == summary.text()
