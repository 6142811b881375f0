"""Stamped and photographed letters (issue 14): red ink by hue, the seal removed without the black
strokes under it, the date under a seal, the letterhead kept out of the title, phone photos."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

pytest.importorskip("cv2")

import govdoc_nlp  # noqa: E402
from govdoc_nlp.load.photo import correct_photo, find_page  # noqa: E402
from govdoc_nlp.load.seal import find_grey_seals, find_red_ink, red_mask, remove_red  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from render_stamped import photograph, render_letter, stamp_seal, stamped_pages, write_image_pdf  # noqa: E402

ISSUER = "柳河县水利局"
LETTER = """关于县十八届人大三次会议第27号建议的答复
秦晓东代表：
您提出的《关于加快柳河东岸堤防加固的建议》收悉。现答复如下：
今年以来，我局完成东岸堤防隐患排查，对3处渗漏段实施了灌浆处理，汛期运行平稳。
下一步，我局将争取省级水利资金，力争明年汛期前完成东岸2.4公里堤防加固。
感谢您对水利工作的关心和支持。
柳河县水利局
2024年6月12日
联系人：彭立新
联系电话：0734-5216608
"""


def test_hsv_rule_catches_red_and_orange_inks_not_black_or_blue():
    inks = {
        "dark red": (135, 22, 30),
        "seal red": (205, 28, 38),
        "orange-red": (232, 92, 45),
        "crimson": (190, 20, 70),
        "black": (25, 25, 25),
        "blue": (30, 50, 170),
        "dark blue": (15, 20, 90),
        "grey": (128, 120, 120),
        "brown paper": (200, 180, 160),
    }
    img = Image.new("RGB", (len(inks), 1))
    for i, c in enumerate(inks.values()):
        img.putpixel((i, 0), c)
    got = dict(zip(inks, red_mask(img)[0].tolist(), strict=True))
    assert got == {
        "dark red": True, "seal red": True, "orange-red": True, "crimson": True,
        "black": False, "blue": False, "dark blue": False, "grey": False, "brown paper": False,
    }


def test_seal_removal_keeps_black_strokes_under_the_seal():
    page = Image.new("RGB", (800, 800), (250, 250, 248))
    d = ImageDraw.Draw(page)
    strokes = [(300, 380, 560, 392), (420, 300, 432, 520)]  # a cross of black strokes under the seal
    for box in strokes:
        d.rectangle(box, fill=(15, 15, 15))
    stamped = stamp_seal(page, (400, 480), ISSUER, dpi=200)
    ink = find_red_ink(stamped)
    assert ink is not None and len(ink.seals) == 1
    x0, y0, x1, y1 = ink.seals[0]
    assert x1 - x0 > 250 and 0.8 < (x1 - x0) / (y1 - y0) < 1.25
    clean = np.asarray(remove_red(stamped, ink).convert("L")).astype(int)
    for bx0, by0, bx1, by1 in strokes:
        assert clean[by0 + 3 : by1 - 2, bx0 + 3 : bx1 - 2].max() < 90  # strokes still black
    before = np.asarray(stamped.convert("L")).astype(int)
    seal_only = (before < 200) & (np.asarray(page.convert("L")) > 200)
    assert seal_only.sum() > 5000
    assert np.median(clean[seal_only]) > 225  # the seal's own ink is paper now


def test_photo_page_corners_and_a_scan_is_not_a_photo():
    page = Image.new("RGB", (600, 850), (248, 248, 246))
    ImageDraw.Draw(page).rectangle((80, 100, 520, 110), fill=(0, 0, 0))
    assert find_page(page) is None
    out, correction = correct_photo(page)
    assert out is page and correction is None
    photo = Image.new("RGB", (800, 1000), (70, 60, 50))
    photo.paste(page.rotate(5, expand=True, fillcolor=(70, 60, 50)), (60, 40))
    s, c = math.sin(math.radians(5)), math.cos(math.radians(5))
    want = [(60, 40 + 600 * s), (60 + 600 * c, 40), (60 + 600 * c + 850 * s, 40 + 850 * c), (60 + 850 * s, 40 + 600 * s + 850 * c)]
    corners = find_page(photo)
    assert corners is not None
    assert all(math.dist(got, exp) < 8 for got, exp in zip(corners, want, strict=True)), corners
    ImageDraw.Draw(page).rectangle((0, 150, 600, 260), fill=(30, 30, 30))  # a dark band across a scan
    assert find_page(page) is None


@pytest.fixture(scope="module")
def stamped(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("stamped")
    letter = render_letter(LETTER, ISSUER, d / "letter.pdf")
    colour = stamped_pages(letter, ISSUER, dpi=200, seed=3)
    assert len(colour) == 1
    grey = stamped_pages(letter, ISSUER, dpi=300, grey=True, seed=3)
    return {
        "grey": write_image_pdf(grey, d / "grey.pdf", 300),
        "colour": write_image_pdf(colour, d / "colour.pdf", 200),
        "photo": write_image_pdf([photograph(colour[0], angle=8.5, tilt=0.07, seed=5)], d / "photo.pdf", 300),
    }


def test_stamped_page_date_letterhead_and_seal(stamped):
    r = govdoc_nlp.parse(stamped["colour"])
    assert r.date == "2024-06-12"
    assert r.title == "关于县十八届人大三次会议第27号建议的答复"
    assert r.issuer == ISSUER
    assert r.source.metadata["letterhead"] == ISSUER
    assert r.source.metadata["seal"] == [ISSUER]
    assert "correction" not in r.source.page_info[0]


def test_photographed_page_is_straightened_and_read_to_the_contact_lines(stamped):
    r = govdoc_nlp.parse(stamped["photo"])
    assert r.title == "关于县十八届人大三次会议第27号建议的答复"
    assert r.date == "2024-06-12"
    assert r.contact.person == ["彭立新"]
    assert r.contact.phone == ["0734-5216608"]
    corr = r.source.page_info[0]["correction"]
    assert corr["kind"] == "photo" and 7.0 < corr["angle"] < 10.0
    assert len(corr["corners"]) == 4


def test_grey_seal_ring_found_only_where_stamped():
    page = Image.new("RGB", (1654, 1400), (250, 250, 250))
    d = ImageDraw.Draw(page)
    for y in range(200, 1300, 60):
        d.rectangle((200, y, 1450, y + 22), fill=(20, 20, 20))  # lines of "text"
    assert find_grey_seals(page) == []
    stamped = stamp_seal(page, (1100, 900), ISSUER, dpi=200).convert("L")
    (x0, y0, x1, y1), *rest = find_grey_seals(stamped)
    assert not rest
    assert abs((x0 + x1) / 2 - 1100) < 30 and abs((y0 + y1) / 2 - (900 - 0.25 * (y1 - y0))) < 40


def test_grey_stamped_page_date_and_letterhead(stamped):
    r = govdoc_nlp.parse(stamped["grey"])
    assert r.date == "2024-06-12"
    assert r.issuer == ISSUER
    assert r.title == "关于县十八届人大三次会议第27号建议的答复"  # the letterhead above its (grey) rule is not the title
    assert r.source.metadata["letterhead"] == ISSUER
