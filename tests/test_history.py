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
    # A later edit by someone else to one of the imported people is not undone.
    services.records.update("person", b["id"], {"title": "会員"})
    summary = services.history.undo_batch(batch_id)
    assert summary.counts == {"deleted": 2, "reverted": 1}
    assert services.records.get("person", keep["id"])["title"] == "会頭"
    assert services.records.count("person") == 1
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
