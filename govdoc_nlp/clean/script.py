"""Traditional characters folded to simplified ones for matching, character for character.

The conversion is OpenCC's (``t2s``: phrases first, so 答覆 → 答复 but 覆盖 stays, 什麼 → 什么);
where a phrase would change the length of the text the characters are converted one by one from
``data/t2s.txt``, which also tells quickly whether a text holds traditional characters at all.

Patterns are written once, in simplified characters; a traditional-character reply is matched on
its folded text and every value is then read back from the characters as printed
(:func:`restore`), so offsets and printed forms are both kept."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def t2s_table() -> dict[int, str]:
    """Traditional → simplified, one character each (``govdoc_nlp/data/t2s.txt``)."""
    table: dict[int, str] = {}
    with open(Path(__file__).resolve().parent.parent / "data" / "t2s.txt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            trad, simp = line.split()
            table[ord(trad)] = simp
    return table


@lru_cache(maxsize=1)
def _opencc():
    try:
        import opencc
    except ImportError:  # an install without OpenCC still folds, character by character
        return None
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """The text in simplified characters, of the same length (offsets kept)."""
    if not text or not has_traditional(text):
        return text
    converter = _opencc()
    if converter is not None:
        out = converter.convert(text)
        if len(out) == len(text):
            return out
    return text.translate(t2s_table())


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset(chr(c) for c in t2s_table())


def has_traditional(text: str) -> bool:
    """Whether the text holds any character the table folds."""
    return not _traditional_chars().isdisjoint(text)


class Restorer:
    """Maps values found in folded text back to the characters as printed.

    ``pairs`` are (folded, printed) strings of equal length, aligned character for character."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = [(f, p) for f, p in pairs if f and len(f) == len(p)]
        squeezed = []
        for f, p in self.pairs:
            keep = [i for i, ch in enumerate(f) if not ch.isspace()]
            squeezed.append(("".join(f[i] for i in keep), "".join(p[i] for i in keep)))
        self.pairs += squeezed

    def __call__(self, value: str | None) -> str | None:
        """The printed form of a value read from folded text (unchanged when not found)."""
        if not value:
            return value
        for folded, printed in self.pairs:
            k = folded.find(value)
            if k >= 0:
                return printed[k : k + len(value)]
        return value
