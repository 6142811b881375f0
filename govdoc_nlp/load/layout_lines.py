"""Rebuild lines and paragraph hints from positioned text (PDF characters or OCR boxes).

Shared by the PDF text layer, OCR of scanned pages and images: anything that yields pieces of
text with boxes (top-left origin) goes through :func:`group_lines` (pieces → visual lines, in
reading order) and :func:`annotate` (page numbers, running headers/footers, title, banner,
colophon, paragraph starts).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from govdoc_nlp.load.base import BBox, LoadedDocument

# --- patterns (data in one place) -------------------------------------------------------------

PAGE_NUMBER_PATTERNS = [
    re.compile(r"^[-—–－―~～一_\s]*\d{1,4}[-—–－―~～一_\s]*$"),  # — 3 —, - 3 -, 3
    re.compile(r"^第\s*\d{1,4}\s*页\s*[,，/、]?\s*(共\s*\d{1,4}\s*页)?$"),  # 第3页 共5页
    re.compile(r"^(共\s*\d{1,4}\s*页\s*[,，/、]?\s*)?第\s*\d{1,4}\s*页$"),
    re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$"),  # 3/5
    re.compile(r"^(page|p\.)\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.I),
]
NUMBERED_HEADING = re.compile(
    r"^\s*(第[一二三四五六七八九十百零〇]+[条章节部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]"
    r"|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])"
)
COLOPHON_START = re.compile(r"^\s*(抄\s*送|抄\s*报|分\s*送|印\s*发)\s*[:：]|日\s*印\s*发\s*$")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf\u201c\u201d\u2018\u2019\u2014\u2026]")

# Geometry, in character widths (cw) or page fractions.
MARGIN_ZONE = 0.13  # outer share of the page height where headers, footers and page numbers live
INDENT_MIN, INDENT_MAX = 1.2, 4.5  # first-line indent of "about 2 characters"
SHORT_LINE = 1.5  # a line ending this many cw before the right edge ends its paragraph
GAP_SPACE = 1.5  # a gap this wide between pieces is kept as a space, whatever the script


@dataclass(slots=True)
class Piece:
    """A positioned piece of text: one character of a PDF text layer or one OCR box.

    Coordinates are top-left origin. ``orig`` keeps the unrotated box when the coordinates were
    deskewed for grouping.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float | None = None
    color: tuple[int, int, int] | None = None
    confidence: float | None = None
    space_before: bool = False
    orig: BBox | None = None


@dataclass
class TextLine:
    """One visual line, with the hints the cleaner uses."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    page: int
    size: float | None = None
    color: tuple[int, int, int] | None = None
    confidence: float | None = None
    bbox: BBox | None = None
    role: str | None = None
    paragraph_start: bool | None = None
    centered: bool | None = None
    pieces: list[Piece] = field(default_factory=list, repr=False)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs and full-width punctuation."""
    return bool(_CJK.match(ch))


def text_width_units(text: str) -> float:
    """Width of ``text`` in CJK character widths (ASCII counts half)."""
    return sum(1.0 if is_cjk(c) or ord(c) > 0x2000 else 0.5 for c in text)


def group_lines(pieces: list[Piece], page: int) -> list[TextLine]:
    """Group pieces into visual lines (by vertical centre), each sorted left to right."""
    items = [p for p in pieces if p.x1 >= p.x0 and p.bottom > p.top]
    items.sort(key=lambda p: (p.top + p.bottom) / 2)
    rows: list[list[Piece]] = []
    row_top = row_bottom = 0.0
    for p in items:
        c = (p.top + p.bottom) / 2
        h = p.bottom - p.top
        if rows and row_top - 0.1 * h <= c <= row_bottom + 0.1 * h and _overlap(p, row_top, row_bottom) > 0.4:
            rows[-1].append(p)
            if not p.text.isspace():
                row_top, row_bottom = min(row_top, p.top), max(row_bottom, p.bottom)
        else:
            rows.append([p])
            row_top, row_bottom = p.top, p.bottom
    lines = [_make_line(sorted(r, key=lambda p: p.x0), page) for r in rows]
    return [ln for ln in lines if ln is not None]


def _overlap(p: Piece, top: float, bottom: float) -> float:
    inter = min(p.bottom, bottom) - max(p.top, top)
    return inter / max(1e-6, min(p.bottom - p.top, bottom - top))


def _make_line(row: list[Piece], page: int) -> TextLine | None:
    ink = [p for p in row if p.text.strip()]
    if not ink:
        return None
    sizes = [p.size or (p.bottom - p.top) for p in ink]
    cw = statistics.median(sizes)
    out: list[str] = []
    prev: Piece | None = None
    pending_space = False
    for p in row:
        if not p.text.strip():
            pending_space = True
            continue
        if prev is not None:
            gap = p.x0 - prev.x1
            both_cjk = is_cjk(prev.text[-1]) and is_cjk(p.text[0])
            if gap > GAP_SPACE * cw or ((pending_space or p.space_before or gap > 0.25 * cw) and not both_cjk):
                out.append(" ")
        out.append(p.text)
        prev = p
        pending_space = False
    x0 = min(p.x0 for p in ink)
    x1 = max(p.x1 for p in ink)
    top = min(p.top for p in ink)
    bottom = max(p.bottom for p in ink)
    origs = [p.orig for p in ink if p.orig is not None]
    bbox: BBox = (
        (min(o[0] for o in origs), min(o[1] for o in origs), max(o[2] for o in origs), max(o[3] for o in origs))
        if origs
        else (x0, top, x1, bottom)
    )
    confs = [(p.confidence, len(p.text)) for p in ink if p.confidence is not None]
    conf = sum(c * n for c, n in confs) / sum(n for _, n in confs) if confs else None
    colors = Counter(p.color for p in ink if p.color is not None)
    return TextLine(
        text="".join(out),
        x0=x0,
        top=top,
        x1=x1,
        bottom=bottom,
        page=page,
        size=cw,
        color=colors.most_common(1)[0][0] if colors else None,
        confidence=conf,
        bbox=bbox,
        pieces=ink,
    )


# --- document-level annotation ----------------------------------------------------------------


@dataclass
class PageFrame:
    """The body block of a page: left and right edges and the character width."""

    left: float
    right: float
    cw: float


def _is_page_number(text: str) -> bool:
    t = text.strip()
    return bool(t) and len(t) <= 16 and any(p.match(t) for p in PAGE_NUMBER_PATTERNS)


def _norm_running(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def mark_running_lines(pages: list[list[TextLine]], heights: list[float]) -> None:
    """Mark page numbers, running headers and footers in the outer zones of each page."""
    seen: Counter[str] = Counter()
    edge: list[tuple[TextLine, str, str]] = []
    for lines, h in zip(pages, heights, strict=True):
        if not lines:
            continue
        cands = lines[:2] + [ln for ln in lines[-2:] if ln not in lines[:2]]
        keys_on_page = set()
        for ln in cands:
            zone = "header" if ln.bottom <= h * MARGIN_ZONE else "footer" if ln.top >= h * (1 - MARGIN_ZONE) else None
            first_or_last = ln is lines[0] or ln is lines[-1]
            if _is_page_number(ln.text) and (zone or (first_or_last and len(lines) > 3)):
                ln.role = "page_number"
                continue
            if zone:
                key = _norm_running(ln.text)
                edge.append((ln, zone, key))
                keys_on_page.add(key)
        seen.update(keys_on_page)
    npages = sum(1 for p in pages if p)
    if npages < 2:
        return
    for ln, zone, key in edge:
        if ln.role is None and seen[key] >= max(2, (npages + 1) // 2):
            ln.role = zone


def page_frame(lines: list[TextLine], fallback: PageFrame | None = None, body_size: float | None = None) -> PageFrame | None:
    """Left/right edges of the body block and the character width, from the page's lines.

    The edges are the x positions most body-size lines share (continuation lines start at the
    left edge, justified lines end at the right one), so a long title, a stray wide line or an
    indented block does not move them.
    """
    body = [ln for ln in lines if ln.role is None and len(ln.text) >= 4]
    if body_size:
        body = [ln for ln in body if ln.size is None or abs(ln.size - body_size) <= 0.15 * body_size] or body
    if not body:
        return fallback
    cw = statistics.median((ln.x1 - ln.x0) / max(1.0, text_width_units(ln.text)) for ln in body)
    left = _shared_edge([ln.x0 for ln in body], cw, lowest=True)
    right = _shared_edge([ln.x1 for ln in body], cw, lowest=False)
    if fallback is not None and (left is None or right is None or len(body) < 4):
        return fallback
    if left is None or right is None:
        left, right = min(ln.x0 for ln in body), max(ln.x1 for ln in body)
    if fallback is not None and INDENT_MIN * cw <= left - fallback.left <= INDENT_MAX * cw:
        left = fallback.left  # every line on this page is indented: no continuation line shows the edge
    return PageFrame(left=left, right=right, cw=cw)


def _shared_edge(xs: list[float], cw: float, *, lowest: bool) -> float | None:
    """The leftmost (or rightmost) x that at least two lines (and a fair share) line up on."""
    tol = 0.5 * cw
    bins: Counter[int] = Counter(round(x / tol) for x in xs)
    need = 2 if len(xs) >= 2 else 1
    keys = sorted(k for k, n in bins.items() if n >= need)
    if not keys:
        return None
    key = keys[0] if lowest else keys[-1]
    near = [x for x in xs if abs(x / tol - key) <= 1]
    return min(near) if lowest else max(near)


def annotate(pages: list[list[TextLine]], widths: list[float], heights: list[float]) -> None:
    """Set role, centered, paragraph_start (and keep size) on every line of the document."""
    mark_running_lines(pages, heights)
    all_lines = [ln for p in pages for ln in p]
    body_size = _body_size(all_lines)
    doc_frame = page_frame(all_lines, body_size=body_size)
    frames = [page_frame(p, doc_frame, body_size) for p in pages]
    _mark_banner_and_title(pages, frames, heights, body_size)
    _mark_colophon(pages)
    prev: TextLine | None = None
    prev_frame: PageFrame | None = None
    for lines, frame in zip(pages, frames, strict=True):
        for ln in lines:
            if ln.role in ("page_number", "header", "footer"):
                continue
            if frame is None:
                ln.paragraph_start = True
                continue
            if ln.role != "title" and ln.role != "banner":
                ln.centered = _centered(ln, frame)
            ln.paragraph_start = _starts_paragraph(ln, frame, prev, prev_frame)
            prev, prev_frame = ln, frame


def _body_size(lines: list[TextLine]) -> float | None:
    sizes = [round(ln.size, 1) for ln in lines if ln.size and ln.role is None for _ in range(len(ln.text))]
    return Counter(sizes).most_common(1)[0][0] if sizes else None


def _centered(ln: TextLine, f: PageFrame) -> bool:
    mid = (f.left + f.right) / 2
    return (
        abs((ln.x0 + ln.x1) / 2 - mid) <= 1.0 * f.cw
        and ln.x0 - f.left > 1.5 * f.cw
        and f.right - ln.x1 > 1.5 * f.cw
    )


def _starts_paragraph(ln: TextLine, f: PageFrame, prev: TextLine | None, pf: PageFrame | None) -> bool:
    if prev is None:
        return True
    if ln.role != prev.role and (ln.role or prev.role):
        return True
    if ln.role == "title" and prev.role == "title":
        return False
    indent = (ln.x0 - f.left) / f.cw
    if ln.centered or indent > INDENT_MAX:
        return True  # centred or right-aligned lines (headings, signature, date) stand alone
    if prev.centered or (pf and (prev.x0 - pf.left) / pf.cw > INDENT_MAX):
        return True
    if indent >= INDENT_MIN:
        return True
    if pf is not None and (pf.right - prev.x1) / pf.cw > SHORT_LINE:
        return True
    return bool(NUMBERED_HEADING.match(ln.text)) and (pf is None or (pf.right - prev.x1) / pf.cw > 0.5)


def _is_red(color: tuple[int, int, int] | None) -> bool:
    return color is not None and color[0] >= 150 and color[1] <= 110 and color[2] <= 110


def _mark_banner_and_title(
    pages: list[list[TextLine]], frames: list[PageFrame | None], heights: list[float], body_size: float | None
) -> None:
    if not pages or not pages[0] or frames[0] is None:
        return
    lines, f, h = pages[0], frames[0], heights[0]
    top_lines = [ln for ln in lines if ln.role is None and ln.top < h * 0.5]
    base = body_size or f.cw
    for ln in top_lines:
        # a wrapped title's first line may fill the block: for large type, centred means balanced
        large = (ln.size or 0) >= 1.15 * base
        ln.centered = _centered(ln, f) or (large and abs((ln.x0 + ln.x1) / 2 - (f.left + f.right) / 2) <= 0.75 * f.cw)
        if _is_red(ln.color) and (ln.size or 0) >= 1.3 * base and ln.top < h * 0.35:
            ln.role = "banner"
    cands = [ln for ln in top_lines if ln.role is None and ln.centered and not _is_page_number(ln.text)]
    if not cands:
        return
    biggest = max(ln.size or 0 for ln in cands)
    if body_size and biggest < 1.1 * body_size:
        # no larger font: the first centred block before the body is the title
        group = _first_block(lines, cands)
    else:
        group = [ln for ln in cands if (ln.size or 0) >= 0.9 * biggest]
        group = _first_block(lines, group)
    for ln in group:
        ln.role = "title"


def _first_block(lines: list[TextLine], cands: list[TextLine]) -> list[TextLine]:
    """The first run of candidate lines that are consecutive on the page."""
    if not cands:
        return []
    idx = {id(ln): i for i, ln in enumerate(lines)}
    block = [cands[0]]
    for ln in cands[1:]:
        if idx[id(ln)] == idx[id(block[-1])] + 1:
            block.append(ln)
        else:
            break
    return block


def _mark_colophon(pages: list[list[TextLine]]) -> None:
    """Mark the 版记 (抄送/印发 lines) at the end of the last page that has text."""
    tail = [ln for p in pages for ln in p if ln.role not in ("page_number", "header", "footer")][-8:]
    for i, ln in enumerate(tail):
        if COLOPHON_START.search(ln.text):
            for rest in tail[i:]:
                rest.role = "colophon"
            return


def to_document(page_lines: list[list[TextLine]], *, format: str, **kwargs: object) -> LoadedDocument:
    """A LoadedDocument whose lines are the visual lines of ``page_lines`` with their hints."""
    texts: list[str] = []
    hints: list[dict[str, object]] = []
    for lines in page_lines:
        for ln in lines:
            texts.append(ln.text)
            hints.append(
                {
                    "page": ln.page,
                    "bbox": tuple(round(v, 2) for v in (ln.bbox or (ln.x0, ln.top, ln.x1, ln.bottom))),
                    "font_size": round(ln.size, 2) if ln.size else None,
                    "paragraph_start": ln.paragraph_start,
                    "role": ln.role,
                    "centered": ln.centered,
                }
            )
    return LoadedDocument.from_lines(texts, format=format, hints=hints, one_paragraph_per_line=False, **kwargs)  # type: ignore[arg-type]
