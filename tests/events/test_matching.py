"""商談会: the proposed schedule, staff adjustments that never double-book, outcomes and adoptions."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mitake_desktop.core.errors import MitakeError, ValidationError
from mitake_desktop.core.events.matching import Booking, find_clashes
from mitake_desktop.core.services import Services
from tests.events.conftest import World


@dataclass
class Matching:
    event: str
    firms: list[str]
    providers: list[str]
    tools: dict[str, str]


def setup_matching(world: World, *, n_firms: int = 5) -> Matching:
    records = world.services.records
    regs = world.services.events.registrations
    vendor_a = records.create("organisation", {"name": "株式会社クラウド会計", "kind": "it_provider"})["id"]
    vendor_b = records.create("organisation", {"name": "レジ工房 株式会社", "kind": "it_provider"})["id"]
    vendor_c = records.create("organisation", {"name": "ネットショップ研究所", "kind": "it_provider"})["id"]
    tools = {
        "会計クラウド": records.create("it_tool", {"name": "会計クラウド", "vendor": "(株)クラウド会計",
                                              "category": "accounting"})["id"],
        "給与クラウド": records.create("it_tool", {"name": "給与クラウド", "vendor": "株式会社クラウド会計",
                                              "category": "payroll"})["id"],
        "スマレジ風POS": records.create("it_tool", {"name": "スマレジ風POS", "vendor": "レジ工房株式会社",
                                                "category": "pos"})["id"],
    }
    providers = [world.person(n, r, organisation_id=o) for n, r, o in (
        ("会計 営業", "かいけい えいぎょう", vendor_a), ("レジ 営業", "れじ えいぎょう", vendor_b),
        ("ネット 営業", "ねっと えいぎょう", vendor_c))]
    event = world.event(kind="business_matching", title="身の丈IT 商談会", starts_at="2026-06-12T13:00",
                        ends_at="2026-06-12T15:00", capacity=30)
    interests = [["accounting", "pos"], ["accounting"], ["pos", "ecommerce"], ["ecommerce"], ["payroll"],
                 ["crm"], ["accounting", "payroll"]]
    firms = world.people[:n_firms]
    for i, p in enumerate(firms):
        regs.register(event, p, participant_role="firm", interests=interests[i % len(interests)],
                      registered_at=f"2026-05-0{i + 1}T10:00:00")
    for i, p in enumerate(providers):
        # The third provider declares what it offers; the others are known by their tools.
        regs.register(event, p, participant_role="provider", interests=["ecommerce"] if i == 2 else None)
    return Matching(event, firms, providers, tools)


def clashes(services: Services, event: str) -> list[object]:
    return list(services.events.matching.double_bookings(event))


def test_proposal_pairs_shared_interests_in_free_slots_and_tables(world: World) -> None:
    m = setup_matching(world)
    matching = world.services.events.matching
    offer = matching.offerings(m.event)
    assert offer[m.providers[0]] == {"accounting", "payroll"}  # from the vendor's tools (legal form ignored)
    assert offer[m.providers[1]] == {"pos"}
    assert offer[m.providers[2]] == {"ecommerce"}  # declared in the registration
    plan = matching.propose(m.event, slot_minutes=30)
    assert [s.start[11:16] for s in plan.slots] == ["13:00", "13:30", "14:00", "14:30"]
    assert plan.tables == ["T1", "T2", "T3"]
    pairs = {(x.firm_person_id, x.provider_person_id) for x in plan.meetings}
    # Every pair that shares a category is scheduled once (there is room for all of them).
    expected = {(m.firms[0], m.providers[0]), (m.firms[0], m.providers[1]), (m.firms[1], m.providers[0]),
                (m.firms[2], m.providers[1]), (m.firms[2], m.providers[2]), (m.firms[3], m.providers[2]),
                (m.firms[4], m.providers[0])}
    assert pairs == expected and len(plan.meetings) == len(expected)
    assert plan.unmatched_firms == []
    bookings = [Booking(str(i), x.firm_person_id, x.provider_person_id, x.table_no, x.slot_start, x.slot_end)
                for i, x in enumerate(plan.meetings)]
    assert find_clashes(bookings) == []
    # Providers keep their own table.
    assert {x.table_no for x in plan.meetings if x.provider_person_id == m.providers[1]} == {"T2"}
    created = matching.apply(plan)
    assert len(created) == len(expected) and clashes(world.services, m.event) == []
    # Proposing again adds nothing: every pair is already booked.
    assert matching.propose(m.event).meetings == []
    # The whole plan is one batch: undone in one step.
    batch = world.services.history.batches("matching_plan")[0]
    world.services.history.undo_batch(batch.id)
    assert matching.meetings(m.event) == []


def test_firms_take_turns_when_slots_are_scarce(world: World) -> None:
    m = setup_matching(world, n_firms=7)
    plan = world.services.events.matching.propose(m.event, slot_minutes=60)  # 2 slots only
    per_firm: dict[str, int] = {}
    for x in plan.meetings:
        per_firm[x.firm_person_id] = per_firm.get(x.firm_person_id, 0) + 1
    firms_with_interest = [f for i, f in enumerate(m.firms) if i != 5]  # the CRM firm matches nobody
    # Accounting is wanted by four firms, offered at one table with two slots: the first come get it,
    # and everyone who can meet anyone gets a first meeting before anyone gets a second.
    assert m.firms[5] in plan.unmatched_firms
    assert sum(1 for f in firms_with_interest if per_firm.get(f)) >= 5
    bookings = [Booking(str(i), x.firm_person_id, x.provider_person_id, x.table_no, x.slot_start, x.slot_end)
                for i, x in enumerate(plan.meetings)]
    assert find_clashes(bookings) == []


def test_adjustments_refuse_double_bookings_and_explain_why(world: World) -> None:
    m = setup_matching(world)
    matching = world.services.events.matching
    a = matching.add(m.event, m.firms[0], m.providers[0], "2026-06-12T13:00", table_no="T1")
    b = matching.add(m.event, m.firms[1], m.providers[1], "2026-06-12T13:00", table_no="T2")
    c = matching.add(m.event, m.firms[0], m.providers[1], "2026-06-12T13:30", table_no="T2")
    assert a["slot_end"] == "2026-06-12T13:25:00"
    with pytest.raises(ValidationError) as info:  # the firm is already at T1
        matching.add(m.event, m.firms[0], m.providers[2], "2026-06-12T13:10", table_no="T3")
    assert "山田 太郎さんは 13:00〜13:25 に別の商談が入っています" in str(info.value)
    with pytest.raises(ValidationError) as info:  # the table is taken
        matching.add(m.event, m.firms[2], m.providers[2], "2026-06-12T13:00", table_no="t2")
    assert info.value.fields == ["table_no"]
    with pytest.raises(ValidationError):  # the provider is busy
        matching.move(b["id"], slot_start="2026-06-12T13:30")
    with pytest.raises(ValidationError):  # the firm and the provider cannot be one person
        matching.add(m.event, m.firms[0], m.firms[0], "2026-06-12T14:30")
    with pytest.raises(MitakeError):  # people not registered for the event
        matching.add(m.event, world.people[9], m.providers[0], "2026-06-12T14:30")
    # A generic edit (the command line's ``set``, a form) is held to the same rule.
    with pytest.raises(ValidationError):
        world.services.records.update("matching_meeting", c["id"], {"slot_start": "2026-06-12T13:00",
                                                                   "slot_end": "2026-06-12T13:25", "table_no": "T3"})
    moved = matching.move(c["id"], slot_start="2026-06-12T14:00", table_no="T3")
    assert (moved["slot_start"], moved["slot_end"], moved["table_no"]) == ("2026-06-12T14:00:00",
                                                                          "2026-06-12T14:25:00", "T3")
    # Swapping exchanges slot and table; a swap that would clash is refused as a whole.
    e = matching.add(m.event, m.firms[2], m.providers[2], "2026-06-12T14:30", table_no="T4")
    new_a, new_e = matching.swap(a["id"], e["id"])
    assert (new_a["slot_start"], new_a["table_no"], new_e["slot_start"], new_e["table_no"]) == (
        "2026-06-12T14:30:00", "T4", "2026-06-12T13:00:00", "T1")
    with pytest.raises(ValidationError) as info:
        matching.swap(c["id"], e["id"])  # c's provider would be at 13:00 twice (with b at T2)
    assert "レジ 営業さんは 13:00〜13:25" in str(info.value)
    assert world.services.records.get("matching_meeting", c["id"])["slot_start"] == "2026-06-12T14:00:00"
    assert world.services.records.get("matching_meeting", e["id"])["slot_start"] == "2026-06-12T13:00:00"
    matching.remove(e["id"])
    assert clashes(world.services, m.event) == []
    assert [(r.slot_start[11:16], r.table_no) for r in matching.meetings(m.event)] == [
        ("13:00", "T2"), ("14:00", "T3"), ("14:30", "T4")]


def test_random_adjustments_never_double_book(services: Services) -> None:
    from tests.events.conftest import build_world

    world = build_world(services)
    m = setup_matching(world, n_firms=6)
    matching = services.events.matching
    # Few people, slots and tables, so random operations collide often.
    firms, providers = m.firms[:3], m.providers[:2]
    slots = ["2026-06-12T13:00", "2026-06-12T13:15", "2026-06-12T13:30", "2026-06-12T14:00"]
    tables = ["T1", "T2", None]
    add = st.tuples(st.sampled_from(firms), st.sampled_from(firms + providers), st.sampled_from(slots),
                    st.sampled_from(tables))
    adjust = st.one_of(
        st.tuples(st.just("move"), st.integers(0, 20), st.sampled_from(slots), st.sampled_from(tables)),
        st.tuples(st.just("swap"), st.integers(0, 20), st.integers(0, 20)),
        st.tuples(st.just("remove"), st.integers(0, 20)),
        st.tuples(st.just("add"), add),
        st.tuples(st.just("outcome"), st.integers(0, 20)),
    )

    def apply(item: tuple[object, ...], live: list[str]) -> None:
        kind = item[0]
        if kind == "add":
            firm, provider, slot, table = item[1]
            matching.add(m.event, firm, provider, slot, table_no=table)
        elif not live:
            return
        elif kind == "move":
            matching.move(live[int(item[1]) % len(live)], slot_start=str(item[2]), table_no=str(item[3] or ""))
        elif kind == "swap":
            matching.swap(live[int(item[1]) % len(live)], live[int(item[2]) % len(live)])
        elif kind == "remove":
            matching.remove(live[int(item[1]) % len(live)])
        else:
            matching.record_outcome(live[int(item[1]) % len(live)], "follow_up")

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(add, min_size=3, max_size=8), st.lists(adjust, min_size=1, max_size=10))
    def run(adds: list[tuple[str, str, str, str | None]], adjustments: list[tuple[object, ...]]) -> None:
        matching.clear(m.event, only_pending=False)
        for item in [("add", a) for a in adds] + adjustments:
            with contextlib.suppress(MitakeError):  # a refused operation writes nothing
                apply(item, [x.id for x in matching.meetings(m.event)])
            assert matching.double_bookings(m.event) == []

    run()


def test_outcomes_adoptions_and_a_case_study_draft(world: World) -> None:
    m = setup_matching(world)
    matching = world.services.events.matching
    meeting = matching.add(m.event, m.firms[0], m.providers[0], "2026-06-12T13:00", table_no="T1")
    other = matching.add(m.event, m.firms[1], m.providers[0], "2026-06-12T13:30", table_no="T1")
    with pytest.raises(ValidationError) as info:
        matching.record_outcome(meeting["id"], "adoption")
    assert info.value.fields == ["it_tool_id"]
    matching.record_outcome(meeting["id"], "adoption", it_tool_id=m.tools["会計クラウド"], notes="年内に導入")
    matching.record_outcome(other["id"], "trial", it_tool_id=m.tools["給与クラウド"])
    adoptions = matching.adoptions()
    assert [(a.firm_name, a.organisation_name, a.it_tool_name, a.case_study_id) for a in adoptions] == [
        ("山田 太郎", "株式会社山田商店", "会計クラウド", None)]
    assert adoptions[0].community_name == "ながの身の丈IT研究会"
    with pytest.raises(MitakeError):
        matching.draft_case_study(other["id"])  # a trial is not (yet) a success story
    draft = matching.draft_case_study(meeting["id"])
    cs = draft.case_study
    assert draft.created and cs["status"] == "draft" and cs["title"] == "株式会社山田商店の会計クラウド導入事例"
    assert cs["organisation_id"] == world.orgs[0] and cs["it_tool_ids"] == [m.tools["会計クラウド"]]
    assert cs["community_id"] == world.community and cs["industry"] == "I" and cs["employees_band"] == "6_20"
    assert cs["supporter_org_ids"] == [world.orgs[0]]
    again = matching.draft_case_study(meeting["id"])
    assert not again.created and again.case_study["id"] == cs["id"]
    assert matching.adoptions()[0].case_study_id == cs["id"]
    # Follow-ups for the firms whose meetings continue (trial, follow-up), one batch.
    bulk = world.services.events.followups.create_from_meetings(m.event, owner_id=world.people[8],
                                                                 due_on="2026-07-01")
    assert [f["title"] for f in bulk.created] == ["試用の状況確認（給与クラウド）"]
    assert bulk.created[0]["organisation_id"] == world.orgs[1]
