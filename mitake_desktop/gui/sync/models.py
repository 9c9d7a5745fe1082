"""Table models of the Sync and Conflicts pages: exchanges, known devices, conflicts.

Each is a thin adapter over a list of the service's frozen dataclasses (``Exchange``, ``DeviceInfo``,
``Conflict``): the page reloads the list, the model only formats. These lists are short (a few hundred
exchanges, a handful of devices, the open conflicts), so they are loaded whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mitake_desktop.core.schema import BY_TYPE
from mitake_desktop.gui import formatting
from mitake_desktop.gui.sync import texts

if TYPE_CHECKING:
    from mitake_desktop.core.sync import Conflict, DeviceInfo, Exchange

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

T = TypeVar("T")


class _ItemsModel(QAbstractTableModel, Generic[T]):
    """Rows are items; subclasses say what each column shows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: T, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, item: T, column: int) -> str | None:
        return None

    def item_id(self, item: T) -> str:
        raise NotImplementedError

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int | None:
        return next((i for i, it in enumerate(self._items) if self.item_id(it) == item_id), None)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        headers = self.headers()
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(headers):
            return headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self.item(index.row())
        if item is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == DISPLAY:
            return self.cell(item, index.column())
        if role == TOOLTIP:
            return self.tooltip(item, index.column())
        if role == ID_ROLE:
            return self.item_id(item)
        return None


class ExchangeTableModel(_ItemsModel["Exchange"]):
    """Bundles written and imported here, newest first: also the record of provision (個人情報保護法)."""

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Direction"), self.tr("Device"), self.tr("Profile"), self.tr("Contents"), self.tr("People"),
                self.tr("File")]

    def item_id(self, item: Exchange) -> str:
        return item.bundle_id + ":" + item.direction

    def cell(self, item: Exchange, column: int) -> str:
        if column == 0:
            return formatting.format_utc(item.at)
        if column == 1:
            return self.tr("Exported") if item.direction == "export" else self.tr("Imported")
        if column == 2:
            if item.peer_name:
                return item.peer_name
            return self.tr("(any computer)") if item.direction == "export" else (item.peer_device or "")[:8]
        if column == 3:
            return texts.profile_short(item.profile)
        if column == 4:
            return texts.exchange_contents(item.direction, item.counts)
        if column == 5:
            return formatting.format_int(item.people) if item.direction == "export" else ""
        return item.file_name

    def tooltip(self, item: Exchange, column: int) -> str | None:
        lines = [texts.profile_label(item.profile), texts.exchange_contents(item.direction, item.counts, detailed=True)]
        if item.communities:
            lines.append(self.tr("Communities: {n}").format(n=len(item.communities)))
        if item.encrypted:
            lines.append(self.tr("Encrypted with a passphrase"))
        lines.append(self.tr("Bundle {id}").format(id=item.bundle_id))
        return "\n".join(lines)


class DeviceTableModel(_ItemsModel["DeviceInfo"]):
    """Other computers this database has heard of: their key's fingerprint and whether they are trusted."""

    def headers(self) -> list[str]:
        return [self.tr("Device"), self.tr("Fingerprint"), self.tr("Trusted"), self.tr("Last exchange")]

    def item_id(self, item: DeviceInfo) -> str:
        return item.id

    def cell(self, item: DeviceInfo, column: int) -> str:
        if column == 0:
            return item.name or item.id[:8]
        if column == 1:
            return item.fingerprint or self.tr("(no bundle from it yet)")
        if column == 2:
            return formatting.yes_no(item.trusted)
        last = max((t for t in (item.last_import_at, item.last_export_at) if t), default=None)
        return formatting.format_utc(last)

    def tooltip(self, item: DeviceInfo, column: int) -> str | None:
        return self.tr("Device id {id}").format(id=item.id)


class ConflictTableModel(_ItemsModel["Conflict"]):
    """Concurrent edits kept by the merge, newest first."""

    def headers(self) -> list[str]:
        return [self.tr("Record"), self.tr("Field"), self.tr("Detected"), self.tr("Devices"), self.tr("Status")]

    def item_id(self, item: Conflict) -> str:
        return item.id

    def cell(self, item: Conflict, column: int) -> str:
        if column == 0:
            entity = BY_TYPE.get(item.type)
            label = str(entity.label) if entity else item.type
            return f"{label}: {item.record_title}" if item.record_title else label
        if column == 1:
            return item.field_label
        if column == 2:
            return formatting.format_utc(item.detected_at)
        if column == 3:
            return f"{texts.device_name(item.mine_device_name, item.mine_device)} ↔ " \
                   f"{texts.device_name(item.theirs_device_name, item.theirs_device)}"
        return texts.conflict_status(item.status, item.resolution)
