"""Find runs of UTF-8 bytes that were decoded as GBK (``鍏充簬`` for ``关于``).

PDF banners and web copies sometimes carry a garbled copy of a line next to the real one. A run is
garbled when its GBK bytes form valid UTF-8 that decodes to CJK text. Real Chinese text almost never
does that for two characters in a row, so the test is linear and needs no dictionary."""

from __future__ import annotations

import re
from functools import lru_cache

_MIN_DECODED_CJK = 2
_COMMON_MARKS = frozenset("，。、：；！？“”‘’（）《》【】〔〕—…·　")


@lru_cache(maxsize=8192)
def _gbk_bytes(ch: str) -> bytes | None:
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None


def _is_suspect(ch: str) -> bool:
    # Garbled runs are made of CJK ideographs, CJK symbols and a few GBK punctuation marks.
    return ord(ch) > 0x7F and ch not in _COMMON_MARKS


_UTF8_PAIR = re.compile(rb"[\xe3-\xe9][\x80-\xbf]{2}[\xe3-\xe9][\x80-\xbf]{2}")


def mojibake_runs(line: str) -> list[tuple[int, int]]:
    """Character ranges of ``line`` that are UTF-8-read-as-GBK garbage."""
    if not _UTF8_PAIR.search(line.encode("gbk", errors="ignore")):
        return []
    runs: list[tuple[int, int]] = []
    n = len(line)
    i = 0
    while i < n:
        if not _is_suspect(line[i]):
            i += 1
            continue
        j = i
        while j < n and _is_suspect(line[j]) and _gbk_bytes(line[j]) is not None:
            j += 1
        if j - i >= 3:
            found = _scan_region(line, i, j)
            runs.extend(found)
        i = max(j, i + 1)
    return runs


def _scan_region(line: str, start: int, end: int) -> list[tuple[int, int]]:
    data = bytearray()
    owner: list[int] = []
    for k in range(start, end):
        b = _gbk_bytes(line[k]) or b""
        data.extend(b)
        owner.extend([k] * len(b))
    found: list[tuple[int, int]] = []
    p = 0
    size = len(data)
    while p < size:
        q = p
        decoded = 0
        while q + 2 < size and 0xE3 <= data[q] <= 0xE9 and 0x80 <= data[q + 1] <= 0xBF and 0x80 <= data[q + 2] <= 0xBF:
            q += 3
            decoded += 1
        if decoded >= _MIN_DECODED_CJK and (p == 0 or owner[p] != owner[p - 1]):
            last = owner[q - 1] + 1
            tail = _gbk_bytes(line[last]) if last < end else None
            if tail and len(tail) == 2 and 0xE3 <= tail[0] <= 0xE9 and 0x80 <= tail[1] <= 0xBF and last + 1 == end:
                last += 1  # a sequence cut short at the end of the garbled run
            found.append((owner[p], last))
            p = q
        else:
            p += 1
    return found
