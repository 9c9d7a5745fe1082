from __future__ import annotations

import pytest

from mitake_desktop.core import reference
from mitake_desktop.core.schema import ENTITIES, Kind


def test_47_prefectures_with_regions_in_both_languages() -> None:
    prefs = reference.choices("prefecture")
    assert len(prefs) == 47
    assert prefs[0].key == "01" and prefs[-1].key == "47"
    assert reference.label("prefecture", "13", "ja") == "東京都"
    assert reference.label("prefecture", "13", "en") == "Tokyo"
    assert reference.prefecture_region("47", "ja") == "九州・沖縄"
    assert reference.prefecture_region("10", "en") == "Kanto"


@pytest.mark.parametrize("name", ["industry", "employees_band", "capital_band", "topic", "event_kind",
                                  "subsidy_program", "it_tool_category", "org_kind", "registration_status"])
def test_every_list_has_labels_in_both_languages(name: str) -> None:
    items = reference.choices(name)
    assert items
    for c in items:
        assert c.label.ja and c.label.en, c
        assert c.label.ja != c.key


def test_jsic_has_twenty_major_classes() -> None:
    assert [c.key for c in reference.choices("industry")] == [chr(ord("A") + i) for i in range(20)]


def test_every_choice_field_points_at_a_shipped_list() -> None:
    for entity in ENTITIES:
        for f in entity.fields:
            if f.kind in (Kind.CHOICE, Kind.CHOICES):
                assert f.choices is not None and reference.choices(f.choices), (entity.type, f.name)
                if f.default is not None:
                    assert f.default in reference.keys(f.choices)


def test_benchmark_totals_match_the_paper() -> None:
    rows = reference.benchmark("it_subsidy_adoptions_by_prefecture").rows
    assert len(rows) == 47
    assert sum(int(r["fy2016_supplementary"]) for r in rows) == 14301
    assert sum(int(r["fy2017_supplementary"]) for r in rows) == 62893
    assert sum(int(r["fy2018_supplementary_type_a"]) for r in rows) == 6707
    assert sum(int(r["fy2018_supplementary_type_b"]) for r in rows) == 679
    by_industry = reference.benchmark("it_subsidy_fy2016_by_industry").rows
    assert sum(int(r["adoptions"]) for r in by_industry) == 14301
    topics = reference.benchmark("expert_dispatch_by_topic").rows
    assert sum(int(r["fy2016"]) for r in topics) == 25537
    assert {r["topic_key"] for r in topics} == reference.keys("topic")


def test_unknown_key_shows_itself() -> None:
    assert reference.label("prefecture", "99") == "99"
    assert reference.label("prefecture", None) == ""
