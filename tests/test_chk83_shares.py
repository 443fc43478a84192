"""Checker round 83 (helper chk83, issue 13): a share of a part the text names but does not count — ``Số HTX
hoạt động khá chiếm 37,6%`` (``recognisers/bareshare.py``) — is unproved (``unverified``), not wrong, unless the table
keeps a rate its words name: then a wrong value stays flagged.  (A population's share, ``100% cơ sở Hội đạt vững
mạnh``, was tried as unverified and left out: it stays flagged; the kept-rate test below holds either way.)"""

from __future__ import annotations

import pytest

from service.checker.recognisers.bareshare import subject_of_bare_share
from tests.sweep_tables import case_line_verdicts, heldout, nfc


def _at(slug, quote, offset):
    text = nfc(heldout(slug))
    s = text.index(quote) + offset
    return text, s


# --- bare shares: ``<part named> chiếm X%``: four held-out sources -------------------------------------------------

@pytest.mark.parametrize("slug, line", [
    ("zz-tra-vinh-lien-minh-htx-2012-2017", "Số HTX hoạt động khá chiếm 37,6%"),
    ("zz-tra-vinh-lien-minh-htx-2012-2017", "HTX hoạt động trung bình chiếm 34,4%"),
    ("zz-tra-vinh-lien-minh-htx-2012-2017", "HTX hoạt động yếu chiếm 28%"),
    ("zp-toan-quoc-bo-cong-an-phong-chong-mua-ban-nguoi-2018",
     "số vụ án mua bán người ra nước ngoài chiếm khoảng 80%"),
    ("zb-toan-quoc-none-bao-ve-nguoi-tieu-dung-2025-9t", "kênh bưu điện chỉ chiếm 17,3%"),
    ("yw-toan-quoc-cuc-canh-sat-pccc-chay-no-2023", "các loại hình khác đều chiếm dưới 10%"),
])
def test_a_share_of_a_part_named_not_counted_is_unverified(slug, line):
    verdicts = case_line_verdicts(slug, line)
    assert [v for _, v, _ in verdicts] == ["unverified"], verdicts


@pytest.mark.parametrize("slug, quote, offset", [
    ("yb-toan-quoc-lien-minh-htx-phat-trien-htx-2022", "19.384 HTX nông nghiệp, chiếm 68,8%", 29),  # part counted
    ("t-bca-pccc-caodiem-2021", "8 vụ cháy tại nhà ở hộ gia đình (chiếm 31,4%)", 40),  # part before the bracket
    ("zy-toan-quoc-cac-truong-dai-hoc-xep-loai-tot-nghiep-2025", "tăng 9% so với", 5),  # no share verb
])
def test_real_negatives_are_no_bare_share(slug, quote, offset):
    text, s = _at(slug, quote, offset)
    assert subject_of_bare_share(text, s) is None


def test_a_kept_share_row_still_catches_a_wrong_bare_share():
    # zg-kon-tum: the sheet keeps "Tỷ lệ thanh niên có trình độ tốt nghiệp THPT" = 26
    slug, line = "zg-kon-tum-ngoc-hoi-giao-quan-2017", "chiếm trên 26%"
    assert [v for _, v, _ in case_line_verdicts(slug, line)] == ["supported"]
    assert [v for _, v, _ in case_line_verdicts(slug, line, "chiếm trên 36%")] == ["unsupported"]


# --- a percentage opening a population: ``X% <noun phrase> <predicate>``: five held-out sources ------------------

@pytest.mark.parametrize("slug, line, bad", [
    ("w-lao-cai-tre-em-2012-2022", "Trên 90% trẻ em dưới 6 tuổi", "Trên 70% trẻ em dưới 6 tuổi"),
    ("xg-kon-tum-hoi-nha-bao-tinh-nhiem-ky-2015-2020", "trên 94% hội viên", "trên 84% hội viên"),
    ("zy-thai-binh-kien-xuong-hoi-ccb-huyen-giup-nhau-xoa-ngheo-2010-h1", "hơn 85% hộ khá", "hơn 75% hộ khá"),
    ("xb-quang-nam-hoi-an-hoi-ccb-phuong-son-phong-nhiem-ky-2012-2017", "100% gia đình hội viên",
     "90% gia đình hội viên"),
    ("zp-lam-dong-cong-ty-lam-nghiep-khai-thac-go-rung-trong-2017-2020", "chiếm tỷ lệ 8% sản lượng",
     "chiếm tỷ lệ 4% sản lượng"),
    ("zw-hung-yen-so-nnptnt-tien-do-gieo-cay-lua-xuan-2015-02", "Ân Thi gần 60% diện tích", "Ân Thi gần 30% diện tích"),
])
def test_a_kept_rate_still_catches_a_wrong_population_share(slug, line, bad):
    assert [v for t, v, _ in case_line_verdicts(slug, line) if "%" in t] in (["supported"], ["derived"])
    assert [v for t, v, _ in case_line_verdicts(slug, line, bad) if "%" in t] == ["unsupported"]


def test_a_total_of_parts_counted_before_is_no_bare_share():
    # zc-tphcm-ha-noi-dai-hoc-tot-nghiep-2023 (the lead, at the merge): the parts are counted in the sentence before;
    # «Tổng số … chiếm trên 92%» is their share, wrong — flagged, not unproved (tests/test_checker_working_batch_lead)
    text = ("Trong lễ trao bằng tốt nghiệp 2023 của Trường Đại học Kinh tế TP.HCM cho 3.978 sinh viên chính quy, có 43 "
            "sinh viên xuất sắc, 1.994 sinh viên giỏi, 1.602 sinh viên khá. Tổng số sinh viên tốt nghiệp xuất sắc, giỏi, "
            "khá tại trường chiếm trên 92%.")
    assert subject_of_bare_share(text, text.index("trên 92%")) is None
    # a part named with no total before it stays a bare share
    text = "Số HTX hoạt động khá chiếm 37,6%, HTX hoạt động trung bình chiếm 34,4%."
    assert subject_of_bare_share(text, text.index("37,6%")) == "Số HTX hoạt động khá"
