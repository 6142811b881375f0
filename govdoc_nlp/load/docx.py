"""Word loader: .docx with python-docx (numbering drawn as text), legacy .doc via LibreOffice."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from typing import Any

from govdoc_nlp.errors import InputTooLargeError, MissingDependencyError, UnreadableInputError
from govdoc_nlp.load.archive import check_inflated_sizes
from govdoc_nlp.load.base import LoadedDocument, PageInfo
from govdoc_nlp.load.docx_numbering import Numbering, W, numbering_root
from govdoc_nlp.load.options import LoadOptions

_W = f"{{{W}}}"
_CENTER = ("center", "distribute")
DOC_CONVERT_TIMEOUT = 120


@dataclass
class _Out:
    text: str
    role: str | None = None
    centered: bool | None = None
    font_size: float | None = None
    paragraph_start: bool = True


def _val(el: Any, path: str, attr: str = "val") -> str | None:
    found = el.find(path) if el is not None else None
    return found.get(f"{_W}{attr}") if found is not None else None


class _Styles:
    """Paragraph-style lookups (alignment, size, numbering) following basedOn chains."""

    def __init__(self, document: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_size: float | None = None
        try:
            root = document.styles.element
        except (AttributeError, KeyError):  # pragma: no cover
            return
        for st in root.iterfind(f"{_W}style"):
            sid = st.get(f"{_W}styleId")
            if sid:
                self.by_id[sid] = st
        sz = _val(root, f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
        self.default_size = _half_points(sz)
        default_para = next(
            (s for s in root.iterfind(f"{_W}style") if s.get(f"{_W}type") == "paragraph" and s.get(f"{_W}default") in ("1", "true")),
            None,
        )
        self.default_para_id = default_para.get(f"{_W}styleId") if default_para is not None else None

    def chain(self, style_id: str | None) -> list[Any]:
        out = []
        seen = set()
        sid = style_id or getattr(self, "default_para_id", None)
        while sid and sid not in seen and sid in self.by_id:
            seen.add(sid)
            st = self.by_id[sid]
            out.append(st)
            sid = _val(st, f"{_W}basedOn")
        return out

    def lookup(self, style_id: str | None, path: str, attr: str = "val") -> str | None:
        for st in self.chain(style_id):
            v = _val(st, path, attr)
            if v is not None:
                return v
        return None

    def numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        for st in self.chain(style_id):
            numpr = st.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                return _val(numpr, f"{_W}numId"), _int(_val(numpr, f"{_W}ilvl"))
        return None, None


def _half_points(v: str | None) -> float | None:
    try:
        return int(v) / 2 if v is not None else None
    except ValueError:
        return None


def _int(v: str | None) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def _run_text(r: Any) -> str:
    parts: list[str] = []
    for child in r:
        tag = child.tag
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            if child.get(f"{_W}type") in (None, "textWrapping"):
                parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}sym":
            parts.append("")
    return "".join(parts)


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.styles = _Styles(document)
        self.numbering = Numbering.from_xml(numbering_root(document))

    # -- paragraphs -------------------------------------------------------------------------
    def paragraph(self, p: Any, role: str | None = None) -> list[_Out]:
        ppr = p.find(f"{_W}pPr")
        style_id = _val(ppr, f"{_W}pStyle")
        text_parts: list[str] = []
        max_size: float | None = None
        for r in p.iter(f"{_W}r"):
            # skip runs of deleted revisions and field instructions
            parent = r.getparent()
            if parent is not None and parent.tag in (f"{_W}del", f"{_W}moveFrom"):
                continue
            t = _run_text(r)
            if not t:
                continue
            text_parts.append(t)
            size = _half_points(_val(r, f"{_W}rPr/{_W}sz"))
            if size is None:
                rstyle = _val(r, f"{_W}rPr/{_W}rStyle")
                size = _half_points(self.styles.lookup(rstyle, f"{_W}rPr/{_W}sz")) if rstyle else None
            if size is not None and t.strip() and (max_size is None or size > max_size):
                max_size = size
        if max_size is None:
            max_size = _half_points(self.styles.lookup(style_id, f"{_W}rPr/{_W}sz")) or self.styles.default_size
        text = "".join(text_parts)
        # numbering drawn by Word
        num_id = _val(ppr, f"{_W}numPr/{_W}numId")
        ilvl = _int(_val(ppr, f"{_W}numPr/{_W}ilvl"))
        if num_id is None:
            num_id, style_ilvl = self.styles.numpr(style_id)
            ilvl = ilvl if ilvl is not None else style_ilvl
        label = ""
        if num_id is not None and text.strip():
            label = self.numbering.next_label(num_id, ilvl or 0)
            if label and label in "•●○■□◆◇▪►√✓":
                label += " "
        align = _val(ppr, f"{_W}jc") or self.styles.lookup(style_id, f"{_W}pPr/{_W}jc")
        centered = align in _CENTER
        out: list[_Out] = []
        pieces = (label + text).split("\n")
        for i, piece in enumerate(pieces):
            piece = piece.replace("\t", " ").strip()
            if not piece:
                continue
            out.append(_Out(piece, role=role, centered=centered, font_size=max_size, paragraph_start=(i == 0)))
        return out

    # -- tables ------------------------------------------------------------------------------
    def table(self, tbl: Any, role: str | None = None) -> list[_Out]:
        out: list[_Out] = []
        for tr in tbl.iterfind(f"{_W}tr"):
            cells = [tc for tc in tr if tc.tag == f"{_W}tc" or tc.tag == f"{_W}sdt"]
            cells = [c if c.tag == f"{_W}tc" else c.find(f".//{_W}tc") for c in cells]
            cells = [c for c in cells if c is not None]
            if self._layout_row(cells):
                for tc in cells:
                    out.extend(self.blocks(tc, role))
                continue
            texts = []
            for tc in cells:
                if _val(tc, f"{_W}tcPr/{_W}vMerge") is not None and _val(tc, f"{_W}tcPr/{_W}vMerge") != "restart":
                    continue  # continuation of a vertically merged cell: drawn empty
                paras = [" ".join(o.text for o in self.paragraph(p)) for p in tc.iter(f"{_W}p")]
                cell_text = " ".join(t for t in paras if t)
                if cell_text:
                    texts.append(cell_text)
            if texts:
                out.append(_Out(" ".join(texts), role=role or "table"))
        return out

    @staticmethod
    def _layout_row(cells: list[Any]) -> bool:
        """A row whose cell holds a whole letter (several paragraphs or a nested table)."""
        for tc in cells:
            if tc.find(f"{_W}tbl") is not None:
                return True
            paras = [p for p in tc.iterfind(f"{_W}p") if "".join(p.itertext()).strip()]
            if len(paras) > 2 and sum(len("".join(p.itertext())) for p in paras) > 80:
                return True
        return False

    # -- containers --------------------------------------------------------------------------
    def blocks(self, container: Any, role: str | None = None) -> list[_Out]:
        out: list[_Out] = []
        for child in container:
            tag = child.tag
            if tag == f"{_W}p":
                out.extend(self.paragraph(child, role))
            elif tag == f"{_W}tbl":
                out.extend(self.table(child, role))
            elif tag in (f"{_W}sdt", f"{_W}customXml"):
                content = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
                if content is not None:
                    out.extend(self.blocks(content, role))
        return out

    def headers_footers(self) -> tuple[list[_Out], list[_Out]]:
        heads: list[_Out] = []
        foots: list[_Out] = []
        seen: set[str] = set()
        for section in self.document.sections:
            for kind, sink, role in (("header", heads, "header"), ("footer", foots, "footer")):
                for attr in (kind, f"first_page_{kind}", f"even_page_{kind}"):
                    try:
                        hf = getattr(section, attr)
                        if hf.is_linked_to_previous:
                            continue
                        element = hf._element
                    except (AttributeError, KeyError, ValueError):
                        continue
                    for o in self.blocks(element, role):
                        if o.text not in seen:
                            seen.add(o.text)
                            sink.append(o)
        return heads, foots


def _mark_title(outs: list[_Out]) -> None:
    """Leading centered lines in the document's largest font are the title."""
    body = [o for o in outs if o.role is None]
    sizes = [o.font_size for o in body if o.font_size]
    if not sizes:
        return
    biggest = max(sizes)
    common = max(set(sizes), key=sizes.count)
    if biggest <= common:
        return
    started = False
    for o in body[:6]:
        if o.centered and o.font_size == biggest:
            o.role = "title"
            started = True
        elif started or not o.centered:
            break


def _open(data: bytes, path: str | None, options: LoadOptions) -> Any:
    import docx  # python-docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check_inflated_sizes(zf, options, path=path, kind="DOCX")
            names = set(zf.namelist())
            bad = zf.testzip()
    except InputTooLargeError:
        raise
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableInputError(f"not a valid DOCX (broken or truncated ZIP: {exc})", path=path) from exc
    except Exception as exc:  # zlib / CRC errors inside members
        raise UnreadableInputError(f"not a valid DOCX (corrupt ZIP member: {exc})", path=path) from exc
    if bad is not None:
        raise UnreadableInputError(f"not a valid DOCX (corrupt ZIP member {bad})", path=path)
    if "word/document.xml" not in names:
        raise UnreadableInputError("a ZIP archive without word/document.xml: not a DOCX file", path=path)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors, PackageNotFoundError…
        raise UnreadableInputError(f"not a valid DOCX: {type(exc).__name__}: {exc}", path=path) from exc


def _core_metadata(document: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    try:
        cp = document.core_properties
    except Exception:  # pragma: no cover - broken core part
        return meta
    for key, attr in (("title_hint", "title"), ("author", "author"), ("subject", "subject"), ("keywords", "keywords")):
        value = getattr(cp, attr, None)
        if value:
            meta[key] = str(value).strip()
    for key, attr in (("created", "created"), ("modified", "modified")):
        value = getattr(cp, attr, None)
        if value:
            meta[key] = value.isoformat()
    return meta


def load_docx(data: bytes, *, path: str | None = None, options: LoadOptions | None = None, format: str = "docx") -> LoadedDocument:
    """Load a .docx: body paragraphs and tables in order with Word numbering drawn as text."""
    document = _open(data, path, options or LoadOptions())
    reader = _Reader(document)
    try:
        body = reader.blocks(document.element.body)
        heads, foots = reader.headers_footers()
    except UnreadableInputError:
        raise
    except Exception as exc:
        raise UnreadableInputError(f"cannot read the Word document body: {type(exc).__name__}: {exc}", path=path) from exc
    _mark_title(body)
    outs = heads + body + foots
    warnings: list[tuple[str, str]] = []
    if not any(o.text.strip() for o in body):
        warnings.append(("no_content", "the Word document has no text in its body"))
    texts = [o.text for o in outs]
    hints = [
        {
            "page": 1,
            "paragraph_start": o.paragraph_start,
            "role": o.role,
            "centered": o.centered,
            "font_size": o.font_size,
        }
        for o in outs
    ]
    return LoadedDocument.from_lines(
        texts,
        format=format,
        hints=hints,
        encoding=None,
        pages=[PageInfo(number=1, method="text", chars=sum(len(t) for t in texts))],
        metadata=_core_metadata(document),
        warnings=warnings,
        one_paragraph_per_line=True,
    )


def load_doc(data: bytes, *, path: str | None = None, options: LoadOptions | None = None) -> LoadedDocument:
    """Load a legacy Word .doc by converting it to .docx with LibreOffice (soffice --headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise MissingDependencyError(
            "reading legacy Word .doc files needs LibreOffice (the `soffice` program) to convert them to .docx; "
            "install LibreOffice or save the file as .docx",
            path=path,
        )
    with tempfile.TemporaryDirectory(prefix="govdoc-doc-") as tmp:
        src = os.path.join(tmp, "input.doc")
        with open(src, "wb") as fh:
            fh.write(data)
        profile = "file://" + os.path.join(tmp, "profile")
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "docx",
               "--outdir", tmp, src]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=DOC_CONVERT_TIMEOUT, check=False)
        except subprocess.TimeoutExpired as exc:
            raise UnreadableInputError(f"LibreOffice did not convert the .doc within {DOC_CONVERT_TIMEOUT} s", path=path) from exc
        out = os.path.join(tmp, "input.docx")
        if proc.returncode != 0 or not os.path.exists(out):
            detail = (proc.stderr or proc.stdout or b"").decode("utf-8", "replace").strip()[:300]
            raise UnreadableInputError(f"LibreOffice could not convert the .doc file: {detail or 'no output'}", path=path)
        with open(out, "rb") as fh:
            converted = fh.read()
    doc = load_docx(converted, path=path, options=options, format="doc")
    doc.warnings.append(("converted", "legacy .doc converted to .docx with LibreOffice"))
    return doc
