"""Text with a map back to the source: every character of a cleaned string knows its offset in
the loaded text, so each extracted value can carry a span into the original."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class MappedText:
    """A cleaned string built from runs copied (1:1, possibly case/width-folded) from the source.

    ``pieces`` holds (clean_start, source_start, length) runs in order.
    """

    __slots__ = ("text", "pieces", "_starts")

    def __init__(self, text: str, pieces: list[tuple[int, int, int]]) -> None:
        self.text = text
        self.pieces = pieces
        self._starts = [p[0] for p in pieces]

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"MappedText({self.text!r})"

    def source_offset(self, i: int) -> int:
        """Offset in the source of the character at cleaned offset ``i`` (or just after the end)."""
        if not self.pieces:
            return 0
        if i >= len(self.text):
            c, s, n = self.pieces[-1]
            return s + n
        k = bisect_right(self._starts, i) - 1
        if k < 0:
            return self.pieces[0][1]
        c, s, _ = self.pieces[k]
        return s + (i - c)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets covering cleaned ``text[start:end]``."""
        if end <= start:
            pos = self.source_offset(start)
            return pos, pos
        return self.source_offset(start), self.source_offset(end - 1) + 1

    def slice(self, start: int, end: int) -> MappedText:
        """The cleaned substring ``text[start:end]`` with its map."""
        start = max(0, start)
        end = min(len(self.text), end)
        pieces: list[tuple[int, int, int]] = []
        all_pieces = self.pieces
        k = max(0, bisect_right(self._starts, start) - 1)
        while k < len(all_pieces) and all_pieces[k][0] < end:
            c, s, n = all_pieces[k]
            lo, hi = max(c, start), min(c + n, end)
            if lo < hi:
                pieces.append((lo - start, s + (lo - c), hi - lo))
            k += 1
        return MappedText(self.text[start:end], pieces)

    def source_text(self, source: str) -> str:
        """The same characters as printed in ``source`` (before any folding)."""
        return "".join(source[s : s + n] for _, s, n in self.pieces)

    def strip(self, chars: str | None = None) -> MappedText:
        """Remove leading and trailing characters (whitespace by default)."""
        t = self.text
        left = len(t) - len(t.lstrip(chars))
        right = len(t.rstrip(chars))
        if left == 0 and right == len(t):
            return self
        return self.slice(left, max(left, right))

    @staticmethod
    def join(parts: Iterable[MappedText]) -> MappedText:
        """Concatenate mapped texts without a separator."""
        texts: list[str] = []
        pieces: list[tuple[int, int, int]] = []
        pos = 0
        for part in parts:
            for c, s, n in part.pieces:
                pieces.append((pos + c, s, n))
            texts.append(part.text)
            pos += len(part.text)
        return MappedText("".join(texts), pieces)
