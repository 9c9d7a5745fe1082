"""和暦: 令和 starts on 2019-05-01 (its first year is 元年); English and 西暦 forms."""

from __future__ import annotations

from datetime import date

import pytest

from mitake_desktop.core.wareki import era_year, format_date


@pytest.mark.parametrize(("iso", "ja"), [
    ("2019-04-30", "平成31年4月30日"),
    ("2019-05-01", "令和元年5月1日"),
    ("2019-12-31", "令和元年12月31日"),
    ("2020-01-01", "令和2年1月1日"),
    ("2026-06-01", "令和8年6月1日"),
    ("1989-01-07", "昭和64年1月7日"),
    ("1989-01-08", "平成元年1月8日"),
    ("1926-12-25", "昭和元年12月25日"),
])
def test_wareki_boundaries(iso: str, ja: str) -> None:
    assert format_date(iso, "wareki", "ja") == ja


def test_other_forms() -> None:
    assert format_date("2026-06-01", "seireki", "ja") == "2026年6月1日"
    assert format_date("2026-06-01", "seireki", "en") == "1 June 2026"
    assert format_date(date(2019, 5, 1), "wareki", "en") == "1 May 2019 (Reiwa 1)"
    assert era_year(date(2019, 5, 1), "ja") == "令和元年" and era_year(date(2024, 1, 1), "en") == "Reiwa 6"
    assert format_date(None) == "" and format_date("") == ""
    with pytest.raises(ValueError):
        format_date("2026-06-01", "kouki")
