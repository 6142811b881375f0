"""What the red ink of OCR'd pages says about the document: the letterhead and the seals' names."""

from __future__ import annotations

from typing import Any

from govdoc_nlp.load.base import PageInfo


def red_ink_metadata(infos: list[PageInfo]) -> dict[str, Any]:
    """``letterhead`` (page 1's red text above the red rule) and ``seal`` (names read on seals)."""
    out: dict[str, Any] = {}
    if infos and infos[0].letterhead:
        out["letterhead"] = infos[0].letterhead
    names = list(dict.fromkeys(n for p in infos for n in p.seals))
    if names:
        out["seal"] = names
    return out
