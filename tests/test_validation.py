from __future__ import annotations

import pytest

from mitake_desktop.core import i18n
from mitake_desktop.core.errors import UnknownFieldError, ValidationError
from mitake_desktop.core.schema import spec
from mitake_desktop.core.services.validation import coerce_field, coerce_values


def field(type_name: str, name: str):  # type: ignore[no-untyped-def]
    return spec(type_name).field(name)


@pytest.mark.parametrize(
    ("type_name", "name", "raw", "clean"),
    [
        ("event", "capacity", "１２０", 120),
        ("case_study", "cost_yen", "1,500,000", 1_500_000),
        ("case_figure", "before", "12.5", 12.5),
        ("case_figure", "after", " ３ ", 3.0),
        ("community", "founded_on", "2024/4/1", "2024-04-01"),
        ("community", "founded_on", "２０２４年４月１日", "2024-04-01"),
        ("event", "starts_at", "2026-12-01 14:00", "2026-12-01T14:00:00"),
        # 和暦: kanji, initials, slashes, 元年, full width, the ㋿ ligature, with a time after it.
        ("community", "founded_on", "令和8年6月1日", "2026-06-01"),
        ("community", "founded_on", "R8.6.1", "2026-06-01"),
        ("community", "founded_on", "令和8/6/1", "2026-06-01"),
        ("community", "founded_on", "ｈ３１．４．３０", "2019-04-30"),
        ("community", "founded_on", "令和元年5月1日", "2019-05-01"),
        ("community", "founded_on", "㋿8年6月1日", "2026-06-01"),
        ("community", "founded_on", "昭和64年1月7日", "1989-01-07"),
        ("community", "founded_on", "明治6年1月1日", "1873-01-01"),
        ("event", "starts_at", "令和8年6月1日 14:00", "2026-06-01T14:00:00"),
        ("event", "starts_at", "R8.6.1 9:30", "2026-06-01T09:30:00"),
        ("event", "starts_at", "2026年6月1日 14時30分", "2026-06-01T14:30:00"),
        ("it_tool", "subsidy_eligible", "はい", True),
        ("it_tool", "subsidy_eligible", "false", False),
        ("community", "status", "活動中", "active"),
        ("community", "status", "Dormant", "dormant"),
        ("community", "prefectures", "10, 11,10", ["10", "11"]),
        ("community", "prefectures", '["13"]', ["13"]),
        ("person", "reading", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"),
        ("person", "email", "ｙａｍａｄａ@example.jp", "yamada@example.jp"),
        ("person", "phone", "０２７ー２３４ー５６７８", "027-234-5678"),
        ("person", "postal_code", "1234567", "123-4567"),
        ("person", "postal_code", "１２３－４５６７", "123-4567"),
        ("person", "postal_code", "〒123ー4567", "123-4567"),
        ("person", "postal_code", " 〒 371-0023 ", "371-0023"),
        ("person", "postal_code", "〶３７１００２３", "371-0023"),
        ("person", "title", "  ", None),
        ("community", "description", "# 見出し\r\n本文", "# 見出し\n本文"),
    ],
)
def test_values_are_cleaned(type_name: str, name: str, raw: object, clean: object) -> None:
    assert coerce_field(field(type_name, name), raw) == clean


@pytest.mark.parametrize(
    ("type_name", "name", "raw", "needle_ja", "needle_en"),
    [
        ("event", "capacity", "many", "「定員」には整数", "Capacity must be a whole number"),
        ("event", "capacity", -1, "「定員」は0以上", "Capacity must be at least 0"),
        ("registration", "satisfaction", 6, "「満足度」は5以下", "Satisfaction must be at most 5"),
        ("community", "founded_on", "2024-02-30", "「設立日」は日付", "Founded on must be a date"),
        # Era dates that name no day: year 0, a day outside its era (refused, not moved), before 1873, no 2/30.
        ("community", "founded_on", "令和0年1月1日", "「設立日」の令和0年1月1日はありません", "there is no 令和0年1月1日"),
        ("community", "founded_on", "平成31年5月1日", "平成は2019年4月30日まで。この日は令和元年5月1日です",
         "the Heisei era ended on 30 April 2019; that day is 1 May 2019 (Reiwa 1)"),
        ("community", "founded_on", "R1.4.30", "令和は2019年5月1日から。この日は平成31年4月30日です",
         "the Reiwa era began on 1 May 2019"),
        ("community", "founded_on", "明治5年12月2日", "明治6年より前の日付は西暦で", "enter it in Western years"),
        ("community", "founded_on", "令和8年2月30日", "令和8年2月30日という日はありません", "is not a real day"),
        ("event", "starts_at", "平成31年5月1日 10:00", "この日は令和元年5月1日です", "that day is 1 May 2019"),
        ("event", "starts_at", "R8.6.1 25:00", "「開始」は日時", "must be a date and time"),
        ("community", "status", "closed", "「状態」に「closed」は選べません", "Status cannot be “closed”"),
        ("person", "reading", "yamada", "「よみがな」はひらがな・カタカナ", "Reading (kana) must be written in hiragana"),
        ("person", "email", "yamada", "「メールアドレス」はメールアドレスの形式", "E-mail is not an e-mail address"),
        ("organisation", "website", "ftp://x", "「ウェブサイト」は http://", "Website must be a URL"),
        ("case_figure", "before", "NaN", "「導入前」には数値", "Before must be a number"),
        ("case_study", "photo_ids", "abc", "SHA-256", "SHA-256"),
    ],
)
def test_bad_values_name_the_field_in_both_languages(
    type_name: str, name: str, raw: object, needle_ja: str, needle_en: str
) -> None:
    with pytest.raises(ValidationError) as ja:
        coerce_field(field(type_name, name), raw)
    assert needle_ja in ja.value.message
    assert ja.value.fields == [name]
    i18n.set_language("en")
    with pytest.raises(ValidationError) as en:
        coerce_field(field(type_name, name), raw)
    assert needle_en in en.value.message


def test_create_requires_required_fields_and_fills_defaults() -> None:
    with pytest.raises(ValidationError) as exc:
        coerce_values(spec("community"), {"name": ""}, creating=True)
    assert exc.value.fields == ["name", "prefectures"]
    clean = coerce_values(spec("community"), {"name": "会", "prefectures": ["10"]}, creating=True)
    assert clean["status"] == "forming"


def test_every_problem_is_reported_at_once_in_field_order() -> None:
    with pytest.raises(ValidationError) as exc:
        coerce_values(spec("person"), {"email": "x", "reading": "abc", "name": ""}, creating=True)
    assert exc.value.fields == ["name", "reading", "email"]


def test_unknown_and_automatic_fields_are_refused_with_the_list_of_fields() -> None:
    with pytest.raises(UnknownFieldError) as exc:
        coerce_values(spec("community"), {"colour": "red"}, creating=False)
    assert "colour" in exc.value.message and "prefectures" in exc.value.message
    with pytest.raises(UnknownFieldError):
        coerce_values(spec("community"), {"updated_at": "x"}, creating=False)


def test_too_long_text() -> None:
    with pytest.raises(ValidationError) as exc:
        coerce_field(field("person", "name"), "あ" * 101)
    assert "100文字以内" in exc.value.message


def test_sections_shape() -> None:
    f = field("award_program", "required_sections")
    clean = coerce_field(f, [{"key": "issue", "title_ja": "課題", "source": "story_issue", "min_chars": 10}])
    assert clean == [{"key": "issue", "title_ja": "課題", "title_en": "issue", "source": "story_issue",
                      "min_chars": 10, "required": True}]
    with pytest.raises(ValidationError):
        coerce_field(f, [{"key": "a"}, {"key": "a"}])
    with pytest.raises(ValidationError):
        coerce_field(field("nomination", "sections"), {"a": 1})


@pytest.mark.parametrize(
    ("type_name", "name", "raw", "clean"),
    [
        ("organisation", "employees_band", "21～50人", "21_50"),  # U+FF5E from the IME / CP932
        ("organisation", "employees_band", "21〜50人", "21_50"),  # U+301C
        ("organisation", "employees_band", "6-20人", "6_20"),
        ("organisation", "employees_band", "300人超", "gt300"),  # an alias
        ("registration", "interests", "給与・労務, POSレジ", ["payroll", "pos"]),
        ("it_tool", "category", "POS", "pos"),  # a key in capitals
        ("registration", "participant_role", "講師", "speaker"),
    ],
)
def test_choices_accept_what_people_type(type_name: str, name: str, raw: object, clean: object) -> None:
    assert coerce_field(field(type_name, name), raw) == clean


def test_a_refused_choice_lists_labels_not_keys() -> None:
    with pytest.raises(ValidationError) as exc:
        coerce_field(field("organisation", "employees_band"), "たくさん")
    assert "5人以下" in exc.value.message and "le5" not in exc.value.message


@pytest.mark.parametrize("raw", ["abc", "123-456", "12345678", "123-45678", "〒", "1234-567", "٣٧١٠٠٢٣"])
def test_postal_codes_that_are_not_one_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as exc:
        coerce_field(field("person", "postal_code"), raw)
    assert "郵便番号" in exc.value.message and "123-4567" in exc.value.message


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("raw", "clean"), [("未着手", "open"), ("Open", "open"), ("完了", "done"), ("In progress",
                                                                                                   "in_progress")])
def test_choices_take_labels_in_either_language_whatever_the_language_shown(lang: str, raw: str, clean: str) -> None:
    i18n.set_language(lang)
    try:
        assert coerce_field(field("follow_up", "status"), raw) == clean
    finally:
        i18n.set_language("ja")
