"""Change % of figures (before = 0, lower is better), their order, and the case-study status."""

from __future__ import annotations

import pytest

from mitake_desktop.core.demo_content import SCENARIOS
from mitake_desktop.core.errors import MitakeError, ValidationError
from mitake_desktop.core.services import Services
from mitake_desktop.core.services.case_studies import change_pct, figure_change, guess_better
from tests.awards.helpers import make_case


def test_change_percent() -> None:
    assert change_pct(40, 12) == pytest.approx(-70.0)
    assert change_pct(145, 181) == pytest.approx(24.8275862)
    assert change_pct(-10, -5) == pytest.approx(50.0)  # relative to |before|: a loss halved is +50 %
    assert change_pct(0, 60) is None  # undefined, shown as "new"
    assert change_pct(0, 0) == 0.0
    assert change_pct(None, 5) is None and change_pct(5, None) is None


@pytest.mark.parametrize(("metric", "unit", "better"), [
    ("経理作業時間", "時間", "lower"), ("レジ締め時間", "分", "lower"), ("月次決算の確定日", "日", "lower"),
    ("入力ミス", "件", "lower"), ("廃棄ロス", "万円", "lower"), ("予約の取りこぼし", "件", "lower"),
    ("無断キャンセル", "件", "lower"), ("残業時間", "時間", "lower"), ("エラー率", "%", "lower"),
    ("売上", "万円", "higher"), ("受注件数", "件", "higher"), ("新規顧客数", "人", "higher"),
    ("労働生産性", "万円", "higher"), ("客単価", "円", "higher"), ("削減時間", "時間", "higher"), ("チラシ印刷費", "万円", "lower"), ("電気代", "円", "lower"), ("入金遅れ", "件", "lower"),
    ("Hours spent on payroll", "hours", "lower"), ("Error rate", "%", "lower"), ("Sales", "¥", "higher"),
])
def test_direction_is_guessed_from_metric_and_unit(metric: str, unit: str, better: str) -> None:
    assert guess_better(metric, unit) == better


def test_every_demo_figure_moves_in_its_good_direction() -> None:
    # The demo scenarios are success stories: each figure improves, so the guess must agree with it.
    for key, scenario in SCENARIOS.items():
        for metric, unit, period, before, after, _kind in scenario["figures"]:
            ch = figure_change({"metric": metric, "unit": unit, "period": period, "before": before, "after": after})
            assert ch.improved is True, (key, metric)


def test_lower_is_better_and_the_explicit_direction_wins() -> None:
    hours = figure_change({"metric": "経理作業時間", "unit": "時間", "before": 40, "after": 12})
    assert hours.better == "lower" and hours.better_guessed and hours.improved is True
    assert hours.text("ja") == "-70.0%" and hours.verdict("ja") == "改善" and hours.verdict("en") == "improved"
    worse = figure_change({"metric": "エラー率", "unit": "%", "before": 2, "after": 3})
    assert worse.improved is False and worse.text() == "+50.0% (+1.0pt)" and worse.verdict("ja") == "悪化"
    stock = figure_change({"metric": "在庫回転日数", "unit": "日", "before": 30, "after": 20, "better": "higher"})
    assert stock.better == "higher" and not stock.better_guessed and stock.improved is False


def test_from_zero_is_new_not_a_percentage() -> None:
    sales = figure_change({"metric": "ネット売上", "unit": "万円", "before": 0, "after": 60})
    assert sales.change_pct is None and sales.from_zero and sales.improved is True
    assert sales.text("ja") == "新規" and sales.text("en") == "new"
    flat = figure_change({"metric": "売上", "before": 0, "after": 0})
    assert flat.change_pct == 0.0 and not flat.from_zero and flat.improved is None
    assert flat.verdict("ja") == "変化なし"
    unknown = figure_change({"metric": "売上", "before": 10})
    assert unknown.text() == "—" and unknown.verdict() == ""


def test_figures_are_ordered_and_can_be_moved(services: Services) -> None:
    ids = make_case(services)
    cid = ids["case"]["id"]
    third = services.case_studies.add_figure(cid, {"metric": "入力ミス", "unit": "件", "period": "月",
                                                   "before": 8, "after": 1})
    order = [f["metric"] for f in services.case_studies.figures(cid)]
    assert order == ["経理作業時間", "労働生産性", "入力ミス"] and third["sort_order"] == 2
    services.case_studies.move_figure(third["id"], -1)
    assert [f["metric"] for f in services.case_studies.figures(cid)] == ["経理作業時間", "入力ミス", "労働生産性"]
    batch = services.history.batches("reorder")[0]
    services.history.undo_batch(batch.id)  # a reorder is one undoable step
    assert [f["metric"] for f in services.case_studies.figures(cid)] == order
    with pytest.raises(MitakeError):
        services.case_studies.reorder_figures(cid, [third["id"]])


def test_status_goes_draft_reviewed_published_and_publishing_needs_consent(services: Services) -> None:
    ids = make_case(services, consent=False, status="draft")
    cid = ids["case"]["id"]
    with pytest.raises(MitakeError, match="「下書き」から「公開」"):
        services.case_studies.set_status(cid, "published")
    services.case_studies.set_status(cid, "reviewed")
    with pytest.raises(ValidationError, match="公開の同意が必要") as exc:
        services.case_studies.set_status(cid, "published")
    assert exc.value.fields == ["status"]
    services.records.update("case_study", cid, {"publication_consent": True, "consent_date": "2026-04-01"})
    assert services.case_studies.set_status(cid, "published")["status"] == "published"
    assert services.case_studies.next_statuses("published") == ("reviewed",)


def test_no_edit_path_publishes_without_consent(services: Services) -> None:
    ids = make_case(services, consent=False, status="reviewed")
    cid = ids["case"]["id"]
    with pytest.raises(ValidationError, match="公開の同意"):
        services.records.update("case_study", cid, {"status": "published"})  # mitake set, sync, …
    services.records.update("case_study", cid, {"publication_consent": True})
    services.records.update("case_study", cid, {"status": "published"})
    with pytest.raises(ValidationError, match="公開の同意"):
        services.records.update("case_study", cid, {"publication_consent": False})
    assert services.records.get("case_study", cid)["publication_consent"] is True


def test_rates_in_percent_also_show_percentage_points() -> None:
    rate = figure_change({"metric": "リピート率", "unit": "%", "before": 33, "after": 45})
    assert rate.points == 12 and rate.text("ja") == "+36.4% (+12.0pt)" and rate.improved is True
    share = figure_change({"metric": "県外顧客の割合", "unit": "％", "before": 0, "after": 30})
    assert share.text("en") == "new (+30.0pt)"
