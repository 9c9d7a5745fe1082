"""Create, read, update, delete and list every record type, with validation, history and clocks.

Records travel as plain dictionaries: the fields of the type plus ``id``, ``deleted``, ``created_at``,
``updated_at`` and ``updated_by``. No ORM object ever leaves this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, Table, Text, and_, cast, func, insert, literal, or_, select, tuple_, update
from sqlalchemy.sql.elements import ColumnElement

from mitake_desktop.core import clock, reference
from mitake_desktop.core.errors import FieldProblem, NotFoundError, ValidationError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.ids import new_id
from mitake_desktop.core.schema import ENTITIES, EntitySpec, Kind, spec
from mitake_desktop.core.services import search_index
from mitake_desktop.core.services.tx import Transactions, Tx
from mitake_desktop.core.services.validation import check_names, collect_values, in_field_order, problem
from mitake_desktop.core.storage.database import Database
from mitake_desktop.core.storage.tables import ENTITY_TABLES, history

META = ("id", "deleted", "created_at", "updated_at", "updated_by")
# Records about a person, named in lists of examples by that person (a profile's expertise says less).
NAMED_BY_PERSON = {"opinion_leader_profile": "person_id"}
# Records whose own title field says little (a registration's status, a membership's role) are titled by the
# records they join: "伊藤 翔太 — よろず支援拠点 出張相談会".
TITLED_BY_REFS: dict[str, tuple[str, ...]] = {
    "registration": ("person_id", "event_id"),
    "membership": ("person_id", "community_id"),
    "opinion_leader_profile": ("person_id", "expertise"),
}


def table_of(type_name: str) -> Table:
    spec(type_name)  # raises a plain error for unknown types
    return ENTITY_TABLES[type_name]


def row_to_record(entity: EntitySpec, row: Any) -> dict[str, Any]:
    m = row._mapping
    out = {k: m[k] for k in META}
    out["deleted"] = bool(out["deleted"])
    for f in entity.fields:
        out[f.name] = m[f.name]
    return out


def _columns(entity: EntitySpec) -> list[Any]:
    t = ENTITY_TABLES[entity.type]
    return [t.c[k] for k in META] + [t.c[f.name] for f in entity.fields]


@dataclass(frozen=True)
class Filter:
    """A condition on one field: ``op`` is one of = != < <= > >= in contains like isnull search via.

    ``via`` selects records linked through another type: ``Filter("id", "via", ("membership", "person_id",
    "community_id", cid))`` are the people with a live membership in community ``cid``.
    """

    field: str
    op: str
    value: Any = None


@dataclass(frozen=True)
class PageKey:
    """Where a page ended, for keyset paging: the sort value and id of its last row."""

    sort_value: Any
    id: str


def _after(order_col: Any, id_col: Any, key: PageKey, descending: bool) -> ColumnElement[bool]:
    """Rows after ``key`` in the order (order_col, id), ascending or descending.

    A plain row-value comparison drops every row once the key's sort value is NULL (NULL compares as
    unknown), so NULLs are handled explicitly; SQLite puts them first ascending and last descending.
    """
    if key.sort_value is None:
        same = and_(order_col.is_(None), id_col < key.id if descending else id_col > key.id)
        return same if descending else or_(same, order_col.is_not(None))
    bound = tuple_(literal(key.sort_value), literal(key.id))
    row = tuple_(order_col, id_col)
    if descending:
        return or_(row < bound, order_col.is_(None))
    return row > bound


class RecordService:
    def __init__(self, db: Database, transactions: Transactions) -> None:
        self.db = db
        self.transactions = transactions

    # -- writing -------------------------------------------------------------------------------

    def create(self, type_name: str, values: Mapping[str, Any], *, tx: Tx | None = None,
               record_id: str | None = None) -> dict[str, Any]:
        """Validate and insert a new record; returns it. ``record_id`` only for content-addressed types."""
        if tx is None:
            with self.transactions.begin() as own:
                return self.create(type_name, values, tx=own, record_id=record_id)
        entity = spec(type_name)
        clean, problems = collect_values(entity, values, creating=True)
        full = {f.name: clean.get(f.name) for f in entity.fields}
        self._check_relations(tx.conn, entity, full, None, found=problems)
        rid = record_id or new_id()
        if record_id is not None and not entity.content_addressed:
            raise ValueError("record_id is only for content-addressed types")
        h = tx.tick()
        stamp = clock.to_iso(h)
        row = {
            **full,
            "id": rid,
            "deleted": False,
            "created_at": stamp,
            "updated_at": stamp,
            "updated_by": tx.device_id,
            "clocks": {"*": [h, tx.device_idx]},
            "updated_hlc": h,
            "sort_key": entity.sort_key(full),
            "lseq": tx.next_lseq(),
        }
        tx.conn.execute(insert(ENTITY_TABLES[type_name]).values(**row))
        self._history(tx, h, type_name, rid, "create", None, None, None)
        if entity.searchable:
            search_index.index_record(tx.conn, entity, rid, full)
        tx.mark(type_name, rid)
        _after_write(self, tx, type_name, None, full | {"id": rid, "deleted": False})
        return {k: row[k] for k in META} | full

    def update(self, type_name: str, record_id: str, changes: Mapping[str, Any], *,
               tx: Tx | None = None) -> dict[str, Any]:
        """Change some fields; unchanged values are not recorded. Returns the record as it now is."""
        if tx is None:
            with self.transactions.begin() as own:
                return self.update(type_name, record_id, changes, tx=own)
        entity = spec(type_name)
        check_names(entity, changes)
        current = self._get(tx.conn, entity, record_id, include_deleted=False)
        clean, problems = collect_values(entity, changes, creating=False)
        merged = {f.name: current[f.name] for f in entity.fields} | clean
        changed = {k: v for k, v in clean.items() if current[k] != v}
        if not changed and not problems:
            return current
        self._check_relations(tx.conn, entity, merged, record_id, only=set(changed), found=problems)
        h = tx.tick()
        t = ENTITY_TABLES[type_name]
        clocks = dict(self._clocks(tx.conn, entity, record_id))
        star = clocks.get("*") or [0, 0]
        for name in changed:
            # The clock of the value this edit replaced: an exact match tells sync the edit had seen it.
            prev = clocks.get(name, star)
            clocks[name] = [h, tx.device_idx, prev[0], prev[1]] if prev[0] else [h, tx.device_idx]
        tx.conn.execute(
            update(t).where(t.c.id == record_id).values(
                **changed,
                updated_at=clock.to_iso(h),
                updated_by=tx.device_id,
                clocks=clocks,
                updated_hlc=h,
                sort_key=entity.sort_key(merged),
                lseq=tx.next_lseq(),
            )
        )
        for name, value in changed.items():
            self._history(tx, h, type_name, record_id, "update", name, current[name], value)
        if entity.searchable:
            search_index.index_record(tx.conn, entity, record_id, merged)
        tx.mark(type_name, record_id)
        _after_write(self, tx, type_name, current, current | changed)
        return current | changed | {"updated_at": clock.to_iso(h), "updated_by": tx.device_id}

    def delete(self, type_name: str, record_id: str, *, tx: Tx | None = None) -> None:
        """Soft-delete (a tombstone that syncs). The record can be restored."""
        self._set_deleted(type_name, record_id, True, tx)

    def restore(self, type_name: str, record_id: str, *, tx: Tx | None = None) -> None:
        self._set_deleted(type_name, record_id, False, tx)

    def _set_deleted(self, type_name: str, record_id: str, deleted: bool, tx: Tx | None) -> None:
        if tx is None:
            with self.transactions.begin() as own:
                return self._set_deleted(type_name, record_id, deleted, own)
        entity = spec(type_name)
        current = self._get(tx.conn, entity, record_id, include_deleted=True)
        if current["deleted"] == deleted:
            return None
        if not deleted:
            # Restoring needs its references alive again (a restored event needs its community).
            self._check_relations(tx.conn, entity, current, record_id, only={f.name for f in entity.refs})
        h = tx.tick()
        t = ENTITY_TABLES[type_name]
        clocks = dict(self._clocks(tx.conn, entity, record_id))
        clocks["deleted"] = [h, tx.device_idx]
        tx.conn.execute(
            update(t).where(t.c.id == record_id).values(
                deleted=deleted, updated_at=clock.to_iso(h), updated_by=tx.device_id, clocks=clocks,
                updated_hlc=h, lseq=tx.next_lseq(),
            )
        )
        self._history(tx, h, type_name, record_id, "delete" if deleted else "restore", None, None, None)
        if entity.searchable:
            if deleted:
                search_index.remove_record(tx.conn, type_name, record_id)
            else:
                search_index.index_record(tx.conn, entity, record_id, current)
        tx.mark(type_name, record_id)
        _after_write(self, tx, type_name, current, current | {"deleted": deleted})
        return None

    def reaffirm(self, type_name: str, record_id: str, name: str, *, tx: Tx | None = None) -> None:
        """Write a field's (or ``deleted``'s) current value again with a new clock, the value unchanged.

        For an answer that keeps what the record already holds (a sync conflict resolved by keeping
        the applied side): the decision is a write, so it travels and wins like any other edit. A
        field's clock keeps the one it replaced, as :meth:`update` does; ``deleted`` has none.
        """
        if tx is None:
            with self.transactions.begin() as own:
                return self.reaffirm(type_name, record_id, name, tx=own)
        entity = spec(type_name)
        if name != "deleted":
            check_names(entity, {name: None})
        self._get(tx.conn, entity, record_id, include_deleted=True)  # refuses a record that does not exist
        h = tx.tick()
        t = ENTITY_TABLES[type_name]
        clocks = dict(self._clocks(tx.conn, entity, record_id))
        prev = clocks.get(name, clocks.get("*") or [0, 0])
        clocks[name] = [h, tx.device_idx, prev[0], prev[1]] if prev[0] and name != "deleted" else [h, tx.device_idx]
        tx.conn.execute(update(t).where(t.c.id == record_id).values(
            updated_at=clock.to_iso(h), updated_by=tx.device_id, clocks=clocks, updated_hlc=h, lseq=tx.next_lseq()))
        # No history row: no value changed, nothing to undo (the conflict row records the answer).
        tx.mark(type_name, record_id)
        return None

    def _history(self, tx: Tx, h: int, type_name: str, record_id: str, action: str,
                 field: str | None, old: Any, new: Any) -> None:
        tx.conn.execute(
            insert(history).values(
                at=clock.to_iso(h), hlc=h, device_id=tx.device_id, actor=tx.actor, entity_type=type_name,
                entity_id=record_id, action=action, field=field, old=old, new=new, batch_id=tx.batch_id,
            )
        )

    def _clocks(self, conn: Connection, entity: EntitySpec, record_id: str) -> dict[str, Any]:
        t = ENTITY_TABLES[entity.type]
        return dict(conn.execute(select(t.c.clocks).where(t.c.id == record_id)).scalar_one())

    # -- relational checks ---------------------------------------------------------------------

    def _check_relations(self, conn: Connection, entity: EntitySpec, values: Mapping[str, Any],
                         record_id: str | None, only: set[str] | None = None,
                         found: list[FieldProblem] | None = None) -> None:
        """Refuse references to missing records, an end before its start, duplicates and the type's own rules,
        together with the problems ``found`` in the values themselves (every problem after one save)."""
        problems: list[FieldProblem] = list(found or [])
        bad = {p.field for p in problems}
        for f in entity.fields:
            if (only is not None and f.name not in only) or f.name in bad:
                continue
            value = values.get(f.name)
            if value in (None, []):
                continue
            if f.kind is Kind.REF:
                assert f.target is not None
                if not self._alive(conn, f.target, [value]):
                    problems.append(problem(f, "bad_ref", target=str(spec(f.target).label), value=value))
            elif f.kind is Kind.REFS:
                assert f.target is not None
                missing = sorted(set(value) - self._alive(conn, f.target, value))
                if missing:
                    problems.append(problem(f, "bad_ref", target=str(spec(f.target).label), value=", ".join(missing)))
            elif f.kind is Kind.SHA256S:
                missing = sorted(set(value) - self._alive(conn, "attachment", value))
                if missing:
                    problems.append(problem(f, "bad_ref", target=str(spec("attachment").label),
                                            value=", ".join(m[:12] for m in missing)))
        for rule in entity.order:
            a, b = values.get(rule.earlier), values.get(rule.later)
            if rule.earlier in bad or rule.later in bad:
                continue
            if a is not None and b is not None and str(b) < str(a):
                fb = entity.field(rule.later)
                problems.append(FieldProblem(fb.name, str(fb.label), msg(
                    "end_before_start", label=str(fb.label), other=str(entity.field(rule.earlier).label))))
        for urule in entity.unique:
            if only is not None and not (set(urule.fields) & only):
                continue
            if any(values.get(n) is None or n in bad for n in urule.fields):
                continue
            t = ENTITY_TABLES[entity.type]
            cond = [t.c[n] == values[n] for n in urule.fields] + [t.c.deleted.is_(False)]
            if record_id is not None:
                cond.append(t.c.id != record_id)
            if conn.execute(select(t.c.id).where(*cond).limit(1)).first() is not None:
                f = entity.field(urule.fields[-1])
                problems.append(FieldProblem(f.name, str(f.label), msg(urule.message)))
        check = EXTRA_CHECKS.get(entity.type)
        if check is not None and not bad:  # the type's own rules read clean values only
            problems += check(self, conn, values, record_id)
        if problems:
            raise ValidationError(in_field_order(entity, problems))

    def _alive(self, conn: Connection, type_name: str, ids: Iterable[str]) -> set[str]:
        t = ENTITY_TABLES[type_name]
        wanted = list(set(ids))
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            found |= set(conn.execute(select(t.c.id).where(t.c.id.in_(chunk), t.c.deleted.is_(False))).scalars())
        return found

    # -- reading -------------------------------------------------------------------------------

    def _get(self, conn: Connection, entity: EntitySpec, record_id: str, *, include_deleted: bool) -> dict[str, Any]:
        t = ENTITY_TABLES[entity.type]
        row = conn.execute(select(*_columns(entity)).where(t.c.id == record_id)).first()
        if row is None:
            raise NotFoundError(msg("not_found", type=str(entity.label), id=record_id))
        record = row_to_record(entity, row)
        if record["deleted"] and not include_deleted:
            raise NotFoundError(msg("is_deleted", type=str(entity.label), id=record_id))
        return record

    def get_in(self, conn: Connection, type_name: str, record_id: str, *,
               include_deleted: bool = False) -> dict[str, Any]:
        """Like :meth:`get`, inside a transaction the caller already holds."""
        return self._get(conn, spec(type_name), record_id, include_deleted=include_deleted)

    def get(self, type_name: str, record_id: str, *, include_deleted: bool = False) -> dict[str, Any]:
        entity = spec(type_name)
        with self.db.read() as conn:
            return self._get(conn, entity, record_id, include_deleted=include_deleted)

    def get_many(self, type_name: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Live records by id (missing or deleted ones are left out)."""
        entity = spec(type_name)
        t = ENTITY_TABLES[type_name]
        out: dict[str, dict[str, Any]] = {}
        with self.db.read() as conn:
            for i in range(0, len(ids), 500):
                chunk = list(ids[i : i + 500])
                rows = conn.execute(select(*_columns(entity)).where(t.c.id.in_(chunk), t.c.deleted.is_(False)))
                for row in rows:
                    out[row.id] = row_to_record(entity, row)
        return out

    def titles(self, type_name: str, ids: Iterable[str]) -> dict[str, str]:
        """Display titles by id, for showing references without loading whole records.

        A deleted record still has a title — records that point at it keep showing it — marked as deleted.
        """
        with self.db.read() as conn:
            return self.titles_in(conn, type_name, ids)

    def titles_in(self, conn: Connection, type_name: str, ids: Iterable[str]) -> dict[str, str]:
        """:meth:`titles` on an open connection (inside a transaction)."""
        entity = spec(type_name)
        t = ENTITY_TABLES[type_name]
        wanted = list({i for i in ids if i})
        parts = TITLED_BY_REFS.get(type_name, (entity.title_field,))
        rows: list[Any] = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            rows += conn.execute(select(t.c.id, t.c.deleted, *(t.c[p] for p in parts)).where(t.c.id.in_(chunk))).all()
        # Referenced records' titles, one query per referenced type.
        named: dict[str, dict[str, str]] = {}
        for p in parts:
            f = entity.field(p)
            if f.kind is Kind.REF and f.target:
                named[p] = self.titles_in(conn, f.target, [r._mapping[p] for r in rows])
        out: dict[str, str] = {}
        for r in rows:
            texts = []
            for p in parts:
                value = r._mapping[p]
                if value is None or value == "":
                    continue
                texts.append(named[p].get(value, "") if p in named else str(value))
            text = " — ".join(x for x in texts if x)
            out[r.id] = msg("deleted_mark", title=text) if r.deleted else text
        return out

    def dependents(self, type_name: str, record_id: str) -> dict[str, int]:
        """Live records that point at this one, by type (what deleting it would leave pointing at a tombstone)."""
        return {t: n for t, (n, _) in self.dependent_examples(type_name, [record_id], limit=0).items()}

    def dependent_examples(self, type_name: str, record_ids: Sequence[str], *,
                           limit: int = 3) -> dict[str, tuple[int, list[str]]]:
        """Live records that point at any of ``record_ids``: per type, how many and up to ``limit`` titles.

        For a delete confirmation ("3 events, e.g. …"). Records among ``record_ids`` themselves are not
        counted. A record whose own title is a choice (a membership's role, a registration's status) is
        named by the other record it refers to (the member, the registrant), which says more.
        """
        ids = list(dict.fromkeys(i for i in record_ids if i))
        counts: dict[str, int] = {}
        examples: dict[str, list[str]] = {}
        with self.db.read() as conn:
            for entity, match in self._dependent_matches(type_name, ids):
                t = ENTITY_TABLES[entity.type]
                where = [match, t.c.deleted.is_(False)]
                if entity.type == type_name:
                    where.append(t.c.id.not_in(ids))
                n = int(conn.execute(select(func.count()).select_from(t).where(*where)).scalar_one())
                if not n:
                    continue
                counts[entity.type] = counts.get(entity.type, 0) + n
                have = examples.setdefault(entity.type, [])
                if len(have) < limit:
                    rows = conn.execute(select(*_columns(entity)).where(*where).order_by(t.c.sort_key, t.c.id)
                                        .limit(limit - len(have))).all()
                    have.extend(self._example_title(entity, row_to_record(entity, row), type_name) for row in rows)
        return {t: (n, examples.get(t, [])) for t, n in counts.items()}

    def _dependent_matches(self, type_name: str, ids: list[str]) -> Iterable[tuple[EntitySpec, ColumnElement[bool]]]:
        """(entity, condition) pairs that find records pointing at ``ids`` (chunked: long selections stay bounded)."""
        for entity in ENTITIES:
            t = ENTITY_TABLES[entity.type]
            for f in entity.fields:
                if f.target != type_name or f.kind not in (Kind.REF, Kind.REFS):
                    continue
                if f.kind is Kind.REF:
                    for i in range(0, len(ids), 500):
                        yield entity, t.c[f.name].in_(ids[i : i + 500])
                else:
                    for i in range(0, len(ids), 50):
                        yield entity, or_(*(cast(t.c[f.name], Text).like(
                            search_index.like_pattern(f'"{rid}"'), escape="\\") for rid in ids[i : i + 50]))
        nt = ENTITY_TABLES["nomination"]
        for i in range(0, len(ids), 500):
            yield spec("nomination"), and_(nt.c.nominee_type == type_name, nt.c.nominee_id.in_(ids[i : i + 500]))

    def _example_title(self, entity: EntitySpec, record: Mapping[str, Any], pointed_at: str) -> str:
        f = entity.field(entity.title_field)
        value = record.get(entity.title_field)
        by = NAMED_BY_PERSON.get(entity.type)
        if by and pointed_at != "person" and record.get(by):
            name = self.titles("person", [record[by]]).get(record[by], "")
            if name:
                return name
        if f.kind is Kind.CHOICE:
            other = next((g for g in entity.fields if g.kind is Kind.REF and g.target and g.target != pointed_at
                          and record.get(g.name)), None)
            if other is not None and other.target:
                name = self.titles(other.target, [record[other.name]]).get(record[other.name], "")
                if name:
                    return name
            return reference.label(f.choices or "", value)
        return "" if value is None else str(value)

    def conditions(self, type_name: str, filters: Sequence[Filter] = (), *,
                   include_deleted: bool = False) -> list[ColumnElement[bool]]:
        """SQL conditions for ``filters`` (shared by list, count and the GUI's lazy models)."""
        entity = spec(type_name)
        t = ENTITY_TABLES[type_name]
        cond: list[ColumnElement[bool]] = []
        if not include_deleted:
            cond.append(t.c.deleted.is_(False))
        for flt in filters:
            op, value = flt.op, flt.value
            if op == "via":  # linked through another type: ("membership", "person_id", "community_id", community id)
                link_type, here, there, there_id = value
                lt = ENTITY_TABLES[spec(link_type).type]
                cond.append(t.c.id.in_(select(lt.c[here]).where(lt.c[there] == there_id, lt.c.deleted.is_(False))))
                continue
            if op == "search":  # the global-search index, restricted to this type
                ref = entity.field(flt.field) if entity.has_field(flt.field) else None
                if ref is not None and ref.kind is Kind.REF and ref.target is not None:
                    # On a reference field: records whose referenced record matches (registrations by
                    # participant name), for types that have no search document of their own.
                    target = ref.target
                    cond.append(t.c[ref.name].in_(
                        search_index.matching_ids(target, str(value), use_fts=self.db.is_sqlite)))
                else:
                    cond.append(t.c.id.in_(
                        search_index.matching_ids(type_name, str(value), use_fts=self.db.is_sqlite)))
                continue
            if flt.field not in t.c:
                check_names(entity, [flt.field])
            col = t.c[flt.field]
            if op == "=":
                cond.append(col == value)
            elif op == "!=":
                cond.append(or_(col != value, col.is_(None)))
            elif op == "<":
                cond.append(col < value)
            elif op == "<=":
                cond.append(col <= value)
            elif op == ">":
                cond.append(col > value)
            elif op == ">=":
                cond.append(col >= value)
            elif op == "in":
                cond.append(col.in_(list(value)))
            elif op == "isnull":
                cond.append(col.is_(None) if value in (None, True) else col.is_not(None))
            elif op == "contains":  # a key inside a JSON list (prefectures, tools, topics…); portable SQL
                cond.append(cast(col, Text).like(search_index.like_pattern(f'"{value}"'), escape="\\"))
            elif op == "like":  # a substring, case-insensitive for Latin letters
                cond.append(col.like(search_index.like_pattern(str(value)), escape="\\"))
            else:
                raise ValueError(f"unknown filter operator {op!r}")
        return cond

    def select_page(self, type_name: str, filters: Sequence[Filter] = (), *, order: str = "sort",
                    descending: bool = False, after: PageKey | None = None, limit: int | None = None,
                    include_deleted: bool = False, columns: Sequence[str] | None = None) -> Select[Any]:
        """The SELECT behind :meth:`list`: ordered by ``order`` then id, keyset-paged with ``after``."""
        entity = spec(type_name)
        t = ENTITY_TABLES[type_name]
        order_col = t.c.sort_key if order == "sort" else t.c[order]
        cols = _columns(entity) if columns is None else [t.c[c] for c in columns]
        stmt = select(*cols).where(*self.conditions(type_name, filters, include_deleted=include_deleted))
        if after is not None:
            stmt = stmt.where(_after(order_col, t.c.id, after, descending))
        # NULLs first ascending, last descending, on every database (SQLite's default; the index is still used).
        if descending:
            stmt = stmt.order_by(order_col.desc().nulls_last(), t.c.id.desc())
        else:
            stmt = stmt.order_by(order_col.asc().nulls_first(), t.c.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return stmt

    def list(self, type_name: str, filters: Sequence[Filter] = (), *, order: str = "sort",
             descending: bool = False, after: PageKey | None = None, limit: int | None = None,
             include_deleted: bool = False) -> list[dict[str, Any]]:
        entity = spec(type_name)
        stmt = self.select_page(type_name, filters, order=order, descending=descending, after=after,
                                limit=limit, include_deleted=include_deleted)
        with self.db.read() as conn:
            return [row_to_record(entity, r) for r in conn.execute(stmt)]

    def count(self, type_name: str, filters: Sequence[Filter] = (), *, include_deleted: bool = False) -> int:
        t = table_of(type_name)
        stmt = select(func.count()).select_from(t).where(
            *self.conditions(type_name, filters, include_deleted=include_deleted))
        with self.db.read() as conn:
            return int(conn.execute(stmt).scalar_one())

    def counts(self) -> dict[str, int]:
        """Live records per type (what ``mitake stats`` prints)."""
        out: dict[str, int] = {}
        with self.db.read() as conn:
            for entity in ENTITIES:
                t = ENTITY_TABLES[entity.type]
                out[entity.type] = int(
                    conn.execute(select(func.count()).select_from(t).where(t.c.deleted.is_(False))).scalar_one())
        return out

    def is_empty(self) -> bool:
        with self.db.read() as conn:
            for entity in ENTITIES:
                t = ENTITY_TABLES[entity.type]
                if conn.execute(select(t.c.id).limit(1)).first() is not None:
                    return False
        return True


# -- checks that need more than one record ------------------------------------------------------


def _check_nomination(service: RecordService, conn: Connection, values: Mapping[str, Any],
                      _record_id: str | None) -> list[FieldProblem]:
    nominee_type, nominee_id = values.get("nominee_type"), values.get("nominee_id")
    if nominee_type and nominee_id and not service._alive(conn, nominee_type, [nominee_id]):
        f = spec("nomination").field("nominee_id")
        return [problem(f, "bad_ref", target=str(spec(nominee_type).label), value=nominee_id)]
    return []


def _check_score(service: RecordService, conn: Connection, values: Mapping[str, Any],
                 _record_id: str | None) -> list[FieldProblem]:
    crit_t, nom_t = ENTITY_TABLES["award_criterion"], ENTITY_TABLES["nomination"]
    criterion_id, nomination_id = values.get("criterion_id"), values.get("nomination_id")
    if not criterion_id or not nomination_id:
        return []
    crit = conn.execute(select(crit_t.c.program_id, crit_t.c.max_score).where(crit_t.c.id == criterion_id)).first()
    program = conn.execute(select(nom_t.c.program_id).where(nom_t.c.id == nomination_id)).scalar()
    if crit is None or program is None:
        return []
    f = spec("nomination_score").field("criterion_id")
    if crit.program_id != program:
        return [FieldProblem(f.name, str(f.label), msg("criterion_not_in_program"))]
    score = values.get("score")
    if score is not None and crit.max_score is not None and score > crit.max_score:
        fs = spec("nomination_score").field("score")
        return [problem(fs, "score_out_of_range", min=0, max=crit.max_score)]
    return []


def _check_case_study(service: RecordService, conn: Connection, values: Mapping[str, Any],
                      _record_id: str | None) -> list[FieldProblem]:
    # A published story without the firm's consent must not exist, however it is edited.
    if values.get("status") == "published" and not values.get("publication_consent"):
        f = spec("case_study").field("status")
        return [FieldProblem(f.name, str(f.label), msg("publish_needs_consent"))]
    return []


def _check_meeting(service: RecordService, conn: Connection, values: Mapping[str, Any],
                   record_id: str | None) -> list[FieldProblem]:
    # No firm, provider or table booked twice at once; the rule lives with the 商談会 scheduler.
    from mitake_desktop.core.events.matching import booking_problems  # lazy: events builds on services

    return booking_problems(conn, values, record_id)


def _after_write(service: RecordService, tx: Tx, type_name: str, before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> None:
    """Note writes whose consequences must follow in the same transaction, whoever wrote them."""
    if type_name in ("event", "registration"):
        # A seat freed by any edit (capacity, cancellation, role, deletion) goes to the waitlist.
        from mitake_desktop.core.events.registrations import note_seat_change  # lazy: events builds on services

        note_seat_change(service, tx, type_name, before, after)


def derives_changes(type_name: str) -> bool:
    """Whether a write to ``type_name`` can bring other changes with it (see :func:`_after_write`)."""
    return type_name in ("event", "registration")


EXTRA_CHECKS = {
    "case_study": _check_case_study,
    "nomination": _check_nomination,
    "nomination_score": _check_score,
    "matching_meeting": _check_meeting,
}

