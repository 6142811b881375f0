"""Web-page boilerplate as data: tags, class/id hints and phrases, compiled once.

Everything the HTML loader needs to recognise site chrome lives here so that a new site's quirks
are a one-line change. Patterns are matched against a line with its whitespace collapsed.
"""

from __future__ import annotations

import regex

from govdoc_nlp.patterns import compiled

# Elements dropped with their whole subtree before anything else.
DROP_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe",
        "object", "embed", "select", "option", "button", "input", "textarea", "form", "svg", "canvas",
        "map", "audio", "video", "head", "title", "link",
    }
)

# class/id tokens (split on space, '-' and '_', lowercased) that mark chrome containers.
CHROME_TOKENS: frozenset[str] = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
        "location", "position", "weizhi", "dqwz", "share", "bdshare", "fenxiang", "fx", "footer", "foot",
        "copyright", "banquan", "topbar", "toolbar", "tools", "tool", "ewm", "qr", "qrcode", "erweima",
        "prevnext", "prenext", "sxp", "sxy", "pn", "fy", "related", "xgxw", "xglj", "relevant", "sidebar",
        "skip", "search", "login", "logo", "wza", "print", "fj", "attachment", "comment", "comments",
    }
)
# Substrings that mark chrome when they appear anywhere in a class/id value.
CHROME_SUBSTRINGS: tuple[str, ...] = ("breadcrumb", "copyright", "footer", "navbar", "sharebox", "bdshare")

# class/id substrings of containers that usually hold the article (lowercased).
CONTENT_HINTS: tuple[str, ...] = (
    "ucap-content", "trs_editor", "trs_editor", "zoom", "fontzoom", "content", "article", "art-con", "con_text",
    "contxt", "context", "zw", "text", "detail", "wenzhang", "main-txt", "maintxt", "neirong", "news_con",
)

# Label cells of pages that publish a reply as a form (标题 | …, 正文 | …, 答复单位 | …): the label
# is dropped so that the value reads like the letter's own line.
FIELD_LABEL_CELLS: frozenset[str] = frozenset(
    {"标题", "题目", "名称", "正文", "内容", "答复内容", "答复正文", "答复单位", "办理单位", "答复日期", "办理日期", "答复时间", "落款单位", "落款日期"}
)

# Block-level tags: each starts and ends a line.
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody",
        "thead", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "section", "article", "main",
        "center", "address", "figure", "figcaption", "hr", "body", "html", "fieldset", "legend", "details",
        "summary",
    }
)

# Words that say a text block is (part of) a reply letter.
REPLY_CUES = regex.compile(r"收悉|答复如下|回复如下|复函如下|代表|委员|的答复|的回复|的复函|建议|提案")

# A whole line that is site chrome: the shared list in govdoc_nlp.patterns (text copies of web
# pages are cleaned with the same one).
CHROME_LINE = compiled.WEB_CHROME_LINE

# Info-line labels: a short line carrying two or more of these is the article's info bar.
INFO_LABELS = regex.compile(
    r"发布时间|发布日期|编稿时间|来源\s*[:：]|信息来源|浏览次数|浏览量|点击量|点击数|访问次数|阅读次数|作者\s*[:：]|字号|时间\s*[:：]"
)

# Metadata-table labels: a line carrying two or more of them (or one of the unambiguous ones in a
# short line) is the page's metadata table flattened to text.
METADATA_TABLE_LABELS = regex.compile(
    r"(?:索\s*引\s*号|发布机构|发布日期|(?<![\p{Han}])文\s*号|主题分类|公开方式|公开范围|公开时限|有\s*效\s*性|信息分类|"
    r"生效日期|废止日期|信息名称|关\s*键\s*词|体裁分类|组配分类|服务对象分类)\s*[:：]"
)
METADATA_UNAMBIGUOUS = regex.compile(r"^[|｜\s]*(索\s*引\s*号|主题分类|公开方式|公开范围|有\s*效\s*性|信息分类|体裁分类)\s*[:：]")

# A page's buttons and counters glued after the info bar's last value (来源:交通局打印 / 浏览量:10).
PAGE_BUTTONS = regex.compile(r"[【\[]?(?:打印|关闭|收藏|分享|浏览|点击|字号|文字大小|字体大小|背景色)")

# Strong marks of a site footer; lines next to them with the weak marks are footer too.
FOOTER_STRONG = regex.compile(r"ICP备|公网安备|网站标识码|版权所有|Copyright|©|网站地图|技术支持\s*[:：]")
FOOTER_WEAK = regex.compile(r"主办单位|承办单位|主办\s*[:：]|承办\s*[:：]|联系电话|联系我们|地址\s*[:：]|邮编\s*[:：]|维护单位")

# Page metadata labels → metadata key. Labels are matched whitespace-insensitively; the short
# forms cover pages that lost the first character of every label (`引号:` / `号:` / `称:`).
META_LABELS: dict[str, tuple[str, ...]] = {
    "index_no": ("索引号", "引号"),
    "publisher": ("发布机构", "布机构", "发文机关", "文机关", "发布机关", "布机关", "发布单位", "信息来源", "文章来源", "来源"),
    "published": ("发布日期", "布日期", "发布时间", "布时间", "公开日期", "开日期", "时间", "日期"),
    "written": ("成文日期", "文日期"),
    "catalogued": ("著录日期", "录日期"),
    "doc_number": ("发文字号", "文字号", "文号", "号"),
    "subject": ("主题分类", "题分类", "信息分类", "息分类", "主题词", "题词"),
    "title": ("信息名称", "息名称", "标题", "名称", "称", "中文名"),
    "response_category": ("答复类别", "办复类别", "办理类别", "办理结果类别", "办理结果"),
}
# Labels that only count as a whole table cell / bold label (too short to search in free text).
META_CELL_ONLY: frozenset[str] = frozenset({"号", "称", "引号", "来源", "标题", "名称", "题词", "时间", "日期"})

# <meta name=…> keys (lowercased) → metadata key.
META_TAGS: dict[str, str] = {
    "pubdate": "published",
    "publishdate": "published",
    "firstpublishedtime": "published",
    "published_time": "published",
    "article:published_time": "published",
    "articletitle": "title_hint",
    "contentsource": "publisher",
    "source": "publisher",
    "og:url": "url",
    "url": "url",
}

# <title> separators between the article title and the site name.
TITLE_SEPARATORS = regex.compile(r"\s*(?:_|\||｜|—{1,2}|--|\s-\s|-(?=[^-]*(?:政府|网|门户|局|厅|委|办)\s*$))\s*")

# A 发文字号 such as 江交建〔2024〕63号 (brackets vary).
DOC_NUMBER = regex.compile(r"[\p{Han}A-Za-z]{1,16}\s*[〔\[［(（【﹝]\s*\d{4}\s*[〕\]］)）】﹞]\s*第?\s*\d{1,5}\s*号")
