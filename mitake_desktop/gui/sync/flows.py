"""Exporting and importing bundles from the app: each long step on the worker, each question through ``dialogs``.

Import is two steps, as in the service: ``prepare_import`` (verify everything and preview the merge; nothing
written) on the worker → the summary, and for a device not trusted yet the trust question with its fingerprint
→ ``commit_import`` on the worker → every page refreshes (``bus.reset``). A refused bundle is one plain
sentence (the core's), never a traceback; a cancel before the commit changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core.i18n import language
from mitake_desktop.gui import dialogs, formatting
from mitake_desktop.gui.sync import texts

if TYPE_CHECKING:
    from mitake_desktop.core.sync import ExportOptions, ExportResult, ImportResult, PreparedImport
    from mitake_desktop.gui.context import AppContext

BUNDLE_SUFFIX = ".mitake"
PASSPHRASE_REASONS = ("encryption.passphrase", "encryption.wrong")


def _phases(progress: Callable[[int, int], None]) -> Callable[[str, int, int], None]:
    """The core reports ``(phase, done, total)``; the progress dialog shows done of total."""
    return lambda _phase, done, total: progress(done, total)


def is_cancelled(exc: BaseException) -> bool:
    from mitake_desktop.core.sync.exporter import Cancelled

    return isinstance(exc, Cancelled)


def bundle_filter() -> str:
    return QCoreApplication.translate("SyncFlows", "Mitake bundles (*.mitake);;All files (*)")


def fixed_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


# -- export ------------------------------------------------------------------------------------


def export_message(result: ExportResult) -> str:
    lines = [QCoreApplication.translate("SyncFlows", "The bundle was written to {path}.").format(path=result.path),
             QCoreApplication.translate(
                 "SyncFlows", "It holds {records} records ({types}) and {blobs} attachments; the data of {people} "
                 "people was provided.").format(
                 records=formatting.format_int(result.total), types=texts.records_line(result.records) or "—",
                 blobs=formatting.format_int(result.blobs), people=formatting.format_int(result.people))]
    kind = (QCoreApplication.translate("SyncFlows", "only what the other computer has not seen yet")
            if result.incremental else QCoreApplication.translate("SyncFlows", "everything"))
    lines.append(QCoreApplication.translate("SyncFlows", "Profile: {profile}; {kind}.").format(
        profile=texts.profile_label(result.profile), kind=kind))
    if result.encrypted:
        lines.append(QCoreApplication.translate(
            "SyncFlows", "Encrypted with your passphrase: tell it to the recipient by another route than the "
            "bundle (by phone, not in the same e-mail)."))
    if result.missing_blobs:
        lines.append(QCoreApplication.translate(
            "SyncFlows", "{n} attachments are not on this computer and were left out.").format(n=result.missing_blobs))
    return "\n\n".join(lines)


def start_export(ctx: AppContext, parent: QWidget, path: Path, options: ExportOptions,
                 on_done: Callable[[ExportResult], None]) -> None:
    """Write a bundle on the worker; ``on_done(result)`` on the GUI thread. A cancel leaves no file behind."""
    sync = ctx.services.sync  # loaded here, on the GUI thread, not half-way on the worker

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ExportResult:
        return sync.export(path, options, progress=_phases(progress), cancel=cancelled)

    def failed(exc: BaseException) -> None:
        if is_cancelled(exc):
            dialogs.information(parent, QCoreApplication.translate(
                "SyncFlows", "The export was cancelled; no bundle was written."))
        else:
            dialogs.show_error(parent, exc)

    ctx.tasks.start(work, parent=parent, label=QCoreApplication.translate("SyncFlows", "Writing the bundle…"), on_done=on_done, on_failed=failed)


# -- import ------------------------------------------------------------------------------------


class ImportSummaryDialog(QDialog):
    """What a verified bundle holds and what importing it would do, shown before anything is written."""

    def __init__(self, prepared: PreparedImport, parent: QWidget | None = None) -> None:
        from mitake_desktop.gui.models import RowsTableModel

        super().__init__(parent)
        self.setObjectName("import_summary")
        self.setWindowTitle(self.tr("Import a bundle"))
        self.prepared = prepared
        manifest, signer, counts = prepared.manifest, prepared.signer, prepared.preview.counts
        heading = QLabel(self.tr("The bundle was checked and nothing is changed yet. Import it?"), self)
        heading.setWordWrap(True)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)

        about = QFormLayout()
        self.signer_label = QLabel(f"{texts.device_name(signer.name, signer.device_id)} — "
                                   f"{texts.trust_label(signer.trust)}", self)
        self.fingerprint_label = QLabel(signer.fingerprint, self)
        self.fingerprint_label.setFont(fixed_font())
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about.addRow(self.tr("Signed by"), self.signer_label)
        about.addRow(self.tr("Fingerprint"), self.fingerprint_label)
        about.addRow(self.tr("Exported"), QLabel(formatting.format_utc(manifest.created_at), self))
        profile = QLabel(f"{texts.profile_label(manifest.profile)}\n{texts.profile_explanation(manifest.profile)}",
                         self)
        profile.setWordWrap(True)
        about.addRow(self.tr("Profile"), profile)
        kind = [self.tr("complete") if manifest.complete else self.tr("partial")]
        if manifest.since:
            kind.append(self.tr("only changes since the last exchange"))
        if manifest.communities:
            kind.append(self.tr("{n} communities").format(n=len(manifest.communities)))
        if manifest.encrypted:
            kind.append(self.tr("encrypted"))
        sep = "、" if language() == "ja" else ", "
        about.addRow(self.tr("Kind"), QLabel(sep.join(kind), self))
        about.addRow(self.tr("File"), QLabel(prepared.source.name, self))

        outcome = QGroupBox(self.tr("What importing would do"), self)
        grid = QGridLayout(outcome)
        self.outcome_values: dict[str, QLabel] = {}
        for i, key in enumerate(texts.OUTCOMES):
            value = QLabel(formatting.format_int(int(counts.get(key, 0))), outcome)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if counts.get(key) and key in ("conflicts", "revived", "pending", "quarantined", "kept"):
                value.setFont(bold)
            self.outcome_values[key] = value
            grid.addWidget(QLabel(texts.outcome_label(key), outcome), i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
        notes = [texts.outcome_note(k, int(counts.get(k, 0))) for k in texts.OUTCOMES + texts.NOTED]
        self.notes = QLabel("\n".join(n for n in notes if n), self)
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(self.notes.text()))

        self.types = RowsTableModel([self.tr("Record type"), self.tr("Records in the bundle")],
                                    texts.per_type_rows(manifest.counts.get("records") or {}), self)
        table = QTableView(self)
        table.setModel(self.types)
        table.setAccessibleName(self.tr("Records in the bundle"))
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 220)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(about)
        left.addWidget(outcome)
        left.addWidget(self.notes)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(table, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)


def trust_question(prepared: PreparedImport) -> str:
    signer = prepared.signer
    if prepared.from_this_device:
        return QCoreApplication.translate(
            "SyncFlows",
            "This bundle is signed by this database itself, yet it holds changes this database does not have.\n\n"
            "That is expected after restoring an older backup: import it to get that work back.\n\n"
            "If instead a copy of this database file is in use on another computer, do not import it: "
            "that computer needs a database of its own, filled by importing bundles.")
    return QCoreApplication.translate(
        "SyncFlows",
        "This bundle is signed by “{name}”, a computer this one does not trust yet.\n\n"
        "Its fingerprint:\n{fingerprint}\n\n"
        "Ask the sender to read you the fingerprint shown on their Sync page and compare it. Trust this computer "
        "only if the two match: its bundles will then be imported without this question.").format(
        name=texts.device_name(signer.name, signer.device_id), fingerprint=signer.fingerprint)


def import_message(result: ImportResult) -> str:
    name = texts.device_name(result.signer.name, result.signer.device_id)
    lines = [QCoreApplication.translate("SyncFlows", "The bundle from “{name}” was imported: {summary}.").format(
        name=name, summary=texts.summary_line(result.counts))]
    lines += [n for n in (texts.outcome_note(k, int(result.counts.get(k, 0))) for k in texts.OUTCOMES + texts.NOTED) if n]
    return "\n\n".join(lines)


class ImportFlow(QObject):
    """One import, from choosing the file to the refreshed pages. ``finished(imported)`` at the end."""

    finished = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.path: Path | None = None
        self._passphrase: str | None = None  # held only until the bundle is verified, never stored
        self.result: ImportResult | None = None

    def start(self, path: Path | None = None) -> None:
        if self.ctx.tasks.busy:
            dialogs.information(self.parent_widget, self.tr("Wait until the running task has finished."))
            self._finish(False)
            return
        if path is None:
            path = dialogs.open_file(self.parent_widget, self.tr("Import a bundle"), bundle_filter())
        if path is None:
            self._finish(False)
            return
        self.path = Path(path)
        self._prepare()

    def _prepare(self) -> None:
        sync = self.ctx.services.sync
        path, passphrase = self.path, self._passphrase
        assert path is not None

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> PreparedImport:
            return sync.prepare_import(path, passphrase=passphrase, progress=_phases(progress), cancel=cancelled)

        self.ctx.tasks.start(work, parent=self.parent_widget, label=self.tr("Checking the bundle…"),
                             on_done=self._prepared, on_failed=self._prepare_failed)

    def _prepare_failed(self, exc: BaseException) -> None:
        from mitake_desktop.core.sync import BundleRefused

        if is_cancelled(exc):
            self._finish(False)
            return
        if isinstance(exc, BundleRefused) and exc.reason in PASSPHRASE_REASONS:
            text = exc.message if exc.reason == "encryption.wrong" else self.tr(
                "This bundle is encrypted. Enter the passphrase the sender gave you (by another route than the "
                "bundle).")
            passphrase = dialogs.ask_passphrase(self.parent_widget, text)
            if passphrase is None:
                self._finish(False)
                return
            self._passphrase = passphrase
            self._prepare()
            return
        dialogs.show_error(self.parent_widget, exc)
        self._finish(False)

    def _prepared(self, prepared: PreparedImport) -> None:
        self._passphrase = None  # the prepared import holds the derived key; the passphrase is not needed now
        summary = ImportSummaryDialog(prepared, self.parent_widget)
        try:
            go = dialogs.exec_dialog(summary)
        finally:
            summary.deleteLater()
        trust = prepared.needs_trust
        if go and trust:
            go = dialogs.confirm(self.parent_widget, trust_question(prepared), ok_text=self.tr("Trust and import"))
        if not go:
            prepared.close()  # the working copy goes; nothing was written
            self._finish(False)
            return
        sync = self.ctx.services.sync

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ImportResult:
            return sync.commit_import(prepared, trust=trust, progress=_phases(progress), cancel=cancelled)

        self.ctx.tasks.start(work, parent=self.parent_widget, label=self.tr("Importing the bundle…"),
                             on_done=self._committed, on_failed=self._commit_failed)

    def _committed(self, result: ImportResult) -> None:
        self.result = result
        self.ctx.bus.reset.emit()  # every list re-counts, the sidebar's conflict count follows
        dialogs.information(self.parent_widget, import_message(result))
        self._finish(True)

    def _commit_failed(self, exc: BaseException) -> None:
        if is_cancelled(exc):
            dialogs.information(self.parent_widget, self.tr("The import was cancelled; nothing was changed."))
        else:
            dialogs.show_error(self.parent_widget, exc)
        self._finish(False)

    def _finish(self, imported: bool) -> None:
        self.finished.emit(imported)
        self.deleteLater()


def import_bundle(window: Any, on_finished: Callable[[bool], None] | None = None,
                  path: Path | None = None) -> ImportFlow:
    """Ask for a bundle (unless ``path``) and import it; the welcome page's and the File menu's hook."""
    flow = ImportFlow(window.ctx, window)
    if on_finished is not None:
        flow.finished.connect(on_finished)
    flow.start(path)
    return flow
