"""A record's status in words with one button per status the core's rules let it move to (the case-study and
nomination editors). A click only asks for the move: the panel saves unsaved edits first, then moves it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class StatusRow(QHBoxLayout):
    """The status label (bold), then the move buttons; ``requested(target)`` is called on a click."""

    def __init__(self, parent: QWidget, requested: Callable[[str], object]) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._parent = parent
        self._requested = requested
        self.label = QLabel(parent)
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        self.buttons: list[QPushButton] = []
        self.addWidget(self.label)
        self.addStretch(1)

    def set_moves(self, targets: Iterable[str], text: Callable[[str], str]) -> None:
        """One button per status in ``targets``, named ``status_<target>``, labelled ``text(target)``."""
        for b in self.buttons:
            self.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        for target in targets:
            button = QPushButton(text(target), self._parent)
            button.setObjectName(f"status_{target}")
            button.clicked.connect(lambda _c=False, t=target: self._requested(t))
            self.addWidget(button)
            self.buttons.append(button)
