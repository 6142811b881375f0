"""Replies back from their JSON (``Reply.to_dict()`` output), and readers for the inputs of
``govdoc research``: a ``.jsonl`` of reply JSON, a ``.sqlite`` or ``.parquet`` from ``govdoc convert``,
or a folder of documents to parse."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from govdoc_nlp.errors import UnreadableInputError, UnsupportedFormatError
from govdoc_nlp.load.extensions import is_document_name
from govdoc_nlp.model import Reply
from govdoc_nlp.model.serialize import reply_from_dict, reply_from_json


# ---------------------------------------------------------------- inputs of `govdoc research`
def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[Reply]:
    """Replies from a JSON Lines file (one reply JSON per line; blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield reply_from_json(line)
            except (ValueError, TypeError) as exc:
                raise UnreadableInputError(f"line {n}: not a reply JSON object ({exc})", path=str(path)) from exc


_JSON_COLUMNS = ("json", "reply_json", "reply", "data", "payload", "record", "doc")


def iter_sqlite(path: str | os.PathLike[str]) -> Iterator[Reply]:
    """Replies from the ``replies`` table of a SQLite file written by ``govdoc convert``: the column
    that holds the reply JSON (``json``, ``reply``, ``data``… or any text column whose values are JSON
    objects). Raises :class:`UnsupportedFormatError` when there is no such table or column."""
    con = sqlite3.connect(f"file:{os.fspath(path)}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")]
        table = "replies" if "replies" in tables else None
        if table is None:
            raise UnsupportedFormatError(f"no 'replies' table (tables: {', '.join(tables) or 'none'})", path=str(path))
        cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        column = next((c for c in _JSON_COLUMNS if c in cols), None)
        if column is None:
            row = con.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchone()
            for name, value in zip(cols, row or (), strict=False):
                if isinstance(value, str) and value.lstrip().startswith("{"):
                    column = name
                    break
        if column is None:
            raise UnsupportedFormatError(f"table 'replies' has no JSON column (columns: {', '.join(cols)})", path=str(path))
        order = "rowid" if "rowid" not in cols else "1"
        for (value,) in con.execute(f'SELECT "{column}" FROM "{table}" ORDER BY {order}'):
            if value is None:
                continue
            if isinstance(value, bytes):
                value = value.decode("utf-8")
            yield reply_from_json(value)
    finally:
        con.close()


def iter_parquet(path: str | os.PathLike[str]) -> Iterator[Reply]:
    """Replies from a Parquet file of ``govdoc convert`` (one column per Reply field)."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=256):
        for row in batch.to_pylist():
            yield reply_from_dict(row)




def iter_folder(path: str | os.PathLike[str]) -> Iterator[Reply]:
    """Replies parsed from the documents of a folder and the ZIP archives in it (recursively, in
    sorted key order; an archive member's path is ``a.zip!/member``). Inputs that cannot be parsed
    are skipped with a message on standard error."""
    import sys

    from govdoc_nlp.bulk import iter_parse

    inputs = [str(f) for f in sorted(Path(path).rglob("*")) if f.is_file() and is_document_name(f.name)]
    for key, result in iter_parse(inputs):
        if isinstance(result, Exception):
            print(f"govdoc research: skipped {key}: {result}", file=sys.stderr)
            continue
        result.source.path = key
        yield result


def read_replies(path: str | os.PathLike[str]) -> Iterator[Reply]:
    """Replies from any input of ``govdoc research`` (chosen by the path: folder, ``.jsonl``/``.json``,
    ``.sqlite``/``.db``, ``.parquet``, or a single document)."""
    p = Path(path)
    if not p.exists():
        raise UnreadableInputError("no such file or folder", path=str(p))
    if p.is_dir():
        return iter_folder(p)
    suffix = p.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return iter_jsonl(p)
    if suffix == ".json":
        data = json.loads(p.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else [data]
        return iter(reply_from_dict(d) for d in items)
    if suffix in (".sqlite", ".sqlite3", ".db"):
        return iter_sqlite(p)
    if suffix == ".parquet":
        return iter_parquet(p)
    from govdoc_nlp.api import parse

    return iter([parse(str(p))])
