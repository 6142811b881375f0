"""The same gold fields score the same from every format: corpora documents rendered to PDF
(TrueType and OpenType/CFF fonts), DOCX, a government web page, and a noisy rotated scan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures.render_docx import render_docx
from fixtures.render_html import render_html
from fixtures.render_pdf import render_pdf
from fixtures.render_scan import scan_pages, write_image_pdf
from helpers import CORPORA

import govdoc_nlp
from govdoc_nlp import evaluate as ev

SKIP_FORMATS = {"web-copy", "mirror", "flattened"}  # already web pages: nothing to re-render


def _selection(step: int = 3) -> list[dict]:
    docs = [d for d in ev.load_gold(CORPORA / "gold") if json.loads((CORPORA / "gold" / f"{d['doc_id']}.gold.json").read_text(encoding="utf-8")).get("format") not in SKIP_FORMATS]
    return docs[::step]


def _plain_text(path: Path) -> str:
    """The document as one paragraph per line (what the renderers take)."""
    return "\n".join(p.text for p in govdoc_nlp.parse(path).paragraphs)


def _f1(docs: list[dict], path_of) -> tuple[float, dict[str, list[str]]]:
    total = ev.Counts()
    errors: dict[str, list[str]] = {}
    for d in docs:
        pred = govdoc_nlp.parse(path_of(d)).to_dict(include_text=False)
        errs: list[str] = []
        for counts in ev.score_document(d["fields"], pred, errs).values():
            total.add(counts)
        if errs:
            errors[d["doc_id"]] = errs
    return total.f1, errors


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> tuple[list[dict], Path]:
    out = tmp_path_factory.mktemp("parity")
    docs = _selection()
    for k, d in enumerate(docs):
        text = _plain_text(d["_input"])
        stem = d["doc_id"]
        render_pdf(text, out / f"{stem}.pdf", font="cff" if k % 2 else "truetype")
        render_docx(text, out / f"{stem}.docx")
        (out / f"{stem}.html").write_bytes(render_html(text))
    return docs, out


def test_text_baseline(rendered):
    docs, _ = rendered
    f1, errors = _f1(docs, lambda d: d["_input"])
    assert f1 >= 0.97, errors


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_rendered_formats_score_like_text(rendered, fmt):
    docs, out = rendered
    base, _ = _f1(docs, lambda d: d["_input"])
    f1, errors = _f1(docs, lambda d: out / f"{d['doc_id']}.{fmt}")
    assert f1 >= base - 0.02, errors
    sample = govdoc_nlp.parse(out / f"{docs[0]['doc_id']}.{fmt}")
    assert sample.source.format == fmt


def test_pdf_fields_carry_page_and_box(rendered):
    docs, out = rendered
    reply = govdoc_nlp.parse(out / f"{docs[0]['doc_id']}.pdf")
    span = reply.provenance["proposal.number"]
    assert span.page == 1 and span.bbox is not None
    assert reply.commitments and all(c.span.page for c in reply.commitments)
    x0, top, x1, bottom = span.bbox
    assert 0 <= x0 < x1 <= 600 and 0 <= top < bottom <= 850


@pytest.mark.slow
def test_noisy_scan_scores_close_to_text(tmp_path):
    docs = [d for d in _selection(step=1) if d["doc_id"] in ("c01", "c16")]
    for d in docs:
        text = _plain_text(d["_input"])
        render_pdf(text, tmp_path / f"{d['doc_id']}.pdf")
        pages = scan_pages(tmp_path / f"{d['doc_id']}.pdf", dpi=300, angle=1.5, seal=True, seed=3)
        write_image_pdf(pages, tmp_path / f"{d['doc_id']}.scan.pdf")
    base, _ = _f1(docs, lambda d: d["_input"])
    f1, errors = _f1(docs, lambda d: tmp_path / f"{d['doc_id']}.scan.pdf")
    assert f1 >= base - 0.05, errors
    reply = govdoc_nlp.parse(tmp_path / f"{docs[0]['doc_id']}.scan.pdf")
    assert reply.source.methods == ["ocr"]
    assert reply.source.engine
