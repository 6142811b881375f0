"""Tables of the SQLite output (kept in Python so every install carries them)."""

FTS_TOKENIZERS = ("trigram", "unicode61")
"""Tokenizers of the full-text index, best first (trigram needs SQLite ≥ 3.34)."""

SCHEMA_SQL = """
-- govdoc_nlp bulk output: one relational database per conversion.
CREATE TABLE IF NOT EXISTS schema_version (
    version        TEXT NOT NULL,   -- version of these tables
    reply_schema   TEXT NOT NULL,   -- govdoc_nlp.model SCHEMA_VERSION of the JSON in replies.json
    govdoc_version TEXT NOT NULL,
    created        TEXT NOT NULL
);
-- Every input once: the journal of the run (resume reads it) and its outcome.
CREATE TABLE IF NOT EXISTS inputs (
    id            INTEGER PRIMARY KEY,
    input_key     TEXT NOT NULL UNIQUE,
    status        TEXT NOT NULL CHECK (status IN ('converted', 'not_a_reply', 'duplicate', 'failed')),
    code          TEXT,             -- why it is not converted: not_a_reply, not_a_document, or the error code
    message       TEXT,             -- the reason in words (for failures also in the errors table)
    source_sha256 TEXT,
    size          INTEGER,
    reply_id      INTEGER REFERENCES replies(id) ON DELETE SET NULL,
    duplicate_of  TEXT,             -- input_key of the first input with the same sha256
    format        TEXT,
    methods       TEXT,             -- JSON list: 'text', 'ocr'
    warnings      TEXT,             -- JSON list of warning codes
    seconds       REAL
);
CREATE INDEX IF NOT EXISTS inputs_sha ON inputs(source_sha256);
CREATE INDEX IF NOT EXISTS inputs_status ON inputs(status);

CREATE TABLE IF NOT EXISTS replies (
    id                 INTEGER PRIMARY KEY,
    input_key          TEXT NOT NULL UNIQUE,
    source_sha256      TEXT,
    source_format      TEXT,
    source_encoding    TEXT,
    source_pages       INTEGER,
    source_size        INTEGER,
    source_methods     TEXT,        -- JSON list
    title              TEXT,
    is_reply           INTEGER,     -- 1, or 0 for a non-reply kept with --keep-non-replies
    is_reply_reason    TEXT,
    doc_type           TEXT,
    doc_number         TEXT,
    signer             TEXT,
    issuer             TEXT,
    date               TEXT,        -- ISO date
    date_text          TEXT,
    response_category  TEXT,
    disclosure         TEXT,
    proposal_number    TEXT,
    proposal_numbers   TEXT,        -- JSON list
    proposal_session   TEXT,
    proposal_title     TEXT,
    proposal_body      TEXT,
    proposal_kind      TEXT,
    printing_office    TEXT,
    printing_date      TEXT,
    closing            TEXT,
    attachments        TEXT,        -- JSON list
    warnings           TEXT,        -- JSON list of {code, message}
    schema_version     TEXT,
    text               TEXT,
    json               TEXT NOT NULL -- the full reply JSON
);
CREATE INDEX IF NOT EXISTS replies_sha ON replies(source_sha256);
CREATE INDEX IF NOT EXISTS replies_issuer ON replies(issuer);
CREATE INDEX IF NOT EXISTS replies_date ON replies(date);
CREATE INDEX IF NOT EXISTS replies_proposal ON replies(proposal_number);
CREATE INDEX IF NOT EXISTS replies_doc_number ON replies(doc_number);

CREATE TABLE IF NOT EXISTS sections (
    id           INTEGER PRIMARY KEY,
    reply_id     INTEGER NOT NULL REFERENCES replies(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    parent_idx   INTEGER,
    level        INTEGER,
    number       TEXT,
    marker       TEXT,
    heading      TEXT,
    path         TEXT,              -- JSON list
    text         TEXT,
    UNIQUE (reply_id, idx)
);
CREATE INDEX IF NOT EXISTS sections_reply ON sections(reply_id);

CREATE TABLE IF NOT EXISTS commitments (
    id             INTEGER PRIMARY KEY,
    reply_id       INTEGER NOT NULL REFERENCES replies(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    marker         TEXT,
    strength       TEXT,
    kind           TEXT,
    section_idx    INTEGER,
    section_path   TEXT,            -- JSON list
    deadline_text  TEXT,
    deadline_date  TEXT,            -- ISO date
    UNIQUE (reply_id, idx)
);
CREATE INDEX IF NOT EXISTS commitments_reply ON commitments(reply_id);
CREATE INDEX IF NOT EXISTS commitments_deadline ON commitments(deadline_date);
CREATE INDEX IF NOT EXISTS commitments_strength ON commitments(strength);

CREATE TABLE IF NOT EXISTS contacts (
    id             INTEGER PRIMARY KEY,
    reply_id       INTEGER NOT NULL UNIQUE REFERENCES replies(id) ON DELETE CASCADE,
    organizer      TEXT,
    co_organizers  TEXT,            -- JSON list
    department     TEXT,
    person         TEXT,            -- JSON list
    phone          TEXT,            -- JSON list
    officials      TEXT,            -- JSON list of {role, name}
    fax            TEXT,
    postcode       TEXT,
    address        TEXT,
    email          TEXT
);
CREATE INDEX IF NOT EXISTS contacts_organizer ON contacts(organizer);

CREATE TABLE IF NOT EXISTS addressees (
    id            INTEGER PRIMARY KEY,
    reply_id      INTEGER NOT NULL REFERENCES replies(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL, -- one row per name (idx 0 with name NULL when none)
    name          TEXT,
    role          TEXT,
    count         INTEGER,
    organization  TEXT,
    honorific     TEXT,
    text          TEXT,
    UNIQUE (reply_id, idx)
);
CREATE INDEX IF NOT EXISTS addressees_reply ON addressees(reply_id);
CREATE INDEX IF NOT EXISTS addressees_name ON addressees(name);

CREATE TABLE IF NOT EXISTS cc (
    id        INTEGER PRIMARY KEY,
    reply_id  INTEGER NOT NULL REFERENCES replies(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    name      TEXT NOT NULL,
    copies    INTEGER,
    kind      TEXT,
    UNIQUE (reply_id, idx)
);
CREATE INDEX IF NOT EXISTS cc_reply ON cc(reply_id);
CREATE INDEX IF NOT EXISTS cc_name ON cc(name);

CREATE TABLE IF NOT EXISTS errors (
    id            INTEGER PRIMARY KEY,
    input_key     TEXT NOT NULL UNIQUE REFERENCES inputs(input_key),
    code          TEXT NOT NULL,
    message       TEXT,
    source_sha256 TEXT,
    size          INTEGER
);
CREATE INDEX IF NOT EXISTS errors_code ON errors(code);

-- The calibrated confidence of each contract field (Reply.confidence; a.b paths as a_b columns).
CREATE TABLE IF NOT EXISTS confidence (
    reply_id                INTEGER PRIMARY KEY REFERENCES replies(id) ON DELETE CASCADE,
    title                   REAL,
    doc_type                REAL,
    proposal_number         REAL,
    proposal_session        REAL,
    proposal_title          REAL,
    addressee_names         REAL,
    addressee_role          REAL,
    addressee_organization  REAL,
    issuer                  REAL,
    date                    REAL,
    response_category       REAL,
    contact_organizer       REAL,
    contact_person          REAL,
    contact_phone           REAL,
    cc                      REAL,
    sections                REAL,
    commitments             REAL,
    min_confidence          REAL     -- the lowest of the above
);
CREATE INDEX IF NOT EXISTS confidence_min ON confidence(min_confidence);

-- Full-text search over titles and text (FTS5, trigram tokens: any substring of 3+ characters).
CREATE VIRTUAL TABLE IF NOT EXISTS replies_fts USING fts5(
    title, proposal_title, issuer, text, content='replies', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS replies_fts_insert AFTER INSERT ON replies BEGIN
    INSERT INTO replies_fts(rowid, title, proposal_title, issuer, text)
    VALUES (new.id, new.title, new.proposal_title, new.issuer, new.text);
END;
CREATE TRIGGER IF NOT EXISTS replies_fts_delete AFTER DELETE ON replies BEGIN
    INSERT INTO replies_fts(replies_fts, rowid, title, proposal_title, issuer, text)
    VALUES ('delete', old.id, old.title, old.proposal_title, old.issuer, old.text);
END;

-- Convenience: each commitment with the reply it belongs to.
CREATE VIEW IF NOT EXISTS commitments_by_reply AS
    SELECT c.*, r.issuer, r.date AS reply_date, r.proposal_number, r.title AS reply_title, r.input_key
    FROM commitments c JOIN replies r ON r.id = c.reply_id;
"""
