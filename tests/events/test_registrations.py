"""Capacity, waitlist and promotion before the event."""

from __future__ import annotations

import pytest

from mitake_desktop.core.errors import ValidationError
from tests.events.conftest import World


def test_beyond_capacity_waitlists_and_a_cancellation_promotes_the_first_in_line(world: World) -> None:
    regs = world.services.events.registrations
    event = world.event(capacity=2)
    times = ["2026-05-01T10:00:00", "2026-05-01T11:00:00", "2026-05-02T09:00:00", "2026-05-01T12:00:00"]
    made = [regs.register(event, p, registered_at=t) for p, t in zip(world.people[:4], times, strict=True)]
    assert [r["status"] for r in made] == ["registered", "registered", "waitlisted", "waitlisted"]
    # Waitlist order is registration order, then creation order.
    assert [r["id"] for r in regs.waitlist(event)] == [made[3]["id"], made[2]["id"]]
    assert regs.seats_left(event) == 0

    result = regs.cancel(made[0]["id"])
    assert result.registration["status"] == "cancelled"
    assert [p["id"] for p in result.promoted] == [made[3]["id"]]
    assert world.services.records.get("registration", made[3]["id"])["status"] == "registered"
    assert world.services.records.get("registration", made[2]["id"])["status"] == "waitlisted"
    # The promotion is in the promoted registration's history, in the same batch as the cancellation.
    entries = world.services.history.for_record("registration", made[3]["id"])
    promo = next(e for e in entries if e.field == "status")
    assert (promo.old, promo.new) == ("waitlisted", "registered") and promo.batch_id is not None
    # Undoing the cancellation's batch undoes the promotion too.
    world.services.history.undo_batch(promo.batch_id)
    assert world.services.records.get("registration", made[0]["id"])["status"] == "registered"
    assert world.services.records.get("registration", made[3]["id"])["status"] == "waitlisted"
    counts = regs.counts(event)
    assert (counts.registered, counts.waitlisted, counts.cancelled) == (2, 2, 0)


def test_speakers_and_providers_take_no_seat_and_no_capacity_means_no_waitlist(world: World) -> None:
    regs = world.services.events.registrations
    event = world.event(capacity=1)
    assert regs.register(event, world.people[0], participant_role="speaker")["status"] == "registered"
    assert regs.register(event, world.people[1])["status"] == "registered"
    assert regs.register(event, world.people[2], participant_role="staff")["status"] == "registered"
    assert regs.register(event, world.people[3])["status"] == "waitlisted"
    open_event = world.event(title="オープン交流会", capacity=None)
    assert all(regs.register(open_event, p)["status"] == "registered" for p in world.people[:5])
    assert regs.seats_left(open_event) is None


def test_more_capacity_promotes_and_a_cancelled_person_can_register_again(world: World) -> None:
    regs = world.services.events.registrations
    event = world.event(capacity=1)
    first = regs.register(event, world.people[0])
    second = regs.register(event, world.people[1])
    third = regs.register(event, world.people[2])
    assert (second["status"], third["status"]) == ("waitlisted", "waitlisted")
    promoted = regs.set_capacity(event, 2)
    assert [p["id"] for p in promoted] == [second["id"]]
    with pytest.raises(ValidationError):
        regs.register(event, world.people[0])  # already registered
    regs.cancel(first["id"])
    assert world.services.records.get("registration", third["id"])["status"] == "registered"
    again = regs.register(event, world.people[0])
    assert again["id"] == first["id"] and again["status"] == "waitlisted"  # same record, back in line


def test_participants_are_listed_in_kana_order_with_their_organisation(world: World) -> None:
    regs = world.services.events.registrations
    event = world.event()
    for p in world.people[:5]:
        regs.register(event, p)
    names = [(p.name, p.organisation) for p in regs.participants(event)]
    assert names == [("佐藤 一郎", "佐藤食堂"), ("清水 恵", "株式会社山田商店"), ("髙橋 美咲", "有限会社山下製作所"),
                     ("山下 花子", "有限会社山下製作所"), ("山田 太郎", "株式会社山田商店")]
