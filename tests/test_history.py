from __future__ import annotations

from mitake_desktop.core.services import Services


def test_revert_field_restores_the_old_value_as_a_new_change(services: Services) -> None:
    c = services.records.create("community", {"name": "旧名", "prefectures": ["10"]})
    services.records.update("community", c["id"], {"name": "新名"})
    change = services.history.for_record("community", c["id"])[0]
    assert (change.field, change.old, change.new) == ("name", "旧名", "新名")
    services.history.revert_field(change.seq)
    assert services.records.get("community", c["id"])["name"] == "旧名"
    latest = services.history.for_record("community", c["id"])[0]
    assert (latest.action, latest.old, latest.new) == ("update", "新名", "旧名")


def test_undo_batch_reverts_a_bulk_operation_in_one_step(services: Services) -> None:
    keep = services.records.create("person", {"name": "既存 太郎", "title": "会頭"})
    with services.transactions.begin(batch_kind="import_csv", batch_label="participants.csv") as tx:
        services.records.create("person", {"name": "新規 一郎"}, tx=tx)
        b = services.records.create("person", {"name": "新規 二郎"}, tx=tx)
        services.records.update("person", keep["id"], {"title": "副会頭"}, tx=tx)
        batch_id = tx.batch_id
    assert batch_id is not None
    # A later edit by someone else to one of the imported people is not undone: that person stays.
    services.records.update("person", b["id"], {"title": "会員"})
    summary = services.history.undo_batch(batch_id)
    assert summary.counts == {"deleted": 1, "reverted": 1, "kept": 1}
    assert services.records.get("person", keep["id"])["title"] == "会頭"
    assert services.records.get("person", b["id"])["title"] == "会員"
    assert services.records.count("person") == 2
    assert services.history.batches("import_csv")[0].undone is True


def test_undo_skips_fields_changed_since(services: Services) -> None:
    keep = services.records.create("person", {"name": "既存 太郎", "title": "会頭"})
    with services.transactions.begin(batch_kind="bulk_edit") as tx:
        services.records.update("person", keep["id"], {"title": "副会頭"}, tx=tx)
        batch_id = tx.batch_id
    services.records.update("person", keep["id"], {"title": "相談役"})
    summary = services.history.undo_batch(batch_id or "")
    assert summary.counts == {"skipped": 1}
    assert services.records.get("person", keep["id"])["title"] == "相談役"


def test_undo_restores_fields_that_are_validated_together(services: Services) -> None:
    e = services.records.create("event", {"title": "相談会", "starts_at": "2026-07-01T10:00",
                                          "ends_at": "2026-07-01T12:00"})
    with services.transactions.begin(batch_kind="bulk_edit") as tx:
        # Moved a day later: end first, then start (each step valid on its own).
        services.records.update("event", e["id"], {"ends_at": "2026-07-02T12:00"}, tx=tx)
        services.records.update("event", e["id"], {"starts_at": "2026-07-02T10:00"}, tx=tx)
        batch_id = tx.batch_id
    summary = services.history.undo_batch(batch_id or "")
    assert summary.counts == {"reverted": 2}
    back = services.records.get("event", e["id"])
    assert (back["starts_at"], back["ends_at"]) == ("2026-07-01T10:00:00", "2026-07-01T12:00:00")


def test_undo_of_a_batch_that_deleted_restores_with_the_old_values(services: Services) -> None:
    c = services.records.create("community", {"name": "旧名", "prefectures": ["10"]})
    with services.transactions.begin(batch_kind="bulk_edit") as tx:
        services.records.update("community", c["id"], {"name": "新名"}, tx=tx)
        services.records.delete("community", c["id"], tx=tx)
        batch_id = tx.batch_id
    assert services.history.undo_batch(batch_id or "").counts == {"restored": 1, "reverted": 1}
    assert services.records.get("community", c["id"])["name"] == "旧名"


def test_record_history_pages_with_before_seq(services: Services) -> None:
    c = services.records.create("community", {"name": "名0", "prefectures": ["10"]})
    for i in range(1, 6):
        services.records.update("community", c["id"], {"name": f"名{i}"})
    first = services.history.for_record("community", c["id"], limit=4)
    rest = services.history.for_record("community", c["id"], limit=4, before_seq=first[-1].seq)
    assert [e.seq for e in first + rest] == [e.seq for e in services.history.for_record("community", c["id"])]
    assert len(rest) == 2


def test_undo_deletes_a_record_whose_later_edit_was_taken_back(services: Services) -> None:
    # An edit and its undo (Ctrl+Z in the window writes the old value back) leave nothing to keep.
    with services.transactions.begin(batch_kind="import_csv") as tx:
        p = services.records.create("person", {"name": "新規 一郎", "title": "会員"}, tx=tx)
        batch_id = tx.batch_id
    services.records.update("person", p["id"], {"title": "理事"})
    services.records.update("person", p["id"], {"title": "会員"})
    assert services.history.undo_batch(batch_id or "").counts == {"deleted": 1}
    assert services.records.count("person") == 0


def test_undo_keeps_what_a_kept_or_later_record_refers_to(services: Services) -> None:
    with services.transactions.begin(batch_kind="demo") as tx:
        org = services.records.create("organisation", {"name": "前橋商工会議所"}, tx=tx)
        c = services.records.create("community", {"name": "前橋IT", "prefectures": ["10"],
                                                  "coordinating_org_id": org["id"]}, tx=tx)
        speaker = services.records.create("person", {"name": "登壇 花子"}, tx=tx)
        e = services.records.create("event", {"title": "相談会", "starts_at": "2026-07-01T10:00",
                                              "community_id": c["id"], "speaker_ids": [speaker["id"]]}, tx=tx)
        untouched = services.records.create("event", {"title": "別の会", "starts_at": "2026-07-02T10:00",
                                                      "community_id": c["id"]}, tx=tx)
        lone = services.records.create("person", {"name": "単独 次郎"}, tx=tx)
        nominee = services.records.create("person", {"name": "推薦 三郎"}, tx=tx)
        batch_id = tx.batch_id
    services.records.update("event", e["id"], {"format": "online"})  # later work on one event
    program = services.records.create("award_program", {"name": "賞", "year": 2026})  # made after the batch
    services.records.create("nomination", {"program_id": program["id"], "nominee_type": "person",
                                           "nominee_id": nominee["id"], "title": "推薦"})
    summary = services.history.undo_batch(batch_id or "")
    # The edited event stays; so do its community, that community's organisation, its speaker and the
    # person a later nomination names (live records never point at what the undo deleted).
    assert summary.counts == {"kept": 1, "kept_referenced": 4, "deleted": 2}
    assert services.records.get("event", e["id"])["format"] == "online"
    for type_name, rid in (("community", c["id"]), ("organisation", org["id"]), ("person", speaker["id"]),
                           ("person", nominee["id"])):
        assert not services.records.get(type_name, rid, include_deleted=True)["deleted"]
    for type_name, rid in (("event", untouched["id"]), ("person", lone["id"])):
        assert services.records.get(type_name, rid, include_deleted=True)["deleted"]


def test_undo_leaves_a_record_restored_since(services: Services) -> None:
    c = services.records.create("community", {"name": "前橋IT", "prefectures": ["10"]})
    with services.transactions.begin(batch_kind="delete") as tx:
        services.records.delete("community", c["id"], tx=tx)
        batch_id = tx.batch_id
    services.records.restore("community", c["id"])
    services.records.update("community", c["id"], {"name": "前橋IT研究会"})
    assert services.history.undo_batch(batch_id or "").counts == {"kept": 1}
    assert services.records.get("community", c["id"])["name"] == "前橋IT研究会"


def test_undo_without_later_work_deletes_everything_it_made(services: Services) -> None:
    with services.transactions.begin(batch_kind="demo") as tx:
        org = services.records.create("organisation", {"name": "前橋商工会議所"}, tx=tx)
        services.records.create("community", {"name": "前橋IT", "prefectures": ["10"],
                                              "coordinating_org_id": org["id"]}, tx=tx)
        batch_id = tx.batch_id
    assert services.history.undo_batch(batch_id or "").counts == {"deleted": 2}
    assert services.records.count("organisation") == services.records.count("community") == 0


def test_a_batch_that_changed_nothing_is_not_kept(services: Services) -> None:
    org = services.records.create("organisation", {"name": "同じ商店", "kind": "sme"})
    with services.transactions.begin(batch_kind="edit", batch_label="same values") as tx:
        services.records.update("organisation", org["id"], {"name": "同じ商店"}, tx=tx)
    with services.transactions.begin(batch_kind="edit", batch_label="a real change") as tx:
        services.records.update("organisation", org["id"], {"name": "新しい商店"}, tx=tx)
    assert [b.label for b in services.history.batches()] == ["a real change"]
