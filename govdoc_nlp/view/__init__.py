"""See what was extracted: an annotated, self-contained HTML review page of a parsed reply
(``govdoc view FILE``) and a localhost browser over a folder or a converted archive
(``govdoc view --serve DIR|ARCHIVE.sqlite``). See docs/view.md.

    >>> from govdoc_nlp.view import view_file
    >>> html = view_file("reply.pdf")          # a str: one HTML file, no network needed
"""

from __future__ import annotations

from govdoc_nlp.view.analyse import Analysis, LineBox, analyse_bytes, analyse_file
from govdoc_nlp.view.render import render_html, view_file

__all__ = ["Analysis", "LineBox", "analyse_bytes", "analyse_file", "render_html", "view_file"]
