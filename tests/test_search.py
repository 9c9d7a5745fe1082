from __future__ import annotations

import pytest

from mitake_desktop.core.services import Services
from mitake_desktop.core.storage import fts


@pytest.fixture
def seeded(services: Services) -> Services:
    r = services.records
    r.create("community", {"name": "まえばし身の丈IT研究会", "prefectures": ["10"], "city": "前橋市"})
    r.create("community", {"name": "三重 小さな会社の会", "prefectures": ["24"]})
    r.create("person", {"name": "林 彩", "reading": "はやし あや"})
    r.create("person", {"name": "小林 誠", "reading": "コバヤシ マコト", "email": "makoto@example.jp"})
    r.create("organisation", {"name": "ＡＢＣ食品株式会社", "kind": "sme"})
    r.create("it_tool", {"name": "freee会計", "category": "accounting", "vendor": "freee株式会社"})
    r.create("case_study", {"title": "カフェの売上改善", "story_results": "LINE で来店客が増えた"})
    return services


def titles(s: Services, q: str, **kw: object) -> list[str]:
    return [h.title for h in s.search(q, **kw)]  # type: ignore[arg-type]


def test_one_character_query(seeded: Services) -> None:
    assert titles(seeded, "林") == ["林 彩", "小林 誠"] or titles(seeded, "林") == ["小林 誠", "林 彩"]


def test_two_character_queries(seeded: Services) -> None:
    assert titles(seeded, "三重") == ["三重 小さな会社の会"]
    assert titles(seeded, "前橋") == ["まえばし身の丈IT研究会"]


def test_three_or_more_characters_use_the_trigram_index(seeded: Services) -> None:
    assert titles(seeded, "身の丈IT") == ["まえばし身の丈IT研究会"]
    assert titles(seeded, "来店客") == ["カフェの売上改善"]


def test_full_and_half_width_and_kana_forms_match(seeded: Services) -> None:
    assert titles(seeded, "abc食品") == ["ＡＢＣ食品株式会社"]
    assert titles(seeded, "ＦＲＥＥ") == ["freee会計"]
    assert titles(seeded, "ｶﾌｪ") == ["カフェの売上改善"]
    assert titles(seeded, "こばやし") == ["小林 誠"]  # reading stored in katakana
    assert titles(seeded, "ハヤシ アヤ") == ["林 彩"]


def test_prefecture_names_find_records_in_both_languages(seeded: Services) -> None:
    assert "まえばし身の丈IT研究会" in titles(seeded, "群馬")
    assert "三重 小さな会社の会" in titles(seeded, "Mie")


def test_several_terms_must_all_match(seeded: Services) -> None:
    assert titles(seeded, "小林 makoto") == ["小林 誠"]
    assert titles(seeded, "林 makoto") == ["小林 誠"]
    assert titles(seeded, "林 nobody") == []


def test_type_filter_and_grouping(seeded: Services) -> None:
    hits = seeded.search("会", types=["community"])
    assert {h.type for h in hits} == {"community"} and len(hits) == 2
    grouped = [h.type for h in seeded.search("株式会社")]
    assert grouped == sorted(grouped, key=["organisation", "community", "person", "it_tool", "event",
                                           "case_study"].index)


def test_index_follows_edits_and_deletes(seeded: Services) -> None:
    cid = seeded.search("三重")[0].id
    seeded.records.update("community", cid, {"name": "伊勢志摩 IT の会"})
    assert titles(seeded, "三重") == ["伊勢志摩 IT の会"]  # still in Mie prefecture
    assert titles(seeded, "伊勢志摩") == ["伊勢志摩 IT の会"]
    seeded.records.delete("community", cid)
    assert titles(seeded, "伊勢志摩") == []
    seeded.records.restore("community", cid)
    assert titles(seeded, "伊勢志摩") == ["伊勢志摩 IT の会"]


def test_quotes_and_wildcards_are_literal(seeded: Services) -> None:
    assert seeded.search('"') == []
    assert seeded.search("%") == []
    assert seeded.search("_") == []
    assert seeded.search("   ") == []


def test_rebuild_gives_the_same_answers_and_the_migrated_triggers(seeded: Services) -> None:
    before = {q: titles(seeded, q) for q in ["林", "三重", "身の丈IT", "abc食品", "群馬"]}
    assert seeded.rebuild_search() == 7
    assert {q: titles(seeded, q) for q in before} == before
    with seeded.db.read() as conn:
        rows = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type='trigger'").all())
    assert rows == fts.TRIGGERS
    assert seeded.check() == []


def test_names_without_spaces_and_phone_numbers(seeded: Services) -> None:
    seeded.records.create("person", {"name": "佐藤 聡", "reading": "さとう さとし", "phone": "027-234-5678"})
    assert titles(seeded, "佐藤聡") == ["佐藤 聡"]
    assert titles(seeded, "さとうさとし") == ["佐藤 聡"]
    assert titles(seeded, "027-234-5678") == ["佐藤 聡"]
    assert titles(seeded, "0272345678") == ["佐藤 聡"]


def test_counts_give_the_totals_behind_the_first_few(seeded: Services) -> None:
    for i in range(25):
        seeded.records.create("organisation", {"name": f"会員企業{i:02d}", "kind": "sme"})
    assert len(seeded.search("会員", types=["organisation"], limit_per_type=10)) == 10
    assert seeded.search_counts("会員") == {"organisation": 25}
    assert seeded.search_counts("会") == {"organisation": 26, "community": 2, "it_tool": 1}  # 株式会社, freee会計
    assert seeded.search_counts("   ") == {}
