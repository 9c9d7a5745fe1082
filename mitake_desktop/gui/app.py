"""Starting the desktop app: one QApplication, the database opened through the services, the main window."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTableView

from mitake_desktop import APP_ID, APP_NAME
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.schema import ENTITIES
from mitake_desktop.core.services import Services


class RecordTypeCountModel(QAbstractTableModel):
    """Each record type with its number of live records."""

    def __init__(self, counts: dict[str, int], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = [(str(e.plural), counts.get(e.type, 0)) for e in ENTITIES]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Record type"), self.tr("Records")][section]
        return None


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(APP_NAME)
        view = QTableView(self)
        view.setModel(RecordTypeCountModel(services.records.counts(), view))
        view.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(view)
        self.resize(640, 520)


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_ID)
    try:
        services = Services.open(args.db)
    except MitakeError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1
    window = MainWindow(services)
    window.show()
    code = app.exec()
    services.close()
    return int(code)
