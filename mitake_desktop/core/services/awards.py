"""Award programs as data, nominations filled from case studies, a checklist, reviewers' scores, a ranking.

Programs
    A program carries its required sections (each mapped to a case-study field, or ``"figures"`` for
    the before/after rows), criteria with weights and maximum scores, its eligibility in words
    (Markdown) and as rules (``eligibility_rules``, see :data:`ELIGIBILITY_RULES`). Templates ship in
    ``resources/templates/award_programs.json``; :meth:`AwardService.create_program_from_template`
    writes a program and its criteria as one undoable batch.

Nominations
    Nominating a case study copies its texts into the program's sections and its figure rows into the
    nomination, with a SHA-256 fingerprint of each copied piece (``pulled``). Edits change only the
    nomination. :meth:`AwardService.refresh_from_case_study` copies again only the sections whose
    text still equals what was copied (untouched); an edited section is kept and reported, and
    :meth:`AwardService.take_from_case_study` overwrites named sections when the user asks for it.
    A person nominee's "summary" comes from their opinion-leader story, a community's from its
    description; other sections start empty.

Ranking
    Each score is normalised by its criterion's maximum (score / max_score, 0–1). A criterion's value
    is the mean over the reviewers who scored it: a score not given yet is left out, not counted as
    zero, so an unfinished reviewer does not drag a nomination down. A criterion nobody has scored
    counts 0 and the nomination is marked incomplete (``scored`` < ``expected``, where ``expected`` is
    criteria × the reviewers who have scored anything in the program). The total is the weighted mean
    of the criteria, 0–100: ``100 × Σ weight·value / Σ weight`` (equal weights if all are 0). Rows are
    ordered by total, complete before incomplete, then title; equal totals share a rank (1, 2, 2, 4).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from mitake_desktop.core.errors import MitakeError, NotFoundError
from mitake_desktop.core.i18n import join_list, language, msg, msg_in
from mitake_desktop.core.reference import get as ref_get
from mitake_desktop.core.reference import label
from mitake_desktop.core.schema import spec
from mitake_desktop.core.services.case_studies import (
    CaseStudyService,
    figure_change,
    order_figures,
    text_chars,
)
from mitake_desktop.core.services.records import Filter, RecordService
from mitake_desktop.core.services.tx import Tx
from mitake_desktop.core.services.validation import ELIGIBILITY_RULES
from mitake_desktop.core.wareki import format_date

__all__ = [
    "ELIGIBILITY_RULES", "AwardService", "CheckItem", "Checklist", "CriterionResult", "RankingRow",
    "RefreshResult", "SectionState", "fingerprint", "pull_content",
]

FIGURES_SOURCE = "figures"
FIGURES_KEY = "#figures"  # the key of the figure rows' fingerprint in ``pulled`` (never a section key)
FIGURE_FIELDS = ("metric", "kind", "unit", "period", "before", "after", "better", "note")

# draft → submitted → shortlisted → awarded / not selected, and one step back to correct a mistake.
NOMINATION_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("submitted",),
    "submitted": ("shortlisted", "not_selected", "draft"),
    "shortlisted": ("awarded", "not_selected", "submitted"),
    "awarded": ("shortlisted",),
    "not_selected": ("submitted",),
}

# The SME Basic Act (中小企業基本法 第2条): a firm is an SME when its employees OR its capital are within
# the limits of its industry. JSIC major classes stand in for the Act's industry groups: I (wholesale
# and retail) takes the wholesale limits, which are the wider ones (retail: 50 people / ¥50M).
_SERVICE_CLASSES = frozenset("LMNOPQR")


def sme_limits(industry: str | None) -> tuple[int, int]:
    """(employees, capital in yen) limits of the SME Basic Act for a JSIC major class."""
    if industry == "I":
        return 100, 100_000_000
    if industry in _SERVICE_CLASSES:
        return 100, 50_000_000
    return 300, 300_000_000


def fingerprint(value: Any) -> str:
    """SHA-256 of a section's text (or of figure rows as canonical JSON)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def figure_rows(figures: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Case-figure records as the rows a nomination keeps (display order, no ids)."""
    return [{k: f.get(k) for k in FIGURE_FIELDS} for f in order_figures(figures)]


def pull_content(sections: Sequence[Mapping[str, Any]], source: Mapping[str, Any],
                 figures: Sequence[Mapping[str, Any]] | None) -> tuple[dict[str, str], list[dict[str, Any]] | None,
                                                                   dict[str, str]]:
    """(section texts, figure rows, fingerprints) copied from ``source`` into a program's sections.

    ``source`` maps a section's ``source`` name to text (a case-study record does). A figures section
    gets no text of its own: the rows travel in ``figures``. Pure, so the demo generator uses it too.
    """
    texts: dict[str, str] = {}
    pulled: dict[str, str] = {}
    rows = figure_rows(figures) if figures is not None else None
    for s in sections:
        src = s.get("source")
        if src == FIGURES_SOURCE or not src:
            continue
        value = source.get(src)
        text = value if isinstance(value, str) else ""
        texts[s["key"]] = text
        pulled[s["key"]] = fingerprint(text)
    if rows is not None:
        pulled[FIGURES_KEY] = fingerprint(rows)
    return texts, rows, pulled


@dataclass(frozen=True)
class SectionState:
    key: str
    title: str
    source: str | None
    text: str
    chars: int
    min_chars: int
    required: bool
    is_figures: bool
    edited: bool  # differs from what was last copied from the case study
    source_differs: bool  # the case study now says something else than this section


@dataclass(frozen=True)
class RefreshResult:
    updated: tuple[str, ...]  # untouched sections that took the case study's new text
    kept: tuple[str, ...]  # edited sections left alone although the case study changed
    unchanged: tuple[str, ...]


@dataclass(frozen=True)
class CheckItem:
    key: str  # "section:issue", "figures", "consent", "eligibility:max_employees", "deadline", …
    ok: bool
    blocking: bool  # must be fixed before the nomination can be submitted
    message: str


@dataclass(frozen=True)
class Checklist:
    items: tuple[CheckItem, ...]

    @property
    def missing(self) -> list[CheckItem]:
        return [i for i in self.items if not i.ok]

    @property
    def blocking(self) -> list[CheckItem]:
        return [i for i in self.items if not i.ok and i.blocking]

    @property
    def ready(self) -> bool:
        return not self.blocking


@dataclass(frozen=True)
class CriterionResult:
    criterion_id: str
    name: str
    weight: float
    max_score: int
    mean: float | None  # mean raw score of the reviewers who scored it
    value: float | None  # mean of score / max_score, 0–1
    n_scores: int


@dataclass(frozen=True)
class RankingRow:
    nomination_id: str
    title: str
    status: str
    nominee_type: str
    total: float  # 0–100
    rank: int
    criteria: tuple[CriterionResult, ...]
    reviewers: tuple[str, ...]
    scored: int
    expected: int

    @property
    def complete(self) -> bool:
        return self.expected > 0 and self.scored >= self.expected


def _templates() -> list[dict[str, Any]]:
    from mitake_desktop.core.demo import award_templates  # demo imports the services: import late

    return award_templates()


def _band(list_name: str, key: str | None) -> tuple[int | None, int | None] | None:
    """(min, max) of an employees or capital band; None when unknown."""
    if not key:
        return None
    choice = ref_get(list_name, key)
    if choice is None:
        return None
    lo_name, hi_name = ("min", "max") if list_name == "employees_band" else ("min_yen", "max_yen")
    lo, hi = choice.extra.get(lo_name) or "", choice.extra.get(hi_name) or ""
    return (int(lo) if lo else None, int(hi) if hi else None)


class AwardService:
    def __init__(self, records: RecordService, case_studies: CaseStudyService) -> None:
        self.records = records
        self.case_studies = case_studies

    # -- programs ----------------------------------------------------------------------------------

    def templates(self) -> list[dict[str, Any]]:
        """The shipped program templates (key, names, criteria, sections, rules in both languages)."""
        return _templates()

    def create_program_from_template(self, key: str, *, year: int | None = None, deadline: str | None = None,
                                     lang: str | None = None, name: str | None = None,
                                     organiser: str | None = None) -> dict[str, Any]:
        """A program and its criteria from a template, written as one undoable batch."""
        tpl = next((t for t in self.templates() if t["key"] == key), None)
        if tpl is None:
            raise MitakeError(msg("unknown_template", name=key, choices=", ".join(t["key"] for t in self.templates())))
        lang = lang or language()
        year = year or date.today().year

        def pick(base: str, item: Mapping[str, Any]) -> Any:
            return item.get(f"{base}_{lang}") or item.get(f"{base}_ja")

        values = {
            "name": name or f"{pick('name', tpl)} {year}", "year": year,
            "organiser": organiser or pick("organiser", tpl), "deadline": deadline,
            "eligibility": pick("eligibility", tpl), "description": pick("description", tpl),
            "required_sections": tpl["sections"], "eligibility_rules": tpl.get("rules") or {},
        }
        criteria = [{"name": pick("name", c), "description": pick("description", c), "weight": c["weight"],
                     "max_score": c["max_score"]} for c in tpl["criteria"]]
        return self.create_program(values, criteria, batch_label=str(values["name"]))

    def create_program(self, values: Mapping[str, Any], criteria: Sequence[Mapping[str, Any]], *,
                       batch_label: str = "") -> dict[str, Any]:
        """A program with its criteria (in the given order) in one transaction and one undoable batch."""
        with self.records.transactions.begin(batch_kind="award_program", batch_label=batch_label) as tx:
            program = self.records.create("award_program", values, tx=tx)
            for i, c in enumerate(criteria):
                self.records.create("award_criterion", {"sort_order": i, **c, "program_id": program["id"]}, tx=tx)
        return program

    def programs(self) -> list[dict[str, Any]]:
        return self.records.list("award_program")

    def criteria(self, program_id: str) -> list[dict[str, Any]]:
        rows = self.records.list("award_criterion", [Filter("program_id", "=", program_id)])
        return sorted(rows, key=lambda c: (int(c.get("sort_order") or 0), c["id"]))

    def nominations(self, program_id: str) -> list[dict[str, Any]]:
        return self.records.list("nomination", [Filter("program_id", "=", program_id)])

    @staticmethod
    def section_title(section: Mapping[str, Any], lang: str | None = None) -> str:
        return str(section.get("title_en" if (lang or language()) == "en" else "title_ja") or section["key"])

    # -- nominating --------------------------------------------------------------------------------

    def nominee_title(self, nominee_type: str, nominee_id: str) -> str:
        return self.records.titles(nominee_type, [nominee_id]).get(nominee_id, "")

    def _source(self, nominee_type: str, nominee_id: str) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
        """What a nominee's sections are copied from: (source texts by source name, figure records)."""
        if nominee_type == "case_study":
            cs = self.records.get("case_study", nominee_id)
            return cs, self.case_studies.figures(nominee_id)
        if nominee_type == "person":
            profiles = self.records.list("opinion_leader_profile", [Filter("person_id", "=", nominee_id)])
            story = next((p["story"] for p in profiles if p.get("story")), None)
            return {"summary": story}, None
        community = self.records.get("community", nominee_id)
        return {"summary": community.get("description")}, None

    def nominate(self, program_id: str, nominee_type: str, nominee_id: str, *,
                 title: str | None = None) -> dict[str, Any]:
        """Nominate a case study, person or community; a case study's texts and figures are copied in."""
        program = self.records.get("award_program", program_id)
        if nominee_type not in ("case_study", "person", "community"):
            raise MitakeError(msg("bad_choice", label=str(spec("nomination").field("nominee_type").label),
                                  value=nominee_type, choices="case_study, person, community"))
        self.records.get(nominee_type, nominee_id)  # a plain "not found" before anything is written
        existing = self.records.list("nomination", [Filter("program_id", "=", program_id),
                                                    Filter("nominee_id", "=", nominee_id)])
        if existing:
            raise MitakeError(msg("already_nominated", program=program["name"]))
        source, figures = self._source(nominee_type, nominee_id)
        texts, rows, pulled = pull_content(program.get("required_sections") or [], source, figures)
        values: dict[str, Any] = {
            "program_id": program_id, "nominee_type": nominee_type, "nominee_id": nominee_id,
            "title": title or self.nominee_title(nominee_type, nominee_id), "sections": texts, "pulled": pulled,
            "figures": rows,
        }
        if nominee_type == "case_study":
            values["attachment_ids"] = list(source.get("photo_ids") or [])
        return self.records.create("nomination", values)

    def set_section(self, nomination_id: str, key: str, text: str | None) -> dict[str, Any]:
        """Edit one section of a nomination (the case study is not touched)."""
        return self.set_sections(nomination_id, {key: text or ""})

    def set_sections(self, nomination_id: str, changes: Mapping[str, str]) -> dict[str, Any]:
        nom = self.records.get("nomination", nomination_id)
        sections = dict(nom.get("sections") or {}) | {k: v or "" for k, v in changes.items()}
        return self.records.update("nomination", nomination_id, {"sections": sections})

    def set_figures(self, nomination_id: str, rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """Replace the nomination's figure rows (metric, unit, period, before, after, kind, better, note)."""
        return self.records.update("nomination", nomination_id, {"figures": [dict(r) for r in rows]})

    def figures_of(self, nomination: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The nomination's own rows; the case study's current ones if none were ever copied."""
        if nomination.get("figures") is not None:
            return list(nomination["figures"])
        if nomination.get("nominee_type") == "case_study":
            return figure_rows(self.case_studies.figures(nomination["nominee_id"]))
        return []

    def section_states(self, nomination_id: str, *, lang: str | None = None) -> list[SectionState]:
        """Every section the program asks for, with its text, length and whether it was edited."""
        nom = self.records.get("nomination", nomination_id)
        program = self.records.get("award_program", nom["program_id"])
        texts = nom.get("sections") or {}
        pulled = nom.get("pulled") or {}
        try:
            source, figures = self._source(nom["nominee_type"], nom["nominee_id"])
        except NotFoundError:
            source, figures = {}, None
        out = []
        for s in program.get("required_sections") or []:
            key, src = s["key"], s.get("source")
            is_fig = src == FIGURES_SOURCE
            text = texts.get(key, "")
            if is_fig:
                rows = nom.get("figures")
                edited = rows is not None and pulled.get(FIGURES_KEY) not in (None, fingerprint(rows))
                differs = figures is not None and rows is not None and figure_rows(figures) != rows
            else:
                fp = pulled.get(key)
                edited = (fp != fingerprint(text)) if fp is not None else bool(text)
                src_text = source.get(src) if src else None
                differs = bool(src) and (src_text if isinstance(src_text, str) else "") != text
            out.append(SectionState(key, self.section_title(s, lang), src, text, text_chars(text),
                                    int(s.get("min_chars") or 0), bool(s.get("required", True)), is_fig,
                                    edited, differs))
        return out

    def refresh_from_case_study(self, nomination_id: str) -> RefreshResult:
        """Copy the case study again into every section not edited since the last copy; report edited ones."""
        return self._copy(nomination_id, None)

    def take_from_case_study(self, nomination_id: str, keys: Sequence[str]) -> RefreshResult:
        """Overwrite the named sections (edited or not) with the case study's current text or figures."""
        return self._copy(nomination_id, set(keys))

    def _copy(self, nomination_id: str, force: set[str] | None) -> RefreshResult:
        nom = self.records.get("nomination", nomination_id)
        if nom["nominee_type"] != "case_study":
            raise MitakeError(msg("refresh_needs_case_study"))
        program = self.records.get("award_program", nom["program_id"])
        sections = program.get("required_sections") or []
        source, figures = self._source("case_study", nom["nominee_id"])
        new_texts, new_rows, new_pulled = pull_content(sections, source, figures)
        texts = dict(nom.get("sections") or {})
        pulled = dict(nom.get("pulled") or {})
        updated: list[str] = []
        kept: list[str] = []
        unchanged: list[str] = []

        def decide(key: str, current: Any, new: Any, fp_key: str) -> bool:
            """True when ``new`` should replace ``current``; records the outcome."""
            if current == new:
                unchanged.append(key)
                pulled[fp_key] = new_pulled[fp_key]
                return False
            last = pulled.get(fp_key)
            untouched = (last == fingerprint(current)) if last is not None else current in ("", None, [])
            if (force is not None and key in force) or (force is None and untouched):
                updated.append(key)
                pulled[fp_key] = new_pulled[fp_key]
                return True
            kept.append(key)
            return False

        rows = nom.get("figures")
        for s in sections:
            key = s["key"]
            if s.get("source") == FIGURES_SOURCE:
                if new_rows is not None and decide(key, rows, new_rows, FIGURES_KEY):
                    rows = new_rows
            elif key in new_texts and decide(key, texts.get(key, ""), new_texts[key], key):
                texts[key] = new_texts[key]
        changes = {"sections": texts, "pulled": pulled, "figures": rows}
        with self.records.transactions.begin(batch_kind="nomination_refresh", batch_label=nom.get("title") or "") as tx:
            self.records.update("nomination", nomination_id, changes, tx=tx)
        return RefreshResult(tuple(updated), tuple(kept), tuple(unchanged))

    # -- checklist ---------------------------------------------------------------------------------

    def checklist(self, nomination_id: str, *, lang: str | None = None, today: date | None = None) -> Checklist:
        """What the program requires of this nomination, and what is missing."""
        nom = self.records.get("nomination", nomination_id)
        program = self.records.get("award_program", nom["program_id"])
        items: list[CheckItem] = []

        def add(key: str, ok: bool, blocking: bool, message_key: str, **params: object) -> None:
            items.append(CheckItem(key, ok, blocking, msg_in(lang, message_key, **params)))

        for st in self.section_states(nomination_id, lang=lang):
            if st.is_figures:
                rows = self.figures_of(nom)
                paired = [r for r in rows if r.get("before") is not None and r.get("after") is not None]
                if not paired:
                    add("figures", False, st.required, "check_figures_missing", label=st.title)
                else:
                    add("figures", True, st.required, "check_figures_ok", label=st.title, n=len(paired))
                    bare = [r["metric"] for r in paired if not (r.get("unit") and r.get("period"))]
                    if bare:
                        add("figures_units", False, False, "check_figures_units", metrics=join_list(bare[:3], lang))
                continue
            key = f"section:{st.key}"
            if st.chars == 0 and st.min_chars:
                add(key, False, st.required, "check_section_empty", label=st.title, min=st.min_chars)
            elif st.chars == 0 and st.required:
                add(key, False, True, "check_section_empty_any", label=st.title)
            elif st.chars < st.min_chars:
                add(key, False, st.required, "check_section_short", label=st.title, have=st.chars,
                    min=st.min_chars)
            else:
                add(key, True, st.required, "check_section_ok", label=st.title, have=st.chars)
        items += self._nominee_checks(nom, program, lang)
        deadline = program.get("deadline")
        if deadline:
            passed = date.fromisoformat(deadline) < (today or date.today())
            lang_now = lang or language()
            shown = format_date(deadline, "wareki" if lang_now == "ja" else "seireki", lang_now)
            add("deadline", not passed, False, "check_deadline_passed" if passed else "check_deadline_ok",
                deadline=shown)
        return Checklist(tuple(items))

    def _nominee_checks(self, nom: Mapping[str, Any], program: Mapping[str, Any],
                        lang: str | None) -> list[CheckItem]:
        rules: dict[str, Any] = dict(program.get("eligibility_rules") or {})
        items: list[CheckItem] = []
        ntype = nom["nominee_type"]

        def add(key: str, ok: bool, blocking: bool, message_key: str, **params: object) -> None:
            items.append(CheckItem(key, ok, blocking, msg_in(lang, message_key, **params)))

        types = rules.get("nominee_types")
        if types:
            ok = ntype in types
            add("eligibility:nominee_types", ok, True, "check_type_ok" if ok else "check_type_not_allowed",
                type=label("nominee_type", ntype, lang),
                allowed=join_list((label("nominee_type", t, lang) for t in types), lang))
        try:
            nominee = self.records.get(ntype, nom["nominee_id"])
        except NotFoundError:
            add("nominee", False, True, "check_nominee_missing")
            return items
        need_consent = bool(rules.get("require_publication_consent"))
        if ntype == "case_study":
            cs = nominee
            consent = bool(cs.get("publication_consent"))
            # Without the firm's consent the story cannot go to a jury, whatever the program says.
            add("consent", consent, True, "check_consent_ok" if consent else "check_consent_missing")
            if cs.get("status") == "draft":
                add("case_status", False, False, "check_case_draft")
            leader = self.records.get_many("person", [cs["leader_id"]]).get(cs["leader_id"]) if cs.get(
                "leader_id") else None
            if leader is not None and leader.get("consent_scope") != "public":
                add("leader_consent", False, False, "check_person_role_only",
                    role=msg_in(lang, "role_opinion_leader"))
            org = self.records.get_many("organisation", [cs["organisation_id"]]).get(
                cs["organisation_id"]) if cs.get("organisation_id") else None
            employees = cs.get("employees_band") or (org or {}).get("employees_band")
            capital = cs.get("capital_band") or (org or {}).get("capital_band")
            industry = cs.get("industry") or (org or {}).get("industry")
            if rules.get("max_employees") is not None:
                items.append(self._max_employees(rules["max_employees"], employees, lang))
            if rules.get("sme_basic_act"):
                items.append(self._sme_check(industry, employees, capital, lang))
            if rules.get("prefectures"):
                pref = cs.get("prefecture") or (org or {}).get("prefecture")
                ok = pref in rules["prefectures"]
                add("eligibility:prefectures", ok, True, "check_prefecture_ok" if ok else "check_prefecture_not_allowed",
                    prefecture=label("prefecture", pref, lang) if pref else "—")
            if rules.get("require_supporter"):
                ok = bool(cs.get("supporter_org_ids"))
                add("eligibility:supporter", ok, True, "check_supporter_ok" if ok else "check_supporter_missing")
            if rules.get("require_community"):
                ok = bool(cs.get("community_id"))
                add("eligibility:community", ok, True, "check_community_ok" if ok else "check_community_missing")
        elif ntype == "person":
            public = nominee.get("consent_scope") == "public"
            if public:
                add("consent", True, need_consent, "check_person_public")
            else:
                add("consent", False, need_consent, "check_person_role_only", role=msg_in(lang, "role_nominee"))
            if rules.get("require_community"):
                ok = bool(self.records.count("membership", [Filter("person_id", "=", nominee["id"])]))
                add("eligibility:community", ok, True, "check_community_ok" if ok else "check_community_missing")
            if rules.get("prefectures"):
                org = self.records.get_many("organisation", [nominee["organisation_id"]]).get(
                    nominee["organisation_id"]) if nominee.get("organisation_id") else None
                pref = (org or {}).get("prefecture")
                self._community_prefectures({"prefectures": [pref] if pref else []}, rules["prefectures"], add, lang)
        elif rules.get("prefectures"):
            self._community_prefectures(nominee, rules["prefectures"], add, lang)
        return items

    @staticmethod
    def _community_prefectures(community: Mapping[str, Any], allowed: list[str], add: Any,
                               lang: str | None) -> None:
        prefs = community.get("prefectures") or []
        ok = any(p in allowed for p in prefs)
        add("eligibility:prefectures", ok, True, "check_prefecture_ok" if ok else "check_prefecture_not_allowed",
            prefecture=join_list((label("prefecture", p, lang) for p in prefs), lang) or "—")

    @staticmethod
    def _max_employees(limit: int, band: str | None, lang: str | None) -> CheckItem:
        key = "eligibility:max_employees"
        rng = _band("employees_band", band)
        if rng is None:
            return CheckItem(key, False, True, msg_in(lang, "check_employees_unknown", max=limit))
        lo, hi = rng
        shown = label("employees_band", band, lang)
        if hi is not None and hi <= limit:
            return CheckItem(key, True, True, msg_in(lang, "check_employees_ok", band=shown, max=limit))
        if lo is not None and lo > limit:
            return CheckItem(key, False, True, msg_in(lang, "check_employees_over", band=shown, max=limit))
        return CheckItem(key, False, True, msg_in(lang, "check_employees_unclear", band=shown, max=limit))

    @staticmethod
    def _sme_check(industry: str | None, employees: str | None, capital: str | None,
                   lang: str | None) -> CheckItem:
        key = "eligibility:sme_basic_act"
        max_people, max_yen = sme_limits(industry)
        emp, cap = _band("employees_band", employees), _band("capital_band", capital)
        if capital == "none":  # a sole proprietor has no capital: only the number of people counts
            cap = None
        if (emp is not None and emp[1] is not None and emp[1] <= max_people) or (
                cap is not None and cap[1] is not None and cap[1] <= max_yen):
            return CheckItem(key, True, True, msg_in(lang, "check_sme_ok"))
        emp_over = emp is not None and emp[0] is not None and emp[0] > max_people
        cap_over = cap is not None and cap[0] is not None and cap[0] > max_yen
        if emp_over and (cap_over or capital == "none"):
            return CheckItem(key, False, True, msg_in(lang, "check_sme_over", people=max_people,
                                                      yen=f"{max_yen // 1_000_000:,}"))
        return CheckItem(key, False, True, msg_in(lang, "check_sme_unknown", people=max_people,
                                                  yen=f"{max_yen // 1_000_000:,}"))

    # -- status ------------------------------------------------------------------------------------

    @staticmethod
    def next_statuses(status: str) -> tuple[str, ...]:
        return NOMINATION_TRANSITIONS.get(status, ())

    def set_status(self, nomination_id: str, status: str) -> dict[str, Any]:
        """Move a nomination along draft → submitted → shortlisted → awarded / not selected.

        Submitting is refused while the checklist has blocking items (the message names the first).
        """
        nom = self.records.get("nomination", nomination_id)
        current = nom["status"]
        if status == current:
            return nom
        if status not in self.next_statuses(current):
            raise MitakeError(msg("status_not_allowed", current=label("nomination_status", current),
                                  new=label("nomination_status", status)))
        if status == "submitted" and current == "draft":
            blocking = self.checklist(nomination_id).blocking
            if blocking:
                raise MitakeError(msg("submit_blocked", first=blocking[0].message, more=len(blocking) - 1))
        return self.records.update("nomination", nomination_id, {"status": status})

    # -- scoring -----------------------------------------------------------------------------------

    def set_score(self, nomination_id: str, criterion_id: str, reviewer: str, score: float | str,
                  comment: str | None = None, *, tx: Tx | None = None) -> dict[str, Any]:
        """Record (or change) one reviewer's score of one criterion.

        On a change, ``comment=None`` keeps the comment already there; ``""`` clears it.
        """
        reviewer = " ".join((reviewer or "").split())
        existing = self.records.list("nomination_score", [
            Filter("nomination_id", "=", nomination_id), Filter("criterion_id", "=", criterion_id),
            Filter("reviewer", "=", reviewer)])
        if existing:
            changes: dict[str, Any] = {"score": score}
            if comment is not None:
                changes["comment"] = comment
            return self.records.update("nomination_score", existing[0]["id"], changes, tx=tx)
        return self.records.create("nomination_score", {
            "nomination_id": nomination_id, "criterion_id": criterion_id, "reviewer": reviewer, "score": score,
            "comment": comment}, tx=tx)

    def scores(self, nomination_id: str) -> list[dict[str, Any]]:
        return self.records.list("nomination_score", [Filter("nomination_id", "=", nomination_id)])

    def program_scores(self, program_id: str) -> list[dict[str, Any]]:
        ids = [n["id"] for n in self.nominations(program_id)]
        out: list[dict[str, Any]] = []
        for i in range(0, len(ids), 500):
            out += self.records.list("nomination_score", [Filter("nomination_id", "in", ids[i:i + 500])])
        return out

    def score_sheet(self, program_id: str, reviewer: str) -> dict[tuple[str, str], dict[str, Any]]:
        """One reviewer's scores in a program by (nomination id, criterion id): the scoring screen's grid."""
        reviewer = " ".join((reviewer or "").split())
        return {(s["nomination_id"], s["criterion_id"]): s for s in self.program_scores(program_id)
                if s["reviewer"] == reviewer}

    def reviewers(self, program_id: str) -> list[str]:
        """Everyone who has scored something in the program, sorted."""
        return sorted({s["reviewer"] for s in self.program_scores(program_id)})

    def ranking(self, program_id: str) -> list[RankingRow]:
        """Nominations by weighted total (see the module's docstring for how missing scores count)."""
        self.records.get("award_program", program_id)
        criteria = self.criteria(program_id)
        nominations = self.nominations(program_id)
        scores = self.program_scores(program_id)
        all_reviewers = sorted({s["reviewer"] for s in scores})
        by_nom: dict[str, list[dict[str, Any]]] = {}
        for s in scores:
            by_nom.setdefault(s["nomination_id"], []).append(s)
        weights = [float(c.get("weight") or 0) for c in criteria]
        if criteria and sum(weights) == 0:
            weights = [1.0] * len(criteria)
        rows: list[tuple[float, bool, str, dict[str, Any], tuple[CriterionResult, ...], tuple[str, ...], int]] = []
        for nom in nominations:
            mine = by_nom.get(nom["id"], [])
            results = []
            for c in criteria:
                given = [float(s["score"]) for s in mine if s["criterion_id"] == c["id"]]
                max_score = int(c.get("max_score") or 1)
                mean = sum(given) / len(given) if given else None
                value = (mean / max_score) if mean is not None else None
                results.append(CriterionResult(c["id"], str(c["name"]), float(c.get("weight") or 0), max_score,
                                               mean, value, len(given)))
            total = (100.0 * sum(w * (r.value or 0.0) for w, r in zip(weights, results, strict=True)) / sum(weights)
                     if criteria else 0.0)
            scored = sum(r.n_scores for r in results)
            expected = len(criteria) * len(all_reviewers)
            reviewers = tuple(sorted({s["reviewer"] for s in mine}))
            rows.append((round(total, 2), expected > 0 and scored >= expected, str(nom.get("title") or ""), nom,
                         tuple(results), reviewers, scored))
        rows.sort(key=lambda r: (-r[0], not r[1], r[2], r[3]["id"]))
        out: list[RankingRow] = []
        rank = 0
        for i, (total, _complete, title, nom, per_criterion, reviewers, scored) in enumerate(rows):
            if i == 0 or total != rows[i - 1][0]:
                rank = i + 1
            out.append(RankingRow(nom["id"], title, nom["status"], nom["nominee_type"], total, rank, per_criterion,
                                  reviewers, scored, len(criteria) * len(all_reviewers)))
        return out


def figure_summary(rows: Sequence[Mapping[str, Any]], lang: str | None = None) -> list[dict[str, Any]]:
    """Figure rows with their change % and verdict, ready for a table."""
    out = []
    for r in rows:
        ch = figure_change(r)
        out.append({**{k: r.get(k) for k in FIGURE_FIELDS},
                    "change_pct": None if ch.change_pct is None else round(ch.change_pct, 1),
                    "change_text": ch.text(lang), "better": ch.better, "better_guessed": ch.better_guessed,
                    "improved": ch.improved, "verdict": ch.verdict(lang)})
    return out
