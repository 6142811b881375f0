"""The addressee line: person names, role, count, or an addressed organisation."""

from __future__ import annotations

import regex

from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.dates import chinese_number
from govdoc_nlp.extract.form import handling_form
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.patterns import lexicon as lx


def extract_addressee(ctx: Context) -> None:
    """Fill reply.addressee from the addressee paragraph found by the segmenter."""
    idx = ctx.seg.addressee
    if idx is None:
        _proposers_of_form(ctx)
        return
    para = ctx.seg.paras[idx]
    text = para.text
    a = ctx.reply.addressee
    g = rx.GENERIC_ADDRESSEE.match(text)
    if g:
        a.role, a.honorific, a.text = g["role"], g["hon"], text[: g.end()].rstrip("：:，,！!。 ")
        ctx.record("addressee", para, 0, g.end())
        return
    m = rx.ADDRESSEE.match(text) or rx.ADDRESSEE_RUN_ON.match(text)
    if m and m["role"] == "代表团":
        a.organization = text[: m.end("role")].removeprefix(m["hon"] or "")
        a.honorific, a.text = m["hon"], a.organization
        ctx.record("addressee", para, m.start("names"), m.end("role"))
        return
    if m:
        names = [
            name for n in rx.NAME_SPLIT.split(m["names"]) for name in rx.split_glued_names(rx.ROLE_SUFFIX.sub("", regex.sub(r"[ \u3000]", "", n)))
        ]
        co = m.groupdict().get("co")  # co-proposers in brackets: 牛立新（苏金华、丁和平）代表
        co_names = rx.NAME_SPLIT.split(co) if co else []
        a.names = [n for n in names + co_names if n and n.strip("*xX×")]
        a.role = m["role"]
        a.honorific = m["hon"]
        a.count = _count(m["count"], len(a.names))
        a.text = text[: m.end()].rstrip("：:，,！!。 ")
        a.greeting = m.groupdict().get("greet")
        a.delegation = m.groupdict().get("delegation")
        ctx.record("addressee", para, 0, m.end())
        return
    blank = rx.blank_name_role(text)
    if blank:
        a.role = a.text = blank
        ctx.record("addressee", para, 0, len(text))
        return
    o = rx.body_addressee(text)
    if o:
        a.organization = o["org"]
        a.honorific = o["hon"]
        a.text = o["org"]
        ctx.record("addressee", para, o.start("org"), o.end("org"))


def _proposers_of_form(ctx: Context) -> None:
    """A handling form's 代表姓名/提案人 row names those a letter without a salutation answers (and
    their role, when the label names it)."""
    field = handling_form(ctx).get("proposers")
    if field is None:
        return
    names = [n for n in rx.NAME_SPLIT.split(field.value.strip()) if regex.fullmatch(r"\p{Han}{2,4}|\p{Han}{1,8}(?:·\p{Han}{1,8}){1,3}", n)]
    if names:
        ctx.reply.addressee.names = names
        ctx.reply.addressee.count = len(names)
        ctx.reply.addressee.role = ctx.reply.addressee.role or lx.PROPOSER_LABEL_ROLES.get(field.label)
        ctx.reply.evidence["addressee.names"] = "form"
        ctx.record("addressee", field.para, field.start, field.end)


def _count(raw: str | None, printed: int) -> int | None:
    if not raw:
        return printed or None
    digits = raw.strip("等位名")
    if not digits:
        return None
    return chinese_number(digits)
