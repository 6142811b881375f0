"""Commitments: the replying body's statements of future action (see the output contract).

A passage opened by a marker of the future (下一步, 今后, …) runs to the end of its paragraph. A
sentence without a marker whose subject is the replier (or which has no subject) and whose verb is
marked 将/拟/计划/力争 is a commitment on its own. 将 in the sense of 把 (现将…, 将X列入…), past
actions and other subjects (该项目将…) are not.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.dates import chinese_number
from govdoc_nlp.extract.deadlines import find_deadline
from govdoc_nlp.extract.sections import heading_of
from govdoc_nlp.extract.segmenter import first_word_tag
from govdoc_nlp.model import Commitment, Section
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.patterns import lexicon as lx
from govdoc_nlp.segment.blocks import Para

_FRAME = regex.compile(r"^(?:" + rx.alternation(lx.FRAME_OPENERS) + r")[\p{Han}、]{0,14}$")
"""A sentence's opening frame without a subject (按初步设计, 根据规划)."""
_WORD_CHAR = regex.compile(r"[\p{Han}\d]")
_QUESTION = regex.compile(rx.alternation(lx.QUESTION_WORDS))
_SENTENCE = regex.compile(r"[^。！？!?]*(?:[。！？!?]+[”’\"』」]?|$)")
_MARKER = regex.compile(rx.alternation(lx.FUTURE_MARKERS))
_INSIDE_CLAUSE = regex.compile(r"\p{Han}{4,}[^，,]*[，,]\s?$")
"""A whole clause before the marker (对于其余村的文化广场，下一步将…), not a lead-in word (同时，下一步…)."""
_MARKED_SUBJECT = regex.compile(rf"(?:{rx.alternation(lx.FUTURE_MARKERS)})(?:的?工作中)?[，,]?\s?(?P<rest>\p{{Han}}{{0,6}})$")
"""A clause's words before 将 that end with a future marker, perhaps then a subject (…，下一步将…; …下步工作中我们将…)."""
_BODIES_NEXT = regex.compile(
    r"^[，,]?\s?(?P<bodies>(?:\p{Han}{2,14}?(?:局|委|厅|廳|办|院|中心|公司|村委会|居委会|委员会|部门|部門)(?:和|与|及|、)?){1,3}?"
    r"|(?:\p{Han}{2,10}[、，,])*\p{Han}{2,10}等(?:公司|企业|企業|单位|單位|部门|部門|运营商|運營商))(?:将|將|要|会同|会)"
)
_EFFECT_NEXT = regex.compile(rf"^(?:{rx.alternation(lx.EFFECT_DEGREES)})?(?:{rx.alternation(lx.EFFECT_VERBS)})")
"""What a finished project will bring (通车后将大幅提升…): a prediction, not a promise."""
_PLAN_SUBJECT = regex.compile(rf"^[“”\"\p{{Han}}]{{0,20}}?(?:{rx.alternation(lx.PLAN_WORDS)})(?:已|中|将|將|内|內)")
"""A plan as the subject of a sentence's first clause (“十五五”规划已列入…，计划将…)."""
_MARKER_NEXT = regex.compile(
    r"^(?:[，,。：:；;\s]|将|將|拟|擬|要|我|本|还|還|也|继续|繼續|计划|計劃|重点|重點|会|會|把|力争|力爭|积极|積極|进一步|進一步|"
    r"一是|工作中|的工作中|主要|着力|着重|要|仍|同时|拟采取|采取|打算|准备|準備|争取|爭取|努力|切实|全力|将会|对|對|在|于|以|按照|结合|根据|围绕|持续)"
)
_MARKER_BAD_PREV = ("为", "為", "对", "對", "的", "和", "与", "與", "及", "作", "做", "是", "到", "至", "向", "从", "從", "于", "於", "就", "给", "給", "了")
_CONNECTIVE = regex.compile(r"^(?:[一二三四五六七八九十]是|同时|同時|此外|另外|另一方面|并且|並且|因此|为此|為此|对此|對此|总之|最后|最後|届时|屆時|目前|当前|今年|明年|年内|年內|在此期间|在此期間|在此基础上|在此基礎上|与此同时|與此同時)[，,]?")
_LEAD_IN = regex.compile(r"^(?:(?:" + rx.alternation(lx.LEAD_IN_PREPOSITIONS) + r")[^，,。；;]{1,30}[，,]\s?)+")
"""Adverbial clauses that may stand before the subject of a marker's sentence (针对…，我局下一步将…)."""
_REQUEST = regex.compile(rx.alternation(lx.REQUEST_WORDS))
"""Words before a marker that make it part of a request or a prediction, not the replier's plan."""
_SUBJECT_TRAIL = regex.compile(r"(?:" + rx.alternation(lx.SUBJECT_TRAIL_ADVERBS) + r")+$")
_INTENT = rx.INTENT
_PAST_IN_CLAUSE = rx.PAST_IN_CLAUSE
_WEAK_MARKERS = lx.WEAK_FUTURE_MARKERS
_FUTURE_VERB = regex.compile(r"将|將|拟|擬|计划|計劃|要|力争|力爭|争取|爭取|会|會|继续|繼續|进一步|進一步|加快|推动|推進|推进|努力|积极|積極|持续|持續|逐步|确保|確保|抓紧|抓緊")
_JIANG_FUTURE_NEXT = regex.compile("^(?:" + rx.alternation(lx.JIANG_FUTURE_NEXT) + ")")
_JIANG_BA_NEXT = regex.compile(r"^(?:[\d“”\"《〈「『（(]|其|该|該|此|这|這|上述|有关|有關|相关|相關|您|你|本|全|各|部分|所有|原|现有|現有|此项|这些|這些)")
_CLAUSE_BREAK = "，,；;：:"
_STILL = ("也", "还", "還", "仍", "亦")
_TIMES_BEFORE_PLAN = ("今年", "明年", "后年", "當年", "当年")
_OBTAINED_OBJECT = regex.compile(r"^\p{Han}{1,3}(?:到|得)的")
"""将 before what was obtained (将争取到的资金…分配): 将 is 把."""
_QUOTES = {"“": "”", "「": "」", "『": "』"}


def _quoted(sentence: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation (规定“…且近期将开工建设的项目”可以…): quoted words
    are a rule's or a plan's, not the replier's promise."""
    return bool(rx.unclosed_quotes(sentence[:pos], _QUOTES))
_JIANG_ADVERB_NEXT = regex.compile(r"^(?:继续|繼續|进一步|進一步|积极|積極|加快|尽快|逐步|全力|认真|持续|適時|适时|及时|優先|优先|努力|力争|争取|把|于|在|按照|根据|结合|会同|與|与|联合|適時)")
_PLACE_ONLY = regex.compile(r"\p{Han}{1,8}?(?:省|市|县|縣|区|區|州|旗|盟|镇|鎮|乡|鄉)")
_SUBJECT_THEN_INTENT = regex.compile(r"^\p{Han}{2,10}?(?:也|还|還|仍|继续|繼續)?(?:将|將|拟|擬|计划|計劃|力争|力爭)")
"""A subject between the marker and its verb (今后塔城地区将…)."""
_TIME_PHRASE = regex.compile(r"\p{Han}{0,8}(?:过后|以后|之后|后|以前|之前|前|时|期间|年底|年内|月底|季度|秋季|春季|夏季|冬季)")
"""A clause opened by a time (汛期过后，将…): no subject of its own."""
_OTHER_BODY_NEXT = regex.compile(r"^[，,]?\s?(?:是|由)(?!我|本)\p{Han}{0,8}?(?:局|委|厅|廳|办|辦|院|中心|公司|政府|部门|部門)(?!将|將|拟|擬|计划|計劃)")
"""After a marker: another body as the step's subject (下一步是区教委…, 下一步由县交通局…)."""
_VERB_START = regex.compile(r"^(?!的|工作|阶段|階段|步)\p{Han}")
"""What may follow a strong marker at the start of a sentence (下一步加大…), but not 下一步的…."""
_REPORTED_WORDS = r"曾|表示|提出|要求|明确|指出|强调|承诺|认为|称"
_REPORTED = regex.compile(_REPORTED_WORDS)
"""Words that make a clause reported or past speech (我局曾表示今后将…)."""
_NOT_A_SUBJECT = regex.compile(r"已|了|的|是|" + _REPORTED_WORDS)
_YEAR_PHRASE = regex.compile(r"(?:19|20)\d{2}年度?")
"""A year opening the sentence as its only 'subject' (2025年拟新建…): a time, the replier implied."""
_MONTH_PHRASE = regex.compile(r"(?:今年)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|中旬|下旬|上旬|初)?(?:前|以前|之前)?")
_ENTERPRISE_SUBJECT = regex.compile(
    r"(?!为|為|对|對|在|按|根据|根據|针对|針對|关于|關於|由于|由於|通过|通過|经|經|配合|结合|結合|随着|隨著)"
    rf"\p{{Han}}{{1,14}}?(?:{rx.alternation(lx.ENTERPRISE_ENDINGS)})(?=已|將|将|正|于|於|在|对|對|按|积极|積極|目前|也|还|還|并|並|计划|計劃)"
)
"""A company, bank, hospital or school opening a sentence as its subject: never the replying department."""
_DEPARTMENT_NAME = regex.compile(r"(?:省|市|县|縣|区|區|州|旗)\p{Han}{1,12}?(?:厅|廳|局|委员会|委員會|委)")
"""A department's full name as a sentence's subject (省农业农村厅, 县交通运输局)."""
_GOVERNMENT_SUBJECT = regex.compile(r"(?:省|市|县|縣|区|區|州|旗|镇|鎮|乡|鄉)(?:人民)?政府(?=会同|研究|决定|已|将|將|正|于|在|对|積極|积极|高度)")
"""A government opening a department's sentence as its subject (县政府会同…决定…)."""
_OPENING_YEAR = regex.compile(
    r"(?:[一二三四五六七八九十]是|同时|此外|另外|其中)?[，,]?\s?(?:\p{Han}{1,6}?[省市县縣区區镇鎮乡鄉])?"
    r"(?P<y>(?:19|20)\d{2})(?:\s?[-—－至到~]\s?(?:19|20)?\d{2})?\s?年(?!底前|内|內)"
)
"""A sentence that opens with a year, perhaps after its place (2016年在…改革中…, 石林县2005-2006年期间…),
to be told from the letter's own year."""
_TIME_TO_COME = regex.compile(rf"(?:今年)?(?:{rx.alternation(lx.TIMES_TO_COME)})[，,]?")
_DISPOSAL_VERB = regex.compile(r"纳入|列入|列为|纳为|作为|转为|调整为|移交|交由|报送|录入|划入|并入|归入")
_PAST_TIME = regex.compile(
    r"^(?:[一二三四五六七八九十]是|（[一二三四五六七八九十]）\p{Han}{0,12}。)?(?:去年|前年|此前|以前|过去|往年|\d{4}年以来"
    r"|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?\p{Han}{0,8}已|已)"
)


def extract_commitments(ctx: Context, owners: list[tuple[Para, Section | None]]) -> None:
    """Fill reply.commitments from body and closing paragraphs, in order."""
    reply = ctx.reply
    section_of = {p.index: s for p, s in owners}
    candidates = [p for p in ctx.seg.paras if p.block in ("opening", "body", "closing")]
    issuer = reply.issuer or _department_voice(reply.text or "")
    for para in candidates:
        text = para.text
        offset = 0
        if para.block == "body":
            h = heading_of(text)
            if h is not None:
                offset = h[3]
                if not regex.search(r"[。！？!?]", text[offset:]):
                    continue  # a heading on its own line (三、下一步打算) promises nothing yet
        if ctx.seg.addressee_end is not None and para.index == ctx.seg.addressee:
            offset = ctx.seg.addressee_end
        for start, end, marker, kind in find_commitments(text, issuer, offset=offset, reply_date=reply.date):
            section = section_of.get(para.index)
            body = text[start:end].strip()
            c = Commitment(text=body, marker=marker, kind=kind, span=ctx.span(para, start, end))
            if section is not None:
                c.section = section.index
                c.section_path = list(section.path)
            c.deadline = find_deadline(body, reply.date)
            c.strength = strength_of(body, c.deadline is not None)
            reply.commitments.append(c)


def sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` from ``offset`` (a sentence ends at 。！？, keeping a closing quote)."""
    out: list[tuple[int, int]] = []
    joined = False
    for m in _SENTENCE.finditer(text, offset):
        if m.end() > m.start() and text[m.start() : m.end()].strip():
            if joined:
                out[-1] = (out[-1][0], m.end())
            else:
                out.append((m.start(), m.end()))
        joined = _lost_character(text, out[-1][0], m.end()) if out else False
    return out


def _lost_character(text: str, start: int, end: int) -> bool:
    """Whether the ``?`` ending ``text[start:end]`` stands for a character a copy lost (拟下?万元至村),
    not for a question: a lone ASCII ``?`` between two characters in a sentence that asks nothing."""
    if end <= start or text[end - 1] != "?" or end >= len(text):
        return False
    before, after = text[end - 2 : end - 1], text[end]
    return bool(_WORD_CHAR.match(before) and _WORD_CHAR.match(after)) and not _QUESTION.search(text, start, end)


def find_commitments(
    text: str, issuer: str = "", *, offset: int = 0, reply_date: str | None = None
) -> list[tuple[int, int, str | None, str]]:
    """(start, end, marker, kind) of the commitments in one paragraph (``reply_date``, ISO, dates
    the letter: a month after it is the future)."""
    found: list[tuple[int, int, str | None, str]] = []
    for s, e in sentences(text, offset):
        sentence = text[s:e]
        marker = passage_marker(sentence, issuer)
        if marker is not None and _INSIDE_CLAUSE.search(sentence[: sentence.find(marker)]):
            if not _continues_other_subject(sentence, sentence.find(marker) + len(marker), issuer):
                found.append((s, e, marker, "sentence"))  # …，下一步将…。: the marker inside a sentence promises that sentence
            continue
        if marker is not None:
            found.append((s, len(text.rstrip()), marker, "passage"))
            return found
        verb = intent_verb(sentence, issuer, reply_date)
        inner = _MARKER.search(sentence, 1)
        if verb is not None and inner and _continues_other_subject(sentence, inner.end(), issuer):
            continue  # …，联合检查已坚持三年，今后也将…: the inspections go on, no promise of the replier's
        if verb is not None:
            found.append((s, e, verb, "sentence"))
    return found


_CONDITION = regex.compile(r"(?:^|[，,。；;])\s?(?:" + rx.alternation(lx.CONDITION_OPENERS) + r")[^，,。；;]{2,40}[，,]\s?$")
"""A condition clause right before the 将会 clause (…。如按照建议把…，)."""
_OTHER_PLACES = regex.compile(r"^(?:全省|全市|全县|全区|全州|各地|各市|各县|各区|各乡镇)")
_JOINT = regex.compile(r"和|与|與|及|、|会同|會同")
_UNDER_GUIDANCE = regex.compile(r"(?:今年|目前|同时|此外)?在\p{Han}{1,14}?的?(?:协调|協調|支持|指导|指導|帮助|幫助|推动|推動|关心|關心)下")
"""An adverbial clause (今年在区政府的协调下，…): the subject comes after it."""
_WORKS_SUBJECT = regex.compile(rf"^\p{{Han}}{{2,16}}?(?:{rx.alternation(lx.WORKS_WORDS)})(?:已|于|於|在|正|目前)")
_COMPLETION = regex.compile(r"完工|竣工|建成|投用|投入使用|通车|通水|完成")
_PURPOSE = regex.compile(r"^(?:为了|為了|为|為)\p{Han}")
_BODY_ACTING = regex.compile(
    r"^(?P<body>\p{Han}{2,14}?(?:局|委|厅|廳|办|辦|院|政府|部门|部門|公司|中心))(?:牵头|牽頭|负责|負責|会同|會同|联合|聯合|组织|組織)"
)
"""A clause whose subject is a named body at work (县委依法治县办牵头起草了…)."""
_ABOUT_TO_FINISH = regex.compile(r"即将(?:完工|竣工|建成|完成|投用|投入使用|装修完毕)$")
_PLACE_PLANNED = regex.compile(r"^\p{Han}{1,8}?(?:省|市|县|縣|区|區|州|旗|盟|镇|鎮|乡|鄉)(?:已|已经)?(?:制定|出台|印发|编制|起草)了?")
"""A place as the subject of a plan it made (白桦区制定了《…》)."""
_ONLY_WOULD = regex.compile(r"^(?:的)?(?:工作中)?[，,]?\s?(?:我局|我们|我委|我单位)?(?:也|还|仍)?(?:会|會)(?!同)")
_ALSO_WILL = regex.compile(r"^[，,]?\s?(?:也|还|還|仍|亦)(?:将|將|会|會|要)")


def _continues_other_subject(sentence: str, after: int, issuer: str) -> bool:
    """…，今后也将…: 也 carries on the subject of the clauses before, which is not the replier's
    when they name neither the replier nor frame a topic (对于…，)."""
    if not _ALSO_WILL.match(sentence[after:]):
        return False
    before = sentence[: after]
    if before.startswith(lx.LEAD_IN_PREPOSITIONS) or any(p in before for p in lx.REPLIER_PRONOUNS) or before.startswith(("我", "本")):
        return False
    return not (issuer and issuer in before)


def passage_marker(sentence: str, issuer: str = "") -> str | None:
    """The marker of the future that opens a commitment passage in this sentence, if any (not when
    bodies other than ``issuer`` are the step's subject: 下一步，县水利局和X村委会将…)."""
    for m in _MARKER.finditer(sentence):
        word = m.group()
        if _quoted(sentence, m.start()):
            continue
        clause = _CONNECTIVE.sub("", _LEAD_IN.sub("", sentence[: m.start()].strip())).strip("，, ")
        after = sentence[m.end() :]
        if clause and clause[-1] in _MARKER_BAD_PREV:
            continue
        if clause and not (_subject_like(clause) and not _REQUEST.search(clause)):
            continue  # the marker does not open its sentence: …，下一步将… / 敬请今后…
        if _OTHER_BODY_NEXT.match(after):
            continue  # 下一步是区教委按照…: another body's step
        bodies = _BODIES_NEXT.match(after)
        if bodies and issuer and issuer not in lx.DEPARTMENT_VOICES and not issuer.endswith(lx.GOVERNMENT_ISSUER_ENDINGS) and not any(
            b.startswith(("我", "本")) or rx.is_subsequence(b, issuer) for b in regex.split(r"和|与|及|、", bodies["bodies"])
        ):  # (a government's reply speaks for its departments: 县政府办公室 … 下一步，县农业农村局将…)
            continue  # 下一步，县水利局和沙湾村委会将…: other bodies' step
        if not (_MARKER_NEXT.match(after) or _SUBJECT_THEN_INTENT.match(after)) and "工作中" not in word:
            if clause or word in _WEAK_MARKERS or not _VERB_START.match(after):
                continue
        if word in _WEAK_MARKERS and (not _FUTURE_VERB.search(after) or "了" in after[:30]):
            continue
        if _PAST_TIME.match(sentence):
            continue
        if clause and _ONLY_WOULD.match(after):
            continue  # 我局在接下来的工作中会继续…: inside a sentence with only 会, no promise (the contract's 会 rule)
        return word
    return None


def _subject_like(prefix: str) -> bool:
    return len(prefix) <= 12 and bool(regex.fullmatch(r"[\p{Han}]+", prefix)) and not _NOT_A_SUBJECT.search(prefix)


def intent_verb(sentence: str, issuer: str = "", reply_date: str | None = None) -> str | None:
    """The intent verb (将/拟/计划/力争) of a replier's sentence about the future, else None
    (``reply_date``, ISO, tells a month still to come: 今年9月将…转为 in August is the future, and a
    year already past: 2016年…拟新设立… in a letter of 2023 is history)."""
    year = _OPENING_YEAR.match(sentence)
    if year and reply_date and int(year["y"]) < int(reply_date[:4]) and not _MARKER.search(sentence, year.end()):
        return None  # (unless the sentence turns to the future: 2023年至2024年我局…，后续我局将…)
    for m in _INTENT.finditer(sentence):
        verb = m.group()
        pos = m.start()
        if _quoted(sentence, pos):
            continue
        clause_start = max(sentence.rfind(ch, 0, pos) for ch in _CLAUSE_BREAK) + 1
        subject = _CONNECTIVE.sub("", sentence[clause_start:pos].strip())
        subject = _SUBJECT_TRAIL.sub("", subject)
        opening_time = _SUBJECT_TRAIL.sub("", sentence[:pos].strip()) if clause_start == 0 else ""
        marked = _MARKED_SUBJECT.search(subject)
        if marked:
            if _REPORTED.search(sentence[:pos]):
                continue  # 省财政厅表示，今后将…: another body's words
            subject = marked["rest"]  # …新增需求下步工作中我们将…: a marker inside the sentence, then its subject
        if (
            (_TIME_PHRASE.fullmatch(subject) or _MONTH_PHRASE.fullmatch(subject) or _YEAR_PHRASE.fullmatch(subject))
            and len(subject) <= 6 and not subject.startswith(lx.NON_REPLIER_SUBJECT_STARTS)
            and (clause_start == 0 or sentence.startswith(("我", "本")))
        ):
            subject = ""  # 我局…，汛期过后将…: a time; the subject is the sentence's
        nxt = sentence[m.end() : m.end() + 6]
        prev = sentence[max(0, pos - 2) : pos]
        if verb in ("将", "將"):
            if any(prev.endswith(w) for w in lx.JIANG_NOT_FUTURE_PREV) or nxt.startswith(lx.JIANG_NOT_FUTURE_NEXT):
                continue
            if prev.endswith(("会", "會")) and not (_JIANG_ADVERB_NEXT.match(nxt) or _first_word_is_verb(nxt)):
                continue  # 我们会将每年的建议作下年度计划: 会 and 将 as 把, no promise (会将充分听取… is one)
            if nxt.startswith(("会", "會")) and _CONDITION.search(sentence[:pos]):
                continue  # 如按照建议把…，将会拉长…: the consequence of a condition
            clause_end = min([k for k in (sentence.find(ch, m.end()) for ch in _CLAUSE_BREAK + "。") if k >= 0], default=len(sentence))
            if not _jiang_is_future(nxt, sentence[m.end() : clause_end]) and not _month_to_come(opening_time, reply_date):
                continue
            time_before = opening_time or (sentence[:clause_start].strip(" ，,") if not subject else "")
            if time_before.endswith("后") and _EFFECT_NEXT.match(nxt):
                continue  # 通车后将大幅提升… / 待项目建成后，将切实满足…: what the work will bring
        elif verb in ("计划", "計劃"):
            if (prev.endswith(("的", "年", "度", "入", "个", "個", "项", "項", "了")) and not prev.endswith(_TIMES_BEFORE_PLAN)) or not (
                regex.match(r"[于於在将將今明年到\d对對用新实實开開安启啓完投建推组組先近以举舉召]", nxt or "。") or (subject and _first_word_tag(nxt) == "v")
            ):
                continue  # (年度计划, 计划生育; but 我局今年计划清退…, 我局计划搬迁…)
        elif verb in ("拟", "擬"):
            if (nxt.startswith(("定", "订了", "稿")) and not nxt.startswith("定于")) or prev.endswith(("草", "起")):
                continue
        elif verb in ("力争", "力爭"):
            if prev.endswith("全") and nxt.startswith("取"):
                continue  # 全力争取: striving, not a target (正在全力争取上级补助)
            if prev.endswith(("已", "曾", "努")) or "了" in sentence[pos:] or _PAST_TIME.match(sentence) or _REPORTED.search(sentence[:pos]):
                continue
            if not subject and clause_start > 0 and (
                _other_subject_before(sentence[:clause_start], issuer)
                or (_GOVERNMENT_SUBJECT.match(sentence) and issuer and not issuer.endswith(lx.GOVERNMENT_ISSUER_ENDINGS))
            ):
                continue  # 县政府会同…决定…，目前工程施工顺利，力争…: the government's project, reported by a department
            if subject and _OTHER_PLACES.match(subject):
                continue  # 全省各市县力争…: the places' target, not the replier's
            return verb
        if _PAST_IN_CLAUSE.search(subject) or _REPORTED.search(subject) or _PAST_TIME.match(sentence):
            continue
        if not subject:
            if _place_is_subject(sentence[:pos], issuer) or (clause_start > 0 and _other_subject_before(sentence[:clause_start], issuer)):
                continue
            if clause_start > 0 and _WORKS_SUBJECT.match(sentence) and _COMPLETION.search(sentence, m.end()):
                continue  # 城东水厂扩建工程已于去年开工，计划于明年完工: the works' schedule, not a promise
            if clause_start == 0 or verb not in ("将", "將") or _JIANG_FUTURE_NEXT.match(nxt) or marked or (prev.endswith(_STILL) and _replier_opens(sentence, issuer)):
                return verb  # (我局在…时，也将增设…: the replier is the sentence's subject, 也将 the future)
            continue
        if _is_replier(subject, issuer):
            return verb
    return None


def _department_voice(text: str) -> str:
    """How a letter without a signature names its writer when a department writes it (我局…), else
    "": the voice that tells the place (我市将…) from the replier."""
    found = {v for v in lx.DEPARTMENT_VOICES if v in text}
    return min(found, key=text.find) if found else ""


def _month_to_come(time: str, reply_date: str | None) -> bool:
    """Whether a time phrase opening the sentence names a time still to come: 明年, 年底前, or a month
    after the letter's (今年9月, 10月底前)."""
    if _TIME_TO_COME.fullmatch(time):
        return True
    m = _MONTH_PHRASE.fullmatch(time)
    if not m or not reply_date or len(reply_date) < 7:
        return False
    month = int(m["m"]) if m["m"].isdigit() else chinese_number(m["m"])
    return month is not None and month > int(reply_date[5:7])


def _jiang_is_future(nxt: str, clause: str = "") -> bool:
    """Whether 将 followed by ``nxt`` marks the future (not 把); ``clause`` is the rest of its
    clause: 将 + object + 纳入/列入/作为… is the 把 construction (将组织开展…职责纳入…), unless an
    adverb shows the future first (将继续将…纳入)."""
    if _OBTAINED_OBJECT.match(nxt):
        return False
    disposal = _DISPOSAL_VERB.search(clause)
    if disposal and not regex.search(r"将|將|把", clause[: disposal.start()]) and not _JIANG_ADVERB_NEXT.match(nxt):
        return False
    if _JIANG_FUTURE_NEXT.match(nxt):
        return True
    if not nxt or _JIANG_BA_NEXT.match(nxt) or _DISPOSAL_VERB.search(clause):
        return False
    return _first_word_is_verb(nxt)


@lru_cache(maxsize=4096)
def _first_word_tag(text: str) -> str:
    return first_word_tag(text) or ""


def _first_word_is_verb(text: str) -> bool:
    tag = _first_word_tag(text)
    return bool(tag) and tag[0] in "vdpca"


def _other_subject_before(lead: str, issuer: str = "") -> bool:
    """A subjectless 将 in a later clause shares the subject of the sentence's first clause: not
    the replier's when that clause is about something else (其中X片区纳入…，将…; 该工程…，将…)."""
    clauses = [c for c in regex.split(r"[，,；;]", lead) if c.strip()] or [""]
    while len(clauses) > 1 and (
        _CONNECTIVE.fullmatch(clauses[0].strip()) or _PURPOSE.match(clauses[0].strip()) or _UNDER_GUIDANCE.fullmatch(clauses[0].strip())
    ):
        clauses = clauses[1:]  # 同时，为规范…，X办牵头起草了…: connectives, purposes and 在…协调下 have no subject
    first = clauses[0]
    if len(clauses) > 1 and _FRAME.match(first) and not any(p in first for p in lx.REPLIER_PRONOUNS):
        first = clauses[1]  # 按初步设计，该路段…，计划…: the frame has no subject, the next clause does
    if issuer and not issuer.endswith(lx.GOVERNMENT_ISSUER_ENDINGS) and first.startswith(lx.PLACE_PRONOUNS):
        return True  # 同时，我市已启动…，力争… / 按照…部署，我市…体系建设正推进，力争…: the city's work, told by a department
    if issuer and not issuer.endswith(lx.GOVERNMENT_ISSUER_ENDINGS) and _PLACE_PLANNED.match(first):
        return True  # 白桦区制定了…，计划投入…: the district's plan, told by a department
    if _ABOUT_TO_FINISH.search(first):
        return True  # 镇图书分馆即将竣工，届时将开放: the building's opening, not a promise
    acting = _BODY_ACTING.match(first)
    if acting and issuer and not rx.is_subsequence(acting["body"], issuer) and not acting["body"].startswith(("我", "本")):
        return True  # 县委依法治县办牵头起草了…，近期将…: that body's plan
    if any(p in first for p in lx.REPLIER_PRONOUNS) or first.startswith(("我", "本")):
        return False
    body = _ENTERPRISE_SUBJECT.match(first)
    if body and body.group() not in issuer:
        return True  # 省高速公路集团已将…，计划…: a company's plan, not the replier's
    return first.startswith(lx.NON_REPLIER_SUBJECT_STARTS + ("其中",)) or bool(_PLAN_SUBJECT.match(first))


def _replier_opens(sentence: str, issuer: str) -> bool:
    """Whether the sentence opens with the replier as its subject (我局…, 本局…, or the issuer's name)."""
    head = _CONNECTIVE.sub("", sentence.lstrip())
    return head.startswith(tuple(p for p in lx.REPLIER_PRONOUNS if p not in lx.PLACE_PRONOUNS) + ("本局", "本委")) or bool(
        issuer and head.startswith(issuer)
    )


def _place_is_subject(before: str, issuer: str) -> bool:
    """A department's sentence whose subject is the place (同时，我市正在…，建成后，将…)."""
    if not issuer or issuer.endswith(lx.GOVERNMENT_ISSUER_ENDINGS):
        return False
    return any(p in before for p in lx.PLACE_PRONOUNS) and not any(
        p in before for p in lx.REPLIER_PRONOUNS if p not in lx.PLACE_PRONOUNS
    )


def _is_replier(subject: str, issuer: str) -> bool:
    if subject.startswith(lx.NON_REPLIER_SUBJECT_STARTS):
        return False
    joint = [part for part in _JOINT.split(subject) if part]
    if len(joint) >= 2:
        return any(_names_the_replier(part, issuer) for part in joint)  # 市国资委和市公交集团将…: a joint step with the replier
    if subject.startswith(lx.PLACE_PRONOUNS) and issuer and not issuer.endswith(lx.GOVERNMENT_ISSUER_ENDINGS):
        return False
    if any(p in subject for p in lx.REPLIER_PRONOUNS) or subject.startswith(("我", "本")):
        return True
    if issuer and not issuer.endswith(lx.GOVERNMENT_ISSUER_ENDINGS) and _PLACE_ONLY.fullmatch(subject):
        return False  # the district or city itself (柘岭区计划…) in a department's reply
    if issuer and (subject == issuer or (len(subject) >= 2 and rx.is_subsequence(subject, issuer))):
        return True
    if (not issuer or issuer in lx.DEPARTMENT_VOICES) and _DEPARTMENT_NAME.fullmatch(subject):
        return True  # a page cut before its signature: the department naming itself (省农业农村厅将…)
    return _is_own_unit(subject, issuer)


def _names_the_replier(subject: str, issuer: str) -> bool:
    """Whether ``subject`` is the replier by a pronoun or by the issuer's name (not by a unit's shape)."""
    if subject.startswith(lx.PLACE_PRONOUNS) and issuer and not issuer.endswith(lx.GOVERNMENT_ISSUER_ENDINGS):
        return False
    return subject.startswith(("我", "本")) or any(p in subject for p in lx.REPLIER_PRONOUNS) or (
        bool(issuer) and len(subject) >= 2 and rx.is_subsequence(subject, issuer)
    )


def _is_own_unit(subject: str, issuer: str) -> bool:
    """A unit of the replying department (市政处将…, 塔城市市容环境卫生管理处将…), not another body."""
    if not issuer or issuer.endswith(lx.GOVERNMENT_ISSUER_ENDINGS) or not subject.endswith(lx.OWN_UNIT_SUFFIXES):
        return False
    if subject.startswith(issuer):
        return True  # 青禾县公安局交警大队将… in 青禾县公安局's letter
    return 3 <= len(subject) <= 16 and not any(w in subject for w in lx.OTHER_BODY_WORDS)


def strength_of(text: str, has_deadline: bool) -> str:
    """'planned' (a deadline or 计划/拟/力争/预计), 'vague' (研究/争取/逐步…), else 'firm'."""
    if has_deadline or rx.STRENGTH_PLANNED.search(text):
        return "planned"
    vague = len(set(rx.STRENGTH_VAGUE.findall(text)))
    if rx.STRENGTH_FIRM.search(text):
        return "firm"
    if vague >= 2 or (vague and len(text) < 60):
        return "vague"
    return "firm"
