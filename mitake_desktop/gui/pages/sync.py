"""Sync and Conflicts, as far as they exist before bundle sync: this device, the devices heard of, recent batches.

The sync part of the app replaces both pages by registering the same names (see ``pages/__init__.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from mitake_desktop.gui import formatting
from mitake_desktop.gui.pages import Page, PageInfo, register_page

if TYPE_CHECKING:
    from mitake_desktop.gui.context import AppContext
    from mitake_desktop.gui.models import RowsTableModel


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def _table(model: RowsTableModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SyncPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from mitake_desktop.gui.models import RowsTableModel

        super().__init__(ctx, parent)
        self.device_id = QLineEdit(ctx.services.device_id, self)
        self.device_id.setReadOnly(True)
        self.device_id.setAccessibleName(self.tr("This device's id"))
        self.database = QLineEdit(ctx.services.db.location, self)
        self.database.setReadOnly(True)
        self.database.setAccessibleName(self.tr("Database"))
        info = QFormLayout()
        info.addRow(self.tr("This device's id"), self.device_id)
        info.addRow(self.tr("Database"), self.database)
        note = QLabel(self.tr("Exchanging bundles with other computers arrives in a later version. "
                              "Until then this page shows what this database knows."), self)
        note.setWordWrap(True)
        self.devices = RowsTableModel([self.tr("Device"), self.tr("Id"), self.tr("This computer"),
                                       self.tr("Trusted"), self.tr("First seen")], parent=self)
        self.batches = RowsTableModel([self.tr("When"), self.tr("Kind"), self.tr("Description"), self.tr("By"),
                                       self.tr("Undone")], parent=self)
        devices_view = _table(self.devices, self.tr("Known devices"), self)
        batches_view = _table(self.batches, self.tr("Recent batches"), self)
        for view, widths in ((devices_view, (220, 300, 110, 80)), (batches_view, (160, 110, 320, 120))):
            for i, w in enumerate(widths):
                view.setColumnWidth(i, w)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Sync"), self))
        layout.addWidget(note)
        layout.addLayout(info)
        layout.addWidget(_heading(self.tr("Known devices"), self))
        layout.addWidget(devices_view, 1)
        layout.addWidget(_heading(self.tr("Recent batches"), self))
        layout.addWidget(batches_view, 2)
        ctx.bus.reset.connect(self.activated)

    def activated(self) -> None:
        from mitake_desktop.core.services.identity import list_devices

        yes, no = formatting.yes_no(True), formatting.yes_no(False)
        self.devices.set_rows([
            (d.name, d.id, yes if d.is_local else no, yes if d.trusted else no,
             formatting.format_utc(d.first_seen)) for d in list_devices(self.ctx.services.db)])
        kinds = {"demo": self.tr("Demo data"), "undo": self.tr("Undo"), "import": self.tr("Import"),
                 "import_csv": self.tr("CSV import"), "merge": self.tr("Bundle merge")}
        self.batches.set_rows([
            (formatting.format_utc(b.at), kinds.get(b.kind, b.kind), b.label, b.actor, yes if b.undone else no)
            for b in self.ctx.services.history.batches(limit=200)])


class ConflictsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        text = QLabel(self.tr(
            "No conflicts to review.\n\nWhen a bundle from another computer changes a field that was also "
            "changed here, both versions are kept and listed on this page for you to choose from. "
            "Bundle exchange arrives in a later version."), self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Conflicts"), self))
        layout.addWidget(text)
        layout.addStretch(1)


def register() -> None:
    register_page(PageInfo("sync", lambda: QCoreApplication.translate("Pages", "Sync"), SyncPage, order=90,
                           shortcut="Ctrl+9"))
    register_page(PageInfo("conflicts", lambda: QCoreApplication.translate("Pages", "Conflicts"), ConflictsPage,
                           order=95, shortcut="Ctrl+0"))
