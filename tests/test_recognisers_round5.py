"""Rules found on the round-5 held-out batch (``evaluations/cases/heldout/m-*``), each on sentences of several
public sources (the URL above each is the page quoted).  Every rule is one of grammar or notation: a share of a
whole stated earlier, a comment box's character count, a reaction counter alone in its cell, an ordinal level
(``mức độ 2``), ``năm học 2017-2018``, a rate's change in percentage points.  The real figures of the same
sentences stay figures, and a wrong number in their place is still caught.
"""

from decimal import Decimal as D

import pytest

from service.checker import check_text, extract_numbers
from service.checker.recognisers.shares import reads_as_share
from service.figures.model import Figure, FigureTable


def verdict(text, table, raw):
    found = [n for n in check_text(text, table).numbers if n.text.strip() == raw]
    assert found, f"{raw!r} not in {[n.text for n in check_text(text, table).numbers]}"
    return found[0]


def figures(text):
    return [m.raw.strip() for m in extract_numbers(text) if m.is_figure]


# ---------------------------------------------------------------- a share of a whole stated earlier

# https://baokhanhhoa.vn/xa-hoi/giao-duc/202307/toan-tinh-khanh-hoaphan-dau-dat-pho-cap-giao-duc-thcs-muc-do-2-0b5217e
KHANH_HOA = ("Trong số 139 xã, có 82 xã đạt chuẩn phổ cập giáo dục THCS mức độ 3, chiếm tỷ lệ 59%; 55 xã đạt chuẩn "
             "mức độ 2, chiếm 39,6% và 2 xã đạt chuẩn mức độ 1, chiếm 1,4%.")
KH_TABLE = FigureTable([Figure("XA-03", "Số xã đạt chuẩn phổ cập giáo dục THCS mức độ 3", "xã", D(82)),
                        Figure("XA-02", "Số xã đạt chuẩn phổ cập giáo dục THCS mức độ 2", "xã", D(55)),
                        Figure("XA-01", "Số xã đạt chuẩn phổ cập giáo dục THCS mức độ 1", "xã", D(2))])

# http://baoquangnam.vn/thue-quang-nam/6-thang-nganh-thue-thu-ngan-sach-dat-54-62088.html
QUANG_NAM = ("Tin từ Cục Thuế tỉnh cho biết, lũy kế 6 tháng đầu năm 2018 tổng thu ước đạt 8.356 tỷ đồng, bằng 54% dự "
             "toán HĐND tỉnh giao.\n\nĐáng ghi nhận, nguồn thu từ khu vực công thương nghiệp ngoài quốc doanh, năm "
             "2018 dự toán giao 10.766 tỷ đồng (chiếm 69,5% tổng dự toán thu nội địa), kết quả 6 tháng đầu năm 2018 "
             "đã thu hơn 5.626 tỷ đồng, đạt 52,2% dự toán cả năm, chiếm 67% tổng thu.")
QN_TABLE = FigureTable([
    Figure("NS-00", "Tổng thu ngân sách lũy kế 6 tháng", "đồng", D(8356) * 10**9, ke_hoach=D(15490) * 10**9),
    Figure("NQ-01", "Thu khu vực công thương nghiệp ngoài quốc doanh", "đồng", D("5626.3") * 10**9,
           ke_hoach=D(10766) * 10**9)])


@pytest.mark.parametrize("raw", ["59%", "39,6%", "1,4%"])
def test_share_of_a_whole_in_the_clause_before(raw):
    n = verdict(KHANH_HOA, KH_TABLE, raw)
    assert n.verdict == "derived" and "139" in n.derivation


@pytest.mark.parametrize("raw, whole", [("67%", "8.356"), ("69,5%", "15.490")])
def test_share_of_a_whole_paragraphs_before(raw, whole):
    n = verdict(QUANG_NAM, QN_TABLE, raw)
    assert n.verdict == "derived" and whole in n.derivation


@pytest.mark.parametrize("text, table, old, new", [
    (KHANH_HOA, KH_TABLE, "chiếm tỷ lệ 59%", "chiếm tỷ lệ 62%"),
    (KHANH_HOA, KH_TABLE, "chiếm 39,6%", "chiếm 36,9%"),
    (QUANG_NAM, QN_TABLE, "chiếm 67%", "chiếm 76%"),
    (QUANG_NAM, QN_TABLE, "chiếm 69,5%", "chiếm 65,9%"),
])
def test_a_wrong_share_is_still_caught(text, table, old, new):
    wrong = text.replace(old, new)
    raw = new.split()[-1]
    assert verdict(wrong, table, raw).is_problem


def test_the_grammar_of_a_share():
    assert reads_as_share("có 82 xã, chiếm tỷ lệ 59%", 21, 24)
    assert reads_as_share("đã thu 5.626 tỷ đồng, chiếm 67% tổng thu", 29, 32)
    assert not reads_as_share("tổng thu đạt 8.356 tỷ đồng, bằng 54% dự toán", 33, 36)


# ---------------------------------------------------------------- widgets of a news page

@pytest.mark.parametrize("text", [
    # https://demo.baosonla.org.vn/khoa-giao/song-ma-chu-trong-xay-dung-truong-hoc-dat-chuan-quoc-gia-r17655.html
    "BÌNH LUẬN\n\nBạn còn 500/500 ký tự\n\nBạn vui lòng nhập từ 5 ký tự trở lên !!!",
    # https://baohaiduong.vn/hoi-phu-nu-co-so-canh-tac-tren-ruong-hoang-lay-tien-giup-do-hoi-vien-273782.html
    "PV      \n\n\n(0) Bình luận\nNổi bật\n    Tin mới nhất",
    # a reaction bar as pages print it under an article (label first, each count alone in its cell)
    "Lượt xem: 2.345 | Bình luận (3) | Thích 15 | Chia sẻ 25",
    "👍 12 · 💬 3 · ↗ 5",
    # https://hanoimoi.com.vn weather box: city, low and high
    "Hà Nội 24°C - 31°C",
])
def test_widgets_are_not_figures(text):
    assert figures(text) == []


def test_counts_of_reactions_in_a_sentence_stay_figures():
    # ../shared/corpus/reports/lam-ha-2024-news.txt: a report counting its own posts' reach
    text = "BCH Quân sự huyện tích cực tham gia LL47, đăng 3,382 bài, 1.206 lượt chia sẻ, 1.661 bình luận."
    assert {"1.206", "1.661"} <= set(figures(text))


# ---------------------------------------------------------------- labels and years

def test_a_level_is_a_label_not_a_count():
    text = "có 8/9 huyện đạt chuẩn mức độ 2 và 1 huyện đạt chuẩn mức độ 1; 10 xã tăng từ mức độ 2 lên mức độ 3"
    assert figures(text) == ["8", "9", "1", "10"]


@pytest.mark.parametrize("text", [
    # https://demo.baosonla.org.vn/... (Sông Mã)
    "Theo báo cáo của Phòng Giáo dục và Đào tạo huyện Sông Mã, năm học 2017-2018, toàn huyện có 78 đơn vị trường học",
    # http://baovinhlong.vn/xa-hoi/giao-duc-dao-tao/202011/tra-on-nganh-gd-dt-kha-toan-dien-3031669/
    "ngành GD-ĐT huyện Trà Ôn đã đảm bảo tốt an toàn cho học sinh, hoàn thành nhiệm vụ năm học 2019- 2020",
])
def test_nam_before_a_year_is_the_year(text):
    table = FigureTable([Figure("TH-01", "Số học sinh", "học sinh", D(5)), Figure("TH-02", "Số trường", "trường", D(78))])
    assert all(n.text.strip() != "năm" for n in check_text(text, table).numbers)


def test_five_of_a_noun_before_a_year_stays_a_count():
    table = FigureTable([Figure("TR-01", "Số trường đạt chuẩn", "trường", D(6))])
    assert verdict("Có năm trường đạt chuẩn quốc gia năm 2018.", table, "năm").is_problem


# ---------------------------------------------------------------- a rate's change in percentage points

# https://benhvienhuulung.vn/gan-90-nghin-luot-nguoi-duoc-kham-benh-trong-9-thang-dau-nam-2018/
HUU_LUNG = ("Bệnh viện đa khoa trung tâm huyện và các PKĐKKV đã khám bệnh được cho cho 87.096/75.250 lượt người đạt "
            "115,7% chỉ tiêu kế hoạch, tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%);\n"
            "Công xuất sử dụng giường bệnh đạt 137,13%, giảm 53,37% so với cùng kỳ (năm 2017 đạt 190,5%).")
HL_TABLE = FigureTable([
    Figure("KB-01", "Số lượt khám bệnh", "lượt người", D(87096), ke_hoach=D(75250)),
    Figure("CK-01", "Tỷ lệ thực hiện kế hoạch khám bệnh", "%", D("115.7"), D("90.4")),
    Figure("GB-01", "Công suất sử dụng giường bệnh", "%", D("137.13"), D("190.5"))])


@pytest.mark.parametrize("raw", ["25,3%", "53,37%"])
def test_change_of_a_rate_in_points(raw):
    n = verdict(HUU_LUNG, HL_TABLE, raw)
    assert n.verdict == "derived" and "điểm" in n.derivation


@pytest.mark.parametrize("old, new", [("tăng 25,3%", "tăng 27,3%"), ("giảm 53,37%", "giảm 35,37%")])
def test_a_wrong_change_in_points_is_caught(old, new):
    assert verdict(HUU_LUNG.replace(old, new), HL_TABLE, new.split()[-1]).is_problem
