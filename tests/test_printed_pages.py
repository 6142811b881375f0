"""Web pages and letters as an archive prints them: a GB/T 9704-like PDF at 28 characters a line
(tests/fixtures/render_pdf.py), so an info bar's value or a title breaks at the margin."""

from __future__ import annotations

from fixtures.render_pdf import render_pdf
from helpers import corpus_path

import govdoc_nlp

INFO_BAR_PAGE = (
    "当前位置: 首页 > 政务公开 > 建议提案 > 市人大代表建议\n"
    "对棠浦市九届人大二次会议第77号建议的答复\n"
    "编稿时间: 2020-06-19 16:40 来源: 市国资委\n"
    "严春梅代表:\n"
    "你提出的《关于恢复南站至开发区班车的建议》收悉。现答复如下:\n"
    "南站至开发区班车已由市公交集团恢复运营,每日发车8班。\n"
    "特此回复。\n"
    "2020年6月12日\n"
)

UNADDRESSED = (
    "关于市政协六届二次会议第309号提案的答复\n"
    "关于“加快社区食堂建设的提案”,需要民政、市场监管和街道共同推进。针对“场地”的问题,今年已利用社区用房建成社区食堂9个。"
    "针对“运营补贴”的问题,将按照每餐1元的标准对老年人就餐给予补贴,减轻老年人负担。\n"
    "沅坪市民政局\n"
    "2020年9月3日\n"
)


def test_an_info_bar_value_the_margin_broke_still_names_the_issuer(tmp_path):
    reply = govdoc_nlp.parse(render_pdf(INFO_BAR_PAGE, tmp_path / "bar.pdf"))
    assert reply.issuer == "市国资委"  # 来源: 市国资 / 委
    assert reply.addressee.names == ["严春梅"]


def test_a_printed_title_without_a_salutation_under_it_is_the_title(tmp_path):
    reply = govdoc_nlp.parse(render_pdf(UNADDRESSED, tmp_path / "bare.pdf"))
    assert reply.title == "关于市政协六届二次会议第309号提案的答复"
    assert reply.issuer == "沅坪市民政局"

HANDLING_FORM = (
    "青崖旗第十五届人民代表大会第三次会议第41号建议办理单\n"
    "新编号:第41号\n"
    "代表姓名:巴图孟和、乌云其其格\n"
    "主办单位:青崖旗农牧和科技局\n"
    "事 由:关于扶持牧区饲草料储备的建议\n"
    "办理情况:\n"
    "巴图孟和等代表:\n"
    "您在青崖旗第十五届人民代表大会第三次会议提出的《关于扶持牧区饲草料储备的建议》收悉。现答复如下:\n"
    "今年我局争取饲草料储备补贴资金260万元,建成饲草料储备库4座。\n"
    "青崖旗农牧和科技局\n"
    "2024年8月26日\n"
)


def test_a_form_title_the_margin_broke_inside_its_number_is_whole(tmp_path):
    reply = govdoc_nlp.parse(render_pdf(HANDLING_FORM, tmp_path / "form.pdf"))
    assert reply.title == "青崖旗第十五届人民代表大会第三次会议第41号建议办理单"

UNADDRESSED_FORM = (
    "沣源市政协六届三次会议提案办理回复单\n"
    "提案名称:关于增加城区公办托育机构供给的建议\n"
    "主要承办单位:沣源市卫生健康委员会\n"
    "主办人:邝晓岚\n"
    "办理回复:\n"
    "城区现有公办托育机构2家,提供托位360个,难以满足双职工家庭的需求。"
    "下一步,我委将在城东、城南两个片区各新建1所公办托育机构,力争明年9月前投入使用,新增托位400个。\n"
)


def test_a_printed_handling_form_without_a_salutation_keeps_its_answer_whole(tmp_path):
    reply = govdoc_nlp.parse(render_pdf(UNADDRESSED_FORM, tmp_path / "form2.pdf"))
    assert reply.title == "沣源市政协六届三次会议提案办理回复单"
    assert reply.issuer == "沣源市卫生健康委员会"
    assert [c.text for c in reply.commitments] == ["下一步,我委将在城东、城南两个片区各新建1所公办托育机构,力争明年9月前投入使用,新增托位400个。"]


BROKEN_LABEL_ROW = (
    "首页 >> 部门目录 >> 澄河县民政局\n"
    "索  引  号:chxmzj-/2023-0715002 公开范围:公开 发布机关:澄河县民政局 著录日期: 发文字号:\n"
    "关于对澄河县第九届人民代表大会第二次会议第31号建议办理情况的复函\n"
    "葛秀云、常立平代表:\n"
    "你们提出的《关于硬化南岭村公墓进场道路的建议》,交由我局研究办理。现函复如下:\n"
    "南岭村公墓进场道路已纳入今年乡村道路提升项目,路基已完成施工。\n"
)


def test_an_info_row_whose_label_the_margin_broke_still_names_the_publisher(tmp_path):
    reply = govdoc_nlp.parse(render_pdf(BROKEN_LABEL_ROW, tmp_path / "row.pdf"))
    assert reply.issuer == "澄河县民政局"  # 公开范 / 围:公开发布机关:澄河县民政局著录日期: (no signature)


ONE_LINE_LETTER = (
    "对澄溪市四届人大三次会议第52号建议的答复\n"
    "尹秀芝代表: 您提出的《关于在老城区增设公共停车泊位的建议》收悉,感谢您对交通工作的关心和支持。现答复如下: "
    "我局于今年3月对老城区停车需求进行了摸排,共有公共泊位640个,缺口较大。我局将会同住建部门,在今年的背街小巷改造中"
    "施划临时泊位200个。 二00九年七月八日\n"
    "抄送:市人大代工委2份 市政府督查室2份\n"
)


def test_a_printed_one_line_letter_keeps_its_date_and_copies(tmp_path):
    reply = govdoc_nlp.parse(render_pdf(ONE_LINE_LETTER, tmp_path / "line.pdf"))
    assert reply.date == "2009-07-08"  # …泊位200个。二00九年七月八日: glued after the last sentence
    assert [(c.name, c.copies) for c in reply.cc] == [("市人大代工委", 2), ("市政府督查室", 2)]  # X2份Y2份


def _printed(doc_id: str, tmp_path):
    """A corpora page printed as a PDF, parsed."""
    page = corpus_path(doc_id).read_text(encoding="utf-8")
    return govdoc_nlp.parse(render_pdf(page, tmp_path / f"{doc_id}.pdf"))


def test_the_rest_of_a_breadcrumb_the_margin_broke_is_no_title(tmp_path):
    reply = _printed("c557", tmp_path)  # 您所在的位置:网站首页 > … > 市人大代表建议与答复, no title
    assert reply.title is None and reply.issuer == "蓝湾市公安局"


def test_a_pronunciation_the_margin_broke_is_dropped(tmp_path):
    reply = _printed("c574", tmp_path)  # a glossed copy: 集團(tuán)將 breaks as 集團(t / uán)將
    assert [c.text[-8:] for c in reply.commitments] == ["展下步建設工作。"]
    assert "(" not in reply.commitments[0].text


def test_an_info_box_title_the_margin_broke_is_whole(tmp_path):
    reply = _printed("c564", tmp_path)  # - 中文名:关于…第1 / 7号提案的答复
    assert reply.title == "关于对政协澄江市三届二次会议第17号提案的答复" and reply.proposal.number == "17"
