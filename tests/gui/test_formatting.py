"""Dates in 西暦 or 和暦, names and addresses in Japanese order, in both languages."""

from __future__ import annotations

from mitake_desktop.core import i18n
from mitake_desktop.core.schema import spec
from mitake_desktop.gui import formatting as fmt


def test_western_and_japanese_era_dates() -> None:
    assert fmt.format_date("2026-06-01", era_style=fmt.WESTERN, lang="ja") == "2026年6月1日"
    assert fmt.format_date("2026-06-01", era_style=fmt.JAPANESE, lang="ja") == "令和8年6月1日"
    assert fmt.format_date("2019-05-01", era_style=fmt.JAPANESE, lang="ja") == "令和元年5月1日"
    assert fmt.format_date("2019-04-30", era_style=fmt.JAPANESE, lang="ja") == "平成31年4月30日"
    assert fmt.format_date("1989-01-07", era_style=fmt.JAPANESE, lang="ja") == "昭和64年1月7日"
    assert fmt.format_date("1989-01-08", era_style=fmt.JAPANESE, lang="ja") == "平成元年1月8日"
    assert fmt.format_date("1900-01-01", era_style=fmt.JAPANESE, lang="ja") == "明治33年1月1日"
    assert fmt.format_date("1850-01-01", era_style=fmt.JAPANESE, lang="ja") == "1850年1月1日"  # before 明治
    assert fmt.format_date("2026-06-01", era_style=fmt.WESTERN, lang="en") == "1 Jun 2026"
    assert fmt.format_date("2026-06-01", era_style=fmt.JAPANESE, lang="en") == "1 Jun Reiwa 8"
    assert fmt.format_datetime("2026-06-01T14:30:00", era_style=fmt.JAPANESE, lang="ja") == "令和8年6月1日 14:30"
    assert fmt.format_date("not a date") == "not a date" and fmt.format_date(None) == ""


def test_values_by_kind() -> None:
    assert fmt.format_value(spec("case_study").field("cost_yen"), 1200000) == "1,200,000"
    assert fmt.format_value(spec("award_program").field("year"), 2026) == "2026"
    assert fmt.format_value(spec("community").field("prefectures"), ["10", "13"]) == "群馬県、東京都"
    assert fmt.format_value(spec("event").field("community_id"), "x" * 36, {"x" * 36: "前橋の会"}) == "前橋の会"
    assert fmt.format_value(spec("case_figure").field("after"), 12.5) == "12.5"


def test_names_and_addresses_in_japanese_order() -> None:
    assert fmt.person_name("山田 太郎", "やまだ たろう") == "山田 太郎（やまだ たろう）"
    assert fmt.address_line("371-0023", "10", "前橋市", "本町1-2-3") == "〒371-0023 群馬県前橋市本町1-2-3"
    i18n.set_language("en")
    assert fmt.address_line("371-0023", "10", "前橋市", "本町1-2-3") == "〒371-0023 Gunma 前橋市 本町1-2-3"
