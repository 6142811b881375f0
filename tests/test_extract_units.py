"""Field extractors on short, realistic snippets: dates, deadlines, addressees, references,
contact blocks and commitment rules."""

from __future__ import annotations

import pytest

from govdoc_nlp import parse_text
from govdoc_nlp.extract.commitments import find_commitments, intent_verb, passage_marker
from govdoc_nlp.extract.dates import chinese_number, find_date_line
from govdoc_nlp.extract.deadlines import find_deadline
from govdoc_nlp.extract.reference import _find_numbers, _find_session, find_proposal_title


@pytest.mark.parametrize(
    "line, iso",
    [
        ("2022年7月22日", "2022-07-22"),
        ("2022 年 7 月 22 日", "2022-07-22"),
        ("二〇二二年七月二十二日", "2022-07-22"),
        ("二0一七年五月二十六日", "2017-05-26"),
        ("二○一二年六月十四日", "2012-06-14"),
        ("2020824", "2020-08-24"),
        ("202373日", "2023-07-03"),
        ("青川市水务局 2023年5月8日", "2023-05-08"),
        ("2023年", None),
    ],
)
def test_date_lines(line, iso):
    found = find_date_line(line)
    assert found is not None
    assert found.iso == iso


def test_印发_line_is_not_a_signature_date():
    assert find_date_line("秦原县民政局办公室 2024年6月21日印发") is None


def test_chinese_numbers():
    assert chinese_number("二十六") == 26
    assert chinese_number("十") == 10
    assert chinese_number("二〇二三") == 2023


@pytest.mark.parametrize(
    "text, expected",
    [
        ("计划于2024年11月底前建成投用", "2024-11-30"),
        ("力争年底前完成改造", "2023-12-31"),
        ("确保明年汛期前完工", "2024-12-31"),
        ("预计9月前开工建设", "2023-09-30"),
        ("力争2025年6月底前全部完成", "2025-06-30"),
        ("争取在上半年完成", "2023-06-30"),
    ],
)
def test_deadlines_resolve_against_the_reply_date(text, expected):
    d = find_deadline(text, "2023-07-12")
    assert d is not None and d.date == expected


def test_no_deadline_in_plain_text():
    assert find_deadline("我局将继续加强监督检查，切实保障群众权益。", "2023-07-12") is None


@pytest.mark.parametrize(
    "text, session, numbers",
    [
        ("对市政协五届七次会议第57165号提案的答复", "市政协五届七次会议", ["57165"]),
        ("关于对滨海市十五届人大四次会议代表建议第0057号的答复", "滨海市十五届人大四次会议", ["0057"]),
        ("关于政协青川市第八届委员会第二次会议第36号提案的答复", "政协青川市第八届委员会第二次会议", ["36"]),
        ("对十四届全国人大一次会议第4321号建议的答复", "十四届全国人大一次会议", ["4321"]),
        ("关于县第十八届人民代表大会第一次会议第13、53号建议的答复", "县第十八届人民代表大会第一次会议", ["13", "53"]),
        ("关于省十四届人大二次会议温36号建议的答复", "省十四届人大二次会议", ["温36"]),
        ("关于市十七届人大三次会议第DH0271号建议的答复", "市十七届人大三次会议", ["DH0271"]),
        ("關于對縣十九屆人大二次會議第52號代表建議的答復", "縣十九屆人大二次會議", ["52"]),
    ],
)
def test_session_and_numbers(text, session, numbers):
    assert _find_session(text)[0] == session
    assert _find_numbers(text)[0] == numbers


def test_文号_is_not_a_proposal_number():
    assert _find_numbers("信教体函〔2022〕57号") is None


@pytest.mark.parametrize(
    "text, title",
    [
        ("您提出的《关于加强校园周边交通安全管理的建议》已收悉。", "关于加强校园周边交通安全管理"),
        ("你们提出的关于推进老旧小区改造的提案收悉，现答复如下：", "关于推进老旧小区改造"),
        ("您提出的“关于解决山区学校饮水困难的问题”建议，已交我局办理", "关于解决山区学校饮水困难的问题"),
        ('你们提出的"关于加强农民技能培训的提案"收悉。', "关于加强农民技能培训"),
        ("您提出的《關於加強河道治理的建議》（第28號）收悉", "關於加強河道治理"),
        ("您提出的“关于在新区增设停车泊位，解决“停车难”问题的建议收悉", "关于在新区增设停车泊位，解决“停车难”问题"),
    ],
)
def test_proposal_title_as_quoted(text, title):
    assert find_proposal_title(text)[0] == title


@pytest.mark.parametrize(
    "sentence",
    [
        "下一步，我局将继续加大投入。",
        "我局下一步将采取以下措施：一是加强巡查；二是完善制度。",
        "针对您提出的问题，下一步，我们将会同有关部门研究解决。",
        "在今后工作中，我们将认真采纳你们的意见和建议。",
        "有关部门下一步拟采取的措施。",
    ],
)
def test_marker_sentences_open_a_passage(sentence):
    assert passage_marker(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "为下一步工作打下了坚实基础。",
        "近期，我局组织开展了专项检查。",
        "三、下一步工作打算",
    ],
)
def test_markers_that_do_not_look_ahead(sentence):
    assert passage_marker(sentence) is None


@pytest.mark.parametrize(
    "sentence, issuer",
    [
        ("我局将协调学校成立护学队。", "松岭区公安分局"),
        ("我们也将积极督促地方政府做好收集整理工作。", ""),
        ("国办将会同有关部门继续探索绩效评估问题。", "国务院办公厅"),
        ("将由省交通运输厅牵头，抓紧研究制定相关政策。", ""),
        ("我站计划于今年9月底前完成该项改造。", ""),
        ("国办正在牵头组织建设门户网站，力争今年年内推出。", "国务院办公厅"),
        ("我局将每季度向你们通报一次项目进展。", ""),
    ],
)
def test_replier_intent_sentences_are_commitments(sentence, issuer):
    assert intent_verb(sentence, issuer) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "现将有关情况答复如下：",
        "我们已将你们的意见向省人社厅作了反映。",
        "该项目建成后将可同时容纳300人开展实操训练。",
        "这些措施将进一步方便群众反映意见。",
        "如将线路向北延伸至新区，需新增运营里程3公里。",
        "鼓励院校与企业共建实训基地，将“课堂搬进车间”。",
        "我市职业教育一直坚持将职业培训摆在重要位置。",
        "中央门户网站建成之后，必将对服务体系起到带动作用。",
        "该项工作已列入年度计划。",
        "我们会及时跟进，做好协调服务。",
    ],
)
def test_sentences_that_are_not_commitments(sentence):
    assert intent_verb(sentence, "青川市交通运输局") is None
    assert passage_marker(sentence) is None


def test_passage_runs_to_the_end_of_its_paragraph():
    para = "今年以来已完成整治41处。下一步，我局将积极筹措资金。同时，会同乡镇加强监督检查，确保设施长见效。"
    found = find_commitments(para)
    assert len(found) == 1
    start, end, marker, kind = found[0]
    assert para[start:end] == "下一步，我局将积极筹措资金。同时，会同乡镇加强监督检查，确保设施长见效。"
    assert (marker, kind) == ("下一步", "passage")


REPLY = """关于对青川市政协十届三次会议第118号提案的答复
尊敬的白秋云委员：
您提出的《关于加强城区学校门口交通安全管理的建议》已收悉。现答复如下：
一、基本情况
城区共有中小学校31所，上下学时段人车混行问题突出。
二、下一步工作打算
（一）推行错峰放学。下一步，我局将会同教育部门在本学期内推行错峰放学。
（二）完善设施。我局计划于2023年10月底前在8所学校门口增设护栏。
感谢您对公安交通管理工作的关心和支持。
青川市公安局
2023年9月12日
承办单位：青川市公安局交通警察大队
联系人：郭永新    联系电话：0371-69785210
承办负责人：李国平
抄送：市政协提案委（2份），市政府督查室（1份）。
青川市公安局办公室 2023年9月13日印发
"""


def test_whole_reply_fields():
    r = parse_text(REPLY)
    assert r.title == "关于对青川市政协十届三次会议第118号提案的答复"
    assert r.doc_type == "proposal_reply"
    assert (r.proposal.session, r.proposal.number) == ("青川市政协十届三次会议", "118")
    assert r.proposal.title == "关于加强城区学校门口交通安全管理"
    assert (r.addressee.names, r.addressee.role, r.addressee.honorific) == (["白秋云"], "委员", "尊敬的")
    assert (r.issuer, r.date) == ("青川市公安局", "2023-09-12")
    assert r.contact.organizer == "青川市公安局交通警察大队"
    assert r.contact.person == ["郭永新"] and r.contact.phone == ["0371-69785210"]
    assert [(o.role, o.name) for o in r.contact.officials] == [("承办负责人", "李国平")]
    assert [(c.name, c.copies) for c in r.cc] == [("市政协提案委", 2), ("市政府督查室", 1)]
    assert (r.printing.office, r.printing.date) == ("青川市公安局办公室", "2023-09-13")
    assert [(s.level, s.number, s.heading) for s in r.sections] == [
        (1, "一", "基本情况"), (1, "二", "下一步工作打算"), (2, "一", "推行错峰放学"), (2, "二", "完善设施"),
    ]
    assert r.sections[2].parent == 1 and r.sections[2].path == ["二、", "（一）"]
    assert [c.text for c in r.commitments] == [
        "下一步，我局将会同教育部门在本学期内推行错峰放学。",
        "我局计划于2023年10月底前在8所学校门口增设护栏。",
    ]
    second = r.commitments[1]
    assert second.section == 3 and second.strength == "planned" and second.deadline.date == "2023-10-31"
    span = r.provenance["proposal.number"]
    assert REPLY[span.start : span.end] == "118"
    assert REPLY[r.commitments[0].span.start : r.commitments[0].span.end] == r.commitments[0].text


def test_run_in_enumeration_items_belong_to_their_paragraph_not_sections():
    text = (
        "关于县十九届人大二次会议第12号建议的答复\n王明代表：\n您提出的《关于加强农村供水保障的建议》收悉，现答复如下：\n"
        "我局高度重视农村供水工作：一是完成了3处水源地改造；二是新建管网12公里；三是建立了水质月检制度。\n"
        "感谢您的关心和支持。\n青川县水利局\n2023年6月1日\n"
    )
    r = parse_text(text)
    assert r.sections == []
    para = next(p for p in r.paragraphs if p.items)
    assert [i.marker for i in para.items] == ["一是", "二是", "三是"]
    assert para.items[1].text == "二是新建管网12公里"
    assert text[para.items[0].span.start : para.items[0].span.end].startswith("一是完成了3处水源地改造")


def test_the_issuers_name_right_above_the_title_is_its_first_line():
    r = parse_text("青川县林业局\n关于县十九届人大二次会议第27号建议的答复\n王明代表：\n您提出的建议收悉。\n")
    assert r.title == "青川县林业局关于县十九届人大二次会议第27号建议的答复"
    assert r.issuer == "青川县林业局"


def test_a_name_set_apart_from_the_title_is_a_letterhead():
    r = parse_text("青川县林业局文件\n青林函〔2023〕12号\n关于县十九届人大二次会议第27号建议的答复\n王明代表：\n您提出的建议收悉。\n")
    assert r.title == "关于县十九届人大二次会议第27号建议的答复"
    assert r.issuer == "青川县林业局"


def test_力争_in_a_past_sentence_is_no_commitment():
    assert intent_verb("去年，我局力争将该项目列入省级规划，并于11月完成了可行性研究。") is None
    assert intent_verb("我局已完成一期工程，力争年底前完成二期。") == "力争"


@pytest.mark.parametrize(
    ("sentence", "reply_date", "verb"),
    [
        ("今年10月将锦绣华庭配套幼儿园由民办转为公办。", "2024-09-06", "将"),
        ("10月底前将该路段纳入养护计划。", "2024-09-06", "将"),
        ("今年3月将西苑小区配套幼儿园收回，交由实验幼儿园托管。", "2024-09-06", None),
        ("今年10月将锦绣华庭配套幼儿园由民办转为公办。", "2024-11-20", None),
        ("今年10月将锦绣华庭配套幼儿园由民办转为公办。", None, None),
        ("明年将该路段纳入养护计划。", "2024-09-06", "将"),
        ("近年来将该路段纳入养护计划。", "2024-09-06", None),
    ],
)
def test_jiang_with_a_disposal_verb_is_a_promise_after_a_month_still_to_come(sentence, reply_date, verb):
    assert intent_verb(sentence, "临沅市教育局", reply_date) == verb


@pytest.mark.parametrize(
    "sentence",
    [
        "去年答复同类建议时，我局曾表示今后将逐步扩大助餐点覆盖面，一年来已新增助餐点12个。",
        "将预制菜生产企业纳入食品生产重点监管对象，全年共检查企业386家次。",
    ],
)
def test_reported_past_promises_and_将_with_a_disposal_verb_are_not_commitments(sentence):
    assert passage_marker(sentence) is None
    assert intent_verb(sentence) is None


def test_addressee_with_a_greeting_after_a_comma():
    r = parse_text("关于区第十届人大四次会议第77号建议的答复\n滕玉霞代表，您好！\n您提出的建议收悉。\n")
    assert (r.addressee.names, r.addressee.role, r.addressee.greeting) == (["滕玉霞"], "代表", "您好")


def test_title_and_addressee_joined_on_one_line_by_a_web_copy():
    r = parse_text("青川县交通运输局关于县十九届人大一次会议第58号建议的答复 蒲建英代表：\n您提出的《关于优化公交线路的建议》收悉。\n")
    assert r.title == "青川县交通运输局关于县十九届人大一次会议第58号建议的答复"
    assert r.addressee.names == ["蒲建英"]


def test_breadcrumbs_with_any_separator_are_page_chrome():
    from govdoc_nlp.clean.noise import line_noise

    assert line_noise("首页›政府信息公开›政协提案答复") == "chrome"
    assert line_noise("网站首页 > 信息公开 > 人大建议 > 正文") == "chrome"


def test_delegation_before_the_addressee_and_delegation_number():
    r = parse_text("关于县十八届人大五次会议第城12号建议的答复\n城关代表团马德林代表：\n您领衔提出的《关于建设森林公园的建议》收悉。\n")
    assert (r.addressee.names, r.addressee.role, r.addressee.delegation) == (["马德林"], "代表", "城关代表团")
    assert r.proposal.number == "城12"


def test_numbered_heading_followed_by_a_year_and_a_delegation_addressed_as_a_body():
    r = parse_text(
        "关于县十九届人大三次会议第6号建议的答复\n黄柏镇代表团：\n你们提出的《关于修复通村公路的建议》收悉，现答复如下：\n"
        "1.2019年以来，我局累计修复通村公路42公里。\n2.今年新建桥梁3座。\n"
    )
    assert [(s.level, s.number, s.heading) for s in r.sections] == [(3, "1", "2019年以来，我局累计修复通村公路42公里"), (3, "2", "今年新建桥梁3座")]
    assert (r.addressee.organization, r.addressee.names, r.addressee.role) == ("黄柏镇代表团", [], None)
    assert r.doc_type == "suggestion_reply"


@pytest.mark.parametrize(
    "text, heading",
    [("一、5G网络建设", True), ("（一）12个乡镇已完成", True), ("1.2019年以来，我局", True), ("1.5万人次", False), ("2.加强管理", True), ("一、", False)],
)
def test_numbered_heading_rule_shared_by_paragraphs_and_sections(text, heading):
    from govdoc_nlp.patterns.compiled import heading_match

    assert (heading_match(text) is not None) is heading


def test_a_heading_on_its_own_line_is_no_commitment_and_office_phone_labels_are_contact():
    r = parse_text(
        "关于县十八届人大二次会议第9号建议的答复\n王明代表：\n您提出的建议收悉，现答复如下：\n三、下一步打算\n"
        "下一步，我局将继续加大资金争取力度。\n青川县卫生健康局\n2024年8月5日\n联系单位 县卫健局医政股 联系人 田晓梅\n办公电话 0745-3526817 手机 13907451263\n"
    )
    assert [c.text for c in r.commitments] == ["下一步，我局将继续加大资金争取力度。"]
    assert (r.issuer, r.date) == ("青川县卫生健康局", "2024-08-05")
    assert r.contact.person == ["田晓梅"] and r.contact.phone == ["0745-3526817", "13907451263"]
