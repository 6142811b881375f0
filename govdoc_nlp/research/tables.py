"""Research tables: one row per reply (:func:`frame`), per commitment (:func:`commitments_frame`)
and per section (:func:`sections_frame`), keyed by ``doc_id``; and their Parquet/CSV files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from govdoc_nlp.model import Reply
from govdoc_nlp.research.cap import cap_variables
from govdoc_nlp.research.engagement import engagement_variables
from govdoc_nlp.research.geography import geography_variables
from govdoc_nlp.research.io import reply_from_dict
from govdoc_nlp.research.linkage import linkage_variables
from govdoc_nlp.research.outcome import outcome_variables
from govdoc_nlp.research.promises import has_deadline, money_amounts, promise_variables, quantities
from govdoc_nlp.research.schema import COMMITMENT_COLUMNS, REPLY_COLUMNS, SECTION_COLUMNS
from govdoc_nlp.research.specificity import specificity_variables
from govdoc_nlp.research.text import doc_ids, squeeze, to_simplified
from govdoc_nlp.research.topic import topic_variables
from govdoc_nlp.research.versions import versions, versions_string
from govdoc_nlp.research.who import who_variables

# Variables reported as printed (traditional characters kept); all others are computed on the
# simplified-character copy of the reply.
AS_PRINTED = ("issuer", "session", "number", "addressee_role")


def simplified(reply: Reply) -> Reply:
    """A copy of the reply with every string value in simplified characters (``data/t2s.txt``)."""
    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return to_simplified(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    return reply_from_dict(walk(reply.to_dict()))


def quality_variables(reply: Reply) -> dict[str, Any]:
    """Which rows to trust: the input format, the parser's warnings, the mean OCR confidence, the
    lowest field confidence, and whether the document is a reply at all."""
    confs = [p.get("confidence") for p in reply.source.page_info if p.get("confidence") is not None]
    codes = [w.code for w in reply.warnings]
    return {
        "format": reply.source.format,
        "is_reply": bool(getattr(reply, "is_reply", reply.doc_type != "other")),
        "warnings": ";".join(codes) or None,
        "n_warnings": len(codes),
        "ocr_confidence": round(sum(confs) / len(confs), 4) if confs else None,
        "min_confidence": reply.min_confidence,
        "versions": versions_string(),
    }


def variables(reply: Reply, key: str | None = None) -> dict[str, Any]:
    """Every research variable of one reply (one row of :func:`frame`), as plain Python values.
    ``key`` is its ``doc_id`` (by default its source path, see :func:`text.doc_ids`)."""
    row: dict[str, Any] = {
        "doc_id": key or doc_ids([reply])[0],
        "source_path": reply.source.path,
        "title": reply.title,
        "doc_type": reply.doc_type,
        "date": reply.date,
    }
    row.update(quality_variables(reply))
    simple = simplified(reply) if to_simplified(reply.text) != reply.text else reply
    for family in (who_variables, outcome_variables, promise_variables, specificity_variables,
                   engagement_variables, cap_variables, topic_variables):
        row.update(family(simple))
    row.update(geography_variables(simple))
    row.update(linkage_variables(simple, row, row.get("body")))
    if simple is not reply:
        printed = who_variables(reply)
        row.update({k: printed[k] for k in AS_PRINTED})
    return row


def _typed(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(columns))
    for name, dtype in columns.items():
        col = df[name]
        if dtype == "Int64":
            col = pd.to_numeric(col, errors="coerce").round()
        elif dtype == "Float64":
            col = pd.to_numeric(col, errors="coerce")
        elif dtype == "boolean":
            col = col.map(lambda v: pd.NA if v is None or (isinstance(v, float) and v != v) else bool(v))
        df[name] = col.astype(dtype)
    return df


def frame(replies: Iterable[Reply], root: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One row per reply, the columns of ``schema.REPLY_COLUMNS`` with their documented dtypes
    (pandas nullable ``string``, ``Int64``, ``Float64``, ``boolean``). ``doc_id`` is each source
    path relative to ``root`` (default: the folder all paths share), unique by construction."""
    replies = list(replies)
    keys = doc_ids(replies, root)
    return _typed([variables(r, k) for r, k in zip(replies, keys, strict=True)], REPLY_COLUMNS)


def commitments_frame(replies: Iterable[Reply], root: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One row per commitment of every reply (``schema.COMMITMENT_COLUMNS``)."""
    rows = []
    replies = list(replies)
    for reply, key in zip(replies, doc_ids(replies, root), strict=True):
        for i, c in enumerate(reply.commitments):
            qs = [q for q in quantities(c.text) if q.kind != "money"]
            money = money_amounts(c.text)
            rows.append({
                "doc_id": key, "index": i, "text": squeeze(c.text), "marker": c.marker, "strength": c.strength,
                "kind": c.kind, "section": c.section, "section_path": " > ".join(c.section_path) or None,
                "has_deadline": has_deadline(c), "deadline_text": c.deadline.text if c.deadline else None,
                "deadline_date": c.deadline.date if c.deadline else None, "n_targets": len(qs),
                "targets": "；".join(q.text for q in qs) or None, "money_yuan": sum(money) if money else None,
                "chars": len(squeeze(c.text)), "start": c.span.start if c.span else None,
                "end": c.span.end if c.span else None,
            })
    return _typed(rows, COMMITMENT_COLUMNS)


def sections_frame(replies: Iterable[Reply], root: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One row per numbered section of every reply (``schema.SECTION_COLUMNS``)."""
    rows = []
    replies = list(replies)
    for reply, key in zip(replies, doc_ids(replies, root), strict=True):
        for i, s in enumerate(reply.sections):
            index = s.index if s.index or i == 0 else i
            rows.append({
                "doc_id": key, "index": index, "level": s.level, "number": s.number, "heading": s.heading,
                "marker": s.marker, "parent": s.parent, "path": " > ".join(s.path) or None,
                "chars": len(squeeze(s.text or "")), "n_items": len(s.items),
                "n_commitments": sum(1 for c in reply.commitments if c.section == index),
                "start": s.span.start if s.span else None, "end": s.span.end if s.span else None,
            })
    return _typed(rows, SECTION_COLUMNS)


def write_table(df: pd.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write a table as Parquet (``.parquet``) or CSV (``.csv``, UTF-8 with BOM so Excel reads Chinese)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(df, preserve_index=False)
        meta = dict(table.schema.metadata or {})
        meta.update({k.encode(): v.encode() for k, v in versions().items()})
        pq.write_table(table.replace_schema_metadata(meta), p)
    elif suffix == ".csv":
        df.to_csv(p, index=False, encoding="utf-8-sig")
    else:
        raise ValueError(f"{p}: the output must end in .parquet or .csv")


def read_table(path: str | os.PathLike[str], table: str | None = None) -> pd.DataFrame:
    """Read a table written by :func:`write_table` back with its documented dtypes. ``table`` is
    'replies', 'commitments' or 'sections'; by default it is told from the column names."""
    from govdoc_nlp.research.schema import TABLES, table_of

    p = Path(path)
    if p.suffix.lower() == ".parquet":
        df = pd.read_parquet(p)
        dtypes = TABLES[table or table_of(list(df.columns))]
    else:
        head = list(pd.read_csv(p, nrows=0, encoding="utf-8-sig").columns)
        dtypes = TABLES[table or table_of(head)]
        df = pd.read_csv(p, dtype={c: dtypes[c] for c in head if c in dtypes}, encoding="utf-8-sig")
    for c in df.columns:
        if c in dtypes and str(df[c].dtype) != dtypes[c]:
            df[c] = df[c].astype(dtypes[c])
    return df
