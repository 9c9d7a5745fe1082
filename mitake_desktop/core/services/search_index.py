"""The global search: one normalised document per searchable record, an FTS5 trigram index over them.

Japanese has no spaces between words, so the index works on character trigrams: any query of three
or more characters is a substring match through FTS5, ranked by bm25. One- and two-character queries
(a family name like 林, a prefecture like 三重) cannot use trigrams; they scan the document table with
LIKE (``LIKE`` against the FTS table itself finds nothing for Japanese on SQLite 3.40). Documents and
queries are both NFKC-normalised, case-folded and katakana-folded to hiragana, so ｶﾌｪ, カフェ and かふぇ,
or ＡＢＣ and abc, find each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, Select, column, delete, func, insert, select, text, update

from mitake_desktop.core import reference
from mitake_desktop.core.schema import BY_TYPE, ENTITIES, SEARCHABLE_TYPES, EntitySpec, Kind
from mitake_desktop.core.storage import fts
from mitake_desktop.core.storage.tables import ENTITY_TABLES, search_doc
from mitake_desktop.core.text import search_form

MIN_TRIGRAM = 3


def document(entity: EntitySpec, values: Mapping[str, Any]) -> str:
    """The searchable text of a record: its searchable fields, plus prefecture names in both languages.

    Names also go in without their spaces and phone numbers as bare digits, since people type them both ways.
    """
    parts: list[str] = []
    for f in entity.fields:
        value = values.get(f.name)
        if value in (None, "", []):
            continue
        if f.searchable:
            text = str(value)
            parts.append(text)
            if f.kind in (Kind.TEXT, Kind.KANA) and " " in text.strip():
                parts.append(text.replace(" ", "").replace("\u3000", ""))  # 佐藤聡 finds 佐藤 聡
            elif f.kind is Kind.PHONE:
                parts.append("".join(ch for ch in text if ch.isdigit()))  # 0277123456 finds 0277-12-3456
        elif f.kind in (Kind.CHOICE, Kind.CHOICES) and f.choices == "prefecture":
            for key in value if isinstance(value, list) else [value]:
                c = reference.get("prefecture", key)
                if c is not None:
                    parts += [c.label.ja, c.label.en]
    return search_form(" ".join(parts))


def index_record(conn: Connection, entity: EntitySpec, record_id: str, values: Mapping[str, Any]) -> None:
    body = document(entity, values)
    result = conn.execute(
        update(search_doc).where(search_doc.c.type == entity.type, search_doc.c.id == record_id).values(body=body)
    )
    if result.rowcount == 0:
        conn.execute(insert(search_doc).values(type=entity.type, id=record_id, body=body))


def remove_record(conn: Connection, type_name: str, record_id: str) -> None:
    conn.execute(delete(search_doc).where(search_doc.c.type == type_name, search_doc.c.id == record_id))


def rebuild(conn: Connection) -> int:
    """Recreate every document and the FTS index from the records (after a migration or a bulk load)."""
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        for name in fts.TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute(delete(search_doc))
    count = 0
    for entity in ENTITIES:
        if not entity.searchable:
            continue
        t = ENTITY_TABLES[entity.type]
        cols = [t.c.id] + [t.c[f.name] for f in entity.fields]
        batch: list[dict[str, Any]] = []
        for row in conn.execute(select(*cols).where(t.c.deleted.is_(False))):
            m = row._mapping
            batch.append({"type": entity.type, "id": m["id"], "body": document(entity, dict(m))})
            if len(batch) >= 5000:
                conn.execute(insert(search_doc), batch)
                count += len(batch)
                batch = []
        if batch:
            conn.execute(insert(search_doc), batch)
            count += len(batch)
    if sqlite:
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        for sql in fts.TRIGGERS.values():
            conn.exec_driver_sql(sql)
    return count


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _terms(query: str) -> list[str]:
    return [t for t in search_form(query).split(" ") if t]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def matching_ids(type_name: str, query: str, *, use_fts: bool = True) -> Select[Any]:
    """SELECT of the ids of ``type_name`` records whose document holds every term of ``query``."""
    stmt = select(search_doc.c.id).where(search_doc.c.type == type_name)
    return _match(stmt, _terms(query), use_fts=use_fts)


def _match(stmt: Select[Any], terms: Sequence[str], *, use_fts: bool) -> Select[Any]:
    long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
    short_terms = [t for t in terms if len(t) < MIN_TRIGRAM]
    if use_fts and long_terms:
        fts_rows = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q").bindparams(
            q=" AND ".join(_fts_phrase(t) for t in long_terms)
        ).columns(column("rowid", Integer))
        stmt = stmt.where(search_doc.c.docid.in_(fts_rows))
    else:
        short_terms = list(terms)
    for term in short_terms:
        stmt = stmt.where(search_doc.c.body.like(like_pattern(term), escape="\\"))
    return stmt


@dataclass(frozen=True)
class SearchHit:
    type: str
    id: str
    title: str


def search(conn: Connection, query: str, *, types: Iterable[str] | None = None,
           limit_per_type: int = 20) -> list[SearchHit]:
    """Hits grouped by type (in the order of ``types``), best first within each type."""
    terms = _terms(query)
    if not terms:
        return []
    sqlite = conn.dialect.name == "sqlite"
    long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
    hits: list[SearchHit] = []
    for type_name in types or SEARCHABLE_TYPES:
        entity = BY_TYPE[type_name]
        if not entity.searchable:
            continue
        if sqlite and long_terms:
            sql = (
                "SELECT d.id FROM search_fts JOIN search_doc d ON d.docid = search_fts.rowid "
                "WHERE search_fts MATCH :q AND d.type = :type"
            )
            params: dict[str, Any] = {"q": " AND ".join(_fts_phrase(t) for t in long_terms), "type": type_name}
            for i, term in enumerate(t for t in terms if len(t) < MIN_TRIGRAM):
                sql += f" AND d.body LIKE :s{i} ESCAPE '\\'"
                params[f"s{i}"] = like_pattern(term)
            sql += " ORDER BY bm25(search_fts) LIMIT :n"
            params["n"] = limit_per_type
            ids = [r[0] for r in conn.execute(text(sql), params)]
        else:
            stmt = _match(select(search_doc.c.id).where(search_doc.c.type == type_name), terms, use_fts=False)
            ids = list(conn.execute(stmt.order_by(search_doc.c.docid).limit(limit_per_type)).scalars())
        if not ids:
            continue
        t = ENTITY_TABLES[type_name]
        titles = dict(conn.execute(select(t.c.id, t.c[entity.title_field]).where(t.c.id.in_(ids))).all())
        hits += [SearchHit(type_name, i, str(titles.get(i) or "")) for i in ids]
    return hits


def count_matches(conn: Connection, query: str, *, types: Iterable[str] | None = None) -> dict[str, int]:
    """How many records of each searchable type match ``query`` (the search shows only the best few)."""
    terms = _terms(query)
    if not terms:
        return {}
    out: dict[str, int] = {}
    for type_name in types or SEARCHABLE_TYPES:
        stmt = _match(select(func.count()).select_from(search_doc).where(search_doc.c.type == type_name), terms,
                      use_fts=conn.dialect.name == "sqlite")
        n = int(conn.execute(stmt).scalar_one())
        if n:
            out[type_name] = n
    return out
