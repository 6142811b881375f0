"""Text helpers of the research layer: the body of a reply, its sentences, a document id."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import PurePath

from govdoc_nlp.clean.script import t2s_table, to_simplified  # noqa: F401  (re-exported for the research layer)
from govdoc_nlp.model import Reply

_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_SPACE_BETWEEN = re.compile(rf"(?<=[{_CJK}\d])[ \t\u3000\xa0]+(?=[{_CJK}\d])|(?<=[{_CJK}])[ \t\u3000\xa0]+|[ \t\u3000\xa0]+(?=[{_CJK}])")
_LINE_END_PARAGRAPH = "。！？!?：:；"
# Paragraph blocks that hold the letter itself (not title, header, contact, 抄送, 版记).
BODY_BLOCKS = ("opening", "body", "closing", "salutation", "section", "commitment")
_SIGNOFF = re.compile(r"^(?:主办单位|承办单位|联系人|联\s*系\s*人|联系电话|抄\s*送|抄\s*报|附件|签发人|[（(]?联系|办复类别|类别)")
_OPENING = re.compile(r"收悉|答复如下|回复如下|函复如下")
_DATE_LINE = re.compile(r"^\s*(?:\d{4}|[二〇○零][〇○零一二三四五六七八九0]{3})\s*年[^，。,]{0,12}日\s*$")


def squeeze(text: str) -> str:
    """Drop the spaces a PDF extraction puts between CJK characters and digits (``15 所`` → ``15所``)."""
    return _SPACE_BETWEEN.sub("", text)


def paragraphs_from_text(text: str) -> list[str]:
    """Rebuild paragraphs from hard-wrapped text: a line ending in 。/：/！ or a blank line ends one."""
    out: list[str] = []
    current = ""
    for raw in text.splitlines():
        line = squeeze(raw.strip())
        if not line:
            if current:
                out.append(current)
                current = ""
            continue
        current += line
        if line[-1] in _LINE_END_PARAGRAPH:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def body_paragraphs(reply: Reply) -> list[str]:
    """The paragraphs of the letter itself: from the opening formula to the closing, without title,
    addressee, contact block, signature, date, 抄送 or web chrome. Uses the parser's paragraph blocks
    when it gave them, else a text heuristic."""
    if reply.paragraphs:
        chosen = [squeeze(p.text) for p in reply.paragraphs if p.block in BODY_BLOCKS]
        if chosen:
            return chosen
    paras = paragraphs_from_text(reply.text)
    start = next((i for i, p in enumerate(paras) if _OPENING.search(p)), None)
    if start is None:
        # no opening formula: start after the addressee line (the first line ending in ：)
        start = next((i for i, p in enumerate(paras) if p.endswith(("：", ":")) and len(p) <= 40), -1) + 0
        start = max(start, 0)
    end = len(paras)
    for i in range(start + 1, len(paras)):
        if _SIGNOFF.search(paras[i]) or _DATE_LINE.match(paras[i]):
            end = i
            break
    return [p for p in paras[start:end] if p]


def body_text(reply: Reply) -> str:
    """The body paragraphs joined by newlines (see :func:`body_paragraphs`)."""
    return "\n".join(body_paragraphs(reply))


_SENT = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")


def sentences(text: str) -> list[str]:
    """Split on 。！？； and line breaks; drops empty pieces."""
    return [s.strip() for s in _SENT.findall(text) if s.strip()]


def doc_id(reply: Reply) -> str:
    """A key for one reply on its own: its source path as recorded, else its sha256, else the sha256
    of its text. Tables use :func:`doc_ids`, which makes paths relative to the input root."""
    if reply.source.path:
        return reply.source.path
    if reply.source.sha256:
        return reply.source.sha256
    return hashlib.sha256(reply.text.encode("utf-8")).hexdigest()


def _split_member(path: str) -> tuple[str, str]:
    """(file path, ``!/member`` suffix or '') of an archive member key ``a.zip!/x/reply.pdf``."""
    head, sep, tail = path.partition("!/")
    return head, (sep + tail) if sep else ""


def doc_ids(replies: list[Reply], root: str | os.PathLike[str] | None = None) -> list[str]:
    """The input key of each reply: its source path relative to ``root`` (default: the deepest
    folder all paths share), ``/`` separated, with ``!/member`` kept for archive members; a reply
    without a path gets the sha256 of its file or text. Unique by construction: a key seen before
    gets ``#2``, ``#3``… (the same file given twice)."""
    files = [_split_member(r.source.path)[0] for r in replies if r.source.path]
    if root is None and files:
        dirs = [os.path.dirname(os.path.abspath(f)) for f in files]
        root = os.path.commonpath(dirs) if len(set(map(os.path.splitdrive, dirs))) else None
    keys: list[str] = []
    seen: dict[str, int] = {}
    for reply in replies:
        if reply.source.path:
            file, member = _split_member(reply.source.path)
            rel = os.path.relpath(os.path.abspath(file), os.path.abspath(root)) if root is not None else file
            if rel.startswith(".."):
                rel = file
            key = PurePath(rel).as_posix() + member
        else:
            key = doc_id(reply)
        n = seen.get(key, 0) + 1
        seen[key] = n
        keys.append(key if n == 1 else f"{key}#{n}")
    return keys


_t2s_table = t2s_table
