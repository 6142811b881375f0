"""JSON Lines output: one reply per line, the full JSON, in input order."""

from __future__ import annotations

import os

from govdoc_nlp.bulk.items import CONVERTED, Outcome
from govdoc_nlp.bulk.sinks.base import JournaledSink


class JsonlSink(JournaledSink):
    """``OUT.jsonl``: appended in place (each batch one write), so a killed run leaves only whole
    lines; resuming cuts back to the last journaled line."""

    kind = "jsonl"

    def __init__(self, out: str) -> None:
        super().__init__(out)
        self.files["data"] = out

    def encode(self, outcome: Outcome) -> dict[str, bytes]:
        parts = super().encode(outcome)
        if outcome.status == CONVERTED and outcome.payload is not None:
            parts["data"] = (outcome.payload + "\n").encode("utf-8")
        return parts

    def close(self, *, complete: bool = True) -> None:
        super().close(complete=complete)
        if complete and not os.path.exists(self.out):
            open(self.out, "wb").close()
