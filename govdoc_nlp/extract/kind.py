"""Is the document a reply to a 人大代表建议 / 政协委员提案 at all? Decided from content (the title
and addressee forms, the proposal reference, the opening and closing formulas), never from the file
name. Runs last, on the finished :class:`Reply` and its text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from govdoc_nlp.clean.chars import drop_pinyin_glosses
from govdoc_nlp.clean.script import to_simplified
from govdoc_nlp.model import Reply
from govdoc_nlp.patterns import lexicon as lx
from govdoc_nlp.patterns.compiled import alternation

_NUMBERED = regex.compile(r"[号號]")
_HANDLING_END = regex.compile(r"办理(?:落实)?情况\s?(?:[（(][^（）()]{0,16}[)）])?$")
LEAD_CHARS = 700
"""How much of the start (title, addressee, opening) the opening formulas are looked for in."""
TAIL_CHARS = 900
_LINE_BREAK = regex.compile(r"(?<=\p{Han}|[，、。：:,])[ \t]*\n[ \t]*(?=\p{Han})")
"""A break a page's margin put inside a sentence (…我局已收 / 悉。…): formulas are read across it."""


@dataclass(frozen=True)
class _Patterns:
    reply_title: regex.Pattern
    other_genre: regex.Pattern
    opening: regex.Pattern
    strong_opening: regex.Pattern
    received: regex.Pattern
    closing: regex.Pattern
    proposal_mention: regex.Pattern
    member: regex.Pattern
    citizen: regex.Pattern
    news_lead: regex.Pattern
    news_headline: regex.Pattern
    summary_title: regex.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    endings = alternation(lx.TITLE_ENDINGS + lx.REPLY_TITLE_EXTRA)
    kinds = alternation(("建议", "提案", "议案", "批评和意见", "建議", "議案"))
    return _Patterns(
        reply_title=regex.compile(rf"(?:{endings})\s*(?:[〔\[（(【].{{0,24}}[〕\]）)】])?\s*[”\"」]?$"),
        other_genre=regex.compile(rf"(?:{alternation(lx.OTHER_GENRE_ENDINGS)})\s*[”\"」]?$"),
        opening=regex.compile(alternation(lx.REPLY_OPENINGS)),
        strong_opening=regex.compile(alternation(lx.STRONG_OPENINGS)),
        received=regex.compile(rf"(?:{kinds})[》”]?(?:[（(][^）)]{{0,16}}[)）])?(?:已)?收悉"),
        closing=regex.compile(alternation(lx.REPLY_CLOSINGS + lx.CATEGORY_LABELS)),
        proposal_mention=regex.compile(
            rf"(?:提出|所提|领衔|联名|提交|提的|關於|关于).{{0,90}}?(?:{kinds}|意见)|第\s?[\w\-—]{{1,14}}\s?号(?:{kinds})"
            rf"|(?:{kinds})(?:已)?收悉|(?:代表|委员|委員|提案人)"
        ),
        member=regex.compile(r"代表|委员|委員|民盟|民建|民进|民革|农工党|致公党|九三学社|台盟|工商联|政协|人大"),
        citizen=regex.compile(alternation(lx.CITIZEN_MARKERS)),
        news_lead=regex.compile(alternation(lx.NEWS_LEADS) + r"|^\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[，,]"),
        news_headline=regex.compile(alternation(lx.NEWS_HEADLINE_WORDS)),
        summary_title=regex.compile("|".join(f"(?:{x})" for x in lx.SUMMARY_TITLE_PATTERNS)),
    )


def classify(reply: Reply) -> tuple[bool, str]:
    """``(is_reply, reason)`` for a parsed document: a reply answers a deputy's or member's proposal
    (a reply form: title ending 答复/复函/…, the 收悉/答复如下 opening or 特此答复 closing; and a
    proposal reference: its number or session, a 代表/委员 addressee, 提出的…建议/提案)."""
    p = _patterns()
    text = reply.text or ""
    body = text.strip()
    if not body:
        return False, "no text"
    if body[0] in "{[" and body[-1] in "}]":
        return False, "structured data (JSON), not a letter"
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    if _is_table(lines):
        return False, "a table of rows (CSV/TSV), not a letter"
    # read in simplified characters without pronunciations (offsets are not needed here): 答複 is 答复
    title = to_simplified((reply.title or "").strip())
    first = to_simplified(_first_line(lines))
    heads = [t for t in (title, first) if t]
    lead = to_simplified(drop_pinyin_glosses(_LINE_BREAK.sub("", _lead(reply, text))))
    tail = to_simplified(drop_pinyin_glosses(text[-TAIL_CHARS:]))

    candidates = heads + [to_simplified(ln.strip(" |｜")) for ln in lines[:8] if len(ln) <= 60]
    reply_title = next((t for t in candidates if len(t) <= 120 and p.reply_title.search(t)), None)
    opening = p.opening.search(lead)
    closing = p.closing.search(tail)
    role = reply.addressee.role or ""
    member_addressee = role in ("代表", "委员", "委員", "代表团", "人大代表", "政协委员") or role.endswith(("代表", "委员"))
    org_addressee = bool(reply.addressee.organization) and bool(p.member.search(reply.addressee.organization or ""))
    numbered = bool(reply.proposal.number)
    addressee_text = (reply.addressee.text or "") + " " + " ".join(reply.addressee.names)

    received = p.received.search(lead)
    answers_member = bool(p.strong_opening.search(lead)) and (member_addressee or bool(received))
    citizen = p.citizen.search(" ".join(heads)[:160] + " " + addressee_text + " " + lead[:220])
    if citizen and not member_addressee and not (numbered and reply.proposal.session) and not (reply_title and received):
        return False, f"answers a citizen's message ({citizen.group(0)}), not a deputy's or member's proposal"
    handling = bool(reply_title) and bool(_HANDLING_END.search(reply_title))
    if handling and p.summary_title.search(reply_title) and not (member_addressee or received):
        return False, f"the title reports on many proposals: {_short(reply_title)}"
    if handling and not (_NUMBERED.search(reply_title) or numbered):
        reply_title = None  # …办理情况 titles one proposal's page only with its number (第33号代表建议办理情况, or 第N号 below it)
    genre = next((t for t in heads if len(t) <= 80 and p.other_genre.search(t)), None)
    if genre and not reply_title and not answers_member:
        return False, f"the title names another kind of document: {_short(genre)}"
    if not reply_title and not opening:
        news = p.news_lead.search(lead) or (first and p.news_headline.search(first))
        if news:
            return False, f"a news item ({news.group(0)}), not a letter"

    form = []
    if reply_title:
        form.append(f"title {_short(reply_title)}")
    if opening:
        form.append(f"opening {opening.group(0)}")
    if closing:
        form.append(f"closing {closing.group(0)}")
    ref = []
    if numbered:
        ref.append(f"proposal number {reply.proposal.number}")
    elif reply.proposal.session:
        ref.append(f"session {_short(reply.proposal.session)}")
    if member_addressee:
        ref.append(f"addressed to a {role}")
    elif org_addressee:
        ref.append(f"addressed to {_short(reply.addressee.organization or '')}")
    if not ref:
        mention = p.proposal_mention.search(" ".join(heads) + " " + lead)
        if mention:
            ref.append(f"mentions {_short(mention.group(0))}")
    if form and ref:
        return True, "; ".join(form + ref)
    if not form:
        return False, "no reply form (a title ending 答复/复函, a 收悉/答复如下 opening or a 特此答复 closing)"
    return False, "no proposal answered (no 建议/提案 number or session, no 代表/委员 addressee)"


def _first_line(lines: list[str]) -> str:
    """The first line that is not a bare number or 文号-like fragment."""
    for line in lines[:4]:
        if len(line) >= 4:
            return line
    return lines[0] if lines else ""


def _lead(reply: Reply, text: str) -> str:
    """The title, addressee and opening: the first paragraphs of the letter, or of the text."""
    starts = [pa.span.start for pa in reply.paragraphs if pa.block in ("addressee", "opening") and pa.span is not None]
    start = max(0, min(starts) - 200) if starts else 0
    return text[start : start + LEAD_CHARS]


def _is_table(lines: list[str]) -> bool:
    sample = lines[:12]
    if len(sample) < 3:
        return False
    rows = sum(1 for ln in sample if ln.count(",") + ln.count("\t") + ln.count("，") >= 3 and "。" not in ln)
    return rows >= 0.6 * len(sample)


def _short(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return f"'{text[:n]}…'" if len(text) > n else f"'{text}'"
