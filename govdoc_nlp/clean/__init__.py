"""Clean: loaded lines → paragraphs of clean text, each character mapped back to the source."""

from __future__ import annotations

from dataclasses import dataclass, field

from govdoc_nlp.clean.chars import clean_line, display_width, fold
from govdoc_nlp.clean.mapped import MappedText
from govdoc_nlp.clean.noise import is_site_footer, line_noise
from govdoc_nlp.clean.paragraphs import CleanLine, RawParagraph, rebuild
from govdoc_nlp.load.base import LoadedDocument

_LAYOUT_NOISE_ROLES = {"page_number": "page_number", "header": "header", "footer": "footer", "chrome": "chrome", "metadata": "metadata"}


@dataclass
class CleanDocument:
    """The cleaned document: its lines (with noise marked) and rebuilt paragraphs."""

    loaded: LoadedDocument
    lines: list[CleanLine]
    paragraphs: list[RawParagraph]
    noise: dict[str, int] = field(default_factory=dict)


def clean(loaded: LoadedDocument) -> CleanDocument:
    """Clean every line, drop page furniture and web residue, rebuild paragraphs."""
    src = loaded.text
    lines: list[CleanLine] = []
    noise_counts: dict[str, int] = {}
    for i, ln in enumerate(loaded.lines):
        mapped, indent = clean_line(src, ln.start, ln.end)
        item = CleanLine(mapped, i, indent, ln.page, ln.paragraph_start, ln.role)
        if not mapped.text:
            item.blank = True
        else:
            item.noise = _LAYOUT_NOISE_ROLES.get(ln.role or "") or line_noise(mapped.text)
            if item.noise:
                noise_counts[item.noise] = noise_counts.get(item.noise, 0) + 1
        lines.append(item)
    _mark_site_footer(lines, noise_counts)
    paragraphs = rebuild(lines, one_per_line=loaded.one_paragraph_per_line)
    return CleanDocument(loaded, lines, paragraphs, noise_counts)


def _mark_site_footer(lines: list[CleanLine], counts: dict[str, int]) -> None:
    """Everything after a web site's footer (in the second half of the page) is site chrome."""
    half = len(lines) // 2
    for i in range(half, len(lines)):
        ln = lines[i]
        if ln.noise == "chrome" and is_site_footer(ln.text.text):
            for later in lines[i + 1 :]:
                if not later.blank and not later.noise:
                    later.noise = "chrome"
                    counts["chrome"] = counts.get("chrome", 0) + 1
            return


__all__ = ["CleanDocument", "CleanLine", "MappedText", "RawParagraph", "clean", "clean_line", "display_width", "fold"]
