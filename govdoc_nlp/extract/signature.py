"""The end of the letter: closing formula, signing body (issuer) and the date of the reply."""

from __future__ import annotations

import regex

from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.dates import find_date_line
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.segment.blocks import Para

_TITLE_ISSUER = regex.compile(r"^(?P<org>\p{Han}{2,40}?(?:" + rx.alternation(rx.lx.ORG_SUFFIXES) + r"))(?:关于|關于|關於|对|對)")
_BANNER_ISSUER = regex.compile(r"^(?P<org>\p{Han}{2,40}?)(?:文件|函件)$")


def extract_signature(ctx: Context) -> None:
    """Fill issuer, date, date_text and closing."""
    reply = ctx.reply
    paras = ctx.seg.paras
    dates = [p for p in paras if p.block == "date"]
    chosen: Para | None = None
    for p in dates:
        if _neighbour_signature(paras, p) is not None:
            chosen = p
            break
    if chosen is None and dates:
        chosen = dates[0]
    if chosen is not None:
        d = find_date_line(chosen.text)
        if d is not None:
            reply.date = d.iso
            reply.date_text = d.text
            ctx.record("date", chosen, d.start, d.end)
            org = chosen.text[: d.start].strip()
            if org:
                reply.issuer = org
                ctx.record("issuer", chosen, 0, len(org))
        if reply.issuer is None:
            sig = _neighbour_signature(paras, chosen)
            if sig is not None:
                reply.issuer = sig.text
                ctx.record("issuer", sig)
        if reply.issuer is None:
            reply.issuer = _site_name_above(ctx, chosen)
    if reply.issuer is None:
        sigs = [p for p in paras if p.block == "signature"]
        if sigs:
            reply.issuer = sigs[0].text
            ctx.record("issuer", sigs[0])
    if reply.issuer is not None:
        reply.issuer = _without_site_name(reply.issuer)
    if reply.issuer is None:
        reply.issuer, how = _issuer_from_head(ctx)
        if how:
            reply.evidence["issuer"] = how
    if reply.issuer is None:
        reply.issuer, how = _issuer_from_red_ink(ctx)
        if how:
            reply.evidence["issuer"] = how
    if reply.issuer is None:
        for key in ("reply_unit", "publisher"):
            body = str(ctx.metadata.get(key) or "")
            if body and len(body) <= 30 and rx.ORG_LINE.match(body) and not rx.SITE_NAME.search(body):
                reply.issuer = body
                reply.evidence["issuer"] = "page_metadata"
                break
    if reply.issuer is None:
        reply.issuer = _letterhead(ctx)
        if reply.issuer:
            reply.evidence["issuer"] = "letterhead"
    if reply.date is None and ctx.metadata.get("reply_date"):
        d = find_date_line(str(ctx.metadata["reply_date"]))
        if d is not None and d.iso:
            reply.date, reply.date_text = d.iso, d.text
            reply.evidence["date"] = "page_metadata"
    closing = [p.text for p in paras if p.block == "closing"]
    reply.closing = "".join(closing) or None


def _site_name_above(ctx: Context, date_para: Para) -> str | None:
    """A site's name printed as the signature right above the date (taken for page chrome by the
    cleaner): the body it names."""
    if not date_para.mapped.pieces:
        return None
    start = date_para.mapped.source_offset(0)
    lines = ctx.cleaned.lines
    k = next((i for i, ln in enumerate(lines) if ln.text.pieces and ln.text.source_offset(0) == start), None)
    if k is None:
        return None
    for ln in reversed(lines[:k]):
        if ln.blank:
            continue
        text = ln.text.text
        if rx.SITE_SIGNATURE.match(text):
            body = _without_site_name(text)
            return body if body != text else None
        return None
    return None


def _neighbour_signature(paras: list[Para], date_para: Para) -> Para | None:
    i = date_para.index
    for j in (i - 1, i + 1):
        if 0 <= j < len(paras) and paras[j].block == "signature":
            return paras[j]
    return None


def _issuer_from_head(ctx: Context) -> tuple[str | None, str | None]:
    """The issuer named by a banner (…文件) or the title, and which it was."""
    for p in ctx.seg.head:
        m = _BANNER_ISSUER.match(p.text)
        if m and rx.ORG_LINE.match(m["org"]):
            return m["org"], "letterhead"
    title = ctx.reply.title or ""
    m = _TITLE_ISSUER.match(title)
    if m:
        return m["org"], "title"
    return None, None


def _issuer_from_red_ink(ctx: Context) -> tuple[str | None, str | None]:
    """The body named by an OCR'd page's red letterhead or around its seal, and which it was."""
    head = str(ctx.loaded.metadata.get("letterhead") or "")
    m = _BANNER_ISSUER.match(head)
    head = m["org"] if m else head
    if head and len(head) <= 30 and rx.ORG_LINE.match(head):
        return head, "letterhead"
    for name in ctx.loaded.metadata.get("seal") or []:
        if len(name) <= 30 and rx.ORG_LINE.match(name):
            return name, "seal"
    return None, None


def _letterhead(ctx: Context) -> str | None:
    """A body's name alone on a line of the head (a letterhead, or a site's name: the weakest
    evidence, after the page's own metadata)."""
    title = ctx.reply.title or ""
    for p in ctx.seg.head:
        if len(p.text) <= 30 and rx.ORG_LINE.match(p.text) and p.text not in title:
            return p.text
    return None


def _without_site_name(org: str) -> str:
    """A site's name printed as the signature (``XX厅政府网站``) stands for the body it names."""
    m = rx.SITE_NAME.search(org)
    if m and m.start() > 0:
        body = org[: m.start()]
        for suffix in ("政府", "政府信息公开", "门户"):
            if body.endswith(suffix) and rx.ORG_LINE.match(body[: -len(suffix)] or "-"):
                body = body[: -len(suffix)]
        if rx.ORG_LINE.match(body):
            return body
    return org
