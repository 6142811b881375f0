"""Lines that hold several printed paragraphs: a table or page flattened with pipes
(``标题 | 正文… ||||``), or paragraphs a web copy joined with a single space."""

from __future__ import annotations

import re

import regex

from govdoc_nlp.clean.chars import PINYIN_GLOSS_BODY
from govdoc_nlp.clean.mapped import MappedText
from govdoc_nlp.clean.noise import is_site_footer, line_noise
from govdoc_nlp.load.html_meta import page_label_key
from govdoc_nlp.patterns import compiled as rx

_TABLE_PIPES = re.compile(r"\s?\|[\s|]*")
_MIN_JOINED = 60
_SENTENCE_END = rx.SENTENCE_END
_AFTER_WINDOW = 1024
"""Longer than any match of ADDRESSEE / HEADING / PARAGRAPH_OPENER (the longest, ADDRESSEE, is under 750 characters)."""
_BEFORE_WINDOW = 64
"""Longer than any title ending TITLE_END_WORD matches at the end of a line."""


def split_joined(mapped: MappedText, source: str, *, at_spaces: bool = True) -> list[MappedText]:
    """The printed paragraphs of one long line (the line itself when it holds one).
    ``at_spaces=False`` keeps lines whole that a loader already gave as paragraphs."""
    parts = _split_pipes(mapped)
    if not at_spaces:
        return parts
    out: list[MappedText] = []
    for part in parts:
        flat_parts = _split_flat(part, source)
        pieces = flat_parts if flat_parts is not None else [part]
        for piece in pieces:
            for gap_piece in _split_at_gaps(piece, source):
                out.extend(_split_fused_tail(gap_piece))
    return out


_CONTACT_IN_BRACKETS = regex.compile(r"[（(]\s?(?:联\s?系|聯\s?[系繫])[^（）()]{2,80}[)）]\s?[|｜]?\s?$")
_TAIL_WINDOW = 60
_SIGNATURE_MAX = 30


_CONTACT_AFTER_DATE = regex.compile(r"日\s?(?P<label>(?:联\s?系|承\s?办|经\s?办|抄\s?送|抄\s?报)\p{Han}{0,6}\s?[:：])")
_CONTACT_TAIL_MAX = 60
"""Characters a contact run into the signing line may take (联系人：韩冬，电话：13974025816)."""


def _split_fused_tail(mapped: MappedText) -> list[MappedText]:
    """A paragraph that ends with the letter's signature and date run into it (``…关心和支持。
    XX县水利局2019年7月15日``), or with a contact in brackets: those become lines of their own."""
    text = mapped.text
    if len(text) < 20:
        return [mapped]
    end = len(text.rstrip(" |｜"))
    cuts: list[int] = []
    paren = _CONTACT_IN_BRACKETS.search(text)
    if paren and paren.start() > 0:
        end = len(text[: paren.start()].rstrip(" |｜"))
        cuts.append(paren.start())
    else:
        contact = _CONTACT_AFTER_DATE.search(text, max(0, len(text) - _TAIL_WINDOW - _CONTACT_TAIL_MAX))
        if contact and len(text) - contact.end() <= _CONTACT_TAIL_MAX:
            end = contact.start("label") if text[contact.start("label") - 1] != " " else contact.start("label") - 1
            cuts.append(contact.start("label"))  # …支持！ XX街道办事处 2023年9月12日 联系人：…，电话：… (or 抄送：…)
    for k in range(max(0, end - _TAIL_WINDOW), end - 1):
        if text[k] in "。！!？?":
            rest = text[k + 1 : end].strip(" |｜")
            if rx.date_line(rest) or (len(rest) <= _SIGNATURE_MAX and rx.ORG_LINE.match(rest)):
                cuts.insert(0, k + 1)
                break
    if not cuts:
        return [mapped]
    bounds = [0, *sorted(set(cuts)), len(text)]
    pieces = [mapped.slice(a, b).strip(" |｜") for a, b in zip(bounds, bounds[1:], strict=False)]
    return [p for p in pieces if p.text]


def _split_pipes(mapped: MappedText) -> list[MappedText]:
    text = mapped.text
    if text.count("|") < 2 or len(text) < 100:
        return [mapped]
    parts = []
    pos = 0
    for m in _TABLE_PIPES.finditer(text):
        if m.start() > pos:
            parts.append(mapped.slice(pos, m.start()).strip())
        pos = m.end()
    if pos < len(text):
        parts.append(mapped.slice(pos, len(text)).strip())
    return [p for p in parts if p.text] or [mapped]


_TITLE_AFTER_TITLE = regex.compile(r"^(?:关于|關於|关於|对|對)[^。，,]{4,80}?(?:" + rx.alternation(rx.lx.TITLE_ENDINGS) + r")$")
"""A second title after a first on one line (a page's topic heading, then the letter's title)."""
_FLAT_MIN = 100
_FLAT_MIN_BREAKS = 3
_NAV = frozenset(">|•·/›»→-—_~")
_ROLE_ONLY = regex.compile(r"(?:" + rx.alternation(rx.lx.ADDRESSEE_ROLES) + r")(?:[：:，,！!]|您好|你好)?[：:，,！!]?")
"""A role after a spaced name (邵雨桐  委员) stays with it."""
_OPEN_PUNCT = frozenset("（(“《【〔[")
_KEYWORDS_LABEL = regex.compile(r"^(?:主题词|主題詞|关键词|關鍵詞)\s?[：:]")
_KEYWORD_MAX = 8
_LABEL_END = regex.compile(r"^\p{Han}{0,2}\s?(?:签字|簽字|签名|簽名)?\s?[：:]")
"""The last characters of a spaced label (联 系 人：…): the run before it is the label, not a widget."""
_LABEL_SOON = regex.compile(r"^[^，。；]{1,8}[：:]")
_SPACED_LABEL = rx.Lazy(
    r"(?:\p{Han}(?: {1,3}\p{Han}){1,4}|"
    + "|".join(rx.spaced(w) for w in sorted({*rx.lx.CONTACT_LABELS, *rx.lx.COPY_LABELS, *rx.lx.OFFICIAL_LABELS}, key=len, reverse=True) if len(w) >= 2)
    + r")(?:(?:及|和|、|与)\p{Han}{1,6}?)? ?(?:签字|簽字|签名|簽名)? ?[：:]"
)
"""A label of the contact or copy block, perhaps spaced out to a form's width (联 系 人：, 抄 报：)."""
_COPY_START = regex.compile(r"(?:" + "|".join(rx.spaced(w) for w in rx.lx.COPY_LABELS if len(w) > 1) + r")\s?[:：]")
_ISSUED_LINE = regex.compile(r"[\p{Han}（）()]{2,40}?\s*(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?印\s?发")
"""The 版记's last line after a copy list (XX局办公室   2023年7月12日印发): no recipient."""
_ADDRESS_LABEL = regex.compile(r"(?:地\s?址|邮\s?编|郵\s?編)\s?[:：]")
"""An address on a site's footer line (主办单位：X  地址：Y  邮编：Z), which stays one line."""
_NAME_LABEL_END = regex.compile(r"(?:人|姓名|领导|領導)\p{Han}{0,6}\s?[:：]\p{Han}$")
"""A person's label and the first character of a spaced name (承办人：劉 毅)."""
_CLOSE_GLYPHS = frozenset({"×", "✕", "✖"})
_BULLETS = frozenset("•●▪◆■·")
_MENU_ITEM_MAX = 8
_ASCII_CLOSE = frozenset(")]\"'!?;.")


_GLOSS_THEN_SPACE = regex.compile(PINYIN_GLOSS_BODY + r"[ \t\u3000]+")
"""A pronunciation the cleaner dropped (答復(fù) 費明軒…), then the space that parted two lines."""


_EMPHASIS_AND_SPACE = regex.compile(r"[\s*_]+")


def _is_gap(between: str) -> bool:
    """Whether what the cleaner dropped between two pieces was a space: whitespace, perhaps with a
    pronunciation or Markdown emphasis around it (答复** 龚丽萍委员：)."""
    if not between.strip():
        return True
    return bool(_GLOSS_THEN_SPACE.fullmatch(between) or (_EMPHASIS_AND_SPACE.fullmatch(between) and regex.search(r"\s", between)))


def whitespace_gaps(mapped: MappedText, source: str) -> list[tuple[int, int]]:
    """Where the printed text had whitespace: (end of the text before, start of the text after),
    both cleaned offsets; a space the cleaner kept lies between them."""
    text = mapped.text
    out = []
    for (_, s1, n1), (c2, s2, _) in zip(mapped.pieces, mapped.pieces[1:], strict=False):
        if s2 > s1 + n1 and _is_gap(source[s1 + n1 : s2]):
            out.append((c2, c2))
    for m in regex.finditer(r" +", text):
        out.append(m.span())
    out.sort()
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged



_ISSUER_BEFORE_TITLE = r"(?:\p{Han}{2,30}?(?:" + rx.alternation(rx.lx.ORG_SUFFIXES) + r"))?"
_TITLE_SEGMENT = regex.compile(
    _ISSUER_BEFORE_TITLE + r"(?:关于|關於|对|對|《(?=关于|關於))\S{4,80}?(?:" + rx.alternation(rx.lx.TITLE_ENDINGS) + r")(?:[\[［【(（][^\]］】)）\s]{2,24}[\]］】)）])?"
)
_TITLE_OPENING = regex.compile(_ISSUER_BEFORE_TITLE + r"(?:关于|關於|对|對)")
"""The first words of a title a space broke (X局关于政治协商会议 / …), after an empty 主题词 label."""
_SPACED_ADDRESSEE = regex.compile(rf"(?:{rx.NAME})\s(?:{rx.ROLE})(?=\s?(?:您|你))")
"""A salutation without its colon, its name spaced from its role, before the opening (王立超  委员 您在…)."""


def _inside_brackets(text: str, pos: int) -> bool:
    """True when an opening bracket or title quote shortly before ``pos`` is not closed yet
    (（联系人：XX科 张三…）, 《关于改进垃圾收运 提升…的建议》)."""
    window = text[max(0, pos - 40) : pos]
    for opening, closing in (("（(", "）)"), ("《", "》")):
        opened = max(window.rfind(ch) for ch in opening)
        if opened >= 0 and opened > max(window.rfind(ch) for ch in closing) and any(ch in text[pos : pos + 60] for ch in closing):
            return True
    return False


_COUNTER_LABEL = regex.compile(r"(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問)(?:次数|次數|量|数|數)\s?[:：]$")
_FONT_LABEL = regex.compile(r"(?:字体|字體|字号|字號)\s?[:：]$")
_CLOCK_TIME = regex.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
"""A page's publishing time (发布时间:2023-05-18 10:20), after which the next line starts."""
_CATEGORY_SEGMENT = regex.compile(r"^[（(]?[A-DＡ-Ｄ][)）]?[类類]")
"""The answer category alone between spaces (…的复函 B)类 枫林交函…)."""
_LABELLED_DATE = regex.compile(r"\p{Han}{2,6}\s?[:：]\s?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
_SITE_OWNER = regex.compile(r"(?:网站)?主办\s?[:：]")
_FOOTER_PHONE = regex.compile(r"(?:联系)?电话\s?[:：]")
_LAST_EMPTY_LABEL = regex.compile(r"(?<=[:：])\p{Han}{2,6}\s?[:：]$")
_LISTED_SURNAME = regex.compile(r"\p{Han}{2,4}、\p{Han}$")
"""A list of names whose last one is only a surname before the gap (…孙若兰、马  宁、…)."""
_FIRST_ITEM = regex.compile(r"(?:一是|首先)[，,]?\p{Han}")
"""The first item after a colon (…做好以下两项工作: 一是…): the items stood on lines of their own."""
_LONE_CATEGORY = regex.compile(r"[A-DＡ-Ｄ]")
_CATEGORY_VALUE_END = regex.compile(r"[:：]\s?[A-DＡ-Ｄ]$")
"""A label's answer category (办理结果:B), after which the next line starts."""
_MID_SENTENCE = regex.compile(r"[，,][^。！？!?；;：:]*$")
"""A line so far that has gone past a comma without ending its sentence."""
_OPENING_ENDS = ("如下", "收悉", "已悉")
"""An opening formula that lost its colon (…现将会办意见函告如下 目前，…) still ends its line."""
_DATE_SEGMENT_MAX = 16
_LABEL_REACH = 8
_CONTACT_NAME = regex.compile(r"\p{Han}{2,4}")


def _inside_label(text: str, pos: int, lo: int) -> bool:
    """Whether a spaced label that starts before ``pos`` (and after ``lo``) runs past it."""
    for start in range(lo, pos):
        m = _SPACED_LABEL.match(text, start)
        if m and m.end() > pos:
            return True
    return False


def _holds_letter_lines(text: str, gaps: list[tuple[int, int]]) -> bool:
    """Whether spaces in the line stand where the letter had line breaks: an addressee, a title or
    a date stands between two of them (paragraphs with spaces between sentences have none)."""
    bounds = [0] + [x for a, b in gaps for x in (a, b)] + [len(text)]
    for k in range(0, len(bounds), 2):
        segment = text[bounds[k] : bounds[k + 1]]
        joined = segment + (text[bounds[k + 2] : bounds[k + 3]] if k + 3 < len(bounds) else "")
        if (
            rx.ADDRESSEE.match(segment[:80]) or rx.ORG_ADDRESSEE.fullmatch(segment) or _TITLE_SEGMENT.fullmatch(segment)
            or (len(segment) <= 30 and rx.date_line(segment)) or (_TITLE_SEGMENT.fullmatch(joined) and len(segment) >= 6)
        ):
            return True  # (a title a space broke in two: 关于市政协六届一次会议 第218号提案…)
    return False


def _signed_and_dated(text: str, gaps: list[tuple[int, int]]) -> bool:
    """Whether a body's name and a date stand between spaces one after the other: a short letter's
    signature, flattened with the rest."""
    bounds = [0] + [x for a, b in gaps for x in (a, b)] + [len(text)]
    segments = [text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]
    return any(
        len(one) <= 40 and rx.ORG_LINE.match(one) and len(two) <= 30 and rx.date_line(two)
        for one, two in zip(segments, segments[1:], strict=False)
    )


_RECEIVED_OPENING = regex.compile(r"^[《“][^》”]{4,80}[》”](?:[（(][^）)]{0,20}[)）])?(?:已)?收悉")
"""An opening that names the proposal received, where a letter prints no salutation (《关于…的提案》收悉。)."""
_ADDRESSEE_REACH = 12
"""Segments after a title (a page's info items: • 发布时间 • 来源 • 编辑 打印) the salutation may follow in."""


def _titled_and_addressed(text: str, gaps: list[tuple[int, int]]) -> bool:
    """Whether a reply's title and a salutation stand between spaces one after the other: a short
    letter without a signature, flattened with the rest."""
    bounds = [0] + [x for a, b in gaps for x in (a, b)] + [len(text)]
    segments = [text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]
    for k, one in enumerate(segments):
        pair = one + (segments[k + 1] if k + 1 < len(segments) else "")
        if _TITLE_SEGMENT.fullmatch(one) or (len(one) >= 6 and _TITLE_SEGMENT.fullmatch(pair)):  # (a title a space broke in two)
            return any(
                rx.ADDRESSEE.fullmatch(two) or rx.ORG_ADDRESSEE.fullmatch(two) or _RECEIVED_OPENING.match(two)
                for two in segments[k + 1 : k + 2 + _ADDRESSEE_REACH]
            )
    return False


def _split_flat(mapped: MappedText, source: str) -> list[MappedText] | None:
    """A page or letter flattened onto one line, its lines joined by spaces: cut at every space
    between Chinese text (not inside a breadcrumb, a menu or a one-character widget), once enough
    of them follow a sentence's end to show that the spaces stand for line breaks."""
    text = mapped.text
    if len(text) < _FLAT_MIN:
        return None
    gaps = whitespace_gaps(mapped, source)
    if not gaps:
        return None
    breaks = sum(1 for a, b in gaps if a > 0 and b < len(text) and text[a - 1] in _SENTENCE_END and not text[b].isascii())
    if not _holds_letter_lines(text, gaps) or (breaks < _FLAT_MIN_BREAKS and not _signed_and_dated(text, gaps) and not _titled_and_addressed(text, gaps)):
        return None
    bounds = [0] + [x for a, b in gaps for x in (a, b)] + [len(text)]
    cuts: list[tuple[int, int]] = []
    keywords = data_list = False
    skip_gap = -1
    for k, (a, b) in enumerate(gaps):
        if a == 0 or b >= len(text) or k == skip_gap:
            continue
        if text[b] in _BULLETS and k + 1 < len(gaps) and gaps[k + 1][0] == b + 1:
            item = text[gaps[k + 1][1] : bounds[2 * k + 5]]
            before = text[bounds[2 * k] : a]
            if _TITLE_SEGMENT.fullmatch(before):
                cuts.append((a, b))  # the page's heading, then its bullet items (…的函 • 本站 • 日期)
            after_bullet = bounds[2 * k] == 0 or text[max(0, bounds[2 * k] - 2) : bounds[2 * k]].strip() in _BULLETS
            data_list = data_list or any(
                len(x) > _MENU_ITEM_MAX or regex.search(r"[:：\d]", x) for x in (item, *([before] if after_bullet else []))
            )
            if data_list:
                cuts.append((a, gaps[k + 1][1]))  # a list of page data (• 索引号 • 发布机构 • 日期…), not a menu
                skip_gap = k + 1
            continue
        data_list = False
        left, right = text[a - 1], text[b]
        seg_after_text = text[b : bounds[2 * k + 3]]
        seg_before, seg_after = a - bounds[2 * k], len(seg_after_text)
        if _KEYWORDS_LABEL.match(text[bounds[2 * k] : a]):
            keywords = True
        if keywords and len(seg_after_text) <= _KEYWORD_MAX and not _LABEL_SOON.match(seg_after_text):
            continue  # 主题词：城乡建设 规划 建议 答复 is one line
        keywords = False
        label = page_label_key(text[bounds[2 * k] : a])
        glued = _LAST_EMPTY_LABEL.search(text, bounds[2 * k], a) if label is None else None
        if glued:
            label = page_label_key(glued.group())  # 浏览次数:信息来源: X局: empty labels glued, the last one's value next
        if (
            label is not None and not rx.TITLE_END_WORD.search(seg_after_text) and (label != "doc_number" or rx.DOC_NUMBER.match(seg_after_text))
            and not rx.ADDRESSEE.fullmatch(seg_after_text) and not (label == "subject" and _TITLE_OPENING.match(seg_after_text))
        ):
            continue  # a page's label and its value (发布机构  罗庄区综合行政执法局, 来源: X局 王某代表:…); an empty 文号 is no label of a name
        starts_line = bounds[2 * k] == 0 or bool(cuts and cuts[-1][1] == bounds[2 * k])
        spaced_name = rx.ADDRESSEE.match(text[bounds[2 * k] : bounds[2 * k] + 80]) if seg_before == 1 and starts_line and rx.is_cjk(left) else None
        if spaced_name and len(spaced_name["names"]) <= 3 and not rx.TITLE_END_WORD.search(text[max(0, a - _BEFORE_WINDOW) : a].replace(" ", "")):
            continue  # 韩 松代表：: a name spaced inside (its surname alone before the gap)
        line_start = cuts[-1][1] if cuts else 0
        if _LISTED_SURNAME.search(text, bounds[2 * k], a) and rx.ADDRESSEE.match(regex.sub(r"\s", "", text[line_start:a] + seg_after_text)):
            continue  # 吴长庚、孙若兰、马  宁、谢广田代表: the last of the names listed so far spaced inside
        if (
            rx.ADDRESSEE.match(text[b : b + 80]) or rx.ADDRESSEE.fullmatch(seg_after_text) or _SPACED_ADDRESSEE.match(text, b, b + 40)
            or rx.ORG_ADDRESSEE.fullmatch(text[bounds[2 * k] : a])
        ):
            cuts.append((a, b))
            continue
        if _TITLE_SEGMENT.fullmatch(seg_after_text):
            cuts.append((a, b))  # the letter's title, after a breadcrumb, a 文号 or a date
            continue
        if text.startswith("---", b) or text.endswith("---", 0, a):
            cuts.append((a, b))  # a drawn separator line (------分隔线------)
            continue
        if left in _NAV or right in _NAV:
            continue
        if (_COUNTER_LABEL.search(text, bounds[2 * k], a) and not right.isdigit()) or (
            _FONT_LABEL.search(text, bounds[2 * k], a) and right not in "大中小【[(（"
        ):
            cuts.append((a, b))  # 浏览次数: / 【字体: left without its value: what follows is the page's next line
            continue
        if rx.HEADING.fullmatch(text[bounds[2 * k] : a]) and rx.is_cjk(right):
            continue  # 一、 基本情况: a heading's number spaced from its words
        if rx.HEADING.match(seg_after_text) and seg_before >= 2:
            cuts.append((a, b))  # a numbered heading opens its own line
            continue
        if right == "【" and left != "】":
            cuts.append((a, b))  # a page's 【打印】【关闭】 buttons
            continue
        if _COPY_START.match(text, line_start) and not (
            left in _SENTENCE_END or _SPACED_LABEL.match(text, b) or _LABEL_SOON.match(text[b : b + 12]) or line_noise(seg_after_text) == "chrome"
            or _ISSUED_LINE.match(text, b, b + 80)
        ):
            continue  # recipients of a 抄送 list stand between spaces
        if left in "”’」』" and right in "“‘「『":
            continue  # 关于“A” “B”…等问题: quoted demands listed with a space between
        if _COPY_START.match(text, b) and not _COPY_START.match(text, line_start):
            cuts.append((a, b))  # …联系电话:67129930 抄 报:X Y: a copy list opens its own line
            continue
        if (_ADDRESS_LABEL.match(seg_after_text) and rx.FOOTER_WORD.match(text, line_start)) or (
            _FOOTER_PHONE.match(seg_after_text) and _SITE_OWNER.match(text, line_start)
        ):
            continue  # a site's footer names its owner, phone and address on one line (主办:X 电话:N 地址:…)
        if _NAME_LABEL_END.search(text, bounds[2 * k], a) and rx.is_cjk(right):
            continue  # a name spaced after its label (承办人：劉 毅(小))
        if seg_after_text in _CLOSE_GLYPHS:
            cuts.append((a, b))  # a window's close button (日期 ×)
            continue
        if _ROLE_ONLY.fullmatch(seg_after_text) or (
            _inside_brackets(text, a) and not (is_site_footer(seg_after_text) or line_noise(seg_after_text) == "chrome")
        ):
            continue  # a role after its name; inside brackets, unless the site's footer follows a bracket never closed
        if _SPACED_LABEL.match(text, b) and not _SPACED_LABEL.match(text, bounds[2 * k]):
            if _inside_label(text, b, max(line_start, b - _LABEL_REACH)):
                continue  # 联 系 | 电 话：… is one label, not two
            cuts.append((a, b))  # a spaced label opens its line (联 系 人:…); no cut inside it
            continue
        if (
            left not in _SENTENCE_END and rx.LABEL_LINE.match(text[line_start:a]) and not _COPY_START.match(text[line_start:a])
            and _CONTACT_NAME.fullmatch(seg_after_text) and not rx.ORG_LINE.match(seg_after_text) and line_noise(seg_after_text) is None
        ):
            continue  # a contact row's values (联系单位和联系人及电话：县文旅局 邵明川 6127735)
        widget_end = (
            seg_before < 2 and k > 0 and bounds[2 * k - 1] - bounds[2 * k - 2] < 2 and seg_after >= 2
            and not _LABEL_END.match(seg_after_text)
        )
        if left in "年月" and right.isdigit():
            continue  # a date printed over two lines (2020年 / 6月2日)
        if _LONE_CATEGORY.fullmatch(seg_after_text) and rx.TITLE_END_WORD.search(text, line_start, a):
            cuts.append((a, b))  # the letterhead's category under the title (…的答复 A 公开 X函〔2023〕12号)
            continue
        if (seg_before < 2 or seg_after < 2) and not widget_end or (rx.PHONE.fullmatch(seg_after_text) and not rx.date_line(seg_after_text)):
            continue  # inside a one-character widget (大 中 小), a spaced word (抄 报) or before a phone
        line_so_far = text[line_start:a]
        if right.isascii() and right.isalpha() and _TITLE_SEGMENT.fullmatch(line_so_far):
            cuts.append((a, b))  # a complete title, then a byline or a site's words in Latin letters (admin 于…发表)
            continue
        if (
            _MID_SENTENCE.search(line_so_far) and rx.is_cjk(left) and rx.is_cjk(right) and not rx.HEADING.match(line_so_far)
            and not line_so_far.endswith(_OPENING_ENDS)
            and not (_LABEL_SOON.match(seg_after_text) or rx.date_line(seg_after_text) or rx.ORG_LINE.fullmatch(seg_after_text))
        ):
            continue  # a space inside a sentence (…我局将联合市教 育局…, a PDF's line end pasted): no line break
        left_ok = (
            rx.is_cjk(left) or (not left.isascii() and not left.isalnum()) or left in _ASCII_CLOSE
            or (left in ":：" and (
                text.endswith("如下", 0, a - 1) or bool(rx.HEADING.match(line_so_far)) or line_noise(line_so_far) == "chrome"
                or bool(_FIRST_ITEM.match(seg_after_text))
            ))
        )  # (a colon ends a line after 如下, a heading (一、…,答复为:), a widget's label (分享到:) or before 一是…)
        if left.isascii() and left.isalnum():
            left_ok = (
                (bool(_LABEL_SOON.match(text[b : b + 12])) and rx.is_cjk(right)) or right in "【[" or line_noise(seg_after_text) == "chrome"
                or bool(rx.ORG_LINE.match(seg_after_text) or rx.date_line(seg_after_text))
                or bool(rx.date_line(text[bounds[2 * k] : a]) and (rx.is_cjk(right) or right in _OPEN_PUNCT))
                or bool(_CATEGORY_VALUE_END.search(text, bounds[2 * k], a) and rx.is_cjk(right))
                or bool(_CLOCK_TIME.fullmatch(text, bounds[2 * k], a) and rx.is_cjk(right))
                or bool(_LABELLED_DATE.fullmatch(text, bounds[2 * k], a) and rx.is_cjk(right))  # 归档时间:2023-05-03 X公司对…
            )
        right_ok = (
            rx.is_cjk(right) or right in _OPEN_PUNCT or bool(_CATEGORY_SEGMENT.match(seg_after_text)) or (right.isdigit() and (rx.is_cjk(left) or left in _SENTENCE_END or (left.isdigit() and rx.date_line(seg_after_text))))
            or bool(right.isdigit() and left in "]】)）" and rx.DATE_ISO.match(seg_after_text))
            or bool(right.isdigit() and len(seg_after_text) <= _DATE_SEGMENT_MAX and rx.DATE_ARABIC.fullmatch(seg_after_text))
            or seg_after_text.startswith(("www.", "http://", "https://"))  # the site's address after the heading
            or bool(right.isascii() and right.isalpha() and rx.date_line(text[bounds[2 * k] : a]))  # a date, then the footer's foot_img.png
        )
        if left_ok and right_ok:
            cuts.append((a, b))
    if not cuts:
        return None
    out = []
    pos = 0
    for a, b in cuts:
        out.append(mapped.slice(pos, a).strip(" |｜"))
        pos = b
    last = mapped.slice(pos, len(text)).strip(" |｜")
    out.append(last.slice(0, len(last.text.rstrip(" (（"))))  # (a page cut just after an opening bracket)
    return [p for p in out if p.text]


_KEPT_SPACE = regex.compile(r"(?<=[。！？!?；;]) +")
_SIGNING_GAP = 3
"""Spaces that set a signature or a date apart on the closing's line (…支持。   XX局     2006年10月18日)."""
_DOC_NUMBER_LINE = regex.compile(rf"{rx.DOC_NUMBER.pattern}(?:\s?[（(][A-DＡ-Ｄ甲乙丙丁][1-9]?类?[)）])?")
"""A 文号 alone after the title on its line (…第4626号提案的答复 国办函〔2006〕82号), perhaps with its category."""


def _split_at_gaps(mapped: MappedText, source: str) -> list[MappedText]:
    """Split where the cleaner removed a space that separated two paragraphs: a title followed by
    the addressee, or — in a long line — a sentence's end followed by a wide gap or by the opening
    words of a paragraph (a heading, a marker of the future, thanks, a contact label)."""
    text = mapped.text
    long_line = len(text) >= _MIN_JOINED
    cuts = []
    gaps = [
        (c2, len(source[s1 + n1 : s2]))
        for (_, s1, n1), (c2, s2, _) in zip(mapped.pieces, mapped.pieces[1:], strict=False)
        if s2 > s1 + n1 and _is_gap(source[s1 + n1 : s2])
    ]
    gaps = sorted(gaps + [(m.end(), len(m.group())) for m in _KEPT_SPACE.finditer(text)])  # (。 二、…: a space the cleaner kept)
    for k, (c2, width) in enumerate(gaps):
        if c2 >= len(text) or not ("\u4e00" <= text[c2] <= "\u9fff" or text[c2] in "（(“《" or rx.HEADING.match(text[c2 : c2 + 6])):
            continue
        # bounded windows instead of text[:c2] / text[c2:]: every pattern here has a bounded
        # match length, so the results are the same and a long line stays linear
        after = text[c2 : c2 + _AFTER_WINDOW]
        addressee = rx.ADDRESSEE.match(after)
        segment = text[c2 : gaps[k + 1][0] if k + 1 < len(gaps) else len(text)]
        title_then_addressee = bool(
            (addressee or _TITLE_AFTER_TITLE.match(after) or _DOC_NUMBER_LINE.fullmatch(after.strip()) or rx.ORG_LINE.fullmatch(segment.strip(" |｜")))
            and rx.TITLE_END_WORD.search(text[max(0, c2 - _BEFORE_WINDOW) : c2])
        )  # (…的复函 云岭市石门区退役军人事务局: the issuer's line after the title)
        wide = width >= 2
        before = text[gaps[k - 1][0] if k else 0 : c2].rstrip()
        signing = width >= _SIGNING_GAP and (
            text[c2 - 1] in _SENTENCE_END or (text[c2 - 1] not in "年月" and bool(rx.date_line(segment) or rx.date_line(before)))
        )
        titled = width >= _SIGNING_GAP and bool(_TITLE_SEGMENT.fullmatch(segment.strip())) and not rx.TITLE_END_WORD.search(before)
        # (a page's column name, then far to its right the letter's title: 人大代表建议      关于…的答复)
        labelled = bool(_LABEL_SOON.match(after)) and bool(_TITLE_SEGMENT.fullmatch(before)) and not _LABEL_SOON.match(before)
        dated = bool(_LABELLED_DATE.fullmatch(before)) and bool(_TITLE_SEGMENT.fullmatch(segment.strip()))  # 归档时间:2023-05-03 X对…的答复
        saluted = not k and bool(rx.ORG_ADDRESSEE.fullmatch(before))  # 民进澜沧市委: 贵党提出的…: a body's salutation
        if title_then_addressee or signing or titled or labelled or dated or saluted or (
            long_line and (text[max(0, c2 - 8) : c2].rstrip()[-1:] or " ") in _SENTENCE_END
            and (wide or rx.HEADING.match(after) or rx.PARAGRAPH_OPENER.match(after) or addressee)
        ):
            cuts.append(c2)
    if not cuts:
        return [mapped]
    bounds = [0, *cuts, len(text)]
    return [mapped.slice(a, b).strip() for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
