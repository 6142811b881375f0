"""OFD loader (GB/T 33190-2016): text objects read straight from the package XML with lxml.

OFD.xml → DocBody/DocRoot → Document.xml (CommonData/PageArea, Pages/Page@BaseLoc) → each page's
Content.xml: Layer/TextObject (Boundary "x y w h" in mm, Size = font size in mm, optional CTM)
holding TextCode (X, Y = baseline origin inside the boundary, DeltaX = advances, "g n v" repeats).
Text codes are grouped into lines by baseline (tolerance half the font size) and ordered by X.
Coordinates and bboxes are in millimetres (OFD's unit), origin top-left; ``font_size`` in points.
Template pages (TemplatePage) are read under the page's own content.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from typing import Any

from lxml import etree

from govdoc_nlp.errors import GovdocError, InputTooLargeError, UnreadableInputError
from govdoc_nlp.load.archive import check_inflated_sizes
from govdoc_nlp.load.base import LoadedDocument, PageInfo
from govdoc_nlp.load.options import LoadOptions

OFD_NS = "http://www.ofdspec.org/2016"
MM_TO_PT = 72 / 25.4
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


@dataclass
class _Run:
    text: str
    x0: float
    x1: float
    baseline: float
    size: float


def _local(el: Any) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: Any, name: str) -> list[Any]:
    return [c for c in el if _local(c) == name]


def _find(el: Any, *path: str) -> Any | None:
    cur = el
    for name in path:
        if cur is None:
            return None
        found = _children(cur, name)
        cur = found[0] if found else None
    return cur


def _floats(value: str | None) -> list[float]:
    out: list[float] = []
    for tok in (value or "").replace(",", " ").split():
        try:
            out.append(float(tok))
        except ValueError:
            continue
    return out


def _deltas(value: str | None) -> list[float]:
    """Expand a DeltaX/DeltaY list: '5.6 g 3 5.6 2' → [5.6, 5.6, 5.6, 5.6, 2]."""
    toks = (value or "").split()
    out: list[float] = []
    i = 0
    while i < len(toks):
        if toks[i] == "g" and i + 2 < len(toks):
            try:
                out.extend([float(toks[i + 2])] * int(float(toks[i + 1])))
            except ValueError:
                pass
            i += 3
            continue
        try:
            out.append(float(toks[i]))
        except ValueError:
            pass
        i += 1
    return out


class _Package:
    def __init__(self, data: bytes, path: str | None, options: LoadOptions) -> None:
        self.path = path
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            check_inflated_sizes(self.zf, options, path=path, kind="OFD")
            self.names = {n.lstrip("/"): n for n in self.zf.namelist()}
            self.lower = {n.lower(): n for n in self.names}
        except GovdocError:
            raise
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise UnreadableInputError(f"not a valid OFD (broken ZIP: {exc})", path=path) from exc

    def xml(self, name: str) -> Any:
        key = name.lstrip("/")
        real = self.names.get(key) or self.names.get(self.lower.get(key.lower(), ""), None)
        if real is None:
            raise UnreadableInputError(f"OFD package lacks {name}", path=self.path)
        try:
            raw = self.zf.read(real)
        except Exception as exc:  # CRC / zlib errors
            raise UnreadableInputError(f"OFD member {name} is corrupt: {exc}", path=self.path) from exc
        try:
            root = etree.fromstring(raw, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise UnreadableInputError(f"OFD member {name} is not XML: {exc}", path=self.path) from exc
        if root is None:
            raise UnreadableInputError(f"OFD member {name} is empty", path=self.path)
        return root


def _resolve(base_dir: str, loc: str) -> str:
    loc = loc.strip().replace("\\", "/")
    if loc.startswith("/"):
        return posixpath.normpath(loc.lstrip("/"))
    return posixpath.normpath(posixpath.join(base_dir, loc))


def _text_runs(root: Any) -> list[_Run]:
    runs: list[_Run] = []
    for obj in root.iter():
        if _local(obj) != "TextObject":
            continue
        box = _floats(obj.get("Boundary"))
        bx, by = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        size = (_floats(obj.get("Size")) or [3.5])[0]
        ctm = _floats(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = abs(d) if d else 1.0
        x = y = 0.0
        for code in _children(obj, "TextCode"):
            text = code.text or ""
            if code.get("X") is not None:
                x = (_floats(code.get("X")) or [x])[0]
            if code.get("Y") is not None:
                y = (_floats(code.get("Y")) or [y])[0]
            if not text:
                continue
            deltas = _deltas(code.get("DeltaX"))
            advance = sum(deltas[: max(len(text) - 1, 0)])
            if len(deltas) < len(text) - 1:
                advance += (len(text) - 1 - len(deltas)) * size
            last = size if ord(text[-1]) > 0x2E80 else size * 0.5
            gx0, gy = a * x + c * y + e, b * x + d * y + f
            gx1 = a * (x + advance + last) + c * y + e
            runs.append(_Run(text, bx + gx0, bx + gx1, by + gy, size * scale))
            x += advance + last
    return runs


def _lines(runs: list[_Run]) -> list[list[_Run]]:
    """Group runs into lines by baseline, each line ordered left to right."""
    rows: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (r.baseline, r.x0)):
        if rows:
            row = rows[-1]
            ref = sum(r.baseline for r in row) / len(row)
            tol = 0.5 * max(run.size, max(r.size for r in row))
            if abs(run.baseline - ref) <= tol:
                row.append(run)
                continue
        rows.append([run])
    for row in rows:
        row.sort(key=lambda r: r.x0)
    return rows


def _join(row: list[_Run]) -> str:
    parts: list[str] = []
    prev: _Run | None = None
    for run in row:
        if prev is not None and run.x0 - prev.x1 > max(run.size, prev.size) * 1.0:
            parts.append(" ")
        parts.append(run.text)
        prev = run
    return "".join(parts).strip()


def load_ofd(data: bytes, *, path: str | None = None, options: LoadOptions | None = None) -> LoadedDocument:
    """Load an OFD document: one Line per text line with page, bbox (mm) and font size (pt)."""
    opts = options or LoadOptions()
    pkg = _Package(data, path, opts)
    ofd = pkg.xml("OFD.xml")
    body = _find(ofd, "DocBody")
    root_loc = _find(body, "DocRoot") if body is not None else None
    if root_loc is None or not (root_loc.text or "").strip():
        raise UnreadableInputError("OFD.xml has no DocBody/DocRoot", path=path)
    doc_path = _resolve("", root_loc.text)
    doc_dir = posixpath.dirname(doc_path)
    document = pkg.xml(doc_path)
    metadata: dict[str, Any] = {}
    info = _find(body, "DocInfo")
    if info is not None:
        for key, name in (("title_hint", "Title"), ("author", "Author"), ("subject", "Subject"),
                          ("created", "CreationDate"), ("keywords", "Keywords")):
            el = _find(info, name)
            if el is not None and (el.text or "").strip():
                metadata[key] = el.text.strip()

    common = _find(document, "CommonData")
    default_box = _floats(_find(common, "PageArea", "PhysicalBox").text if _find(common, "PageArea", "PhysicalBox") is not None else "")
    templates: dict[str, str] = {}
    if common is not None:
        for tpl in _children(common, "TemplatePage"):
            if tpl.get("ID") and tpl.get("BaseLoc"):
                templates[tpl.get("ID")] = _resolve(doc_dir, tpl.get("BaseLoc"))
    pages_el = _find(document, "Pages")
    page_refs = _children(pages_el, "Page") if pages_el is not None else []
    if len(page_refs) > opts.max_pages:
        raise InputTooLargeError(f"OFD has {len(page_refs)} pages, over the limit of {opts.max_pages}", path=path)

    texts: list[str] = []
    hints: list[dict[str, Any]] = []
    pages: list[PageInfo] = []
    warnings: list[tuple[str, str]] = []
    for number, ref in enumerate(page_refs, start=1):
        loc = ref.get("BaseLoc")
        if not loc:
            warnings.append(("page_missing", f"page {number} has no BaseLoc"))
            continue
        page = pkg.xml(_resolve(doc_dir, loc))
        box = _floats(_find(page, "Area", "PhysicalBox").text) if _find(page, "Area", "PhysicalBox") is not None else default_box
        width, height = (box[2], box[3]) if len(box) >= 4 else (210.0, 297.0)
        runs = []
        for tpl in _children(page, "Template"):
            tpl_loc = templates.get(tpl.get("TemplateID") or "")
            if tpl_loc:
                try:
                    runs.extend(_text_runs(pkg.xml(tpl_loc)))
                except UnreadableInputError as exc:
                    warnings.append(("template_unreadable", str(exc)))
        runs.extend(_text_runs(page))
        rows = [row for row in _lines(runs) if _join(row)]
        chars = 0
        if rows:
            left = min(row[0].x0 for row in rows)
            right = max(row[-1].x1 for row in rows)
        prev_x1 = None
        for row in rows:
            text = _join(row)
            chars += len(text)
            size = max(r.size for r in row)
            x0, x1 = row[0].x0, max(r.x1 for r in row)
            baseline = sum(r.baseline for r in row) / len(row)
            centered = abs((x0 + x1) / 2 - width / 2) < 2 * size and x0 > left + 2 * size
            indent = x0 - left > 1.5 * size
            short_prev = prev_x1 is not None and prev_x1 < right - 2 * size
            texts.append(text)
            hints.append(
                {
                    "page": number,
                    "bbox": (round(x0, 2), round(baseline - 0.88 * size, 2), round(x1, 2), round(baseline + 0.12 * size, 2)),
                    "font_size": round(size * MM_TO_PT, 1),
                    "paragraph_start": bool(indent or centered or short_prev or prev_x1 is None),
                    "centered": centered,
                }
            )
            prev_x1 = x1
        pages.append(PageInfo(number=number, method="text", width=width, height=height, chars=chars))
        if not rows:
            warnings.append(("no_text_layer", f"page {number} has no text objects (an image-only page needs OCR)"))
    if not page_refs:
        warnings.append(("no_content", "the OFD document has no pages"))
    return LoadedDocument.from_lines(
        texts, format="ofd", hints=hints, encoding=None, pages=pages, metadata=metadata, warnings=warnings,
        one_paragraph_per_line=None,
    )
