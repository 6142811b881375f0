"""Regular expressions built once from :mod:`govdoc_nlp.patterns.lexicon`.

Every pattern is linear: bounded repetitions, no nested quantifiers over overlapping classes.
"""

from __future__ import annotations

import regex

from govdoc_nlp.patterns import lexicon as lx


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


class Lazy:
    """A pattern compiled on its first use: for fallback rules most documents never reach, so that
    starting the parser does not pay for them. ``.pattern`` is the source, without compiling."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: regex.Pattern[str] | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self._flags)
        return getattr(self._compiled, name)


def spaced(word: str) -> str:
    """A literal word whose characters may be separated by spaces (`联 系 人`)."""
    return r"\s?".join(regex.escape(ch) for ch in word)


CN_NUM = f"[{lx.CHINESE_NUMERAL_CHARS}]"
CJK = r"\p{Han}"

# ---------------------------------------------------------------- page furniture
PAGE_NUMBER = regex.compile(
    r"^(?:[-—–－_~·•\s]{1,6}\d{1,3}[-—–－_~·•\s]{1,6}|第\s?\d{1,3}\s?页(?:\s?[,，/]?\s?共\s?\d{1,3}\s?页)?"
    r"|共\s?\d{1,3}\s?页\s?第\s?\d{1,3}\s?页|\d{1,3}\s?/\s?\d{1,3}|page\s?\d{1,3}(?:\s?of\s?\d{1,3})?|[-—–－]{0,3}\s?\d{1,3}\s?[-—–－]{0,3}\s?页)$",
    regex.IGNORECASE,
)
CHROME_START = regex.compile(r"^\s*[|｜【\[]?\s*(?:" + alternation(lx.CHROME_LINE_STARTS) + ")")
PIPE_ROW = regex.compile(r"\|\s*\|\s*\||^\s*\|.*\|\s*$")
FOOTER_WORD = regex.compile(alternation(lx.CHROME_FOOTER_WORDS))
PERSON_LABEL = regex.compile(r"联\s?系\s?人|承办人|经办人|聯系人|聯繫人|承辦人|經辦人")
METADATA_WORD = regex.compile(alternation(lx.METADATA_LABELS))
SITE_NAME = regex.compile(r"(?:门户网站|門戶網站|政府网|政府網|网站|網站|信息公开平台|信息公開平台|政务网|政務網)$")
URL_PATH = regex.compile(r"https?://|www\.|/col/|\.s?html?\b|\.jsp\b|\.aspx?\b|index\.|javascript:", regex.IGNORECASE)
RELATED_LINKS = regex.compile(r"^[【\[]?(?:相关阅读|相关链接|相关文章|相关信息|推荐阅读|延伸阅读|热点推荐|相关新闻)[】\]]?[：:]?(?:[*•·]?$|[*•·]\s?\S)")
SITE_OPERATOR = regex.compile(r"^\p{Han}[\p{Han}（）()]{1,30}(?:主办|承办|主辦|承辦)$")
"""A footer's 'XX办公室主办' line."""
TITLE_END_WORD = regex.compile(
    "(?:" + alternation(lx.TITLE_ENDINGS) + r")[）)]?(?:[（(](?:(?:编号|編號|提案号|建议号)[:：]?[^()（）]{1,24}"
    r"|[^()（）]{0,24}第?\s?[A-Za-z]{0,4}\d{1,6}\s?[号號](?:建议|建議|提案|议案|議案)?)[)）])?$"
)
"""A title's last words, perhaps followed by the proposal's code or reference in brackets (…的函(编号:B〔2017〕062号),
…的答复(县十九届人大二次会议第27号建议))."""
BREADCRUMB = regex.compile(r"^\s?\p{Han}{2,6}\s?(?:[›>»＞→/|]\s?[^›>»＞→/|]{2,20}\s?){2,}$")
BREADCRUMB_START = regex.compile(r"^\s?[›>»＞]\s?\p{Han}")
WEB_CHROME_LINE = Lazy("|".join(f"(?:{p})" for p in lx.WEB_CHROME_LINE_PATTERNS))
WEB_CHROME_KEYS = regex.compile(alternation(lx.WEB_CHROME_KEYWORDS))
NAV_WORD = regex.compile(alternation(lx.NAV_WORDS))
SPAM_WORD = regex.compile(alternation(lx.SPAM_WORDS), regex.IGNORECASE)
FONT_SIZE_WIDGET = regex.compile(r"大\s*中\s*小")

# ---------------------------------------------------------------- numbered headings
HEADING = regex.compile(
    r"^(?:"
    rf"(?P<l1>(?P<n1>{CN_NUM}{{1,3}})\s?[、，,．.]\s?)"
    rf"|(?P<l2>[（(]\s?(?P<n2>{CN_NUM}{{1,3}})\s?[）)]\s?[、，,．.]?)"
    r"|(?P<l3>(?P<n3>\d{1,2})\s?(?:[、，,]|[.．](?!\d)|[.．](?=(?:19|20)\d\d(?:年|[-—–~～至到](?:19|20)\d\d年)))\s?)"
    r"|(?P<l4>[（(]\s?(?P<n4>\d{1,2})\s?[）)]\s?[、.．]?)"
    r"|(?P<l4b>(?P<n4b>[①②③④⑤⑥⑦⑧⑨⑩]))"
    r")"
)
PARAGRAPH_OPENER = regex.compile(
    r"^(?:" + alternation(lx.FUTURE_MARKERS) + r")[，,。]|^(?:" + alternation(lx.CLOSING_PHRASES) + ")"
    r"|^(?:联\s?系\s?人|联系电话|主办单位|承办单位|抄\s?送|抄\s?报|附件)[：:]"
)
LABEL_LINE = regex.compile(
    r"^[（(]?(?:联\s?系\s?人|联系电话|联系方式|联系单位|联系科室|联系处室|主办单位|承办单位|协办单位|承办负责人|承办人|经办人|分管领导|主管领导|抄\s?送|抄\s?报|附\s?件|印\s?发|"
    r"聯系人|聯繫人|主辦單位|承辦單位|抄\s?報)"
)
SENTENCE_END = "。！？!?：:；;”"
"""Characters that end a sentence (or a clause introducing a list) at the end of a line."""
FORMAL_ENDER = regex.compile(r"^(?:此致|敬礼|特此答复|专此答复|特此函复|专此函复)[。！!]?$")
STRENGTH_PLANNED = regex.compile(
    f"(?:{alternation(lx.STRENGTH_PLANNED_VERBS)})(?:于|在|到|将|今年|明年|年内|\\d)|{alternation(lx.STRENGTH_PLANNED_WORDS)}"
)
STRENGTH_FIRM = regex.compile(alternation(lx.STRENGTH_FIRM))
STRENGTH_VAGUE = regex.compile(alternation(lx.STRENGTH_VAGUE))
_YEAR_AFTER = regex.compile(r"(?:19|20)\d\d(?:年|[-—–~～至到](?:19|20)\d\d年)")


def heading_match(text: str) -> regex.Match | None:
    """The numbered heading opening ``text`` (一、 （一） 1. （1） ①), or None: a number followed by
    nothing is no heading, nor is ``1.`` followed by more digits (``1.5万``) unless they are a year
    or a span of years (``1.2019年以来``, ``1.2018-2022年``), nor 七、 in 七、八十年代."""
    m = HEADING.match(text)
    if not m:
        return None
    rest = text[m.end() : m.end() + 10]
    if not rest.strip() or (m["l3"] and rest[0].isdigit() and not _YEAR_AFTER.match(rest)) or _DECADES_AFTER.match(rest):
        return None
    return m


_DECADES_AFTER = regex.compile(r"[一二三四五六七八九]十年代")
"""七、八十年代: a span of decades, not heading 七."""


RUN_IN_ITEM = regex.compile(rf"(?:^|[；;。，,：:\s])(?P<marker>(?:{CN_NUM}{{1,2}}是|第{CN_NUM}{{1,2}}[，、:：]|其{CN_NUM}[，、]))")

# ---------------------------------------------------------------- dates
_Y = r"(?P<y>(?:19|20)\d{2})"
_YC = rf"(?P<yc>[{lx.CHINESE_NUMERAL_CHARS}0Oo〇○]{{4}})"
DATE_ARABIC = regex.compile(rf"{_Y}\s?年\s?(?P<m>\d{{1,2}})\s?月\s?(?P<d>\d{{1,2}})\s?[日号]")
DATE_CHINESE = regex.compile(rf"{_YC}\s?年\s?(?P<mc>[{lx.CHINESE_NUMERAL_CHARS}]{{1,3}})\s?月\s?(?P<dc>[{lx.CHINESE_NUMERAL_CHARS}]{{1,4}})\s?日")
DATE_ISO = regex.compile(r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")

# ---------------------------------------------------------------- people and bodies
ROLE = alternation(lx.ADDRESSEE_ROLES)
NAME = rf"(?:\p{{Han}}{{1,8}}(?:[·•・]\p{{Han}}{{1,8}}?){{1,3}}|\p{{Han}}{{2,4}}?|(?<!\p{{Han}})\p{{Han}}(?=(?:代表|委员|委員)[：:])|(?:\p{{Han}}{{3}}){{2,3}}(?=(?:代表|委员|委員)[：:])|\p{{Han}}{{1,2}}(?:XX|xx|X|某某|某|\*{{1,3}})(?![A-Za-z])|\p{{Han}}(?:[ \u3000]{{1,3}}\p{{Han}}){{1,2}}(?=[ \u3000]{{0,3}}(?:{ROLE}|[、，,])))"
"""A person's name: two to four characters, a name with a middle dot, a name spaced out to the
width of three characters (郑  岚), a surname alone right before 代表/委员 and a colon (温代表：), or three-character names whose separator a
scan lost, glued before the role (赵舒琪陈弘毅委员：; ``split_glued_names`` parts them). The last two are
checked against ``lexicon.SURNAMES`` where the names are judged (``is_surname``, ``split_glued_names``)."""
_COUNT = rf"(?:等(?:\d{{1,3}}|{CN_NUM}{{1,3}})?(?:位|名)?|\d{{1,3}}(?:位|名)|{CN_NUM}{{1,3}}(?:位|名))"
ADDRESSEE = regex.compile(
    rf"^(?P<hon>{alternation(lx.HONORIFICS)})?"
    r"(?:(?P<delegation>\p{Han}{2,10}?代表团)\s?)?"
    rf"(?P<names>(?:{NAME}(?:{ROLE})?\s?[、，,]\s?){{0,15}}(?:{NAME}|\*{{2,4}}|[xX×]{{2,4}}))"
    r"(?:[（(](?P<co>\p{Han}{2,4}(?:[、，,]\p{Han}{2,4}){0,9})[)）])?"
    rf"\s?(?P<count>{_COUNT}|[（(]{_COUNT}[)）])?"
    r"(?:(?:政协|人大)\p{Han}{1,8}?(?:县|縣|市|区|區|州|省|旗))?"
    rf"\s?(?P<role>{ROLE})"
    r"(?:[（(][\p{Han}、]{2,20}[)）])?(?:[并及和]附议人)?"
    rf"(?:\s?[，,]?\s?(?P<greet>{alternation(lx.GREETINGS)}))?"
    r"\s?(?P<end>[：:，,！!。]|$)"
)
ADDRESSEE_RUN_ON = regex.compile(
    rf"^(?P<hon>{alternation(lx.HONORIFICS)})?"
    rf"(?P<names>(?:{NAME}\s?[、，,]\s?){{0,15}}{NAME})"
    rf"(?P<count>{_COUNT})?"
    rf"(?P<role>{ROLE})"
    r"(?=在|于|於|提出|领衔|領銜|所提|关于|關於|：|:)"
)
GENERIC_ADDRESSEE = regex.compile(rf"^(?P<hon>{alternation(lx.HONORIFICS)})?(?P<names>各位|诸位|全体|各位尊敬的)(?P<role>{ROLE})\s?(?P<greet>{alternation(lx.GREETINGS)})?\s?(?P<end>[：:，,！!。]|$)")
ORG_ADDRESSEE = regex.compile(
    rf"^(?P<hon>{alternation(lx.HONORIFICS)})?(?P<org>(?:\p{{Han}}|\*{{2,6}})[\p{{Han}}（）()]{{1,30}}?(?:{alternation(lx.ORG_ADDRESSEE_SUFFIXES)})(?:[（(]\p{{Han}}{{2,12}}[)）])?)\s?[：:]$"
)
PARTY_ADDRESSEE = regex.compile(
    rf"^(?P<hon>)(?P<org>(?:{alternation(lx.DEMOCRATIC_PARTIES)})\p{{Han}}{{0,20}}?(?:委员会|委員會|市委|县委|縣委|区委|區委|省委|州委|支部|总支|總支|小组|小組)"
    r"|\p{Han}{1,12}?(?:代委员组|代表组|委员组|联络组|代表小组))$"
)
"""A democratic party's body on its own line without a colon, above the opening (民进澄州市委员会)."""
_BLANK_NAME_ROLES = frozenset({"代表", "委员", "委員"})


def body_addressee(text: str) -> regex.Match | None:
    """A salutation to a body (市教育局：, 县住房和城乡建设局(市政所)：, 民进澄州市委员会), with or without
    its colon: groups ``hon`` and ``org``."""
    return ORG_ADDRESSEE.match(text) or PARTY_ADDRESSEE.match(text) or ORG_ADDRESSEE.match(text.strip() + "：")


def blank_name_role(text: str) -> str | None:
    """The role of a salutation whose name was left blank (a line holding only 委员 or 代表：)."""
    role = text.strip(" ：:")
    return role if role in _BLANK_NAME_ROLES else None
SITE_SIGNATURE = regex.compile(rf"^\p{{Han}}[\p{{Han}}（）()·]{{1,30}}(?:{alternation(lx.ORG_SUFFIXES)})(?:政府|门户|政务)?(?:网站|網站|网)$")
"""A site's name printed where the signature stands (XX厅政府网站): the body it names signs."""
ORG_LINE = regex.compile(rf"^\p{{Han}}[\p{{Han}}（）()·\d]{{1,40}}(?:{alternation(lx.ORG_SUFFIXES)})(?:[（(][\p{{Han}}]{{1,12}}[)）])?$")

# ---------------------------------------------------------------- blocks of the tail
CLOSING = regex.compile(r"^(?:" + alternation(lx.CLOSING_PHRASES) + r")|^(?:最后|再次|在此)[，,]?(?:再次)?(?:衷心)?感谢|(?:特此|专此)(?:答复|函复|复函)[。.]?$")
COPY_LINE = regex.compile(
    r"^(?P<kind>" + "|".join(spaced(w) for w in lx.COPY_LABELS) + r")\s?[:：]\s?(?P<v>.*?)"
    r"(?=\s?(?:联系单位|联系人|联系电话|承办单位|主办单位)\s?[:：]|$)"
)
COLOPHON = regex.compile(
    r"^(?:" + "|".join(spaced(w) for w in lx.COPY_LABELS + lx.COLOPHON_LABELS) + r")\s?[:：]|日\s?印\s?发\s?$|共印\s?\d+\s?份"
)
"""A 版记 line: 抄送/抄报/主题词/校对 labels, or an office and date ending in 印发 (search the whole line)."""
CONTACT_LINE = regex.compile(
    r"^(?:[（(][^()（）:：]{1,10}?(?=联\s?系|聯\s?[系繫])|[（(]?\s?)(?:联\s?系|聯\s?[系繫]|主\s?办\s?单\s?位|主辦單位|承\s?办|承辦|协办单位|協辦單位|会办单位|經辦|经办|办理人|分管|主管|单位负责人|單位負責人|"
    r"电\s?话|電\s?話|办公电话|传\s?真|傳\s?真|邮\s?编|郵\s?編|手\s?机|地\s?址|领导签字|审签|審簽|职\s?务|職\s?務)"
)
DAMAGED_PERSON_LINE = regex.compile(r"^人\s?[:：]\s?(?P<name>\p{Han}{2,4})$")
"""A contact line whose label lost its first characters (联系人： → 人：), as page copies lose them (引号：)."""
ATTACHMENT = regex.compile(r"^(?:附\s?件\s?\d{0,2}|附)\s?[:：]\s?(?P<v>.*)$")
INTENT = regex.compile(alternation(lx.INTENT_VERBS))
PAST_IN_CLAUSE = regex.compile(alternation(lx.PAST_MARKERS))
TRAILER = regex.compile(r"^\[\d{1,2}\]|^注\s?\d{0,2}\s?[:：]|^(?:代表|委员|委員)[^。]{0,12}(?:评价|評價|满意度|滿意度)|^[（(]本文有删减[)）]$|^[（(]此件公开发布[)）]$|^【[^】]{0,40}】|^[（(](?:此件|本件)[^）)]{0,20}[)）]$")
OPENING_CUE = regex.compile(r"收悉|收到|答复如下|答復如下|回复如下|函复如下|复函如下|函告如下|意见如下|答复意见|提出的|提出了|现将|現將|来信|領銜|领衔")
CONTENT_ROW = regex.compile(r"(?:来信|來信|建议|建議|提案|议案|議案|问题|問題|留言|诉求|訴求)?(?:内容|內容)\s?[|｜:：]")
"""A form's row holding the letter or question answered (来信内容 | …建议…): the request, neither the
reply's body nor its title."""
NAME_SPLIT = regex.compile(r"\s?[、，,]\s?")
_GLUED_NAMES = Lazy(rf"(?:[{lx.SURNAMES}]\p{{Han}}{{2}}){{2,3}}")


def is_surname(text: str) -> bool:
    """Whether ``text`` is one common surname (温 in 温代表：)."""
    return len(text) == 1 and text in lx.SURNAMES


def split_glued_names(part: str) -> list[str]:
    """A run of three-character names a lost separator glued together (赵舒琪陈弘毅 → 赵舒琪, 陈弘毅);
    any other part as it is."""
    if len(part) in (6, 9) and _GLUED_NAMES.fullmatch(part):
        return [part[k : k + 3] for k in range(0, len(part), 3)]
    return [part]
ROLE_SUFFIX = regex.compile(rf"(?:{ROLE})$")
NOT_A_NAME = regex.compile(r"您|你|我们|我局|的|了|关于|提出|建议|提案|收悉|答复|现将|研究|各位|诸位|全体|领衔|領銜|附议|附議|联名|聯名|所属|所屬")

# ---------------------------------------------------------------- phones, officials, categories
PHONE = regex.compile(
    r"(?<![\d])(?:"
    r"1[3-9]\d[-—–－─ ]?\d{4}[-—–－─ ]?\d{4}"
    r"|[（(]?0\d{2,3}[)）]?\s?[-—–－─]{0,2}\s?\d{7,8}(?:\s?[-—–－─转]\s?\d{1,5})?"
    r"|\d{7,8}(?:\s?[-—–－─转]\s?\d{1,5})?"
    r"|1[3-9]\d{8}"
    r"|1[3-9]\d\*{4,6}\d{3,4}|1[3-9]\d{5,8}\*{2,6}|1[3-9]\d{2}\*{4}\d{3}"
    r"|1(?=(?:\d{0,9}\*){3})[\d*]{10}"  # a mobile masked anywhere (1*******466)
    r")(?![\d*])"
)
SIGNER_LINE = regex.compile(r"(?:领导|領導|主要)?(?:签\s?发|簽\s?發)\s?(?:人|领导|領導)?\s?[:：]")
SIGNER = regex.compile(r"(?:领导|領導|主要)?(?:签\s?发|簽\s?發)\s?(?:人|领导|領導)?\s?[:：]\s?(?P<name>\p{Han}{2,4}(?:[·•]\p{Han}{1,8})?)")
_CAT = r"(?P<cat>[A-DＡ-Ｄ](?:\s?[1-9])?)"
CATEGORY_LINE = regex.compile(
    rf"^[（(]?\s?(?:(?:答复|办复|辦復|答復|办理|辦理|办理结果|辦理結果|评定)?\s?类\s?别|類\s?別|分\s?类|分\s?類)?\s?[:：]?\s?{_CAT}\s?类?\s?[)）]?\s?(?:同意公开|公开|不予公开|依申请公开)?$"
    rf"|^[（(]?\s?{_CAT}\s?[)）]\s?[类類]$|^[〔【［\[]\s?{_CAT}\s?[〕】］\]]$"
)
CATEGORY_BRACKETED = regex.compile(rf"[号號]\s?[（(\[【［]\s?{_CAT}\s?[)）\]】］]\s?[类類]")
"""A category in brackets before 类, after a 文号 (…5号(B)类)."""
CATEGORY_LABELLED = regex.compile(rf"(?:答复|办复|辦復|答復|办理|辦理|办理结果|辦理結果|评定)?\s?(?:类\s?别|類\s?別)\s?[:：|｜]?\s?{_CAT}(?![A-Za-z0-9])")
CATEGORY_AFTER_NUMBER = regex.compile(rf"号\s?[（(]?\s?{_CAT}\s?类\s?[)）]?|號\s?[（(]?\s?{_CAT}\s?類\s?[)）]?|[（(]\s?{_CAT}\s?类\s?[)）]")
CATEGORY_RESULT = regex.compile(
    rf"(?:办理结果|辦理結果)(?:标注|標注)?\s?[:：]?\s?[（(]?\s?{_CAT}\s?类?\s?[)）]?(?![A-Za-z0-9])|(?:办理情况|辦理情況)\s?[（(]\s?{_CAT}\s?类?\s?[)）]"
    rf"|[〔\[【﹝［]\s?(?:19|20)\d{{2}}\d{{0,4}}\s?[〕\]】﹞］]?\s?\d{{0,4}}\s?号?\s?{_CAT}$"
)
CATEGORY_STANDALONE_CLASS = regex.compile(rf"(?:^|\s){_CAT}\s?类(?:\s|$)")
DISCLOSURE_LINE = regex.compile(rf"^[（(]?(?:公开属性)?\s?[:：]?\s?(?:{alternation(lx.DISCLOSURE_PHRASES)}|公开)[)）]?$")
DISCLOSURE = regex.compile(rf"公开属性\s?[:：]\s?(?P<v>\p{{Han}}{{2,6}})|(?P<w>{alternation(lx.DISCLOSURE_PHRASES)})")
DOC_NUMBER = regex.compile(
    r"(?P<num>\p{Han}{1,14}\s?[〔\[【﹝［(（]\s?(?:19|20)\d{2}\s?[〕\]】﹞］)）]\s?\d{1,5}(?:\s?[-—]\s?\d{1,4})?\s?[号號])"
)

# A paragraph that is a signature date, optionally after the signing body (`XX局 2023年5月8日`),
# with dropped glyphs (`2020824`, `202373日`) and truncated years (`2023年`).
DATE_LINE = regex.compile(
    r"^(?P<org>.{0,40}?)\s?(?P<date>(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号]"
    rf"|[{lx.CHINESE_NUMERAL_CHARS}0Oo〇○]{{4}}\s?年\s?[{lx.CHINESE_NUMERAL_CHARS}]{{1,3}}\s?月\s?[{lx.CHINESE_NUMERAL_CHARS}]{{1,4}}\s?日"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|20\d{4,6}日?|20\d{2}\s\d{3,4}|20\d{2}\d{1,2}月\d{1,2}日?|20\d{2}\s?月\s?\d{1,2}\s?月\s?\d{1,2}\s?日|20\d{2}\s?年\s?\d{1,2}月?\d{0,2}日?|(?:19|20)\d{2}\s?年"
    rf"|[{lx.CHINESE_NUMERAL_CHARS}0Oo〇○]{{4}}\s?年)\s?$"
)


def date_line(text: str) -> regex.Match | None:
    """The match of a date-line paragraph (groups ``org`` and ``date``), or None."""
    if len(text) > 60:
        return None
    m = DATE_LINE.match(text)
    if not m:
        return None
    org = m["org"].strip()
    if org and not ORG_LINE.match(org):
        return None
    return m


def is_cjk(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extension A, compatibility ideographs)."""
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


PAGE_DATA_WORD = regex.compile(alternation(lx.PAGE_DATA_WORDS))
# Confidence shape checks (extract/confidence.py).
CATEGORY_CUE = regex.compile(r"(?:答复|办复|办理|答覆|答復)?類?类别|[（(]?[ABC][类類][)）]?|办理结果\s?[:：]")
TITLE_CHROME = regex.compile("|".join(regex.escape(w) for w in lx.TITLE_CHROME) + r"|^\d|\d[/-]\d")
# A session whose ordinal was lost (第十八届人大次会议) or whose 中国人民 was cut (政治协商会议…).
SESSION_LOST = regex.compile(rf"(?:届|人大|政协)次会议|^政治协商|^[^\p{{Han}}\d第]|[^{lx.CHINESE_NUMERAL_CHARS}\d]届[^{lx.CHINESE_NUMERAL_CHARS}\d人政]")
PROPOSAL_QUOTED = regex.compile(r"关于[^。，；]{4,80}?的(?:建议|提案|议案)|關於[^。，；]{4,80}?的(?:建議|提案|議案)")
PHONE_LIKE = regex.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}[-－ ]?\d{7,8}|\d{7,8})(?!\d)")
DATE_LIKE = regex.compile(rf"[\d{lx.CHINESE_NUMERAL_CHARS}〇○Oo]{{4}}\s?年\s?[\d{lx.CHINESE_NUMERAL_CHARS}]{{1,2}}\s?月\s?[\d{lx.CHINESE_NUMERAL_CHARS}]{{1,3}}\s?日")
HANDLED_BY = regex.compile(r"(?:此件|本件|该件|此提案|此建议)由(?P<org>\p{Han}[\p{Han}（）()]{1,30}?)(?:主办|负责|牵头)?办理")
"""A letter's own line naming the body that handled it (此件由市水利局办理，联系人…，电话…)."""
# Characters lost in a crawl: a year glued to its month (20246月), a 届 or 次 without its ordinal.
LOST_CHARS = regex.compile(r"(?<!\d)(?:19|20)\d{3,4}月|(?:届|人大|政协)次会议")
CONTACT_PHONE = regex.compile(r"(?:电话|電話|联系方式|聯繫方式|手机|手機)[^\d\n]{0,8}(?:1[3-9]\d{9}|0\d{2,3}[-－ ]?\d{7,8}|\d{7,8})(?!\d)")


def unclosed_quotes(text: str, pairs: dict[str, str]) -> list[str]:
    """The closing marks still owed at the end of ``text`` for the quotes of ``pairs`` (opening →
    closing) opened in it, innermost last: empty when every quote is closed."""
    closing: list[str] = []
    for ch in text:
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in pairs:
            closing.append(pairs[ch])
    return closing


def is_subsequence(short: str, long: str) -> bool:
    """True when ``short`` reads in order inside ``long`` (characters may stand between)."""
    it = iter(long)
    return all(ch in it for ch in short)
