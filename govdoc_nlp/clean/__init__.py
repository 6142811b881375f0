"""Clean: loaded lines → paragraphs of clean text, each character mapped back to the source."""

from __future__ import annotations

from dataclasses import dataclass, field

from govdoc_nlp.clean.chars import clean_line, display_width, fold
from govdoc_nlp.clean.mapped import MappedText
from govdoc_nlp.clean.noise import line_noise
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
    paragraphs = rebuild(lines, one_per_line=loaded.one_paragraph_per_line)
    return CleanDocument(loaded, lines, paragraphs, noise_counts)


__all__ = ["CleanDocument", "CleanLine", "MappedText", "RawParagraph", "clean", "clean_line", "display_width", "fold"]
