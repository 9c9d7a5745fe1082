"""Table models of the Sync and Conflicts pages: exchanges, known devices, conflicts.

Each is a thin adapter over a list of the service's frozen dataclasses (``Exchange``, ``DeviceInfo``,
``Conflict``): the page reloads the list, the model only formats. These lists are short (a few hundred
exchanges, a handful of devices, the open conflicts), so they are loaded whole
(:class:`~mitake_desktop.gui.models.RowsModel`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mitake_desktop.core.schema import BY_TYPE
from mitake_desktop.gui import formatting
from mitake_desktop.gui.models import Col, RowsModel
from mitake_desktop.gui.sync import texts

if TYPE_CHECKING:
    from mitake_desktop.core.sync import Conflict, DeviceInfo, Exchange


class ExchangeTableModel(RowsModel["Exchange"]):
    """Bundles written and imported here, newest first: also the record of provision (個人情報保護法)."""

    columns = (Col("at"), Col("direction"), Col("device"), Col("profile"), Col("contents"), Col("people"),
               Col("file"))

    def header(self, key: str) -> str:
        return {"at": self.tr("When"), "direction": self.tr("Direction"), "device": self.tr("Device"),
                "profile": self.tr("Profile"), "contents": self.tr("Contents"), "people": self.tr("People"),
                "file": self.tr("File")}[key]

    def row_id(self, row: Exchange) -> str:
        return row.bundle_id + ":" + row.direction

    def text(self, row: Exchange, key: str) -> str:
        if key == "at":
            return formatting.format_utc(row.at)
        if key == "direction":
            return self.tr("Exported") if row.direction == "export" else self.tr("Imported")
        if key == "device":
            if row.peer_name:
                return row.peer_name
            return self.tr("(any computer)") if row.direction == "export" else (row.peer_device or "")[:8]
        if key == "profile":
            return texts.profile_short(row.profile)
        if key == "contents":
            return texts.exchange_contents(row.direction, row.counts)
        if key == "people":
            return formatting.format_int(row.people) if row.direction == "export" else ""
        return row.file_name

    def tooltip(self, row: Exchange, key: str) -> str | None:
        lines = [texts.profile_label(row.profile), texts.exchange_contents(row.direction, row.counts, detailed=True)]
        if row.communities:
            lines.append(self.tr("Communities: {n}").format(n=len(row.communities)))
        if row.encrypted:
            lines.append(self.tr("Encrypted with a passphrase"))
        lines.append(self.tr("Bundle {id}").format(id=row.bundle_id))
        return "\n".join(lines)


class DeviceTableModel(RowsModel["DeviceInfo"]):
    """Other computers this database has heard of: their key's fingerprint and whether they are trusted."""

    columns = (Col("device"), Col("fingerprint"), Col("trusted"), Col("last"))

    def header(self, key: str) -> str:
        return {"device": self.tr("Device"), "fingerprint": self.tr("Fingerprint"), "trusted": self.tr("Trusted"),
                "last": self.tr("Last exchange")}[key]

    def row_id(self, row: DeviceInfo) -> str:
        return row.id

    def text(self, row: DeviceInfo, key: str) -> str:
        if key == "device":
            return row.name or row.id[:8]
        if key == "fingerprint":
            return row.fingerprint or self.tr("(no bundle from it yet)")
        if key == "trusted":
            return formatting.yes_no(row.trusted)
        last = max((t for t in (row.last_import_at, row.last_export_at) if t), default=None)
        return formatting.format_utc(last)

    def tooltip(self, row: DeviceInfo, key: str) -> str | None:
        return self.tr("Device id {id}").format(id=row.id)


class ConflictTableModel(RowsModel["Conflict"]):
    """Concurrent edits kept by the merge, newest first."""

    columns = (Col("record"), Col("field"), Col("detected"), Col("devices"), Col("status"))

    def header(self, key: str) -> str:
        return {"record": self.tr("Record"), "field": self.tr("Field"), "detected": self.tr("Detected"),
                "devices": self.tr("Devices"), "status": self.tr("Status")}[key]

    def row_id(self, row: Conflict) -> str:
        return row.id

    def text(self, row: Conflict, key: str) -> str:
        if key == "record":
            entity = BY_TYPE.get(row.type)
            label = str(entity.label) if entity else row.type
            return f"{label}: {row.record_title}" if row.record_title else label
        if key == "field":
            return row.field_label
        if key == "detected":
            return formatting.format_utc(row.detected_at)
        if key == "devices":
            return f"{texts.device_name(row.mine_device_name, row.mine_device)} ↔ " \
                   f"{texts.device_name(row.theirs_device_name, row.theirs_device)}"
        return texts.conflict_status(row.status, row.resolution, texts.answered_by(row))

    def tooltip(self, row: Conflict, key: str) -> str | None:
        # The status column is narrow: who answered a conflict on the other computer is read here in full.
        return self.text(row, key) if key == "status" and row.resolution == "remote" else None
