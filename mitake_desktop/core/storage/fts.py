"""The FTS5 index over ``search_doc`` as the latest migration leaves it.

Migration 0002 holds its own frozen copy of these statements; ``tests/test_search.py`` checks that
the triggers in a migrated database are exactly these, so a rebuild recreates what migrations made.
"""

CREATE_TABLE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "body, content='search_doc', content_rowid='docid', tokenize='trigram')"
)
TRIGGERS = {
    "search_doc_ai": "CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.docid, new.body); END",
    "search_doc_ad": "CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.docid, old.body); END",
    "search_doc_au": "CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.docid, old.body); "
    "INSERT INTO search_fts(rowid, body) VALUES (new.docid, new.body); END",
}
