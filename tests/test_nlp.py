"""The spaCy pipeline: loads offline, doc._.reply, section and commitment spans, rule entities."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import govdoc_nlp

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "xinyang-57165.txt"
C01 = ROOT / "corpora" / "text" / "c01.txt"


@pytest.fixture(scope="module")
def nlp():
    real_connect = socket.socket.connect

    def no_network(self, *args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    socket.socket.connect = no_network
    try:
        pipeline = govdoc_nlp.nlp()
        pipeline("您的建议收悉。")  # first call: jieba, the factory and the parser all load here
    finally:
        socket.socket.connect = real_connect
    return pipeline


def _ents(doc) -> set[tuple[str, str]]:
    return {("".join(e.text.split()), e.label_) for e in doc.ents}


def test_pipeline_is_blank_zh_with_jieba_and_the_component(nlp) -> None:
    assert nlp.lang == "zh"
    assert nlp.tokenizer.segmenter == "jieba"
    assert nlp.pipe_names == ["govdoc_reply"]
    import govdoc_nlp.nlp.component  # noqa: F401  (binds the submodule as govdoc_nlp.nlp)

    assert govdoc_nlp.nlp(entities=False).pipe_names == ["govdoc_reply"]
    doc = nlp("下一步，我局将推进老旧小区改造。")
    assert "老旧小区改造" in [t.text for t in doc]  # the shipped user dictionary


def test_factory_is_registered_through_the_entry_point() -> None:
    import spacy

    pipeline = spacy.blank("zh")
    pipeline.add_pipe("govdoc_reply", config={"entities": False})
    doc = pipeline("张三代表：\n您提出的建议收悉。现答复如下：\n下一步，我局将加快推进。\n")
    assert doc._.reply is not None
    assert list(doc.ents) == []


@pytest.mark.skipif(not SEED.exists(), reason="../shared is absent")
def test_seed_document_spans_and_entities(nlp) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)
    reply = doc._.reply
    assert reply.issuer == "信阳市教育体育局"
    sections = doc.spans["sections"]
    assert [s.label_ for s in sections] == ["L1", "L1", "L1"]
    heads = ["一、关于出台“人人持证、技能河南”建设相关政策", "二、关于坚持职业教育和技能培训两条腿走路", "三、关于加大职业教育宣传力度"]
    assert all("".join(s.text.split()).startswith(h) for s, h in zip(sections, heads, strict=True))
    commitments = doc.spans["commitments"]
    assert len(commitments) == 4
    squeezed = ["".join(c.text.split()) for c in commitments]
    assert squeezed[0].startswith("下一步，我们将推行“招生即招工")
    assert squeezed[3].startswith("在今后工作中，我们将认真采纳")
    assert [c._.govdoc_index for c in commitments] == [0, 1, 2, 3]
    ents = _ents(doc)
    assert {("倪雪峰", "PERSON"), ("张超", "PERSON"), ("6230042", "PHONE"), ("信阳市教育体育局", "ORG"),
            ("2022年7月22日", "DATE"), ("市政协提案委", "ORG")} <= ents
    assert any(label == "DOC" and "信阳市教育体育局高质量推进" in t for t, label in ents)


@pytest.mark.skipif(not C01.exists(), reason="corpus document c01 absent")
def test_corpus_document_spans_and_entities(nlp) -> None:
    reply = govdoc_nlp.parse(str(C01))
    from govdoc_nlp.nlp import doc_from_reply

    doc = doc_from_reply(nlp, reply)
    assert doc._.reply is reply  # not parsed again
    assert [s.label_ for s in doc.spans["sections"]] == ["L1", "L1", "L1"]
    assert "".join(doc.spans["sections"][1].text.split()).startswith("二、关于盘活闲置校舍资源")
    commitments = doc.spans["commitments"]
    assert len(commitments) == 2
    assert "".join(commitments[0].text.split()).startswith("我部将会同国家发展改革委")
    assert "".join(commitments[1].text.split()).startswith("下一步，我部将认真研究吸纳您的建议")
    ents = _ents(doc)
    assert {("鲁文清", "PERSON"), ("国家发展改革委", "ORG"), ("财政部", "ORG"), ("教育部", "ORG"),
            ("412亿元", "MONEY"), ("27亿元", "MONEY"), ("1800元", "MONEY"), ("2023年7月12日", "DATE"),
            ("教建议〔2023〕217号", "DOC")} <= ents


def test_spans_follow_the_text_when_offsets_do_not_fit(nlp) -> None:
    from govdoc_nlp.model import Commitment, Reply
    from govdoc_nlp.nlp import doc_from_reply

    text = "李四委员：\n您的提案收悉。\n下一步，我局将\n加快推进工作。\n联系电话：0736-1234567\n"
    reply = Reply(text=text.replace("\n", ""), commitments=[Commitment(text="下一步，我局将加快推进工作。")])
    doc = nlp.make_doc(text)
    doc._.reply = reply
    doc = nlp(doc)
    assert [c.text for c in doc.spans["commitments"]] == ["下一步，我局将\n加快推进工作。"]
    assert ("0736-1234567", "PHONE") in _ents(doc)
    assert reply is doc_from_reply(nlp, reply)._.reply


LETTER = ("赵六代表：\n您提出的关于增设公交站台的建议收悉，现答复如下：\n"
          "下一步，我局将于2024年底前在城北新区增设3个公交站台。\n\n青岗县交通运输局\n2024年5月6日\n")


def test_reply_survives_to_bytes_and_docbin(nlp) -> None:
    from spacy.tokens import Doc, DocBin

    doc = nlp(LETTER)
    assert isinstance(doc.user_data["govdoc_reply"], str)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.reply.issuer == "青岗县交通运输局"
    assert [c.text for c in again.spans["commitments"]] == [c.text for c in doc.spans["commitments"]]
    assert again.spans["commitments"][0]._.govdoc_index == 0
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    restored = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))
    assert restored[0]._.reply.commitments[0].text == doc._.reply.commitments[0].text
    assert {(e.text, e.label_) for e in restored[0].ents} == {(e.text, e.label_) for e in doc.ents}


@pytest.mark.slow
def test_pipe_in_two_processes(nlp) -> None:
    texts = [LETTER, LETTER.replace("青岗县交通运输局", "石岭县住房和城乡建设局")]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [d._.reply.issuer for d in docs] == ["青岗县交通运输局", "石岭县住房和城乡建设局"]
    assert all(len(d.spans["commitments"]) == 1 for d in docs)
