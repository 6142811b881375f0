"""The document index behind ``govdoc view --serve``: one row per document with the columns the
list filters and searches on, in SQLite (in memory, or a file given by ``--index``). A folder is
parsed once, in a background thread (rows appear as they are parsed; a file index skips documents
whose size and mtime are unchanged); a ``.sqlite`` archive from ``govdoc convert`` is attached
read-only and copied in with one INSERT … SELECT, its reply JSON read on demand."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

from govdoc_nlp.errors import GovdocError

INDEX_SQL = """
CREATE TABLE IF NOT EXISTS docs (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL,          -- 'ok' or 'failed'
    format          TEXT,
    title           TEXT,
    issuer          TEXT,
    category        TEXT,
    date            TEXT,
    doc_number      TEXT,
    proposal_number TEXT,
    warn_codes      TEXT NOT NULL DEFAULT ',',  -- ',code1,code2,' for LIKE-free filtering with instr()
    n_warnings      INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    haystack        TEXT,                   -- lower-cased title, issuer, numbers, key and text: searched with instr()
    json            TEXT,                   -- reply JSON (folder mode; archive mode reads it from the archive)
    lines           TEXT,                   -- JSON [[start, end, page, x0, top, x1, bottom], …] of paged sources
    src_rowid       INTEGER,                -- replies.id in the archive
    path            TEXT,
    members         TEXT,                   -- JSON list: ZIP member chain of the folder item
    size            INTEGER,
    mtime           REAL,
    min_conf        REAL,                   -- the reply's lowest field confidence (review queue order)
    weak            TEXT                    -- JSON [[field, confidence], …]: its weakest fields, lowest first
);
CREATE INDEX IF NOT EXISTS docs_issuer ON docs(issuer);
CREATE INDEX IF NOT EXISTS docs_category ON docs(category);
CREATE INDEX IF NOT EXISTS docs_status ON docs(status);
"""

PAGE_SIZE = 100
_LIST_COLUMNS = "id, key, status, format, title, issuer, category, date, doc_number, proposal_number, warn_codes, n_warnings, error"


@dataclass
class Query:
    """Filters of the document list (all optional)."""

    q: str = ""
    issuer: str = ""
    category: str = ""
    warn: str = ""
    """'' (any), 'none', 'some', or a warning code."""
    status: str = ""
    """'' (all), 'ok' or 'failed'."""
    offset: int = 0
    limit: int = PAGE_SIZE


def haystack(*parts: str | None) -> str:
    """The searchable text of a document: its parts joined and lower-cased."""
    return " ".join(p for p in parts if p).lower()


class DocIndex:
    """Thread-safe access to the ``docs`` table."""

    def __init__(self, path: str = ":memory:") -> None:
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, uri=True)
        self.db.executescript(INDEX_SQL)
        _migrate(self.db)
        self.lock = threading.Lock()
        self.archive: str | None = None
        self.progress = {"done": 0, "total": 0, "running": False}
        self._facets: tuple[int, dict[str, list[tuple[str, int]]]] | None = None

    # ------------------------------------------------------------------ archive mode
    def load_archive(self, archive: str) -> int:
        """Copy the list columns of every reply and failed input of a ``govdoc convert`` SQLite
        archive into the index; returns the number of documents."""
        con = sqlite3.connect(_ro_uri(os.path.abspath(archive)), uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise GovdocError(f"not a SQLite archive: {exc}", path=archive) from exc
        finally:
            con.close()
        if "replies" not in tables:
            raise GovdocError("no 'replies' table: not an archive written by `govdoc convert`", path=archive)
        self.archive = os.path.abspath(archive)
        with self.lock:
            db = self.db
            db.execute("ATTACH DATABASE ? AS a", (_ro_uri(self.archive),))
            db.execute("BEGIN")
            has_conf = "confidence" in tables
            db.execute(
                f"""INSERT OR IGNORE INTO docs (key, status, format, title, issuer, category, date, doc_number, proposal_number,
                       warn_codes, n_warnings, haystack, src_rowid, size, min_conf)
                   SELECT r.input_key, 'ok', r.source_format, r.title, r.issuer, r.response_category, r.date, r.doc_number,
                       r.proposal_number,
                       COALESCE((SELECT ',' || group_concat(json_extract(w.value, '$.code'), ',') || ',' FROM json_each(r.warnings) w), ','),
                       COALESCE(json_array_length(r.warnings), 0),
                       lower(COALESCE(r.title, '') || ' ' || COALESCE(r.issuer, '') || ' ' || COALESCE(r.doc_number, '') || ' ' ||
                             COALESCE(r.proposal_number, '') || ' ' || r.input_key || ' ' || COALESCE(r.text, '')),
                       r.id, r.source_size, {"(SELECT c.min_confidence FROM a.confidence c WHERE c.reply_id = r.id)" if has_conf else "NULL"}
                   FROM a.replies r ORDER BY r.input_key"""
            )
            if has_conf:
                db.executemany("UPDATE docs SET weak = ? WHERE src_rowid = ?", _archive_weak(db))
            if {"inputs", "errors"} <= tables:
                db.execute(
                    """INSERT OR IGNORE INTO docs (key, status, format, error, haystack, size)
                       SELECT i.input_key, 'failed', i.format, COALESCE(e.code, 'error') || ': ' || COALESCE(e.message, ''),
                              lower(i.input_key || ' ' || COALESCE(e.code, '') || ' ' || COALESCE(e.message, '')), i.size
                       FROM a.inputs i LEFT JOIN a.errors e ON e.input_key = i.input_key
                       WHERE i.status = 'failed' ORDER BY i.input_key"""
                )
            db.execute("COMMIT")
            n = db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
        self.progress = {"done": n, "total": n, "running": False}
        return n

    # ------------------------------------------------------------------ folder mode
    def index_folder(self, folder: str, *, ocr: str = "auto", background: bool = True) -> threading.Thread | None:
        """Parse every document under ``folder`` (files and ZIP members) into the index, once."""
        from govdoc_nlp.bulk.discover import discover

        items = [it for it in discover([folder]) if not it.skip]
        self.progress = {"done": 0, "total": len(items), "running": True}
        if not background:
            self._index_items(items, ocr)
            return None
        thread = threading.Thread(target=self._index_items, args=(items, ocr), name="govdoc-view-index", daemon=True)
        thread.start()
        return thread

    def _index_items(self, items: list, ocr: str) -> None:
        from govdoc_nlp.bulk.discover import read_item
        from govdoc_nlp.load import LoadOptions
        from govdoc_nlp.view.analyse import analyse_bytes

        opts = LoadOptions(ocr=ocr)
        try:
            for item in items:
                mtime = _mtime(item.path)
                with self.lock:
                    row = self.db.execute("SELECT size, mtime FROM docs WHERE key = ?", (item.key,)).fetchone()
                if row is not None and row[0] == item.size and row[1] == mtime:
                    self.progress["done"] += 1
                    continue
                try:
                    analysis = analyse_bytes(read_item(item, max_bytes=opts.max_bytes), path=item.key, options=opts)
                except GovdocError as exc:
                    self._put_failed(item, mtime, getattr(exc, "code", type(exc).__name__), str(exc))
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop the index
                    self._put_failed(item, mtime, type(exc).__name__, str(exc))
                else:
                    self._put_reply(item, mtime, analysis)
                self.progress["done"] += 1
        finally:
            self.progress["running"] = False

    def _put_reply(self, item: Any, mtime: float | None, analysis: Any) -> None:
        r = analysis.reply
        codes = "," + "".join(f"{w.code}," for w in r.warnings)
        lines = json.dumps([[ln.start, ln.end, ln.page, *ln.bbox] for ln in analysis.lines]) if analysis.lines else None
        row = (
            item.key, "ok", r.source.format, r.title, r.issuer, r.response_category, r.date, r.doc_number, r.proposal.number,
            codes, len(r.warnings), None,
            haystack(r.title, r.issuer, r.doc_number, r.proposal.number, item.key, r.text),
            r.to_json(indent=None), lines, item.path, json.dumps(list(item.members)), item.size, mtime,
            r.min_confidence, json.dumps(weakest(r.confidence)),
        )
        self._upsert(row)

    def _put_failed(self, item: Any, mtime: float | None, code: str, message: str) -> None:
        row = (item.key, "failed", None, None, None, None, None, None, None, ",", 0, f"{code}: {message}",
               haystack(item.key, code, message), None, None, item.path, json.dumps(list(item.members)), item.size, mtime,
               None, None)
        self._upsert(row)

    def _upsert(self, row: tuple) -> None:
        with self.lock:
            self.db.execute(
                "INSERT OR REPLACE INTO docs (key, status, format, title, issuer, category, date, doc_number, proposal_number, "
                "warn_codes, n_warnings, error, haystack, json, lines, path, members, size, mtime, min_conf, weak) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )

    # ------------------------------------------------------------------ reading
    def search(self, query: Query) -> tuple[int, list[dict[str, Any]]]:
        """(number of matches, one page of matching documents as dicts) in key order."""
        where, params = [], []
        for word in query.q.lower().split():
            where.append("instr(haystack, ?) > 0")
            params.append(word)
        for column, value in (("issuer", query.issuer), ("category", query.category), ("status", query.status)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if query.warn == "none":
            where.append("n_warnings = 0")
        elif query.warn == "some":
            where.append("n_warnings > 0")
        elif query.warn:
            where.append("instr(warn_codes, ?) > 0")
            params.append(f",{query.warn},")
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        with self.lock:
            total = self.db.execute(f"SELECT COUNT(*) FROM docs {clause}", params).fetchone()[0]
            cur = self.db.execute(
                f"SELECT {_LIST_COLUMNS} FROM docs {clause} ORDER BY key LIMIT ? OFFSET ?",
                [*params, max(1, min(query.limit, 1000)), max(0, query.offset)],
            )
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        for r in rows:
            r["warn_codes"] = [c for c in (r["warn_codes"] or "").split(",") if c]
        return total, rows

    def queue(self, offset: int = 0, limit: int = PAGE_SIZE) -> tuple[int, list[dict[str, Any]]]:
        """(number of parsed documents, one page of them) lowest confidence first; documents
        without a confidence come last. Rows carry ``weak``: [[field, confidence], …]."""
        with self.lock:
            total = self.db.execute("SELECT COUNT(*) FROM docs WHERE status = 'ok'").fetchone()[0]
            cur = self.db.execute(
                "SELECT id, key, title, issuer, date, min_conf, weak, path, members FROM docs WHERE status = 'ok' "
                "ORDER BY min_conf IS NULL, min_conf, key LIMIT ? OFFSET ?",
                (max(1, min(limit, 1000)), max(0, offset)),
            )
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        for r in rows:
            r["weak"] = json.loads(r["weak"] or "[]")
        return total, rows

    def keys(self) -> list[tuple[int, str, str | None]]:
        """(id, key, path) of every document."""
        with self.lock:
            return self.db.execute("SELECT id, key, path FROM docs").fetchall()

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Values to filter on with their counts: issuers, categories, warning codes."""
        with self.lock:
            count = self.db.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM docs").fetchone()
            stamp = hash(tuple(count))
            if self._facets and self._facets[0] == stamp:
                return self._facets[1]
            out: dict[str, list[tuple[str, int]]] = {}
            for name, column in (("issuer", "issuer"), ("category", "category")):
                out[name] = self.db.execute(
                    f"SELECT {column}, COUNT(*) FROM docs WHERE {column} IS NOT NULL AND {column} != '' "
                    f"GROUP BY {column} ORDER BY COUNT(*) DESC, {column} LIMIT 300"
                ).fetchall()
            codes: dict[str, int] = {}
            for value, n in self.db.execute("SELECT warn_codes, COUNT(*) FROM docs GROUP BY warn_codes"):
                for c in (value or "").split(","):
                    if c:
                        codes[c] = codes.get(c, 0) + n
            out["warn"] = sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))
            self._facets = (stamp, out)
            return out

    def get(self, doc_id: int) -> dict[str, Any] | None:
        """Everything about one document (``json`` read from the archive in archive mode)."""
        with self.lock:
            cur = self.db.execute("SELECT * FROM docs WHERE id = ?", (doc_id,))
            row = cur.fetchone()
            if row is None:
                return None
            doc = dict(zip([d[0] for d in cur.description], row, strict=True))
            if doc["json"] is None and doc["src_rowid"] is not None and self.archive:
                found = self.db.execute("SELECT json FROM a.replies WHERE id = ?", (doc["src_rowid"],)).fetchone()
                doc["json"] = found[0] if found else None
        return doc

    def count(self) -> int:
        with self.lock:
            return self.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]


def weakest(confidence: dict[str, float], n: int = 3) -> list[list[Any]]:
    """The ``n`` contract fields of lowest confidence (items like ``sections[0]`` left out)."""
    fields = sorted((v, k) for k, v in confidence.items() if "[" not in k and v is not None)
    return [[k, round(v, 3)] for v, k in fields[:n]]


def _archive_weak(db: sqlite3.Connection) -> list[tuple[str, int]]:
    from govdoc_nlp.extract.confidence import FIELDS

    columns = [f.replace(".", "_") for f in FIELDS]
    out = []
    for row in db.execute(f"SELECT reply_id, {', '.join(columns)} FROM a.confidence"):
        out.append((json.dumps(weakest(dict(zip(FIELDS, row[1:], strict=True)))), row[0]))
    return out


def _migrate(db: sqlite3.Connection) -> None:
    """Add the review columns to an index file written before they existed."""
    have = {r[1] for r in db.execute("PRAGMA table_info(docs)")}
    for column, kind in (("min_conf", "REAL"), ("weak", "TEXT")):
        if column not in have:
            db.execute(f"ALTER TABLE docs ADD COLUMN {column} {kind}")
    db.execute("CREATE INDEX IF NOT EXISTS docs_min_conf ON docs(min_conf)")


def _mtime(path: str) -> float | None:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


def _ro_uri(path: str) -> str:
    from urllib.parse import quote

    return f"file:{quote(path)}?mode=ro"
