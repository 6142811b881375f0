"""Specificity: how concrete the reply is — numbers, dates, cited documents and named organisations
per 1,000 characters of body text; past-action vs promise sentences; the share of boilerplate."""

from __future__ import annotations

import re
from typing import Any

from govdoc_nlp.model import Reply
from govdoc_nlp.research import lexicon as lx
from govdoc_nlp.research.compiled import (
    DATE_RE,
    DOC_NUMBER_RE,
    NUMBER_RE,
    QUOTED_TITLE_RE,
    doc_title_ending_re,
    formula_re,
    org_re,
    trim_org,
)
from govdoc_nlp.research.text import body_paragraphs, sentences, squeeze

_PAST = re.compile("|".join(map(re.escape, lx.PAST_ACTION_WORDS)))
_PROMISE = re.compile("|".join(map(re.escape, sorted(lx.PROMISE_WORDS, key=len, reverse=True))))
# 将 as 把 or past (现将…答复如下, 已将…) is no promise
_JIANG_NOT_FUTURE = re.compile(r"(?:现|已|已经|业已|并已|均已)将")


def cited_documents(text: str, proposal_title: str | None = None) -> list[str]:
    """Documents the text cites: 《…》 titles that end like a document (办法, 方案, 意见…) and are not
    the proposal's own title, plus 文号 (豫政〔2021〕12号). Duplicates count once."""
    t = squeeze(text)
    found: list[str] = []
    own = re.sub(r"\s", "", proposal_title or "")
    for m in QUOTED_TITLE_RE.finditer(t):
        title = m.group(1).strip()
        if own and (own in title or title in own):
            continue
        if re.search(r"(?:的)?(?:建议|提案|议案)$", title):
            continue
        if doc_title_ending_re().search(title):
            found.append(title)
    found += [trim_org(re.sub(r"\s", "", m.group(0))) for m in DOC_NUMBER_RE.finditer(t)]
    return list(dict.fromkeys(found))


def organisations(text: str) -> list[str]:
    """Named organisations (distinct): place units + a department word + an ending such as
    信阳市教育体育局, 国家发展改革委, 市政协提案委. Generic phrases (有关部门, 中职学校) are not names."""
    return list(dict.fromkeys(trim_org(m.group(0)) for m in org_re().finditer(squeeze(text))))


def sentence_kind(sentence: str) -> str:
    """'promise' (下一步, 将, 计划, 力争… as the future), 'past' (已, 了, 累计, 截至…), or 'other'."""
    s = _JIANG_NOT_FUTURE.sub("", sentence)
    if _PROMISE.search(s):
        return "promise"
    if _PAST.search(sentence):
        return "past"
    return "other"


def boilerplate_chars(paragraphs: list[str]) -> int:
    """Characters of the sentences that are opening or closing formulas (收悉…答复如下, 感谢…支持,
    欢迎…多提宝贵意见, 特此答复)."""
    n = 0
    opening, closing = formula_re("opening"), formula_re("closing")
    for i, para in enumerate(paragraphs):
        for s in sentences(para):
            if (i == 0 and opening.search(s)) or closing.search(s):
                n += len(s)
    return n


def per_thousand(count: int, chars: int) -> float | None:
    """Rate per 1,000 characters (None for an empty text)."""
    return round(count * 1000 / chars, 3) if chars else None


def specificity_variables(reply: Reply) -> dict[str, Any]:
    """The specificity-family variables of one reply (see docs/CODEBOOK.md)."""
    paras = body_paragraphs(reply)
    body = "".join(paras)
    chars = len(re.sub(r"\s", "", body))
    dates = DATE_RE.findall(body)
    no_dates = DATE_RE.sub(" ", body)
    numbers = NUMBER_RE.findall(no_dates)
    docs = cited_documents(body, reply.proposal.title)
    orgs = organisations(body)
    kinds = [sentence_kind(s) for s in sentences("\n".join(paras))]
    n_sent = len(kinds)
    past, promise = kinds.count("past"), kinds.count("promise")
    return {
        "body_chars": chars,
        "n_sentences": n_sent,
        "n_numbers": len(numbers),
        "n_dates": len(dates),
        "n_cited_documents": len(docs),
        "cited_documents": "；".join(docs) or None,
        "n_organisations": len(orgs),
        "numbers_per_1k": per_thousand(len(numbers), chars),
        "dates_per_1k": per_thousand(len(dates), chars),
        "documents_per_1k": per_thousand(len(docs), chars),
        "organisations_per_1k": per_thousand(len(orgs), chars),
        "past_sentence_share": past / n_sent if n_sent else None,
        "promise_sentence_share": promise / n_sent if n_sent else None,
        "boilerplate_share": boilerplate_chars(paras) / chars if chars else None,
    }
