"""Decode text bytes in any common Chinese encoding, detected from the content."""

from __future__ import annotations

import codecs

from govdoc_nlp.errors import UnreadableInputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CANDIDATES = ("utf-8", "gb18030", "big5")


def decode_text(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). Tries the BOM, a declared charset, UTF-8, UTF-16 without BOM,
    GB18030 (a superset of GBK/GB2312) and Big5, and picks the one that decodes cleanly
    into the most CJK text. Raises UnreadableInputError when nothing fits."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    candidates = list(_CANDIDATES)
    if declared:
        name = _canonical(declared)
        if name in candidates:
            candidates.remove(name)
        candidates.insert(0, name)
    best: tuple[float, str, str] | None = None
    for name in candidates:
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text)
        if name == "utf-8":
            return text, name
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is None or best[0] < 0:
        raise UnreadableInputError("text is not in a known Chinese encoding (UTF-8, UTF-16, GB18030/GBK, Big5)")
    return best[1], best[2]


def _canonical(name: str) -> str:
    name = name.strip().lower().replace("_", "-")
    if name in ("gbk", "gb2312", "gb-2312", "x-gbk", "cp936", "euc-cn", "gb18030"):
        return "gb18030"
    if name in ("utf8", "utf-8"):
        return "utf-8"
    if name in ("big5", "big5-hkscs", "cp950"):
        return "big5"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) / 2
    for enc, zeros in (("utf-16-le", odd_zero), ("utf-16-be", even_zero)):
        if zeros > half * 0.2:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None
    return None


def _plausibility(text: str) -> float:
    """Share of common CJK characters minus penalties for control and private-use characters."""
    if not text:
        return 0.0
    sample = text[:20000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    bad = sum(1 for ch in sample if ("\ue000" <= ch <= "\uf8ff") or (ord(ch) < 32 and ch not in "\r\n\t\f"))
    return (cjk - 5 * bad) / len(sample)
