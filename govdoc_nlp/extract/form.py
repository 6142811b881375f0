"""A handling form printed above or instead of the letter (提案办理回复单, 建议办理单): the fields its
labelled lines state (提案名称, 办结时间, 主要承办单位 …), for the fields the letter does not print."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from govdoc_nlp.extract.context import Context
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.patterns import lexicon as lx
from govdoc_nlp.segment.blocks import Para

_LABELS = sorted(lx.HANDLING_FORM_FIELDS, key=len, reverse=True)
_LABEL_START = regex.compile(r"\p{Han}(?:\s?\p{Han}){1,6}\s?[:：]")
_FIELD = regex.compile(r"(?P<label>" + "|".join(rx.spaced(w) for w in _LABELS) + r")\s?[:：]\s?(?P<value>.*?)\s?(?=\p{Han}(?:\s?\p{Han}){1,6}\s?[:：]|$)")

PROPOSAL_TITLE_LABEL = "|".join(rx.spaced(w) for w in _LABELS if lx.HANDLING_FORM_FIELDS[w] == "proposal_title")
"""A form's labels of the proposal's title (提案名称, 事 由, 案由 …), spaces allowed, as a pattern."""
_BARE_TITLE_ROW = regex.compile(
    r"^(?P<label>" + PROPOSAL_TITLE_LABEL + r")\s?(?P<value>(?:关于|關於|關于)\S.{2,80}?(?:的)?(?:建议|建議|提案|议案|議案))$"
)
"""A form's title row printed as table cells without a colon (事 由 关于…的建议)."""


@dataclass(frozen=True)
class FormValue:
    """One field of the form: its value and where it stands (paragraph and offsets in it)."""

    value: str
    para: Para
    start: int
    end: int
    label: str = ""


def handling_form(ctx: Context) -> dict[str, FormValue]:
    """The form's fields by key (``proposal_title``, ``reply_date``, ``reply_unit``, ``proposers``),
    first one kept."""
    if ctx.form is not None:
        return ctx.form
    out: dict[str, FormValue] = {}
    for para in ctx.seg.head:
        bare = _BARE_TITLE_ROW.match(para.text)
        if bare and "proposal_title" not in out:
            out["proposal_title"] = FormValue(bare["value"], para, bare.start("value"), bare.end("value"), regex.sub(r"\s", "", bare["label"]))
        if not _LABEL_START.match(para.text):
            continue
        for m in _FIELD.finditer(para.text):
            label = regex.sub(r"\s", "", m["label"])
            key = lx.HANDLING_FORM_FIELDS[label]
            if m["value"] and key not in out:
                out[key] = FormValue(m["value"], para, m.start("value"), m.end("value"), label)
    ctx.form = out
    return out


def handled_by(ctx: Context) -> tuple[Para, regex.Match] | None:
    """The paragraph after the letter's opening that says which body handled it (此件由X办理), and
    the match (its ``org`` group)."""
    for para in ctx.seg.paras:
        if para.block in ("head", "addressee", "opening"):
            continue
        m = rx.HANDLED_BY.search(para.text)
        if m and rx.ORG_LINE.match(m["org"]):
            return para, m
    return None
