"""The annotated review page: one self-contained HTML document (inline CSS/JS, page images as
data: URIs, a Content-Security-Policy that allows nothing but its own nonce'd script). Every piece
of document text is escaped: documents are untrusted input."""

from __future__ import annotations

import html
import json
import os
import re
import secrets
from collections import defaultdict

from govdoc_nlp.model import Reply
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.view.analyse import Analysis, analyse_file
from govdoc_nlp.view.assets import BASE_CSS, VIEW_JS, kind_css
from govdoc_nlp.view.fields import KINDS, Mark, build_marks
from govdoc_nlp.view.page_images import PageImage, mark_boxes, page_images


def esc(value: object) -> str:
    """Text or attribute value, HTML-escaped (quotes included)."""
    return html.escape("" if value is None else str(value), quote=True)


def script_json(value: object) -> str:
    """JSON safe to embed in a <script> element (no '<', '>', '&' or line separators left)."""
    return (
        json.dumps(value, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def csp(nonce: str) -> str:
    """The page's Content-Security-Policy: no network at all, only the page's own script."""
    return f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; base-uri 'none'; form-action 'self'"


def _open(m: Mark, first: bool) -> str:
    cls = f"hl k-{m.kind}" + (" located" if m.located else "")
    tip = f"{m.field}: {m.value}" + (f" ({m.detail})" if m.detail else "")
    ident = f' id="{esc(m.id)}"' if first else ""
    return f'<mark class="{cls}" data-h="{esc(m.id)}" data-field="{esc(m.field)}"{ident} title="{esc(tip)}">'


def markup_text(text: str, marks: list[Mark]) -> str:
    """``text`` escaped, with every mark's span wrapped in <mark> elements. Overlapping spans are
    nested; a span crossing another is split into pieces that share its ``data-h``."""
    n = len(text)
    spans = [m for m in marks if m.has_span and m.start < n]
    starts: dict[int, list[Mark]] = defaultdict(list)
    points = {0, n}
    for m in spans:
        m.end = min(m.end, n)
        starts[m.start].append(m)
        points.update((m.start, m.end))
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[str] = set()
    pos = 0
    for p in sorted(points):
        if p > pos:
            out.append(esc(text[pos:p]))
            pos = p
        reopen: list[Mark] = []
        ending = [i for i, m in enumerate(stack) if m.end <= p]
        if ending:
            cut = ending[0]
            reopen = [m for m in stack[cut:] if m.end > p]
            out.append("</mark>" * (len(stack) - cut))
            del stack[cut:]
        for m in sorted(reopen + starts.get(p, []), key=lambda m: (-m.end, m.start)):
            if m.end <= p:
                continue
            out.append(_open(m, m.id not in opened))
            opened.add(m.id)
            stack.append(m)
    out.append("</mark>" * len(stack))
    return "".join(out)


def _entry(m: Mark) -> str:
    label, _bg, _line = KINDS[m.kind]
    attrs = f' data-h="{esc(m.id)}" tabindex="0" role="button"' if m.has_span else ""
    cls = "entry" + ("" if m.has_span else " nospan")
    value = m.value if len(m.value) <= 160 else m.value[:160] + "…"
    detail = " · ".join(x for x in (m.detail, "located by search" if m.located else "") if x)
    return (
        f'<li class="{cls}"{attrs}><span class="sw k-{m.kind}" title="{esc(label)}"></span><span>'
        f'<span class="f">{esc(m.field)}</span><span class="v">{esc(value)}</span>'
        f'<span class="d">{esc(detail)}</span></span></li>'
    )


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


def span_notes(reply: Reply, marks: list[Mark]) -> list[tuple[str, str]]:
    """Review hints: spans whose text differs from the extracted value (whitespace aside)."""
    notes = []
    for m in marks:
        if not m.has_span or m.kind in ("deadline",) or m.field.startswith("sections[") or not m.value:
            continue
        value = reply.date_text if m.field == "date" and reply.date_text else m.value
        got, want = _norm(reply.text[m.start : m.end]), _norm(value)
        if not rx.is_subsequence(want, got):  # a span may also cover page numbers
            notes.append(("view.span_text", f"{m.field}: span reads {got[:40]!r}, value is {want[:40]!r}"))
    return notes


def _pages_html(pages: list[PageImage], marks: list[Mark], analysis: Analysis | None) -> str:
    if not pages:
        return ""
    lines = analysis.lines if analysis else []
    per_page: dict[int, list[str]] = defaultdict(list)
    for m in marks:
        for page, x0, top, x1, bottom in mark_boxes(m, lines):
            per_page[page].append(
                f'<rect class="k-{m.kind}" data-h="{esc(m.id)}" x="{x0:.1f}" y="{top:.1f}" '
                f'width="{max(0.5, x1 - x0):.1f}" height="{max(0.5, bottom - top):.1f}"><title>{esc(m.field)}</title></rect>'
            )
    figs = []
    for pg in pages:
        rects = "".join(per_page.get(pg.number, []))
        figs.append(
            f'<figure class="page" data-page="{pg.number}"><img alt="page {pg.number}" src="{pg.uri}">'
            f'<svg viewBox="0 0 {pg.width:.1f} {pg.height:.1f}" preserveAspectRatio="none" aria-hidden="true">{rects}</svg>'
            f"<figcaption>p. {pg.number}</figcaption></figure>"
        )
    return f'<section class="col pages"><h2>Pages</h2>{"".join(figs)}</section>'


def render_html(
    reply: Reply,
    *,
    analysis: Analysis | None = None,
    pages: list[PageImage] | None = None,
    back_link: str | None = None,
    nonce: str | None = None,
) -> str:
    """The review page of ``reply`` as one HTML string. ``analysis`` supplies line boxes and the
    source bytes for page images (rendered unless ``pages`` is given); ``back_link`` adds a link
    to the document list (served mode)."""
    nonce = nonce or secrets.token_urlsafe(18)
    marks = build_marks(reply)
    if pages is None:
        pages = page_images(analysis.data, reply.source.format) if analysis and analysis.data else []
    kinds_present = [k for k in KINDS if any(m.kind == k for m in marks)]
    legend = "".join(f'<span class="chip k-{k}">{esc(KINDS[k][0])}</span>' for k in kinds_present)
    warnings = [(w.code, w.message) for w in reply.warnings] + span_notes(reply, marks)
    warn_html = "".join(f'<li class="warn"><code>{esc(c)}</code> {esc(msg)}</li>' for c, msg in warnings) or '<li class="muted">none</li>'
    src = reply.source
    meta_bits = [src.path and os.path.basename(src.path), src.format, src.pages and f"{src.pages} page(s)", ", ".join(src.methods),
                 src.engine, reply.doc_type, reply.response_category and f"category {reply.response_category}"]
    meta = " · ".join(esc(b) for b in meta_bits if b)
    back = f'<a href="{esc(back_link)}">← all documents</a>' if back_link else ""
    data = {"marks": sum(1 for m in marks if m.has_span), "fields": [m.field for m in marks], "warnings": len(warnings)}
    reply_json = reply.to_json(include_text=False)
    title = reply.title or (src.path and os.path.basename(src.path)) or "document"
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(csp(nonce))}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>govdoc view · {esc(title)}</title>
<style>{BASE_CSS}{kind_css()}</style></head>
<body data-view-ready="0">
<header class="top">{back}<h1 id="doc-title">{esc(reply.title or "(no title found)")}</h1><span class="meta">{meta}</span></header>
<div class="legend" aria-label="legend">{legend}</div>
<main class="layout{"" if pages else " nopages"}">
<section class="col textcol"><h2>Document text</h2><pre id="doctext">{markup_text(reply.text, marks)}</pre></section>
{_pages_html(pages, marks, analysis)}
<aside class="col panel"><h2>Warnings ({len(warnings)})</h2><ul id="warnings">{warn_html}</ul>
<h2>Extracted fields</h2><ul id="fields">{"".join(_entry(m) for m in marks)}</ul>
<h2>JSON</h2><details><summary>reply JSON (text left out)</summary><pre class="json" id="json">{esc(reply_json)}</pre></details>
</aside></main>
<script type="application/json" id="view-data">{script_json(data)}</script>
<script nonce="{esc(nonce)}">{VIEW_JS}</script>
</body></html>
"""


def view_file(path: str | os.PathLike[str], *, ocr: str = "auto") -> str:
    """Parse ``path`` and return its review page (see :func:`render_html`)."""
    from govdoc_nlp.load import LoadOptions

    analysis = analyse_file(path, options=LoadOptions(ocr=ocr))
    return render_html(analysis.reply, analysis=analysis)
