"""SQLite output: a relational database to query (replies, sections, commitments, contacts,
addressees, cc, errors, inputs, schema_version). Rows are written in transactions together with
the ``inputs`` journal, so an interrupted run leaves a valid database that ``--resume`` extends."""

from __future__ import annotations

import datetime as _dt
import json
import os
import sqlite3
import time
from typing import Any

from govdoc_nlp.bulk.items import CONVERTED, FAILED, Outcome
from govdoc_nlp.bulk.sinks.base import OutputExistsError, Sink
from govdoc_nlp.bulk.sinks.sqlite_schema import FTS_TOKENIZERS, SCHEMA_SQL
from govdoc_nlp.extract.confidence import FIELDS as CONFIDENCE_FIELDS
from govdoc_nlp.model import SCHEMA_VERSION

DB_SCHEMA_VERSION = "2"
COMMIT_EVERY_SECONDS = 0.5
COMMIT_EVERY_ROWS = 500


def _j(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


class SqliteSink(Sink):
    """``OUT.sqlite`` / ``OUT.db``."""

    kind = "sqlite"

    def __init__(self, out: str) -> None:
        super().__init__(out)
        self.db: sqlite3.Connection | None = None
        self._pending = 0
        self._last_commit = time.monotonic()

    def owned_paths(self) -> list[str]:
        return [self.out, self.out + "-wal", self.out + "-shm", self.out + "-journal"]

    @property
    def errors_location(self) -> str:
        return f"{self.out} (table errors)"

    def open(self, *, resume: bool = False, overwrite: bool = False) -> dict[str, Outcome]:
        if os.path.exists(self.out) and not resume:
            if not overwrite:
                raise OutputExistsError(f"{self.out} exists: pass --resume to continue it or --force to replace it")
            for path in self.owned_paths():
                if os.path.exists(path):
                    os.remove(path)
        self.db = sqlite3.connect(self.out, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        create_schema(self.db)
        if self.db.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 0:
            from govdoc_nlp import __version__

            now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
            self.db.execute("INSERT INTO schema_version VALUES (?, ?, ?, ?)", (DB_SCHEMA_VERSION, SCHEMA_VERSION, __version__, now))
        done: dict[str, Outcome] = {}
        for row in self.db.execute(
            "SELECT input_key, status, source_sha256, size, duplicate_of, code, message, format, methods, warnings, seconds FROM inputs"
        ):
            done[row[0]] = Outcome(
                key=row[0], status=row[1], sha256=row[2], size=row[3], duplicate_of=row[4], error_code=row[5],
                error=row[6], format=row[7], methods=json.loads(row[8] or "[]"), warnings=json.loads(row[9] or "[]"),
                seconds=row[10] or 0.0,
            )
        self.db.execute("BEGIN")
        return done

    def write(self, outcomes: list[Outcome]) -> None:
        assert self.db is not None
        for outcome in outcomes:
            self._insert(outcome)
        self._pending += len(outcomes)
        now = time.monotonic()
        if self._pending >= COMMIT_EVERY_ROWS or now - self._last_commit >= COMMIT_EVERY_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Make everything written so far durable (one transaction)."""
        assert self.db is not None
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")
        self._pending = 0
        self._last_commit = time.monotonic()

    def _insert(self, o: Outcome) -> None:
        db = self.db
        assert db is not None
        reply_id = None
        if o.status == CONVERTED and o.payload is not None:
            reply_id = insert_reply(db, o.key, json.loads(o.payload), o.payload)
        db.execute(
            "INSERT INTO inputs (input_key, status, code, message, source_sha256, size, reply_id, duplicate_of, format, methods, warnings, seconds) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (o.key, o.status, o.error_code, o.error, o.sha256, o.size, reply_id, o.duplicate_of, o.format, _j(o.methods), _j(o.warnings),
             round(o.seconds, 4)),
        )
        if o.status == FAILED:
            db.execute(
                "INSERT INTO errors (input_key, code, message, source_sha256, size) VALUES (?, ?, ?, ?, ?)",
                (o.key, o.error_code or "error", o.error, o.sha256, o.size),
            )

    def close(self, *, complete: bool = True) -> None:
        if self.db is None:
            return
        if self.db.in_transaction:  # not after a failed COMMIT (disk full), which rolled back
            self.db.execute("COMMIT")
        if complete:
            self.db.execute("PRAGMA optimize")
            try:  # one self-contained file when nobody else has the database open
                self.db.execute("PRAGMA busy_timeout=1000")
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                self.db.execute("PRAGMA journal_mode=DELETE").fetchall()
            except sqlite3.OperationalError:
                pass  # a reader holds it: stays in WAL mode, equally valid
        self.db.close()
        self.db = None


def create_schema(db: sqlite3.Connection) -> None:
    """Create the tables (if missing), with the best full-text tokenizer this SQLite has; without
    FTS5 at all, the database is made without the ``replies_fts`` index."""
    for tokenizer in FTS_TOKENIZERS:
        try:
            db.executescript(SCHEMA_SQL.replace("tokenize='trigram'", f"tokenize='{tokenizer}'"))
            return
        except sqlite3.OperationalError as exc:
            if "tokenizer" not in str(exc) and "fts5" not in str(exc):
                raise
    start = SCHEMA_SQL.index("-- Full-text search")
    end = SCHEMA_SQL.index("-- Convenience")
    db.executescript(SCHEMA_SQL[:start] + SCHEMA_SQL[end:])


def insert_reply(db: sqlite3.Connection, key: str, r: dict[str, Any], payload: str | None = None) -> int:
    """Insert one reply (plain dict, as ``Reply.to_dict()``) and its child rows; return its id."""
    src = r.get("source") or {}
    prop = r.get("proposal") or {}
    printing = r.get("printing") or {}
    cur = db.execute(
        "INSERT INTO replies (input_key, source_sha256, source_format, source_encoding, source_pages, source_size, source_methods, "
        "title, is_reply, is_reply_reason, doc_type, doc_number, signer, issuer, date, date_text, response_category, disclosure, proposal_number, "
        "proposal_numbers, proposal_session, proposal_title, proposal_body, proposal_kind, printing_office, printing_date, "
        "closing, attachments, warnings, schema_version, text, json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key, src.get("sha256"), src.get("format"), src.get("encoding"), src.get("pages"), src.get("size"), _j(src.get("methods")),
            r.get("title"), None if r.get("is_reply") is None else int(r["is_reply"]), r.get("is_reply_reason"), r.get("doc_type"), r.get("doc_number"), r.get("signer"), r.get("issuer"), r.get("date"),
            r.get("date_text"), r.get("response_category"), r.get("disclosure"), prop.get("number"), _j(prop.get("numbers")),
            prop.get("session"), prop.get("title"), prop.get("body"), prop.get("kind"), printing.get("office"), printing.get("date"),
            r.get("closing"), _j(r.get("attachments")), _j(r.get("warnings")), r.get("schema_version"), r.get("text"),
            payload if payload is not None else json.dumps(r, ensure_ascii=False),
        ),
    )
    rid = int(cur.lastrowid)
    db.executemany(
        "INSERT INTO sections (reply_id, idx, parent_idx, level, number, marker, heading, path, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (rid, s.get("index", i), s.get("parent"), s.get("level"), s.get("number"), s.get("marker"), s.get("heading"),
             _j(s.get("path")), s.get("text"))
            for i, s in enumerate(r.get("sections") or [])
        ],
    )
    db.executemany(
        "INSERT INTO commitments (reply_id, idx, text, marker, strength, kind, section_idx, section_path, deadline_text, deadline_date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (rid, i, c.get("text"), c.get("marker"), c.get("strength"), c.get("kind"), c.get("section"), _j(c.get("section_path")),
             (c.get("deadline") or {}).get("text"), (c.get("deadline") or {}).get("date"))
            for i, c in enumerate(r.get("commitments") or [])
        ],
    )
    contact = r.get("contact") or {}
    db.execute(
        "INSERT INTO contacts (reply_id, organizer, co_organizers, department, person, phone, officials, fax, postcode, address, email) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rid, contact.get("organizer"), _j(contact.get("co_organizers")), contact.get("department"), _j(contact.get("person")),
         _j(contact.get("phone")), _j(contact.get("officials")), contact.get("fax"), contact.get("postcode"),
         contact.get("address"), contact.get("email")),
    )
    a = r.get("addressee") or {}
    names = a.get("names") or [None]
    db.executemany(
        "INSERT INTO addressees (reply_id, idx, name, role, count, organization, honorific, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(rid, i, n, a.get("role"), a.get("count"), a.get("organization"), a.get("honorific"), a.get("text")) for i, n in enumerate(names)],
    )
    db.executemany(
        "INSERT INTO cc (reply_id, idx, name, copies, kind) VALUES (?, ?, ?, ?, ?)",
        [(rid, i, c.get("name"), c.get("copies"), c.get("kind")) for i, c in enumerate(r.get("cc") or [])],
    )
    _insert_confidence(db, rid, r.get("confidence") or {})
    return rid


def _insert_confidence(db: sqlite3.Connection, rid: int, confidence: dict[str, float]) -> None:
    if not confidence:
        return
    values = [confidence.get(f) for f in CONFIDENCE_FIELDS]
    present = [v for v in values if v is not None]
    columns = ", ".join(f.replace(".", "_") for f in CONFIDENCE_FIELDS)
    db.execute(
        f"INSERT INTO confidence (reply_id, {columns}, min_confidence) VALUES ({', '.join('?' * (len(CONFIDENCE_FIELDS) + 2))})",
        (rid, *values, min(present) if present else None),
    )
