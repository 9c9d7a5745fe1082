"""A small world for event tests: a community, firms, people with readings, IT tools and events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from mitake_desktop.core.services import Services

PEOPLE = [
    # name, reading, organisation index or None, email, phone
    ("山田 太郎", "やまだ たろう", 0, "taro@yamada.example.jp", "03-1111-2222"),
    ("山下 花子", "ヤマシタ ハナコ", 1, "hanako@yamashita.example.jp", None),
    ("佐藤 一郎", "さとう いちろう", 2, "ichiro@sato.example.jp", "06-3333-4444"),
    ("清水 恵", "しみず めぐみ", 0, None, None),
    ("髙橋 美咲", "たかはし みさき", 1, "misaki@example.jp", None),
    ("田中 翔太", "たなか しょうた", None, "shota@example.jp", None),
    ("中村 優子", "なかむら ゆうこ", 2, None, "052-555-6666"),
    ("小林 健", "こばやし けん", None, None, None),
    ("大野 直人", "おおの なおと", 0, None, None),
    ("John Smith", None, None, "john@example.com", None),
]

ORGS = [
    ("株式会社山田商店", "I", "6_20"),
    ("有限会社山下製作所", "E", "le5"),
    ("佐藤食堂", "M", "le5"),
]


@dataclass
class World:
    services: Services
    community: str
    orgs: list[str]
    people: list[str]
    tools: dict[str, str] = field(default_factory=dict)

    def event(self, **values: Any) -> str:
        base = {"title": "身の丈IT 活用セミナー", "kind": "seminar", "community_id": self.community,
                "organiser_id": self.orgs[0], "starts_at": "2026-06-10T14:00", "ends_at": "2026-06-10T16:00",
                "venue": "長野市産業支援センター 研修室", "topics": ["it_management", "sales_channels"]}
        return str(self.services.records.create("event", base | values)["id"])

    def person(self, name: str, reading: str | None = None, **values: Any) -> str:
        return str(self.services.records.create("person", {"name": name, "reading": reading, **values})["id"])


def build_world(services: Services) -> World:
    records = services.records
    orgs = [records.create("organisation", {"name": n, "kind": "sme", "industry": i, "employees_band": b})["id"]
            for n, i, b in ORGS]
    community = records.create("community", {"name": "ながの身の丈IT研究会", "prefectures": ["20"]})["id"]
    people = []
    for name, reading, org, email, phone in PEOPLE:
        people.append(records.create("person", {
            "name": name, "reading": reading, "organisation_id": orgs[org] if org is not None else None,
            "email": email, "phone": phone})["id"])
    return World(services, community, orgs, people)


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)
