"""What an event report shows, as plain data, and the attendance list as CSV for Japanese Excel.

The PDF is drawn by :mod:`mitake_desktop.rendering.event_report` (it needs Qt); this module gathers
the figures, so the GUI, the command line and tests all see the same numbers.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.events.common import PRESENT_STATUSES, AttendanceCounts, participants_query
from mitake_desktop.core.events.followups import FollowUpRow, FollowUpService
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.schema import spec
from mitake_desktop.core.storage.tables import ENTITY_TABLES

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

MAX_COMMENTS = 5


@dataclass(frozen=True)
class EventReport:
    event_id: str
    title: str
    kind: str
    kind_label: str
    starts_at: str
    ends_at: str | None
    venue: str
    format_label: str
    status_label: str
    community: str
    organiser: str
    capacity: int | None
    counts: AttendanceCounts
    by_industry: list[tuple[str, int]]  # attendees (attended + walk-ins) by their organisation's industry
    by_employees: list[tuple[str, int]]  # … and by its employees band, in band order
    topics: list[str]
    speakers: list[str]
    satisfaction: dict[int, int]  # score 1–5 → answers
    satisfaction_average: float | None
    comments: list[str]
    follow_ups: list[FollowUpRow]
    follow_up_status: list[tuple[str, int]]
    meeting_outcomes: list[tuple[str, int]] = field(default_factory=list)  # 商談会 only
    generated_on: str = ""

    @property
    def responses(self) -> int:
        return sum(self.satisfaction.values())


def event_report(services: Services, event_id: str, *, today: date | None = None) -> EventReport:
    """Everything the one-page report shows, in the current language."""
    records = services.records
    with services.db.read() as conn:
        event = records.get_in(conn, "event", event_id)
        rows = conn.execute(participants_query(event_id)).all()
        m = ENTITY_TABLES["matching_meeting"]
        outcomes = [o for (o,) in conn.execute(select(m.c.outcome).where(m.c.event_id == event_id,
                                                                        m.c.deleted.is_(False)))]
    counts = AttendanceCounts.from_statuses(r.status for r in rows)
    present = [r for r in rows if r.status in PRESENT_STATUSES]
    unknown = msg("report_unknown")

    def tally(keys: list[str | None], list_name: str) -> list[tuple[str, int]]:
        n: dict[str | None, int] = {}
        for k in keys:
            n[k] = n.get(k, 0) + 1
        order = [c.key for c in reference.choices(list_name)]
        known = [(reference.label(list_name, k), n[k]) for k in order if k in n]
        if list_name == "industry":
            known.sort(key=lambda item: -item[1])
        return known + ([(unknown, n[None])] if None in n else [])

    scores: dict[int, int] = dict.fromkeys(range(1, 6), 0)
    # Several participants often write the same short comment (a survey's ready-made answers): it is
    # listed once, with how many wrote it, so the page's few lines show different comments.
    said: dict[str, list[str]] = {}
    for r in rows:
        if r.satisfaction is not None and 1 <= int(r.satisfaction) <= 5:
            scores[int(r.satisfaction)] += 1
        if r.comment and r.comment.strip():
            said.setdefault(" ".join(unicodedata.normalize("NFKC", r.comment).split()), []).append(r.comment.strip())
    ranked = sorted(said.values(), key=len, reverse=True)[:MAX_COMMENTS]  # stable: first written first among equals
    comments = [texts[0] + (msg("report_comment_times", n=len(texts)) if len(texts) > 1 else "") for texts in ranked]
    answered = sum(scores.values())
    average = (sum(s * n for s, n in scores.items()) / answered) if answered else None
    follow_ups = FollowUpService(services).for_event(event_id, today=today)
    status_n: dict[str, int] = {}
    for fu in follow_ups:
        status_n[fu.status] = status_n.get(fu.status, 0) + 1
    outcome_n: dict[str, int] = {}
    for o in outcomes:
        outcome_n[o] = outcome_n.get(o, 0) + 1
    titles = records.titles("person", event["speaker_ids"] or [])
    return EventReport(
        event_id=event_id,
        title=event["title"],
        kind=event["kind"],
        kind_label=reference.label("event_kind", event["kind"]),
        starts_at=event["starts_at"],
        ends_at=event["ends_at"],
        venue=event["venue"] or "",
        format_label=reference.label("event_format", event["format"]),
        status_label=reference.label("event_status", event["status"]),
        community=records.titles("community", [event["community_id"]]).get(event["community_id"] or "", ""),
        organiser=records.titles("organisation", [event["organiser_id"]]).get(event["organiser_id"] or "", ""),
        capacity=event["capacity"],
        counts=counts,
        by_industry=tally([r.industry for r in present], "industry"),
        by_employees=tally([r.employees_band for r in present], "employees_band"),
        topics=[reference.label("topic", t) for t in event["topics"] or []],
        speakers=[titles[s] for s in event["speaker_ids"] or [] if s in titles],
        satisfaction=scores,
        satisfaction_average=average,
        comments=comments,
        follow_ups=follow_ups,
        follow_up_status=[(reference.label("follow_up_status", c.key), status_n[c.key])
                          for c in reference.choices("follow_up_status") if c.key in status_n],
        meeting_outcomes=[(reference.label("meeting_outcome", c.key), outcome_n[c.key])
                          for c in reference.choices("meeting_outcome") if c.key in outcome_n],
        generated_on=(today or date.today()).isoformat(),
    )


# -- the attendance list -------------------------------------------------------------------------

_FORMULA_START = re.compile(r"^[=@\t\r]|^[+\-](?![\d\s()-]*$)")


def excel_safe(value: object) -> str:
    """A cell Excel will show as text: a leading = + - @ would start a formula (CSV injection).

    Phone numbers such as +81-3-1234-5678 are left alone.
    """
    text = "" if value is None else str(value)
    return "'" + text if _FORMULA_START.match(text) else text


def write_attendance_csv(services: Services, event_id: str, target: Path, *, include_all: bool = False) -> int:
    """The attendance list (attended and walk-ins; everyone with ``include_all``) as CSV for Excel.

    UTF-8 with BOM and CRLF line ends, so Japanese Excel opens it correctly by double-click; the
    header row is in the current language (Japanese by default). Returns the number of data rows.
    """
    person, reg = spec("person"), spec("registration")
    columns = [
        (person.field("name").label, "name"), (person.field("reading").label, "reading"),
        (person.field("organisation_id").label, "organisation"), (person.field("title").label, "title"),
        (reg.field("participant_role").label, "participant_role"), (reg.field("status").label, "status"),
        (reg.field("checked_in_at").label, "checked_in_at"), (reg.field("satisfaction").label, "satisfaction"),
        (reg.field("comment").label, "comment"), (person.field("email").label, "email"),
        (person.field("phone").label, "phone"),
    ]
    with services.db.read() as conn:
        services.records.get_in(conn, "event", event_id)
        rows = conn.execute(participants_query(event_id)).all()
    if not include_all:
        rows = [r for r in rows if r.status in PRESENT_STATUSES]
    target = Path(target)
    if not target.parent.is_dir():  # a mistyped folder is refused, never created (like --db)
        raise MitakeError(msg("db_no_dir", path=target.parent))
    tmp = target.with_name(f".tmp-{uuid.uuid4().hex}.csv")
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow([str(label) for label, _ in columns])
            for r in rows:
                values = {
                    "name": r.name, "reading": r.reading, "organisation": r.organisation, "title": r.title,
                    "participant_role": reference.label("participant_role", r.participant_role),
                    "status": reference.label("registration_status", r.status),
                    "checked_in_at": (r.checked_in_at or "").replace("T", " "),
                    "satisfaction": r.satisfaction, "comment": r.comment, "email": r.email, "phone": r.phone,
                }
                writer.writerow([excel_safe(values[key]) for _, key in columns])
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(rows)
