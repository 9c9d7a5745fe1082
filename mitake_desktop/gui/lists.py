"""What each list shows: its columns, its filters, how it is searched, the lists shown under a record.

Plain data, so pages, the record picker and tests share one description per record type.
"""

from __future__ import annotations

from dataclasses import dataclass

from mitake_desktop.core.schema import spec
from mitake_desktop.core.services import Filter
from mitake_desktop.gui.models import Column


@dataclass(frozen=True)
class FilterSpec:
    """A filter above a list. ``kind``: choice (a reference list), ref (a record), date_from / date_to.

    ``via`` filters through a linking type: (link type, its field pointing at this list's record, its field
    pointing at the chosen record) — people by community through their memberships.
    """

    field: str
    kind: str
    op: str = "="
    via: tuple[str, str, str] | None = None


@dataclass(frozen=True)
class ChildSpec:
    """A list of related records shown under the selected record (a community's members)."""

    type: str
    field: str  # the child's reference to the parent


@dataclass(frozen=True)
class ListSpec:
    type: str
    columns: tuple[Column, ...]
    filters: tuple[FilterSpec, ...] = ()
    search: str = "self"  # "self": the global-search index; a REF field: by the referenced record; "like:FIELD"
    children: tuple[ChildSpec, ...] = ()
    order: str = "sort"
    descending: bool = False

    def search_filter(self, text: str) -> Filter | None:
        text = text.strip()
        if not text:
            return None
        if self.search == "self":
            return Filter("", "search", text)
        if self.search.startswith("like:"):
            return Filter(self.search[5:], "like", text)
        return Filter(self.search, "search", text)

    def title(self) -> str:
        return str(spec(self.type).plural)


C = Column
LISTS: dict[str, ListSpec] = {}


def _add(ls: ListSpec) -> None:
    LISTS[ls.type] = ls


_add(ListSpec(
    "organisation",
    (C("name", "sort", width=220), C("kind", width=170), C("prefecture"), C("city"), C("industry", width=180),
     C("employees_band")),
    (FilterSpec("prefecture", "choice"), FilterSpec("industry", "choice"), FilterSpec("kind", "choice")),
    children=(ChildSpec("person", "organisation_id"), ChildSpec("case_study", "organisation_id")),
))
_add(ListSpec(
    "community",
    (C("name", "sort", width=240), C("prefectures", None), C("city"), C("status"), C("founded_on"),
     C("coordinating_org_id", None, width=200)),
    (FilterSpec("prefectures", "choice", "contains"), FilterSpec("industry_focus", "choice", "contains"),
     FilterSpec("status", "choice")),
    children=(ChildSpec("membership", "community_id"), ChildSpec("opinion_leader_profile", "community_id"),
              ChildSpec("event", "community_id"), ChildSpec("case_study", "community_id")),
))
_add(ListSpec(
    "person",
    (C("name", "sort", width=140), C("reading", None, width=140), C("organisation_id", None, width=200),
     C("title"), C("email", width=200), C("consent_scope")),
    (FilterSpec("organisation_id", "ref"), FilterSpec("community", "ref", via=("membership", "person_id", "community_id")),
     FilterSpec("consent_scope", "choice")),
    children=(ChildSpec("membership", "person_id"), ChildSpec("opinion_leader_profile", "person_id"),
              ChildSpec("registration", "person_id")),
))
_add(ListSpec(
    "membership",
    (C("person_id", None, width=140), C("community_id", None, width=200), C("role"), C("since"), C("until")),
    (FilterSpec("community_id", "ref"), FilterSpec("role", "choice")),
    search="person_id",
))
_add(ListSpec(
    "opinion_leader_profile",
    (C("person_id", None, width=140), C("community_id", None, width=200), C("status"), C("how_found"),
     C("industry"), C("employees_band"), C("expertise", width=220)),
    (FilterSpec("community_id", "ref"), FilterSpec("status", "choice"), FilterSpec("industry", "choice"),
     FilterSpec("how_found", "choice")),
    search="person_id",
))
_add(ListSpec(
    "it_tool",
    (C("name", "sort", width=200), C("vendor", width=150), C("category", width=130), C("price_band", width=130),
     C("subsidy_eligible", width=150),
     C("subsidy_program")),
    (FilterSpec("category", "choice"), FilterSpec("price_band", "choice"),
     FilterSpec("fits_industries", "choice", "contains")),
))
_add(ListSpec(
    "event",
    (C("starts_at", "sort", width=150), C("title", width=240), C("kind"), C("community_id", None, width=180),
     C("format"), C("capacity"), C("status")),
    (FilterSpec("community_id", "ref"), FilterSpec("kind", "choice"), FilterSpec("status", "choice"),
     FilterSpec("starts_at", "date_from"), FilterSpec("starts_at", "date_to")),
    children=(ChildSpec("registration", "event_id"), ChildSpec("matching_meeting", "event_id"),
              ChildSpec("follow_up", "event_id")),
    descending=True,
))
_add(ListSpec(
    "registration",
    (C("event_id", None, width=220), C("person_id", None, width=140), C("status"), C("participant_role"),
     C("registered_at", "sort", width=150), C("checked_in_at"), C("satisfaction")),
    (FilterSpec("event_id", "ref"), FilterSpec("status", "choice"), FilterSpec("participant_role", "choice"),
     FilterSpec("registered_at", "date_from"), FilterSpec("registered_at", "date_to")),
    search="person_id",
))
_add(ListSpec(
    "matching_meeting",
    (C("slot_start", "sort", width=150), C("event_id", None, width=200), C("firm_person_id", None),
     C("provider_person_id", None), C("table_no"), C("outcome"), C("it_tool_id", None)),
    (FilterSpec("event_id", "ref"), FilterSpec("outcome", "choice")),
    search="firm_person_id",
))
_add(ListSpec(
    "follow_up",
    (C("due_on", "sort"), C("title", width=220), C("person_id", None), C("organisation_id", None),
     C("owner_id", None), C("topic"), C("status")),
    (FilterSpec("status", "choice"), FilterSpec("topic", "choice"), FilterSpec("due_on", "date_from"),
     FilterSpec("due_on", "date_to")),
    search="like:title",
))
_add(ListSpec(
    "case_study",
    (C("title", "sort", width=280), C("organisation_id", None, width=180), C("prefecture"),
     C("industry", width=160), C("employees_band"), C("status"), C("cost_yen"), C("subsidy_program")),
    (FilterSpec("prefecture", "choice"), FilterSpec("community_id", "ref"), FilterSpec("industry", "choice"),
     FilterSpec("status", "choice"), FilterSpec("subsidy_program", "choice")),
    children=(ChildSpec("case_figure", "case_study_id"),),
))
_add(ListSpec(
    "case_figure",
    (C("sort_order", "sort"), C("kind"), C("metric", width=180), C("unit"), C("period"), C("before"),
     C("after")),
    (FilterSpec("kind", "choice"),),
    search="like:metric",
))
_add(ListSpec(
    "award_program",
    (C("name", "sort", width=260), C("year"), C("organiser", width=200), C("deadline")),
    children=(ChildSpec("award_criterion", "program_id"), ChildSpec("nomination", "program_id")),
    search="like:name",
))
_add(ListSpec(
    "award_criterion",
    (C("sort_order", "sort"), C("name", width=200), C("weight"), C("max_score")),
    search="like:name",
))
_add(ListSpec(
    "nomination",
    (C("title", "sort", width=260), C("program_id", None, width=200), C("nominee_type"),
     C("nominee_id", None, width=200, target_from="nominee_type"), C("status")),
    (FilterSpec("program_id", "ref"), FilterSpec("nominee_type", "choice"), FilterSpec("status", "choice")),
    children=(ChildSpec("nomination_score", "nomination_id"),),
    search="like:title",
))
_add(ListSpec(
    "nomination_score",
    (C("criterion_id", None, width=180), C("reviewer", "sort"), C("score"), C("comment", width=220)),
    search="like:reviewer",
))
_add(ListSpec(
    "attachment",
    (C("original_name", "sort", width=220), C("media_type"), C("size")),
    search="like:original_name",
))


def list_spec(type_name: str) -> ListSpec:
    return LISTS[type_name]
