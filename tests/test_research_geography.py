"""Where-family variables: province, prefecture, county and the GB/T 2260 code, from the shipped
division list; measured on the 80 real web replies when ../shared is present."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import govdoc_nlp
from govdoc_nlp.model import Contact, Proposal, Reply
from govdoc_nlp.research.divisions import chain, divisions, names, scan
from govdoc_nlp.research.geography import geography_variables, place, valid_adcode

DATA = Path(__file__).resolve().parent / "data"


def _reply(issuer: str | None = None, text: str = "", title: str | None = None, session: str | None = None,
           organizer: str | None = None) -> Reply:
    return Reply(issuer=issuer, title=title, text=text, proposal=Proposal(session=session),
                 contact=Contact(organizer=organizer))


def test_division_list_is_the_official_one() -> None:
    table = divisions()
    assert len([d for d in table.values() if d.level == 1]) == 34
    assert 3000 < len([d for d in table.values() if d.level == 3]) < 3300
    assert table["430611"].name == "君山区" and table["430611"].parent == "430600"
    assert [d.name for d in chain("410183")] == ["河南省", "郑州市", "新密市"]
    # a county-level city directly under the province has no prefecture
    assert [d.name for d in chain("429004")] == ["湖北省", "仙桃市"]
    # a name used before a change points at today's code
    assert [d.code for d in names()["济阳县"]] == ["370115"]
    assert {d.code for d in names()["鼓楼区"]} >= {"320106", "350102"}


def test_scan_reads_full_short_and_former_names() -> None:
    found = [(m.how, [d.code for d in m.divisions]) for m in scan("淮北杜集区教育局和济阳县交通局")]
    assert found == [("short", ["340600"]), ("name", ["340602"]), ("name", ["370115"])]
    # a short name alone in running text is no mention (日照 is also a word)
    assert list(scan("我们到白银看了看日照情况")) == []


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        ("岳阳市君山区住房和城乡建设局", ("湖南省", "岳阳市", "君山区", "430611")),  # 市辖区
        ("新密市住建局", ("河南省", "郑州市", "新密市", "410183")),  # 县级市
        ("仙桃市交通运输局", ("湖北省", None, "仙桃市", "429004")),  # 省直辖县级市
        ("重庆市渝北区城市管理局", ("重庆市", None, "渝北区", "500112")),  # 直辖市的区
        ("红河哈尼族彝族自治州交通运输局", ("云南省", "红河哈尼族彝族自治州", None, "532500")),  # 自治州
        ("阿拉善左旗农牧局", ("内蒙古自治区", "阿拉善盟", "阿拉善左旗", "152921")),  # 盟, 旗
        ("塔城地区商务局", ("新疆维吾尔自治区", "塔城地区", None, "654200")),  # 地区
        ("浙江省交通运输厅", ("浙江省", None, None, "330000")),
        ("教育部", (None, None, None, None)),
    ],
)
def test_place_of_the_issuer(issuer: str, expected: tuple) -> None:
    v = geography_variables(_reply(issuer, "您提出的建议收悉。"))
    assert (v["province"], v["prefecture"], v["county"], v["adcode"]) == expected


def test_a_city_bureau_naming_its_counties_gets_no_county() -> None:
    text = "您的建议收悉。目前长沙县、浏阳市、宁乡市三地的公交线路已经贯通。"
    v = geography_variables(_reply("长沙市交通运输局", text))
    assert (v["prefecture"], v["county"], v["adcode"], v["geo_source"]) == ("长沙市", None, "430100", "issuer")


def test_development_zone_and_new_area_go_to_their_city() -> None:
    v = geography_variables(_reply("西安高新技术产业开发区管理委员会", "建议收悉。"))
    assert (v["province"], v["prefecture"], v["county"]) == ("陕西省", "西安市", None)


def test_without_issuer_the_site_lines_and_the_township_decide() -> None:
    text = "李明代表：\n您的建议收悉。\n感谢您对我局工作的支持。\n主办：岳阳市华容县人民政府  版权所有\n"
    v = geography_variables(_reply(None, text, session="县十八届人大二次会议"))
    assert (v["county"], v["adcode"], v["geo_source"]) == ("华容县", "430623", "site")
    # a township body found in the township list, alone or told apart by the county named in the text
    p = place(_reply("桃花源镇人民政府", "建议收悉。"), "township")
    assert (p.province, p.prefecture, p.county) == ("湖南省", "常德市", "桃源县")
    p = place(_reply("西塘镇人民政府", "建议收悉。我镇已会同嘉善县交通运输局实地查看。"), "township")
    assert (p.province, p.county, p.adcode) == ("浙江省", "嘉善县", "330421")


def test_traditional_characters_are_read() -> None:
    v = geography_variables(_reply("嶽陽縣水利局", "建議收悉。"))
    assert (v["county"], v["adcode"]) == ("岳阳县", "430621")


def _truth() -> dict[str, dict[str, str]]:
    with (DATA / "real_web_geo.csv").open(encoding="utf-8") as fh:
        return {r["doc_id"]: r for r in csv.DictReader(fh)}


def _score(rows: list[tuple[str, str | None]]) -> tuple[int, int, int, int, int]:
    """Right provinces; right prefectures and how many apply; right counties and how many apply."""
    truth = _truth()
    province = prefecture = applicable = county = counties = 0
    for doc_id, adcode in rows:
        t = truth[doc_id]
        found = {d.level: d.code for d in chain(adcode)} if adcode else {}
        province += found.get(1, "") == t["province_code"]
        if t["prefecture_code"]:
            applicable += 1
            prefecture += found.get(2, "") == t["prefecture_code"]
        counties += bool(t["county_code"])
        county += found.get(3, "") == t["county_code"]  # also right when neither has one
    return province, prefecture, applicable, county, counties


@pytest.mark.slow
def test_real_web_geography_with_parsed_and_with_gold_fields(shared: Path) -> None:
    folder = shared / "corpus" / "real-web"
    parsed, gold_rows = [], []
    for path in sorted(folder.glob("rw-*.txt")):
        reply = govdoc_nlp.parse(str(path))
        v = geography_variables(reply)
        assert v["province"] is None or valid_adcode(v["adcode"])
        parsed.append((path.stem, v["adcode"]))
        gold = json.loads((folder / f"{path.stem}.gold.json").read_text(encoding="utf-8"))["fields"]
        reply.issuer, reply.title = gold.get("issuer"), gold.get("title")
        reply.proposal.session = gold.get("proposal.session")
        gold_rows.append((path.stem, geography_variables(reply)["adcode"]))
    assert len(parsed) == 80
    for rows in (parsed, gold_rows):
        province, prefecture, applicable, county, counties = _score(rows)
        assert province >= 76
        assert applicable == 70 and prefecture >= 67
        assert counties == 63 and county >= 76


def test_county_directly_under_the_province_counts_for_a_city_level_body() -> None:
    # 五家渠市 is read as a city-level body (not a listed 县级市) yet sits directly under Xinjiang
    v = geography_variables(_reply("第六师五家渠市教育局", "建议收悉。"))
    assert (v["province"], v["prefecture"], v["county"], v["adcode"]) == ("新疆维吾尔自治区", None, "五家渠市", "659004")
