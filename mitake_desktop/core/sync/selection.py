"""Which records a partial bundle holds: a subset by community and/or a profile other than internal.

A record *belongs* to the chosen communities when it hangs off one of them (members, leaders,
events and their registrations, meetings and follow-ups, case studies and their figures, nominations
of those and their scores); the bundle then also holds everything those records reference, so the
receiver never waits for a parent. The profile then removes what may not leave this computer (see
:mod:`mitake_desktop.core.sync.profiles`), cascading to records that need a removed one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from mitake_desktop.core.schema import BY_TYPE, ENTITIES, EntitySpec, Kind
from mitake_desktop.core.storage.tables import ENTITY_TABLES
from mitake_desktop.core.sync.profiles import RULES

# type -> (field, parent type): the record belongs to the subset when its parent does.
ANCHORS: dict[str, tuple[str, str]] = {
    "membership": ("community_id", "community"),
    "opinion_leader_profile": ("community_id", "community"),
    "event": ("community_id", "community"),
    "case_study": ("community_id", "community"),
    "registration": ("event_id", "event"),
    "matching_meeting": ("event_id", "event"),
    "follow_up": ("event_id", "event"),
    "case_figure": ("case_study_id", "case_study"),
    "nomination_score": ("nomination_id", "nomination"),
}
NOMINEE = ("nominee_type", "nominee_id")


def links(entity: EntitySpec, m: Mapping[str, Any], names: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
    """(field, target type, target id) for every reference a record makes (refs, lists, photos, nominee)."""
    out: list[tuple[str, str, str]] = []
    allowed = None if names is None else set(names)
    for f in entity.fields:
        if allowed is not None and f.name not in allowed:
            continue
        value = m.get(f.name)
        if value in (None, [], ""):
            continue
        if f.kind is Kind.REF:
            assert f.target is not None
            out.append((f.name, f.target, value))
        elif f.kind is Kind.REFS:
            assert f.target is not None
            out += [(f.name, f.target, v) for v in value]
        elif f.kind is Kind.SHA256S:
            out += [(f.name, "attachment", v) for v in value]
    if entity.type == "nomination" and (allowed is None or NOMINEE[1] in allowed):
        nt, ni = m.get(NOMINEE[0]), m.get(NOMINEE[1])
        if nt in BY_TYPE and ni:
            out.append((NOMINEE[1], nt, ni))
    return out


def _needed_columns(entity: EntitySpec, profile: str) -> list[str]:
    names = {f.name for f in entity.fields if f.kind in (Kind.REF, Kind.REFS, Kind.SHA256S)}
    if entity.type == "nomination":
        names |= set(NOMINEE)
    rule = RULES[profile].get(entity.type)
    if rule is not None:
        names |= set(rule.row_fields)
    return sorted(names)


@dataclass
class Plan:
    """The records a partial bundle holds, and those it must not mention."""

    include: dict[str, set[str]] = field(default_factory=dict)
    excluded: dict[str, set[str]] = field(default_factory=dict)

    def omitted_fields(self, entity: EntitySpec, m: Mapping[str, Any], allowed: Iterable[str]) -> set[str]:
        """Fields of an included record that point at an excluded record: left out, never blanked."""
        return {name for name, target, rid in links(entity, m, allowed) if rid in self.excluded.get(target, ())}


def plan(conn: Connection, profile: str, communities: Iterable[str]) -> Plan:
    rules = RULES[profile]
    meta: dict[str, dict[str, dict[str, Any]]] = {}
    for entity in ENTITIES:
        t = ENTITY_TABLES[entity.type]
        cols = [t.c.id] + [t.c[n] for n in _needed_columns(entity, profile)]
        meta[entity.type] = {row.id: dict(row._mapping) for row in conn.execute(select(*cols))}

    # What the profile keeps out, cascading along required references (parents come first).
    excluded: dict[str, set[str]] = {}
    for entity in ENTITIES:
        rule = rules.get(entity.type)
        required = [f for f in entity.refs if f.required]
        out: set[str] = set()
        for rid, m in meta[entity.type].items():
            if rule is None or (rule.row is not None and not rule.row(m)):
                out.add(rid)
                continue
            for f in required:
                assert f.target is not None
                if m.get(f.name) in excluded.get(f.target, ()):
                    out.add(rid)
                    break
            else:
                if entity.type == "nomination":
                    nt, ni = m.get(NOMINEE[0]), m.get(NOMINEE[1])
                    if nt in excluded and ni in excluded[nt]:
                        out.add(rid)
        excluded[entity.type] = out

    chosen = set(communities)
    if chosen:
        include: dict[str, set[str]] = {e.type: set() for e in ENTITIES}
        include["community"] = chosen & set(meta["community"])
        members: set[str] = set()
        for entity in ENTITIES:
            anchor = ANCHORS.get(entity.type)
            if anchor is not None:
                name, parent = anchor
                include[entity.type] |= {rid for rid, m in meta[entity.type].items() if m.get(name) in include[parent]}
            if entity.type == "membership":
                members = {meta["membership"][rid]["person_id"] for rid in include["membership"]}
            if entity.type == "nomination":
                for rid, m in meta["nomination"].items():
                    nt, ni = m.get(NOMINEE[0]), m.get(NOMINEE[1])
                    if (nt in ("community", "case_study") and ni in include[nt]) or (nt == "person" and ni in members):
                        include["nomination"].add(rid)
        # Everything the chosen records reference comes along (transitively), so nothing waits.
        queue = [(t, rid) for t, ids in include.items() for rid in ids]
        while queue:
            type_name, rid = queue.pop()
            found = meta[type_name].get(rid)
            if found is None:
                continue
            for _name, target, tid in links(BY_TYPE[type_name], found):
                if tid in meta[target] and tid not in include[target]:
                    include[target].add(tid)
                    queue.append((target, tid))
    else:
        include = {t: set(rows) for t, rows in meta.items()}

    for type_name in include:
        include[type_name] -= excluded[type_name]
    # Attachments go only with a record that uses them (under profiles that say so).
    for entity in ENTITIES:
        rule = rules.get(entity.type)
        if rule is not None and rule.referenced_only:
            used: set[str] = set()
            for other in ENTITIES:
                orule = rules.get(other.type)
                if orule is None:
                    continue
                allowed = orule.fields if orule.fields is not None else other.field_names
                for rid in include[other.type]:
                    m = meta[other.type][rid]
                    used |= {tid for _n, target, tid in links(other, m, allowed) if target == entity.type}
            unused = include[entity.type] - used
            include[entity.type] -= unused
            excluded[entity.type] |= unused
    return Plan(include, excluded)
