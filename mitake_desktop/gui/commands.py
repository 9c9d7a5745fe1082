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

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.schema import spec
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
        labels = "、".join(str(entity.field(n).label) for n in changes) if len(changes) <= 3 else ""
        super().__init__(ctx, type_name, text or QCoreApplication.translate("Commands", "Edit {type} {fields}").format(type=entity.label, fields=labels))
        self.record_id = record_id
        self.changes = dict(changes)
        self.old: dict[str, Any] = {}
        self.new: dict[str, Any] = {}

    def first(self) -> dict[str, Any]:
        assert self.record_id is not None
        records = self.ctx.services.records
        before = records.get(self.type_name, self.record_id)
        after = records.update(self.type_name, self.record_id, self.changes)
        # Remember only what really changed, as the service stored it.
        self.new = {k: after[k] for k in self.changes if after[k] != before[k]}
        self.old = {k: before[k] for k in self.new}
        if not self.new:
            self.setObsolete(True)  # nothing changed: nothing to undo
        return after

    def do(self) -> None:
        assert self.record_id is not None
        self.ctx.services.records.update(self.type_name, self.record_id, self.new)

    def revert(self) -> None:
        assert self.record_id is not None
        self.ctx.services.records.update(self.type_name, self.record_id, self.old)


class DeleteRecordCommand(RecordCommand):
    def __init__(self, ctx: AppContext, type_name: str, record_id: str) -> None:
        super().__init__(ctx, type_name, QCoreApplication.translate("Commands", "Delete {type}").format(type=spec(type_name).label))
        self.record_id = record_id

    def first(self) -> None:
        assert self.record_id is not None
        self.ctx.services.records.delete(self.type_name, self.record_id)

    def do(self) -> None:
        self.first()

    def revert(self) -> None:
        assert self.record_id is not None
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
