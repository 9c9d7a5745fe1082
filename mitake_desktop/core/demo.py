"""Realistic demo data: communities across Japan, their people, events, case studies and awards.

Deterministic: the same ``seed`` and ``anchor`` date give the same records, ids and clocks, so two
databases filled the same way dump the same bytes. ``size`` is roughly the total number of records:
the demo grows by adding communities of about 250 records each, so a million-record demo has the
shape of a real national deployment rather than one community with a million registrations.

Records are written in bulk (Core ``executemany``), not one service call each, but with every column
the services would fill (clocks, sort keys, search documents, history); ``tests/test_demo.py`` checks
every generated record against the same validation the services apply.
"""

from __future__ import annotations

import json
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from importlib import resources
from typing import Any

from sqlalchemy import Connection, insert

from mitake_desktop.core import clock
from mitake_desktop.core.demo_content import (
    CAPITALS,
    COMMUNITIES,
    COMMUNITY_THEMES,
    EVENT_TITLES,
    EXPERTISE,
    FAMILY_NAMES,
    FOLLOW_UP_TITLES,
    GIVEN_NAMES,
    IT_TOOLS,
    REVIEWERS,
    SCENARIOS,
    SME_KINDS,
    STORY_FOLLOW_UPS,
    TITLES_PROVIDER,
    TITLES_SME,
    TITLES_SUPPORT,
)
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.ids import SeededIds
from mitake_desktop.core.reference import label
from mitake_desktop.core.schema import BY_TYPE, ENTITIES
from mitake_desktop.core.services import Services, search_index
from mitake_desktop.core.services.attachments import AttachmentStore
from mitake_desktop.core.services.awards import pull_content
from mitake_desktop.core.storage.tables import ENTITY_TABLES, history, search_doc

RECORDS_PER_COMMUNITY = 250
DEFAULT_SIZE = 2000
JST = timezone(timedelta(hours=9))


class Cancelled(MitakeError):
    def __init__(self) -> None:
        super().__init__(msg("cancelled"))


def award_templates() -> list[dict[str, Any]]:
    """The award-program templates shipped in ``resources/templates/award_programs.json``."""
    text = resources.files("mitake_desktop.resources").joinpath("templates", "award_programs.json").read_text("utf-8")
    return list(json.loads(text)["templates"])


# -- a tiny PNG writer, so demo photos need no image library ------------------------------------


def _png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int]]) -> bytes:
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(
        b"IEND", b"")


def demo_photo(variant: int) -> bytes:
    """A 'before/after' bar picture in one of several colour schemes (deterministic bytes)."""
    palettes = [((236, 244, 250), (120, 144, 156), (30, 136, 229)), ((250, 244, 236), (161, 136, 127), (239, 108, 0)),
                ((238, 248, 240), (129, 150, 133), (46, 125, 50)), ((246, 240, 250), (149, 117, 205), (94, 53, 177)),
                ((250, 238, 240), (176, 140, 146), (211, 47, 47)), ((240, 246, 248), (120, 144, 156), (0, 131, 143))]
    bg, before, after = palettes[variant % len(palettes)]
    w, h = 240, 160
    b_height = 100 - (variant * 7) % 30
    a_height = 40 + (variant * 11) % 30

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if 40 <= x < 100 and y >= h - 20 - b_height and y < h - 20:
            return before
        if 140 <= x < 200 and y >= h - 20 - a_height and y < h - 20:
            return after
        if y == h - 20 and 20 <= x < 220:
            return (90, 90, 90)
        return bg

    return _png(w, h, pixel)


# -- bulk writing --------------------------------------------------------------------------------


@dataclass
class _Writer:
    conn: Connection
    ids: SeededIds
    device_id: str
    device_idx: int
    batch_id: str
    actor: str
    lseq: int
    total: int
    progress: Callable[[int, int], None] | None
    cancel: Callable[[], bool] | None
    written: int = 0
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    docs: list[dict[str, Any]] = field(default_factory=list)
    hist: list[dict[str, Any]] = field(default_factory=list)
    buffered: int = 0

    def add(self, type_name: str, values: dict[str, Any], ms: int, *, record_id: str | None = None) -> str:
        entity = BY_TYPE[type_name]
        rid = record_id or self.ids.at(ms)
        full: dict[str, Any] = {}
        for f in entity.fields:
            v = values.get(f.name)
            if v is None and f.default is not None:
                v = list(f.default) if isinstance(f.default, list) else (
                    dict(f.default) if isinstance(f.default, dict) else f.default)
            full[f.name] = v
        h = clock.pack(ms)
        iso = clock.to_iso(h)
        self.lseq += 1
        self.rows.setdefault(type_name, []).append({
            **full, "id": rid, "deleted": False, "created_at": iso, "updated_at": iso, "updated_by": self.device_id,
            "clocks": {"*": [h, self.device_idx]}, "updated_hlc": h, "sort_key": entity.sort_key(full),
            "lseq": self.lseq,
        })
        if entity.searchable:
            self.docs.append({"type": type_name, "id": rid, "body": search_index.document(entity, full)})
        self.hist.append({"at": iso, "hlc": h, "device_id": self.device_id, "actor": self.actor,
                          "entity_type": type_name, "entity_id": rid, "action": "create", "batch_id": self.batch_id})
        self.buffered += 1
        if self.buffered >= 5000:
            self.flush()
        return rid

    def flush(self) -> None:
        # Parents before children, so foreign keys hold at every statement.
        for entity in ENTITIES:
            rows = self.rows.pop(entity.type, None)
            if rows:
                self.conn.execute(insert(ENTITY_TABLES[entity.type]), rows)
        if self.docs:
            self.conn.execute(insert(search_doc), self.docs)
        if self.hist:
            self.conn.execute(insert(history), self.hist)
        self.written += self.buffered
        self.docs, self.hist, self.buffered = [], [], 0
        if self.progress is not None:
            self.progress(min(self.written, self.total), self.total)
        if self.cancel is not None and self.cancel():
            raise Cancelled()


# -- the generator -------------------------------------------------------------------------------


class _Demo:
    def __init__(self, w: _Writer, rng: random.Random, anchor: date, size: int) -> None:
        self.w = w
        self.rng = rng
        self.anchor = anchor
        self.size = size
        # Everything is created between 420 days and 1 day before the anchor date.
        self.origin = datetime.combine(anchor - timedelta(days=420), time(9, 0), JST)
        self.email_counter = 0
        self.tool_ids: list[str] = []
        self.tools: list[tuple[Any, ...]] = []
        self.provider_people: list[str] = []
        self.provider_set: set[str] = set()
        self.bank_by_pref: dict[str, str] = {}
        self.yorozu_by_pref: dict[str, str] = {}
        self.photos: list[str] = []
        self.case_studies: list[dict[str, Any]] = []
        self.leaders: list[str] = []
        self.communities: list[str] = []
        self.org_names: dict[str, str] = {}
        self.family_names: dict[str, str] = {}
        self.community_title = ""
        self.line_tool = ""
        self.store: AttachmentStore | None = None
        self.n_communities = plan_communities(size)

    # helpers
    def ms(self, day: float) -> int:
        day = max(0.0, min(day, 419.0))
        return int((self.origin + timedelta(days=day)).timestamp() * 1000)

    def person_name(self) -> tuple[str, str, str, str]:
        fam = self.rng.choice(FAMILY_NAMES)
        giv = self.rng.choice(GIVEN_NAMES)
        return f"{fam[0]} {giv[0]}", f"{fam[1]} {giv[1]}", fam[2], giv[2]

    def email(self, fam: str, giv: str) -> str:
        self.email_counter += 1
        return f"{giv}.{fam}{self.email_counter}@example.jp"

    def phone(self) -> str:
        return f"0{self.rng.randint(10, 99)}-{self.rng.randint(100, 999)}-{self.rng.randint(1000, 9999)}"

    def consent(self, public_share: float) -> tuple[str, str | None, str | None]:
        r = self.rng.random()
        if r < public_share:
            scope = "public"
        elif r < public_share + 0.5:
            scope = "joint_use"
        else:
            scope = "internal"
        if scope == "internal":
            return scope, None, None
        when = self.anchor - timedelta(days=self.rng.randint(30, 400))
        source = self.rng.choice(["セミナー申込書の同意欄", "会員登録時の同意書", "事例取材時の承諾書", "メールでの承諾"])
        return scope, when.isoformat(), source

    def add_org(self, values: dict[str, Any], ms: int) -> str:
        rid = self.w.add("organisation", values, ms)
        self.org_names[rid] = values["name"]
        return rid

    def add_person(self, day: float, org_id: str | None, title: str | None, public_share: float = 0.3) -> str:
        name, reading, fam, giv = self.person_name()
        scope, cdate, csource = self.consent(public_share)
        rid = self.w.add("person", {
            "name": name, "reading": reading, "organisation_id": org_id, "title": title,
            "email": self.email(fam, giv), "phone": self.phone(), "consent_scope": scope, "consent_date": cdate,
            "consent_source": csource,
        }, self.ms(day))
        self.family_names[rid] = name.split(" ")[0]
        return rid

    # global records
    def it_landscape(self) -> None:
        vendors: dict[str, str] = {}
        for i, (name, vendor, category, price, eligible, industries, sizes) in enumerate(IT_TOOLS):
            if vendor not in vendors:
                vendors[vendor] = self.add_org({
                    "name": vendor, "kind": "it_provider", "prefecture": "13", "industry": "G",
                    "employees_band": "gt300", "capital_band": "gt300m",
                }, self.ms(1 + i * 0.1))
            tid = self.w.add("it_tool", {
                "name": name, "vendor": vendor, "category": category, "price_band": price,
                "fits_industries": industries, "fits_sizes": sizes, "subsidy_eligible": eligible,
                "subsidy_program": "it_subsidy_normal" if eligible else None,
                "description": f"{label('it_tool_category', category, 'ja')}のクラウドサービス。"
                               f"{'IT導入補助金の対象ツールとして登録されています。' if eligible else ''}",
            }, self.ms(2 + i * 0.1))
            self.tool_ids.append(tid)
            self.tools.append((tid, name, vendor, category, eligible))
            if name == "LINE公式アカウント":
                self.line_tool = tid
        distributor = self.add_org({
            "name": "株式会社大塚商会", "kind": "it_distributor", "prefecture": "13", "industry": "I",
            "employees_band": "gt300", "capital_band": "gt300m"}, self.ms(3))
        vendor_ids = list(vendors.values()) + [distributor]
        for i, org in enumerate(vendor_ids):
            self.provider_people.append(self.add_person(4 + i * 0.2, org, self.rng.choice(TITLES_PROVIDER), 0.6))
        self.provider_set = set(self.provider_people)
        for k, (pic, name) in enumerate([(v, f"demo-photo-{v + 1}.png") for v in range(6)]):
            data = demo_photo(pic)
            assert self.store is not None
            sha = self.store.put(data)
            self.w.add("attachment", {"media_type": "image/png", "size": len(data), "original_name": name},
                       self.ms(5 + k * 0.1), record_id=sha)
            self.photos.append(sha)

    def community(self, index: int) -> None:
        rng = self.rng
        if index < len(COMMUNITIES):
            name, pref, city, town, focus, status = COMMUNITIES[index]
        else:
            pref = f"{rng.randint(1, 47):02d}"
            city = CAPITALS[pref]
            theme, focus = COMMUNITY_THEMES[index % len(COMMUNITY_THEMES)]
            name = f"{city.removesuffix('市').removesuffix('区')}{theme}"
            if index >= len(COMMUNITIES) + 47 * len(COMMUNITY_THEMES):
                name += f" 第{index // (47 * len(COMMUNITY_THEMES)) + 1}支部"
            town = f"{city.removesuffix('市')}北部"
            status = rng.choice(["active", "active", "active", "forming", "dormant"])
        start_day = rng.uniform(5, 60)
        d0 = start_day
        # support organisations
        chamber = self.add_org({
            "name": f"{city.removesuffix('市') if city.endswith('市') else city}商工会議所", "kind": "chamber",
            "prefecture": pref, "city": city, "employees_band": "21_50"}, self.ms(d0))
        shokokai = self.add_org({
            "name": f"{town}商工会", "kind": "shokokai", "prefecture": pref, "city": town,
            "employees_band": "le5"}, self.ms(d0 + 0.1))
        municipality = self.add_org({
            "name": f"{city}役所 産業振興課", "kind": "municipality", "prefecture": pref, "city": city}, self.ms(d0 + 0.2))
        if pref not in self.bank_by_pref:
            pref_name = label("prefecture", pref, "ja").rstrip("都道府県") or label("prefecture", pref, "ja")
            self.bank_by_pref[pref] = self.add_org({
                "name": f"{pref_name}みらい銀行", "kind": "regional_bank", "prefecture": pref, "industry": "J",
                "employees_band": "gt300", "capital_band": "gt300m"}, self.ms(d0 + 0.3))
            self.yorozu_by_pref[pref] = self.add_org({
                "name": f"{label('prefecture', pref, 'ja')}よろず支援拠点", "kind": "yorozu", "prefecture": pref},
                self.ms(d0 + 0.4))
        supporter_it = self.add_org({
            "name": f"{city.removesuffix('市')}ITサポート株式会社", "kind": "it_supporter", "prefecture": pref,
            "city": city, "industry": "G", "employees_band": "6_20", "capital_band": "le10m"}, self.ms(d0 + 0.5))
        other = None
        if index % 3 == 0:
            other = self.add_org({
                "name": f"{city.removesuffix('市')}地域連携センター（大学）", "kind": "other", "prefecture": pref,
                "city": city, "industry": "O"}, self.ms(d0 + 0.6))
        cid = self.w.add("community", {
            "name": name, "prefectures": [pref], "city": city, "industry_focus": focus, "status": status,
            "founded_on": (self.anchor - timedelta(days=rng.randint(400, 1800))).isoformat(),
            "coordinating_org_id": chamber,
            "description": (
                f"## {name}\n\n{city}周辺の小規模事業者が、身の丈に合った IT で経営を良くするための集まりです。\n\n"
                f"- 事務局: {city.removesuffix('市')}商工会議所\n- 重点業種: "
                + "、".join(label("industry", k, "ja") for k in focus)
                + "\n- 毎月の勉強会と、年2回の事例発表会を開いています。\n"),
        }, self.ms(d0 + 0.7))
        self.communities.append(cid)
        self.community_title = name

        per = self.size / max(1, self.n_communities)
        n_smes = max(4, round(per * 0.04))
        staff: list[str] = []
        coordinator = self.add_person(d0 + 1, chamber, TITLES_SUPPORT[0], 0.7)
        staff.append(coordinator)
        staff.append(self.add_person(d0 + 1.1, chamber, TITLES_SUPPORT[1], 0.7))
        staff.append(self.add_person(d0 + 1.2, shokokai, TITLES_SUPPORT[0], 0.6))
        staff.append(self.add_person(d0 + 1.3, municipality, TITLES_SUPPORT[3], 0.5))
        staff.append(self.add_person(d0 + 1.4, self.bank_by_pref[pref], TITLES_SUPPORT[5], 0.5))
        staff.append(self.add_person(d0 + 1.5, supporter_it, TITLES_SUPPORT[6], 0.6))
        if other is not None:
            staff.append(self.add_person(d0 + 1.6, other, TITLES_SUPPORT[4], 0.6))
        roles = ["coordinator", "coordinator", "supporter", "supporter", "supporter", "it_provider", "supporter"]
        for i, pid in enumerate(staff):
            self.w.add("membership", {"person_id": pid, "community_id": cid, "role": roles[i],
                                      "since": (self.anchor - timedelta(days=rng.randint(200, 400))).isoformat()},
                       self.ms(d0 + 2 + i * 0.01))
        # member firms and their owners
        smes: list[tuple[str, str, str, str]] = []  # (org id, owner id, industry, employees band)
        owners: list[str] = []
        for i in range(n_smes):
            fam = rng.choice(FAMILY_NAMES)
            suffix, suffix_kana, industry, bands = rng.choice(SME_KINDS)
            band = rng.choice(bands)
            form = rng.random()
            org_name = (f"株式会社{fam[0]}{suffix}" if form < 0.35 else f"有限会社{fam[0]}{suffix}" if form < 0.5
                        else f"{fam[0]}{suffix}")
            day = d0 + 3 + i * (300 / n_smes)
            org = self.add_org({
                "name": org_name, "name_kana": fam[1] + suffix_kana, "kind": "sme", "prefecture": pref,
                "city": rng.choice([city, town]), "industry": industry, "employees_band": band,
                "capital_band": "none" if form >= 0.5 else rng.choice(["le10m", "le10m", "10m_50m"]),
                "phone": self.phone()}, self.ms(day))
            owner = self.add_person(day + 0.01, org, rng.choice(TITLES_SME), 0.35)
            owners.append(owner)
            smes.append((org, owner, industry, band))
            self.w.add("membership", {"person_id": owner, "community_id": cid, "role": "member_sme",
                                      "since": (self.anchor - timedelta(days=int(420 - day))).isoformat()},
                       self.ms(day + 0.02))
        extra_people = [self.add_person(d0 + 5 + i * 3, None, None, 0.2) for i in range(max(2, round(per * 0.05)))]
        # opinion leaders
        n_leaders = min(len(smes), 2 + index % 3)
        leader_ids = []
        for i in range(n_leaders):
            org, owner, industry, band = smes[i]
            status = ["active", "active", "candidate", "alumni"][i % 4]
            how = ["referral", "event", "online", "self"][(index + i) % 4]
            tools = rng.sample(self.tool_ids, 2)
            self.w.add("membership", {"person_id": owner, "community_id": cid, "role": "opinion_leader",
                                      "since": (self.anchor - timedelta(days=rng.randint(60, 300))).isoformat()},
                       self.ms(d0 + 40 + i))
            expertise = rng.choice(EXPERTISE)
            self.w.add("opinion_leader_profile", {
                "person_id": owner, "community_id": cid, "status": status, "how_found": how,
                "found_note": {"referral": "商工会議所の経営指導員からの紹介", "event": "セミナーでの質問がきっかけ",
                               "online": "SNS での発信を見て声をかけた", "self": "本人から事例発表の申し出"}[how],
                "expertise": expertise, "it_tool_ids": tools, "industry": industry, "employees_band": band,
                "story": (f"### きっかけ\n\n{expertise}に取り組み、業務時間を大きく減らした。\n\n### 伝えたいこと\n\n"
                          "- 小さく始めて、効果を数字で確かめる\n- 困ったら仲間に聞く\n"),
            }, self.ms(d0 + 40.5 + i))
            leader_ids.append(owner)
        self.leaders += leader_ids
        for i in range(min(2, len(self.provider_people))):
            self.w.add("membership", {"person_id": self.provider_people[(index + i) % len(self.provider_people)],
                                      "community_id": cid, "role": "it_provider"}, self.ms(d0 + 45 + i * 0.1))
        attendees = owners + extra_people
        self.events(cid, index, city, chamber, coordinator, attendees, leader_ids, smes, per)
        self.case_studies_for(cid, pref, smes, leader_ids, chamber, per, d0)

    def events(self, cid: str, index: int, city: str, chamber: str, coordinator: str, attendees: list[str],
               leaders: list[str], smes: list[tuple[str, str, str, str]], per: float) -> None:
        rng = self.rng
        kinds = list(EVENT_TITLES)
        n_events = max(3, round(per * 0.02))
        regs_per_event = max(4, round(per * 0.42 / n_events))
        for e in range(n_events):
            kind = kinds[(index + e) % len(kinds)]
            days_from_anchor = -330 + e * (380 / n_events) + rng.uniform(-5, 5)
            if e == n_events - 1:
                days_from_anchor = 7 + index % 21  # each community has an upcoming event
            start = datetime.combine(self.anchor + timedelta(days=int(days_from_anchor)),
                                     time(rng.choice([10, 13, 14, 18]), rng.choice([0, 30])))
            hours = {"exhibition": 6, "consultation": 4, "business_matching": 3}.get(kind, 2)
            upcoming = start.date() >= self.anchor
            title = rng.choice(EVENT_TITLES[kind])
            if kind == "community_meeting":
                title = f"{self.community_title} {title}"
            elif kind == "exhibition":
                title = f"{title} {start.year}"
            capacity = {"seminar": 40, "consultation": 12, "business_matching": 24, "exhibition": 120,
                        "study_group": 20, "community_meeting": 40}[kind]
            fmt = rng.choice(["offline", "offline", "offline", "online", "hybrid"]) if kind in (
                "seminar", "study_group") else "offline"
            venue = "オンライン（Zoom）" if fmt == "online" else rng.choice(
                [f"{city.removesuffix('市')}商工会議所 大会議室", f"{city}産業支援センター 研修室", f"{city}市民交流プラザ"])
            created_day = max(1.0, min(419.0, 420 + days_from_anchor - rng.uniform(20, 40)))
            speakers = rng.sample(leaders, min(len(leaders), 1 + (kind == "seminar"))) if leaders else []
            # Every event here is about IT in management; consultation days cover more ground.
            topics = ["it_management"] + rng.sample(
                ["sales_channels", "business_innovation", "employment_labour", "succession", "startup"],
                1 if kind != "consultation" else 3)
            eid = self.w.add("event", {
                "title": title, "kind": kind, "community_id": cid, "organiser_id": chamber,
                "starts_at": start.isoformat(timespec="seconds"),
                "ends_at": (start + timedelta(hours=hours)).isoformat(timespec="seconds"),
                "venue": venue, "format": fmt, "capacity": capacity, "speaker_ids": speakers, "topics": topics,
                "status": "planned" if upcoming else "held",
                "notes": f"- 受付: 開始30分前から\n- 持ち物: 名刺\n- 担当: 事務局 ({city})\n",
            }, self.ms(created_day))
            pool = list(attendees)
            if upcoming and index == 0 and e == n_events - 1:
                pool = list(dict.fromkeys(attendees + self.provider_people))  # the big next event of the demo
            n = min(len(pool), regs_per_event if not (upcoming and index == 0) else max(regs_per_event, 60))
            chosen = rng.sample(pool, n)
            firm_people: list[str] = []
            # Seats go in the order people registered; when they are gone, the rest wait (or, for an event
            # already held, were turned away) — the same rule the events service applies.
            regs = sorted((min(419.0, created_day + rng.uniform(1, 18)), pid) for pid in chosen)
            seats = 0
            for reg_day, pid in regs:
                reg_at = (self.origin + timedelta(days=reg_day)).astimezone(JST).replace(tzinfo=None)
                values: dict[str, Any] = {"event_id": eid, "person_id": pid,
                                          "registered_at": reg_at.isoformat(timespec="seconds")}
                if kind == "business_matching" and pid not in self.provider_set:
                    values["participant_role"] = "firm"
                    values["interests"] = rng.sample(["accounting", "pos", "ecommerce", "attendance", "crm"], 2)
                    firm_people.append(pid)
                if upcoming:
                    r = rng.random()
                    values["status"] = "cancelled" if r < 0.05 else ("registered" if seats < capacity else "waitlisted")
                else:
                    r = rng.random()
                    status = ("attended" if r < 0.70 else "no_show" if r < 0.82 else "cancelled" if r < 0.88
                              else "walk_in")
                    if seats >= capacity:
                        status = "cancelled"
                    values["status"] = status
                    if status in ("attended", "walk_in"):
                        values["checked_in_at"] = (start - timedelta(minutes=rng.randint(0, 25))).isoformat(
                            timespec="seconds")
                        if rng.random() < 0.75:
                            values["satisfaction"] = rng.choices([1, 2, 3, 4, 5], [2, 5, 20, 43, 30])[0]
                            if rng.random() < 0.4:
                                values["comment"] = rng.choice([
                                    "具体的な事例が聞けて参考になった。", "自社でもすぐに試せそう。", "もう少し時間が欲しかった。",
                                    "補助金の説明がわかりやすかった。", "同業の方と話せてよかった。"])
                    if status == "walk_in":
                        values["registered_at"] = values["checked_in_at"]
                seats += values["status"] in ("registered", "attended", "no_show", "walk_in")
                self.w.add("registration", values, self.ms(reg_day))
            if kind == "business_matching":
                self.matching(eid, start, upcoming, firm_people, set(chosen), created_day)
            if not upcoming and kind in ("consultation", "seminar", "business_matching"):
                self.follow_ups(eid, start, chosen[: max(1, round(per * 0.04 / 2))], coordinator, smes)

    def matching(self, eid: str, start: datetime, upcoming: bool, firms: list[str], registered: set[str],
                 created_day: float) -> None:
        if not firms:
            return
        # Providers already registered for this event as attendees are not registered twice.
        candidates = [p for p in self.provider_people if p not in registered]
        providers = self.rng.sample(candidates, min(4, len(candidates), len(firms)))
        for p in providers:
            self.w.add("registration", {"event_id": eid, "person_id": p, "participant_role": "provider",
                                        "status": "registered" if upcoming else "attended"},
                       self.ms(created_day + 0.5))
        slots = min(len(firms), 4)
        for s in range(slots):
            slot_start = start + timedelta(minutes=30 * s)
            # Table t in slot s meets firm (s + t): no firm, provider or table is booked twice in a slot.
            for t, provider in enumerate(providers):
                firm = firms[(s + t) % len(firms)]
                outcome = "pending" if upcoming else self.rng.choice(["no_interest", "follow_up", "follow_up", "trial",
                                                                     "adoption"])
                tool = self.rng.choice(self.tool_ids)
                self.w.add("matching_meeting", {
                    "event_id": eid, "firm_person_id": firm, "provider_person_id": provider,
                    "slot_start": slot_start.isoformat(timespec="seconds"),
                    "slot_end": (slot_start + timedelta(minutes=25)).isoformat(timespec="seconds"),
                    "table_no": f"T{t + 1}", "outcome": outcome,
                    "it_tool_id": tool if outcome in ("trial", "adoption", "follow_up") else None,
                }, self.ms(created_day + 1))

    def follow_ups(self, eid: str, start: datetime, people: list[str], owner: str,
                   smes: list[tuple[str, str, str, str]]) -> None:
        rng = self.rng
        owner_org = {o: org for org, o, _i, _b in smes}
        for pid in people:
            title, topic = rng.choice(FOLLOW_UP_TITLES)
            due = start.date() + timedelta(days=rng.randint(14, 60))
            overdue = due < self.anchor
            status = rng.choices(["done", "in_progress", "open"], [6, 2, 2])[0] if overdue else rng.choice(
                ["open", "in_progress"])
            outcome = None
            if status == "done":
                outcome = rng.choice(["ツールの無料試用を開始。次回は導入後の運用を確認する。", "補助金の申請書を提出済み。",
                                      "専門家派遣につないだ。", "今回は見送り。半年後に再度相談の予定。"])
            self.w.add("follow_up", {
                "title": title, "event_id": eid, "person_id": pid, "organisation_id": owner_org.get(pid),
                "owner_id": owner, "topic": topic, "due_on": due.isoformat(), "status": status, "outcome": outcome,
            }, self.ms(min(419.0, (start.date() - (self.anchor - timedelta(days=420))).days + 1.0)))

    def case_studies_for(self, cid: str, pref: str, smes: list[tuple[str, str, str, str]], leaders: list[str],
                         chamber: str, per: float, d0: float) -> None:
        rng = self.rng
        n = min(len(smes), max(2, round(per * 0.03)))
        for i in range(n):
            org, owner, industry, band = smes[i]
            scenario_key = rng.choice(list(SCENARIOS))
            sc = SCENARIOS[scenario_key]
            fitting = [t for t in self.tools if t[3] == scenario_key]
            if "tools" in sc:
                fitting = [t for t in self.tools if t[1] in sc["tools"]]
            tool = rng.choice(fitting or self.tools)
            tools = [tool[0]] + ([self.line_tool] if rng.random() < 0.3 and self.line_tool != tool[0] else [])
            leader = owner if owner in leaders else (leaders[i % len(leaders)] if leaders else None)
            factor = rng.uniform(0.7, 1.3)
            figures = []
            for k, (metric, unit, period, before, after, kind) in enumerate(sc["figures"]):
                b = round(before * factor) if before else 0
                a = round(after * factor) if after else 0
                if b == a:
                    a = b + 1
                figures.append({"metric": metric, "unit": unit, "period": period, "before": float(b),
                                "after": float(a), "kind": kind, "sort_order": k})
            first = figures[0]
            pct = round((1 - first["after"] / first["before"]) * 100) if first["before"] else 0
            params = {"firm": "", "pct": abs(pct), "staff": rng.randint(2, 5), "before": int(first["before"]),
                      "after": int(first["after"]), "sales": rng.randint(5, 25), "tool": tool[1],
                      "community": self.community_title, "supporter": self.org_names[chamber],
                      "leader": self.family_names.get(leader or owner, "")}
            firm_name = self.org_names[org]
            params["firm"] = firm_name
            status = rng.choices(["published", "reviewed", "draft"], [5, 3, 2])[0]
            consent = status == "published" or rng.random() < 0.3
            cost = rng.choice([0, 50_000, 120_000, 300_000, 450_000, 800_000, 1_500_000])
            subsidy = (rng.choice(["it_subsidy_normal", "it_subsidy_invoice"]) if tool[4] and cost >= 300_000
                       else rng.choice(["jizokuka", "none", "none"]))
            day = d0 + 200 + i * 10
            # The issue gets every follow-up: award forms ask most of it (150 characters and more).
            story = {k: "\n\n".join([str(sc[k]).format(**params),
                                      *rng.sample(STORY_FOLLOW_UPS[k], 3 if k == "issue" else 2)])
                     for k in ("issue", "approach", "team", "results")}
            cs = {
                "title": str(sc["title"]).format(**params), "organisation_id": org, "leader_id": leader,
                "community_id": cid, "supporter_org_ids": [chamber], "prefecture": pref, "industry": industry,
                "employees_band": band, "capital_band": None, "it_tool_ids": tools, "cost_yen": cost,
                "subsidy_program": subsidy,
                "summary": f"{firm_name}（{label('industry', industry, 'ja')}、{label('employees_band', band, 'ja')}）が"
                           f"{tool[1]}を導入し、{first['metric']}を{int(first['before'])}{first['unit']}から"
                           f"{int(first['after'])}{first['unit']}に改善した事例。",
                "story_issue": story["issue"], "story_approach": story["approach"],
                "story_team": story["team"],
                "story_results": story["results"] + "\n\n| 指標 | 導入前 | 導入後 |\n|---|---:|---:|\n" + "".join(
                    f"| {f['metric']}（{f['unit']}/{f['period']}） | {int(f['before'])} | {int(f['after'])} |\n"
                    for f in figures),
                "photo_ids": [rng.choice(self.photos)] if rng.random() < 0.4 else [],
                "status": status, "publication_consent": consent,
                "consent_date": (self.anchor - timedelta(days=rng.randint(10, 120))).isoformat() if consent else None,
            }
            csid = self.w.add("case_study", cs, self.ms(day))
            for f in figures:
                self.w.add("case_figure", {"case_study_id": csid, **f}, self.ms(day + 0.01))
            self.case_studies.append({"id": csid, **cs, "figures": figures})

    def awards(self) -> None:
        rng = self.rng
        templates = award_templates()
        n_programs = max(2, self.size // 100_000)
        published = [c for c in self.case_studies if c["status"] == "published" and c["publication_consent"]]
        n_noms = max(3, round(self.size * 0.002))
        for p in range(n_programs):
            tpl = templates[p % len(templates)]
            year = self.anchor.year + (p // len(templates))
            pid = self.w.add("award_program", {
                "name": f"{tpl['name_ja']} {year}", "year": year, "organiser": tpl["organiser_ja"],
                "deadline": (self.anchor + timedelta(days=30 + p)).isoformat(),
                "eligibility": tpl["eligibility_ja"], "description": tpl["description_ja"],
                "required_sections": tpl["sections"], "eligibility_rules": tpl.get("rules") or {},
            }, self.ms(380 + p * 0.1))
            crit_ids = []
            for k, c in enumerate(tpl["criteria"]):
                crit_ids.append((self.w.add("award_criterion", {
                    "program_id": pid, "name": c["name_ja"], "weight": float(c["weight"]), "max_score": c["max_score"],
                    "description": c["description_ja"], "sort_order": k}, self.ms(380.2 + p * 0.1)), c["max_score"]))
            chosen = published[p::n_programs][: max(1, n_noms // n_programs)] if published else []
            noms: list[str] = []
            for cs in chosen:
                # The same copy a user's "nominate" makes (texts, figure rows, fingerprints).
                sections, rows, pulled = pull_content(tpl["sections"], cs, cs["figures"])
                noms.append(self.w.add("nomination", {
                    "program_id": pid, "nominee_type": "case_study", "nominee_id": cs["id"], "title": cs["title"],
                    "sections": sections, "figures": rows, "pulled": pulled, "attachment_ids": list(cs["photo_ids"]),
                    "status": rng.choice(["draft", "submitted", "submitted", "shortlisted"]),
                }, self.ms(390 + p * 0.1)))
            if p == 0 and self.leaders:
                noms.append(self.w.add("nomination", {
                    "program_id": pid, "nominee_type": "person", "nominee_id": self.leaders[0],
                    "title": "地域のオピニオンリーダーとしての貢献", "sections": {"summary": "地域の事業者にクラウド会計を広めた。"},
                    "status": "draft"}, self.ms(391)))
                noms.append(self.w.add("nomination", {
                    "program_id": pid, "nominee_type": "community", "nominee_id": self.communities[0],
                    "title": "コミュニティとしての取組", "sections": {"summary": "毎月の勉強会で事例を共有している。"},
                    "status": "draft"}, self.ms(391.1)))
            for nid in noms:
                for reviewer in REVIEWERS:
                    for crit, max_score in crit_ids:
                        self.w.add("nomination_score", {
                            "nomination_id": nid, "criterion_id": crit, "reviewer": reviewer,
                            "score": float(rng.randint(2, max_score)),
                            "comment": rng.choice([None, "数字の裏付けがある。", "他社が真似しやすい。", "体制の記述をもう少し。"]),
                        }, self.ms(400 + p * 0.1))



def plan_communities(size: int) -> int:
    return max(8, round(size / RECORDS_PER_COMMUNITY))


def generate(services: Services, *, size: int = DEFAULT_SIZE, seed: int = 1, anchor: date | None = None,
             progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None) -> int:
    """Fill an empty database with demo data; returns the number of records written.

    Runs in one transaction: cancelled or failed, nothing is left behind.
    """
    if not services.records.is_empty():
        raise MitakeError(msg("demo_not_empty"))
    anchor = anchor or date.today()
    rng = random.Random(seed)
    ids = SeededIds(random.Random(seed * 7919 + 17))
    demo_device = ids.at(int(datetime.combine(anchor - timedelta(days=421), time(0, 0), JST).timestamp() * 1000))
    size = max(200, int(size))
    with services.transactions.begin(batch_kind="demo", batch_label=f"seed={seed} size={size}") as tx:
        idx = tx.device_index(demo_device, name=f"demo (seed {seed})")  # one name for every language
        assert tx.batch_id is not None
        writer = _Writer(tx.conn, ids, demo_device, idx, tx.batch_id, services.actor, tx.lseq, size, progress, cancel)
        demo = _Demo(writer, rng, anchor, size)
        demo.store = services.attachments.store
        demo.it_landscape()
        for i in range(demo.n_communities):
            demo.community(i)
        demo.awards()
        writer.flush()
        tx.lseq = writer.lseq
        tx.observe(clock.pack(demo.ms(419)))
        return writer.written
