"""The head of a reply: title, 发文字号, 签发人, the stated answer category and disclosure tag."""

from __future__ import annotations

from dataclasses import replace

import regex

from govdoc_nlp.clean.mapped import MappedText
from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.form import PROPOSAL_TITLE_LABEL
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.patterns import lexicon as lx
from govdoc_nlp.segment.blocks import Para

_TITLE_CUE = regex.compile(
    r"答复|答復|答覆|复函|復函|回复|回覆|函复|办理意见|會辦意見|会办意见|的函$|建议|建議|提案|议案|議案|关于|關于|關於|^对|^對"
)
_TITLE_END = rx.TITLE_END_WORD
_TITLE_START = regex.compile(r"^(?:关于|關于|關於|对|對|《|“)|^\p{Han}{2,30}?(?:" + rx.alternation(lx.ORG_SUFFIXES) + r")(?:关于|關于|關於|对|對)")
_BANNER = regex.compile(r"(?:文件|文\s件|函件|公函)$|^\p{Han}{2,30}(?:文件)$")
_TRAILING_DOC_NUMBER = regex.compile(r"\s?[\[［【（(]\s?\p{Han}{1,14}\s?[〔\[【﹝［(（]\s?(?:19|20)\d{2}\s?[〕\]】﹞］)）]\s?\d{1,5}\s?[号號]\s?[\]］】）)]$")
_SPACES = regex.compile(r"\s+")
_CATEGORY_AFTER_TITLE = regex.compile(r"(?<=" + rx.alternation(lx.TITLE_ENDINGS) + r")\s?(?P<cat>[A-D])$")
_ORIGINAL_TITLE = regex.compile(r"原\s?标\s?题\s?[:：]\s?[【\[]?(?P<t>[^【】\[\]\s]{6,80}?)[】\]]?(?=\s|$|内容|[【\[])")
_LABEL_LINE = regex.compile(r"^\p{Han}(?:\s?\p{Han}){1,7}\s?[:：]")
_SPACE_OR_MARKUP = " \t\r\n\u3000\u00a0*#_>|"
_ISSUER_LINE = regex.compile(r"^\p{Han}[\p{Han}（）()·]{1,30}(?:" + rx.alternation(lx.ORG_SUFFIXES) + r")$")
_TITLE_TAIL_FRAGMENT = regex.compile(r"^\s?(?:复|覆|函|复函|答复|回复)?\s?[\[［【（(]\s?[\]］】）)]?\s?$|^\s?(?:复|覆|函|复函|答复|回复)\s?")
_BRACKETED_ISSUER = regex.compile(r"^[（(]\p{Han}{1,16}[)）]$")
_SECOND_TITLE = regex.compile(r"(?<=答复|答覆|答復|复函|復函|回复)(?=关于|關於|關于|对|對)")
"""Where a second title starts that a scan or a copy glued onto the first (…的建议答复关于市…建议的答复)."""
_UNCLOSED_TAIL = regex.compile(r"(?<=(?:" + rx.alternation(lx.TITLE_ENDINGS) + r"))[\[［【（(][^\]］】）)]{0,12}$")


def extract_head(ctx: Context) -> None:
    """Fill title, doc_number, signer, response_category and disclosure."""
    reply = ctx.reply
    head = ctx.seg.head
    title_paras: list[Para] = []
    complete: list[Para] = []
    own_title = any(p.role != "title" and _TITLE_END.search(p.text) for p in head)
    bridged = -2
    for p in head:
        if own_title and p.role == "title" and p.index == 0:
            continue  # the web page's title when the letter prints its own
        text = p.text
        if _is_metadata_line(text):
            _read_metadata_line(ctx, p)
            continue
        if p.role == "banner" or _BANNER.search(text):
            continue
        if _is_label_line(text):
            bridged = p.index
            continue
        row = _title_row(text)
        if row:
            p = replace(p, mapped=p.mapped.slice(row, len(text)))  # 公文时效：…办理单: the row's value is the title
        parted = title_paras and title_paras[-1].index != p.index - 1 and (bridged != p.index - 1 or _TITLE_END.search(_join(title_paras)))
        if title_paras and (row or parted):  # (label rows bridge a title's lines, not a complete title and what follows)
            if _TITLE_END.search(_join(title_paras)) or _TITLE_END.search(_join(_trim_title(title_paras, ctx))):
                complete = title_paras
            title_paras = []
        title_paras.append(p)
    trimmed = _trim_title(title_paras, ctx)
    if complete and not _TITLE_END.search(_join(trimmed)):
        trimmed = _trim_title(complete, ctx)
    title_paras = _intact_copy(trimmed, head)
    joined = _join(title_paras)
    if len(joined) > 20 and "。" in joined.rstrip("。"):
        title_paras = []  # sentences (a request's text under a form's rows) are never a title
    page_title = _page_title(ctx)
    if title_paras and page_title and (not _TITLE_END.search(joined) or _lost_characters(joined, page_title)):
        title_paras = []  # a column's name (政协委员提案办理), or a copy that lost characters, when the page names the reply
    if title_paras:
        title = joined[_title_row(joined) :].rstrip("|｜")
        listed = _LIST_NUMBER.match(title)
        if listed and _TITLE_START.match(title[listed.end() :]):
            title = title[listed.end() :]  # 4. X局关于…的答复: an item of the page's list
        title = _UNCLOSED_TAIL.sub("", _TRAILING_DOC_NUMBER.sub("", _LEADING_DOC_NUMBER.sub("", title)))
        seconds = [m.start() for m in _SECOND_TITLE.finditer(title) if _TITLE_END.search(title[m.start() :])]
        if seconds:
            title = title[seconds[-1] :]  # the page's heading and the letter's title glued on one line: the letter's
        letter = _CATEGORY_AFTER_TITLE.search(title)
        if letter:
            title = title[: letter.start()]  # …答复函 C: the answer's category printed after the title
            reply.response_category = reply.response_category or letter["cat"]
        reply.title = title
        ctx.title_para = Para(-1, MappedText.join(p.mapped for p in title_paras), [pg for p in title_paras for pg in p.pages], block="head")
        spans = [ctx.span(p) for p in title_paras]
        s0 = min(spans, key=lambda sp: sp.start)
        s0.end = max(sp.end for sp in spans)
        reply.provenance["title"] = s0
        for p in title_paras:
            m = rx.DOC_NUMBER.search(p.text)
            if m and not reply.doc_number:
                reply.doc_number = _SPACES.sub("", m["num"])
    elif page_title:
        reply.title = page_title
        if not ctx.loaded.metadata.get("title_hint"):
            reply.evidence["title"] = "page_metadata"
    if reply.title is None:
        _original_title(ctx)
    _scan_category(ctx)


def _lost_characters(title: str, page_title: str) -> bool:
    """Whether the letter's title lost characters the page's copy of it still has (…县届委员会次会议)."""
    return bool(rx.LOST_CHARS.search(title) or rx.SESSION_LOST.search(title)) and len(page_title) > len(title) and rx.is_subsequence(title, page_title)


def _page_title(ctx: Context) -> str | None:
    """The reply's title as the page names it (its heading or its 信息名称/标题 row), when it has a
    reply's ending."""
    for hint in (ctx.loaded.metadata.get("title_hint"), ctx.metadata.get("title")):
        hint = _SPACES.sub("", str(hint or ""))
        if hint and _TITLE_END.search(hint) and not rx.ADDRESSEE.match(hint):
            return hint
    return None


def _original_title(ctx: Context) -> None:
    """A copy that prints the article's own heading after the letter (原标题：【…】)."""
    for p in ctx.seg.paras:
        if p.block not in ("trailer", "body"):
            continue
        m = _ORIGINAL_TITLE.search(p.text)
        if m and _TITLE_END.search(m["t"]):
            ctx.reply.title = m["t"]
            ctx.reply.provenance["title"] = ctx.span(p, m.start("t"), m.end("t"))
            ctx.reply.evidence["title"] = "original_title"
            return


def _join(paras: list[Para]) -> str:
    return _SPACES.sub("", "".join(p.text for p in paras))


def _is_metadata_line(text: str) -> bool:
    if rx.DOC_NUMBER.search(text):
        rest = rx.DOC_NUMBER.sub("", text)
        if not _TITLE_CUE.search(rest) and not _TITLE_TAIL_FRAGMENT.match(rest):
            return True
    if rx.SIGNER_LINE.search(text) or rx.CATEGORY_LINE.match(text) or rx.DISCLOSURE_LINE.match(text):
        return True
    if rx.PAGE_NUMBER.match(text) or (len(text) <= 1 and not regex.match(r"\p{Han}", text)):
        return True
    return bool(rx.TRAILER.match(text))


_LEADING_DOC_NUMBER = regex.compile(rf"^{rx.DOC_NUMBER.pattern}\s?(?:[（(][A-DＡ-Ｄ]类?[)）])?\s?[-—－]?\s?(?=\p{{Han}})")
"""A 文号 glued before the issuer's name on the line above the title (澄文旅函〔2023〕44号澄潭市文化和旅游局)."""
_PIPED_TITLE_LABEL = regex.compile(r"^(?:标\s?题|標\s?題|信息名称|名\s?称)\s?[|｜]\s?")
_PROPOSAL_ROW = regex.compile(rf"^(?:{PROPOSAL_TITLE_LABEL})\s?[:：]")
_LIST_NUMBER = regex.compile(r"^\d{1,2}\s?[.．、]\s?(?=\p{Han})")
_SLASHED_LABEL = regex.compile(r"^\p{Han}{1,6}[/／]\p{Han}{1,8}\s?[:：]")
"""A form's label shared by two kinds (建议/提案提出者：, 建议/提案内容：): its row is never a title."""
_WIDGET_WORDS = regex.compile(r"字体|字號|字号|浏览|瀏覽|打印|分享|大\s?中\s?小")
_WIDGET_REACH = 80
"""Characters of the page before a lone letter searched for the widgets it belongs to."""
_INDEX_VALUE = regex.compile(r"^[0-9A-Za-z]{6,}[-/／][0-9A-Za-z/-]{2,}$")


def _is_label_line(text: str) -> bool:
    """A form's or page's ``标签：值`` line whose value is not a title (发文字号：, 阅读：…), a dated
    line without a title's words (文号 公开日期 2023-09-22) or a breadcrumb: never a title line, and
    it does not part the title lines around it."""
    if rx.BREADCRUMB_START.match(text) or (rx.DATE_ISO.search(text) and not _TITLE_CUE.search(text)) or rx.CONTENT_ROW.match(text):
        return True
    if text.strip(" :：|") in lx.FORM_SECTION_LABELS or _SLASHED_LABEL.match(text) or _PROPOSAL_ROW.match(text):
        return True  # (案由：关于…的提案: a form's row naming the proposal, not the reply)
    dated = rx.date_line(text)
    if _INDEX_VALUE.match(text) or (dated and not dated["org"].strip()):
        return True  # a page's 索引号 or date value left alone on its line
    parts = regex.split(r"[;；]", text)
    if len(parts) >= 2 and all(len(x) <= 16 for x in parts):
        return True  # a 主题词 value (十四届全国人大一次会议;答复函)
    m = _LABEL_LINE.match(text)
    return bool(m) and not _TITLE_CUE.search(text[m.end() :])


def _title_row(text: str) -> int:
    """Where the value starts of a page's ``标签：标题`` row (a label without a title's words, a
    value with a reply's ending), else 0; such a row starts a title of its own."""
    piped = _PIPED_TITLE_LABEL.match(text)
    if piped and _TITLE_END.search(text[piped.end() :].rstrip(" |｜")):
        return piped.end()  # 标 题 | X |: a table row's label and its cell
    start = 0
    while m := _LABEL_LINE.match(text[start:]):
        if _TITLE_CUE.search(m.group()):
            break
        start += m.end() + len(text[start + m.end() :]) - len(text[start + m.end() :].lstrip())  # 文号：关键字：…: empty labels before it
    return start if start and _TITLE_END.search(text[start:]) else 0


def _read_metadata_line(ctx: Context, p: Para) -> None:
    reply = ctx.reply
    m = rx.DOC_NUMBER.search(p.text)
    if m and not reply.doc_number:
        reply.doc_number = _SPACES.sub("", m["num"])
        ctx.record("doc_number", p, m.start("num"), m.end("num"))
    s = rx.SIGNER.search(p.text)
    if s and not reply.signer:
        reply.signer = s["name"]
        ctx.record("signer", p, s.start("name"), s.end("name"))


def _trim_title(paras: list[Para], ctx: Context) -> list[Para]:
    """Keep the lines that make the title. When the head holds several complete titles (a page's
    heading or topic line, then the letter's own title), the last one is the letter's; a line
    holding only the issuer's name directly above it is its first line. Without a line that starts
    a title (关于…, 对…, XX局关于…), the first complete title is kept; lines without a title's words are no title."""
    if not paras:
        return paras
    for s in reversed([i for i, p in enumerate(paras) if _TITLE_START.match(p.text) and p.text[:1] not in "《“"]):
        for e in range(s, len(paras)):
            if _TITLE_END.search(_TRAILING_DOC_NUMBER.sub("", _join(paras[s : e + 1]))):
                unit = paras[s : _extend_title(paras, e, s) + 1]
                if s > 0 and _adjacent(ctx, paras[s - 1], paras[s]) and (
                    (_ISSUER_LINE.match(_LEADING_DOC_NUMBER.sub("", paras[s - 1].text)) and paras[s].text[:1] in "关對对關")
                    or paras[s - 1].text.endswith(("关于", "關於", "關于", "关於"))
                ):
                    unit = [paras[s - 1], *unit]  # the issuer's line above, or a first line broken after 关于
                return _unique(unit)
    cued = [i for i, p in enumerate(paras) if _TITLE_CUE.search(p.text)]
    if not cued:
        return []
    ends = [i for i in range(len(paras)) if _TITLE_END.search(_join(paras[: i + 1]))]
    if not ends:
        return _cued_run(paras, cued, ctx)
    last = _extend_title(paras, ends[0], 0)
    first = min(cued[0], last)
    while first < last and len(paras[first].text) <= _COLUMN_NAME_MAX and not _STRONG_TITLE_WORD.search(paras[first].text):
        first += 1  # a column's name above the heading (人大建议 / 区…代表建议及办理情况(第42号))
    while first > 0 and (
        (_ISSUER_LINE.match(paras[first - 1].text) and _adjacent(ctx, paras[first - 1], paras[first]))
        or paras[first].text[:1] in _NO_TITLE_START
        or _session_above(ctx, paras, first)
    ):
        first -= 1  # the issuer's name on the line above, a title the margin broke inside its number (…第23 / 号建议办理单) or after its session
    return _drop_letterhead(_unique(paras[first : last + 1]))


_NO_TITLE_START = "号號届屆次"
"""Characters a title never starts with: a line opening with one continues the line above."""
_SESSION_LINE = regex.compile(r"\p{Han}{0,20}(?:人大|政协|政協|人民代表大会|政治协商会议)\p{Han}{0,12}(?:会议|會議)")
"""A line holding only a session (溪岚区第七届人大二次会议), the first line of a title it starts."""
_AFTER_SESSION = regex.compile(r"^(?:第\s?[A-Za-z]{0,4}\d{1,6}\s?[号號]|(?:人大|政协|政協)?(?:代表|委员|委員)?(?:建议|建議|提案|议案|議案))")
"""How the title's next line opens after its session: the number or the proposal's kind."""
_SHORT_TAIL = regex.compile(r"\p{Han}{2,12}")
"""A heading's last words broken onto their own line (…办理工作 / 完成情况说明)."""


_COLUMN_NAME_MAX = 10
_STRONG_TITLE_WORD = regex.compile(r"关于|關於|關于|答复|答覆|答復|回复|复函|函|[号號]")


def _session_above(ctx: Context, paras: list[Para], first: int) -> bool:
    """Whether the line above a title's first line holds only the title's session (X区第七届人大二次会议
    / 第52号建议的答复, or / 代表建议、批评和意见办理情况)."""
    return (
        first > 0
        and bool(_AFTER_SESSION.match(paras[first].text))
        and bool(_SESSION_LINE.fullmatch(paras[first - 1].text))
        and _adjacent(ctx, paras[first - 1], paras[first])
    )


def _cued_run(paras: list[Para], cued: list[int], ctx: Context) -> list[Para]:
    """A heading without a reply's ending (省XX厅答复省人大代表关于…建议): the first line with a
    title's words and the short cued lines that continue it (and a session on the line above it),
    not the chrome or lead around it."""
    first = last = cued[0]
    if _session_above(ctx, paras, first):
        first -= 1
    while (
        last + 1 < len(paras)
        and (last + 1 in cued or (_SHORT_TAIL.fullmatch(paras[last + 1].text) and not rx.PAGE_DATA_WORD.search(paras[last + 1].text)))
        and not paras[last].text.endswith(("。", ":", "："))
        and len(paras[last + 1].text) <= 40
        and not _LABEL_LINE.match(paras[last + 1].text)
    ):
        last += 1
    run = _drop_letterhead(paras[first : last + 1])
    if len(_join(run)) <= _COLUMN_NAME_MAX and not _STRONG_TITLE_WORD.search(_join(run)):
        return []  # a column's name (人大建议办理结果), not a title
    if len(set(rx.PAGE_DATA_WORD.findall(_join(run)))) >= 2:
        return []  # an info table's cells glued together (公开目录政协提案办理结果发布日期), not a title
    return run


_MAX_LOST = 2
_MAX_LOST_DAMAGED = 4
"""Characters a copy may have lost when it shows the loss itself (人大次会议: a session's number gone)."""


def _intact_copy(chosen: list[Para], head: list[Para]) -> list[Para]:
    """The letter's own title, unless another line of the head, or two lines a space broke it into
    (the page's heading), print the same title with the few characters the letter's copy lost in
    extraction (人大次会议, 12号)."""
    lead = chosen[:1] if len(chosen) > 1 and _ISSUER_LINE.match(chosen[0].text) else []
    core = _join(chosen[len(lead) :])
    copies = [[p] for p in head] + [list(pair) for pair in zip(head, head[1:], strict=False) if pair[1].index == pair[0].index + 1]
    for copy in copies:
        other = _join(copy)
        if any(p in chosen for p in copy) or not (_TITLE_START.match(other) and _TITLE_END.search(other)):
            continue
        damaged = bool(rx.LOST_CHARS.search(core))
        if 0 < len(other) - len(core) <= (_MAX_LOST_DAMAGED if damaged else _MAX_LOST) and rx.is_subsequence(core, other) and other.endswith(core[-2:]):
            if damaged or all(_lost_by_extraction(other, i) for i in _missing(core, other)):
                return [*lead, *copy]
    return chosen


def _missing(short: str, long: str) -> list[int]:
    """Positions of ``long`` that ``short`` (a subsequence of it) does not hold."""
    out, j = [], 0
    for i, ch in enumerate(long):
        if j < len(short) and short[j] == ch:
            j += 1
        else:
            out.append(i)
    return out


def _lost_by_extraction(text: str, i: int) -> bool:
    """Extraction loses characters beside digits (第12号 → 12号, 2024年6月 → 20246月); a word
    missing elsewhere (关于对 → 关于) is a different wording, not a loss."""
    return text[i - 1 : i].isdigit() or text[i + 1 : i + 2].isdigit()


def _extend_title(paras: list[Para], last: int, first: int) -> int:
    """答复 / 函 broken at the margin, or the issuer in brackets after the title, still belong to it."""
    while last + 1 < len(paras) and (
        (len(paras[last + 1].text) <= 2 and _TITLE_END.search(_join(paras[first : last + 2])))
        or _BRACKETED_ISSUER.match(paras[last + 1].text)
    ):
        last += 1
    return last


def _unique(chosen: list[Para]) -> list[Para]:
    seen: set[str] = set()
    unique = []
    for p in chosen:
        if p.text in seen and _TITLE_END.search(p.text):
            break
        seen.add(p.text)
        unique.append(p)
    return unique


def _drop_letterhead(paras: list[Para]) -> list[Para]:
    """Lines before the one that starts the title (``关于…``, ``对…``, ``XX局关于…``) are a
    letterhead, a banner or a site name, not part of the title."""
    for i, p in enumerate(paras):
        if _TITLE_START.match(p.text):
            return paras[i:]
    return paras


def _adjacent(ctx: Context, upper: Para, lower: Para) -> bool:
    """True when nothing but whitespace stands between two paragraphs in the source."""
    if upper.index != lower.index - 1 or not upper.mapped.pieces or not lower.mapped.pieces:
        return False
    _, end = upper.mapped.source_span(0, len(upper.text))
    start, _ = lower.mapped.source_span(0, len(lower.text))
    return not ctx.loaded.text[end:start].strip(_SPACE_OR_MARKUP)


def _scan_category(ctx: Context) -> None:
    reply = ctx.reply
    candidates = ctx.seg.head + ctx.seg.tail + _metadata_lines(ctx)
    for p in candidates:
        text = p.text
        m = (
            rx.CATEGORY_LINE.match(text) or rx.CATEGORY_LABELLED.search(text) or rx.CATEGORY_AFTER_NUMBER.search(text)
            or rx.CATEGORY_BRACKETED.search(text) or rx.CATEGORY_RESULT.search(text)
        )
        if m is None and len(text) < 40:
            m = rx.CATEGORY_STANDALONE_CLASS.search(text)
        if (
            m and len(text.strip()) == 1 and p.mapped.pieces
            and _WIDGET_WORDS.search(ctx.loaded.text[max(0, p.mapped.source_offset(0) - _WIDGET_REACH) : p.mapped.source_offset(0)])
            and not (0 <= p.index < len(ctx.seg.paras) - 1 and rx.DISCLOSURE_LINE.match(ctx.seg.paras[p.index + 1].text))
        ):
            m = None  # a lone A under 字体/字号: the page's font-size button, unless 同意公开 follows it as the letter's header
        if m and reply.response_category is None:
            reply.response_category = _fold_category(m["cat"])
            if p.index >= 0:
                ctx.record("response_category", p, m.start("cat"), m.end("cat"))
        d = rx.DISCLOSURE.search(text)
        if d and reply.disclosure is None and len(text) < 80:
            reply.disclosure = d["v"] or d["w"]
        s = rx.SIGNER.search(text)
        if s and reply.signer is None:
            reply.signer = s["name"]
            ctx.record("signer", p, s.start("name"), s.end("name"))


def _metadata_lines(ctx: Context) -> list[Para]:
    """A web page's metadata table rows (答复类别：B may be published only there)."""
    rows = [Para(-1, ln.text) for ln in ctx.cleaned.lines if ln.noise == "metadata"]
    stated = ctx.loaded.metadata.get("response_category")
    if stated:
        rows.append(Para(-1, MappedText(f"答复类别：{stated}", [])))
    return rows


def _fold_category(text: str) -> str:
    return _SPACES.sub("", text).translate(str.maketrans("ＡＢＣＤ", "ABCD"))


_QUESTION_TITLE = regex.compile(r"^(?:" + "|".join(map(regex.escape, lx.QUESTION_TITLE_LABELS)) + r")\s?[:：|]?\s?(?P<t>[^:：|]{2,60})$")
_ASKED = regex.compile(r"(?:向\p{Han}{2,14}?问|咨询】|投诉】|建议】|求助】)\s?[:：]?\s?(?P<t>[^:：]{4,60}?)\s?(?=来源[:：]|网友[:：]|\d{4}-\d|$)")
_CONTENT_LABEL = regex.compile(r"^(?:" + "|".join(lx.QUESTION_CONTENT_LABELS) + r")\s?[:：]?$")
_QUESTION_LINES = 12
"""Paragraphs from the top of a question page searched for its headline."""


def retitle_question_page(ctx: Context) -> None:
    """A page that is not a reply to a proposal (a mailbox or portal question) is titled by its
    headline: the value of its 标题 row, what a user asked (…向X区政府问：headline, 咨询】headline
    来源：…), or the short line under a 问政内容 label; a form's labelled row (案由：…) is no title."""
    paras = ctx.seg.paras
    for k, p in enumerate(paras[:_QUESTION_LINES]):
        text = p.text
        m = _QUESTION_TITLE.match(text) or _ASKED.search(text)
        if m and not _LABEL_LINE.match(m["t"]):
            _set_headline(ctx, p, m.start("t"), m.end("t"))
            return
        if _CONTENT_LABEL.match(text.strip()) and k + 1 < len(paras):
            nxt = paras[k + 1]
            if 4 <= len(nxt.text.strip()) <= 40 and not any(ch in nxt.text for ch in "。:："):
                _set_headline(ctx, nxt, 0, len(nxt.text))
                return
    if ctx.reply.title and _LABEL_LINE.match(ctx.reply.title):
        ctx.reply.title = None  # a form's row (案由：…) is no page title
        ctx.reply.provenance.pop("title", None)


def _set_headline(ctx: Context, para: Para, start: int, end: int) -> None:
    ctx.reply.title = para.text[start:end].strip()
    ctx.record("title", para, start, end)
    ctx.reply.evidence["title"] = "question_headline"


