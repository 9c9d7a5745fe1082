from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mitake_desktop.core.errors import NotFoundError, ValidationError
from mitake_desktop.core.services import Filter, PageKey, Services


def org(s: Services, **kw: Any) -> dict[str, Any]:
    return s.records.create("organisation", {"name": "前橋商工会議所", "kind": "chamber", "prefecture": "10", **kw})


def person(s: Services, name: str, reading: str | None = None, **kw: Any) -> dict[str, Any]:
    return s.records.create("person", {"name": name, "reading": reading, **kw})


def test_create_read_update_delete_restore(services: Services) -> None:
    o = org(services)
    assert o["id"] and o["created_at"] == o["updated_at"] and o["updated_by"] == services.device_id
    got = services.records.get("organisation", o["id"])
    assert got["name"] == "前橋商工会議所" and got["kind"] == "chamber"
    updated = services.records.update("organisation", o["id"], {"city": "前橋市"})
    assert updated["city"] == "前橋市" and updated["updated_at"] >= o["updated_at"]
    services.records.delete("organisation", o["id"])
    with pytest.raises(NotFoundError):
        services.records.get("organisation", o["id"])
    assert services.records.count("organisation") == 0
    assert services.records.get("organisation", o["id"], include_deleted=True)["deleted"] is True
    services.records.restore("organisation", o["id"])
    assert services.records.get("organisation", o["id"])["city"] == "前橋市"


def test_history_records_old_and_new_with_device_and_actor(services: Services) -> None:
    o = org(services)
    services.records.update("organisation", o["id"], {"name": "前橋商工会議所 中小企業相談所", "city": "前橋市"})
    services.records.update("organisation", o["id"], {"city": "前橋市"})  # no change, no history
    services.records.delete("organisation", o["id"])
    entries = services.history.for_record("organisation", o["id"])
    actions = [(e.action, e.field, e.old, e.new) for e in entries]
    assert actions == [
        ("delete", None, None, None),
        ("update", "city", None, "前橋市"),
        ("update", "name", "前橋商工会議所", "前橋商工会議所 中小企業相談所"),
        ("create", None, None, None),
    ] or actions == [
        ("delete", None, None, None),
        ("update", "name", "前橋商工会議所", "前橋商工会議所 中小企業相談所"),
        ("update", "city", None, "前橋市"),
        ("create", None, None, None),
    ]
    assert all(e.device_id == services.device_id and e.actor == services.actor for e in entries)
    assert entries[0].at >= entries[-1].at


def test_invalid_update_writes_nothing(services: Services) -> None:
    o = org(services)
    before = list(services.dump_lines())
    with pytest.raises(ValidationError):
        services.records.update("organisation", o["id"], {"name": "", "city": "前橋市"})
    assert list(services.dump_lines()) == before
    assert len(services.history.for_record("organisation", o["id"])) == 1


def test_references_must_exist_and_be_alive(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        person(services, "山田 太郎", organisation_id="01999999-0000-7000-8000-000000000000")
    assert exc.value.fields == ["organisation_id"] and "所属組織" in exc.value.message
    o = org(services)
    services.records.delete("organisation", o["id"])
    with pytest.raises(ValidationError):
        person(services, "山田 太郎", organisation_id=o["id"])
    with pytest.raises(ValidationError) as exc2:
        services.records.create("case_study", {"title": "x", "it_tool_ids": ["nope"]})
    assert exc2.value.fields == ["it_tool_ids"]


def test_unique_and_order_rules(services: Services) -> None:
    p = person(services, "山田 太郎")
    c = services.records.create("community", {"name": "会", "prefectures": ["10"]})
    m = {"person_id": p["id"], "community_id": c["id"], "role": "member_sme"}
    services.records.create("membership", m)
    with pytest.raises(ValidationError) as exc:
        services.records.create("membership", m)
    assert "同じ役割" in exc.value.message
    with pytest.raises(ValidationError) as exc2:
        services.records.create("membership", {**m, "role": "supporter", "since": "2025-04-01", "until": "2025-03-01"})
    assert exc2.value.fields == ["until"]
    e = services.records.create("event", {"title": "セミナー", "starts_at": "2026-12-01T14:00"})
    with pytest.raises(ValidationError):
        services.records.update("event", e["id"], {"ends_at": "2026-12-01T13:00"})


def test_one_save_reports_bad_values_and_the_rules_between_fields_together(services: Services) -> None:
    e = services.records.create("event", {"title": "セミナー", "starts_at": "2026-12-01T14:00"})
    with pytest.raises(ValidationError) as exc:
        services.records.update("event", e["id"], {"capacity": -5, "ends_at": "2026-12-01T13:00"})
    assert set(exc.value.fields) == {"capacity", "ends_at"}
    with pytest.raises(ValidationError) as exc:
        services.records.create("event", {"title": "", "starts_at": "2026-12-01T14:00",
                                          "ends_at": "2026-12-01T13:00", "community_id": "no-such-id"})
    assert exc.value.fields == ["title", "community_id", "ends_at"]  # in the form's order
    assert services.records.get("event", e["id"])["capacity"] is None  # nothing written


def test_nomination_and_score_checks(services: Services) -> None:
    prog = services.records.create("award_program", {"name": "アワード"})
    other = services.records.create("award_program", {"name": "別のアワード"})
    crit = services.records.create("award_criterion", {"program_id": prog["id"], "name": "成果", "max_score": 5})
    foreign = services.records.create("award_criterion", {"program_id": other["id"], "name": "x"})
    with pytest.raises(ValidationError):
        services.records.create("nomination", {"program_id": prog["id"], "nominee_type": "case_study",
                                               "nominee_id": "missing"})
    cs = services.records.create("case_study", {"title": "事例"})
    nom = services.records.create("nomination", {"program_id": prog["id"], "nominee_type": "case_study",
                                                 "nominee_id": cs["id"]})
    base = {"nomination_id": nom["id"], "reviewer": "審査員A"}
    services.records.create("nomination_score", {**base, "criterion_id": crit["id"], "score": 4})
    with pytest.raises(ValidationError):
        services.records.create("nomination_score", {**base, "criterion_id": crit["id"], "score": 3})
    with pytest.raises(ValidationError):
        services.records.create("nomination_score", {**base, "reviewer": "B", "criterion_id": crit["id"], "score": 6})
    with pytest.raises(ValidationError):
        services.records.create("nomination_score", {**base, "criterion_id": foreign["id"], "score": 1})


def test_people_sort_by_kana_reading(services: Services) -> None:
    for name, reading in [("渡辺 健一", "ワタナベ ケンイチ"), ("秋山 花子", "あきやま はなこ"), ("伊藤 誠", "ｲﾄｳ ﾏｺﾄ"),
                          ("読みなし", None), ("上田 彩", "うえだ あや")]:
        person(services, name, reading)
    assert [p["name"] for p in services.records.list("person")] == [
        "秋山 花子", "伊藤 誠", "上田 彩", "渡辺 健一", "読みなし"]
    p = services.records.list("person")[-1]
    services.records.update("person", p["id"], {"reading": "あいざわ"})
    assert services.records.list("person")[0]["name"] == "読みなし"


def test_filters(services: Services) -> None:
    services.records.create("community", {"name": "群馬の会", "prefectures": ["10"], "status": "active"})
    services.records.create("community", {"name": "両毛の会", "prefectures": ["09", "10"], "status": "forming"})
    services.records.create("community", {"name": "信州の会", "prefectures": ["20"], "status": "active"})
    names = lambda fs: sorted(c["name"] for c in services.records.list("community", fs))
    assert names([Filter("prefectures", "contains", "10")]) == ["両毛の会", "群馬の会"]
    assert names([Filter("status", "=", "active")]) == ["信州の会", "群馬の会"]
    assert names([Filter("status", "in", ["forming"])]) == ["両毛の会"]
    assert names([Filter("name", "search", "信州")]) == ["信州の会"]
    assert names([Filter("name", "like", "毛の")]) == ["両毛の会"]


def walk_pages(services: Services, type_name: str, order: str, *, limit: int, descending: bool) -> list[str]:
    """Every id of a list, read page after page by keyset (what the GUI's lists do)."""
    column = "sort_key" if order == "sort" else order
    seen: list[str] = []
    after = None
    while True:
        stmt = services.records.select_page(type_name, order=order, descending=descending, after=after, limit=limit,
                                            columns=(column, "id"))
        with services.db.read() as conn:
            rows = conn.execute(stmt).all()
        if not rows:
            return seen
        seen += [r.id for r in rows]
        after = PageKey(rows[-1]._mapping[column], rows[-1].id)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=st.integers(min_value=1, max_value=9), descending=st.booleans())
def test_keyset_pages_cover_the_list_exactly_once(demo_services: Services, page: int, descending: bool) -> None:
    full = [p["id"] for p in demo_services.records.list("person", descending=descending)]
    assert walk_pages(demo_services, "person", "sort", limit=page, descending=descending) == full


def test_counts_cover_every_type(demo_services: Services) -> None:
    counts = demo_services.records.counts()
    assert all(n > 0 for n in counts.values()), counts


@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_over_a_column_with_nulls(services: Services, descending: bool) -> None:
    # Sorting by a nullable column: a page ending on a NULL must not lose the rows after it.
    for i in range(7):
        services.records.create("community", {"name": f"会{i}", "prefectures": ["13"],
                                              "founded_on": None if i % 3 == 0 else f"2020-01-0{i + 1}"})
    full = [c["id"] for c in services.records.list("community", order="founded_on", descending=descending)]
    seen = walk_pages(services, "community", "founded_on", limit=2, descending=descending)
    assert seen == full and len(seen) == 7


def test_search_filter_on_a_reference_field(services: Services) -> None:
    org = services.records.create("organisation", {"name": "高崎パン工房", "kind": "sme"})
    other = services.records.create("organisation", {"name": "前橋精機", "kind": "sme"})
    services.records.create("person", {"name": "山田 花子", "organisation_id": org["id"]})
    services.records.create("person", {"name": "佐藤 一郎", "organisation_id": other["id"]})
    found = services.records.list("person", [Filter("organisation_id", "search", "パン工房")])
    assert [p["name"] for p in found] == ["山田 花子"]


def test_a_changed_score_is_checked_against_the_criterion_maximum(services: Services) -> None:
    prog = services.records.create("award_program", {"name": "アワード"})
    crit = services.records.create("award_criterion", {"program_id": prog["id"], "name": "成果", "max_score": 5})
    cs = services.records.create("case_study", {"title": "事例"})
    nom = services.records.create("nomination", {"program_id": prog["id"], "nominee_type": "case_study",
                                                 "nominee_id": cs["id"]})
    services.awards.set_score(nom["id"], crit["id"], "審査員A", 4)
    with pytest.raises(ValidationError) as exc:
        services.awards.set_score(nom["id"], crit["id"], "審査員A", 6)
    assert exc.value.fields == ["score"]
    assert services.awards.scores(nom["id"])[0]["score"] == 4


def test_via_filter_follows_a_linking_type_and_ignores_deleted_links(services: Services) -> None:
    c = services.records.create("community", {"name": "会", "prefectures": ["10"]})
    a, b, _ = (person(services, n) for n in ("甲", "乙", "丙"))
    m = services.records.create("membership", {"person_id": a["id"], "community_id": c["id"], "role": "member_sme"})
    services.records.create("membership", {"person_id": b["id"], "community_id": c["id"], "role": "supporter"})
    via = [Filter("id", "via", ("membership", "person_id", "community_id", c["id"]))]
    assert sorted(p["name"] for p in services.records.list("person", via)) == ["乙", "甲"]
    services.records.delete("membership", m["id"])
    assert [p["name"] for p in services.records.list("person", via)] == ["乙"]


def test_records_that_join_others_are_titled_by_them(services: Services) -> None:
    person = services.records.create("person", {"name": "伊藤 翔太", "reading": "いとう しょうた"})
    event = services.records.create("event", {"title": "出張相談会", "starts_at": "2026-06-11T10:00"})
    community = services.records.create("community", {"name": "ぐんまITの会", "prefectures": ["10"]})
    reg = services.records.create("registration", {"person_id": person["id"], "event_id": event["id"]})
    member = services.records.create("membership", {"person_id": person["id"], "community_id": community["id"],
                                                    "role": "member_sme"})
    profile = services.records.create("opinion_leader_profile", {"person_id": person["id"], "expertise": "kintone"})
    assert services.records.titles("registration", [reg["id"]]) == {reg["id"]: "伊藤 翔太 — 出張相談会"}
    assert services.records.titles("membership", [member["id"]])[member["id"]] == "伊藤 翔太 — ぐんまITの会"
    assert services.records.titles("opinion_leader_profile", [profile["id"]])[profile["id"]] == "伊藤 翔太 — kintone"
    services.records.delete("registration", reg["id"])
    assert services.records.titles("registration", [reg["id"]])[reg["id"]] == "伊藤 翔太 — 出張相談会（削除済み）"
