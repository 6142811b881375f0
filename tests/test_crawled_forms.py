"""The corpora web pages in the forms real pipelines turn them into (trafilatura Markdown with
metadata, trafilatura text, html2text Markdown, inscriptis text, the page's text on one line),
made here with the real tools and scored against the page itself (gold trimmed to what each form
still contains)."""

from __future__ import annotations

import sys

import pytest
from helpers import CORPORA, ROOT

pytest.importorskip("trafilatura")
pytest.importorskip("html2text")
pytest.importorskip("inscriptis")
pytest.importorskip("markdownify")

sys.path.insert(0, str(ROOT / "benchmarks"))
from crawled_forms import FORMS, html2text_wrapped, score_forms, trim_gold  # noqa: E402

import govdoc_nlp  # noqa: E402

MAX_GAP = {"trafilatura-md": 0.015, "trafilatura-txt": 0.015, "html2text-md": 0.01, "html2text-md-wrapped": 0.02, "markdownify-md": 0.01, "inscriptis-txt": 0.015, "one-line": 0.03}
"""How far each form may fall below the page: one line has lost every line break, and pages that
put spaces inside words (PDF pastes) cannot be told from pages whose lines were joined."""


@pytest.fixture(scope="module")
def reports():
    return score_forms(CORPORA / "gold")


def test_every_form_was_made_for_every_page(reports):
    assert set(reports) == {"page", *FORMS}
    assert len({r.documents for r in reports.values()}) == 1
    assert reports["page"].documents >= 50


@pytest.mark.parametrize("form", list(FORMS))
def test_each_crawled_form_scores_close_to_the_page(reports, form):
    page, copy = reports["page"].overall.f1, reports[form].overall.f1
    assert not reports[form].failed
    assert page - copy <= MAX_GAP[form], reports[form].format(show_errors=True)


def test_gold_is_trimmed_to_what_a_form_still_holds():
    gold = {"title": "关于县十九届人大三次会议第27号建议的答复", "issuer": "沄水县交通运输局", "date": "2024-06-18",
            "doc_type": "suggestion_reply", "contact.phone": ["0745-7321586"], "commitments": ["下一步，我局将积极对接省交通运输厅。"]}
    kept = trim_gold(gold, "关于县十九届人大三次会议第27号建议的答复\n下一步，我局将积极对接省交通运输厅。\n2024年6月18日")
    assert kept["title"] == gold["title"] and kept["date"] == "2024-06-18" and kept["doc_type"] == "suggestion_reply"
    assert "issuer" not in kept
    assert kept["contact.phone"] == []
    assert kept["commitments"] == gold["commitments"]


def test_wrapped_markdown_keeps_the_paragraphs_of_a_cell_broken_at_its_spaces():
    page = (CORPORA / "web" / "c127.html").read_bytes().decode("utf-8")
    reply = govdoc_nlp.parse(html2text_wrapped(page).encode("utf-8"), format="markdown")
    assert any(c.text.startswith("街道计划在今年年底前") for c in reply.commitments)  # a paragraph of its own again
    assert (reply.issuer, reply.date) == ("蓼川区南门街道办事处", "2023-09-12")
