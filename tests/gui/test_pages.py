"""Each record page driven as a user would: open, search, create, edit, delete, undo, redo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mitake_desktop.core.schema import Kind, spec
from mitake_desktop.core.services import Filter, Services
from mitake_desktop.gui.lists import LISTS
from mitake_desktop.gui.pages.records import RecordsPage

from .helpers import fill, search, select_row, trigger


def first_id(s: Services, type_name: str) -> str:
    return str(s.records.list(type_name, limit=1)[0]["id"])


@dataclass
class Recipe:
    page: str
    type: str
    create: Callable[[Services], dict[str, Any]]
    edit: dict[str, Any]
    stored: dict[str, Any]  # how the edit is stored (the service cleans what was typed)


RECIPES = [
    Recipe("communities", "community",
           lambda s: {"name": "テスト交流会", "prefectures": ["13", "14"], "status": "active",
                      "coordinating_org_id": first_id(s, "organisation"), "description": "# 目的\n\n勉強会を開く"},
           {"city": "八王子市"}, {"city": "八王子市"}),
    Recipe("people", "person",
           lambda s: {"name": "試験 太郎", "reading": "しけん たろう", "email": "taro@example.jp",
                      "organisation_id": first_id(s, "organisation"), "consent_scope": "joint_use"},
           {"title": "代表取締役"}, {"title": "代表取締役"}),
    Recipe("organisations", "organisation",
           lambda s: {"name": "テスト商店", "kind": "sme", "prefecture": "10", "industry": "I"},
           {"phone": "027-123-4567"}, {"phone": "027-123-4567"}),
    Recipe("events", "event",
           lambda s: {"title": "テスト勉強会", "kind": "seminar", "starts_at": "2026-07-01 14:00",
                      "ends_at": "2026-07-01 16:00", "community_id": first_id(s, "community"),
                      "speaker_ids": [first_id(s, "person")], "topics": ["it"]},
           {"capacity": "３０"}, {"capacity": 30}),
    Recipe("case_studies", "case_study",
           lambda s: {"title": "テスト事例、クラウド会計で月20時間削減", "organisation_id": first_id(s, "organisation"),
                      "it_tool_ids": [first_id(s, "it_tool")], "summary": "**概要**です", "prefecture": "10"},
           {"cost_yen": "１２０，０００"}, {"cost_yen": 120000}),
    Recipe("it_tools", "it_tool",
           lambda s: {"name": "テスト会計クラウド", "category": "accounting", "subsidy_eligible": True},
           {"vendor": "テスト株式会社"}, {"vendor": "テスト株式会社"}),
    Recipe("awards", "award_program",
           lambda s: {"name": "テスト身の丈ITアワード", "year": "2026", "deadline": "2026/9/30"},
           {"organiser": "テスト商工会議所"}, {"organiser": "テスト商工会議所"}),
]


@pytest.mark.parametrize("recipe", RECIPES, ids=[r.page for r in RECIPES])
def test_a_page_as_a_user(qtbot: QtBot, window: Any, demo_services: Services, dialog_answers: Any,
                          recipe: Recipe) -> None:
    s = demo_services
    entity = spec(recipe.type)
    trigger(window, f"page_{recipe.page}")
    page = window.current()
    assert isinstance(page, RecordsPage) and window.current_page == recipe.page
    panel = page.show_type(recipe.type)
    total = s.records.count(recipe.type)
    assert panel.model.rowCount() == total > 0

    # Search: two characters of an existing title (Japanese queries of any length).
    title = str(s.records.list(recipe.type, limit=1)[0][entity.title_field])
    query = title[:2]
    search(qtbot, panel, query)
    expected = s.records.count(recipe.type, [LISTS[recipe.type].search_filter(query)])  # type: ignore[list-item]
    assert 0 < panel.model.rowCount() == expected <= total
    select_row(qtbot, panel, 0)
    qtbot.waitUntil(lambda: panel.current_id is not None)
    panel.filter_bar.clear_all()
    assert panel.model.rowCount() == total

    # Create.
    trigger(window, "new")
    assert panel.form.is_new and panel.form.isEnabled()
    values = recipe.create(s)
    fill(qtbot, panel.form, values, dialog_answers)
    trigger(window, "save")
    assert not panel.form.is_dirty, panel.form.general_error.text() + str(
        {k: panel.form.problem_text(k) for k in panel.form.errors})
    title_value = values[entity.title_field]
    created = s.records.list(recipe.type, [Filter(entity.title_field, "=", title_value)])
    assert len(created) == 1
    rid = created[0]["id"]
    assert panel.current_id == rid and panel.selected_ids() == [rid]
    assert panel.model.rowCount() == total + 1

    # Edit: the window shows unsaved changes until saved.
    fill(qtbot, panel.form, recipe.edit, dialog_answers)
    assert panel.form.is_dirty and window.isWindowModified()
    trigger(window, "save")
    assert not window.isWindowModified()
    for k, v in recipe.stored.items():
        assert s.records.get(recipe.type, rid)[k] == v

    # Delete (confirmed).
    dialog_answers.answer("confirm", True)
    trigger(window, "delete")
    assert s.records.get(recipe.type, rid, include_deleted=True)["deleted"]
    assert panel.model.rowCount() == total and panel.model.locate(rid) is None

    # Undo: delete, edit, create — then redo them all.
    trigger(window, "undo")
    assert not s.records.get(recipe.type, rid)["deleted"]
    trigger(window, "undo")
    for k in recipe.stored:
        assert s.records.get(recipe.type, rid)[k] != recipe.stored[k]
    trigger(window, "undo")
    assert s.records.get(recipe.type, rid, include_deleted=True)["deleted"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == total)
    for _ in range(3):
        trigger(window, "redo")
    record = s.records.get(recipe.type, rid, include_deleted=True)
    assert record["deleted"] and all(record[k] == v for k, v in recipe.stored.items())
    trigger(window, "undo")
    qtbot.waitUntil(lambda: panel.model.locate(rid) is not None)


def test_deleting_asks_and_cancel_keeps_the_record(qtbot: QtBot, window: Any, demo_services: Services,
                                                   dialog_answers: Any) -> None:
    panel = window.show_page("organisations").current_panel()
    select_row(qtbot, panel, 0)
    rid = panel.current_id
    dialog_answers.answer("confirm", False)
    trigger(window, "delete")
    assert dialog_answers.called("confirm")
    assert not demo_services.records.get("organisation", rid)["deleted"]
    assert not window.undo.canUndo()


def test_delete_confirmation_names_what_refers_to_the_record(qtbot: QtBot, window: Any, demo_services: Services,
                                                            dialog_answers: Any) -> None:
    """The question lists the records that point at the one being deleted and says they stay, pointing at it."""
    s = demo_services
    panel = window.show_page("communities").current_panel()
    select_row(qtbot, panel, 0)
    cid = panel.current_id
    events = s.records.list("event", [Filter("community_id", "=", cid)])
    members = s.records.count("membership", [Filter("community_id", "=", cid)])
    assert events and members  # the demo community has both
    dialog_answers.answer("confirm", False)
    trigger(window, "delete")
    [(_, text)] = [args[:2] for args in dialog_answers.called("confirm")]
    assert "この記録を参照している記録があります" in text
    assert f"・{spec('event').plural}: {len(events)} 件" in text
    assert f"・{spec('membership').plural}: {members} 件" in text
    assert any(e["title"][:20] in text for e in events)  # a few titles by name
    assert "削除済みのコミュニティを指したまま" in text and "Ctrl+Z" in text
    assert not s.records.get("community", cid)["deleted"]
    # A record nothing refers to: the plain question.
    tool = s.records.create("it_tool", {"name": "だれも使わないツール", "category": "accounting"})["id"]
    assert window.show_page("it_tools").current_panel()._dependents_text([tool]) == ""
    # Several at once: the count covers all of them.
    people = [m["person_id"] for m in s.records.list("membership", [Filter("community_id", "=", cid)])][:2]
    text = window.show_page("people").current_panel()._dependents_text(people)
    assert "これらの記録を参照している記録があります" in text and f"・{spec('membership').plural}:" in text


def test_bulk_delete_is_one_undo_step(qtbot: QtBot, window: Any, demo_services: Services,
                                      dialog_answers: Any) -> None:
    panel = window.show_page("it_tools").current_panel()
    before = panel.model.rowCount()
    ids = [panel.model.record_id(r) for r in range(3)]
    panel.view.selectRow(0)
    for r in (1, 2):
        panel.view.selectionModel().select(panel.model.index(r, 0),
                                           panel.view.selectionModel().SelectionFlag.Select
                                           | panel.view.selectionModel().SelectionFlag.Rows)
    assert sorted(panel.selected_ids()) == sorted(ids)
    dialog_answers.answer("confirm", True)
    trigger(window, "delete")
    assert panel.model.rowCount() == before - 3
    assert window.undo.count() == 1
    trigger(window, "undo")
    qtbot.waitUntil(lambda: panel.model.rowCount() == before)  # lists refresh once, after the whole step
    assert all(not demo_services.records.get("it_tool", i)["deleted"] for i in ids)


def test_bulk_status_change_from_the_context_menu(qtbot: QtBot, window: Any, demo_services: Services,
                                                  dialog_answers: Any) -> None:
    """Several case studies change status in one undo step, by the same rules as one (draft → reviewed → published)."""
    panel = window.show_page("case_studies").current_panel()
    draft = demo_services.records.list("case_study", [Filter("status", "=", "draft")], limit=1)[0]["id"]
    published = demo_services.records.list("case_study", [Filter("status", "=", "published")], limit=1)[0]["id"]
    sm = panel.view.selectionModel()

    def select_both() -> None:
        sm.clearSelection()
        for rid in (draft, published):
            sm.select(panel.model.index(panel.model.locate(rid), 0), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)
        assert set(panel.selected_ids()) == {draft, published}

    select_both()

    def choose(label: str) -> None:
        menu = panel.context_menu()
        status_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
        next(a for a in status_menu.actions() if a.text() == label).trigger()

    choose("レビュー済み")  # allowed from draft and from published (a withdrawal)
    assert {demo_services.records.get("case_study", i)["status"] for i in (draft, published)} == {"reviewed"}
    assert window.undo.count() == 1 and not dialog_answers.messages()
    trigger(window, "undo")
    assert demo_services.records.get("case_study", draft)["status"] == "draft"
    assert demo_services.records.get("case_study", published)["status"] == "published"

    select_both()
    choose("公開")  # a draft cannot skip the review: refused in a plain sentence, the other stays as it is
    assert demo_services.records.get("case_study", draft)["status"] == "draft"
    assert any("変えることはできません" in m for m in dialog_answers.messages())


def test_related_list_adds_a_member_to_the_selected_community(qtbot: QtBot, window: Any, demo_services: Services,
                                                               dialog_answers: Any) -> None:
    page = window.show_page("communities")
    panel = page.current_panel()
    select_row(qtbot, panel, 0)
    community = panel.current_id
    members = panel.show_child("membership")
    assert members is not None
    expected = demo_services.records.count("membership", [Filter("community_id", "=", community)])
    assert members.model.rowCount() == expected
    supporters = {m["person_id"] for m in demo_services.records.list("membership", [Filter("role", "=", "supporter")])}
    person = next(p["id"] for p in reversed(demo_services.records.list("person", limit=300)) if p["id"] not in supporters)
    members.new_record()
    fill(qtbot, members.form, {"person_id": person, "role": "supporter", "since": "2026-04-01"}, dialog_answers)
    assert "community_id" not in members.form.editors  # fixed by the parent, not editable here
    members.filter_bar.search.setFocus()
    trigger(window, "save")  # Ctrl+S saves the list that has the focus: the related one
    saved = demo_services.records.list("membership", [Filter("person_id", "=", person),
                                                      Filter("role", "=", "supporter")])
    assert [m["community_id"] for m in saved] == [community]
    assert members.model.rowCount() == expected + 1


def test_filters_narrow_the_list_in_sql(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    panel = window.show_page("case_studies").current_panel()
    combo = next(w for fs, w in panel.filter_bar.widgets if fs.field == "prefecture")
    index = combo.findData("10")
    combo.setCurrentIndex(index)
    status = next(w for fs, w in panel.filter_bar.widgets if fs.field == "status")
    status.setCurrentIndex(status.findData("published"))
    expected = demo_services.records.count("case_study", [Filter("prefecture", "=", "10"),
                                                          Filter("status", "=", "published")])
    assert panel.model.rowCount() == expected
    events = window.show_page("events").current_panel()
    start = next(w for fs, w in events.filter_bar.widgets if fs.kind == "date_from")
    end = next(w for fs, w in events.filter_bar.widgets if fs.kind == "date_to")
    starts = sorted(e["starts_at"][:10] for e in demo_services.records.list("event"))
    low, high = starts[len(starts) // 3], starts[2 * len(starts) // 3]
    start.set_value(low)
    end.set_value(high)
    events.filter_bar.apply_now()
    expected = demo_services.records.count("event", [Filter("starts_at", ">=", low),
                                                     Filter("starts_at", "<=", high + "T99")])
    assert 0 < events.model.rowCount() == expected < demo_services.records.count("event")


def test_people_filter_by_community_through_memberships(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    panel = window.show_page("people").current_panel()
    community = next(w for fs, w in panel.filter_bar.widgets if fs.field == "community")
    cid = demo_services.records.list("community")[0]["id"]
    members = {m["person_id"] for m in demo_services.records.list("membership", [Filter("community_id", "=", cid)])}
    community.set_value(cid)
    panel.filter_bar.apply_now()
    assert 0 < panel.model.rowCount() == len(members) < demo_services.records.count("person")
    assert "community" not in panel.filter_bar.presets()  # a new person is not "in" a community by a field


def test_unsaved_edits_are_not_lost_when_changing_records(qtbot: QtBot, window: Any, demo_services: Services,
                                                          dialog_answers: Any) -> None:
    panel = window.show_page("organisations").current_panel()
    select_row(qtbot, panel, 0)
    first = panel.current_id
    fill(qtbot, panel.form, {"city": "草津町"}, dialog_answers)
    dialog_answers.answer("ask_unsaved", "cancel")
    select_row(qtbot, panel, 1)
    assert panel.current_id == first and panel.form.is_dirty
    dialog_answers.answer("ask_unsaved", "save")
    select_row(qtbot, panel, 1)
    assert demo_services.records.get("organisation", first)["city"] == "草津町"
    assert panel.current_id != first


def test_closing_with_unsaved_edits_asks_first(qtbot: QtBot, window: Any, demo_services: Services,
                                               dialog_answers: Any) -> None:
    panel = window.show_page("organisations").current_panel()
    select_row(qtbot, panel, 0)
    rid = panel.current_id
    fill(qtbot, panel.form, {"city": "閉じる前市"}, dialog_answers)
    assert window.isWindowModified()
    dialog_answers.answer("ask_unsaved", "cancel")
    window.close()
    assert window.isVisible()
    dialog_answers.answer("ask_unsaved", "save")
    window.close()
    assert not window.isVisible()
    assert demo_services.records.get("organisation", rid)["city"] == "閉じる前市"


def test_nothing_selected_shows_a_blank_form_and_new_brings_the_defaults(qtbot: QtBot, window: Any) -> None:
    """No invented values (状態 立ち上げ中, 2026-06-01 in grey) while nothing is chosen; New fills the defaults."""
    from PySide6.QtWidgets import QLineEdit

    from mitake_desktop.gui.fields import ChoiceField

    for page, type_name in (("communities", "community"), ("events", "event"), ("awards", "award_program")):
        panel = window.show_page(page).active_panel()
        assert panel.type_name == type_name and panel.current_id is None
        form = panel.form
        assert not form.isEnabled() and form.is_blank
        shown = {name: editor.value() for name, editor in form.editors.items()}
        assert all(v in (None, "", [], {}, False) for v in shown.values()), (page, shown)
        hints = [e.placeholderText() for ed in form.editors.values() for e in ed.findChildren(QLineEdit)]
        assert not any(hints), (page, hints)
        panel.new_record()
        assert form.isEnabled() and not form.is_blank
        defaults = {f.name: f.default for f in form.entity.fields if f.default not in (None, [], {}, False)
                    and f.name in form.editors and f.name not in panel.filter_bar.presets()}
        assert defaults or type_name == "award_program", page  # a program has no default to show
        for name, default in defaults.items():
            assert form.editors[name].value() == default, (page, name)
        dates = [ed for ed in form.editors.values() if ed.field.kind in (Kind.DATE, Kind.DATETIME)]
        assert dates and all(any(e.placeholderText() for e in ed.findChildren(QLineEdit)) for ed in dates), page
        assert not form.is_dirty
        panel.revert()
        # Choosing a record then nothing again goes back to blank.
        panel.view.setCurrentIndex(panel.model.index(0, 0))
        assert panel.current_id is not None and not form.is_blank
        filled = [name for name, ed in form.editors.items() if ed.value() not in (None, "", [], {}, False)]
        assert filled and (type_name == "award_program" or any(
            isinstance(form.editors[name], ChoiceField) for name in filled))
        panel._show_record(None)
        assert form.is_blank and all(form.editors[name].value() in (None, "", [], {}, False) for name in filled)


def test_delete_wording_names_and_titles_in_both_languages(qtbot: QtBot, window: Any, demo_services: Services,
                                                           dialog_answers: Any) -> None:
    """「イベント「…」を削除しますか？」; a profile among the dependents by its person; sentence-case English."""
    s = demo_services
    event = s.records.list("event")[0]
    profile = next(p for p in s.records.list("opinion_leader_profile") if p.get("community_id"))
    person = s.records.get("person", profile["person_id"])
    for lang, question, empty, new in (
            ("ja", f"イベント「{event['title']}」を削除しますか？", "事例が選ばれていません", "新しい事例"),
            ("en", f"Delete event “{event['title']}”?", "No case study selected", "New case study")):
        window.set_language(lang)
        panel = window.show_page("events").current_panel()
        assert panel.select_record(event["id"])
        dialog_answers.answer("confirm", False)
        trigger(window, "delete")
        text = dialog_answers.called("confirm")[-1][1]
        assert text.startswith(question), text
        # A community's opinion-leader profiles are named by their person, not their expertise.
        communities = window.show_page("communities").current_panel()
        listed = communities._dependents_text([profile["community_id"]])
        line = next(x for x in listed.splitlines() if str(spec("opinion_leader_profile").plural) in x)
        assert person["name"] in listed and (not profile.get("expertise") or profile["expertise"][:10] not in line)
        cases = window.show_page("case_studies").current_panel()
        cases.view.selectionModel().clearCurrentIndex()
        assert cases.title.text() == empty
        cases.new_record()
        assert cases.title.text() == new
        cases.revert()
    assert s.records.get("event", event["id"])["deleted"] is False


def test_the_search_hint_fits_its_box(qtbot: QtBot, window: Any) -> None:
    """"Search award programs…" where the list is wide enough, "Search…" where it would be cut."""
    window.set_language("en")
    bar = window.show_page("awards").active_panel().filter_bar
    search = bar.search
    for width, expected in ((120, "Search…"), (400, "Search award programs…")):
        search.setFixedWidth(width)
        qtbot.waitUntil(lambda search=search, expected=expected: search.placeholderText() == expected)
        assert search.fontMetrics().horizontalAdvance(search.placeholderText()) < width
