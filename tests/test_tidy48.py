"""Stop 48's tidy: the byline and the band read once for the checker and the template, the other-place steps walked
in one place (``checker.elsewhere``). Quotes as printed."""

from __future__ import annotations

from types import SimpleNamespace

from service.checker.elsewhere import ANOTHER_PLACE, Here, another_place, digest_item_step, other_province_step, \
    other_unit_step
from service.checker.recognisers.band import banded
from service.checker.recognisers.byline import name_bracket, name_line
from service.onboarding.digest import signed
from tests.sweep_tables import heldout, page

_QUANG_NGAI = "yv-quang-ngai-hoi-nan-nhan-chat-doc-da-cam-cham-lo-nan-nhan-2015-h1"


# --- byline.py ---------------------------------------------------------------------------------------------------

def test_name_lines():
    # yv-quang-ngai (SƠN KIM, TẤN HÀ), c37-tuthienxanh (Như Thảo, Đình Toàn), c37-baobinhdinh (K.A), held-out
    # r-binh-duong-tiem-soi-2014-04 (H.CẦN), p-lamha-channuoi-2022-h1 (C.PHONG)
    for line in ("SƠN KIM", "TẤN HÀ", "Như Thảo", "Đình Toàn", "K.A", "H.CẦN", "C.PHONG", "N.Đ.C."):
        assert name_line(line), line


def test_counter_no_name_lines():
    # a heading naming a province, a lone word, an abbreviation with no vowel, a sentence
    for line in ("Tại Điện Biên", "Hà Nội", "Tổng", "Advertisement", "TCDH", "TVB", "Hiến máu nhân đạo",
                 "Kết quả 6 tháng đầu năm 2015"):
        assert not name_line(line), line


def test_name_brackets():
    # t32-sggp-hoat-dong-tu-thien-post269384, t32-baoquangnam-nhip-cau-nhan-ai-2014 and others of round 42
    for text in ("gia đình nghèo đặc biệt khó khăn. (AN PHÚ)", "(xã Đại Thắng, huyện Đại Lộc). (A.T)",
                 "Tổng trị giá quà tặng gần 30 triệu đồng. (Q.QUỲNH)", "Trung ương Đoàn tài trợ. (Thiện Nhân)"):
        assert name_bracket(text), text
    for text in ("Tổng kinh phí 120 triệu đồng (nguồn ngân sách).", "xã Long Vĩnh (Duyên Hải).",
                 "vừa nhận 150 con bò (Tam Bình, Vĩnh Long)", "thu được 198 đơn vị máu (2015)"):
        assert not name_bracket(text), text


def test_both_digests_read_the_same_bylines():
    # the template's signature and the checker's byline are one reading: a name line signs for both
    text = heldout(_QUANG_NGAI)
    for line in ("SƠN KIM", "TẤN HÀ", "AN HÒA"):
        assert line in text and name_line(line) and signed(line)
    assert not signed("I. KẾT QUẢ")   # a numbered heading stays the template's own no


# --- band.py -----------------------------------------------------------------------------------------------------

def test_bands():
    # held-out yv-tp-ho-chi-minh-truong-dai-hoc-hoa-sen: «25% trong khoảng 12–15 triệu đồng và 9% đạt trên 20 triệu»
    text = "45% sinh viên có mức thu nhập từ 9–12 triệu đồng, 25% trong khoảng 12–15 triệu đồng và 9% đạt trên 20 triệu đồng"
    for number in ("9–12", "12–15", "20"):
        start = text.index(number)
        assert banded(text, start, start + len(number)), number
    # t32-giaoducthoidai-thuy-loi: «từ 10 đến 15 triệu»
    text = "10.03% có mức thu nhập từ 10 đến 15 triệu"
    start = text.index("10 đến 15")
    assert banded(text, start, start + len("10 đến 15"))


def test_counter_no_band():
    # a level said outright (c37-tinkinhte: «thu nhập bình quân … 6,5 triệu»), and a bound beyond a short reach
    text = "thu nhập bình quân đạt 6,5 triệu đồng/người/tháng"
    start = text.index("6,5")
    assert not banded(text, start, start + 3)
    text = "có thu nhập trên mức lương tối thiểu 20 triệu"
    start = text.index("20")
    assert not banded(text, start, start + 2, reach=14)


# --- elsewhere.py ------------------------------------------------------------------------------------------------

def _number(text, fragment, source=None, expected=None):
    start = text.index(fragment)
    return SimpleNamespace(start=start, end=start + len(fragment), source=source, expected=expected)


def test_the_steps_are_walked_in_order():
    assert ANOTHER_PLACE[:3] == (other_province_step, other_unit_step, digest_item_step)   # round 49 added nation_step


def test_a_digest_item_on_another_province_is_elsewhere_unless_a_row_keeps_it():
    text = heldout(_QUANG_NGAI)
    n = _number(text, "600 người")
    found = another_place(text, n, Here(text), kept=lambda place: False)
    assert found is not None and found.place == "Bến Tre" and "Bến Tre" in found.derivation
    assert another_place(text, n, Here(text), kept=lambda place: place == "Bến Tre") is None


def test_the_lead_item_is_here():
    text = heldout(_QUANG_NGAI)
    n = _number(text, "4.000 phần quà")
    assert another_place(text, n, Here(text), kept=lambda place: False) is None
    # c37-tuthienxanh: the lead item (TP.HCM's) is the page's own
    text = page("c37-tuthienxanh-nha-tinh-nghia-hoc-bong")
    n = _number(text, "169 suất")
    assert another_place(text, n, Here(text), kept=lambda place: False) is None
