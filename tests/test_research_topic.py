"""Topic: policy area from the keyword lexicon over jieba words; the user dictionary and the cache."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from govdoc_nlp.model import Proposal, Reply
from govdoc_nlp.research.segmenter import cache_dir, cut, user_dict_path
from govdoc_nlp.research.topic import topic, topic_scores, topic_variables


def test_topic_of_a_water_reply() -> None:
    r = Reply(
        text="您提出的建议收悉。石门村供水管网老化，饮水安全问题突出。我局将实施饮水巩固提升工程，新建水源和蓄水池，保障群众饮水。",
        proposal=Proposal(title="关于解决石门村饮水安全问题"),
    )
    v = topic_variables(r)
    assert v["topic"] == "water"
    assert 0.5 < v["topic_share"] <= 1.0


def test_topic_scores_count_jieba_words() -> None:
    scores = topic_scores("加快职业教育发展，支持中职学校招生，加强师资培训。")
    assert scores["education"] == 6  # 职业教育 / 中职 / 学校 / 招生 / 师资 / 培训
    assert topic("今天天气很好。") == (None, None)


def test_user_dictionary_keeps_government_terms_whole() -> None:
    words = cut("下一步将推进老旧小区改造和高标准农田建设，现答复如下")
    assert "老旧小区改造" in words
    assert "高标准农田" in words
    assert "现答复如下" in words
    assert os.path.exists(user_dict_path())


def test_jieba_cache_lives_under_the_temp_dir_not_the_working_dir(tmp_path) -> None:
    import jieba

    cut("信阳市教育体育局")
    assert jieba.dt.tmp_dir == cache_dir()
    assert cache_dir().startswith(tempfile.gettempdir())
    # a fresh process in an empty working directory leaves it empty
    code = "from govdoc_nlp.research.segmenter import cut; print('/'.join(cut('政协委员提案收悉')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "政协委员/提案收悉"
    assert list(tmp_path.iterdir()) == []


def test_a_hotline_is_not_water() -> None:
    from govdoc_nlp.research.topic import topic as topic_of

    area, _ = topic_of("关于开通市民服务热线、畅通群众诉求渠道的建议。您的建议收悉。")
    assert area != "water"
