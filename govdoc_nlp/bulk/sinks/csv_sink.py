"""CSV output: one row per reply with its scalar fields (lists joined with 、), UTF-8 with a BOM so
Excel opens the Chinese text as such. Appended in place like JSON Lines, so resuming works the same."""

from __future__ import annotations

import csv
import io
import json
import os
from typing import Any

from govdoc_nlp.bulk.items import CONVERTED, Outcome
from govdoc_nlp.bulk.sinks.base import JournaledSink

BOM = "\ufeff"


def _join(values: Any) -> str:
    return "、".join(str(v) for v in values or [] if v is not None)


COLUMNS: tuple[tuple[str, Any], ...] = (
    ("input_key", None),
    ("is_reply", lambda r: r.get("is_reply")),
    ("title", lambda r: r.get("title")),
    ("doc_type", lambda r: r.get("doc_type")),
    ("doc_number", lambda r: r.get("doc_number")),
    ("proposal_session", lambda r: r["proposal"].get("session")),
    ("proposal_number", lambda r: r["proposal"].get("number")),
    ("proposal_kind", lambda r: r["proposal"].get("kind")),
    ("proposal_title", lambda r: r["proposal"].get("title")),
    ("addressee_names", lambda r: _join(r["addressee"].get("names"))),
    ("addressee_role", lambda r: r["addressee"].get("role")),
    ("addressee_count", lambda r: r["addressee"].get("count")),
    ("addressee_organization", lambda r: r["addressee"].get("organization")),
    ("issuer", lambda r: r.get("issuer")),
    ("date", lambda r: r.get("date")),
    ("date_text", lambda r: r.get("date_text")),
    ("signer", lambda r: r.get("signer")),
    ("response_category", lambda r: r.get("response_category")),
    ("disclosure", lambda r: r.get("disclosure")),
    ("contact_organizer", lambda r: r["contact"].get("organizer")),
    ("contact_person", lambda r: _join(r["contact"].get("person"))),
    ("contact_phone", lambda r: _join(r["contact"].get("phone"))),
    ("cc", lambda r: _join(c.get("name") for c in r.get("cc") or [])),
    ("sections", lambda r: len(r.get("sections") or [])),
    ("commitments", lambda r: len(r.get("commitments") or [])),
    ("commitments_with_deadline", lambda r: sum(1 for c in r.get("commitments") or [] if c.get("deadline"))),
    ("warnings", lambda r: _join(w.get("code") for w in r.get("warnings") or [])),
    ("source_format", lambda r: r["source"].get("format")),
    ("source_sha256", lambda r: r["source"].get("sha256")),
)
"""Column name → how to read it from the reply's JSON dict."""


def _row(values: list[Any]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(["" if v is None else v for v in values])
    return buf.getvalue().encode("utf-8")


class CsvSink(JournaledSink):
    """``OUT.csv``: a header, then one row per converted input, in input order."""

    kind = "csv"

    def __init__(self, out: str) -> None:
        super().__init__(out)
        self.files["data"] = out
        self._header_due = False

    def open(self, *, resume: bool = False, overwrite: bool = False) -> dict[str, Outcome]:
        done = super().open(resume=resume, overwrite=overwrite)
        self._header_due = self._offsets.get("data", 0) == 0
        return done

    def encode(self, outcome: Outcome) -> dict[str, bytes]:
        parts = super().encode(outcome)
        if outcome.status == CONVERTED and outcome.payload is not None:
            reply = json.loads(outcome.payload)
            row = _row([outcome.key if read is None else read(reply) for _, read in COLUMNS])
            if self._header_due:
                row = (BOM.encode("utf-8") + _row([name for name, _ in COLUMNS])) + row
                self._header_due = False
            parts["data"] = row
        return parts

    def close(self, *, complete: bool = True) -> None:
        super().close(complete=complete)
        if complete and (not os.path.exists(self.out) or os.path.getsize(self.out) == 0):
            with open(self.out, "wb") as fh:
                fh.write(BOM.encode("utf-8") + _row([name for name, _ in COLUMNS]))
