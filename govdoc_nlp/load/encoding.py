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


# The most frequent characters of Chinese official prose (simplified and traditional forms):
# decoding with the right codec yields many of them, a wrong codec almost none.
COMMON_HANZI = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多"
    "定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由"
    "其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意"
    "建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统"
    "接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导"
    "器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示"
    "议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布"
    "复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选"
    "标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严您函答复"
    "這個們國來時說為會對發經過後點開關實現與並務當從樣體長還讓將應頭問門見進動種學無區業員黨級處條產議建設辦縣鄉鎮"
    "復於關報進決協辦聯係電話謝區計劃規劃環境問題項資金設施鄉鎮農業衛生醫療養護交通運輸財政獲積極",
)


def decode_text(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). Tries the BOM, then strict UTF-8, then — scored by how many of
    the most frequent Chinese characters each yields — a declared charset, UTF-16 without BOM,
    GB18030 (a superset of GBK/GB2312), Big5 and UTF-8 with a few broken bytes. Raises
    UnreadableInputError when nothing fits."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = ["utf-16-le", "utf-16-be", "gb18030", "big5"]
    if declared:
        name = _canonical(declared)
        if name in candidates:
            candidates.remove(name)
        candidates.insert(0, name)
    best: tuple[float, str, str] | None = None
    for name in candidates:
        if name.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    # UTF-8 with a few broken bytes (a file cut mid-character, a flipped byte) keeps its text;
    # each replacement character counts against it, so real GBK/Big5 text never lands here
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if broken <= max(1, len(lenient) // 1000):
        score = _plausibility(lenient) - 5 * broken / max(1, min(len(lenient), 20000))
        if best is None or score > best[0]:
            best = (score, lenient, "utf-8")
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


def _plausibility(text: str) -> float:
    """Share of frequent Chinese characters and plain ASCII, minus penalties for control,
    private-use and surrogate-range characters."""
    if not text:
        return 0.0
    sample = text[:20000]
    common = sum(1 for ch in sample if ch in COMMON_HANZI)
    ascii_ok = sum(1 for ch in sample if " " <= ch <= "~" or ch in "\r\n\t")
    bad = sum(1 for ch in sample if ("\ue000" <= ch <= "\uf8ff") or (ord(ch) < 32 and ch not in "\r\n\t\f") or "\ud800" <= ch <= "\udfff")
    return (common + 0.2 * ascii_ok - 5 * bad) / len(sample)
