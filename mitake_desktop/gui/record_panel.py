"""A list of records with its search, filters and detail pane (form, history, related lists).

Every record type is viewed and edited through this one panel, configured by its :class:`ListSpec`.
Changes go through undoable commands; the panel listens on the data bus and refreshes only when a type
it shows (or one it names in its columns) changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError, ValidationError
from mitake_desktop.core.i18n import language
from mitake_desktop.core.schema import Kind, spec
from mitake_desktop.core.services import Filter
from mitake_desktop.core.text import display_width
from mitake_desktop.gui import commands, dialogs, formatting, settings
from mitake_desktop.gui.context import AppContext
from mitake_desktop.gui.fields import DateField, RefField, fit_popup
from mitake_desktop.gui.flow_layout import FlowLayout
from mitake_desktop.gui.forms import RecordForm
from mitake_desktop.gui.history_panel import HistoryPanel
from mitake_desktop.gui.lists import FilterSpec, ListSpec, list_spec
from mitake_desktop.gui.models import RecordTableModel


class RecordTableView(QTableView):
    """A list view tuned for long lists: fixed row height, no per-row size queries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        hh.setSortIndicatorShown(True)


class PlaceholderFitEdit(QLineEdit):
    """A line whose grey hint is the long one where it fits and the short one where it would be cut."""

    def set_placeholders(self, long: str, short: str) -> None:
        self._hints = (long, short)
        self._fit_placeholder()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        hints = getattr(self, "_hints", None)
        if hints is None:
            return
        long, short = hints
        # The text area: the frame, the text margins and the clear button's room (as QLineEdit lays it out).
        room = self.width() - 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) - 8
        if self.isClearButtonEnabled():
            room -= self.height()
        self.setPlaceholderText(long if self.fontMetrics().horizontalAdvance(long) <= room else short)


class FilterBar(QWidget):
    """The search field and filters above a list; emits the filters to apply."""

    changed = Signal()

    def __init__(self, ctx: AppContext, ls: ListSpec, *, hidden: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ls = ls
        entity = spec(ls.type)
        self.search = PlaceholderFitEdit(self)
        self.search.setClearButtonEnabled(True)
        # "Search award programs…" where it fits, "Search…" in a narrow list (the list says what it holds).
        self.search.set_placeholders(self.tr("Search {type}…").format(type=formatting.in_sentence(entity.plural)),
                                     self.tr("Search…"))
        self.search.setAccessibleName(self.tr("Search {type}").format(type=entity.plural))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_now)
        self.widgets: list[tuple[FilterSpec, QWidget]] = []
        row = FlowLayout()
        lang = language()
        for fs in ls.filters:
            if fs.field in hidden:
                continue
            f = spec(fs.via[0]).field(fs.via[2]) if fs.via else entity.field(fs.field)
            w: QWidget
            if fs.kind == "choice":
                combo = QComboBox(self)
                combo.addItem(self.tr("All: {label}").format(label=f.label), None)
                for c in reference.choices(f.choices or ""):
                    combo.addItem(c.label.get(lang), c.key)
                combo.setMaxVisibleItems(20)
                fit_popup(combo, display_width(combo.itemText(0)) + 1)  # kanji count double
                combo.setAccessibleName(self.tr("Filter by {label}").format(label=f.label))
                combo.setToolTip(combo.accessibleName())
                combo.currentIndexChanged.connect(self.changed)
                w = combo
            elif fs.kind == "ref":
                ref = RefField(f, ctx.services, self)
                ref.display.setPlaceholderText(self.tr("All: {label}").format(label=f.label))
                ref.setAccessibleName(self.tr("Filter by {label}").format(label=f.label))
                ref.choose.setText("…")
                ref.display.setMinimumWidth(150)
                ref.changed.connect(self.changed)
                w = ref
            else:
                date = DateField(f, self)
                date.edit.setPlaceholderText(self.tr("{label} from") if fs.kind == "date_from" else self.tr("{label} to"))
                date.edit.setPlaceholderText(date.edit.placeholderText().format(label=f.label))
                date.setAccessibleName(date.edit.placeholderText())
                date.edit.setAccessibleName(date.edit.placeholderText())
                date.edit.setFixedWidth(120)
                date.changed.connect(self._timer.start)
                w = date
            self.widgets.append((fs, w))
            row.addWidget(w)
        self.clear = QPushButton(self.tr("Clear filters"), self)
        self.clear.clicked.connect(self.clear_all)
        row.addWidget(self.clear)
        self.new_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        if self.widgets:
            layout.addLayout(row)
        else:
            self.clear.hide()

    def apply_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def filters(self) -> list[Filter]:
        out: list[Filter] = []
        flt = self.ls.search_filter(self.search.text())
        if flt is not None:
            out.append(flt)
        for fs, w in self.widgets:
            if isinstance(w, QComboBox):
                value = w.currentData()
                if value is not None:
                    out.append(Filter(fs.field, fs.op, value))
            elif isinstance(w, RefField):
                if w.value() and fs.via:
                    out.append(Filter("id", "via", (*fs.via, w.value())))
                elif w.value():
                    out.append(Filter(fs.field, "=", w.value()))
            elif isinstance(w, DateField):
                value = w.value()
                if value:
                    # Date-times compare as text: "to 2026-06-01" includes that whole day.
                    out.append(Filter(fs.field, ">=", value) if fs.kind == "date_from"
                               else Filter(fs.field, "<=", value + "T99"))
        return out

    def presets(self) -> dict[str, Any]:
        """Values a new record takes from the filters (filtering on a community, then adding, adds to it)."""
        out: dict[str, Any] = {}
        for fs, w in self.widgets:
            if fs.op != "=" or fs.via:  # a linked filter is not a field of the new record
                continue
            if isinstance(w, QComboBox) and w.currentData() is not None:
                out[fs.field] = w.currentData()
            elif isinstance(w, RefField) and w.value():
                out[fs.field] = w.value()
        return out

    def clear_all(self) -> None:
        self.blockSignals(True)
        self.search.clear()
        for _fs, w in self.widgets:
            if isinstance(w, QComboBox):
                w.setCurrentIndex(0)
            elif isinstance(w, (RefField, DateField)):
                w.set_value(None)
        self.blockSignals(False)
        self.apply_now()

    def is_clear(self) -> bool:
        return not self.filters()


class RecordListPanel(QWidget):
    """One record type: list, filters, search, and the selected record's form, history and related lists."""

    selection_changed = Signal(object)  # record id or None

    def __init__(self, ctx: AppContext, ls: ListSpec | str, *, fixed: dict[str, Any] | None = None,
                 compact: bool = False, settings_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ls = list_spec(ls) if isinstance(ls, str) else ls
        self.type_name = self.ls.type
        self.entity = spec(self.type_name)
        self.fixed = dict(fixed or {})
        self.compact = compact
        self.settings_key = settings_key or f"lists/{self.type_name}"
        self.setAccessibleName(str(self.entity.plural))
        self._current_id: str | None = None
        self._quiet = False  # selection moved by the program, not the user: no record to load
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # coalesce many changes (a bulk delete) into one refresh
        self._refresh_timer.timeout.connect(self.refresh)
        self._watched = {self.type_name} | {f.target for f in self.entity.fields if f.target} | {
            c.target_from for c in self.ls.columns if c.target_from}

        self.model = RecordTableModel(ctx.services, self.type_name, self.ls.columns, order=self.ls.order,
                                      descending=self.ls.descending, parent=self)
        self.model.set_filters(self._fixed_filters())
        self.filter_bar = FilterBar(ctx, self.ls, hidden=set(self.fixed), parent=self)
        self.filter_bar.changed.connect(self.apply_filters)
        self.view = RecordTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("List of {type}").format(type=self.entity.plural))
        for i, c in enumerate(self.ls.columns):
            if c.width:
                self.view.setColumnWidth(i, c.width)
        header = self.view.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder if self.ls.descending
                                else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.count_label = QLabel(self)
        self.model.count_changed.connect(self._show_count)

        self.new_button = self.filter_bar.new_button
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("Add a new {type} (Ctrl+N)").format(
            type=formatting.in_sentence(self.entity.label)))
        self.new_button.setAccessibleName(self.tr("New {type}").format(type=self.entity.label))
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = self.filter_bar.delete_button
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected records (Del)"))
        self.delete_button.setAccessibleName(self.tr("Delete {type}").format(type=self.entity.label))
        self.delete_button.clicked.connect(self.delete_selected)

        # The detail: title, form with Save / Revert, then history and related lists.
        self.form = self.make_form()
        self.form.dirty_changed.connect(self._dirty_changed)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)  # reading and address, in Japanese order
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Undo the changes not saved yet"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self.revert)
        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(4, 0, 0, 0)
        dl.addWidget(self.title)
        dl.addWidget(self.subtitle)
        dl.addWidget(self.form, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        dl.addLayout(buttons)
        self.detail = detail

        self.history: HistoryPanel | None = None
        self.children_panels: dict[str, RecordListPanel] = {}
        self.tabs: QTabWidget | None = None
        if not compact:
            self.tabs = QTabWidget(self)
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(detail, self.tr("Details"))
            self.history = HistoryPanel(ctx, self)
            self.tabs.addTab(self.history, self.tr("History"))
            self._child_specs = {c.type: c for c in self.ls.children}
            self._child_tabs: dict[int, str] = {}
            for child in self.ls.children:
                placeholder = QWidget(self)
                index = self.tabs.addTab(placeholder, str(spec(child.type).plural))
                self._child_tabs[index] = child.type
            self.tabs.currentChanged.connect(self._tab_changed)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.filter_bar)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical if compact else Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs if self.tabs is not None else detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 500] if not compact else [200, 300])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.filter_bar.search, self.view)

        ctx.bus.changed.connect(self._on_data_changed)
        ctx.bus.reset.connect(self._refresh_timer.start)
        self._show_count(self.model.rowCount())
        self._show_record(None)

    # -- state ------------------------------------------------------------------------------------

    def restore_state(self) -> None:
        s = settings.app_settings()
        header = s.value(f"{self.settings_key}/header")
        if header is not None:
            self.view.horizontalHeader().restoreState(header)
        split = s.value(f"{self.settings_key}/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        for child in self.children_panels.values():
            child.restore_state()

    def save_state(self) -> None:
        s = settings.app_settings()
        s.setValue(f"{self.settings_key}/header", self.view.horizontalHeader().saveState())
        s.setValue(f"{self.settings_key}/splitter", self.splitter.saveState())
        for child in self.children_panels.values():
            child.save_state()

    def make_form(self) -> RecordForm:
        """The detail's form; a panel for one type can supply a richer one (the case-study editor)."""
        return RecordForm(self.ctx.services, self.type_name, fixed=self.fixed, parent=self)

    @property
    def current_id(self) -> str | None:
        return self._current_id

    def is_dirty(self) -> bool:
        return self.form.is_dirty or any(c.is_dirty() for c in self.children_panels.values())

    # -- list -------------------------------------------------------------------------------------

    def _fixed_filters(self) -> list[Filter]:
        return [Filter(k, "=", v) for k, v in self.fixed.items()]

    def set_fixed(self, fixed: dict[str, Any]) -> None:
        """For a related list: show the records of another parent."""
        self.fixed = dict(fixed)
        self.form.set_fixed(fixed)
        self.apply_filters()

    def apply_filters(self) -> None:
        self.model.set_filters(self._fixed_filters() + self.filter_bar.filters())
        self._reselect()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def _show_count(self, n: int) -> None:
        self.count_label.setText(self.tr("{n} records").format(n=f"{n:,}"))

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if 0 <= column < len(self.ls.columns) and self.ls.columns[column].sort is None:
            # Not sortable (a reference shown by its title): put the indicator back where the order is.
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            desc = self.model.order[1]
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
        self._reselect()

    def _on_data_changed(self, type_name: str, _ids: list[str]) -> None:
        if type_name in self._watched:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Re-read the list (data changed) keeping the selected record selected."""
        self._refresh_timer.stop()
        self.model.refresh()
        self._reselect(reload=True)

    def _reselect(self, *, reload: bool = False) -> None:
        rid = self._current_id
        row = self.model.locate(rid) if rid else None
        if row is None:
            with self._quietly():
                self.view.selectionModel().clearSelection()
                self.view.selectionModel().setCurrentIndex(QModelIndex(),
                                                           QItemSelectionModel.SelectionFlag.NoUpdate)
            if rid is not None and not self.form.is_dirty:
                still = self._load(rid)
                if still is None:
                    self._show_record(None)
            return
        self._select_row(row, load=False)
        if reload and not self.form.is_dirty:
            self._show_record(self._load(rid) if rid else None)

    def _select_row(self, row: int, *, load: bool = True) -> None:
        index = self.model.index(row, 0)
        with self._quietly(not load):
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    @contextmanager
    def _quietly(self, quiet: bool = True) -> Iterator[None]:
        """Move the selection without loading a record (the view still repaints: no blocked signals)."""
        before, self._quiet = self._quiet, quiet or self._quiet
        try:
            yield
        finally:
            self._quiet = before

    def select_record(self, record_id: str) -> bool:
        """Show ``record_id``; clears the filters if they hide it. False if it is not there at all."""
        row = self.model.locate(record_id)
        if row is None and not self.filter_bar.is_clear():
            self.filter_bar.blockSignals(True)
            self.filter_bar.clear_all()
            self.filter_bar.blockSignals(False)
            self.model.set_filters(self._fixed_filters())
            row = self.model.locate(record_id)
        if row is None:
            return False
        if not self._confirm_leave():
            return False
        self._current_id = record_id
        self._select_row(row, load=False)
        self._show_record(self._load(record_id))
        return True

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.record_id(r) for r in rows]
        return [i for i in ids if i]

    # -- detail -----------------------------------------------------------------------------------

    def _load(self, record_id: str) -> dict[str, Any] | None:
        try:
            return self.ctx.services.records.get(self.type_name, record_id)
        except MitakeError:
            return None

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._quiet:
            return
        rid = self.model.record_id(current.row()) if current.isValid() else None
        if rid == self._current_id:
            return
        if not self._confirm_leave():
            if previous.isValid():
                with self._quietly():
                    self.view.selectionModel().setCurrentIndex(
                        previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
            return
        self._current_id = rid
        self._show_record(self._load(rid) if rid else None)

    def _confirm_leave(self) -> bool:
        """Before showing another record: save or drop unsaved edits (the user decides)."""
        if not self.form.is_dirty:
            return True
        answer = dialogs.ask_unsaved(self, self.title.text())
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.form.set_record(self.form.record)
            return True
        return False

    def _show_record(self, record: dict[str, Any] | None, *, new: bool = False) -> None:
        self._current_id = record["id"] if record else None
        if record is None and not new:
            self.form.clear()  # nothing selected: a blank form, the defaults wait for New
        else:
            self.form.set_record(record)
        if record is None:
            self.title.setText(self.tr("No {type} selected").format(type=formatting.in_sentence(self.entity.label))
                               if not self.compact else "")
            self.form.setEnabled(False)
        else:
            self.title.setText(self._title_of(record))
            self.form.setEnabled(True)
        subtitle = self._subtitle_of(record) if record is not None else ""
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.delete_button.setEnabled(record is not None)
        if self.history is not None:
            self.history.set_record(self.type_name, self._current_id)
        for child_type, panel in self.children_panels.items():
            panel.set_fixed({self._child_specs[child_type].field: self._current_id or ""})
            panel.setEnabled(self._current_id is not None)  # related records need a parent
        self.selection_changed.emit(self._current_id)

    def _title_of(self, record: dict[str, Any]) -> str:
        return f"{self.entity.label}: {self._name_of(record)}"

    def _name_of(self, record: dict[str, Any]) -> str:
        """The record's own title (a choice by its label), "—" when it has none."""
        value = record.get(self.entity.title_field)
        f = self.entity.field(self.entity.title_field)
        if f.kind is Kind.CHOICE:
            value = reference.label(f.choices or "", value)
        return str(value or "—")

    def _subtitle_of(self, record: dict[str, Any]) -> str:
        """The reading of a name and the address, as Japanese write them (family name first; 〒, prefecture…)."""
        parts = []
        reading = record.get("reading") or record.get("name_kana")
        if reading:
            parts.append(formatting.person_name(record.get("name"), reading))
        address = formatting.address_line(record.get("postal_code"), record.get("prefecture"), record.get("city"),
                                          record.get("address"))
        if address:
            parts.append(address)
        return "\n".join(parts)

    def _tab_changed(self, index: int) -> None:
        assert self.tabs is not None
        child_type = self._child_tabs.get(index)
        if child_type is None or child_type in self.children_panels:
            return
        child = self._child_specs[child_type]
        panel = RecordListPanel(self.ctx, child.type, fixed={child.field: self._current_id or ""}, compact=True,
                                settings_key=f"{self.settings_key}/children/{child.type}", parent=self.tabs)
        self.children_panels[child_type] = panel
        panel.setEnabled(self._current_id is not None)
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, str(spec(child_type).plural))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()
        panel.restore_state()

    def show_child(self, child_type: str) -> RecordListPanel | None:
        """Open the tab of a related list (tests and navigation)."""
        if self.tabs is None:
            return None
        for index, t in self._child_tabs.items():
            if t == child_type:
                self.tabs.setCurrentIndex(index)
                return self.children_panels.get(child_type)
        return None

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty or self.form.is_new and self.form.isEnabled())
        self.revert_button.setEnabled(dirty)
        self.ctx.bus.editing_changed.emit()

    # -- actions ----------------------------------------------------------------------------------

    def new_record(self) -> None:
        if not self._confirm_leave():
            return
        with self._quietly():
            sm = self.view.selectionModel()
            sm.clearSelection()
            sm.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._show_record(None, new=True)
        self.form.setEnabled(True)
        self.form.preset(self.filter_bar.presets())
        self.title.setText(self.tr("New {type}").format(type=formatting.in_sentence(self.entity.label)))
        self.save_button.setEnabled(True)
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.detail)
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> bool:
        """Create or update from the form; validation problems appear next to their fields."""
        if not self.form.isEnabled():
            return True
        try:
            if self.form.is_new:
                command: commands.RecordCommand = commands.CreateRecordCommand(
                    self.ctx, self.type_name, self.form.values())
            else:
                changes = self.form.changes()
                if not changes:
                    return True
                assert self.form.record_id is not None
                command = commands.EditRecordCommand(self.ctx, self.type_name, self.form.record_id, changes)
            record = commands.run(self.ctx, command)
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            return False
        except MitakeError as exc:
            dialogs.show_error(self, exc)
            return False
        self._current_id = record["id"]
        self._show_record(record)
        self.refresh()
        if self.type_name == "event" and record.get("capacity") is not None:
            self._note_over_capacity(str(record["id"]))
        return True

    def _note_over_capacity(self, event_id: str) -> None:
        """A capacity below the registrations is accepted (a smaller room) but said, without blocking."""
        from mitake_desktop.gui.events.actions import show_status

        over = self.ctx.services.events.registrations.over_capacity(event_id)
        if over:
            show_status(self.ctx, self.tr("Saved. {n} registrations are now over the capacity (they are kept).")
                        .format(n=over), 15000)

    def revert(self) -> None:
        self.form.set_record(self.form.record)
        if self.form.is_new:
            self.form.preset(self.filter_bar.presets())

    def delete_selected(self) -> None:
        ids = self.selected_ids() or ([self._current_id] if self._current_id else [])
        if not ids:
            return
        if len(ids) == 1:
            record = self._load(ids[0])
            question = self.tr("Delete {type} “{title}”?").format(
                type=formatting.in_sentence(self.entity.label), title=self._name_of(record) if record else "—")
        else:
            question = self.tr("Delete {n} {type}?").format(n=len(ids), type=formatting.in_sentence(self.entity.plural))
        question += self._dependents_text(ids)
        question += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        if not dialogs.confirm(self, question, ok_text=self.tr("Delete")):
            return
        self.form.set_record(self.form.record)  # drop unsaved edits of what is being deleted
        if len(ids) == 1:
            try:
                commands.run(self.ctx, commands.DeleteRecordCommand(self.ctx, self.type_name, ids[0]))
            except MitakeError as exc:
                dialogs.show_error(self, exc)
        else:
            commands.run_macro(self.ctx, self.tr("Delete {n} {type}").format(n=len(ids), type=self.entity.plural),
                               [commands.DeleteRecordCommand(self.ctx, self.type_name, i) for i in ids])
        self.refresh()

    # Checking what refers to a huge selection would keep the dialog waiting; past this, say so in general.
    DEPENDENTS_CHECK_LIMIT = 500

    def _dependents_text(self, ids: list[str]) -> str:
        """What refers to the records about to be deleted (per type: how many, a few titles), and what deleting means."""
        if len(ids) > self.DEPENDENTS_CHECK_LIMIT:
            return "\n\n" + self.tr("Records that refer to them are not deleted with them; they keep pointing at "
                                    "the deleted {type}.").format(type=self.entity.plural)
        found = self.ctx.services.records.dependent_examples(self.type_name, ids, limit=3)
        if not found:
            return ""
        sep = "、" if language() == "ja" else ", "
        one = len(ids) == 1
        lines = ["", "", self.tr("Other records refer to it:") if one else self.tr("Other records refer to them:")]
        for type_name, (n, titles) in found.items():
            line = self.tr("• {type}: {n}").format(type=spec(type_name).plural, n=f"{n:,}")
            shown = [t if display_width(t) <= 40 else t[:20] + "…" for t in titles if t]
            if shown:
                more = sep + "…" if n > len(shown) else ""
                line += self.tr(" (e.g. {titles})").format(titles=sep.join(shown) + more)
            lines.append(line)
        lines.append("")
        lines.append((self.tr("They are not deleted with it: they keep pointing at the deleted {type} (shown as "
                              "“(deleted)”) until you change them or restore it.") if one else
                      self.tr("They are not deleted with them: they keep pointing at the deleted {type} (shown as "
                              "“(deleted)”) until you change them or restore them.")).format(
                          type=formatting.in_sentence(self.entity.plural if not one else self.entity.label)))
        return "\n".join(lines)

    def bulk_set(self, field_name: str, value: Any) -> int:
        """Set one field on every selected record as one undo step."""
        ids = self.selected_ids()
        if not ids:
            return 0
        f = self.entity.field(field_name)
        shown = reference.label(f.choices or "", value) if f.kind is Kind.CHOICE else str(value)
        text = self.tr("Set {field} to {value} on {n} records").format(field=f.label, value=shown, n=len(ids))
        done = commands.run_macro(self.ctx, text, [
            commands.EditRecordCommand(self.ctx, self.type_name, i, {field_name: value}) for i in ids])
        self.refresh()
        return done

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("New"), self.new_record)
        delete = menu.addAction(self.tr("Delete"), self.delete_selected)
        delete.setEnabled(bool(self.selected_ids()))
        lang = language()
        for f in self.entity.fields:
            if f.kind is not Kind.CHOICE or f.name != "status":
                continue
            sub = menu.addMenu(self.tr("Set {field}").format(field=f.label))
            sub.setEnabled(bool(self.selected_ids()))
            for c in reference.choices(f.choices or ""):
                action = QAction(c.label.get(lang), sub)
                action.triggered.connect(lambda _checked=False, key=c.key, name=f.name: self.bulk_set(name, key))
                sub.addAction(action)
        return menu

    def active_panel(self) -> RecordListPanel:
        """This panel or the related list inside it that holds the keyboard focus."""
        focus = QApplication.focusWidget()
        for panel in self.children_panels.values():
            if focus is not None and panel.isAncestorOf(focus):
                return panel.active_panel()
        return self
