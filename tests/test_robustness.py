"""Any string gives a Reply (with warnings) or a GovdocError, in bounded time; bad bytes give a
clear error."""

from __future__ import annotations

import functools
import time
from pathlib import Path

import pytest
from helpers import CORPORA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govdoc_nlp
from govdoc_nlp import GovdocError, Reply, UnreadableInputError

FRAGMENTS = [
    "关于", "对", "市政协五届七次会议", "第57165号", "提案", "建议", "的答复", "委员：", "代表：", "、", "等5位",
    "您提出的", "“", "”", "《", "》", "收悉", "现答复如下：", "一、", "（一）", "1.", "（1）", "下一步，", "我局将",
    "计划于", "年底前", "。", "，", "\n", "\n\n", " ", "　", "— 2 —", "2022年7月22日", "二〇二二年七月二十二日",
    "联系人：", "电话：", "0871-67785176", "抄送：", "（2份）", "印发", "主办单位：", "承办单位：", "类别：B", "|", "||||",
    "鍏充簬", "\ufffd", "\x00", "a" * 50, "将", "已将", "该项目将", "力争",
]


@functools.cache
def _warm_up() -> None:
    """Load jieba's tagger once, outside the timed parse (it takes seconds on a busy machine)."""
    govdoc_nlp.parse_text("关于第1号提案的答复\n张明委员：\n下一步，我局将于2025年底前完成改造。")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=30), max_size=120))
def test_any_assembled_text_parses_quickly(parts):
    _warm_up()
    text = "".join(parts)
    start = time.perf_counter()
    reply = govdoc_nlp.parse_text(text)
    assert isinstance(reply, Reply)
    assert time.perf_counter() - start < 2.0
    reply.to_json()
    for c in reply.commitments:
        assert text[c.span.start : c.span.end].replace("\n", "") != ""


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_reply_or_a_govdoc_error(data):
    try:
        reply = govdoc_nlp.parse(data)
    except GovdocError:
        return
    assert isinstance(reply, Reply)


def test_ten_megabytes_of_repeated_text_is_bounded():
    base = (CORPORA / "text" / "c01.txt").read_text(encoding="utf-8")
    text = (base * (10_000_000 // len(base) + 1))[:10_000_000]
    start = time.perf_counter()
    reply = govdoc_nlp.parse_text(text)
    assert time.perf_counter() - start < 15
    assert any(w.code == "truncated" for w in reply.warnings)


def test_a_text_with_no_field_returns_warnings():
    reply = govdoc_nlp.parse_text("今天天气很好，我们去公园散步。")
    codes = {w.code for w in reply.warnings}
    assert {"no_title", "no_addressee", "no_date"} <= codes
    assert reply.doc_type == "other"


def test_empty_inputs():
    assert [w.code for w in govdoc_nlp.parse_text("").warnings] == ["empty"]
    with pytest.raises(UnreadableInputError, match="empty"):
        govdoc_nlp.parse(b"")


def test_missing_file_and_directory(tmp_path: Path):
    with pytest.raises(UnreadableInputError, match="no such file"):
        govdoc_nlp.parse(tmp_path / "nope.txt")
    with pytest.raises(UnreadableInputError, match="directory"):
        govdoc_nlp.parse(tmp_path)


def test_parse_text_rejects_bytes():
    with pytest.raises(TypeError):
        govdoc_nlp.parse_text(b"abc")  # type: ignore[arg-type]


def test_size_limit(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(govdoc_nlp.InputTooLargeError):
        govdoc_nlp.parse(big, options=govdoc_nlp.LoadOptions(max_bytes=1024))
