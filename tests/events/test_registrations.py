"""Capacity, waitlist and promotion before the event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mitake_desktop.core.errors import ValidationError
from mitake_desktop.core.services import Services
from tests.events.conftest import World, build_world


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


def _full_event(world: World) -> tuple[str, list[dict[str, Any]]]:
    """Capacity 2: two registered, then two waiting (in this order)."""
    regs = world.services.events.registrations
    event = world.event(capacity=2)
    times = ["2026-05-01T10:00:00", "2026-05-01T11:00:00", "2026-05-01T12:00:00", "2026-05-01T13:00:00"]
    made = [regs.register(event, p, registered_at=t) for p, t in zip(world.people[:4], times, strict=True)]
    assert [r["status"] for r in made] == ["registered", "registered", "waitlisted", "waitlisted"]
    return event, made


def _statuses(world: World, made: list[dict[str, Any]]) -> list[str]:
    return [world.services.records.get("registration", r["id"])["status"] for r in made]


def test_seats_freed_by_generic_edits_go_to_the_waitlist_in_the_same_batch(world: World) -> None:
    services = world.services
    records, history = services.records, services.history
    event, made = _full_event(world)
    # A larger capacity through the plain record service (the generic form, `mitake set`, an import).
    with services.transactions.begin(batch_kind="set", batch_label="capacity") as tx:
        records.update("event", event, {"capacity": 3}, tx=tx)
    assert _statuses(world, made) == ["registered", "registered", "registered", "waitlisted"]
    history.undo_batch(tx.batch_id)  # the capacity and the promotion go back together
    assert records.get("event", event)["capacity"] == 2
    assert _statuses(world, made) == ["registered", "registered", "waitlisted", "waitlisted"]
    # A cancellation written as a plain status change, a speaker no longer taking a seat, a deletion.
    records.update("registration", made[0]["id"], {"status": "cancelled"})
    assert _statuses(world, made) == ["cancelled", "registered", "registered", "waitlisted"]
    records.update("registration", made[1]["id"], {"participant_role": "speaker"})
    assert _statuses(world, made)[3] == "registered" and services.events.registrations.waitlist(event) == []
    # A waitlisted registration made while a seat is free is seated at once.
    records.update("registration", made[1]["id"], {"participant_role": "attendee"})  # back: now 3 in 2 seats
    late = records.create("registration", {"event_id": event, "person_id": world.people[5], "status": "waitlisted"})
    assert records.get("registration", late["id"])["status"] == "waitlisted"  # no seat is free
    records.delete("registration", made[2]["id"])
    assert records.get("registration", late["id"])["status"] == "waitlisted"  # still 2 seated (1, 3)
    records.delete("registration", made[3]["id"])
    assert records.get("registration", late["id"])["status"] == "registered"


def test_a_finished_or_cancelled_event_promotes_nobody(world: World) -> None:
    records = world.services.records
    event, made = _full_event(world)
    records.update("event", event, {"status": "cancelled"})
    records.update("registration", made[0]["id"], {"status": "cancelled"})
    assert _statuses(world, made)[2:] == ["waitlisted", "waitlisted"]


def test_mitake_set_promotes_and_undoes_in_one_step(world: World, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from mitake_desktop.cli import main

    db = str(tmp_path / "m.db")
    with Services.open(db) as services:
        world = build_world(services)
        event, made = _full_event(world)
    code = main(["--db", db, "--lang", "en", "set", "event", event, "capacity=3"])
    out = capsys.readouterr().out
    assert code == 0 and "1 people moved up from the waitlist" in out
    batch = out.strip().split()[-1]
    code = main(["--db", db, "set", "registration", made[0]["id"], "status=cancelled"])
    assert code == 0 and "繰り上げました" in capsys.readouterr().out
    with Services.open(db) as services:
        world.services = services
        assert _statuses(world, made) == ["cancelled", "registered", "registered", "registered"]
    assert main(["--db", db, "history", "undo", batch]) == 0
    capsys.readouterr()
    with Services.open(db) as services:
        world.services = services
        assert services.records.get("event", event)["capacity"] == 2
        # Only the capacity's own promotion is undone; the later cancellation's promotion stays.
        assert _statuses(world, made) == ["cancelled", "registered", "waitlisted", "registered"]


def test_a_smaller_capacity_is_accepted_and_the_overbooking_said(world: World, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from mitake_desktop.cli import main

    db = str(tmp_path / "m.db")
    with Services.open(db) as services:
        world = build_world(services)
        event = world.event(capacity=20)
        for p in world.people:  # ten registered
            services.events.registrations.register(event, p)
        assert services.events.registrations.over_capacity(event) == 0
    code = main(["--db", db, "set", "event", event, "capacity=7"])
    out = capsys.readouterr().out
    assert code == 0 and "定員を 3 件超えています" in out  # a smaller room is the organiser's call: kept, but said
    code = main(["--db", db, "--lang", "en", "set", "event", event, "capacity=8"])
    assert code == 0 and "Note: 2 registrations are now over the capacity" in capsys.readouterr().out
    code = main(["--db", db, "--lang", "en", "set", "event", event, "capacity=10"])
    assert code == 0 and "over the capacity" not in capsys.readouterr().out  # exactly full is not over
    with Services.open(db) as services:
        regs = services.events.registrations
        assert services.records.get("event", event)["capacity"] == 10
        assert regs.counts(event).registered == 10 and regs.over_capacity(event) == 0
        services.records.update("event", event, {"capacity": 4})
        assert regs.over_capacity(event) == 6
        services.records.update("event", event, {"capacity": None})
        assert regs.over_capacity(event) == 0  # no limit, nobody over
