from __future__ import annotations

from pathlib import Path

import pytest

from mitake_desktop.core import demo, reference
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.schema import ENTITIES, spec
from mitake_desktop.core.services import Services
from mitake_desktop.core.services.validation import coerce_values
from tests.conftest import DEMO_ANCHOR


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        with Services.open(str(tmp_path / f"{name}.sqlite3")) as s:
            demo.generate(s, size=600, seed=3, anchor=DEMO_ANCHOR)
            dumps.append("\n".join(s.dump_lines()))
    assert dumps[0] == dumps[1]
    with Services.open(str(tmp_path / "c.sqlite3")) as s:
        demo.generate(s, size=600, seed=4, anchor=DEMO_ANCHOR)
        assert "\n".join(s.dump_lines()) != dumps[0]


def test_every_record_type_and_every_kind_is_present(demo_services: Services) -> None:
    counts = demo_services.records.counts()
    assert all(counts[e.type] > 0 for e in ENTITIES), counts
    assert counts["community"] >= 8
    orgs = demo_services.records.list("organisation")
    assert {o["kind"] for o in orgs} == reference.keys("org_kind")
    events = demo_services.records.list("event")
    assert {e["kind"] for e in events} == reference.keys("event_kind")
    prefs = {p for c in demo_services.records.list("community") for p in c["prefectures"]}
    assert len(prefs) >= 8
    regs = demo_services.records.list("registration")
    assert {"attended", "no_show", "registered", "walk_in", "cancelled"} <= {r["status"] for r in regs}
    people = demo_services.records.list("person")
    assert all(p["reading"] for p in people)
    assert {p["consent_scope"] for p in people} == {"internal", "joint_use", "public"}
    tools = {t["name"] for t in demo_services.records.list("it_tool")}
    assert {"freee会計", "マネーフォワード クラウド会計", "Airレジ", "スマレジ", "kintone", "Square POSレジ",
            "STORES ネットショップ", "LINE公式アカウント"} <= tools
    stories = demo_services.records.list("case_study")
    assert all(c["story_issue"] and c["story_results"] for c in stories)
    assert any(f["before"] != f["after"] for f in demo_services.records.list("case_figure"))


def test_every_demo_record_passes_the_services_validation(demo_services: Services) -> None:
    for entity in ENTITIES:
        for record in demo_services.records.list(entity.type):
            values = {f.name: record[f.name] for f in entity.fields}
            clean = coerce_values(spec(entity.type), values, creating=True)
            for name, value in values.items():
                if value is not None:
                    assert clean[name] == value, (entity.type, name, value, clean[name])
    assert demo_services.check() == []


def test_unique_rules_hold_in_demo_data(demo_services: Services) -> None:
    for entity in ENTITIES:
        for rule in entity.unique:
            keys = [tuple(r[f] for f in rule.fields) for r in demo_services.records.list(entity.type)]
            assert len(keys) == len(set(keys)), (entity.type, rule.fields)


def test_matching_schedule_never_double_books(demo_services: Services) -> None:
    seen: set[tuple[str, str, str]] = set()
    for m in demo_services.records.list("matching_meeting"):
        for who in (m["firm_person_id"], m["provider_person_id"], m["table_no"]):
            key = (m["event_id"], m["slot_start"], who)
            assert key not in seen, key
            seen.add(key)


def test_upcoming_events_exist_for_the_check_in_screen(demo_services: Services) -> None:
    upcoming = [e for e in demo_services.records.list("event") if e["starts_at"] >= DEMO_ANCHOR.isoformat()]
    assert upcoming and all(e["status"] == "planned" for e in upcoming)


def test_demo_refuses_a_database_with_data(demo_services: Services) -> None:
    with pytest.raises(MitakeError) as exc:
        demo.generate(demo_services, size=300)
    assert "空ではありません" in exc.value.message


def test_cancelled_demo_leaves_nothing(services: Services) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) >= 1

    with pytest.raises(demo.Cancelled):
        demo.generate(services, size=12000, seed=1, anchor=DEMO_ANCHOR, cancel=cancel)
    assert services.records.is_empty()


def test_size_scales_the_number_of_records(services: Services, tmp_path: Path) -> None:
    progress: list[tuple[int, int]] = []
    n = demo.generate(services, size=6000, seed=2, anchor=DEMO_ANCHOR, progress=lambda a, b: progress.append((a, b)))
    assert 5000 <= n <= 7500
    assert sum(services.records.counts().values()) == n
    assert progress == sorted(progress) and progress[-1][1] == 6000


def test_demo_events_keep_the_capacity_and_waitlist_rules(demo_services: Services) -> None:
    seated = {"registered", "attended", "no_show", "walk_in"}
    for event in demo_services.records.list("event"):
        regs = [r for r in demo_services.records.list("registration") if r["event_id"] == event["id"]
                and r["participant_role"] in ("attendee", "firm")]
        taken = sum(r["status"] in seated for r in regs)
        assert taken <= event["capacity"], event["title"]
        waiting = sorted(r["registered_at"] for r in regs if r["status"] == "waitlisted")
        if waiting:  # nobody waits while a seat is free, and nobody seated registered after someone waiting
            assert taken == event["capacity"]
            assert max(r["registered_at"] for r in regs if r["status"] == "registered") <= waiting[0]
