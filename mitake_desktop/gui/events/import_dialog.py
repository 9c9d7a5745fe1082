"""Importing a participant list (CSV or Excel): columns → preview with per-row decisions → one undoable batch.

The steps are the core's (:mod:`mitake_desktop.core.events.participant_import`); this dialog shows
them: the column mapping comes pre-filled (remembered for files with these headers, else guessed) and
each column's field can be changed; the preview marks rows with errors and rows that look like people
already known (or an earlier row), each with a decision — create, merge into one of the candidates, or
skip; the import runs on the worker and lands as one batch that Edit → Undo takes back whole. The
mapping is remembered when the import is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.events.participant_import import (
    MERGE,
    SKIP,
    ImportPreview,
    ImportRefused,
    ImportReport,
    RowDecision,
    mapping_problems,
    mapping_warnings,
)
from mitake_desktop.core.events.tabular import Sheet, read_sheet
from mitake_desktop.core.i18n import msg
from mitake_desktop.gui import dialogs
from mitake_desktop.gui.events.commands import BatchCommand, push
from mitake_desktop.gui.events.models import ChoiceDelegate, ColumnMappingModel, ImportPreviewModel, MappedColumn

if TYPE_CHECKING:
    from mitake_desktop.gui.context import AppContext

SAMPLES = 3


def _view(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    return view


class WrappingDelegate(QStyledItemDelegate):
    """Wraps its column's text (the rest of the table stays one line a row, elided).

    Its height hint is for the column's current width, which the view does not pass to a delegate
    when its own word wrap is off.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect.setWidth(max(1, self.view.columnWidth(index.column()) - 1))
        wrapped.rect.setHeight(max(1, wrapped.rect.height()))
        return super().sizeHint(wrapped, index)


class ParticipantImportDialog(QDialog):
    """The two steps of an import (see the module notes); ``report`` is set once it is written."""

    def __init__(self, ctx: AppContext, sheet: Sheet, *, event_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sheet = sheet
        self.event_id = event_id
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        imports = ctx.services.events.imports
        self.imports = imports
        self.setWindowTitle(self.tr("Import participants — {file}").format(file=sheet.source))
        self.file_info = QLabel(msg("import_report_head", source=sheet.source, encoding=sheet.encoding,
                                    rows=len(sheet.rows), empty=sheet.empty_rows), self)
        self.file_info.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Import as"))
        self.kind.addItem(self.tr("People (no event)"), "people")
        if event_id is not None:
            title = ctx.services.records.get("event", event_id)["title"]
            self.kind.addItem(self.tr("Registrations for “{event}”").format(event=title), "registrations")
            self.kind.setCurrentIndex(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("Import as:"), self))
        kind_row.addWidget(self.kind, 1)

        # Step 1: columns.
        self.mapping_note = QLabel(self)
        self.mapping_note.setWordWrap(True)
        self.mapping_model = ColumnMappingModel(self.current_kind(), self)
        self.mapping_view = _view(self, self.tr("Columns of the file"))
        self.mapping_view.setModel(self.mapping_model)
        for i, w in enumerate((200, 380)):
            self.mapping_view.setColumnWidth(i, w)
        self.mapping_problems = QLabel(self)
        self.mapping_problems.setWordWrap(True)
        self.mapping_problems.setStyleSheet("color: #b3261e")
        self.mapping_model.dataChanged.connect(lambda *_a: self._check_mapping())
        step1 = QWidget(self)
        l1 = QVBoxLayout(step1)
        l1.setContentsMargins(0, 0, 0, 0)
        l1.addWidget(self.mapping_note)
        l1.addWidget(self.mapping_view, 1)
        l1.addWidget(self.mapping_problems)

        # Step 2: preview.
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.row_filter = QComboBox(self)
        self.row_filter.setAccessibleName(self.tr("Rows shown"))
        self.row_filter.addItem(self.tr("All rows"), "all")
        self.row_filter.addItem(self.tr("Rows with errors"), "errors")
        self.row_filter.addItem(self.tr("Possible duplicates"), "duplicates")
        self.row_filter.currentIndexChanged.connect(self._filter_rows)
        self.skip_errors = QPushButton(self.tr("Skip rows with errors"), self)
        self.skip_errors.clicked.connect(self.skip_error_rows)
        self.preview_model = ImportPreviewModel(self)
        self.preview_model.dataChanged.connect(lambda *_a: self._summarise())
        self.preview_view = _view(self, self.tr("Rows to import"))
        self.preview_view.setModel(self.preview_model)
        for i, w in enumerate((40, 120, 85, 100, 125, 130, 95, 185)):
            self.preview_view.setColumnWidth(i, w)
        # The reasons (the last column, stretched to the dialog's edge) wrap: every error of a row is
        # read in full, one a line; rows with reasons grow to fit them, again when the column's width changes.
        detail = self.preview_model.column_of("detail")
        self.preview_view.setItemDelegateForColumn(detail, WrappingDelegate(self.preview_view))
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_rows)
        self.preview_view.horizontalHeader().sectionResized.connect(
            lambda column, _old, _new: self._fit_timer.start() if column == detail else None)
        tools = QHBoxLayout()
        tools.addWidget(self.row_filter)
        tools.addWidget(self.skip_errors)
        tools.addStretch(1)
        step2 = QWidget(self)
        l2 = QVBoxLayout(step2)
        l2.setContentsMargins(0, 0, 0, 0)
        l2.addWidget(self.summary)
        l2.addLayout(tools)
        l2.addWidget(self.preview_view, 1)

        self.steps = QStackedWidget(self)
        self.steps.addWidget(step1)
        self.steps.addWidget(step2)
        self.step_title = QLabel(self)
        font = self.step_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.step_title.setFont(font)

        self.back_button = QPushButton(self.tr("‹ Back"), self)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Preview ›"), self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_preview)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.clicked.connect(self.commit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_info)
        layout.addLayout(kind_row)
        layout.addWidget(self.step_title)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self.resize(1100, 640)
        self._load_mapping()
        self._show_step(0)

    # -- columns -----------------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self, _index: int) -> None:
        self.mapping_model.kind = self.current_kind()
        self._load_mapping()
        self._show_step(0)

    def _load_mapping(self) -> None:
        kind = self.current_kind()
        mapping, remembered = self.imports.suggest_mapping(kind, self.sheet.headers)
        columns = []
        for i, header in enumerate(self.sheet.headers):
            samples = tuple(c for c in (r.cells[i] if i < len(r.cells) else "" for r in self.sheet.rows[:20])
                            if c.strip())[:SAMPLES]
            columns.append(MappedColumn(i, header, samples, mapping.get(i)))
        self.mapping_model.kind = kind
        self.mapping_model.set_rows(columns)
        self.mapping_note.setText(
            self.tr("The columns are set as in your last import of a file with these headers. Change a field "
                    "by double-clicking it.") if remembered else
            self.tr("The columns were recognised from their headers. Check them; change a field by "
                    "double-clicking it (it is remembered for files with the same headers)."))
        self._check_mapping()

    def mapping(self) -> dict[int, str]:
        return self.mapping_model.mapping()

    def _check_mapping(self) -> list[str]:
        problems = mapping_problems(self.current_kind(), self.sheet.headers, self.mapping())
        # Warnings (a repeated header left out) are shown with the problems but hold nothing back.
        notes = problems + mapping_warnings(self.sheet.headers, self.mapping())
        self.mapping_problems.setText("\n".join(notes))
        self.mapping_problems.setVisible(bool(notes))
        if self.steps.currentIndex() == 0:
            self.next_button.setEnabled(not problems)
        return problems

    # -- preview -----------------------------------------------------------------------------------

    def go_preview(self) -> bool:
        """Check every row with the chosen columns (nothing is written); False if the columns are incomplete."""
        if self._check_mapping():
            return False
        kind = self.current_kind()
        try:
            self.preview = self.imports.preview(kind, self.sheet, self.mapping(),
                                                event_id=self.event_id if kind == "registrations" else None)
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return False
        self.preview_model.set_preview(self.preview)
        self.row_filter.setCurrentIndex(0)
        self._filter_rows()
        self._show_step(1)
        self._summarise()
        return True

    def back(self) -> None:
        self._show_step(0)

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.step_title.setText(self.tr("1. Which column is which") if step == 0 else
                                self.tr("2. Check the rows and decide about duplicates"))
        self.back_button.setVisible(step == 1)
        self.next_button.setVisible(step == 0)
        self.import_button.setVisible(step == 1)
        self.kind.setEnabled(step == 0)
        if step == 0:
            self._check_mapping()
            self.next_button.setDefault(True)
        else:
            self.import_button.setDefault(True)

    def decisions(self) -> dict[int, RowDecision]:
        return dict(self.preview_model.decisions)

    def _summarise(self) -> None:
        """What the import would do with the decisions as they stand (rows in error are counted apart)."""
        if self.preview is None:
            return
        decisions = self.decisions()
        created = merged = skipped = errors = new_registrations = updated = 0
        for row in self.preview.rows:
            d = decisions.get(row.number, row.decision)
            if d.action == SKIP:
                skipped += 1
            elif row.problems:
                errors += 1
            else:
                created += d.action != MERGE
                merged += d.action == MERGE
                if row.already_registered and d.action == MERGE:
                    updated += 1
                else:
                    new_registrations += 1
        lines = [self.tr("{rows} rows: {created} new, {merged} merged into people already known, {skipped} "
                         "skipped.").format(rows=len(self.preview.rows), created=created, merged=merged,
                                            skipped=skipped)]
        if self.preview.kind == "registrations":
            lines.append(self.tr("Registrations: {n} new, {updated} already registered.").format(
                n=new_registrations, updated=updated))
        duplicates = sum(1 for r in self.preview.rows if r.candidates)
        if duplicates:
            lines.append(self.tr("{n} rows look like someone already known (yellow): merge, create or skip each in "
                                 "the Decision column.").format(n=duplicates))
        if errors:
            lines.append(self.tr("{n} rows have errors (red): fix the file and choose it again, or skip those "
                                 "rows.").format(n=errors))
        self.summary.setText("\n".join(lines))
        refused = bool(errors or self.preview.mapping_problems)
        self.import_button.setEnabled(not refused and not self.ctx.tasks.busy)
        self.skip_errors.setEnabled(bool(errors))

    def _filter_rows(self, _index: int = 0) -> None:
        wanted = self.row_filter.currentData()
        for i, row in enumerate(self.preview_model.rows()):
            shown = wanted == "all" or (wanted == "errors" and bool(row.problems)) or (
                wanted == "duplicates" and bool(row.candidates))
            self.preview_view.setRowHidden(i, not shown)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Make each shown row with reasons tall enough for all of them (only those rows: a long file of
        plain rows costs nothing)."""
        view = self.preview_view
        header = view.verticalHeader()
        base = header.defaultSectionSize()
        padding = base - view.fontMetrics().height()  # as much air as a one-line row has
        for i, row in enumerate(self.preview_model.rows()):
            if (row.problems or row.candidates) and not view.isRowHidden(i):
                needed = view.sizeHintForRow(i)
                header.resizeSection(i, base if needed <= base else needed + padding // 2)

    def skip_error_rows(self) -> None:
        for i, row in enumerate(self.preview_model.rows()):
            if row.problems:
                self.preview_model.set_decision(i, RowDecision(SKIP))
        self._summarise()

    def set_decision(self, number: int, key: str) -> bool:
        """Choose a row's decision by its option key (create, skip, merge:N), as the Decision cell does."""
        for i, row in enumerate(self.preview_model.rows()):
            if row.number == number:
                index = self.preview_model.index(i, self.preview_model.column_of("decision"))
                return self.preview_model.setData(index, key)
        return False

    # -- writing -----------------------------------------------------------------------------------

    def commit(self) -> None:
        """Write the import on the worker; it becomes one step of Edit → Undo."""
        if self.preview is None or self.ctx.tasks.busy:
            return
        preview, decisions, imports = self.preview, self.decisions(), self.imports
        self.import_button.setEnabled(False)
        self.back_button.setEnabled(False)

        def work(_progress: Any, _cancelled: Any) -> ImportReport:
            return imports.commit(preview, decisions)

        self.ctx.tasks.start(work, parent=self, label=self.tr("Importing participants…"), cancellable=False,
                             on_done=self._written, on_failed=self._failed)

    def _written(self, report: ImportReport) -> None:
        self.report = report
        if report.batch_id:
            push(self.ctx, BatchCommand(self.ctx, self.tr("Import participants ({file})").format(
                file=self.sheet.source), report.batch_id, ("person", "organisation", "registration")))
        undo_line = msg("import_report_undo", batch=report.batch_id)
        lines = [line for line in report.lines() if line != undo_line]
        lines.append(self.tr("Edit → Undo (Ctrl+Z) takes the whole import back."))
        self.accept()
        dialogs.information(self.parentWidget(), "\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.back_button.setEnabled(True)
        if isinstance(exc, ImportRefused):
            dialogs.error(self, "\n".join([exc.message, *exc.report.lines()[1:]]))
        else:
            dialogs.show_error(self, exc)
        self._summarise()


def start_import(ctx: AppContext, parent: QWidget, *, event_id: str | None = None,
                 path: Path | None = None) -> ImportReport | None:
    """Choose a file and run the import dialog (registrations for ``event_id`` when given)."""
    if ctx.tasks.busy:
        return None
    if path is None:
        path = dialogs.open_file(parent, QCoreApplication.translate("ImportDialog", "Import participants"),
                                 QCoreApplication.translate(
                                     "ImportDialog", "Participant lists (*.csv *.txt *.xlsx *.xlsm);;All files (*)"))
        if path is None:
            return None
    try:
        sheet = read_sheet(path)
    except MitakeError as exc:
        dialogs.show_error(parent, exc)
        return None
    dialog = ParticipantImportDialog(ctx, sheet, event_id=event_id, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        dialogs.exec_dialog(dialog)
        return dialog.report
    finally:
        dialog.deleteLater()
