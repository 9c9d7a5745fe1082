"""What every page needs, handed over once: the services, the undo stack, the change bus, the task runner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services
    from mitake_desktop.gui.workers import TaskRunner


class DataBus(QObject):
    """Tells views what changed, so each refreshes only what it shows (Anki's "operations return changes")."""

    changed = Signal(str, list)  # record type, ids (empty: anything of that type)
    reset = Signal()  # everything may have changed (demo data loaded, a bundle imported)
    editing_changed = Signal()  # a form gained or lost unsaved edits (the window's modified mark)

    def notify(self, type_name: str, ids: Sequence[str] = ()) -> None:
        self.changed.emit(type_name, list(ids))


@dataclass
class AppContext:
    services: Services
    undo: QUndoStack
    bus: DataBus
    tasks: TaskRunner
    window: QWidget
    # Navigation, set by the main window: open a record on the page that shows its type.
    open_record: Callable[[str, str], bool] = field(default=lambda _type, _id: False)
