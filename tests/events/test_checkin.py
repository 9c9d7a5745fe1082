"""The event-day check-in desk: search by a few characters, check in, undo, walk-ins, counters."""

from __future__ import annotations

from datetime import datetime

from mitake_desktop.core.services import Services
from tests.events.conftest import World


def registered_event(world: World, **values: object) -> str:
    event = world.event(**values)
    regs = world.services.events.registrations
    for p in world.people:
        regs.register(event, p)
    return event


def names(found: list) -> list[str]:  # type: ignore[type-arg]
    return [p.name for p in found]


def test_kana_prefix_finds_people_whichever_way_the_reading_is_typed(world: World) -> None:
    desk = world.services.events.checkin(registered_event(world))
    expected = ["山下 花子", "山田 太郎"]  # kana order: やました, やまだ
    for query in ("やま", "ヤマ", "ｙａｍａ", "ﾔﾏ", "yama", "YAMA"):
        assert names(desk.search(query)) == expected, query
    # 山 prefixes the two names and also appears in organisations (山田商店, 山下製作所): those follow.
    assert names(desk.search("山")) == expected + ["大野 直人", "清水 恵", "髙橋 美咲"]
    assert names(desk.search("やまだ")) == ["山田 太郎"]
    assert names(desk.search("たろ")) == ["山田 太郎"]  # the given name's reading
    assert names(desk.search("やまだた")) == ["山田 太郎"]  # the whole reading without the space
    assert names(desk.search("山田 太")) == ["山田 太郎"]  # every word a prefix of a part
    # Romaji: Hepburn or Kunrei, long vowels written or not.
    assert names(desk.search("shimizu")) == names(desk.search("simizu")) == ["清水 恵"]
    assert names(desk.search("ono")) == names(desk.search("oono")) == names(desk.search("ohno")) == ["大野 直人"]
    assert names(desk.search("shouta")) == names(desk.search("shota")) == ["田中 翔太"]
    assert names(desk.search("高橋")) == []  # 髙橋 is written with the other kanji …
    assert names(desk.search("たかは")) == ["髙橋 美咲"]  # … but its reading finds her
    assert names(desk.search("smi")) == ["John Smith"]
    assert desk.search("") == [] and desk.search("  ") == []


def test_prefix_matches_rank_before_substrings(world: World) -> None:
    event = registered_event(world)
    extra = world.person("大山 真", "おおやま まこと")
    world.services.events.registrations.register(event, extra)
    desk = world.services.events.checkin(event)
    found = names(desk.search("やま"))
    assert found[:2] == ["山下 花子", "山田 太郎"] and found[2] == "大山 真"  # おおやま contains やま
    assert names(desk.search("山田商店")) == ["大野 直人", "清水 恵", "山田 太郎"]  # by organisation, kana order
    assert names(desk.search("taro@")) == ["山田 太郎"]  # the e-mail is searchable too


def test_check_in_is_saved_at_once_and_undo_restores_the_status_before(world: World, services: Services) -> None:
    event = world.event(capacity=8)
    regs = services.events.registrations
    made = [regs.register(event, p) for p in world.people]
    assert made[-1]["status"] == "waitlisted"
    desk = services.events.checkin(event)
    assert desk.counters().registered == 8 and desk.counters().waitlisted == 2
    hit = desk.search("さと")[0]
    done = desk.check_in(hit.registration_id, at="2026-06-10T13:45:00")
    assert (done.status, done.checked_in_at) == ("attended", "2026-06-10T13:45:00")
    assert services.records.get("registration", hit.registration_id)["status"] == "attended"  # committed
    assert desk.check_in(hit.registration_id) == done  # checking in twice changes nothing
    # A new desk (another window, a restart) sees it; the present sort after those still expected.
    other = services.events.checkin(event)
    assert other.get(hit.registration_id).status == "attended"
    c = other.counters()
    assert (c.attended, c.waiting, c.present) == (1, 7, 1)
    # The waitlisted person who comes anyway is let in; undo puts them back on the waitlist.
    waiting = next(p for p in desk.participants() if p.status == "waitlisted")
    desk.check_in(waiting.registration_id)
    assert desk.undo_check_in(waiting.registration_id).status == "waitlisted"  # type: ignore[union-attr]
    undone = desk.undo_check_in(hit.registration_id)
    assert undone is not None and (undone.status, undone.checked_in_at) == ("registered", None)
    assert services.records.get("registration", hit.registration_id)["checked_in_at"] is None
    assert desk.counters().attended == 0
    # The other desk notices the changes when asked.
    assert other.refresh_if_changed() and other.get(hit.registration_id).status == "registered"
    assert not other.refresh_if_changed()


def test_walk_ins_in_one_call_and_their_undo(world: World, services: Services) -> None:
    event = registered_event(world)
    desk = services.events.checkin(event)
    people_before = services.records.count("person")
    result = desk.add_walk_in("飛込　次郎", reading="ﾄﾋﾞｺﾐ ｼﾞﾛｳ", organisation="株式会社 新規商事",
                              email="jiro@example.jp")
    assert result.person_created and result.participant.status == "walk_in"
    assert result.participant.name == "飛込 次郎" and result.participant.reading == "トビコミ ジロウ"
    assert result.participant.organisation == "株式会社 新規商事"
    assert names(desk.search("とびこ")) == ["飛込 次郎"]
    assert desk.counters().walk_ins == 1 and desk.counters().present == 1
    assert services.records.count("person") == people_before + 1
    # Undo removes the registration, the person and the organisation the walk-in created.
    assert desk.undo_check_in(result.participant.registration_id) is None
    assert services.records.count("person") == people_before
    assert desk.search("とびこ") == [] and desk.counters().walk_ins == 0
    # Someone already known (same e-mail) is reused, not duplicated.
    outsider = world.person("外部 一郎", "がいぶ いちろう", email="gaibu@example.jp")
    again = desk.add_walk_in("外部一郎", email="GAIBU@example.jp")
    assert not again.person_created and again.participant.person_id == outsider
    assert services.records.count("person") == people_before + 1
    # Someone registered who is typed in as a walk-in is simply checked in.
    registered = desk.add_walk_in("山田 太郎", reading="やまだ たろう")
    assert not registered.person_created and registered.participant.status == "attended"
    c = desk.counters()
    assert (c.attended, c.walk_ins, c.registered) == (1, 1, 10)


def test_next_event_is_the_next_one_not_yet_over(world: World, services: Services) -> None:
    past = world.event(title="先月のセミナー", starts_at="2026-05-01T14:00", ends_at="2026-05-01T16:00")
    today_morning = world.event(title="今朝の相談会", starts_at="2026-06-10T09:00", ends_at="2026-06-10T11:00")
    today_afternoon = world.event(title="午後の交流会", starts_at="2026-06-10T14:00", ends_at="2026-06-10T16:00")
    world.event(title="中止の会", starts_at="2026-06-10T12:00", status="cancelled")
    events = services.events
    assert events.next_event(now=datetime(2026, 6, 10, 8, 0)).id == today_morning  # type: ignore[union-attr]
    assert events.next_event(now=datetime(2026, 6, 10, 10, 30)).id == today_morning  # type: ignore[union-attr]
    assert events.next_event(now=datetime(2026, 6, 10, 11, 30)).id == today_afternoon  # type: ignore[union-attr]
    assert events.next_event(now=datetime(2026, 6, 11)) is None
    upcoming = [e.id for e in events.list(upcoming=True, now=datetime(2026, 4, 1))]
    assert upcoming == [past, today_morning, today_afternoon]  # soonest first, cancelled left out


def test_a_desk_over_the_demo_event(demo_services: Services) -> None:
    from tests.conftest import DEMO_ANCHOR

    nxt = demo_services.events.next_event(now=datetime.combine(DEMO_ANCHOR, datetime.min.time()))
    assert nxt is not None and nxt.starts_at >= DEMO_ANCHOR.isoformat()
    desk = demo_services.events.checkin(nxt.id)
    people = desk.participants()
    assert len(people) == sum([nxt.counts.registered, nxt.counts.waitlisted, nxt.counts.cancelled,
                               nxt.counts.walk_ins])
    # Every participant is found by the first two characters of their reading.
    for p in people:
        if p.reading:
            assert p.registration_id in {x.registration_id for x in desk.search(p.reading[:2], limit=len(people))}


def test_a_registered_person_typed_in_as_a_walk_in_is_checked_in_not_duplicated(world: World) -> None:
    services = world.services
    event = world.event()
    regs = services.events.registrations
    reg = {p: regs.register(event, p)["id"] for p in world.people[:6]}
    desk = services.events.checkin(event)
    people_before = services.records.count("person")
    # Only the name, with the other kanji form and an ideographic space (no reading, e-mail or phone).
    found = desk.add_walk_in("高橋　美咲")
    assert not found.person_created and found.participant.registration_id == reg[world.people[4]]
    assert found.participant.status == "attended"
    # The same with a half-width katakana reading and no space.
    found = desk.add_walk_in("山下花子", reading="ﾔﾏｼﾀ ﾊﾅｺ")
    assert found.participant.registration_id == reg[world.people[1]] and found.participant.status == "attended"
    assert services.records.count("person") == people_before
    assert services.records.count("registration") == 6
    c = desk.counters()
    assert (c.attended, c.walk_ins, c.registered) == (2, 0, 6)
    # Undo takes back the check-in only: the registration stays.
    assert desk.undo_check_in(reg[world.people[4]]).status == "registered"  # type: ignore[union-attr]
    # A namesake with another reading is someone else.
    other = desk.add_walk_in("佐藤 一郎", reading="さとう かずお")
    assert other.person_created and other.participant.status == "walk_in"


def test_an_existing_person_typed_in_as_a_walk_in_is_registered_not_duplicated(world: World) -> None:
    services = world.services
    event = world.event()
    desk = services.events.checkin(event)
    # Stored as typed into the generic form: ideographic space, old kanji form, a phone with brackets.
    known = world.person("髙木　誠", "たかぎ まこと", phone="(03)5555-1234")
    shared = [world.person(n, None, email="info@shop.example.jp") for n in ("森 一郎", "森 花子")]
    people_before = services.records.count("person")
    # Name and phone, both written differently.
    found = desk.add_walk_in("高木 誠", phone="０３－５５５５－１２３４")
    assert not found.person_created and found.participant.person_id == known
    assert found.participant.status == "walk_in"  # registered now, and checked in
    # Name and katakana reading of someone not registered.
    found = desk.add_walk_in("中村優子", reading="ナカムラ ユウコ")
    assert not found.person_created and found.participant.person_id == world.people[6]
    # A shared address: the name decides.
    found = desk.add_walk_in("森 花子", email="INFO@shop.example.jp")
    assert not found.person_created and found.participant.person_id == shared[1]
    assert services.records.count("person") == people_before
    assert desk.counters().walk_ins == 3
    # A bare name is not enough outside the event's list: namesakes are common.
    stranger = desk.add_walk_in("小林 健")
    assert stranger.person_created and stranger.participant.person_id != world.people[7]


def test_a_waitlisted_person_let_in_at_the_desk_is_told_apart_and_the_overbooking_counted(
        world: World, services: Services) -> None:
    event = world.event(capacity=8)
    regs = services.events.registrations
    for p in world.people:
        regs.register(event, p)
    desk = services.events.checkin(event)
    waiting = [p for p in desk.participants() if p.status == "waitlisted"]
    assert len(waiting) == 2 and desk.over_capacity() == 0
    # From the search list: they take a seat nobody booked.
    desk.check_in(waiting[0].registration_id)
    assert desk.over_capacity() == 1 == regs.over_capacity(event)
    # Typed on the walk-in line: the result says they were waitlisted, not a new walk-in.
    result = desk.add_walk_in(waiting[1].name, reading=waiting[1].reading)
    assert not result.person_created and result.previous_status == "waitlisted"
    assert result.participant.status == "attended" and desk.over_capacity() == 2
    # A real walk-in has no previous registration; someone registered had "registered".
    assert desk.add_walk_in("飛込 三郎", reading="とびこみ さぶろう").previous_status is None
    assert desk.add_walk_in("山田 太郎", reading="やまだ たろう").previous_status == "registered"
    # Undo puts the waitlisted back: nobody beyond the capacity any more.
    desk.undo_check_in(waiting[1].registration_id)
    desk.undo_check_in(waiting[0].registration_id)
    assert desk.over_capacity() == 0 and desk.get(waiting[0].registration_id).status == "waitlisted"
