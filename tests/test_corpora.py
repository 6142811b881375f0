"""The parser on the corpora documents (written for this project) and on the shared seed."""

from __future__ import annotations

import pytest
from helpers import CORPORA, corpus_path, gold_fields

import govdoc_nlp
from govdoc_nlp.evaluate import evaluate


def test_govdoc_eval_on_corpora_meets_the_bar():
    report = evaluate(CORPORA / "gold")
    assert report.documents >= 40
    assert not report.failed
    assert report.overall.f1 >= 0.97, report.format(show_errors=True)
    for name, counts in report.fields.items():
        if counts.tp + counts.fp + counts.fn:
            assert counts.f1 >= 0.90, (name, report.format(show_errors=True))
    assert report.fully_correct >= 0.8 * report.documents


def test_gbk_crlf_document_reads_like_utf8():
    r = govdoc_nlp.parse(corpus_path("c04"))
    assert r.source.encoding == "gb18030"
    g = gold_fields("c04")
    assert r.title == g["title"]
    assert [(s.level, s.number) for s in r.sections] == [(s["level"], s["number"]) for s in g["sections"]]


def test_utf16_document_is_detected():
    r = govdoc_nlp.parse(corpus_path("c11"))
    assert r.source.encoding.startswith("utf-16")
    assert r.proposal.number == gold_fields("c11")["proposal.number"]


def test_big5_traditional_document():
    r = govdoc_nlp.parse(corpus_path("c40"))
    assert r.source.encoding == "big5"
    assert r.addressee.names == gold_fields("c40")["addressee.names"]


def test_web_copy_footer_is_not_the_contact_block():
    r = govdoc_nlp.parse(corpus_path("c06"))
    g = gold_fields("c06")
    assert r.contact.phone == g["contact.phone"]
    assert r.contact.organizer == g["contact.organizer"]
    assert r.response_category == "B"


def test_organisation_addressee_of_a_会办意见():
    r = govdoc_nlp.parse(corpus_path("c36"))
    assert r.addressee.organization == gold_fields("c36")["addressee.organization"]
    assert r.addressee.names == []


def test_bytes_and_path_give_the_same_reply():
    path = corpus_path("c01")
    a = govdoc_nlp.parse(path).to_dict(include_text=False)
    b = govdoc_nlp.parse(path.read_bytes()).to_dict(include_text=False)
    a["source"].pop("path"), b["source"].pop("path")
    assert a == b


def test_seed_document(seed_path):
    r = govdoc_nlp.parse(seed_path)
    assert r.title == "对市政协五届七次会议第57165号提案的答复"
    assert (r.proposal.session, r.proposal.number) == ("市政协五届七次会议", "57165")
    assert r.addressee.names == ["倪雪峰"] and r.addressee.role == "委员"
    assert (r.issuer, r.date) == ("信阳市教育体育局", "2022-07-22")
    assert (r.contact.organizer, r.contact.person, r.contact.phone) == ("信阳市教育体育局", ["张超"], ["6230042"])
    assert [c.name for c in r.cc] == ["市政协提案委", "市政府督查室"]
    assert [s.heading[:6] for s in r.sections] == ["关于出台“人", "关于坚持职业", "关于加大职业"]
    assert len(r.commitments) == 4 and r.commitments[-1].text.startswith("在今后工作中")
    text = seed_path.read_text(encoding="utf-8")
    span = r.provenance["proposal.number"]
    assert text[span.start : span.end] == "57165"


@pytest.mark.parametrize("gold_dir", ["gold", "gold-html"])
def test_shared_gold_scores(shared, gold_dir):
    report = evaluate(shared / "corpus" / gold_dir)
    assert report.overall.f1 >= 0.97, report.format(show_errors=True)
