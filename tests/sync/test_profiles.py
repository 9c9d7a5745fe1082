"""Subsets and profiles: what leaves this computer, and that partial bundles never blank richer data."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from mitake_desktop.core.demo import demo_photo
from mitake_desktop.core.schema import ENTITIES
from mitake_desktop.core.services import Services
from mitake_desktop.core.sync import ExportOptions
from mitake_desktop.core.sync.profiles import RULES
from tests.sync.conftest import Replica
from tests.sync.kit import Parts, private_key, transfer


@pytest.fixture
def office(replica: Replica) -> tuple[Services, dict[str, str]]:
    """Two communities; people with each consent scope; a consented and an unconsented case study."""
    a = replica("office")
    ids: dict[str, str] = {}
    org = a.records.create("organisation", {"name": "前橋商工会議所", "kind": "chamber", "phone": "027-000-0000",
                                            "notes": "内部メモ"})
    ids["org"] = org["id"]
    c1 = a.records.create("community", {"name": "前橋IT会", "prefectures": ["10"], "coordinating_org_id": org["id"]})
    c2 = a.records.create("community", {"name": "高崎DX会", "prefectures": ["10"]})
    ids["c1"], ids["c2"] = c1["id"], c2["id"]
    for scope in ("internal", "joint_use", "public"):
        p = a.records.create("person", {"name": f"{scope} 太郎", "email": f"{scope}@example.jp",
                                        "consent_scope": scope, "organisation_id": org["id"]})
        ids[scope] = p["id"]
        a.records.create("membership", {"person_id": p["id"], "community_id": c1["id"], "role": "member_sme"})
    other = a.records.create("person", {"name": "別 会員", "consent_scope": "joint_use"})
    ids["other"] = other["id"]
    a.records.create("membership", {"person_id": other["id"], "community_id": c2["id"], "role": "member_sme"})
    photo = a.attachments.add(demo_photo(1), "ok.png")
    hidden = a.attachments.add(demo_photo(2), "hidden.png")
    ids["photo"], ids["hidden"] = photo["id"], hidden["id"]
    ids["cs_public"] = a.records.create("case_study", {
        "title": "公開OKの事例", "community_id": c1["id"], "leader_id": ids["public"], "photo_ids": [photo["id"]],
        "publication_consent": True})["id"]
    ids["cs_private"] = a.records.create("case_study", {
        "title": "非公開の事例", "community_id": c1["id"], "photo_ids": [hidden["id"]],
        "publication_consent": False})["id"]
    ev = a.records.create("event", {"title": "勉強会", "community_id": c1["id"], "starts_at": "2026-06-01T14:00",
                                    "speaker_ids": [ids["internal"]], "notes": "会場の鍵は事務局"})
    ids["event"] = ev["id"]
    a.records.create("registration", {"event_id": ev["id"], "person_id": ids["joint_use"]})
    a.records.create("registration", {"event_id": ev["id"], "person_id": ids["internal"]})
    return a, ids


def bundle_records(a: Services, path: Path) -> dict[str, dict[str, dict[str, object]]]:
    parts = Parts.load(path, private_key(a))
    out: dict[str, dict[str, dict[str, object]]] = {}
    for name in parts.files:
        if name.startswith("changes/"):
            for r in parts.records(name):
                out.setdefault(str(r["type"]), {})[str(r["id"])] = r["values"]
    return out


def test_member_profile_leaves_out_people_without_joint_use_consent(office: tuple[Services, dict[str, str]],
                                                                     tmp_path: Path) -> None:
    a, ids = office
    path = tmp_path / "member.mitake"
    result = a.sync.export(path, ExportOptions(profile="member"))
    recs = bundle_records(a, path)
    assert set(recs["person"]) == {ids["joint_use"], ids["public"], ids["other"]}
    assert all(m["person_id"] != ids["internal"] for m in recs["membership"].values())
    assert [r["person_id"] for r in recs["registration"].values()] == [ids["joint_use"]]
    # The event goes, but its speaker list (which names an internal-only person) stays behind.
    assert "speaker_ids" not in recs["event"][ids["event"]] and recs["event"][ids["event"]]["title"] == "勉強会"
    assert ids["internal"] not in path.read_bytes().decode("utf-8", "replace")
    assert result.people == 3
    [log] = a.sync.exchanges(direction="export")
    assert log.profile == "member" and log.people == 3


def test_redacted_profile_is_names_and_communities(office: tuple[Services, dict[str, str]], tmp_path: Path) -> None:
    a, ids = office
    path = tmp_path / "redacted.mitake"
    a.sync.export(path, ExportOptions(profile="redacted"))
    recs = bundle_records(a, path)
    assert set(recs) == {"community", "membership", "person"}
    assert all(set(v) <= {"name", "reading", "deleted"} for v in recs["person"].values())
    assert "coordinating_org_id" not in recs["community"][ids["c1"]]
    assert b"example.jp" not in path.read_bytes()


def test_public_profile_is_only_what_was_consented(office: tuple[Services, dict[str, str]], tmp_path: Path) -> None:
    a, ids = office
    path = tmp_path / "public.mitake"
    result = a.sync.export(path, ExportOptions(profile="public"))
    recs = bundle_records(a, path)
    assert set(recs["person"]) == {ids["public"]}
    assert set(recs["case_study"]) == {ids["cs_public"]}
    assert set(recs["attachment"]) == {ids["photo"]} and result.blobs == 1
    assert "registration" not in recs and "notes" not in recs["event"][ids["event"]]
    org = recs["organisation"][ids["org"]]
    assert "phone" not in org and "notes" not in org and org["name"] == "前橋商工会議所"


def test_partial_bundles_never_overwrite_richer_data_with_blanks(office: tuple[Services, dict[str, str]],
                                                                 replica: Replica, tmp_path: Path) -> None:
    a, ids = office
    b = replica("partner")
    transfer(a, b, tmp_path / "full.mitake")  # b holds everything
    a.records.update("person", ids["joint_use"], {"name": "新しい 名前"})
    result = transfer(a, b, tmp_path / "redacted.mitake", profile="redacted")
    assert result.get("updated") == 1
    person = b.records.get("person", ids["joint_use"])
    assert person["name"] == "新しい 名前" and person["email"] == "joint_use@example.jp"
    assert person["consent_scope"] == "joint_use"


def test_a_redacted_record_new_to_the_receiver_is_a_stub_that_fills_in_later(
        office: tuple[Services, dict[str, str]], replica: Replica, tmp_path: Path) -> None:
    a, ids = office
    b = replica("partner")
    transfer(a, b, tmp_path / "redacted.mitake", profile="redacted")
    stub = b.records.get("person", ids["joint_use"])
    # Known only by name: the most careful consent scope, so b never passes it on under a profile.
    assert stub["name"] == "joint_use 太郎" and stub["email"] is None and stub["consent_scope"] == "internal"
    transfer(a, b, tmp_path / "full.mitake")
    assert b.records.get("person", ids["joint_use"])["email"] == "joint_use@example.jp"
    assert list(a.dump_lines()) == list(b.dump_lines())


def test_subset_by_community_brings_what_it_references(office: tuple[Services, dict[str, str]], replica: Replica,
                                                        tmp_path: Path) -> None:
    a, ids = office
    b = replica("partner")
    path = tmp_path / "c2.mitake"
    result = transfer(a, b, path, communities=(ids["c2"],))
    assert result.get("pending") == 0
    assert {r["id"] for r in b.records.list("community")} == {ids["c2"]}
    assert {r["id"] for r in b.records.list("person")} == {ids["other"]}
    c1 = transfer(a, b, tmp_path / "c1.mitake", communities=(ids["c1"],))
    assert c1.get("pending") == 0 and b.records.get("organisation", ids["org"])["name"] == "前橋商工会議所"
    manifest = orjson.loads(Parts.load(path, private_key(a)).manifest_bytes(fix_hashes=False))
    assert manifest["communities"] == [ids["c2"]] and manifest["complete"] is False


def test_every_profile_keeps_required_fields_of_what_it_sends() -> None:
    """A receiver must be able to store what a profile sends: required fields without a default go along."""
    by_type = {e.type: e for e in ENTITIES}
    for profile, rules in RULES.items():
        for type_name, rule in rules.items():
            if rule.fields is None:
                continue
            entity = by_type[type_name]
            for f in entity.fields:
                if f.required and f.default is None:
                    assert f.name in rule.fields, (profile, type_name, f.name)
            assert rule.fields <= set(entity.field_names), (profile, type_name)


def test_encrypted_bundles_round_trip_and_hide_their_content(office: tuple[Services, dict[str, str]],
                                                             replica: Replica, tmp_path: Path) -> None:
    a, _ids = office
    b = replica("partner")
    path = tmp_path / "secret.mitake"
    a.sync.export(path, ExportOptions(profile="member", passphrase="合言葉 correct horse"))
    data = path.read_bytes()
    # The whole PNG signature: three bytes such as b"PNG" turn up by chance in random ciphertext.
    assert "太郎".encode() not in data and b"example.jp" not in data and b"\x89PNG\r\n\x1a\n" not in data
    result = b.sync.import_bundle(path, trust=True, passphrase="合言葉 correct horse")
    assert result.get("added") > 0 and b.attachments.read(next(iter(
        r["photo_ids"][0] for r in b.records.list("case_study") if r["photo_ids"]))).startswith(b"\x89PNG")
