"""Undoable edits: each command calls the record service in ``redo``/``undo`` (orange-canvas-core's pattern).

Undo of a creation deletes the record, undo of a deletion restores it (deletes are tombstones, so ids and
references survive), undo of an edit sets the old values back. The first run happens before the command
is pushed (:func:`run`), so a validation error reaches the form and nothing is
pushed; ``redo`` then skips that first call from ``QUndoStack.push``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy import select

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import join_list
from mitake_desktop.core.schema import spec
from mitake_desktop.core.services.records import derives_changes
from mitake_desktop.core.storage.tables import batch
from mitake_desktop.gui import dialogs
from mitake_desktop.gui.context import AppContext


class RecordCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, type_name: str, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.type_name = type_name
        self.record_id: str | None = None
        self._pushed = False

    # Subclasses: first run (may raise ValidationError), then redo / undo.
    def first(self) -> Any:
        raise NotImplementedError

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _guarded(self, fn: Any) -> None:
        try:
            fn()
        except MitakeError as exc:  # e.g. restoring a membership whose community was deleted since
            dialogs.show_error(self.ctx.window, exc)
        finally:
            self.ctx.bus.notify(self.type_name, [self.record_id] if self.record_id else [])

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo: the work was done by first()
            self._pushed = True
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.revert)


class CreateRecordCommand(RecordCommand):
    def __init__(self, ctx: AppContext, type_name: str, values: Mapping[str, Any]) -> None:
        super().__init__(ctx, type_name, QCoreApplication.translate("Commands", "Add {type}").format(type=spec(type_name).label))
        self.values = dict(values)

    def first(self) -> dict[str, Any]:
        record = self.ctx.services.records.create(self.type_name, self.values)
        self.record_id = record["id"]
        return record

    def do(self) -> None:
        assert self.record_id is not None
        self.ctx.services.records.restore(self.type_name, self.record_id)

    def revert(self) -> None:
        assert self.record_id is not None
        self.ctx.services.records.delete(self.type_name, self.record_id)


class EditRecordCommand(RecordCommand):
    def __init__(self, ctx: AppContext, type_name: str, record_id: str, changes: Mapping[str, Any],
                 text: str | None = None) -> None:
        entity = spec(type_name)
        labels = join_list(str(entity.field(n).label) for n in changes) if len(changes) <= 3 else ""
        super().__init__(ctx, type_name, text or QCoreApplication.translate("Commands", "Edit {type} {fields}").format(type=entity.label, fields=labels))
        self.record_id = record_id
        self.changes = dict(changes)
        self.old: dict[str, Any] = {}
        self.new: dict[str, Any] = {}
        # When the edit brought other changes with it (a freed seat given to the waitlist), it was
        # written as a batch and is undone as one: batch_id is in effect, or _undone_by undid it.
        self.batch_id: str | None = None
        self._undone_by: str | None = None
        self.derived: dict[str, list[str]] = {}

    def first(self) -> dict[str, Any]:
        assert self.record_id is not None
        services = self.ctx.services
        records = services.records
        before = records.get(self.type_name, self.record_id)
        if derives_changes(self.type_name):
            with services.transactions.begin(batch_kind="edit",
                                             batch_label=f"{self.type_name} {self.record_id}") as tx:
                after = records.update(self.type_name, self.record_id, self.changes, tx=tx)
            self.derived = {t: sorted(ids - {self.record_id}) for t, ids in tx.changed.items()
                            if ids - {self.record_id}}
            if self.derived:
                self.batch_id = tx.batch_id
                self._notify_derived()
        else:
            after = records.update(self.type_name, self.record_id, self.changes)
        # Remember only what really changed, as the service stored it.
        self.new = {k: after[k] for k in self.changes if after[k] != before[k]}
        self.old = {k: before[k] for k in self.new}
        if not self.new:
            self.setObsolete(True)  # nothing changed: nothing to undo
        return after

    def _notify_derived(self) -> None:
        for t, ids in self.derived.items():
            self.ctx.bus.notify(t, ids)

    def do(self) -> None:
        assert self.record_id is not None
        if self._undone_by is not None:
            self.ctx.services.history.undo_batch(self._undone_by)  # undoing the undo puts it all back
            self.batch_id, self._undone_by = undo_batch_for(self.ctx, self._undone_by), None
            self._notify_derived()
            return
        self.ctx.services.records.update(self.type_name, self.record_id, self.new)

    def revert(self) -> None:
        assert self.record_id is not None
        if self.batch_id is not None:
            self.ctx.services.history.undo_batch(self.batch_id)
            self._undone_by, self.batch_id = undo_batch_for(self.ctx, self.batch_id), None
            self._notify_derived()
            return
        self.ctx.services.records.update(self.type_name, self.record_id, self.old)


def undo_batch_for(ctx: AppContext, batch_id: str) -> str:
    """The batch ``history.undo_batch(batch_id)`` just wrote (its label is the batch it undid)."""
    with ctx.services.db.read() as conn:
        found = conn.execute(select(batch.c.id).where(batch.c.kind == "undo", batch.c.label == batch_id)
                             .order_by(batch.c.id.desc()).limit(1)).scalar()
    if found is None:  # cannot happen: undo_batch always records its own batch
        raise RuntimeError(f"no undo batch for {batch_id}")
    return str(found)


class DeleteRecordCommand(RecordCommand):
    def __init__(self, ctx: AppContext, type_name: str, record_id: str) -> None:
        super().__init__(ctx, type_name, QCoreApplication.translate("Commands", "Delete {type}").format(type=spec(type_name).label))
        self.record_id = record_id
        self.batch_id: str | None = None  # set when the deletion brought other changes (see EditRecordCommand)

    def first(self) -> None:
        assert self.record_id is not None
        services = self.ctx.services
        if not derives_changes(self.type_name):
            services.records.delete(self.type_name, self.record_id)
            return
        with services.transactions.begin(batch_kind="delete", batch_label=f"{self.type_name} {self.record_id}") as tx:
            services.records.delete(self.type_name, self.record_id, tx=tx)
        derived = {t: sorted(ids - {self.record_id}) for t, ids in tx.changed.items() if ids - {self.record_id}}
        self.batch_id = tx.batch_id if derived else None
        for t, ids in derived.items():
            self.ctx.bus.notify(t, ids)

    def do(self) -> None:
        self.first()

    def revert(self) -> None:
        assert self.record_id is not None
        if self.batch_id is not None:  # the restore and taking back what the deletion moved, together
            self.ctx.services.history.undo_batch(self.batch_id)
            self.ctx.bus.notify("registration")
            return
        self.ctx.services.records.restore(self.type_name, self.record_id)


def run(ctx: AppContext, command: RecordCommand) -> Any:
    """Do ``command`` now and put it on the undo stack; errors (validation) propagate and push nothing."""
    result = command.first()
    ctx.bus.notify(command.type_name, [command.record_id] if command.record_id else [])
    if command.isObsolete():
        return result
    ctx.undo.push(command)
    return result


class MacroCommand(QUndoCommand):
    """Several record commands as one undo step (bulk delete, bulk status change)."""

    def __init__(self, text: str, commands: list[RecordCommand]) -> None:
        super().__init__(text)
        self.commands = commands
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        for command in self.commands:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


def run_macro(ctx: AppContext, text: str, commands: list[RecordCommand]) -> int:
    """Do several commands as one undo step; returns how many succeeded.

    The first failure is reported and stops the rest; what was done before it stays one undoable step.
    """
    done: list[RecordCommand] = []
    for command in commands:
        try:
            command.first()
        except MitakeError as exc:
            dialogs.show_error(ctx.window, exc)
            break
        command._pushed = True  # its own first redo is already done
        if not command.isObsolete():
            done.append(command)
    if done:
        ctx.undo.push(MacroCommand(text, done))
    if commands:
        ctx.bus.notify(commands[0].type_name)
    return len(done)
