"""Words the sync screens share: profile names and what each leaves out, summary counts, conflict states.

Translated when called (the language can change while the app runs); the literal strings stay in the
``translate`` calls so ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from mitake_desktop.core.i18n import language
from mitake_desktop.core.schema import BY_TYPE, ENTITIES
from mitake_desktop.gui import formatting

if TYPE_CHECKING:
    from mitake_desktop.core.sync.conflicts import Conflict

PROFILES = ("internal", "member", "redacted", "public")
# The merge outcome, in the order people read it (the keys of the core's summary).
OUTCOMES = ("added", "updated", "unchanged", "deleted", "revived", "conflicts", "kept", "pending", "quarantined",
            "blobs")
# Counts told only as a note under the outcome grid (rare, and not a change to any record).
NOTED = ("resolved_remote", "look_alikes")


def profile_label(profile: str) -> str:
    labels = {
        "internal": QCoreApplication.translate("SyncTexts", "Internal (our own computers)"),
        "member": QCoreApplication.translate("SyncTexts", "Joint use (member organisations)"),
        "redacted": QCoreApplication.translate("SyncTexts", "Redacted (names and communities)"),
        "public": QCoreApplication.translate("SyncTexts", "Public (consented to publication)"),
    }
    return labels.get(profile, profile)


def profile_short(profile: str) -> str:
    """The profile in a word, for table cells (the label says whom it is for)."""
    labels = {
        "internal": QCoreApplication.translate("SyncTexts", "Internal"),
        "member": QCoreApplication.translate("SyncTexts", "Joint use"),
        "redacted": QCoreApplication.translate("SyncTexts", "Redacted"),
        "public": QCoreApplication.translate("SyncTexts", "Public"),
    }
    return labels.get(profile, profile)


def profile_explanation(profile: str) -> str:
    """One line: who the profile is for, and what it leaves out."""
    texts = {
        "internal": QCoreApplication.translate(
            "SyncTexts", "Everything, for your own organisation's laptops. Leaves nothing out."),
        "member": QCoreApplication.translate(
            "SyncTexts", "For joint use with the community's member organisations. Leaves out people who consented "
            "to internal use only, and what needs them (their memberships, registrations…)."),
        "redacted": QCoreApplication.translate(
            "SyncTexts", "A roster: communities, memberships, and the names of people who consented to joint use or "
            "publication. Leaves out contacts, organisations, events, case studies and everything else."),
        "public": QCoreApplication.translate(
            "SyncTexts", "Only what may be published: people who consented to publication (name, organisation, "
            "title), published case studies, public facts. Leaves out contacts, notes, registrations, meetings, "
            "follow-ups and judging."),
    }
    return texts.get(profile, "")


def outcome_label(key: str) -> str:
    labels = {
        "added": QCoreApplication.translate("SyncTexts", "Added"),
        "updated": QCoreApplication.translate("SyncTexts", "Updated"),
        "unchanged": QCoreApplication.translate("SyncTexts", "Unchanged"),
        "deleted": QCoreApplication.translate("SyncTexts", "Deleted"),
        "revived": QCoreApplication.translate("SyncTexts", "Brought back"),
        "conflicts": QCoreApplication.translate("SyncTexts", "Conflicts"),
        "kept": QCoreApplication.translate("SyncTexts", "Replaced texts kept"),
        "pending": QCoreApplication.translate("SyncTexts", "Waiting for their parent"),
        "quarantined": QCoreApplication.translate("SyncTexts", "Quarantined (clock ahead)"),
        "blobs": QCoreApplication.translate("SyncTexts", "New attachments"),
    }
    return labels.get(key, key)


def outcome_note(key: str, n: int) -> str:
    """What a non-zero count means for the user, or ''."""
    if not n:
        return ""
    notes = {
        "revived": QCoreApplication.translate(
            "SyncTexts", "{n} deleted records come back: they were edited elsewhere after the delete."),
        "conflicts": QCoreApplication.translate(
            "SyncTexts", "{n} fields were changed here and on the other computer: both values are kept for you to "
            "review on the Conflicts page."),
        "kept": QCoreApplication.translate(
            "SyncTexts", "{n} texts replaced by the other computer's later edit are kept on the Conflicts page."),
        "pending": QCoreApplication.translate(
            "SyncTexts", "{n} records wait for the records they refer to and apply when those arrive."),
        "quarantined": QCoreApplication.translate(
            "SyncTexts", "{n} changes carry a time more than a day ahead and are held back: check the sender's "
            "clock."),
        "resolved_remote": QCoreApplication.translate(
            "SyncTexts", "{n} conflicts were resolved on the other computer: they are closed here too."),
        "look_alikes": QCoreApplication.translate(
            "SyncTexts", "{n} people added have the same e-mail (or name and phone) as someone already here: "
            "the same person may have been entered on both computers. Check them on the People page."),
    }
    text = notes.get(key)
    return text.format(n=formatting.format_int(n)) if text else ""


def summary_line(counts: Mapping[str, Any]) -> str:
    """The non-zero outcomes on one line (added 3, updated 1, conflicts 2); 'no changes' when none."""
    sep = "、" if language() == "ja" else ", "
    parts = [f"{outcome_label(k)} {formatting.format_int(int(counts.get(k, 0)))}"
             for k in OUTCOMES if k != "unchanged" and counts.get(k)]
    if not parts:
        return QCoreApplication.translate("SyncTexts", "no changes")
    return sep.join(parts)


def per_type_rows(records: Mapping[str, int]) -> list[tuple[str, str]]:
    """(plural label, count) per record type, in the schema's order."""
    return [(str(e.plural), formatting.format_int(records[e.type])) for e in ENTITIES if records.get(e.type)]


def records_line(records: Mapping[str, int], *, limit: int = 4) -> str:
    """The largest record types of a bundle on one line (人物 80、参加登録 60、…)."""
    sep = "、" if language() == "ja" else ", "
    top = sorted(((n, t) for t, n in records.items() if n), key=lambda x: (-x[0], x[1]))
    parts = [f"{BY_TYPE[t].plural if t in BY_TYPE else t} {formatting.format_int(n)}" for n, t in top[:limit]]
    if len(top) > limit:
        parts.append("…")
    return sep.join(parts)


def exchange_contents(direction: str, counts: Mapping[str, Any], *, detailed: bool = False) -> str:
    """An export's records and attachments, or an import's outcome."""
    if direction == "export":
        records = counts.get("records") or {}
        total = sum(int(v) for v in records.values())
        text = QCoreApplication.translate("SyncTexts", "{records} records, {blobs} attachments").format(
            records=formatting.format_int(total), blobs=formatting.format_int(int(counts.get("blobs", 0))))
        if detailed and records:
            text += "\n" + records_line(records, limit=len(records))
        return text
    return summary_line(counts)


def device_name(name: str, device_id: str) -> str:
    return name or device_id[:8]


def answered_by(conflict: Conflict) -> str:
    """The computer that answered a conflict resolved there ('' for the others)."""
    if not conflict.resolved_by:
        return ""
    return device_name(conflict.resolved_by_name, conflict.resolved_by)


def conflict_status(status: str, resolution: str | None = None, device: str = "") -> str:
    """``device``: for a conflict resolved on the other computer, that computer's name (when known)."""
    if status == "open":
        return QCoreApplication.translate("SyncTexts", "Open")
    if status == "kept":
        return QCoreApplication.translate("SyncTexts", "Kept (replaced text)")
    choice = {
        "mine": QCoreApplication.translate("SyncTexts", "Resolved: kept mine"),
        "theirs": QCoreApplication.translate("SyncTexts", "Resolved: kept theirs"),
        "edit": QCoreApplication.translate("SyncTexts", "Resolved: edited"),
        "remote": QCoreApplication.translate("SyncTexts", "Resolved on the other computer"),
    }
    if resolution == "remote" and device:
        return QCoreApplication.translate("SyncTexts", "Resolved on the other computer ({device})").format(
            device=device)
    return choice.get(resolution or "", QCoreApplication.translate("SyncTexts", "Resolved"))


def trust_label(trust: str) -> str:
    labels = {
        "local": QCoreApplication.translate("SyncTexts", "This computer"),
        "trusted": QCoreApplication.translate("SyncTexts", "Trusted"),
        "untrusted": QCoreApplication.translate("SyncTexts", "Not trusted yet"),
        "unknown": QCoreApplication.translate("SyncTexts", "New device, not trusted yet"),
        "key_changed": QCoreApplication.translate("SyncTexts", "Signing key changed (refused)"),
    }
    return labels.get(trust, trust)
