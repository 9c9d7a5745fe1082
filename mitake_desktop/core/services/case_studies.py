"""Case studies that convince: how complete a story is, what each figure changed, and its status.

Everything here works on plain records (dicts). :func:`assess` and :func:`figure_change` are pure,
so the GUI can show the score and the change % of a form that has not been saved yet.

Completeness (0–100): the points of :data:`COMPLETENESS` are earned item by item —

====================  ======  =====================================================================
item                  points  earned when
====================  ======  =====================================================================
firm                  4       the firm (organisation) is set
prefecture            2       set
industry              2       set
employees_band        2       set
capital_band          2       set
leader                5       the opinion leader is set
supporters            4       at least one supporting organisation
it_tools              6       at least one IT tool
cost                  3       the cost is entered (0 yen counts: free tools exist)
subsidy               2       the subsidy is chosen ("none" counts as an answer)
summary               4       summary ≥ 50 characters
story_issue           10      課題 ≥ 100 characters
story_approach        10      方策 ≥ 100 characters
story_team            10      推進体制 ≥ 50 characters
story_results         10      成果 ≥ 100 characters
figures               12      a before/after figure with both values, unit and period
benchmark             4       labour productivity or a ローカルベンチマーク figure (recommended: "where known")
photos                4       at least one photo
consent               4       publication consent with its date
====================  ======  =====================================================================

Texts shorter than their minimum earn points in proportion to their length (a 課題 of 40 of 100
characters earns 4 of 10), so the score moves while someone writes. Characters are counted without
spaces and line breaks, as Japanese forms count them. A figure row without unit or period earns half
the figure points; consent without a date earns half the consent points. Weights favour the story and
the numbers because those are what award juries score.

Change % of a figure: ``(after − before) / |before| × 100`` (for figures whose unit is % the change
in percentage points is shown beside it, since "+36 %" of a rate reads ambiguously). With ``before = 0`` the percentage is
undefined: it is ``None`` and the figure is marked ``from_zero`` (shown as "new"), unless ``after`` is
0 too (0 %). Whether a change is an improvement depends on the direction: the figure's ``better``
field (higher / lower) when set, else :func:`guess_better` — lower is better for time units (時間, 分,
秒, 日, hours, minutes, days), for metrics naming costs (…費, …代), errors, losses, waiting, overtime,
cancellations and the like; higher is better otherwise (sales, customers, productivity, orders). The
GUI shows a guessed direction so the user can set it where the guess is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mitake_desktop.core.errors import FieldProblem, MitakeError, ValidationError
from mitake_desktop.core.i18n import Text, msg, msg_in
from mitake_desktop.core.reference import label
from mitake_desktop.core.schema import spec
from mitake_desktop.core.services.records import Filter, RecordService, row_to_record
from mitake_desktop.core.services.tx import Tx

# -- completeness ---------------------------------------------------------------------------------

STORY_MIN_CHARS: dict[str, int] = {
    "summary": 50,
    "story_issue": 100,
    "story_approach": 100,
    "story_team": 50,
    "story_results": 100,
}


@dataclass(frozen=True)
class Criterion:
    key: str
    weight: int
    optional: bool = False  # recommended rather than essential


COMPLETENESS: tuple[Criterion, ...] = (
    Criterion("firm", 4),
    Criterion("prefecture", 2),
    Criterion("industry", 2),
    Criterion("employees_band", 2),
    Criterion("capital_band", 2),
    Criterion("leader", 5),
    Criterion("supporters", 4),
    Criterion("it_tools", 6),
    Criterion("cost", 3),
    Criterion("subsidy", 2),
    Criterion("summary", 4),
    Criterion("story_issue", 10),
    Criterion("story_approach", 10),
    Criterion("story_team", 10),
    Criterion("story_results", 10),
    Criterion("figures", 12),
    Criterion("benchmark", 4, optional=True),
    Criterion("photos", 4),
    Criterion("consent", 4),
)
assert sum(c.weight for c in COMPLETENESS) == 100

# Items that are one field of the case study: (criterion key, field name).
_FIELD_ITEMS = {
    "firm": "organisation_id", "prefecture": "prefecture", "industry": "industry",
    "employees_band": "employees_band", "capital_band": "capital_band", "leader": "leader_id",
    "supporters": "supporter_org_ids", "it_tools": "it_tool_ids", "cost": "cost_yen", "subsidy": "subsidy_program",
}

_ITEM_LABELS: dict[str, Text] = {
    "figures": Text("導入前後の数値", "Before/after figures"),
    "benchmark": Text("労働生産性・ローカルベンチマーク", "Labour productivity / Local Benchmark"),
    "photos": Text("写真", "Photos"),
    "consent": Text("公開の同意", "Publication consent"),
}


def item_label(key: str, lang: str | None = None) -> str:
    """The label of a completeness item (current language unless ``lang``)."""
    if key in _ITEM_LABELS:
        return _ITEM_LABELS[key].get(lang)
    name = _FIELD_ITEMS.get(key, key)
    return spec("case_study").field(name).label.get(lang)


@dataclass(frozen=True)
class CompletenessItem:
    key: str
    label: str
    weight: int
    earned: float
    hint: str | None  # what is missing (translated); None when the item is complete
    optional: bool = False

    @property
    def done(self) -> bool:
        return self.hint is None


@dataclass(frozen=True)
class Completeness:
    score: int  # 0–100
    items: tuple[CompletenessItem, ...]

    @property
    def missing(self) -> list[CompletenessItem]:
        """Items not complete, essential ones first, heaviest first."""
        return sorted((i for i in self.items if not i.done), key=lambda i: (i.optional, -(i.weight - i.earned)))


def text_chars(text: str | None) -> int:
    """Characters as Japanese forms count them: everything but spaces and line breaks (NFKC)."""
    if not text:
        return 0
    return len(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))


_BENCHMARK_WORDS = ("労働生産性", "生産性", "productivity", "ローカルベンチマーク", "local benchmark", "営業利益",
                    "売上高増加率", "ebitda", "自己資本比率", "営業運転資本")


def is_benchmark_figure(fig: Mapping[str, Any]) -> bool:
    """Labour productivity or one of the six ローカルベンチマーク financial indicators."""
    if fig.get("kind") == "local_benchmark":
        return True
    metric = unicodedata.normalize("NFKC", str(fig.get("metric") or "")).casefold()
    return any(w in metric for w in _BENCHMARK_WORDS)


def _has_value(value: Any) -> bool:
    return value is not None and value != "" and value != []


def assess(case_study: Mapping[str, Any], figures: Sequence[Mapping[str, Any]], *,
           lang: str | None = None) -> Completeness:
    """The completeness of a case study (saved or not) with its figure rows; hints in ``lang``."""
    items: list[CompletenessItem] = []

    def m(key: str, **params: object) -> str:
        return msg_in(lang, key, **params)

    for crit in COMPLETENESS:
        lab = item_label(crit.key, lang)
        earned, hint = float(crit.weight), None
        if crit.key in _FIELD_ITEMS:
            if not _has_value(case_study.get(_FIELD_ITEMS[crit.key])):
                earned, hint = 0.0, m("cs_missing_field", label=lab)
        elif crit.key in STORY_MIN_CHARS:
            need = STORY_MIN_CHARS[crit.key]
            have = text_chars(case_study.get(crit.key))
            if have == 0:
                earned, hint = 0.0, m("cs_missing_text", label=lab, min=need)
            elif have < need:
                earned, hint = crit.weight * have / need, m("cs_short_text", label=lab, have=have, min=need)
        elif crit.key == "figures":
            paired = [f for f in figures if f.get("before") is not None and f.get("after") is not None]
            full = [f for f in paired if f.get("unit") and f.get("period")]
            if not paired:
                earned, hint = 0.0, m("cs_missing_figures")
            elif not full:
                earned, hint = crit.weight / 2, m("cs_figures_need_unit_period")
        elif crit.key == "benchmark":
            if not any(is_benchmark_figure(f) for f in figures):
                earned, hint = 0.0, m("cs_missing_benchmark")
        elif crit.key == "photos":
            if not case_study.get("photo_ids"):
                earned, hint = 0.0, m("cs_missing_photos")
        elif crit.key == "consent":
            if not case_study.get("publication_consent"):
                earned, hint = 0.0, m("cs_missing_consent")
            elif not case_study.get("consent_date"):
                earned, hint = crit.weight / 2, m("cs_missing_consent_date")
        items.append(CompletenessItem(crit.key, lab, crit.weight, round(earned, 2), hint, crit.optional))
    score = round(sum(i.earned for i in items))
    # Never show 100 while something is missing, nor less than 100 when nothing is.
    if any(not i.done for i in items):
        score = min(score, 99)
    return Completeness(score, tuple(items))


# -- figures: direction and change ----------------------------------------------------------------

_LOWER_UNITS = {"時間", "分", "秒", "日", "日間", "営業日", "h", "hr", "hrs", "hour", "hours", "min", "mins", "minute",
                "minutes", "sec", "seconds", "day", "days"}
_LOWER_WORDS = (
    "時間", "工数", "日数", "リードタイム", "待ち", "遅延", "残業", "ミス", "誤り", "エラー", "不良", "廃棄", "ロス",
    "損失", "欠品", "在庫", "返品", "クレーム", "苦情", "取りこぼし", "キャンセル", "手戻り", "事故", "離職", "コスト",
    "費用", "経費", "原価", "紙", "確定日", "未収", "滞留", "遅れ", "漏れ", "忘れ", "未払", "滞納", "不足",
    "time", "hours", "minutes", "lead time", "wait", "delay", "overtime", "error", "mistake", "defect", "waste",
    "loss", "stock-out", "inventory", "return", "complaint", "cancel", "rework", "accident", "turnover", "cost",
    "expense", "paper",
)
# Words that name a time-like figure where more is good ("time saved", 削減時間).
_HIGHER_WORDS = ("削減", "短縮", "saved", "reduction")


def guess_better(metric: str | None, unit: str | None) -> str:
    """``"lower"`` for time units and metrics naming costs, errors, losses…; ``"higher"`` otherwise."""
    m = unicodedata.normalize("NFKC", metric or "").casefold()
    u = unicodedata.normalize("NFKC", unit or "").casefold().strip()
    if any(w in m for w in _HIGHER_WORDS):
        return "higher"
    # Costs are often named by their last character: 印刷費, 通信費, 電気代.
    if u in _LOWER_UNITS or any(w in m for w in _LOWER_WORDS) or m.endswith(("費", "代", "手数料")):
        return "lower"
    return "higher"


@dataclass(frozen=True)
class FigureChange:
    change_pct: float | None  # (after − before) / |before| × 100; None when undefined
    better: str  # "higher" | "lower"
    better_guessed: bool  # True when the direction was guessed, not set on the figure
    improved: bool | None  # None: unchanged or values missing
    from_zero: bool  # before was 0 and after is not: the change is "new", not a percentage
    points: float | None = None  # for figures in %: the change in percentage points (33 % → 45 % is +12 pt)

    def text(self, lang: str | None = None) -> str:
        """``+25.0%`` / ``-70.0%`` / ``+36.4% (+12.0pt)`` / ``新規`` (from zero) / ``—`` (not known)."""
        if self.from_zero:
            text = msg_in(lang, "figure_new")
        elif self.change_pct is None:
            return "—"
        else:
            text = f"{self.change_pct:+.1f}%"
        return f"{text} ({self.points:+.1f}pt)" if self.points is not None else text

    def verdict(self, lang: str | None = None) -> str:
        """改善 / 悪化 / 変化なし, or "" when values are missing."""
        if self.improved is None:
            return msg_in(lang, "figure_unchanged") if self.change_pct == 0.0 else ""
        return msg_in(lang, "figure_improved" if self.improved else "figure_worsened")


def change_pct(before: float | None, after: float | None) -> float | None:
    """Relative change in percent, ``None`` when a value is missing or ``before`` is 0 (and after is not)."""
    if before is None or after is None:
        return None
    if before == 0:
        return 0.0 if after == 0 else None
    return (after - before) / abs(before) * 100.0


def figure_change(fig: Mapping[str, Any]) -> FigureChange:
    before, after = fig.get("before"), fig.get("after")
    explicit = fig.get("better")
    better = explicit if explicit in ("higher", "lower") else guess_better(fig.get("metric"), fig.get("unit"))
    pct = change_pct(before, after)
    improved: bool | None = None
    if before is not None and after is not None and after != before:
        improved = (after > before) if better == "higher" else (after < before)
    from_zero = before == 0 and after is not None and after != 0
    percent_unit = unicodedata.normalize("NFKC", str(fig.get("unit") or "")).strip() in ("%", "パーセント", "percent")
    points = after - before if percent_unit and before is not None and after is not None else None
    return FigureChange(pct, better, explicit not in ("higher", "lower"), improved, from_zero, points)


def order_figures(figures: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Figures in display order: by ``sort_order``, then kind (results first), then when created."""
    kinds = {"result": 0, "intermediate": 1, "local_benchmark": 2}
    return sorted((dict(f) for f in figures), key=lambda f: (
        int(f.get("sort_order") or 0), kinds.get(str(f.get("kind")), 3), str(f.get("id") or "")))


def list_in(records: RecordService, tx: Tx, type_name: str, filters: Sequence[Filter]) -> list[dict[str, Any]]:
    """Like ``records.list`` but inside the caller's transaction (sees its uncommitted writes)."""
    entity = spec(type_name)
    return [row_to_record(entity, r) for r in tx.conn.execute(records.select_page(type_name, filters))]


# -- status ---------------------------------------------------------------------------------------

# draft → reviewed → published, and one step back (a reviewer sends a story back, a story is withdrawn).
CASE_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("reviewed",),
    "reviewed": ("published", "draft"),
    "published": ("reviewed",),
}


class CaseStudyService:
    """Case studies, their figures and their status. Reads and writes through :class:`RecordService`."""

    def __init__(self, records: RecordService) -> None:
        self.records = records

    def figures(self, case_study_id: str) -> list[dict[str, Any]]:
        """The live figure rows of a case study, in display order."""
        rows = self.records.list("case_figure", [Filter("case_study_id", "=", case_study_id)])
        return order_figures(rows)

    def completeness(self, case_study_id: str, *, lang: str | None = None) -> Completeness:
        cs = self.records.get("case_study", case_study_id)
        return assess(cs, self.figures(case_study_id), lang=lang)

    def add_figure(self, case_study_id: str, values: Mapping[str, Any], *, tx: Tx | None = None) -> dict[str, Any]:
        """Add a figure row at the end (unless ``sort_order`` is given)."""
        if tx is None:
            with self.records.transactions.begin() as own:
                return self.add_figure(case_study_id, values, tx=own)
        data = dict(values)
        if data.get("sort_order") is None:
            existing = list_in(self.records, tx, "case_figure", [Filter("case_study_id", "=", case_study_id)])
            data["sort_order"] = max((int(f.get("sort_order") or 0) for f in existing), default=-1) + 1
        return self.records.create("case_figure", {**data, "case_study_id": case_study_id}, tx=tx)

    def reorder_figures(self, case_study_id: str, ordered_ids: Sequence[str]) -> None:
        """Give the figures the order of ``ordered_ids`` (0, 1, 2…) as one undoable step."""
        current = {f["id"]: f for f in self.figures(case_study_id)}
        if set(ordered_ids) != set(current) or len(ordered_ids) != len(current):
            raise MitakeError(msg("figures_reorder_mismatch"))
        with self.records.transactions.begin(batch_kind="reorder", batch_label="case_figure") as tx:
            for i, fid in enumerate(ordered_ids):
                if current[fid].get("sort_order") != i:
                    self.records.update("case_figure", fid, {"sort_order": i}, tx=tx)

    def move_figure(self, figure_id: str, step: int) -> None:
        """Move a figure up (step −1) or down (+1) among its case study's figures."""
        fig = self.records.get("case_figure", figure_id)
        ids = [f["id"] for f in self.figures(fig["case_study_id"])]
        i = ids.index(figure_id)
        j = max(0, min(len(ids) - 1, i + step))
        if i != j:
            ids.insert(j, ids.pop(i))
            self.reorder_figures(fig["case_study_id"], ids)

    def next_statuses(self, status: str) -> tuple[str, ...]:
        return CASE_TRANSITIONS.get(status, ())

    def set_status(self, case_study_id: str, status: str) -> dict[str, Any]:
        """Move a case study along draft → reviewed → published (publishing needs publication consent)."""
        cs = self.records.get("case_study", case_study_id)
        current = cs["status"]
        if status == current:
            return cs
        if status not in self.next_statuses(current):
            raise MitakeError(msg("status_not_allowed", current=label("case_status", current),
                                  new=label("case_status", status)))
        if status == "published" and not cs.get("publication_consent"):
            f = spec("case_study").field("status")
            raise ValidationError([FieldProblem(f.name, str(f.label), msg("publish_needs_consent"))])
        return self.records.update("case_study", case_study_id, {"status": status})
