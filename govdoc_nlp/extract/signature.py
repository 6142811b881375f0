"""The end of the letter: closing formula, signing body (issuer) and the date of the reply."""

from __future__ import annotations

import regex

from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.dates import DateMatch, find_date_line
from govdoc_nlp.extract.form import handled_by, handling_form
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.patterns import lexicon as lx
from govdoc_nlp.segment.blocks import Para

_TITLE_ISSUER = regex.compile(r"^(?P<org>\p{Han}{2,40}?(?:" + rx.alternation(rx.lx.ORG_SUFFIXES) + r"))(?:关于|關于|關於|对|對)")
_TITLE_BRACKETED_ISSUER = rx.Lazy(r"(?<=" + rx.alternation(rx.lx.TITLE_ENDINGS) + r")[（(](?P<org>\p{Han}{2,20}?(?:" + rx.alternation(rx.lx.ORG_SUFFIXES) + r"))[)）]$")
"""A title that names the replier in brackets after it (…建议的答复(林业局))."""
_JOINT_PART = rx.Lazy(r"(?:省|市|县|縣|区|區|州)\p{Han}{2,20}?(?:局|委员会|委|厅|廳|办公室|中心|院)(?=(?:省|市|县|縣|区|區|州)|$)")
_ORG = r"\p{Han}{2,30}?(?:" + rx.alternation(rx.lx.ORG_SUFFIXES) + r")"
_DATE = r"(?P<date>(?:" + rx.DATE_ARABIC.pattern + "|" + rx.DATE_CHINESE.pattern + r"))"
_SIGNING_FORM_LINE = rx.Lazy(rf"(?:承办|承辦|答复|答復|主办|主辦)(?:单位|單位)\s?[:：]\s?(?P<org>{_ORG})\s?(?:\p{{Han}}{{2,6}}\s?[:：]\s?)*{_DATE}\s?$")
_LABELLED_DATE = rx.Lazy(rf"^(?:单位|單位)?(?:负责人|負責人|签发人|簽發人|领导签字|領導簽字|签字|日期|时间|時間)\s?[:：]\s?{_DATE}\s?$")
_SIGNATURE_LABEL = rx.Lazy(rf"^(?:答复|答復|回复|回覆|办理|辦理|承办|承辦)(?:单位|單位)\s?[:：]\s?(?P<org>{_ORG})\s?$")
_SIGNED_CONTACT_LINE = rx.Lazy(rf"(?<=[\d:：\s])(?P<org>{_ORG})\s?{_DATE}\s?$")
"""A contact line that ends with the signature and date (联系人姓名及电话：… 138… 安平县水利局 2024年7月16日)."""
_BANNER_ISSUER = rx.Lazy(r"^(?P<org>\p{Han}{2,40}?)(?:文件|函件)$")


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
            _take_date(ctx, d, chosen)
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
            reply.issuer = _labelled_signature(paras, chosen)
        if reply.issuer is None:
            reply.issuer = _site_name_above(ctx, chosen)
    if reply.date is None and reply.issuer is None:
        _signing_form_line(ctx)
    if reply.date is None:
        _labelled_date(ctx)
    if reply.date is None:
        _date_after_the_last_sentence(ctx)
    if reply.issuer is None:
        sigs = [p for p in paras if p.block == "signature"]
        if sigs:
            reply.issuer = sigs[0].text
            ctx.record("issuer", sigs[0])
    if reply.issuer is None:
        _closing_unit_label(ctx)
    if reply.issuer is not None:
        reply.issuer = _first_of_joint(_without_site_name(reply.issuer))
    if reply.issuer is None:
        reply.issuer, how = _issuer_from_head(ctx)
        if how:
            reply.evidence["issuer"] = how
    form = handling_form(ctx)
    if reply.issuer is None and "reply_unit" in form and rx.ORG_LINE.match(form["reply_unit"].value):
        unit = form["reply_unit"]
        reply.issuer = unit.value
        ctx.record("issuer", unit.para, unit.start, unit.end)
        reply.evidence["issuer"] = "form"
    if reply.date is None and "reply_date" in form:
        d = find_date_line(form["reply_date"].value)
        if d is not None and d.iso:
            _take_date(ctx, d, form["reply_date"].para, form["reply_date"].start, evidence="form")
    if reply.issuer is None:
        reply.issuer, how = _issuer_from_red_ink(ctx)
        if how:
            reply.evidence["issuer"] = how
    if reply.issuer is None:
        handled = handled_by(ctx)
        if handled is not None:
            para, m = handled
            reply.issuer = m["org"]
            ctx.record("issuer", para, m.start("org"), m.end("org"))
            reply.evidence["issuer"] = "handled_by"
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
            _take_date(ctx, d, evidence="page_metadata")
    closing = [p.text for p in paras if p.block == "closing"]
    reply.closing = "".join(closing) or None


def _take_date(ctx: Context, d: DateMatch, para: Para | None = None, offset: int = 0, *, evidence: str | None = None) -> None:
    """Set the reply's date from ``d`` (found ``offset`` characters into ``para``), and how it was found."""
    ctx.reply.date, ctx.reply.date_text = d.iso, d.text
    if para is not None:
        ctx.record("date", para, offset + d.start, offset + d.end)
    if evidence:
        ctx.reply.evidence["date"] = evidence


_SIGNING_TAIL_MAX = 40


def _date_after_the_last_sentence(ctx: Context) -> None:
    """A date glued after the last sentence of the letter (…新建公厕3座。二00八年十月十六日: a
    page on one line, printed, keeps no break before it) is the letter's date, and a body's name
    before it the issuer."""
    letter = [p for p in ctx.seg.paras if p.block in ("opening", "body", "closing")]
    if not letter:
        return
    para = letter[-1]
    end = max(para.text.rfind(ch) for ch in "。！!") + 1
    tail = para.text[end:]
    d = find_date_line(tail) if 0 < end and 0 < len(tail.strip()) <= _SIGNING_TAIL_MAX else None
    if d is None or d.iso is None or tail[d.end :].strip():
        return
    _take_date(ctx, d, para, end)
    org = tail[: d.start].strip()
    if org and ctx.reply.issuer is None and rx.ORG_LINE.fullmatch(org):
        ctx.reply.issuer = org
        ctx.record("issuer", para, end, end + len(org))


def _signing_form_line(ctx: Context) -> None:
    """A letter signed inside a form or contact line, ``承办单位：XX局 单位负责人：（blank）
    二〇二二年八月三十日`` or ``联系人：… 138… XX局 2024年7月16日``: the body is the issuer and the
    date at the line's end is the letter's."""
    for p in ctx.seg.tail:
        m = _SIGNING_FORM_LINE.search(p.text) or (_SIGNED_CONTACT_LINE.search(p.text) if p.block == "contact" else None)
        if m is None:
            continue
        d = find_date_line(m["date"])
        if d is None or d.iso is None:
            continue
        _take_date(ctx, d, p, m.start("date"))
        ctx.reply.issuer = m["org"]
        ctx.record("issuer", p, m.start("org"), m.end("org"))
        return


def _labelled_date(ctx: Context) -> None:
    """A date printed after a signer's label in the tail (单位负责人：二〇二二年八月三十日): the letter's,
    and the unit labelled beside it (承办单位：XX局) signs."""
    paras = ctx.seg.paras
    for p in ctx.seg.tail:
        m = _LABELLED_DATE.match(p.text)
        d = find_date_line(m["date"]) if m else None
        if d is None or d.iso is None:
            continue
        _take_date(ctx, d, p, m.start("date"))
        if ctx.reply.issuer is None:
            ctx.reply.issuer = _labelled_signature(paras, p)
        return


def _labelled_signature(paras: list[Para], date_para: Para) -> str | None:
    """A signature printed as a label beside the date (``答复单位：XX局``): the body it names."""
    i = date_para.index
    for j in (i - 1, i + 1):
        if 0 <= j < len(paras):
            m = _SIGNATURE_LABEL.match(paras[j].text)
            if m:
                return m["org"]
    return None


def _closing_unit_label(ctx: Context) -> None:
    """A letter without signature or date that ends with its unit's label (特此答复。/ 承办单位：XX局):
    the body it names signs the letter."""
    letter_end = [p for p in ctx.seg.tail if p.block != "trailer"]
    if letter_end:
        m = _SIGNATURE_LABEL.match(letter_end[-1].text)
        if m:
            ctx.reply.issuer = m["org"]
            ctx.record("issuer", letter_end[-1], m.start("org"), m.end("org"))


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


_LOST_IN_COPY = regex.compile(r"[第号號\s]")
"""Characters a letter's own title loses against the page's heading (…会议64建议 for …会议第64号建议)."""


def _issuer_from_head(ctx: Context) -> tuple[str | None, str | None]:
    """The issuer named by a banner (…文件) or the title, and which it was."""
    for p in ctx.seg.head:
        m = _BANNER_ISSUER.match(p.text)
        if m and rx.ORG_LINE.match(m["org"]):
            return m["org"], "letterhead"
    title = ctx.reply.title or ""
    m = _TITLE_ISSUER.match(title) or _TITLE_BRACKETED_ISSUER.search(title)
    if m:
        return m["org"], "title"
    for p in ctx.seg.head:  # the page's heading prints the letter's title after the body's name
        m = _TITLE_ISSUER.match(p.text)
        if m and title and _LOST_IN_COPY.sub("", p.text[m.end("org") :]) == _LOST_IN_COPY.sub("", title):
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
        if len(p.text) <= 30 and rx.ORG_LINE.match(p.text) and p.text not in title and p.text not in lx.DISCLOSURE_SCOPES:
            return p.text
    return None


def _first_of_joint(org: str) -> str:
    """Bodies signing together on one line (市住房和城乡建设局市城市管理局…): the first signs for them."""
    parts = [m.group() for m in _JOINT_PART.finditer(org)]
    if len(parts) >= 2 and "".join(parts) == org and all(rx.ORG_LINE.match(p) for p in parts):
        return parts[0]
    return org


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
