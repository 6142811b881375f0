"""docs/CODEBOOK.md documents every column of every research table, and every reply variable is
computed by at least one research test."""

from __future__ import annotations

import re
from pathlib import Path

from govdoc_nlp.research.schema import COMMITMENT_COLUMNS, REPLY_COLUMNS, SECTION_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
CODEBOOK = (ROOT / "docs" / "CODEBOOK.md").read_text(encoding="utf-8")


def _documented(section: str) -> dict[str, str]:
    """name → type of the table rows under a heading (until the next heading of level 2)."""
    rows = {}
    for m in re.finditer(r"^\| `(\w+)` \| (\w+) \|", section, re.M):
        rows[m.group(1)] = m.group(2)
    return rows


def _section(title: str) -> str:
    start = CODEBOOK.index(title)
    nxt = CODEBOOK.find("\n## ", start + 1)
    return CODEBOOK[start: nxt if nxt > 0 else None]


def test_every_reply_variable_is_documented_with_its_dtype() -> None:
    documented: dict[str, str] = {}
    for title in ("## Identity", "## Who", "## Where", "## When and which", "## Outcome", "## Promises", "## Specificity",
                  "## Engagement", "## Topic"):
        documented.update(_documented(_section(title)))
    assert documented == REPLY_COLUMNS


def test_item_tables_are_documented_with_their_dtypes() -> None:
    assert _documented(_section("## Commitments table")) == COMMITMENT_COLUMNS
    assert _documented(_section("## Sections table")) == SECTION_COLUMNS


def test_every_reply_variable_has_a_test() -> None:
    tests = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_research_*.py") if p.name != Path(__file__).name)
    missing = [name for name in REPLY_COLUMNS if f'"{name}"' not in tests and f"'{name}'" not in tests]
    assert missing == []
