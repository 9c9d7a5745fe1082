"""The completeness score of a case study: weights, partial credit, hints in both languages."""

from __future__ import annotations

from mitake_desktop.core.i18n import set_language
from mitake_desktop.core.services import Services
from mitake_desktop.core.services.case_studies import COMPLETENESS, assess, text_chars
from tests.awards.helpers import make_case, text

WEIGHT = {c.key: c.weight for c in COMPLETENESS}


def test_weights_cover_the_issue_and_sum_to_100() -> None:
    assert sum(WEIGHT.values()) == 100
    for key in ("firm", "prefecture", "industry", "employees_band", "capital_band", "leader", "supporters",
                "it_tools", "cost", "subsidy", "story_issue", "story_approach", "story_team", "story_results",
                "figures", "benchmark", "photos", "consent"):
        assert WEIGHT[key] > 0, key


def test_a_complete_case_study_scores_100_with_nothing_missing(services: Services) -> None:
    ids = make_case(services)
    result = services.case_studies.completeness(ids["case"]["id"])
    assert result.score == 100 and result.missing == []


def test_an_empty_case_study_scores_0_and_lists_everything(services: Services) -> None:
    cs = services.records.create("case_study", {"title": "空の事例"})
    result = services.case_studies.completeness(cs["id"])
    assert result.score == 0
    assert {i.key for i in result.missing} == set(WEIGHT)
    messages = " ".join(i.hint or "" for i in result.missing)
    assert "「課題」が未記入です（100文字以上）" in messages and "公開の同意" in messages
    # Essential items come before the recommended benchmark figure.
    assert result.missing[-1].key == "benchmark" and result.missing[-1].optional


def test_short_texts_earn_points_in_proportion_and_say_how_long_they_are() -> None:
    full = {"summary": text(50), "story_issue": text(40), "story_approach": text(100), "story_team": text(50),
            "story_results": text(100)}
    result = assess(full, [])
    issue = next(i for i in result.items if i.key == "story_issue")
    assert issue.earned == WEIGHT["story_issue"] * 40 / 100
    assert issue.hint == "「課題」が40文字です（100文字以上）。"
    expected = sum(WEIGHT[k] for k in ("summary", "story_approach", "story_team", "story_results")) + 4
    assert result.score == round(expected)


def test_characters_are_counted_without_spaces_and_line_breaks() -> None:
    assert text_chars("経営 課題\n\nです　。") == 7
    assert text_chars(None) == 0


def test_figures_need_both_values_and_earn_half_without_unit_or_period() -> None:
    base = {"title": "x"}
    no_after = assess(base, [{"metric": "売上", "before": 10, "after": None, "unit": "万円", "period": "月"}])
    assert next(i for i in no_after.items if i.key == "figures").earned == 0
    bare = assess(base, [{"metric": "売上", "before": 10, "after": 12}])
    item = next(i for i in bare.items if i.key == "figures")
    assert item.earned == WEIGHT["figures"] / 2 and "単位と期間" in (item.hint or "")
    full = assess(base, [{"metric": "売上", "before": 10, "after": 12, "unit": "万円", "period": "月"}])
    assert next(i for i in full.items if i.key == "figures").done


def test_labour_productivity_counts_as_the_benchmark_by_kind_or_by_name() -> None:
    by_name = assess({}, [{"metric": "労働生産性", "before": 1, "after": 2}])
    by_kind = assess({}, [{"metric": "営業利益率", "kind": "local_benchmark"}])
    other = assess({}, [{"metric": "来店客数", "kind": "intermediate"}])
    done = {r: next(i for i in r.items if i.key == "benchmark").done for r in (by_name, by_kind, other)}
    assert done[by_name] and done[by_kind] and not done[other]


def test_consent_without_a_date_earns_half(services: Services) -> None:
    ids = make_case(services, consent_date=None)
    result = services.case_studies.completeness(ids["case"]["id"])
    consent = next(i for i in result.items if i.key == "consent")
    assert consent.earned == WEIGHT["consent"] / 2
    assert result.score == 98 and [i.key for i in result.missing] == ["consent"]


def test_never_100_while_something_is_missing(services: Services) -> None:
    ids = make_case(services, story_team=text(49))  # 9.8 of 10 points: the sum rounds to 100
    result = services.case_studies.completeness(ids["case"]["id"])
    assert result.score == 99 and [i.key for i in result.missing] == ["story_team"]


def test_hints_follow_the_language(services: Services) -> None:
    cs = services.records.create("case_study", {"title": "x"})
    set_language("en")
    hints = [i.hint for i in services.case_studies.completeness(cs["id"]).missing]
    assert "Management issue is empty (at least 100 characters)." in hints
    ja = [i.hint for i in services.case_studies.completeness(cs["id"], lang="ja").missing]
    assert "「課題」が未記入です（100文字以上）。" in ja
