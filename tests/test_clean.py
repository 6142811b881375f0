"""Cleaning: offsets back to the source, extractor spaces, garbled runs, page furniture, paragraphs."""

from __future__ import annotations

from govdoc_nlp.clean import clean
from govdoc_nlp.clean.chars import clean_line, display_width
from govdoc_nlp.clean.mapped import MappedText
from govdoc_nlp.clean.mojibake import mojibake_runs
from govdoc_nlp.clean.noise import line_noise
from govdoc_nlp.clean.paragraphs import detect_wrap
from govdoc_nlp.load.text import text_document


def test_spaces_between_cjk_and_digits_are_removed_and_offsets_kept():
    src = "  对市政协五届七次会议第 57165 号提案的答复  "
    mapped, indent = clean_line(src, 0, len(src))
    assert mapped.text == "对市政协五届七次会议第57165号提案的答复"
    assert indent == 2
    start = mapped.text.index("57165")
    s, e = mapped.source_span(start, start + 5)
    assert src[s:e] == "57165"


def test_gap_of_several_spaces_stays_one_separator():
    src = "信阳市教育体育局办公室                     2022 年 7 月 22 日印发"
    mapped, _ = clean_line(src, 0, len(src))
    assert mapped.text == "信阳市教育体育局办公室 2022年7月22日印发"


def test_full_width_digits_fold_and_chinese_punctuation_stays():
    src = "２０２３年７月１２日，联系电话：（０８７１）"
    mapped, _ = clean_line(src, 0, len(src))
    assert mapped.text == "2023年7月12日，联系电话：（0871）"


def test_utf8_read_as_gbk_run_is_found():
    garbled = "关于加快推进".encode().decode("gbk", errors="replace")
    line = garbled + "关于加快推进"
    runs = mojibake_runs(line)
    assert runs and runs[0][0] == 0
    kept = "".join(ch for i, ch in enumerate(line) if not any(a <= i < b for a, b in runs))
    assert kept.endswith("关于加快推进")


def test_plain_chinese_is_never_taken_for_garbage():
    assert mojibake_runs("实施“人人持证、技能河南”建设，是省委、省政府加快实施“十大战略”") == []
    assert mojibake_runs("關於對縣十九屆人大二次會議第52號代表建議的答復") == []


def test_page_numbers_and_web_residue_are_noise():
    for line in ("— 3 —", "-2-", "- 1 -", "第2页 共5页", "3/5"):
        assert line_noise(line) == "page_number", line
    for line in ("当前位置：首页 > 政务公开", "【打印本页】【关闭窗口】", "字号：[ 大 中 小 ]", "主办单位：某市人民政府办公室 承办单位：某市大数据局", "主办：某区人民政府办公室  承办：某区大数据中心"):
        assert line_noise(line) == "chrome", line
    assert line_noise("主办单位：信阳市教育体育局 联系人：张超 电话：6230042") is None
    assert line_noise("一、关于出台相关政策的建议") is None


def test_mapped_text_join_and_slice_keep_source_offsets():
    a = MappedText("甲乙", [(0, 10, 2)])
    b = MappedText("丙丁", [(0, 20, 2)])
    joined = MappedText.join([a, b])
    assert joined.text == "甲乙丙丁"
    assert joined.source_offset(2) == 20
    assert joined.slice(1, 3).source_span(0, 2) == (11, 21)


def test_wrapped_lines_detected_by_their_common_width():
    widths = [26, 28, 28, 27.5, 28, 12, 26, 28, 28, 9]
    assert detect_wrap(widths) is not None
    assert detect_wrap([80, 150, 12, 230, 60, 90, 40]) is None
    assert display_width("第57165号") == 7


def test_paragraphs_rebuilt_across_line_and_page_breaks():
    text = (
        "倪雪峰委员：\n"
        "　　您提出的关于加快推进职业教育创新发展的提案收悉。经市\n"
        "教育体育局研究办理，现答复如下：\n"
        "　　实施职业技能提升行动，是一项战略工程、民生工程。自开\n"
        "展工作以来，全市教育体育系统总体进展情况良好，各项工作\n"
        "— 1 —\n"
        " 有序推进，取证人数居于全省前列，受到上级充分肯定和表扬\n"
        "。\n"
        "一、关于出台相关政策的建议。为推动工作顺利实施，我局印发\n"
        "了工作方案。\n"
    )
    doc = clean(text_document(text))
    paras = [p.text.text for p in doc.paragraphs]
    assert paras[0] == "倪雪峰委员："
    assert paras[1] == "您提出的关于加快推进职业教育创新发展的提案收悉。经市教育体育局研究办理，现答复如下："
    assert paras[2].startswith("实施职业技能提升行动") and paras[2].endswith("受到上级充分肯定和表扬。")
    assert paras[3].startswith("一、关于出台相关政策的建议")
    assert doc.noise.get("page_number") == 1


def test_kept_first_line_indents_split_a_paragraph_that_ends_on_a_full_line():
    text = (
        "　　近年来，我市持续推进农村公路建设，累计完成投资十二亿元，\n"
        "新改建农村公路八百公里，群众出行条件明显改善，满意度提高。\n"
        "　　目前，全市仍有部分自然村未通硬化路，主要集中在山区。我\n"
        "局已将其纳入规划，分年度组织实施，逐步解决群众出行难题。\n"
        "　　一、关于农村公路养护问题\n"
        "　　我局建立了县乡村三级养护体系，落实养护资金四千万元。\n"
        "　　二、关于客运班线问题\n"
        "　　交通运输是经济发展的先行官。全市将继续加大投入力度，\n"
        "持续改善农村群众出行条件，推动城乡交通一体化发展。\n"
    )
    paras = [p.text.text for p in clean(text_document(text)).paragraphs]
    assert len(paras) == 6
    assert paras[1].startswith("目前") and paras[1].endswith("逐步解决群众出行难题。")


def test_paragraphs_joined_on_one_line_split_only_where_a_new_paragraph_opens():
    text = (
        "王明代表：\n"
        "您提出的建议收悉，现答复如下：近年来我局持续推进道路硬化，已完成投资一千万元。 目前仍有部分路段待改造，我局已列入计划。"
        " 下一步，我局将加快推进剩余路段建设，力争年底前全部完工。 感谢您对交通工作的关心和支持。\n"
    )
    paras = [p.text.text for p in clean(text_document(text)).paragraphs]
    assert paras == [
        "王明代表：",
        "您提出的建议收悉，现答复如下：近年来我局持续推进道路硬化，已完成投资一千万元。目前仍有部分路段待改造，我局已列入计划。",
        "下一步，我局将加快推进剩余路段建设，力争年底前全部完工。",
        "感谢您对交通工作的关心和支持。",
    ]


def test_every_web_chrome_pattern_has_a_pre_check_keyword():
    from govdoc_nlp.patterns import lexicon

    missing = [p for p in lexicon.WEB_CHROME_LINE_PATTERNS if not any(k in p for k in lexicon.WEB_CHROME_KEYWORDS)]
    assert missing == []
