"""Paths and gold values the tests share (import as ``from helpers import …``)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SHARED = ROOT.parent / "shared"


def corpus_path(doc_id: str) -> Path:
    """Path of a corpora document's input file."""
    gold = json.loads((CORPORA / "gold" / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
    return (CORPORA / "gold" / gold["input"]).resolve()


def gold_fields(doc_id: str) -> dict:
    """The gold fields of a corpora document."""
    return json.loads((CORPORA / "gold" / f"{doc_id}.gold.json").read_text(encoding="utf-8"))["fields"]
