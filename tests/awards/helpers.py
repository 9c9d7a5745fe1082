"""Small, complete records for the award tests (an empty database each time: fast and explicit)."""

from __future__ import annotations

from typing import Any

from mitake_desktop.core.demo import demo_photo
from mitake_desktop.core.services import Services

LONG = "月末の経理作業に追われ、数字が出るのが翌月の下旬になっていた。資金繰りの判断がいつも後手に回り、社長が夜遅くまで伝票を整理していた。"  # 60+ chars


def text(n: int, seed: str = "経営") -> str:
    """A Japanese text of exactly ``n`` characters (no spaces)."""
    return (seed * n)[:n]


def make_case(s: Services, *, leader_scope: str = "internal", consent: bool = True, photos: int = 1,
              employees: str | None = "6_20", capital: str | None = "le10m", industry: str | None = "E",
              supporters: bool = True, community: bool = True, **overrides: Any) -> dict[str, Any]:
    """A case study with every field filled (so completeness is 100) plus its figures; returns ids."""
    firm = s.records.create("organisation", {"name": "株式会社テスト製作所", "kind": "sme", "prefecture": "10",
                                             "industry": industry, "employees_band": employees,
                                             "capital_band": capital})
    chamber = s.records.create("organisation", {"name": "前橋商工会議所", "kind": "chamber", "prefecture": "10"})
    leader = s.records.create("person", {
        "name": "山田 太郎", "reading": "やまだ たろう", "organisation_id": firm["id"], "title": "代表取締役",
        "email": "taro.yamada@example.jp", "phone": "027-123-4567", "consent_scope": leader_scope})
    comm = s.records.create("community", {"name": "まえばし身の丈IT研究会", "prefectures": ["10"],
                                          "description": "前橋の小さな事業者の集まり。" * 5})
    s.records.create("membership", {"person_id": leader["id"], "community_id": comm["id"], "role": "opinion_leader"})
    tool = s.records.create("it_tool", {"name": "クラウド会計X", "vendor": "Xソフト株式会社", "category": "accounting",
                                        "subsidy_eligible": True, "subsidy_program": "it_subsidy_normal"})
    photo_ids = [s.attachments.add(demo_photo(i), f"photo-{i}.png")["id"] for i in range(photos)]
    values: dict[str, Any] = {
        "title": "テスト製作所、クラウド会計で経理の時間を70%削減",
        "organisation_id": firm["id"], "leader_id": leader["id"], "community_id": comm["id"] if community else None,
        "supporter_org_ids": [chamber["id"]] if supporters else [], "prefecture": "10", "industry": industry,
        "employees_band": employees, "capital_band": capital, "it_tool_ids": [tool["id"]], "cost_yen": 300_000,
        "subsidy_program": "it_subsidy_normal",
        "summary": text(60, "概要"), "story_issue": text(160, "課題"), "story_approach": text(160, "方策"),
        "story_team": text(120, "体制"), "story_results": text(160, "成果"),
        "photo_ids": photo_ids, "status": "reviewed", "publication_consent": consent,
        "consent_date": "2026-03-01" if consent else None,
    }
    values.update(overrides)
    cs = s.records.create("case_study", values)
    figs = [
        s.case_studies.add_figure(cs["id"], {"metric": "経理作業時間", "unit": "時間", "period": "月", "before": 40,
                                             "after": 12, "kind": "result"}),
        s.case_studies.add_figure(cs["id"], {"metric": "労働生産性", "unit": "万円", "period": "人・年",
                                             "before": 500, "after": 560, "kind": "local_benchmark"}),
    ]
    return {"case": cs, "firm": firm, "chamber": chamber, "leader": leader, "community": comm, "tool": tool,
            "figures": figs, "photos": photo_ids}


def make_program(s: Services, template: str = "local_mitake_it", **kw: Any) -> dict[str, Any]:
    return s.awards.create_program_from_template(template, year=2026, deadline="2026-07-01", lang="ja", **kw)
