"""Shared test fixtures: where the corpora and the read-only shared material live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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


@pytest.fixture
def shared() -> Path:
    """The shared folder beside the checkout; tests using it skip where it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present on this machine")
    return SHARED


@pytest.fixture
def seed_path(shared: Path) -> Path:
    return shared / "corpus" / "seed" / "xinyang-57165.txt"
