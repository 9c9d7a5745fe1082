"""Undoable commands around service calls that do more than set fields: a status move with its rules, a refresh
from the case study, a nomination, a program made from a template, a new order of rows, a reviewer's score.

Like :mod:`commands`, each command does its work once before it is pushed (so the service's refusal reaches the
user and nothing is pushed), and undo/redo then set the stored values back and forth. Undo never re-runs the
rule that allowed the change: it restores what was there before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.schema import spec
from mitake_desktop.core.services import Filter
from mitake_desktop.gui import dialogs
from mitake_desktop.gui.commands import EditRecordCommand, RecordCommand, run
from mitake_desktop.gui.context import AppContext

if TYPE_CHECKING:
    from mitake_desktop.gui.record_panel import RecordListPanel


class ServiceEditCommand(EditRecordCommand):
    """A service call that changes one record (``set_status``, ``refresh_from_case_study``…), undone field by field."""

    def __init__(self, ctx: AppContext, type_name: str, record_id: str, text: str, action: Callable[[], Any]) -> None:
        super().__init__(ctx, type_name, record_id, {}, text=text)
        self.action = action

    def first(self) -> Any:
        assert self.record_id is not None
        records = self.ctx.services.records
        before = records.get(self.type_name, self.record_id)
        result = self.action()
        after = records.get(self.type_name, self.record_id)
        names = spec(self.type_name).field_names
        self.new = {k: after.get(k) for k in names if after.get(k) != before.get(k)}
        self.old = {k: before.get(k) for k in self.new}
        if not self.new:
            self.setObsolete(True)
        return result


def edit_shown_record(panel: RecordListPanel, text: str, action: Callable[[str], Any]) -> tuple[bool, Any]:
    """Run ``action(record id)`` on the record ``panel`` shows as one undoable step (a :class:`ServiceEditCommand`
    called ``text``), its unsaved edits saved first; the list is refreshed after. ``(done, what action returned)``:
    not done when no record is shown, the save failed or the service refused (its sentence is shown)."""
    rid = panel.current_id
    if rid is None:
        return False, None
    if panel.form.is_dirty and not panel.save():
        return False, None
    try:
        result = run(panel.ctx, ServiceEditCommand(panel.ctx, panel.type_name, rid, text, lambda: action(rid)))
    except MitakeError as exc:
        dialogs.error(panel, exc.message)
        return False, None
    panel.refresh()
    return True, result


class CreateRecordsCommand(RecordCommand):
    """A service call that creates a record and perhaps its children (a program and its criteria).

    ``children(record)`` lists the ``(type, id)`` of the other records it made; undo deletes them all
    (children first), redo restores them (parent first).
    """

    def __init__(self, ctx: AppContext, type_name: str, text: str, action: Callable[[], dict[str, Any]],
                 children: Callable[[dict[str, Any]], Sequence[tuple[str, str]]] | None = None) -> None:
        super().__init__(ctx, type_name, text)
        self.action = action
        self.children = children
        self.created: list[tuple[str, str]] = []

    def first(self) -> dict[str, Any]:
        record = self.action()
        self.record_id = record["id"]
        self.created = [(self.type_name, record["id"]), *(self.children(record) if self.children else [])]
        return record

    def _notify_children(self) -> None:
        for t in {t for t, _ in self.created[1:]}:
            self.ctx.bus.notify(t)

    def do(self) -> None:
        for t, i in self.created:
            self.ctx.services.records.restore(t, i)
        self._notify_children()

    def revert(self) -> None:
        for t, i in reversed(self.created):
            self.ctx.services.records.delete(t, i)
        self._notify_children()


class ReorderCommand(RecordCommand):
    """A new order of rows (figures of a case study, criteria of a program): ``apply(ids)`` stores an order."""

    def __init__(self, ctx: AppContext, type_name: str, text: str, before: Sequence[str], after: Sequence[str],
                 apply: Callable[[Sequence[str]], None]) -> None:
        super().__init__(ctx, type_name, text)
        self.before = list(before)
        self.after = list(after)
        self.apply = apply

    def first(self) -> None:
        if self.before == self.after:
            self.setObsolete(True)
            return
        self.apply(self.after)

    def do(self) -> None:
        self.apply(self.after)

    def revert(self) -> None:
        self.apply(self.before)


class ScoreCommand(RecordCommand):
    """One reviewer's score (and comment) of one criterion of one nomination, new or changed."""

    def __init__(self, ctx: AppContext, text: str, nomination_id: str, criterion_id: str, reviewer: str,
                 score: float | None, comment: str | None) -> None:
        super().__init__(ctx, "nomination_score", text)
        self.key = (nomination_id, criterion_id, " ".join(reviewer.split()))  # as the service stores it
        self.score = score
        self.comment = comment
        self.created = False
        self.old: dict[str, Any] = {}
        self.new: dict[str, Any] = {}

    def first(self) -> dict[str, Any] | None:
        awards = self.ctx.services.awards
        nomination_id, criterion_id, reviewer = self.key
        found = self.ctx.services.records.list("nomination_score", [
            Filter("nomination_id", "=", nomination_id), Filter("criterion_id", "=", criterion_id),
            Filter("reviewer", "=", reviewer)])
        existing = found[0] if found else None
        if existing is None and self.score is None:
            self.setObsolete(True)  # nothing to clear
            return None
        if existing is not None and self.score is None:
            # Clearing a score removes the row: "not scored yet" is not the same as 0.
            self.record_id = existing["id"]
            self.ctx.services.records.delete("nomination_score", existing["id"])
            self.old, self.new = {"deleted": False}, {"deleted": True}
            return None
        score = self.score if self.score is not None else 0.0
        record = awards.set_score(nomination_id, criterion_id, reviewer, score, self.comment)
        self.record_id = record["id"]
        if existing is None:
            self.created = True
            return record
        self.new = {k: record.get(k) for k in ("score", "comment") if record.get(k) != existing.get(k)}
        self.old = {k: existing.get(k) for k in self.new}
        if not self.new:
            self.setObsolete(True)
        return record

    def do(self) -> None:
        self._apply(self.new, created_state=False)

    def revert(self) -> None:
        self._apply(self.old, created_state=True)

    def _apply(self, values: dict[str, Any], *, created_state: bool) -> None:
        assert self.record_id is not None
        records = self.ctx.services.records
        if self.created:
            (records.delete if created_state else records.restore)("nomination_score", self.record_id)
        elif "deleted" in values:
            (records.delete if values["deleted"] else records.restore)("nomination_score", self.record_id)
        elif values:
            records.update("nomination_score", self.record_id, values)

