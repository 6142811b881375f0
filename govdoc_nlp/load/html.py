"""HTML loader: a saved government web page (or a bare fragment of one) → the reply's lines.

Steps: decode (BOM, declared charset, content sniffing) → parse with lxml.html → read page
metadata → drop chrome subtrees → pick the content container (the deepest element holding most of
the running text, weighted towards reply cues) → one Line per block (p, div with text, li, h1–h6,
table row; ``<br>`` splits, inline spans join) → mark leftover chrome lines → add the page title in
front when the content does not start with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import regex
from lxml import etree
from lxml import html as lxml_html

from govdoc_nlp.errors import UnreadableInputError
from govdoc_nlp.load.base import LoadedDocument, PageInfo
from govdoc_nlp.load.encoding import decode_text
from govdoc_nlp.load.html_chrome import (
    BLOCK_TAGS,
    CHROME_LINE,
    CHROME_SUBSTRINGS,
    CHROME_TOKENS,
    CONTENT_HINTS,
    DROP_TAGS,
    FIELD_LABEL_CELLS,
    FOOTER_STRONG,
    FOOTER_WEAK,
    INFO_LABELS,
    METADATA_TABLE_LABELS,
    METADATA_UNAMBIGUOUS,
    REPLY_CUES,
)
from govdoc_nlp.load.html_meta import declared_charset, page_metadata, strip_doc_number
from govdoc_nlp.load.options import LoadOptions
from govdoc_nlp.patterns import compiled

_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\xa0\u2002\u2003\u2009\u200b\ufeff]+")
_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201d"
_NEWLINE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\r\n\f\v]*\n[ \t\r\n\f\v]*(?=[{_CJK}])")
_SENTENCE_PUNCT = re.compile(r"[。，；！？、]")
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(pt|px|em|rem)?", re.I)
_ALIGN_CENTER = re.compile(r"text-align\s*:\s*center", re.I)
_TOKEN_SPLIT = re.compile(r"[\s\-_]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_TITLE_CLASS = re.compile(r"title|biaoti|^bt$|^tit$|headline", re.I)
_HEADINGS = ("h1", "h2", "h3")
_DEEP = 200
"""Nesting depth past which a page is read without its structure (real pages stay under 20;
libxml2 silently drops what lies past 255 levels, the walker recurses once per level)."""
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_FLAT_KEEP = frozenset({"html", "head", "title", "meta", "body", "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "noscript", "template"})
_XML_SPACE_CONTROLS = re.compile(r"[\x0b\x0c]")
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class _Block:
    """One emitted line while walking the tree."""

    parts: list[str] = field(default_factory=list)
    element: Any = None
    link_chars: int = 0
    font_size: float | None = None
    centered: bool = False


@dataclass
class _RawLine:
    text: str
    element: Any
    link_chars: int
    font_size: float | None
    centered: bool
    role: str | None = None


def decode_html(data: bytes) -> tuple[str, str]:
    """Text and encoding of an HTML page: BOM, then the declared charset, then content sniffing."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data)
    declared = declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_text(data, declared=declared)


def _classes(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _is_chrome_container(el: Any) -> bool:
    value = _classes(el).strip()
    if not value:
        return False
    tokens = set(_TOKEN_SPLIT.split(value))
    if tokens & CHROME_TOKENS:
        return True
    return any(s in value for s in CHROME_SUBSTRINGS)


def _content_hint(el: Any) -> bool:
    value = _classes(el)
    return any(h in value for h in CONTENT_HINTS)


def _drop_chrome(root: Any) -> None:
    """Remove comments, scripts, navigation, footers and chrome-classed containers in place."""
    doomed = []
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):  # comments, processing instructions
            doomed.append(el)
            continue
        tag = tag.lower()
        if tag in DROP_TAGS:
            if tag == "header" and el.find(".//h1") is not None:
                continue
            doomed.append(el)
        elif tag == "meta":
            doomed.append(el)
        elif tag not in ("body", "html") and _is_chrome_container(el):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text


def _style_font_size(style: str) -> float | None:
    m = _FONT_SIZE.search(style)
    if not m:
        return None
    try:
        value = float(m.group(1))
    except ValueError:  # a malformed number such as "1..2"
        return None
    unit = (m.group(2) or "px").lower()
    if unit == "px":
        return round(value * 0.75, 1)
    if unit in ("em", "rem"):
        return round(value * 12, 1)
    return value


def _is_centered(el: Any) -> bool:
    if el.tag == "center" or (el.get("align") or "").lower() == "center":
        return True
    return bool(_ALIGN_CENTER.search(el.get("style") or ""))


def xml_safe(text: str) -> str:
    """The text without characters lxml refuses in a tree (C0 controls but tab and newlines, lone
    surrogates, U+FFFE/U+FFFF); vertical tab and form feed become spaces, as they read."""
    text = _XML_SPACE_CONTROLS.sub(" ", text)
    return _XML_FORBIDDEN.sub("", text)


def _xml_safe_tree(root: Any) -> None:
    """Clean text that character references put into the tree (``&#xfffe;``, ``&#11;``): lxml
    refuses such text when a dropped element's tail is moved."""
    for el in root.iter():
        if isinstance(el.tag, str) and _xml_unsafe(el.text):
            el.text = xml_safe(el.text)
        if _xml_unsafe(el.tail):
            el.tail = xml_safe(el.tail)


def _xml_unsafe(text: str | None) -> bool:
    return bool(text) and bool(_XML_FORBIDDEN.search(text) or _XML_SPACE_CONTROLS.search(text))


def _depth(root: Any) -> int:
    """How deep the tree nests (the root is level 0)."""
    levels = {root: 0}
    deepest = 0
    for el in root.iterdescendants():
        level = levels[el.getparent()] + 1
        levels[el] = level
        deepest = max(deepest, level)
    return deepest


def _flat_tag(m: re.Match[str]) -> str:
    name = m.group(2).lower()
    if name in _FLAT_KEEP:
        return m.group(0)
    return "<br>" if name in BLOCK_TAGS or name in DROP_TAGS else ""


def _flatten(source: str) -> str:
    """The page with every tag but paragraphs, headings, line breaks and the head's removed (block
    tags become line breaks): nothing left to nest, every text kept."""
    return _ANY_TAG.sub(_flat_tag, source)


def _clean_text(text: str) -> str:
    text = _NEWLINE_BETWEEN_CJK.sub("", text)
    return _SPACE_RUN.sub(" ", text).strip(" \u3000")


class _Walker:
    """Depth-first walk that turns a subtree into lines."""

    def __init__(self) -> None:
        self.lines: list[_RawLine] = []
        self.block = _Block()

    def flush(self) -> None:
        b = self.block
        text = _clean_text("".join(b.parts))
        if text:
            self.lines.append(_RawLine(text, b.element, b.link_chars, b.font_size, b.centered))
        self.block = _Block(element=b.element, centered=b.centered)

    def start_block(self, el: Any, centered: bool) -> None:
        self.flush()
        self.block = _Block(element=el, centered=centered)

    def walk(self, el: Any, centered: bool = False, in_link: bool = False) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "br":
            self.flush()
            return
        if tag == "pre":
            # preformatted text keeps its own line breaks: one line each
            self.start_block(el, centered)
            for part in el.text_content().splitlines():
                self.block.parts.append(part)
                self.flush()
            self.block = _Block(element=el.getparent(), centered=False)
            return
        is_block = tag in BLOCK_TAGS
        centered = centered or _is_centered(el)
        if tag == "tr" and self._flat_row(el):
            self.start_block(el, centered)
            cells = [c for c in el if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            texts = [_clean_text(c.text_content()) for c in cells]
            if len(texts) == 2 and regex.sub(r"\s|[:：]", "", texts[0]) in FIELD_LABEL_CELLS:
                texts = texts[1:]  # a labelled form: 标题 | 关于…的答复, 答复单位 | XX局
            self.block.parts.append(" ".join(t for t in texts if t))
            self.flush()
            return
        if tag in ("td", "th") and regex.sub(r"\s|[:：]", "", el.text_content()) in FIELD_LABEL_CELLS:
            return  # the label cell beside a multi-paragraph 正文 cell
        if is_block:
            self.start_block(el, centered)
        size = _style_font_size(el.get("style") or "")
        if size is None and tag in ("h1", "h2"):
            size = 18.0 if tag == "h1" else 16.0
        if size is not None and (self.block.font_size is None or size > self.block.font_size):
            if el.text and el.text.strip() or len(el):
                self.block.font_size = size
        link = in_link or tag == "a"
        if el.text:
            self.block.parts.append(el.text)
            if link:
                self.block.link_chars += len(el.text.strip())
        for child in el:
            if isinstance(child.tag, str):
                self.walk(child, centered, link)
            if child.tail:
                self.block.parts.append(child.tail)
                if link:
                    self.block.link_chars += len(child.tail.strip())
        if is_block:
            self.flush()
            self.block = _Block(element=el.getparent(), centered=False)

    @staticmethod
    def _flat_row(tr: Any) -> bool:
        """A table row read as one line: cells without inner blocks, or a row of short cells that
        each hold one paragraph (a contact block pasted from Word)."""
        cells = [c for c in tr if isinstance(c.tag, str)]
        short_cells = len(cells) >= 2 and all(len(_clean_text(c.text_content())) <= 40 for c in cells)
        for cell in cells:
            blocks = [
                sub for sub in cell.iter()
                if sub is not cell and isinstance(sub.tag, str) and sub.tag.lower() in ("p", "div", "br", "table", "li", "h1", "h2", "h3", "h4")
            ]
            if blocks and not (short_cells and len(blocks) == 1 and blocks[0].tag.lower() in ("p", "div")):
                return False
        return True


def _lines_of(el: Any) -> list[_RawLine]:
    walker = _Walker()
    walker.walk(el)
    walker.flush()
    return walker.lines


def _weight(line: _RawLine) -> float:
    """How much a line looks like running text of a letter (0 for links, titles, labels)."""
    n = len(line.text)
    if n < 12 or line.link_chars > 0.3 * n or not _SENTENCE_PUNCT.search(line.text):
        return 0.0
    if CHROME_LINE.search(line.text):
        return 0.0
    w = float(n)
    if REPLY_CUES.search(line.text):
        w *= 3
    return w


def _ancestors_map(lines: list[_RawLine]) -> tuple[dict[Any, float], dict[Any, int]]:
    """Mass of running text and number of lines under each element, from the emitting elements.

    Keyed by the element itself: lxml keeps one proxy per node while it is referenced, whereas
    ``id()`` of a transient proxy can be reused."""
    mass: dict[Any, float] = {}
    counts: dict[Any, int] = {}
    for line in lines:
        w = _weight(line)
        if line.element is None:
            continue
        el = line.element
        while el is not None:
            mass[el] = mass.get(el, 0.0) + w
            counts[el] = counts.get(el, 0) + 1
            el = el.getparent()
    return mass, counts


def _find_container(body: Any, lines: list[_RawLine]) -> tuple[Any, float]:
    """The deepest element holding at least 80% of the running text (and its share of the total)."""
    mass, counts = _ancestors_map(lines)
    total = mass.get(body, 0.0)
    if total <= 0:
        hinted = [el for el in body.iter() if isinstance(el.tag, str) and _content_hint(el)]
        return (hinted[0] if hinted else None), 0.0
    node = body
    while True:
        best = None
        for child in node:
            # never descend into an element that emits a single line: the letter's short lines
            # (addressee, signature, date) are its siblings
            if isinstance(child.tag, str) and mass.get(child, 0.0) >= 0.8 * total and counts.get(child, 0) >= 2:
                best = child
                break
        if best is None:
            break
        node = best
    return _widen_to_tail(node, body), total


_TAIL_EXTRA_LINES = 8
_TAIL_EXTRA_CHARS = 240


def _widen_to_tail(node: Any, body: Any) -> Any:
    """Climb from the chosen container while its parent adds only a few short lines that are not
    site chrome: a letter's signature, date or contact lines often sit beside its main block."""
    inside = len(_lines_of(node))
    while node is not body and node.getparent() is not None:
        parent = node.getparent()
        lines = _lines_of(parent)
        extra = len(lines) - inside
        added = [ln for ln in lines if ln.element is not None and not _is_within(ln.element, node)]
        if extra > _TAIL_EXTRA_LINES or sum(len(ln.text) for ln in added) > _TAIL_EXTRA_CHARS:
            break
        if any(CHROME_LINE.search(ln.text) or INFO_LABELS.search(ln.text) or ln.link_chars for ln in added):
            break
        node, inside = parent, len(lines)
    return node


def _tail_after(container: Any, body: Any, levels: int = 2) -> list[_RawLine]:
    """Lines of the letter's end set in blocks after the main one (a right-aligned signature and
    date, a contact paragraph): following siblings, up to ``levels`` ancestors up, taken while every
    line of a sibling reads like a signature, date, contact, 抄送 or attachment line."""
    out: list[_RawLine] = []
    node = container
    for _ in range(levels):
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            lines = _lines_of(sib)
            if not lines:
                continue
            if all(_letter_tail_line(ln.text) for ln in lines):
                out.extend(lines)
                continue
            return out
        node = node.getparent()
        if node is None or node is body:
            break
    return out


def _letter_tail_line(text: str) -> bool:
    t = regex.sub(r"\s", "", text)
    if not t or CHROME_LINE.search(t) or FOOTER_STRONG.search(t) or len(t) > 80:
        return False
    return bool(
        compiled.date_line(t)
        or (len(t) <= 30 and compiled.ORG_LINE.match(t))
        or compiled.LABEL_LINE.match(t)
        or compiled.CONTACT_LINE.match(t)
        or compiled.COLOPHON.search(t)
        or compiled.ATTACHMENT.match(t)
    )


def _is_within(el: Any, ancestor: Any) -> bool:
    while el is not None:
        if el is ancestor:
            return True
        el = el.getparent()
    return False


def _mark_roles(lines: list[_RawLine]) -> None:
    """Give chrome / metadata / footer lines inside the content their role."""
    for line in lines:
        t = line.text
        if CHROME_LINE.search(t):
            line.role = "chrome"
        elif len(t) <= 160 and not t.endswith("。") and (
            len(INFO_LABELS.findall(t)) >= 2
            or len(METADATA_TABLE_LABELS.findall(t)) >= 2
            or (len(t) <= 60 and METADATA_UNAMBIGUOUS.search(t))
        ):
            line.role = "metadata"
    # A footer block: the first strong footer mark, with weak-marked lines just before it.
    for i, line in enumerate(lines):
        if FOOTER_STRONG.search(line.text):
            j = i - 1
            while j >= 0 and FOOTER_WEAK.search(lines[j].text) and len(lines[j].text) < 160 and i - j <= 3:
                lines[j].role = "chrome"
                j -= 1
            for k in range(i, len(lines)):
                if FOOTER_STRONG.search(lines[k].text) or FOOTER_WEAK.search(lines[k].text):
                    lines[k].role = "chrome"
            break


def _squash(text: str) -> str:
    return regex.sub(r"[\s\u3000]+", "", text)


def _title_element(body: Any, container: Any) -> Any:
    """The heading or title-classed element closest before the content container."""
    if container is None:
        return None
    found = None
    for el in body.iter():
        if el is container:
            break
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in _HEADINGS or (tag in ("div", "p", "span", "td", "strong") and _TITLE_CLASS.search(_classes(el).strip())):
            text = _clean_text(el.text_content())
            if 4 <= len(text) <= 150 and not CHROME_LINE.search(text):
                found = (el, text)
    if found is None:
        return None
    # a title-classed element inside the container's ancestors chain only counts if it precedes it
    return found


def _title_present(title: str, lines: list[_RawLine]) -> bool:
    target = _squash(title)
    head = [_squash(line.text) for line in lines if line.role in (None, "title")][:6]
    joined = ""
    for h in head:
        joined += h
        if target in joined or joined.startswith(target):
            return True
        if not target.startswith(joined):
            joined = ""
    return any(target in h for h in head)


def _mark_leading_title(lines: list[_RawLine]) -> None:
    """Leading centered lines in the largest font are the title (fragments carry it in the content)."""
    sizes = [line.font_size for line in lines if line.font_size]
    if not sizes:
        return
    biggest = max(sizes)
    body_sizes = sorted(sizes)
    if biggest <= body_sizes[len(body_sizes) // 2] and len(set(sizes)) == 1 and len(sizes) > 3:
        return
    for line in lines[:4]:
        if line.role is not None:
            continue
        if line.centered and line.font_size == biggest and biggest >= 14:
            line.role = "title"
        else:
            break


def load_html(data: bytes, *, path: str | None = None, options: LoadOptions | None = None) -> LoadedDocument:
    """Load a web page or HTML fragment: the reply's paragraphs as lines, page metadata aside."""
    text, encoding = decode_html(data)
    warnings: list[tuple[str, str]] = []
    source = xml_safe(_XML_DECL.sub("", text, count=1))
    if not source.strip():
        raise UnreadableInputError("HTML page is empty", path=path)
    try:
        root = lxml_html.document_fromstring(source)
        depth = _depth(root)
        if depth > _DEEP:
            root = lxml_html.document_fromstring(_flatten(source))
            warnings.append(("deep_nesting", f"HTML elements nest {depth}+ levels deep: the page was read without its layout"))
            if _depth(root) > _DEEP:
                raise UnreadableInputError(f"HTML elements nest more than {_DEEP} levels deep", path=path)
        _xml_safe_tree(root)
    except UnreadableInputError:
        raise
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableInputError(f"cannot parse HTML: {exc}", path=path) from exc
    metadata = page_metadata(root, text[:200_000])
    _drop_chrome(root)
    body = root.find("body")
    if body is None:
        body = root
    all_lines = _lines_of(body)
    container, mass = _find_container(body, all_lines)
    if container is None:
        lines: list[_RawLine] = []
    elif container is body:
        lines = all_lines
    else:
        lines = _lines_of(container) + _tail_after(container, body)
    _mark_roles(lines)
    if mass <= 0:
        warnings.append(("no_content", "no running text found in the page (no paragraph of a reply)"))
    elif not any(REPLY_CUES.search(line.text) for line in lines if line.role is None):
        warnings.append(("no_content", "the page's main text has no sign of a reply (收悉/答复/代表/委员/建议/提案)"))
    _mark_leading_title(lines)

    title_lines: list[_RawLine] = []
    found = _title_element(body, container) if container is not None and container is not body else None
    title_text = found[1] if found else None
    if title_text is None and metadata.get("title_hint") and REPLY_CUES.search(metadata["title_hint"]):
        title_text = metadata["title_hint"]
    if title_text and lines:
        title, number = strip_doc_number(title_text)
        if not _title_present(title, lines):
            title_lines.append(_RawLine(title, None, 0, None, True, role="title"))
            if number and not any(_squash(line.text) == number for line in lines[:6]):
                title_lines.append(_RawLine(number, None, 0, None, True))
        if number:
            metadata.setdefault("doc_number", number)
    lines = title_lines + lines

    texts = [line.text for line in lines]
    hints = [
        {
            "page": 1,
            "paragraph_start": True,
            "role": line.role,
            "centered": line.centered or None,
            "font_size": line.font_size,
        }
        for line in lines
    ]
    doc = LoadedDocument.from_lines(
        texts,
        format="html",
        hints=hints,
        encoding=encoding,
        pages=[PageInfo(number=1, method="text", chars=sum(len(t) for t in texts))],
        metadata=metadata,
        warnings=warnings,
        one_paragraph_per_line=True,
    )
    return doc
