"""Export profiles: how much of each record leaves this computer (個人情報保護法).

Each person carries a consent scope (internal / joint use / public). A bundle is written with one
profile, recorded in its manifest and in the export log (the record of provision):

- ``internal``: everything, for this organisation's own computers (internal use, not a provision to
  a third party). The default, and the only profile whose bundles are *complete*.
- ``member``: joint use (共同利用) with the community's member organisations: every record, except
  people who consented to internal use only (and the records that need them).
- ``redacted``: a roster: communities, memberships, and the names of people who consented to joint
  use or publication; nothing else.
- ``public``: only what may be published: people who consented to publication (name, reading,
  organisation, title), case studies with publication consent, and public facts about organisations,
  communities, tools, events and award programs; no registrations, meetings, follow-ups or judging.

Rules that make partial bundles safe on import: a field a profile leaves out is *absent* from the
bundle, never sent blank, so it can never overwrite richer data on the receiving side; a record that
needs (a required reference to) a left-out record is left out too; an optional reference to a
left-out record is left out as a field; attachments travel only when an included record uses them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from mitake_desktop.core.schema import BY_TYPE, ENTITIES

PROFILES = ("internal", "member", "redacted", "public")
DEFAULT_PROFILE = "internal"


@dataclass(frozen=True)
class TypeRule:
    fields: frozenset[str] | None = None  # None: every field
    row: Callable[[Mapping[str, Any]], bool] | None = None  # which records may go
    row_fields: tuple[str, ...] = ()  # fields ``row`` reads
    referenced_only: bool = False  # only when an included record points at it (attachments)


def _consent(*scopes: str) -> TypeRule:
    allowed = frozenset(scopes)
    return TypeRule(row=lambda r: r.get("consent_scope") in allowed, row_fields=("consent_scope",))


_ALL = TypeRule()
_REFERENCED = TypeRule(referenced_only=True)


def _without(type_name: str, *names: str) -> frozenset[str]:
    return frozenset(BY_TYPE[type_name].field_names) - set(names)


RULES: dict[str, dict[str, TypeRule]] = {
    "internal": {e.type: _ALL for e in ENTITIES},
    "member": {e.type: _ALL for e in ENTITIES} | {
        "person": _consent("joint_use", "public"),
        "attachment": _REFERENCED,
    },
    "redacted": {
        "community": _ALL,
        "membership": _ALL,
        "person": TypeRule(fields=frozenset({"name", "reading"}), row=_consent("joint_use", "public").row,
                           row_fields=("consent_scope",)),
    },
    "public": {
        "organisation": TypeRule(fields=frozenset({"name", "name_kana", "kind", "prefecture", "city", "industry",
                                                   "employees_band", "capital_band", "website"})),
        "community": _ALL,
        "person": TypeRule(fields=frozenset({"name", "reading", "organisation_id", "title"}),
                           row=_consent("public").row, row_fields=("consent_scope",)),
        "membership": _ALL,
        "it_tool": _ALL,
        "opinion_leader_profile": TypeRule(fields=_without("opinion_leader_profile", "how_found", "found_note")),
        "event": TypeRule(fields=_without("event", "notes")),
        "attachment": _REFERENCED,
        "case_study": TypeRule(row=lambda r: r.get("publication_consent") is True,
                               row_fields=("publication_consent",)),
        "case_figure": _ALL,
        "award_program": _ALL,
        "award_criterion": _ALL,
    },
}


def rule(profile: str, type_name: str) -> TypeRule | None:
    """The rule for ``type_name`` under ``profile``; None when the type does not go at all."""
    return RULES[profile].get(type_name)
