"""Parquet output: nested columns (structs and lists, as in the JSON), one row per reply.

Replies are staged as JSON lines next to the output while the run goes; the Parquet file is built
from the staging file at the end, into a temporary file renamed over ``OUT``. An interrupted run
keeps its staging file and resumes from it."""

from __future__ import annotations

import json
import os

import pyarrow.parquet as pq

from govdoc_nlp.bulk.items import CONVERTED, Outcome
from govdoc_nlp.bulk.sinks.arrow_schema import reply_schema, rows_to_table
from govdoc_nlp.bulk.sinks.base import JournaledSink, _dumps

ROWS_PER_GROUP = 1000


class ParquetSink(JournaledSink):
    """``OUT.parquet`` (built at the end), with ``OUT.parquet.staging.jsonl`` while running."""

    kind = "parquet"

    def __init__(self, out: str) -> None:
        super().__init__(out)
        self.staging_path = out + ".staging.jsonl"
        self.files["staging"] = self.staging_path
        self._added = 0

    def reset_on_finalize(self) -> tuple[str, ...]:
        return ("staging",)

    def encode(self, outcome: Outcome) -> dict[str, bytes]:
        parts = super().encode(outcome)
        if outcome.status == CONVERTED and outcome.payload is not None:
            parts["staging"] = _dumps({"key": outcome.key, "reply": json.loads(outcome.payload)})
            self._added += 1
        return parts

    def _discard(self) -> None:
        super()._discard()
        if os.path.isfile(self.out):
            os.remove(self.out)

    def close(self, *, complete: bool = True) -> None:
        if complete and (self._added or not os.path.exists(self.out) or self._offsets.get("staging")):
            self._build()
            self._mark_finalized()
            os.ftruncate(self._fds["staging"], 0)
            self._offsets["staging"] = 0
        super().close(complete=complete)
        if complete and os.path.exists(self.staging_path) and os.path.getsize(self.staging_path) == 0:
            os.remove(self.staging_path)

    def _build(self) -> None:
        """Write previous rows (when a finished output is extended) and the staged ones."""
        tmp = self.out + ".tmp"
        schema = reply_schema()
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            if self.previous_finalized and os.path.exists(self.out):
                for batch in pq.ParquetFile(self.out).iter_batches(batch_size=ROWS_PER_GROUP):
                    writer.write_batch(batch.cast(schema))
            rows: list = []
            os.fsync(self._fds["staging"])
            with open(self.staging_path, "rb") as fh:
                for line in fh:
                    data = json.loads(line)
                    rows.append((data["key"], data["reply"]))
                    if len(rows) >= ROWS_PER_GROUP:
                        writer.write_table(rows_to_table(rows))
                        rows = []
            if rows:
                writer.write_table(rows_to_table(rows))
        os.replace(tmp, self.out)
