"""The proposal a reply answers: session, number(s), the proposal's own title, and which body
(人大 or 政协) it was filed at, from which the document type follows."""

from __future__ import annotations

import regex

from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.form import handling_form
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.patterns import lexicon as lx
from govdoc_nlp.segment.blocks import Para

_N = r"[一二三四五六七八九十百零〇○\d]{1,4}"
_PLACE = r"\p{Han}{0,8}?(?:省|市|县|区|州|旗|盟|镇|乡|縣|區|鎮|鄉)"
_BODY = r"(?:全国|全國)?(?:人大常委会|人大常委會|人大|人民代表大会|人民代表大會|人代会|政协|政協|政治协商会议|政治協商會議)"
_SESSION_HEAD = (
    rf"(?:中国人民政治协商会议|中國人民政治協商會議)?(?:{_PLACE})?{_BODY}?(?:{_PLACE})?"
    rf"(?:第?{_N}[届屆])?{_BODY}?(?:委员会|委員會|常委会|常务委员会)?(?:第?{_N}[届屆])?"
)
SESSION = regex.compile(rf"(?P<s>{_SESSION_HEAD}(?:大会|大會)?(?:第?(?:{_N})?次)(?:全体)?(?:会议|會議))")
_PASSED_AT = regex.compile(r"\s?(?:于[^，。,；]{0,16})?(?:通过|通過|审议|審議|修订|修訂|修正|批准)")
"""After a session: a law passed there (…常务委员会第十九次会议于2011年通过), not a proposal filed there."""
SESSION_BARE = rx.Lazy(rf"(?P<s>{_SESSION_HEAD}第?{_N}次(?:会(?!议)|會(?!議))?)(?=(?:委员|委員|代表|大会|大會)?第?\s?[A-Za-z]{{0,4}}\d{{1,6}}\s?[号號])")
"""A session printed without 会议 (or with 会 alone) right before the proposal's number
(市政协八届一次委员第094号, 十二届人大三次会第19号)."""
_SESSION_STOP = regex.compile(r"^.*(?:关于|關于|關於|对|對|答复|答復|在|您|你|局|厅|廳|委(?![员員])|办理|辦理|办|的|上|向|于|於|由|将|將|提出|及|和|接到|收到|转来|轉來)")
_SESSION_NEEDS = regex.compile(r"人大|人民代表|政协|政協|委员会|委員會|[届屆]")

_NUM_CORE = r"[A-Za-z]{0,4}\s?\d{1,16}(?:[-－]\d{1,4})?"
_NUMBER_LABEL = r"立案号|立案號|提案编号|提案編號|建议编号|建議編號|提案号|提案號|建议号|建議號|案号|案號"
_NUMBER_LABEL_ROW = regex.compile(rf"(?:{_NUMBER_LABEL})\s?[:：]?")
_NUMBER_VALUE_ROW = regex.compile(rf"(?P<n>{_NUM_CORE})\s?[号號]?")
NUMBER_PATTERNS = (
    regex.compile(rf"(?:{_NUMBER_LABEL})\s?[:：]?\s?(?P<n>{_NUM_CORE})"),
    regex.compile(r"(?P<n>(?<![A-Za-z])[A-Za-z]{1,3}\s?[〔\[【﹝［(（]\s?(?:19|20)\d{2}\s?[〕\]】﹞］)）]\s?\d{1,6})\s?[号號]"),
    regex.compile(rf"第\s?[（(]\s?(?P<n>{_NUM_CORE})\s?[)）]\s?[号號]"),
    regex.compile(rf"第\s?(?P<n>{_NUM_CORE}(?:\s?[、,，和及]\s?{_NUM_CORE})+)\s?[号號]"),
    regex.compile(rf"(?<![〔\[【﹝［(（\d])第\s?(?P<n>(?:(?![年届屆次])\p{{Han}})?{_NUM_CORE})\s?[号號]"),
    regex.compile(r"(?P<n>(?:(?<!\p{Han})(?![类類])\p{Han}|(?<=[议議]|会议|會議)(?![议議会會第次届屆号號的和、及与年月日])\p{Han}|(?<![A-Za-z])[A-Za-z]{1,4})?(?:(?<=会议|會議)\d{7,8}|\d{1,6}))\s?[号號]\s?(?:代表)?(?:建议|建議|提案|议案|議案)"),
    regex.compile(rf"(?:建议|建議|提案|议案|議案)\s?第?\s?(?P<n>{_NUM_CORE})\s?[号號]"),
    regex.compile(r"(?:建议|建議|提案|议案|議案)\s?(?P<n>[〔\[【﹝［(（]\s?(?:19|20)\d{2}\s?[〕\]】﹞］)）]\s?\d{1,6}|(?:19|20)\d{5,7})\s?[号號]"),
    regex.compile(r"第\s?(?P<n>\d{1,6})\s?(?=(?:代表|委员|委員)?(?:建议|建議|提案|议案|議案))"),
    regex.compile(rf"[（(]\s?(?:第|自?编号|自?編號)?\s?(?P<n>{_NUM_CORE})\s?[号號]\s?[)）]"),
    regex.compile(rf"(?:提案|建议|建議|议案|議案)\s?[（(]\s?(?P<n>{_NUM_CORE})\s?[)）]\s?[号號]"),
    regex.compile(r"(?<=会议|會議)\s?(?P<n>[A-Za-z]{0,4}\d{1,8})\s?[号號](?=\s?[《“\"]|\s?(?:代表|委员|委員)?(?:建议|建議|提案|议案|議案))"),
)
_DELEGATION_PREFIX = regex.compile(r"^[\p{Han}](?=\d)")

_QUOTE_OPEN = "“\"《「『'‘"
_QUOTE_CLOSE = {"“": "”", "\"": "\"", "《": "》", "「": "」", "『": "』", "'": "'", "‘": "’"}
_KIND_SUFFIX = regex.compile(r"(?:的)?(?:议事原案|議事原案|建议案|建議案|建议意见|建議意見|提案|建议|建議|议案|議案|批评和意见|批评、意见和建议|意见和建议|意见建议|批评意见)$")
_DOUBLE_KIND = regex.compile(r"的(?:建议|建議|议案|議案)的(?:提案|建议|建議)$")
"""关于…的建議的提案: a proposal titled as a suggestion, both kinds printed."""
_TRAILING_NUMBER = regex.compile(r"[（(]\s?(?:第\s?)?[A-Za-z]{0,4}\d{1,16}\s?[号號]?(?:建议|建議|提案|议案|議案)?\s?[)）]?$")
_KIND_AFTER_QUOTE = regex.compile(r"\s?(?:第?\s?[A-Za-z]{0,4}\d{1,16}\s?[号號])?(?:的)?(?:提案|建议|建議|议案|議案)")
"""After a closing quote: the proposal's kind, perhaps after its number (《…》第062号提案)."""
_TITLED_QUOTE = regex.compile(r"(?:关于|關于|關於)(?:[^“”」』》\"]|“[^“”]{1,20}”){2,160}(?:的)?(?:提案|建议|建議|议案|議案)[”」』》\"]")
"""A quote that is a proposal's title by its own form (“关于…的建议”, 《关于…“老宅院”的提案》), wherever it stands."""
_PROPOSAL_AS_TITLE = regex.compile(r"^(?!.*(?:答复|答復|答覆|回复|复函|函|办理|辦理|会议|會議|[号號]))\p{Han}[^。，,]{5,60}的(?:提案|建议|建議|议案|議案)$")
"""A page headed by the proposal's own title (筹建…中心的建议) rather than by a reply's."""
_RECEIVED_NEXT = regex.compile(r"(?:的)?(?:提案|建议|建議|议案|議案)?\s?(?:[（(][^）)]{0,24}[)）])?\s?(?:均|都|也)?已?经?(?:收悉|收到)")
_KIND_THEN_BREAK = regex.compile(r"的?(?:提案|建议|建議|议案|議案)[，,；;]")
"""“关于X”的建议，…: the kind and a clause's end after the quote (a later “B类件” is another quote)."""
_LIST_NEXT = regex.compile(r"(?:的)?(?:提案|建议|建議|议案|議案)?\s?(?:[（(][^）)]{0,24}[)）])?\s?(?:(?:和|及|与|、)[“《\"]|《)")
_UNQUOTED = regex.compile(
    r"(?:提出的|提出|您的|你的|您|你们|你們|均为|均為|即)[“\"《「]?(?P<t>(?:关于|關于|關於)(?:(?!收悉)[^。！？!?》]|《[^》]{1,40}》){2,160}?)(?:的)?(?:代表|委员|委員)?(?:意见建议|提案|建议|建議|议案|議案)"
    r"(?=[”\"」』]?(?:[（(][^）)]{0,24}[)）]\s?[号號]?)?(?:(?:意见|意見)?已?收悉|收到|已交|已由|已转|交由|转由|交我|十分|我们|我局|，|。|,|已经|经|现|办理情况|提出如下|进行|進行|(?:会办|协办|會辦|協辦)意[见見]))"
)
_KINDS = r"(?:意见和建议|意見和建議|意见建议|议事原案|議事原案|建议案|建議案|提案|建议|建議|议案|議案)"
_ANCHOR = regex.compile(
    r"(?:的)?(?:第?\s?[A-Za-z]{0,4}\d{1,16}\s?[号號])?(?:的)?(?:代表|委员)?" + _KINDS + r"?\s?"
    r"(?:[（(〔][^）)〕]{0,24}[)）〕]\s?[号號]?)?\s?(?:(?:的)?" + _KINDS + r")?\s?"
    r"(?:(?:均|都|也)?(?:我\p{Han}{1,2}|本\p{Han}{1,2})?已?经?收悉|(?:和|及|与|、)?[“《\"]|收到|已?交|已?由|已?转|已?交由|提出|办理情况|，|。|,|十分重视|已经|经|(?:会办|协办|會辦|協辦)意[见見])"
)
"""What follows a proposal's quoted title: its number and kind in any order and bracket
(《…》（第51306号）交…, 《…》〔058〕号，已由…, 《…的建议》的第214号建议，…), then the sentence going on."""


def extract_reference(ctx: Context) -> None:
    """Fill proposal (session, number, numbers, title, body, kind) and doc_type."""
    reply = ctx.reply
    prop = reply.proposal
    sources = _sources(ctx)
    for para, text in sources:
        if prop.session is None:
            m = _find_session(text)
            if m:
                prop.session = m[0]
                ctx.record("proposal.session", para, m[1], m[2])
        if not prop.numbers:
            nums = _find_numbers(text)
            if nums:
                prop.numbers = nums[0]
                prop.number = "、".join(nums[0])
                ctx.record("proposal.number", para, nums[1], nums[2])
    if not prop.numbers:
        _number_below_its_label(ctx)
    if prop.session is None:
        _session_citing_the_proposal(ctx)
    opening = ctx.seg.paras[ctx.seg.opening] if ctx.seg.opening is not None else None
    title_candidates = ([opening] if opening is not None else []) + ctx.seg.body[:2]
    for para in title_candidates:
        t = find_proposal_title(para.text)
        if t:
            prop.title = t[0]
            ctx.record("proposal.title", para, t[1], t[2])
            break
    if prop.title is None and reply.title:
        t = find_proposal_title(reply.title, in_title=True)
        if t and not _REFERENCE_ONLY.fullmatch(t[0]):
            prop.title = t[0]
        elif _PROPOSAL_AS_TITLE.search(reply.title):
            prop.title = _strip_kind(reply.title)
    form_title = handling_form(ctx).get("proposal_title")
    if prop.title is None and form_title is not None:
        prop.title = _strip_kind(form_title.value)
        ctx.record("proposal.title", form_title.para, form_title.start, form_title.end)
    page_title = regex.sub(r"\s", "", ctx.metadata.get("title") or "")
    if prop.title is None and rx.PROPOSAL_QUOTED.fullmatch(page_title):
        prop.title = _strip_kind(page_title)  # a page whose 标题 row names the proposal it answers (标题：关于…的建议)
    prop.kind = _kind(reply.title or "") or (_kind(opening.text[:200]) if opening else None)
    prop.body = _body(ctx)
    reply.doc_type = _doc_type(ctx)


_REFERENCE_ONLY = regex.compile(r"(?:关于|關於|關于)?[^，。,]{0,24}(?:会议|會議|届|屆)[^，。,]{0,8}?第?\s?[A-Za-z]{0,4}\d{1,16}\s?[号號]")
"""A "title" that is only the proposal's session and number (关于区五届人大二次会议第…号): no topic."""
_CITES_PROPOSAL = regex.compile(r"\s?(?:[《“]|[（(]?第\s?[A-Za-z]{0,4}\d{1,16}\s?[号號]|(?:期间|期間|上)?(?:提出|所提))")


def _session_citing_the_proposal(ctx: Context) -> None:
    """A session printed only further down the body, where a sentence cites the proposal by it
    (接到XX县十二届人大二次会议《…》(第N号)办理任务后…)."""
    for para in ctx.seg.body:
        for m in _session_matches(para.text):
            found = _find_session(para.text[m.start() : m.end()])
            if found and _CITES_PROPOSAL.match(para.text, m.end()):
                ctx.reply.proposal.session = found[0]
                ctx.record("proposal.session", para, m.start() + found[1], m.start() + found[2])
                return


def _number_below_its_label(ctx: Context) -> None:
    """A form's number row printed as two cells, the label above its value (提案编号 / 251046)."""
    head = ctx.seg.head
    for label, value in zip(head, head[1:], strict=False):
        m = _NUMBER_VALUE_ROW.fullmatch(value.text.strip())
        if _NUMBER_LABEL_ROW.fullmatch(label.text.strip()) and m:
            ctx.reply.proposal.numbers = [regex.sub(r"[\s\-－]", "", m["n"])]
            ctx.reply.proposal.number = ctx.reply.proposal.numbers[0]
            ctx.record("proposal.number", value, m.start("n"), m.end("n"))
            return


def _sources(ctx: Context) -> list[tuple[Para | None, str]]:
    out: list[tuple[Para | None, str]] = []
    head = [p for p in ctx.seg.head]
    if ctx.title_para is not None:
        out.append((ctx.title_para, ctx.title_para.text))
    elif ctx.reply.title:
        out.append((None, ctx.reply.title))
    if ctx.seg.opening is not None:
        p = ctx.seg.paras[ctx.seg.opening]
        out.append((p, p.text))
    for p in head:
        out.append((p, p.text))
    for p in ctx.seg.body[:3]:
        out.append((p, p.text[:300]))
    return out


def _session_matches(text: str):
    yield from SESSION.finditer(text)
    if "会议" not in text and "會議" not in text:
        yield from SESSION_BARE.finditer(text)


def _find_session(text: str) -> tuple[str, int, int] | None:
    for m in _session_matches(text):
        s = m["s"]
        if _PASSED_AT.match(text, m.end()):
            continue
        cut = _SESSION_STOP.match(s)
        offset = cut.end() if cut else 0
        if s.startswith(("年", "年度"), offset) and text[max(0, m.start("s") - 1) : m.start("s")].isdigit():
            offset += 2 if s.startswith("年度", offset) else 1  # the year printed before it (2019年县政协…)
        s2 = s[offset:]
        if s2 and _SESSION_NEEDS.search(s2) and len(s2) >= 6:
            return s2, m.start("s") + offset, m.end("s")
    return None


def _find_numbers(text: str) -> tuple[list[str], int, int] | None:
    for pat in NUMBER_PATTERNS:
        for m in pat.finditer(text):
            raw = m["n"]
            before = text[max(0, m.start() - 1) : m.start()]
            if before in "〕]】﹞］)）" and before:
                continue
            parts = [regex.sub(r"[\s〔\[【﹝［(（〕\]】﹞］)）\-－]", "", x) for x in regex.split(r"\s?[、,，和及]\s?", raw) if x.strip()]
            if any(len(p) == 4 and p.startswith(("19", "20")) and "年" in text[m.end() : m.end() + 1] for p in parts):
                continue
            return parts, m.start("n"), m.end("n")
    return None


def find_proposal_title(text: str, *, in_title: bool = False) -> tuple[str, int, int] | None:
    """The proposal's own title as quoted in a sentence: (title, start, end) or None."""
    q = _quoted_title(text, in_title=in_title)
    m = _UNQUOTED.search(text)
    inner_name = bool(q and m and m.start("t") < q[1] - 1 and m.end("t") >= q[2] and not _TITLE_LIKE_QUOTE.match(text[q[1] : q[2]]))
    if q and not inner_name:
        return q
    if m:
        return _strip_kind(m["t"]), m.start("t"), m.end("t")  # also 关于在X设立“…示范区”的建议: the quote is a name inside it
    bare = None if in_title else _BARE_TITLE.search(text)
    if bare:
        return bare["t"], bare.start("t"), bare.end("t")  # 您提出的打造…，提升…的提案收悉: printed without 关于 or quotes
    if in_title:
        m = regex.search(r"(?:关于|關于|關於)(?P<t>[^。]{2,80}?)(?:的)?(?:提案|建议|建議|议案|議案)(?:的)?(?:答复|答復|复函|復函|回复|办理)", text)
        if m and not regex.search(r"(?:会议|會議).{0,6}[号號]|(?:代表|委员|委員)$", m["t"]):
            return _strip_kind("关于" + m["t"]), m.start("t"), m.end("t")
    return None


def _quoted_title(text: str, *, in_title: bool) -> tuple[str, int, int] | None:
    window = text[:400]
    for i, ch in enumerate(window):
        if ch not in _QUOTE_OPEN:
            continue
        before = window[max(0, i - 8) : i]
        if (
            not in_title
            and i > 0
            and not regex.search(r"提出的?|所提的?|您的|你的|关于|關于|關於|的$|出$|您$|你$|对$|號$|号$|题为$|提案$|建议$|议案$|建議$|議案$", before)
            and not _TITLED_QUOTE.match(window, i + 1)
        ):
            continue
        close = _QUOTE_CLOSE[ch]
        best = None
        j = i + 1
        while True:
            k = window.find(close, j)
            if k < 0:
                break
            after = window[k + 1 : k + 40]
            if ch == "《" and best is None and _KIND_SUFFIX.search(window[i + 1 : k]) and "《" not in window[i + 1 : k]:
                best = k  # 《关于…的建议》于3月8日交我局…《…》: a book-title quote ending in its kind is whole
                break
            if _ANCHOR.match(after) or (in_title and (regex.match(r"(?:的)?(?:答复|答復|复函|回复|办理)", after) or not after.strip())):
                best = k
                if _LIST_NEXT.match(after) or _RECEIVED_NEXT.match(after) or _KIND_THEN_BREAK.match(after):
                    break  # the proposal's title ends where the sentence says it was received, or its kind ends a clause
            j = k + 1
            if best is not None and not regex.search(r"[“\"《]", window[best + 1 : best + 40]):
                break
        if best is None:
            if ch == "“" or ch == "《":
                k = window.find(close, i + 1)
                titled = _TITLED_QUOTE.match(window, i + 1)
                if k > i + 4 and (_KIND_AFTER_QUOTE.match(window, k + 1) or (titled and titled.end() == k + 1)):
                    best = k
        if best is None:
            continue
        inner = window[i + 1 : best]
        inner = _TRAILING_NUMBER.sub("", inner.strip())
        if len(inner) < 4:
            continue
        return _strip_kind(inner), i + 1, best
    return None


_BARE_TITLE = regex.compile(
    r"(?:您|你|你们|你們|您们)(?:提出|所提)的(?P<t>(?!关于|關於|關于|有关|有關|意见|意見|建议|建議|提案|议案|議案|问题|問題)\p{Han}[^。！？!?《》“”\"]{3,60}?)"
    r"的(?:提案|建议|建議|议案|議案)(?:已)?收悉"
)
"""A proposal's title printed bare before 收悉 (您提出的打造滨河文化步道，提升老城区品质的提案收悉)."""
_TITLE_LIKE_QUOTE = regex.compile(r"(?:关于|關于|關於)|.*(?:提案|建议|建議|议案|議案)$")
"""A quote that is itself a proposal's title, not a name quoted inside one (…设立“X示范区”的建议)."""
_DOUBLED_GUANYU = regex.compile(r"^(关于|關於|關于)(?:关于|關於|關于)+")
"""关于关于…: the word printed twice."""


def _strip_kind(title: str) -> str:
    title = _DOUBLED_GUANYU.sub(r"\1", title.strip().rstrip("。.；;").strip("“”\"《》「」"))
    for opening, closing in (("“", "”"), ("《", "》"), ("「", "」")):
        if title.count(opening) > title.count(closing):
            title += closing  # a name quoted at the end of the title keeps its closing mark
    title = _TRAILING_NUMBER.sub("", title)
    title = _KIND_SUFFIX.sub("", _KIND_SUFFIX.sub("", title)) if _DOUBLE_KIND.search(title) else _KIND_SUFFIX.sub("", title)
    return title[:-1] if title.endswith("的") and title[-2:-1] in "》”」』" else title  # 关于《乡村戏台》的提案


def _kind(text: str) -> str | None:
    for word in lx.PROPOSAL_KINDS:
        if word in text:
            return word
    return None


def _body(ctx: Context) -> str | None:
    texts = [ctx.reply.proposal.session or "", ctx.reply.title or ""]
    for t in texts:
        if any(w in t for w in lx.CPPCC_WORDS):
            return "cppcc"
        if any(w in t for w in lx.CONGRESS_WORDS):
            return "congress"
    return None


_PROPOSER_ROLE = regex.compile(r"(?P<role>代表|委员|委員)(?:们|們)?(?:提出|所提|领衔|領銜)")
"""The proposer's role named in the opening (X代表提出的…): the reply's kind when nothing else tells it."""


def _doc_type(ctx: Context) -> str:
    reply = ctx.reply
    prop = reply.proposal
    if prop.body == "cppcc":
        return "proposal_reply"
    if prop.body == "congress":
        return "suggestion_reply"
    role = reply.addressee.role or ""
    if any(role.endswith(r) for r in lx.MEMBER_ROLE_CPPCC):
        return "proposal_reply"
    if any(role.endswith(r) for r in lx.MEMBER_ROLE_CONGRESS):
        return "suggestion_reply"
    if prop.title and prop.kind == "提案":
        return "proposal_reply"  # 提案 is only a CPPCC word; a 建议 may be anyone's
    if prop.number or prop.session:
        if prop.kind == "提案":
            return "proposal_reply"
        if prop.kind in ("建议", "议案", "批评和意见"):
            return "suggestion_reply"
    opening = ctx.seg.paras[ctx.seg.opening].text[:200] if ctx.seg.opening is not None else ""
    proposer = _PROPOSER_ROLE.search(opening) if prop.title else None
    if proposer:  # a co-handler's letter: X代表提出的《…》收悉，现提出如下协办意见
        return "suggestion_reply" if proposer["role"] == "代表" else "proposal_reply"
    return "other"
