"""The nomination packet from the GUI: choose the program, the language, the dates (和暦 or 西暦) and a new or empty
folder; the packet is written by a worker with a cancellable progress dialog, then the window says where it went.

Rendering in the worker is safe: Qt documents QPainter on QPrinter-type paint devices (QPdfWriter is one) and
QTextDocument with its layout classes as usable outside the GUI thread, and text rendering in threads is
supported since Qt 5. The renderer loads images as QImage (thread-safe), never QPixmap, and creates its
QPdfWriter and QTextDocument in the worker, which keeps them; nothing it touches belongs to a widget. The
export test runs it this way under the test suite's "Qt warnings fail" rule.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core.i18n import language, msg
from mitake_desktop.gui import dialogs, formatting
from mitake_desktop.gui.context import AppContext
from mitake_desktop.gui.models import Column, RecordTableModel

if TYPE_CHECKING:
    from mitake_desktop.core.exports.nomination_packet import PacketResult
    from mitake_desktop.gui.workers import Task


def default_folder_name(program_name: str, today: date | None = None) -> str:
    """A new folder's name: the program and the date, safe on every file system."""
    from mitake_desktop.core.exports.nomination_packet import safe_filename

    return safe_filename(f"{program_name} {(today or date.today()).isoformat()}", fallback="nominations")


def folder_problem(path: Path) -> str | None:
    """Why ``path`` cannot take a packet (it must be new or empty), or None."""
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        return msg("packet_out_not_empty", path=path)
    return None


class ExportPacketDialog(QDialog):
    """Program, language, dates and folder of a nomination packet."""

    def __init__(self, ctx: AppContext, program_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export nomination packet"))
        self.running_label = self.tr("Writing the nomination packet…")
        self.programs = RecordTableModel(ctx.services, "award_program", (Column("name", "sort"),), parent=self)
        self.program = QComboBox(self)
        self.program.setModel(self.programs)
        self.program.setAccessibleName(self.tr("Award program"))
        if program_id:
            row = self.programs.locate(program_id)
            if row is not None:
                self.program.setCurrentIndex(row)
        self.lang = QComboBox(self)
        self.lang.addItem("日本語", "ja")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(language())))
        self.lang.setAccessibleName(self.tr("Language of the documents"))
        self.era = QComboBox(self)
        self.era.addItem(self.tr("Japanese era (令和8年6月1日)"), "wareki")
        self.era.addItem(self.tr("Western calendar (2026年6月1日)"), "seireki")
        self.era.setAccessibleName(self.tr("Dates"))
        self.era.setCurrentIndex(0 if formatting.era() == formatting.JAPANESE or language() == "ja" else 1)
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.setPlaceholderText(self.tr("A new or empty folder"))
        self.folder.textChanged.connect(self._check)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        note = QLabel(self.tr("One PDF per nomination, a CSV for Excel and a JSON file, with the photos. People who "
                              "did not consent to publication appear by their role only; case studies whose firm "
                              "has not consented to publication are left out."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Award program"), self.program)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Dates"), self.era)
        form.addRow(self.tr("Folder"), folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(620, 0)
        self._check()

    def program_id(self) -> str | None:
        return self.programs.record_id(self.program.currentIndex()) if self.program.currentIndex() >= 0 else None

    def choose_folder(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Folder for the nomination packet"), self.folder.text())
        if chosen is None:
            return
        if folder_problem(chosen) is not None:
            # A folder with files in it: the packet goes into a new folder inside it, named after the program.
            chosen = chosen / default_folder_name(self.program.currentText())
        self.folder.setText(str(chosen))

    def target(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    def _check(self) -> None:
        target = self.target()
        problem = folder_problem(target) if target is not None else None
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(target is not None and problem is None and self.program_id() is not None)

    def values(self) -> dict[str, Any]:
        return {"program_id": self.program_id(), "out": self.target(), "lang": self.lang.currentData(),
                "era": self.era.currentData()}


def export_packet_dialog(ctx: AppContext, parent: QWidget | None, program_id: str | None = None) -> Task | None:
    """Ask for the packet's settings, then write it in a worker; the window reports where it went."""
    dialog = ExportPacketDialog(ctx, program_id, parent)
    try:
        if not dialogs.exec_dialog(dialog):
            return None
        values = dialog.values()
        label = dialog.running_label
    finally:
        dialog.deleteLater()
    if values["program_id"] is None or values["out"] is None:
        return None
    return start_export(ctx, parent, values["program_id"], values["out"], lang=values["lang"], era=values["era"],
                        label=label)


def start_export(ctx: AppContext, parent: QWidget | None, program_id: str, out: Path, *, lang: str, era: str,
                 label: str) -> Task:
    from mitake_desktop.core.exports.nomination_packet import export_packet, result_message
    from mitake_desktop.rendering.nomination_pdf import render_nomination_pdf

    services = ctx.services

    def work(progress: Any, cancelled: Any) -> PacketResult:
        return export_packet(services, program_id, out, renderer=render_nomination_pdf, lang=lang, era=era,
                             progress=progress, cancel=cancelled)

    def done(result: PacketResult) -> None:
        dialogs.information(parent, result_message(result))

    # Failures come back as the core's plain sentence (folder not empty, cannot write: nothing half written).
    return ctx.tasks.start(work, parent=parent, label=label, on_done=done)

