from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mitake_desktop.core import clock, ids, text


def test_uuid7_version_variant_and_order() -> None:
    made = [ids.new_id() for _ in range(3000)]
    assert made == sorted(made), "ids made one after another must sort in creation order"
    assert len(set(made)) == len(made)
    u = uuid.UUID(made[0])
    assert u.version == 7 and u.variant == uuid.RFC_4122


def test_seeded_ids_are_deterministic() -> None:
    a = ids.SeededIds(random.Random(3))
    b = ids.SeededIds(random.Random(3))
    assert [a.at(1000 + i // 3) for i in range(20)] == [b.at(1000 + i // 3) for i in range(20)]


@given(st.integers(min_value=0, max_value=2**47), st.integers(min_value=0, max_value=2**62))
def test_hlc_never_goes_backwards(now_ms: int, last: int) -> None:
    nxt = clock.next_after(last, now_ms)
    assert nxt > last
    assert nxt >= clock.pack(now_ms)


@given(st.integers(min_value=0, max_value=253402300799999))
def test_iso_round_trip(ms: int) -> None:
    h = clock.pack(ms)
    assert clock.from_iso(clock.to_iso(h)) == h


def test_normalize_folds_widths_case_and_kana() -> None:
    assert text.search_form("ＡＢＣ　ｶﾌｪ") == "abc かふぇ"
    assert text.search_form("カフェ") == text.search_form("かふぇ")
    assert text.normalize("  a \t b ") == "a b"


def test_kana_sort_key_orders_by_reading_whatever_the_script() -> None:
    people = [("渡辺", "ワタナベ"), ("秋山", "あきやま"), ("伊藤", "ｲﾄｳ"), ("無読", None), ("上田", "うえだ")]
    ordered = sorted(people, key=lambda p: text.kana_sort_key(p[1], p[0]))
    assert [p[0] for p in ordered] == ["秋山", "伊藤", "上田", "渡辺", "無読"]


def test_display_width_counts_wide_characters_twice() -> None:
    assert text.display_width("組織ab") == 6
    assert text.pad("組", 4) == "組  "


def test_truncate_and_fit_count_display_columns() -> None:
    assert text.truncate("コミュニティ会合", 16) == "コミュニティ会合"  # fits exactly
    assert text.truncate("コミュニティ会合", 15) == "コミュニティ会…"  # 14 columns of kana + …
    assert text.truncate("Community meeting", 16) == "Community meeti…"
    assert text.fit("会合", 6) == "会合  " and text.rfit("12/12", 7) == "  12/12"
    assert text.truncate("改行\nのある題", 20) == "改行 のある題"  # one table row stays one line


@given(st.text(alphabet=st.sampled_from("aZ 漢かナ１"), max_size=30), st.integers(min_value=1, max_value=20))
def test_fit_is_always_exactly_the_width(s: str, width: int) -> None:
    fitted = text.fit(s, width)
    assert text.display_width(fitted) == width  # a wide character that does not fit leaves a space, never overflows
    assert fitted.rstrip(" …") == "" or " ".join(s.split()).startswith(fitted.rstrip(" ").rstrip("…").rstrip(" "))


@pytest.mark.skipif(not Path("/usr/share/zoneinfo/Asia/Tokyo").exists(), reason="needs tzdata (.ci/run installs it)")
def test_stored_utc_stamps_read_on_the_local_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        moment = clock.local_moment("2026-06-01T01:30:00.000Z")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert moment is not None and moment == datetime(2026, 6, 1, 1, 30, tzinfo=UTC)
    assert (moment.hour, moment.minute, moment.utcoffset()) == (10, 30, timedelta(hours=9))  # JST wall clock
    assert clock.local_moment("2026-06-01T01:30:00") is None  # no zone: shown as it is by callers
    assert clock.local_moment("not a time") is None and clock.local_moment("") is None
