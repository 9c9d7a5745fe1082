"""The Sync page (export and import bundles, the exchange history, known devices) and the Conflicts page.

Both use ``Services.sync`` only; long work runs on the worker behind a cancellable progress dialog
(``gui/sync/flows.py``). The exchange history is also the record of provision (個人情報保護法): every
bundle written, to whom, under which profile, and how many people's data it carried.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import language
from mitake_desktop.gui import dialogs, settings
from mitake_desktop.gui.pages import Page, PageInfo, register_page
from mitake_desktop.gui.pages import welcome as welcome_page
from mitake_desktop.gui.sync import texts

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services
    from mitake_desktop.core.sync import Conflict, DeviceInfo, ExportResult
    from mitake_desktop.gui.context import AppContext

LAST_FOLDER_KEY = "sync/last_folder"
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')  # characters Windows refuses in file names, and spaces


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def _table(model: Any, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def suggested_name(device_name: str, now: datetime | None = None) -> str:
    """mitake-<this device>-<date-time>.mitake, safe as a file name on Windows too."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    device = _UNSAFE_NAME.sub("-", device_name).strip("-.") or "device"
    return f"mitake-{device}-{stamp}.mitake"


class ExportPanel(QGroupBox):
    """Choose what to export (peer, communities, profile, passphrase) and where, then write it on the worker."""

    def __init__(self, page: SyncPage) -> None:
        super().__init__(page)
        self.setTitle(self.tr("Export a bundle"))
        self.page = page
        self.ctx = page.ctx
        self.communities: list[str] = []
        self.peer = QComboBox(self)
        self.peer.setAccessibleName(self.tr("Export for"))
        self.full = QCheckBox(self.tr("Send everything, not only what it has not seen"), self)
        self.peer.currentIndexChanged.connect(self._peer_changed)
        self.community_label = QLabel(self)
        self.community_label.setWordWrap(True)
        self.choose_communities = QPushButton(self.tr("Choose…"), self)
        self.all_communities = QPushButton(self.tr("All"), self)
        self.choose_communities.clicked.connect(self._choose_communities)
        self.all_communities.clicked.connect(lambda: self.set_communities([]))
        self.profile = QComboBox(self)
        self.profile.setAccessibleName(self.tr("Profile"))
        for i, p in enumerate(texts.PROFILES):
            self.profile.addItem(texts.profile_label(p), p)
            self.profile.setItemData(i, texts.profile_explanation(p), Qt.ItemDataRole.ToolTipRole)
        self.profile_help = QLabel(self)
        self.profile_help.setWordWrap(True)
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.passphrase = QLineEdit(self)
        self.passphrase_again = QLineEdit(self)
        for edit, name in ((self.passphrase, self.tr("Passphrase")),
                           (self.passphrase_again, self.tr("Passphrase again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(self.tr("optional"))
        passphrase_help = QLabel(self.tr("For bundles with personal data: encrypted with this passphrase, which is "
                                         "never stored. Tell it to the recipient by another route."), self)
        passphrase_help.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self.export)

        pick = QHBoxLayout()
        pick.addWidget(self.community_label, 1)
        pick.addWidget(self.choose_communities)
        pick.addWidget(self.all_communities)
        form = QFormLayout()
        form.addRow(self.tr("For"), self.peer)
        form.addRow("", self.full)
        form.addRow(self.tr("Communities"), pick)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow("", self.profile_help)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Again"), self.passphrase_again)
        form.addRow("", passphrase_help)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        self.set_communities([])
        self._profile_changed()

    def set_peers(self, devices: list[DeviceInfo]) -> None:
        """Other computers we have a key for (we heard from them); the first entry is any computer."""
        current = self.peer.currentData()
        self.peer.blockSignals(True)
        self.peer.clear()
        self.peer.addItem(self.tr("Any computer (everything)"), None)
        for d in devices:
            if d.is_local or not d.fingerprint:
                continue
            self.peer.addItem(f"{texts.device_name(d.name, d.id)} — {d.fingerprint[:9]}", d.id)
        index = self.peer.findData(current) if current is not None else 0
        self.peer.setCurrentIndex(max(index, 0))
        self.peer.blockSignals(False)
        self._peer_changed()

    def _peer_changed(self) -> None:
        has_peer = self.peer.currentData() is not None
        self.full.setEnabled(has_peer)
        if not has_peer:
            self.full.setChecked(False)

    def _profile_changed(self) -> None:
        self.profile_help.setText(texts.profile_explanation(self.profile.currentData() or "internal"))

    def set_communities(self, ids: list[str]) -> None:
        self.communities = list(ids)
        if not ids:
            self.community_label.setText(self.tr("All communities"))
            return
        titles = self.ctx.services.records.titles("community", ids)
        names = [titles.get(i) or i[:8] for i in ids]
        sep = "、" if language() == "ja" else ", "
        shown = sep.join(names[:3])
        if len(names) > 3:
            shown += self.tr(" and {n} more").format(n=len(names) - 3)
        self.community_label.setText(shown)

    def _choose_communities(self) -> None:
        chosen = dialogs.pick_records(self, self.ctx.services, "community", multi=True)
        if chosen is not None:
            self.set_communities(chosen)

    def options(self) -> Any:
        from mitake_desktop.core.sync import ExportOptions

        passphrase = self.passphrase.text()
        return ExportOptions(full=self.full.isChecked(), peer=self.peer.currentData(),
                             communities=tuple(self.communities), profile=self.profile.currentData(),
                             passphrase=passphrase or None)

    def export(self) -> None:
        if self.ctx.tasks.busy:
            return
        if self.passphrase.text() != self.passphrase_again.text():
            dialogs.error(self, self.tr("The two passphrases differ. Type the same passphrase twice."))
            return
        folder = settings.get_str(LAST_FOLDER_KEY) or str(Path.home())
        name = suggested_name(self.page.local_name())
        path = dialogs.save_file(self, self.tr("Export a bundle"), str(Path(folder) / name),
                                 QCoreApplication.translate("SyncFlows", "Mitake bundles (*.mitake);;All files (*)"))
        if path is None:
            return
        if not path.suffix:
            path = path.with_name(path.name + ".mitake")
        options = self.options()
        # Never kept: the fields are emptied as soon as the export has what it needs.
        self.passphrase.clear()
        self.passphrase_again.clear()
        settings.put(LAST_FOLDER_KEY, str(path.parent))
        from mitake_desktop.gui.sync.flows import start_export

        start_export(self.ctx, self.page, path, options, self.page.exported)


class SyncPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from mitake_desktop.gui.sync.models import DeviceTableModel, ExchangeTableModel

        super().__init__(ctx, parent)
        self._local_name = ""
        self.identity = QLabel(self)
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_panel = ExportPanel(self)
        importing = QGroupBox(self.tr("Import a bundle"), self)
        import_text = QLabel(self.tr("A bundle from another computer is checked completely first; you see what it "
                                     "would change before anything is written."), importing)
        import_text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a bundle…"), importing)
        self.import_button.clicked.connect(self.start_import)
        box = QVBoxLayout(importing)
        box.addWidget(import_text)
        box.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignRight)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.export_panel)
        left_layout.addWidget(importing)
        left_layout.addStretch(1)

        self.exchanges = ExchangeTableModel(self)
        self.exchange_view = _table(self.exchanges, self.tr("Exchange history"), self)
        for i, w in enumerate((140, 65, 130, 75, 190, 70)):
            self.exchange_view.setColumnWidth(i, w)
        history = QWidget(self)
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(_heading(self.tr("Exchange history"), history))
        note = QLabel(self.tr("Every bundle written or imported here. The exports are the record of provision: "
                              "to whom, which profile, how many people's data."), history)
        note.setWordWrap(True)
        history_layout.addWidget(note)
        history_layout.addWidget(self.exchange_view, 1)

        self.devices = DeviceTableModel(self)
        self.device_view = _table(self.devices, self.tr("Known devices"), self)
        for i, w in enumerate((150, 300, 50)):
            self.device_view.setColumnWidth(i, w)
        self.trust_button = QPushButton(self.tr("Trust…"), self)
        self.distrust_button = QPushButton(self.tr("Stop trusting…"), self)
        self.forget_button = QPushButton(self.tr("Forget key…"), self)
        self.trust_button.clicked.connect(self.trust_selected)
        self.distrust_button.clicked.connect(self.distrust_selected)
        self.forget_button.clicked.connect(self.forget_selected)
        self.device_view.selectionModel().selectionChanged.connect(self._device_selected)
        device_buttons = QHBoxLayout()
        device_buttons.addStretch(1)
        for b in (self.trust_button, self.distrust_button, self.forget_button):
            device_buttons.addWidget(b)
        known = QWidget(self)
        known_layout = QVBoxLayout(known)
        known_layout.setContentsMargins(0, 0, 0, 0)
        known_layout.addWidget(_heading(self.tr("Known devices"), known))
        known_layout.addWidget(self.device_view, 1)
        known_layout.addLayout(device_buttons)

        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(history)
        self.right.addWidget(known)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.right.setChildrenCollapsible(False)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 710])

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Sync"), self))
        layout.addWidget(self.identity)
        layout.addWidget(self.splitter, 1)
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.reset.connect(self._mark_stale)
        self._device_selected()

    # -- refreshing -----------------------------------------------------------------------------

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start(0)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        sync = self.ctx.services.sync
        devices = sync.devices()
        local = next((d for d in devices if d.is_local), None)
        self._local_name = local.name if local else ""
        if local is not None:
            self.identity.setText(self.tr("This computer: {name} · fingerprint {fingerprint} (read it to the "
                                          "people you exchange bundles with)").format(
                name=local.name or local.id[:8], fingerprint=local.fingerprint or "—"))
        selected = self._selected_device()
        self.devices.set_rows([d for d in devices if not d.is_local])
        if selected is not None:
            row = self.devices.row_of(selected.id)
            if row is not None:
                self.device_view.selectRow(row)
        self._device_selected()
        self.export_panel.set_peers(devices)
        self.exchanges.set_rows(sync.exchanges())

    def local_name(self) -> str:
        return self._local_name or "device"

    # -- export and import ----------------------------------------------------------------------

    def exported(self, result: ExportResult) -> None:
        from mitake_desktop.gui.sync.flows import export_message

        self.refresh()
        dialogs.information(self, export_message(result))

    def start_import(self) -> None:
        from mitake_desktop.gui.sync.flows import import_bundle

        import_bundle(self.ctx.window)  # refreshes every page through bus.reset when done

    # -- devices --------------------------------------------------------------------------------

    def _selected_device(self) -> DeviceInfo | None:
        rows = self.device_view.selectionModel().selectedRows()
        return self.devices.row_at(rows[0].row()) if rows else None

    def _device_selected(self, *_args: Any) -> None:
        d = self._selected_device()
        self.trust_button.setEnabled(d is not None and not d.trusted and bool(d.fingerprint))
        self.distrust_button.setEnabled(d is not None and d.trusted)
        self.forget_button.setEnabled(d is not None and bool(d.fingerprint))

    def _device_action(self, question: str, ok_text: str, action: Any) -> None:
        d = self._selected_device()
        if d is None:
            return
        name = texts.device_name(d.name, d.id)
        if not dialogs.confirm(self, question.format(name=name, fingerprint=d.fingerprint or "—"), ok_text=ok_text):
            return
        try:
            action(d.id)
        except MitakeError as exc:
            dialogs.show_error(self, exc)
        self.refresh()

    def trust_selected(self) -> None:
        self._device_action(self.tr("Trust “{name}”? Its bundles will be imported without asking.\n\n"
                                    "Fingerprint: {fingerprint}\n\nCompare it with the one the sender reads to "
                                    "you first."), self.tr("Trust"), self.ctx.services.sync.trust_device)

    def distrust_selected(self) -> None:
        self._device_action(self.tr("Stop trusting “{name}”? Its next bundle will ask again before it is "
                                    "imported."), self.tr("Stop trusting"),
                            lambda device_id: self.ctx.services.sync.trust_device(device_id, False))

    def forget_selected(self) -> None:
        self._device_action(self.tr("Forget the key of “{name}” (fingerprint {fingerprint})? Do this when that "
                                    "computer was reinstalled: its next bundle will ask for trust again, with "
                                    "its new key."), self.tr("Forget key"), self.ctx.services.sync.forget_device)

    # -- state ----------------------------------------------------------------------------------

    def save_state(self) -> None:
        s = settings.app_settings()
        s.setValue("sync/splitter", self.splitter.saveState())
        s.setValue("sync/right", self.right.saveState())

    def restore_state(self) -> None:
        s = settings.app_settings()
        for key, splitter in (("sync/splitter", self.splitter), ("sync/right", self.right)):
            state = s.value(key)
            if state is not None:
                splitter.restoreState(state)

    def prepare_screenshot(self) -> None:
        if self.exchanges.rowCount():
            self.exchange_view.selectRow(0)


class ConflictsPage(Page):
    """Open conflicts (or, by the filter, kept texts and resolved ones) and a side-by-side review."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from mitake_desktop.gui.sync.conflict_review import ConflictReview
        from mitake_desktop.gui.sync.models import ConflictTableModel

        super().__init__(ctx, parent)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show"))
        for label, status in ((self.tr("Open"), "open"), (self.tr("Kept texts"), "kept"),
                              (self.tr("Resolved"), "resolved"), (self.tr("All"), None)):
            self.filter.addItem(label, status)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel(self)
        self.model = ConflictTableModel(self)
        self.view = _table(self.model, self.tr("Conflicts"), self)
        for i, w in enumerate((330, 150, 160, 330)):
            self.view.setColumnWidth(i, w)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.review = ConflictReview(ctx, self)
        self.review.resolved.connect(self._resolved)
        intro = QLabel(self.tr("When a bundle brings a change to a field that was also changed here, both values "
                               "are kept. Choose which to keep, or write the right one."), self)
        intro.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(_heading(self.tr("Conflicts"), self))
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Show"), self))
        bar.addWidget(self.filter)
        bar.addWidget(self.count_label)
        # The list above, the review below: mine and theirs side by side need the whole width.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.review)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([190, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._mark_stale)
        ctx.bus.reset.connect(self._mark_stale)
        self._row_after_resolve: int | None = None

    def _mark_stale(self, *_args: object) -> None:
        if self.isVisible():
            self._timer.start(0)

    def activated(self) -> None:
        self.refresh()

    def set_status(self, status: str | None) -> None:
        """Show conflicts of one status (``None``: all)."""
        self.filter.setCurrentIndex(max(self.filter.findData(status), 0))

    def refresh(self) -> None:
        current = self.current_conflict()
        row = self._row_after_resolve
        self._row_after_resolve = None
        self.model.set_rows(self.ctx.services.sync.conflicts.list(self.filter.currentData()))
        n = self.model.rowCount()
        self.count_label.setText(self.tr("{n} conflict(s)").format(n=n))
        target = self.model.row_of(current.id) if current is not None and row is None else None
        if target is None and n:
            target = min(row or 0, n - 1)
        if target is not None:
            self.view.selectRow(target)
        self._row_changed(self.view.currentIndex())

    def current_conflict(self) -> Conflict | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        conflict = self.model.row_at(current.row()) if current.isValid() else None
        if conflict is not None:
            # The record may have changed since the list was read: show what it holds now.
            conflict = self.ctx.services.sync.conflicts.get(conflict.id)
        empty = (self.tr("No conflicts to review.") if self.filter.currentData() == "open"
                 else self.tr("Nothing to show."))
        self.review.show_conflict(conflict, empty_text=empty)

    def _resolved(self, _conflict_id: str) -> None:
        # The list re-reads on the change signal; stay at the same place, so the next conflict is selected.
        self._row_after_resolve = max(self.view.currentIndex().row(), 0)
        self.refresh()

    def save_state(self) -> None:
        settings.app_settings().setValue("conflicts/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        state = settings.app_settings().value("conflicts/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def prepare_screenshot(self) -> None:
        # A Markdown body shows the side-by-side review best.
        from mitake_desktop.gui.sync.conflict_review import field_spec

        rows = [r for r in range(self.model.rowCount())
                if (c := self.model.row_at(r)) is not None and (f := field_spec(c)) is not None
                and f.kind.value == "markdown"]
        if rows or self.model.rowCount():
            self.view.selectRow(rows[0] if rows else 0)


def open_conflicts(services: Services) -> int:
    return services.sync.conflicts.count()


def import_bundle(window: Any, on_finished: Any = None) -> None:
    """The welcome page's and the File menu's "Import bundle…" (the flow module loads on first use)."""
    from mitake_desktop.gui.sync.flows import import_bundle as run

    run(window, on_finished=on_finished)


def register() -> None:
    register_page(PageInfo("sync", lambda: QCoreApplication.translate("Pages", "Sync"), SyncPage, order=90,
                           shortcut="Ctrl+9"))
    register_page(PageInfo("conflicts", lambda: QCoreApplication.translate("Pages", "Conflicts"), ConflictsPage,
                           order=95, shortcut="Ctrl+0", badge=open_conflicts))
    welcome_page.bundle_importer = import_bundle
