"""Traditional-character replies: matched on folded text, values returned as printed."""

from __future__ import annotations

import json

from helpers import CORPORA

import govdoc_nlp
from govdoc_nlp import evaluate as ev
from govdoc_nlp.clean.script import t2s_table, to_simplified


def _to_traditional(text: str) -> str:
    s2t: dict[int, str] = {}
    for trad, simp in t2s_table().items():
        s2t.setdefault(ord(simp), chr(trad))
    return text.translate(s2t)


def _simplified(obj):
    if isinstance(obj, str):
        return to_simplified(obj)
    if isinstance(obj, list):
        return [_simplified(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _simplified(v) for k, v in obj.items()}
    return obj


def test_simplified_corpora_rewritten_in_traditional_characters_score_the_same():
    docs = [
        d for d in ev.load_gold(CORPORA / "gold")
        if json.loads((CORPORA / "gold" / f"{d['doc_id']}.gold.json").read_text(encoding="utf-8")).get("format") in ("plain", "pdf-text")
    ][::2]
    total = ev.Counts()
    errors = {}
    for doc in docs:
        text = _to_traditional(govdoc_nlp.parse(doc["_input"]).text)
        pred = govdoc_nlp.parse_text(text).to_dict(include_text=False)
        errs: list[str] = []
        for counts in ev.score_document(doc["fields"], _simplified(pred), errs).values():
            total.add(counts)
        if errs:
            errors[doc["doc_id"]] = errs
    assert total.f1 >= 0.98, errors


def test_values_keep_the_printed_characters():
    text = (
        "關於縣十九屆人大二次會議第52號建議的答復\n"
        "鄭玉芳代表：\n"
        "您提出的《關於加固雙河村段堤防的建議》收悉，現答復如下：\n"
        "下一步，我局將積極向上爭取資金，力爭明年汛期前完成加固工程。\n"
        "感謝您對水利工作的關心和支持。\n"
        "吉川縣水利局\n"
        "2023年11月2日\n"
        "聯繫人：邵文傑　聯繫電話：0432-6420135\n"
    )
    r = govdoc_nlp.parse_text(text)
    assert r.title == "關於縣十九屆人大二次會議第52號建議的答復"
    assert r.proposal.session == "縣十九屆人大二次會議" and r.proposal.number == "52"
    assert r.proposal.title == "關於加固雙河村段堤防"
    assert r.addressee.names == ["鄭玉芳"] and r.issuer == "吉川縣水利局"
    assert r.contact.person == ["邵文傑"] and r.contact.phone == ["0432-6420135"]
    assert r.commitments[0].text == "下一步，我局將積極向上爭取資金，力爭明年汛期前完成加固工程。"
    assert r.commitments[0].deadline is not None
