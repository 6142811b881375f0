"""PDF-extracted text: the corpora's one-paragraph-per-line documents re-set as hard-wrapped lines
(first line two characters short for the indent, punctuation never opening a line, spaces around
digits, page marks mid-paragraph, optionally a blank line after every line) parse like the
originals."""

from __future__ import annotations

import json
import re

import pytest
from helpers import CORPORA

import govdoc_nlp
from govdoc_nlp import evaluate as ev

_NO_LINE_START = "，。、；：？！）》”"


def hard_wrap(paragraphs: list[str], width: int, *, blank_after: bool = False, lines_per_page: int = 22) -> str:
    """Set paragraphs as a PDF extraction gives them back."""
    out: list[str] = []
    count = 0
    page = 1

    def emit(line: str) -> None:
        nonlocal count, page
        out.append(line)
        if blank_after:
            out.append("")
        count += 1
        if count % lines_per_page == 0:
            out.extend([f"— {page} —", " "])
            page += 1

    for para in paragraphs:
        para = re.sub(r"(?<=[\u4e00-\u9fff])(\d+)", r" \1", para)
        para = re.sub(r"(\d+)(?=[\u4e00-\u9fff])", r"\1 ", para)
        if len(para) <= 24:
            emit(para)
            continue
        first = True
        while para:
            cut = width - 2 if first else width
            while cut < len(para) and para[cut] in _NO_LINE_START:
                cut += 1
            emit(para[:cut])
            para, first = para[cut:], False
    return "\n".join(out)


def _plain_docs() -> list[dict]:
    return [
        d for d in ev.load_gold(CORPORA / "gold")
        if json.loads((CORPORA / "gold" / f"{d['doc_id']}.gold.json").read_text(encoding="utf-8")).get("format") == "plain"
    ]


@pytest.mark.parametrize(("width", "blank_after"), [(28, False), (28, True), (33, False)])
def test_hard_wrapped_documents_score_like_their_originals(width, blank_after):
    total = ev.Counts()
    errors = {}
    for doc in _plain_docs():
        paragraphs = [p.text for p in govdoc_nlp.parse(doc["_input"]).paragraphs]
        pred = govdoc_nlp.parse_text(hard_wrap(paragraphs, width, blank_after=blank_after)).to_dict(include_text=False)
        errs: list[str] = []
        for counts in ev.score_document(doc["fields"], pred, errs).values():
            total.add(counts)
        if errs:
            errors[doc["doc_id"]] = errs
    assert total.f1 >= 0.98, errors
