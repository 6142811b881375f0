"""Output kinds of bulk conversion, chosen by the output path."""

from __future__ import annotations

import os

from govdoc_nlp.bulk.sinks.base import JournaledSink, OutputExistsError, Sink

SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite"}


def sink_kind(out: str) -> str:
    """'jsonl', 'csv', 'parquet', 'sqlite' or 'folder' for an output path (by its extension)."""
    suffix = os.path.splitext(out.rstrip("/\\"))[1].lower()
    if out.endswith(("/", os.sep)) or os.path.isdir(out):
        return "folder"
    return SUFFIXES.get(suffix, "folder" if not suffix else "unknown")


def open_sink(out: str | os.PathLike[str]) -> Sink:
    """The sink for an output path: .jsonl, .csv, .parquet, .sqlite/.db, or a folder (no extension)."""
    out = os.fspath(out)
    kind = sink_kind(out)
    if kind == "jsonl":
        from govdoc_nlp.bulk.sinks.jsonl import JsonlSink

        return JsonlSink(out)
    if kind == "csv":
        from govdoc_nlp.bulk.sinks.csv_sink import CsvSink

        return CsvSink(out)
    if kind == "parquet":
        from govdoc_nlp.extras import require

        require("pyarrow", "Parquet output")
        from govdoc_nlp.bulk.sinks.parquet import ParquetSink

        return ParquetSink(out)
    if kind == "sqlite":
        from govdoc_nlp.bulk.sinks.sqlite import SqliteSink

        return SqliteSink(out)
    if kind == "folder":
        from govdoc_nlp.bulk.sinks.folder import FolderSink

        return FolderSink(out)
    raise ValueError(f"cannot tell the output kind of {out!r}: use .jsonl, .csv, .parquet, .sqlite/.db or a folder")


__all__ = ["JournaledSink", "OutputExistsError", "Sink", "open_sink", "sink_kind"]
