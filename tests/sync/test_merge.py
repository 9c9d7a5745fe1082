"""Merging bundles: round trips, incremental exports, conflicts, deletes, parents that arrive late,
clocks from the future, out-of-order bundles, undo, search and attachments."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from mitake_desktop.core import clock
from mitake_desktop.core.demo import demo_photo
from mitake_desktop.core.services import Services
from mitake_desktop.core.storage.tables import ENTITY_TABLES, batch, history, sync_held
from mitake_desktop.core.sync import ExportOptions
from tests.sync.conftest import Replica
from tests.sync.kit import transfer


def dump(s: Services) -> list[str]:
    return list(s.dump_lines())


def test_round_trip_into_an_empty_database_gives_the_same_dump(demo_services: Services, replica: Replica,
                                                                tmp_path: Path) -> None:
    empty = replica("empty")
    bundle = tmp_path / "all.mitake"
    result = transfer(demo_services, empty, bundle)
    assert dump(empty) == dump(demo_services)
    assert result.get("added") == sum(demo_services.records.counts().values())
    assert result.get("blobs") > 0 and result.batch_id is not None
    assert empty.check() == []
    # Searching and attachments work on the copy.
    title = demo_services.records.list("case_study", limit=1)[0]
    assert any(h.id == title["id"] for h in empty.search(title["title"], types=["case_study"]))
    photo = next(c for c in demo_services.records.list("case_study") if c["photo_ids"])["photo_ids"][0]
    assert empty.attachments.read(photo) == demo_services.attachments.read(photo)
    # Importing the same bundle again changes nothing, not even the undo history.
    with empty.db.read() as conn:
        batches = conn.execute(select(func.count()).select_from(batch)).scalar_one()
    again = empty.sync.import_bundle(bundle)
    assert again.get("unchanged") == result.get("added") and again.get("added") == again.get("updated") == 0
    assert again.batch_id is None and dump(empty) == dump(demo_services)
    with empty.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(batch)).scalar_one() == batches


def test_incremental_export_sends_only_what_the_peer_has_not_seen(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    for i in range(5):
        a.records.create("organisation", {"name": f"組織{i}", "kind": "sme"})
    transfer(a, b, tmp_path / "1.mitake")
    transfer(b, a, tmp_path / "2.mitake")  # b tells a what it holds
    org = a.records.list("organisation", limit=1)[0]
    a.records.update("organisation", org["id"], {"city": "前橋市"})
    result = a.sync.export(tmp_path / "3.mitake", ExportOptions(peer=b.device_id))
    assert result.incremental and result.records == {"organisation": 1}
    assert b.sync.import_bundle(tmp_path / "3.mitake").get("updated") == 1
    assert dump(a) == dump(b)
    # --full ignores what the peer holds.
    assert a.sync.export(tmp_path / "4.mitake", ExportOptions(peer=b.device_id, full=True)).total == 5


def test_concurrent_edits_keep_the_loser_and_can_be_resolved(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    c = a.records.create("community", {"name": "元の名前", "prefectures": ["10"]})
    transfer(a, b, tmp_path / "0.mitake")
    a.records.update("community", c["id"], {"name": "Aの名前"})
    b.records.update("community", c["id"], {"name": "Bの名前", "city": "前橋市"})  # later: b wins
    result = transfer(a, b, tmp_path / "1.mitake", peer=True)
    assert result.get("conflicts") == 1
    transfer(b, a, tmp_path / "2.mitake", peer=True)
    assert dump(a) == dump(b)
    assert a.records.get("community", c["id"])["name"] == "Bの名前"
    [conflict] = b.sync.conflicts.list()
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.winner) == ("name", "Bの名前", "Aの名前", "mine")
    assert conflict.current == "Bの名前" and conflict.record_title == "Bの名前"
    # Keep theirs: a new local change that wins everywhere.
    b.sync.conflicts.resolve(conflict.id[:8], "theirs")
    assert b.sync.conflicts.list() == [] and b.sync.conflicts.list("resolved")[0].resolution == "theirs"
    transfer(b, a, tmp_path / "3.mitake", peer=True)
    assert a.records.get("community", c["id"])["name"] == "Aの名前" and dump(a) == dump(b)


def test_a_resolution_can_be_reopened(replica: Replica, tmp_path: Path) -> None:
    """The app's undo: the conflict goes back to the status it had; the record's value is the caller's."""
    from mitake_desktop.core.errors import MitakeError

    a, b = replica("a"), replica("b")
    c = a.records.create("community", {"name": "元の名前", "prefectures": ["10"]})
    transfer(a, b, tmp_path / "0.mitake")
    a.records.update("community", c["id"], {"city": "高崎市"})
    b.records.update("community", c["id"], {"city": "前橋市"})
    transfer(a, b, tmp_path / "1.mitake", peer=True)
    [conflict] = b.sync.conflicts.list()
    resolved = b.sync.conflicts.resolve(conflict.id, "theirs")
    assert resolved.status == "resolved" and resolved.resolved_at
    again = b.sync.conflicts.reopen(conflict.id)
    assert (again.status, again.resolution, again.resolved_at) == ("open", None, None)
    assert b.sync.conflicts.list() == [again] and b.sync.conflicts.count() == 1
    kept = b.sync.conflicts.reopen(conflict.id, status="resolved", resolution="mine", resolved_at=resolved.resolved_at)
    assert (kept.status, kept.resolution) == ("resolved", "mine")
    with pytest.raises(MitakeError):
        b.sync.conflicts.reopen(conflict.id, status="gone")


def test_resolve_with_an_edited_value_is_validated(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    p = a.records.create("person", {"name": "山田 花子"})
    transfer(a, b, tmp_path / "0.mitake")
    a.records.update("person", p["id"], {"email": "a@example.jp"})
    b.records.update("person", p["id"], {"email": "b@example.jp"})
    transfer(a, b, tmp_path / "1.mitake")
    [conflict] = b.sync.conflicts.list()
    from mitake_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError):
        b.sync.conflicts.resolve(conflict.id, "edit", "not an address")
    assert b.sync.conflicts.list()[0].status == "open"
    b.sync.conflicts.resolve(conflict.id, "edit", "both@example.jp")
    assert b.records.get("person", p["id"])["email"] == "both@example.jp"


def test_a_markdown_body_replaced_by_another_device_is_always_kept(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    story = "# 取組\n\n長い本文。" * 50
    c = a.records.create("case_study", {"title": "事例", "story_results": story})
    transfer(a, b, tmp_path / "0.mitake")
    transfer(b, a, tmp_path / "1.mitake")
    b.records.update("case_study", c["id"], {"story_results": "書き直した本文"})  # b had seen a's story
    result = transfer(b, a, tmp_path / "2.mitake", peer=True)
    assert result.get("conflicts") == 0 and result.get("kept") == 1
    [kept] = a.sync.conflicts.list("kept")
    assert kept.mine == story and kept.theirs == "書き直した本文" and kept.field == "story_results"


def test_an_edit_later_than_a_delete_brings_the_record_back(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    c = a.records.create("community", {"name": "消える?", "prefectures": ["10"]})
    transfer(a, b, tmp_path / "0.mitake")
    transfer(b, a, tmp_path / "1.mitake")
    a.records.delete("community", c["id"])
    b.records.update("community", c["id"], {"city": "高崎市"})  # after the delete
    at_b = transfer(a, b, tmp_path / "2.mitake", peer=True)
    assert at_b.get("conflicts") == 1 and at_b.get("deleted") == 0  # the delete lost; kept for review
    at_a = transfer(b, a, tmp_path / "3.mitake", peer=True)
    assert at_a.get("revived") == 1
    assert a.records.get("community", c["id"])["city"] == "高崎市" and dump(a) == dump(b)
    merges = [e for e in a.history.for_record("community", c["id"]) if e.action == "merge"]
    assert any(e.field == "deleted" and e.old is True and e.new is False for e in merges)
    # At b the user can still choose the delete.
    [conflict] = b.sync.conflicts.list()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("deleted", False, True)
    b.sync.conflicts.resolve(conflict.id, "theirs")
    transfer(b, a, tmp_path / "4.mitake", peer=True)
    assert a.records.get_many("community", [c["id"]]) == {} and dump(a) == dump(b)


def test_a_delete_later_than_an_unseen_edit_is_kept_for_review(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    c = a.records.create("community", {"name": "名前", "prefectures": ["10"]})
    transfer(a, b, tmp_path / "0.mitake")
    b.records.update("community", c["id"], {"city": "前橋市"})
    a.records.delete("community", c["id"])  # later than b's edit, which a had not seen
    result = transfer(a, b, tmp_path / "1.mitake")
    assert result.get("deleted") == 1 and result.get("conflicts") == 1
    [conflict] = b.sync.conflicts.list()
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.winner) == ("deleted", False, True, "theirs")
    b.sync.conflicts.resolve(conflict.id, "mine")  # restore it
    assert b.records.get("community", c["id"])["city"] == "前橋市"


def test_records_whose_parent_has_not_arrived_wait_and_apply_later(replica: Replica, tmp_path: Path) -> None:
    a, b, c = replica("a"), replica("b"), replica("c")
    org = a.records.create("organisation", {"name": "親の組織", "kind": "sme"})
    parent = tmp_path / "parent.mitake"
    transfer(a, b, parent)
    transfer(b, a, tmp_path / "ack.mitake")
    a.records.create("person", {"name": "子 一郎", "organisation_id": org["id"]})
    child = tmp_path / "child.mitake"
    assert a.sync.export(child, ExportOptions(peer=b.device_id)).records == {"person": 1}
    first = c.sync.import_bundle(child, trust=True)  # meant for b, arrives at c first: the organisation is missing
    assert first.get("pending") == 1 and c.records.count("person") == 0
    assert c.sync.import_bundle(child).get("pending") == 1  # again: still one held row
    with c.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(sync_held)).scalar_one() == 1
    then = c.sync.import_bundle(parent)
    assert then.get("added") == 2 and then.get("pending") == 0 and c.records.count("person") == 1
    with c.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(sync_held)).scalar_one() == 0
    assert c.check() == []


def test_clocks_far_in_the_future_are_quarantined_not_applied(replica: Replica, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = replica("a"), replica("b")
    now = clock.wall_ms()
    monkeypatch.setattr(clock, "wall_ms", lambda: now + 3 * 86_400_000)  # a's clock runs three days fast
    a.records.create("organisation", {"name": "未来の組織", "kind": "sme"})
    a.sync.export(tmp_path / "future.mitake")
    monkeypatch.setattr(clock, "wall_ms", lambda: now)
    result = b.sync.import_bundle(tmp_path / "future.mitake", trust=True)
    assert result.get("quarantined") == 1 and b.records.count("organisation") == 0
    with b.db.read() as conn:
        from mitake_desktop.core.services.tx import get_state

        assert int(get_state(conn, "hlc") or 0) < clock.pack(now + 86_400_000)  # our clock did not jump
    monkeypatch.setattr(clock, "wall_ms", lambda: now + 3 * 86_400_000)  # days later, its time has come
    later = b.sync.import_bundle(tmp_path / "future.mitake")
    assert later.get("added") == 1 and b.records.count("organisation") == 1


def test_bundles_arriving_out_of_order_converge(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    org = a.records.create("organisation", {"name": "v1", "kind": "sme"})
    a.sync.export(tmp_path / "1.mitake")
    a.records.update("organisation", org["id"], {"name": "v2"})
    a.records.create("organisation", {"name": "新しい", "kind": "sme"})
    a.sync.export(tmp_path / "2.mitake")
    b.sync.import_bundle(tmp_path / "2.mitake", trust=True)
    stale = b.sync.import_bundle(tmp_path / "1.mitake")
    assert stale.get("updated") == 0 and stale.get("conflicts") == 0
    assert dump(a) == dump(b)


def test_a_merge_is_one_undoable_batch(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    org = a.records.create("organisation", {"name": "元", "kind": "sme"})
    transfer(a, b, tmp_path / "0.mitake")
    a.records.update("organisation", org["id"], {"name": "変更後"})
    new = a.records.create("organisation", {"name": "追加", "kind": "sme"})
    result = transfer(a, b, tmp_path / "1.mitake")
    assert result.batch_id is not None
    with b.db.read() as conn:
        actions = set(conn.execute(select(history.c.action).where(history.c.batch_id == result.batch_id)).scalars())
    assert actions == {"merge"}
    undo = b.history.undo_batch(result.batch_id)
    assert undo.counts == {"deleted": 1, "reverted": 1}
    assert b.records.get("organisation", org["id"])["name"] == "元"
    assert b.records.get_many("organisation", [new["id"]]) == {}
    assert b.search("追加", types=["organisation"]) == []


def test_undoing_a_merge_reverts_every_field_and_tombstone_it_brought(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    org = a.records.create("organisation", {"name": "元", "kind": "sme", "city": "前橋市"})
    gone = a.records.create("organisation", {"name": "消える", "kind": "sme"})
    transfer(a, b, tmp_path / "0.mitake")
    a.records.update("organisation", org["id"], {"name": "変更後", "city": "高崎市"})
    a.records.delete("organisation", gone["id"])
    result = transfer(a, b, tmp_path / "1.mitake")
    assert result.batch_id is not None
    assert b.records.get("organisation", org["id"])["city"] == "高崎市"
    undo = b.history.undo_batch(result.batch_id)
    assert undo.counts == {"reverted": 2, "restored": 1}
    back = b.records.get("organisation", org["id"])
    assert (back["name"], back["city"]) == ("元", "前橋市")
    assert not b.records.get("organisation", gone["id"])["deleted"]


def test_attachments_travel_once_and_land_in_the_store(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    photo = a.attachments.add(demo_photo(2), "写真.png")
    a.records.create("case_study", {"title": "写真つき", "photo_ids": [photo["id"]]})
    result = transfer(a, b, tmp_path / "0.mitake")
    assert result.get("blobs") == 1 and b.attachments.read(photo["id"]) == demo_photo(2)
    assert b.attachments.store.path_for(photo["id"]).is_file()
    assert transfer(a, b, tmp_path / "1.mitake").get("blobs") == 0


def test_search_follows_merges(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    c = a.records.create("community", {"name": "ぐんまITの会", "prefectures": ["10"]})
    transfer(a, b, tmp_path / "0.mitake")
    assert [h.id for h in b.search("ITの会")] == [c["id"]]
    a.records.update("community", c["id"], {"name": "ぐんまDXの会"})
    transfer(a, b, tmp_path / "1.mitake")
    assert b.search("ITの会") == [] and [h.id for h in b.search("DXの会")] == [c["id"]]
    a.records.delete("community", c["id"])
    transfer(a, b, tmp_path / "2.mitake")
    assert b.search("DXの会") == []


def test_big_imports_rebuild_the_search_index(replica: Replica, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from mitake_desktop.core.sync import merge

    monkeypatch.setattr(merge, "REBUILD_THRESHOLD", 3)
    a, b = replica("a"), replica("b")
    for i in range(6):
        a.records.create("organisation", {"name": f"検索テスト組織{i}", "kind": "sme"})
    transfer(a, b, tmp_path / "0.mitake")
    assert len(b.search("検索テスト組織")) == 6 and b.check() == []


def test_our_vector_adopts_complete_bundles_only(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    c = a.records.create("community", {"name": "コミュ", "prefectures": ["10"]})
    a.records.create("membership", {"person_id": a.records.create("person", {"name": "人 一"})["id"],
                                    "community_id": c["id"], "role": "member_sme"})
    transfer(a, b, tmp_path / "part.mitake", communities=(c["id"],))
    transfer(b, a, tmp_path / "ack.mitake")
    # b holds a's records but only from a partial bundle: the next incremental export resends them.
    assert a.sync.export(tmp_path / "inc.mitake", ExportOptions(peer=b.device_id)).total == 3
    transfer(a, b, tmp_path / "full.mitake")
    transfer(b, a, tmp_path / "ack2.mitake")
    assert a.sync.export(tmp_path / "inc2.mitake", ExportOptions(peer=b.device_id)).total == 0


def test_exchange_history_and_devices(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    a.records.create("person", {"name": "人 一", "consent_scope": "joint_use"})
    transfer(a, b, tmp_path / "0.mitake", profile="member")
    [exported] = a.sync.exchanges(direction="export")
    assert (exported.profile, exported.people, exported.counts["records"]) == ("member", 1, {"person": 1})
    [imported] = b.sync.exchanges(direction="import")
    assert imported.peer_device == a.device_id and imported.counts["added"] == 1
    known = {d.id: d for d in b.sync.devices()}
    assert known[a.device_id].trusted and known[a.device_id].fingerprint
    assert known[b.device_id].is_local
    b.sync.forget_device(a.device_id)
    from mitake_desktop.core.sync import BundleRefused

    with pytest.raises(BundleRefused):
        b.sync.import_bundle(tmp_path / "0.mitake")
    assert b.sync.import_bundle(tmp_path / "0.mitake", trust=True).get("unchanged") == 1


def test_dry_run_previews_without_writing(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    org = a.records.create("organisation", {"name": "親", "kind": "sme"})
    a.records.create("person", {"name": "子 一", "organisation_id": org["id"]})
    a.sync.export(tmp_path / "0.mitake")
    preview = b.sync.import_bundle(tmp_path / "0.mitake", trust=True, dry_run=True)
    assert not preview.committed and preview.get("added") == 2 and preview.get("pending") == 0
    assert b.records.is_empty()
    t = ENTITY_TABLES["organisation"]
    with b.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(t)).scalar_one() == 0


def test_progress_is_reported_and_cancel_leaves_nothing(demo_services: Services, replica: Replica,
                                                        tmp_path: Path) -> None:
    from mitake_desktop.core.errors import MitakeError

    seen: list[tuple[str, int, int]] = []
    out = tmp_path / "demo.mitake"
    with pytest.raises(MitakeError):
        demo_services.sync.export(out, ExportOptions(lines_per_file=200), cancel=lambda: True)
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    demo_services.sync.export(out, ExportOptions(lines_per_file=200), progress=lambda *a: seen.append(a))
    assert {phase for phase, _, _ in seen} >= {"attachments"}

    b = replica("b")
    before = dump(b)
    prepared = b.sync.prepare_import(out, progress=lambda *a: seen.append(a))
    assert any(phase == "verify" for phase, _, _ in seen) and prepared.preview.get("added") > 0
    calls = 0

    def cancel_midway() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(MitakeError):
        b.sync.commit_import(prepared, trust=True, cancel=cancel_midway)
    assert dump(b) == before and b.check() == []
    assert not any(b.attachments.store.root.rglob("*")) or all(p.is_dir() for p in b.attachments.store.root.rglob("*"))
    result = b.sync.import_bundle(out, trust=True, progress=lambda *a: seen.append(a))
    assert any(phase == "merge" for phase, _, _ in seen) and dump(b) == dump(demo_services)
    assert result.get("added") > 0


def test_partial_exchanges_tell_an_edit_of_what_was_received_from_a_concurrent_one(replica: Replica,
                                                                                   tmp_path: Path) -> None:
    """Member-profile bundles are never complete, so vectors cannot prove what the other side had seen;
    the clock each edit replaced can: editing what arrived is not a conflict, editing beside it is."""
    a, b = replica("a"), replica("b")
    org = a.records.create("organisation", {"name": "元の名前", "kind": "sme", "city": "前橋市"})
    transfer(a, b, tmp_path / "0.mitake", profile="member")
    b.records.update("organisation", org["id"], {"name": "Bが直した名前"})  # b edits what it received
    back = transfer(b, a, tmp_path / "1.mitake", profile="member")
    assert back.get("updated") == 1 and back.get("conflicts") == 0
    again = transfer(a, b, tmp_path / "2.mitake", profile="member")  # a resends (nothing adopted)
    assert again.get("conflicts") == 0 and b.records.get("organisation", org["id"])["name"] == "Bが直した名前"
    # A real concurrent edit is still caught.
    a.records.update("organisation", org["id"], {"city": "高崎市"})
    b.records.update("organisation", org["id"], {"city": "桐生市"})
    assert transfer(a, b, tmp_path / "3.mitake", profile="member").get("conflicts") == 1
    assert list(a.dump_lines()) != list(b.dump_lines())
    transfer(b, a, tmp_path / "4.mitake", profile="member")
    assert list(a.dump_lines()) == list(b.dump_lines())


def test_a_registration_conflict_names_the_person_and_the_event(replica: Replica, tmp_path: Path) -> None:
    a, b = replica("a"), replica("b")
    person = a.records.create("person", {"name": "伊藤 翔太", "reading": "いとう しょうた"})
    event = a.records.create("event", {"title": "出張相談会", "starts_at": "2026-06-11T10:00"})
    reg = a.records.create("registration", {"person_id": person["id"], "event_id": event["id"]})
    transfer(a, b, tmp_path / "0.mitake")
    a.records.update("registration", reg["id"], {"status": "attended"})
    b.records.update("registration", reg["id"], {"status": "cancelled"})
    transfer(a, b, tmp_path / "1.mitake", peer=True)
    [conflict] = b.sync.conflicts.list()
    assert conflict.record_title == "伊藤 翔太 — 出張相談会"
