"""Outcome: stated category, the category inferred from the language, its cue; the stated line hidden."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from govdoc_nlp.model import Reply
from govdoc_nlp.research.outcome import (
    hide_stated_category,
    infer_category,
    normalize_category,
    outcome_variables,
    stated_category,
)

ROOT = Path(__file__).resolve().parent.parent

RESOLVED = """王芳代表：
您提出的《关于在东湖社区建设老年助餐点的建议》收悉，现答复如下：
今年4月，街道利用社区闲置用房改造建成老年助餐点，5月8日正式运营，您反映的问题已经解决。
感谢您对街道工作的关心和支持！"""

IN_PROGRESS = """李强委员：
您提出的关于改造城区供水管网的提案收悉。现答复如下：
城区老旧供水管网改造项目已列入2024年市级重点项目计划，目前正在开展前期工作，预计明年6月开工建设。
感谢您对水务工作的关心和支持。"""

REFERENCE = """赵敏代表：
您提出的关于在老城区建设立体停车库的建议收悉。现答复如下：
经实地踏勘，建议地块位于历史文化街区核心保护范围内，受规划条件限制，暂不具备建设条件，您的建议我们将留作参考。
下一步，我局将积极挖掘背街小巷停车资源。
感谢您对城市管理工作的关心和支持。"""


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [(RESOLVED, "A", "已经解决"), (IN_PROGRESS, "B", "列入2024年市级重点项目计划"), (REFERENCE, "C", "暂不具备")],
)
def test_infer_category_and_its_cue(text: str, category: str, cue: str) -> None:
    result = infer_category(text)
    assert result.category == category
    assert result.cue == cue
    assert result.scores[category] == max(result.scores.values())


def test_no_cue_gives_unknown_and_no_cue_phrase() -> None:
    result = infer_category("张三代表：\n您的建议收悉。感谢您的关心。")
    assert (result.category, result.cue, result.forced) == ("unknown", None, None)


def test_weak_or_close_evidence_abstains() -> None:
    # one light B cue only (年内): weak
    weak = infer_category("您的建议收悉。我局年内将组织人员开展调研。")
    assert (weak.category, weak.forced) == ("unknown", "B")
    # as much for A as for B: too close to call
    close = infer_category("您的建议收悉。相关资金已拨付，工程正在施工。")
    assert close.scores["A"] > 0 and close.scores["B"] > 0
    assert close.category == "unknown"
    v = outcome_variables(Reply(text="张三代表：\n您的建议收悉。感谢您的关心。"))
    assert (v["category_inferred"], v["category"]) == ("unknown", None)


def test_future_passage_cues_count_less() -> None:
    # resolved now; the 下一步 passage plans more (B words) — the reply stays A
    text = RESOLVED.replace("感谢", "下一步，街道将力争年底前再建成2个助餐点，并纳入年度计划。\n感谢")
    assert infer_category(text).category == "A"


@pytest.mark.parametrize(
    ("header", "label"),
    [
        ("类别：B\n", "B"),
        ("办复类别：C\n", "C"),
        ("汀住建发〔2020〕12号A类 同意公开\n", "A"),
        ("沅城管函〔2025〕23号（C类）\n", "C"),
        ("岚城管函〔2023〕37 号\u3000B1 类\n", "B1"),
        ("A类\n公开\n", "A"),
    ],
)
def test_stated_category_read_and_hidden(header: str, label: str) -> None:
    text = header + IN_PROGRESS
    assert stated_category(Reply(text=text)) == label
    hidden = hide_stated_category(text)
    assert len(hidden) == len(text)
    assert stated_category(Reply(text=hidden)) is None
    assert hidden.endswith(IN_PROGRESS)


def test_inference_ignores_the_stated_line() -> None:
    # a C label on a reply whose language says B: inference still says B
    r = Reply(text="类别：C\n" + IN_PROGRESS)
    v = outcome_variables(r)
    assert v["category_stated"] == "C"
    assert v["category_stated_abc"] == "C"
    assert v["category_inferred"] == "B"
    assert v["category_cue"] == "列入2024年市级重点项目计划"
    assert v["category"] == "C"  # the stated one wins where present
    assert v["category_score_b"] > v["category_score_a"]
    assert outcome_variables(Reply(text=REFERENCE))["category_score_c"] >= 4.0


def test_parser_field_wins_and_labels_normalise() -> None:
    assert stated_category(Reply(text=RESOLVED, response_category="A")) == "A"
    assert [normalize_category(x) for x in ("B1", "乙", "D", "c", None)] == ["B", "B", "C", "C", None]


def test_traditional_characters_are_read() -> None:
    assert infer_category("經核查，該地塊暫不具備建設條件，建議留作參考。").category == "C"


def _stated_corpus_documents() -> int:
    gold = ROOT / "corpora" / "gold"
    if not gold.exists():
        return 0
    return sum(1 for p in gold.glob("*.gold.json") if json.loads(p.read_text(encoding="utf-8"))["fields"].get("response_category"))


@pytest.mark.skipif(_stated_corpus_documents() < 5, reason="fewer than 5 corpus documents state a category")
def test_benchmark_accuracy_on_corpora() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_category", ROOT / "benchmarks" / "bench_category.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up
    assert spec.loader is not None
    spec.loader.exec_module(bench)
    score = bench.run(ROOT / "corpora", verbose=False, keep=bench.written_before_the_cues)
    assert score.total >= 5
    assert score.forced_accuracy >= 0.85, score.confusion
    # where it answers (in sample: the cues were written on corpora/)
    assert score.coverage >= 0.7
    assert score.agreement >= 0.9, score.confusion


@pytest.mark.slow
def test_benchmark_out_of_sample(shared) -> None:
    """Real replies whose words were not used to write the cues: the numbers of docs/CODEBOOK.md."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_category", ROOT / "benchmarks" / "bench_category.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up
    assert spec.loader is not None
    spec.loader.exec_module(bench)
    score = bench.run_many([shared / "corpus" / "real-web", shared / "corpus" / "gold"], verbose=False)
    assert score.total >= 16
    assert 0.25 <= score.coverage <= 0.6
    assert score.agreement >= 0.5
