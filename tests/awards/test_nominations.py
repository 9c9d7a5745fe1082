"""Programs from templates, nominations filled from case studies, refresh that keeps edits, the checklist."""

from __future__ import annotations

from datetime import date

import pytest

from mitake_desktop.core.errors import MitakeError, ValidationError
from mitake_desktop.core.services import Services
from tests.awards.helpers import make_case, make_program, text


def test_a_program_and_its_criteria_come_from_a_template_in_one_undoable_batch(services: Services) -> None:
    program = make_program(services, "national_four_viewpoints")
    criteria = services.awards.criteria(program["id"])
    assert program["name"] == "IT経営 地域推薦（四つの視点） 2026" and program["deadline"] == "2026-07-01"
    assert [c["name"] for c in criteria] == ["経営課題に基づく計画", "IT活用の取組", "推進体制・人材", "成果と評価"]
    assert all(c["weight"] == 1 and c["max_score"] == 5 and c["description"] for c in criteria)
    assert program["eligibility_rules"] == {"nominee_types": ["case_study"], "sme_basic_act": True,
                                            "require_publication_consent": True, "require_supporter": True}
    sections = program["required_sections"]
    assert [s["source"] for s in sections] == ["summary", "story_issue", "story_approach", "story_team",
                                               "story_results", "figures"]
    batch = services.history.batches("award_program")[0]
    services.history.undo_batch(batch.id)
    assert services.records.count("award_program") == 0 and services.records.count("award_criterion") == 0


def test_templates_in_english_and_unknown_ones(services: Services) -> None:
    program = services.awards.create_program_from_template("local_mitake_it", year=2027, lang="en")
    assert program["name"] == "Right-sized IT Community Award 2027"
    assert services.awards.criteria(program["id"])[0]["name"] == "Clarity of the management issue"
    with pytest.raises(MitakeError, match="local_mitake_it"):
        services.awards.create_program_from_template("no_such_template")


def test_eligibility_rules_are_checked_as_data(services: Services) -> None:
    program = make_program(services)
    with pytest.raises(ValidationError):
        services.records.update("award_program", program["id"], {"eligibility_rules": {"max_employes": 300}})
    with pytest.raises(ValidationError):
        services.records.update("award_program", program["id"], {"eligibility_rules": {"nominee_types": ["firm"]}})
    services.records.update("award_program", program["id"], {"eligibility_rules": {"prefectures": ["10", "11"]}})


def test_nominating_a_case_study_copies_its_texts_figures_and_photos(services: Services) -> None:
    ids = make_case(services)
    cs = ids["case"]
    program = make_program(services)
    nom = services.awards.nominate(program["id"], "case_study", cs["id"])
    assert nom["title"] == cs["title"] and nom["status"] == "draft"
    assert nom["sections"] == {"summary": cs["summary"], "issue": cs["story_issue"], "approach": cs["story_approach"],
                               "team": cs["story_team"], "results": cs["story_results"]}
    assert [r["metric"] for r in nom["figures"]] == ["経理作業時間", "労働生産性"]
    assert nom["figures"][0] | {} == {"metric": "経理作業時間", "kind": "result", "unit": "時間", "period": "月",
                                      "before": 40.0, "after": 12.0, "better": None, "note": None}
    assert nom["attachment_ids"] == ids["photos"]
    # Editing the nomination leaves the case study alone.
    services.awards.set_section(nom["id"], "issue", "推薦用に書き直した課題。")
    assert services.records.get("case_study", cs["id"])["story_issue"] == cs["story_issue"]
    states = {s.key: s for s in services.awards.section_states(nom["id"])}
    assert states["issue"].edited and states["issue"].source_differs and not states["approach"].edited
    assert states["figures"].is_figures and not states["figures"].edited
    with pytest.raises(MitakeError, match="すでに"):
        services.awards.nominate(program["id"], "case_study", cs["id"])


def test_refresh_updates_untouched_sections_and_keeps_edited_ones(services: Services) -> None:
    ids = make_case(services)
    cid = ids["case"]["id"]
    program = make_program(services)
    nom = services.awards.nominate(program["id"], "case_study", cid)
    services.awards.set_section(nom["id"], "issue", "推薦用に書き直した課題。")
    services.records.update("case_study", cid, {"story_issue": text(150, "新課"), "story_team": text(80, "新体"),
                                                "summary": ids["case"]["summary"]})
    services.records.update("case_figure", ids["figures"][0]["id"], {"after": 10})
    result = services.awards.refresh_from_case_study(nom["id"])
    assert set(result.updated) == {"team", "figures"} and result.kept == ("issue",)
    assert set(result.unchanged) == {"summary", "approach", "results"}
    now = services.records.get("nomination", nom["id"])
    assert now["sections"]["issue"] == "推薦用に書き直した課題。"  # never silently overwritten
    assert now["sections"]["team"] == text(80, "新体") and now["figures"][0]["after"] == 10.0
    # Refreshing again changes nothing; the edit is still reported as kept.
    again = services.awards.refresh_from_case_study(nom["id"])
    assert again.updated == () and again.kept == ("issue",)
    # Taking the case study's text is an explicit action, one section at a time.
    took = services.awards.take_from_case_study(nom["id"], ["issue"])
    assert took.updated == ("issue",)
    assert services.records.get("nomination", nom["id"])["sections"]["issue"] == text(150, "新課")
    assert services.awards.refresh_from_case_study(nom["id"]).kept == ()


def test_edited_figures_are_kept_on_refresh(services: Services) -> None:
    ids = make_case(services)
    program = make_program(services)
    nom = services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    rows = services.records.get("nomination", nom["id"])["figures"]
    services.awards.set_figures(nom["id"], [rows[0] | {"note": "推薦用の注記"}])
    services.records.update("case_figure", ids["figures"][1]["id"], {"after": 600})
    result = services.awards.refresh_from_case_study(nom["id"])
    assert "figures" in result.kept
    assert services.records.get("nomination", nom["id"])["figures"] == [rows[0] | {"note": "推薦用の注記"}]


def test_person_and_community_nominees(services: Services) -> None:
    ids = make_case(services)
    program = make_program(services)
    services.records.create("opinion_leader_profile", {"person_id": ids["leader"]["id"], "story": "地域に会計を広めた。"})
    person = services.awards.nominate(program["id"], "person", ids["leader"]["id"])
    assert person["title"] == "山田 太郎" and person["sections"]["summary"] == "地域に会計を広めた。"
    community = services.awards.nominate(program["id"], "community", ids["community"]["id"])
    assert community["sections"]["summary"] == ids["community"]["description"]
    with pytest.raises(MitakeError):
        services.awards.refresh_from_case_study(person["id"])


def _keys(services: Services, nom_id: str, **kw: object) -> dict[str, tuple[bool, bool]]:
    return {i.key: (i.ok, i.blocking) for i in services.awards.checklist(nom_id, today=date(2026, 6, 1), **kw).items}


def test_checklist_of_a_complete_nomination_is_ready_and_it_can_be_submitted(services: Services) -> None:
    ids = make_case(services)
    program = make_program(services)
    nom = services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    checklist = services.awards.checklist(nom["id"], today=date(2026, 6, 1))
    assert checklist.ready, [i.message for i in checklist.blocking]
    keys = _keys(services, nom["id"])
    assert keys["figures"] == (True, True) and keys["consent"] == (True, True)
    assert keys["eligibility:max_employees"] == (True, True) and keys["eligibility:community"] == (True, True)
    assert keys["leader_consent"] == (False, False)  # a warning: the leader appears by role only
    assert services.awards.set_status(nom["id"], "submitted")["status"] == "submitted"
    services.awards.set_status(nom["id"], "shortlisted")
    services.awards.set_status(nom["id"], "awarded")
    with pytest.raises(MitakeError, match="「受賞」から「下書き」"):
        services.awards.set_status(nom["id"], "draft")


def test_checklist_names_what_is_missing(services: Services) -> None:
    ids = make_case(services, consent=False, employees="gt300", community=False, story_team=text(20))
    program = make_program(services)
    nom = services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    services.awards.set_figures(nom["id"], [{"metric": "売上", "before": 10}])
    checklist = services.awards.checklist(nom["id"], today=date(2026, 7, 2))
    messages = [i.message for i in checklist.blocking]
    assert "「推進体制」が20文字です（50文字以上必要）。" in messages
    assert "「導入前後の数値」に導入前と導入後の両方が入った指標がありません。" in messages
    assert "事業者の公開の同意がありません（推薦書類一式には含まれません）。" in messages
    assert "従業員規模 301人以上 は応募資格（300人以下）を超えています。" in messages
    assert any("コミュニティに所属していません" in m for m in messages)
    assert _keys(services, nom["id"])["deadline"] == (True, False)
    late = {i.key: i for i in checklist.items}["deadline"]
    assert not late.ok and not late.blocking and "締切（令和8年7月1日）を過ぎています" in late.message
    with pytest.raises(MitakeError, match="まだ提出できません: 「推進体制」が20文字です"):
        services.awards.set_status(nom["id"], "submitted")
    en = services.awards.checklist(nom["id"], lang="en", today=date(2026, 6, 1))
    assert "The firm has not consented to publication (the nomination packet leaves it out)." in [i.message for i in en.blocking]


@pytest.mark.parametrize(("industry", "employees", "capital", "ok"), [
    ("E", "101_300", "gt300m", True),  # manufacturing: up to 300 people
    ("E", "gt300", "100m_300m", True),  # … or up to ¥300M capital
    ("E", "gt300", "gt300m", False),
    ("M", "101_300", "gt300m", False),  # services: 100 people or ¥50M
    ("M", "51_100", "gt300m", True),
    ("I", "gt300", "le10m", True),
    ("E", None, None, False),  # unknown: cannot be confirmed
])
def test_sme_basic_act_rule(services: Services, industry: str, employees: str | None, capital: str | None,
                            ok: bool) -> None:
    ids = make_case(services, industry=industry, employees=employees, capital=capital)
    program = make_program(services, "national_four_viewpoints")
    nom = services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    assert _keys(services, nom["id"])["eligibility:sme_basic_act"] == (ok, True)


def test_nominee_type_and_supporter_rules(services: Services) -> None:
    ids = make_case(services, supporters=False)
    program = make_program(services, "national_four_viewpoints")
    nom = services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    assert _keys(services, nom["id"])["eligibility:supporter"] == (False, True)
    person = services.awards.nominate(program["id"], "person", ids["leader"]["id"])
    keys = _keys(services, person["id"])
    assert keys["eligibility:nominee_types"] == (False, True) and keys["consent"] == (False, True)
