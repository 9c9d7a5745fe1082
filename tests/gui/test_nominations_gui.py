"""Nominations on the awards page: nominate a case study, see what blocks it, fix the case study, refresh (edited
sections are kept and named), submit; programs made from a template, with criteria and sections edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Filter, Services
from mitake_desktop.gui.award_program_editor import EligibilityField, ProgramForm, SectionsField, TemplateDialog
from mitake_desktop.gui.case_study_editor import CaseStudyPanel
from mitake_desktop.gui.nomination_editor import NominationForm, NominationPanel
from mitake_desktop.gui.pages.awards import AwardsPage

from .helpers import trigger

LONG_ISSUE = ("毎月の請求書づくりに担当者が二日かかり、入金の確認も手作業で遅れがちだった。" * 3)


def awards_page(window: Any) -> AwardsPage:
    page = window.show_page("awards")
    assert isinstance(page, AwardsPage)
    return page


def local_program(s: Services) -> dict[str, Any]:
    """The demo's community award (its sections are mapped to the case study's story)."""
    return next(p for p in s.awards.programs() if "身の丈" in p["name"])


def test_checklist_blocks_until_the_case_study_is_fixed_and_refreshed(
        qtbot: QtBot, window: Any, demo_services: Services, dialog_answers: Any, qtmodeltester: Any) -> None:
    s = demo_services
    program = local_program(s)
    nominated = {n["nominee_id"] for n in s.awards.nominations(program["id"])}
    cs = next(c for c in s.records.list("case_study", [Filter("status", "=", "reviewed"),
                                                          Filter("publication_consent", "=", True)])
              if c["id"] not in nominated)
    # A 課題 too short for the program (100 characters): the nomination will copy it as it is.
    s.records.update("case_study", cs["id"], {"story_issue": "請求書づくりに時間がかかっていた。"})

    page = awards_page(window)
    page.set_program(program["id"])
    page.show_view("nominations")
    panel = page.nomination_panel
    assert isinstance(panel, NominationPanel)
    dialog_answers.answer("pick_records", [cs["id"]])
    panel.nominate_actions["case_study"].trigger()
    nom = next(n for n in s.awards.nominations(program["id"]) if n["nominee_id"] == cs["id"])
    assert panel.current_id == nom["id"]
    form = panel.editor
    assert isinstance(form, NominationForm)

    def blocking_keys() -> list[str]:
        model = form.checklist_model
        return [model.items[r].key for r in range(model.rowCount())
                if not model.items[r].ok and model.items[r].blocking]

    assert "section:issue" in blocking_keys()
    first = form.checklist_model.index(0, 0)
    assert first.data().startswith("要対応") and first.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "提出できません" in form.checklist_summary.text()
    qtmodeltester.check(form.checklist_model)
    qtmodeltester.check(form.sections_field.model)
    qtmodeltester.check(form.sections_field.figures)

    # The sections came from the case study; edit one here (the case study is not touched).
    sections = form.sections_field
    assert sections.editors["issue"].editor.toPlainText() == "請求書づくりに時間がかかっていた。"
    sections.show_section("approach")
    sections.editors["approach"].editor.setPlainText("推薦用に書き直した方策。" * 12)
    trigger(window, "save")
    assert s.records.get("nomination", nom["id"])["sections"]["approach"].startswith("推薦用に書き直した方策。")
    assert s.records.get("case_study", cs["id"])["story_approach"] == cs["story_approach"]

    # Submitting is refused with the core's sentence while something blocks.
    submit = next(b for b in form.status_row.buttons if b.objectName() == "status_submitted")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    assert s.records.get("nomination", nom["id"])["status"] == "draft"
    assert any("まだ提出できません" in m for m in dialog_answers.messages())

    # Fix the case study in its editor: a longer 課題 and a new 方策.
    cs_panel = window.show_page("case_studies").current_panel()
    assert isinstance(cs_panel, CaseStudyPanel) and cs_panel.select_record(cs["id"])
    cs_panel.editor.editors["story_issue"].markdown.editor.setPlainText(LONG_ISSUE)  # type: ignore[attr-defined]
    cs_panel.editor.editors["story_approach"].markdown.editor.setPlainText(  # type: ignore[attr-defined]
        "事例の方策も更新した。" * 12)
    trigger(window, "save")
    assert s.records.get("case_study", cs["id"])["story_issue"] == LONG_ISSUE

    # Refresh: the untouched 課題 is updated, the edited 方策 kept — and the message names it.
    page = awards_page(window)
    page.show_view("nominations")
    assert panel.current_id == nom["id"]
    qtbot.mouseClick(form.refresh_button, Qt.MouseButton.LeftButton)
    stored = s.records.get("nomination", nom["id"])
    assert stored["sections"]["issue"] == LONG_ISSUE
    assert stored["sections"]["approach"].startswith("推薦用に書き直した方策。")
    message = dialog_answers.messages()[-1]
    assert "課題" in message and "方策" in message and "編集" in message
    qtbot.waitUntil(lambda: "section:issue" not in blocking_keys())
    assert sections.editors["issue"].editor.toPlainText() == LONG_ISSUE

    # Undo of the refresh brings the short text back (and the blocking item with it).
    trigger(window, "undo")
    assert s.records.get("nomination", nom["id"])["sections"]["issue"] == "請求書づくりに時間がかかっていた。"
    qtbot.waitUntil(lambda: "section:issue" in blocking_keys())
    trigger(window, "redo")
    qtbot.waitUntil(lambda: not blocking_keys())

    # Now it can be submitted.
    submit = next(b for b in form.status_row.buttons if b.objectName() == "status_submitted")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    assert s.records.get("nomination", nom["id"])["status"] == "submitted"
    assert "提出済み" in form.status_label.text()


def test_nominating_a_person_and_twice_the_same(qtbot: QtBot, window: Any, demo_services: Services,
                                               dialog_answers: Any) -> None:
    s = demo_services
    program = local_program(s)
    page = awards_page(window)
    page.set_program(program["id"])
    panel = page.nomination_panel
    person = s.records.list("person", limit=1)[0]
    before = len(s.awards.nominations(program["id"]))
    dialog_answers.answer("pick_records", [person["id"]])
    panel.nominate_actions["person"].trigger()
    assert len(s.awards.nominations(program["id"])) == before + 1
    assert panel.model.rowCount() == before + 1
    dialog_answers.answer("pick_records", [person["id"]])
    panel.nominate_actions["person"].trigger()  # already nominated: one plain sentence
    assert any("すでに" in m for m in dialog_answers.messages())
    assert len(s.awards.nominations(program["id"])) == before + 1
    trigger(window, "undo")
    assert len(s.awards.nominations(program["id"])) == before
    qtbot.waitUntil(lambda: panel.model.rowCount() == before)


def test_program_from_a_template_with_criteria_sections_and_rules(qtbot: QtBot, window: Any, demo_services: Services,
                                                                   dialog_answers: Any, qtmodeltester: Any) -> None:
    s = demo_services
    page = awards_page(window)
    templates = s.awards.templates()

    def fill(dialog: TemplateDialog) -> bool:
        dialog.template.setCurrentIndex(1)
        dialog.year.setValue(2027)
        dialog.deadline.set_value("2027-09-30")
        return True

    dialog_answers.answer("exec_dialog", fill)
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    created = [p for p in s.awards.programs() if p.get("year") == 2027]
    assert len(created) == 1
    program = created[0]
    assert program["name"].endswith("2027") and program["deadline"] == "2027-09-30"
    assert len(s.awards.criteria(program["id"])) == len(templates[1]["criteria"])
    panel = page.program_panel
    assert panel.current_id == program["id"] and page.program_id == program["id"]
    form = panel.form
    assert isinstance(form, ProgramForm)

    # A criterion's weight, edited in the table, saved at once and undoable.
    criteria = form.criteria
    qtmodeltester.check(criteria)
    weight = criteria.index(0, criteria.COLUMNS.index("weight"))
    assert criteria.setData(weight, "3", Qt.ItemDataRole.EditRole)
    assert s.awards.criteria(program["id"])[0]["weight"] == 3.0
    assert criteria.index(0, criteria.COLUMNS.index("share")).data().endswith("%")
    trigger(window, "undo")
    assert s.awards.criteria(program["id"])[0]["weight"] == float(templates[1]["criteria"][0]["weight"])

    # Required sections and rules belong to the program: edited, then saved with it.
    sections = form.editors["required_sections"]
    assert isinstance(sections, SectionsField)
    qtmodeltester.check(sections.model)
    n = sections.model.rowCount()
    sections.editor.add()
    sections.editor.view.closePersistentEditor(sections.editor.view.currentIndex())
    title = sections.model.index(n, sections.model.COLUMNS.index("title_ja"))
    assert sections.model.setData(title, "地域への波及", Qt.ItemDataRole.EditRole)
    rules = form.editors["eligibility_rules"]
    assert isinstance(rules, EligibilityField)
    rules.max_employees.setValue(50)
    assert form.is_dirty
    trigger(window, "save")
    stored = s.records.get("award_program", program["id"])
    assert stored["required_sections"][-1]["title_ja"] == "地域への波及"
    assert stored["eligibility_rules"]["max_employees"] == 50

    # Undo of the creation removes the program and its criteria; redo brings both back.
    for _ in range(2):
        trigger(window, "undo")
    assert not [p for p in s.awards.programs() if p.get("year") == 2027]
    assert s.records.count("award_criterion", [Filter("program_id", "=", program["id"])]) == 0
    trigger(window, "redo")
    assert [p["id"] for p in s.awards.programs() if p.get("year") == 2027] == [program["id"]]
    assert len(s.awards.criteria(program["id"])) == len(templates[1]["criteria"])


def test_language_switch_rebuilds_the_awards_page(qtbot: QtBot, window: Any, demo_services: Services,
                                                  dialog_answers: Any) -> None:
    s = demo_services
    program = local_program(s)
    page = awards_page(window)
    page.set_program(program["id"])
    nom = s.awards.nominations(program["id"])[0]
    assert window.open_record("nomination", nom["id"])
    # A step done before the switch (a criterion moved) is undone after it, through the rebuilt page.
    criteria = page.program_panel.form.criteria  # type: ignore[attr-defined]
    page.program_panel.select_record(program["id"])
    first = criteria.row_id(0)
    criteria.move(0, 1, "move")
    window.set_language("en")
    page = awards_page(window)
    assert page.tabs is not None and page.tabs.tabText(1) == "Nominations"
    assert page.nomination_panel.current_id == nom["id"]
    assert page.nomination_panel.editor.checklist_summary.text()
    trigger(window, "undo")
    assert s.awards.criteria(program["id"])[0]["id"] == first
    window.set_language("ja")
