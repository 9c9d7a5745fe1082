"""Table models over service queries: the lists of records, a record's history, search results.

:class:`RecordTableModel` serves any list size. It counts the rows once (so the scroll bar is right and
Ctrl+End jumps to the real end) and fetches them in blocks of 200 on demand, through the record service's
keyset paging (``RecordService.select_page``), with sorting and filters done in SQL. A block next to a
known one is one index seek; a block far away (dragging the scroll bar) uses OFFSET once, and the last
block is read backwards from the end. Only a few dozen blocks are kept, so a list of 1,000,000
registrations costs the same memory as one of 1,000. (``canFetchMore``/``fetchMore`` would only ever
grow the list from the top: reaching the end of a million rows would load them all.)

:class:`HistoryTableModel` is append-only by nature (newest first, older on demand), so it does use
``canFetchMore``/``fetchMore``.

:class:`RowsModel` is the base of the short lists loaded whole from a service (an event's participants, the
exchanges and conflicts of the Sync pages): thin adapters that only format.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy import func, select

from mitake_desktop.core.schema import BY_TYPE, FieldSpec, Kind, spec
from mitake_desktop.core.services import Filter, PageKey, SearchHit
from mitake_desktop.gui import formatting

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services
    from mitake_desktop.core.services.history import HistoryEntry

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(label, value)] an editable cell of a RowsModel may take
NUMERIC = (Kind.INT, Kind.FLOAT)
T = TypeVar("T")


@dataclass(frozen=True)
class Column:
    """A list column: a field of the record type, how it sorts, optionally its own header."""

    key: str
    sort: str | None = "field"  # "field": by this field; "sort": by the type's sort key (kana order); None
    header: str | None = None
    width: int | None = None
    target_from: str | None = None  # a TEXT field holding an id whose type is in another field (nominee_id)


class _Row(NamedTuple):
    id: str
    order_value: Any
    cells: tuple[str, ...]


class RecordTableModel(QAbstractTableModel):
    """The live records of one type, filtered and sorted in SQL, fetched in blocks on demand."""

    BLOCK = 200
    MAX_BLOCKS = 40
    count_changed = Signal(int)

    def __init__(self, services: Services, type_name: str, columns: Sequence[Column], *, order: str = "sort",
                 descending: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.type_name = type_name
        self.entity = spec(type_name)
        self.columns = tuple(columns)
        self.fields: tuple[FieldSpec, ...] = tuple(self.entity.field(c.key) for c in self.columns)
        self._filters: tuple[Filter, ...] = ()
        self._order = order
        self._descending = descending
        self._count: int | None = None
        self._blocks: OrderedDict[int, list[_Row]] = OrderedDict()
        self._first: dict[int, PageKey] = {}
        self._last: dict[int, PageKey] = {}

    # -- configuration ---------------------------------------------------------------------------

    @property
    def filters(self) -> tuple[Filter, ...]:
        return self._filters

    def set_filters(self, filters: Sequence[Filter]) -> None:
        filters = tuple(filters)
        if filters != self._filters:
            self._filters = filters
            self.refresh()

    @property
    def order(self) -> tuple[str, bool]:
        return self._order, self._descending

    def set_order(self, order: str, descending: bool) -> None:
        if (order, descending) != (self._order, self._descending):
            self._order, self._descending = order, descending
            self.refresh()

    def sort_column(self) -> int:
        """The column showing the current order, or -1."""
        for i, c in enumerate(self.columns):
            if (c.sort == "sort" and self._order == "sort") or (c.sort == "field" and self._order == c.key):
                return i
        return -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        col = self.columns[column]
        if col.sort is None:
            return
        self.set_order("sort" if col.sort == "sort" else col.key, order == Qt.SortOrder.DescendingOrder)

    def refresh(self) -> None:
        """Forget everything fetched (the data or the query changed); views re-read what they show."""
        self.beginResetModel()
        self._count = None
        self._blocks.clear()
        self._first.clear()
        self._last.clear()
        self.endResetModel()
        self.count_changed.emit(self.rowCount())

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        if self._count is None:
            self._count = self.services.records.count(self.type_name, self._filters)
        return self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == DISPLAY:
            return self.columns[section].header or str(self.fields[section].label)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.fields[section].kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        if role not in (DISPLAY, ID_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.fields[index.column()].kind in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        text = row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 30 else None
        return text

    # -- rows by position --------------------------------------------------------------------------

    def record_id(self, row: int) -> str | None:
        r = self._row(row)
        return r.id if r else None

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < self.rowCount():
            return None
        b, offset = divmod(row, self.BLOCK)
        block = self._blocks.get(b)
        if block is None:
            block = self._fetch(b)
        else:
            self._blocks.move_to_end(b)
        return block[offset] if offset < len(block) else None

    def _order_column(self) -> str:
        return "sort_key" if self._order == "sort" else self._order

    def _query(self, *, after: PageKey | None = None, descending: bool | None = None, limit: int,
               offset: int | None = None) -> list[Any]:
        order_col = self._order_column()
        wanted = ["id", order_col] + [c.key for c in self.columns] + [c.target_from for c in self.columns
                                                                       if c.target_from]
        columns = list(dict.fromkeys(wanted))
        stmt = self.services.records.select_page(
            self.type_name, self._filters, order=self._order,
            descending=self._descending if descending is None else descending, after=after, limit=limit,
            columns=columns)
        if offset:
            stmt = stmt.offset(offset)
        with self.services.db.read() as conn:
            return list(conn.execute(stmt))

    def _fetch(self, b: int) -> list[_Row]:
        total = self.rowCount()
        start = b * self.BLOCK
        want = min(self.BLOCK, total - start)
        if want <= 0:
            return []
        if b - 1 in self._last:  # the next block after a known one: one index seek
            rows = self._query(after=self._last[b - 1], limit=want)
        elif b + 1 in self._first:  # the block before a known one: read backwards
            rows = self._query(after=self._first[b + 1], descending=not self._descending, limit=want)[::-1]
        elif b == 0:
            rows = self._query(limit=want)
        elif start + want >= total:  # the last block (Ctrl+End): backwards from the end
            rows = self._query(descending=not self._descending, limit=want)[::-1]
        else:  # a jump into the middle: OFFSET once, neighbours follow by keyset
            rows = self._query(limit=want, offset=start)
        block = self._format(rows)
        if block:
            self._first[b] = PageKey(block[0].order_value, block[0].id)
            self._last[b] = PageKey(block[-1].order_value, block[-1].id)
        self._blocks[b] = block
        while len(self._blocks) > self.MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def _format(self, rows: list[Any]) -> list[_Row]:
        """Display text for a block, with every reference resolved in one query per target type."""
        order_col = self._order_column()
        titles: dict[str, dict[str, str]] = {}
        wanted: dict[str, set[str]] = {}
        for c, f in zip(self.columns, self.fields, strict=True):
            for r in rows:
                value = r._mapping[c.key]
                if not value:
                    continue
                if c.target_from:
                    target = r._mapping[c.target_from]
                    if target in BY_TYPE:
                        wanted.setdefault(target, set()).add(value)
                elif f.kind is Kind.REF and f.target:
                    wanted.setdefault(f.target, set()).add(value)
                elif f.kind is Kind.REFS and f.target:
                    wanted.setdefault(f.target, set()).update(value)
        for target, ids in wanted.items():
            titles[target] = self.services.records.titles(target, ids)
        out = []
        for r in rows:
            m = r._mapping
            cells = []
            for c, f in zip(self.columns, self.fields, strict=True):
                if c.target_from:
                    target = m[c.target_from]
                    cells.append(titles.get(target, {}).get(m[c.key], "") if m[c.key] else "")
                else:
                    cells.append(formatting.format_value(f, m[c.key], titles.get(f.target or "", {})))
            out.append(_Row(m["id"], m[order_col], tuple(cells)))
        return out

    def locate(self, record_id: str) -> int | None:
        """The row of ``record_id`` under the current filters and order, or None if it is not listed."""
        records = self.services.records
        order_col = self._order_column()
        stmt = records.select_page(self.type_name, [*self._filters, Filter("id", "=", record_id)],
                                   columns=["id", order_col], limit=1)
        with self.services.db.read() as conn:
            found = conn.execute(stmt).first()
            if found is None:
                return None
            before = records.select_page(self.type_name, self._filters, order=self._order,
                                         descending=not self._descending,
                                         after=PageKey(found._mapping[order_col], record_id), columns=["id"])
            return int(conn.execute(select(func.count()).select_from(before.order_by(None).subquery())).scalar_one())


class HistoryTableModel(QAbstractTableModel):
    """The change history of one record (or of everything), newest first, older pages on demand."""

    PAGE = 100
    COLUMNS = 5  # when, who, change, before, after

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self._target: tuple[str, str] | None = None
        self._all = False
        self._entries: list[HistoryEntry] = []
        self._cells: list[tuple[str, ...]] = []
        self._more = False
        self._resetting = False

    def set_record(self, type_name: str | None, record_id: str | None) -> None:
        """Show one record's history (None: nothing)."""
        self._reset((type_name, record_id) if type_name and record_id else None, everything=False)

    def show_everything(self) -> None:
        """Show every change in the database (the dashboard's recent activity)."""
        self._reset(None, everything=True)

    def _reset(self, target: tuple[str, str] | None, *, everything: bool) -> None:
        # The first page is read inside the reset: views (and the model tester) see one consistent change.
        self.beginResetModel()
        self._target, self._all = target, everything
        self._entries, self._cells = [], []
        self._more = everything or target is not None
        page = self._next_page()
        self._entries, self._cells = page, self._describe(page)
        self._resetting = True  # views asking for more while the reset is announced get it afterwards
        try:
            self.endResetModel()
        finally:
            self._resetting = False

    def entry(self, row: int) -> HistoryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        return [self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Before"), self.tr("After")][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            text = self._cells[index.row()][index.column()]
            return text if role == DISPLAY or len(text) > 30 else None
        if role == ID_ROLE:
            return self._entries[index.row()].seq
        return None

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or not self._more or self._resetting:
            return
        page = self._next_page()
        if not page:
            return
        cells = self._describe(page)
        first = len(self._entries)
        self.beginInsertRows(_ROOT, first, first + len(page) - 1)
        self._entries += page
        self._cells += cells
        self.endInsertRows()

    def _next_page(self) -> list[HistoryEntry]:
        before = self._entries[-1].seq if self._entries else None
        history = self.services.history
        if self._all:
            page = history.recent(limit=self.PAGE, before_seq=before)
        elif self._target:
            page = history.for_record(*self._target, limit=self.PAGE, before_seq=before)
        else:
            page = []
        self._more = len(page) == self.PAGE
        return page

    def _describe(self, page: list[HistoryEntry]) -> list[tuple[str, ...]]:
        titles: dict[str, dict[str, str]] = {}
        wanted: dict[str, set[str]] = {}
        for e in page:
            f = _field_of(e)
            if f is not None and f.target and f.kind in (Kind.REF, Kind.REFS):
                for v in (e.old, e.new):
                    if v:
                        wanted.setdefault(f.target, set()).update(v if isinstance(v, list) else [v])
            if self._all:
                wanted.setdefault(e.entity_type, set()).add(e.entity_id)
        for target, ids in wanted.items():
            titles[target] = self.services.records.titles(target, ids)
        actions = {"create": self.tr("Created"), "update": self.tr("Changed"), "delete": self.tr("Deleted"),
                   "restore": self.tr("Restored"), "merge": self.tr("Merged")}
        out: list[tuple[str, ...]] = []
        for e in page:
            f = _field_of(e)
            who = e.actor + (f" @ {e.device_name}" if e.device_name else "")
            action = actions.get(e.action, e.action)
            what = self.tr("{action}: {field}").format(action=action, field=f.label) if f is not None else action
            if self._all:
                entity = BY_TYPE.get(e.entity_type)
                name = titles.get(e.entity_type, {}).get(e.entity_id, "")
                what = self.tr("{type} “{name}” — {change}").format(
                    type=entity.label if entity else e.entity_type, name=name, change=what)
            old = formatting.format_value(f, e.old, titles.get(f.target or "", {})) if f else ""
            new = formatting.format_value(f, e.new, titles.get(f.target or "", {})) if f else ""
            out.append((formatting.format_utc(e.at), who, what, old, new))
        return out


def _field_of(e: HistoryEntry) -> FieldSpec | None:
    entity = BY_TYPE.get(e.entity_type)
    if entity is None or e.field is None or not entity.has_field(e.field):
        return None
    return entity.field(e.field)


class SearchResultsModel(QAbstractListModel):
    """Global-search hits grouped by record type: a heading row per type, then its hits."""

    HIT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # (text, hit, type whose whole list the row opens): a heading has neither hit nor type.
        self._rows: list[tuple[str, SearchHit | None, str | None]] = []

    def set_hits(self, hits: Sequence[SearchHit], totals: dict[str, int] | None = None) -> None:
        """``totals``: how many match per type; when more match than are shown, a last row offers them all."""
        self.beginResetModel()
        self._rows = []
        shown: dict[str, int] = {}
        for h in hits:
            shown[h.type] = shown.get(h.type, 0) + 1
        totals = {t: max(n, (totals or {}).get(t, 0)) for t, n in shown.items()}
        order = list(dict.fromkeys(h.type for h in hits))
        for type_name in order:
            label = spec(type_name).plural
            self._rows.append((self.tr("{type} ({n})").format(type=label, n=totals[type_name]), None, None))
            self._rows += [(h.title or "—", h, None) for h in hits if h.type == type_name]
            if totals[type_name] > shown[type_name]:
                more = self.tr("Show all {n} in {type}…").format(n=totals[type_name], type=label)
                self._rows.append((more, None, type_name))
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def more_type(self, row: int) -> str | None:
        """The record type whose full list a "show all" row opens."""
        return self._rows[row][2] if 0 <= row < len(self._rows) else None

    def selectable(self, row: int) -> bool:
        return self.hit(row) is not None or self.more_type(row) is not None

    def first_hit_row(self) -> int:
        return next((i for i, (_t, h, _m) in enumerate(self._rows) if h is not None), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.selectable(index.row()):
            return Qt.ItemFlag.ItemIsEnabled  # a heading: shown, not selectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, hit, more = self._rows[index.row()]
        if role == DISPLAY:
            return text if hit is None and more is None else f"    {text}"
        if role == Qt.ItemDataRole.FontRole and more is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.FontRole and hit is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.HIT_ROLE:
            return (hit.type, hit.id) if hit else None
        return None


@dataclass(frozen=True)
class Col:
    """A column of a :class:`RowsModel`: the key its model formats, whether it is edited in place, numbers."""

    key: str
    editable: bool = False
    numeric: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    """A list of plain rows (the dataclasses a service returns) shown through :class:`Col` columns; subclasses
    format the cells. Editable cells hand the new value to :meth:`commit` and offer their choices through
    :data:`CHOICES_ROLE`."""

    columns: tuple[Col, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # -- rows ------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace_row(self, row: int, value: T) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = value
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def row_of(self, row_id: str) -> int | None:
        """The row whose :meth:`row_id` is ``row_id``, or None."""
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == row_id), None)

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == DISPLAY:
            return self.header(self.columns[section].key)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and self.can_edit(index.row(), self.columns[index.column()].key):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        key = self.columns[index.column()].key
        if role == DISPLAY:
            return self.text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row, key)
            return QBrush(colour) if colour is not None else None
        if role == EDIT:
            return self.edit_value(row, key)
        if role == CHOICES_ROLE:
            return self.choices(row, key)
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        col = self.columns[index.column()]
        if not col.editable:
            return False
        updated = self.commit(index.row(), col.key, value)
        if updated is None:
            return False
        self.replace_row(index.row(), updated)
        return True

    # -- to override -------------------------------------------------------------------------------

    def header(self, key: str) -> str:
        """The column's title (each model translates its own: lupdate needs literal strings)."""
        raise NotImplementedError

    def text(self, row: T, key: str) -> str:
        raise NotImplementedError

    def tooltip(self, row: T, key: str) -> str | None:
        text = self.text(row, key)
        return text if len(text) > 24 else None

    def background(self, row: T) -> QColor | None:
        return None

    def foreground(self, row: T, key: str) -> QColor | None:
        return None

    def can_edit(self, row: int, key: str) -> bool:
        return True

    def edit_value(self, row: T, key: str) -> Any:
        return None

    def choices(self, row: T, key: str) -> list[tuple[str, Any]] | None:
        return None

    def row_id(self, row: T) -> str | None:
        return None

    def commit(self, row: int, key: str, value: Any) -> T | None:
        return None


class RowsTableModel(RowsModel[tuple[str, ...]]):
    """A small fixed table (the record types in a bundle): rows of text already formatted, under ``headers``."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self.columns = tuple(Col(str(i)) for i in range(len(self._headers)))
        self._rows = [tuple(r) for r in rows]

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        super().set_rows([tuple(r) for r in rows])

    def header(self, key: str) -> str:
        return self._headers[int(key)]

    def text(self, row: tuple[str, ...], key: str) -> str:
        i = int(key)
        return row[i] if i < len(row) else ""

    def tooltip(self, row: tuple[str, ...], key: str) -> str | None:
        return None
