"""What the checker takes for a figure of the period, on a third sweep of fresh pages (issue 13, round 13).

Each rule is tested on sentences of the sweep pages that asked for it (``/work/sweep/pages/<slug>.txt``, the slug
named by each quote) and on one it must leave alone: a rule that lets a real figure pass is worse than a false alarm.
"""

from __future__ import annotations

import pytest

from service.checker import check_text
from tests.sweep_tables import dummy, table  # noqa: F401  (dummy: a fixture)


def verdicts(text, figures, **kw):
    return {c.text: c.verdict for c in check_text(text, figures, **kw).numbers if c.kind not in ("year", "date")}


PASSED = ("not_a_figure", "standing")


# ---------------------------------------------------------------- 1. the make-up of an organisation said in passing

@pytest.mark.parametrize("text, number", [
    # c7-vixuyen-ccb-2022
    ("Hiện nay, Hội CCB huyện Vị Xuyên có 26 cơ sở hội, với 236 chi hội và 4.195 hội viên.", "26"),
    # t3-chienson-ccb-2017
    ("Hội Cựu chiến binh xã Chiên Sơn có 5 chi hội với 171 hội viên.", "5"),
    # p9-camthuy-ctd-daihoi-2026
    ("Tính đến nay, Hội chữ thập đỏ xã Cẩm Thuỷ có 23 chi hội với tổng số 450 hội viên.", "23"),
    # the brief's own example (round 12's batch)
    ("Có 8 đảng bộ trực thuộc Thành ủy.", "8"),
])
def test_units_an_organisation_has_said_in_passing_are_standing(dummy, text, number):
    got = verdicts(text, dummy)
    assert got[number] == "standing"
    # the members it has are a figure of the period (a row of such reports)
    assert all(v == "unsupported" for k, v in got.items() if k in ("4.195", "171", "450"))


@pytest.mark.parametrize("text, number", [
    # c6-hiephoi-dnccb-2016
    ("Ban Chấp hành Hiệp hội có 109 ủy viên.", "109"),
    # tpl-hadong-hnd-daihoi-2025
    ("Sau khi hợp nhất, Ban Chấp hành Hội gồm 47 đồng chí, trong đó có 21 đảng viên.", "47"),
])
def test_the_seats_of_a_committee_are_standing(dummy, text, number):
    assert verdicts(text, dummy)[number] == "standing"


@pytest.mark.parametrize("text, number", [
    ("Đến nay, huyện có 5 xã đạt chuẩn nông thôn mới.", "5"),
    ("Có 5 xã trên địa bàn huyện đạt chuẩn.", "5"),   # where they are, then what they did
    # c-vn-ntm-2016: a bracket between the units and what they did
    ("hiện cả nước có 2.045 xã (23%) được công nhận đạt chuẩn nông thôn mới, chiếm 23%.", "2.045"),
    ("Trong năm, có 12 chi bộ được công nhận trong sạch vững mạnh.", "12"),
    ("Kiểm tra 20 cơ quan, có 5 đơn vị vi phạm.", "5"),
])
def test_units_said_to_have_done_something_are_figures(dummy, text, number):
    assert verdicts(text, dummy)[number] == "unsupported"


def test_a_row_that_counts_the_units_still_checks_them(tmp_path):
    figures = table(tmp_path, ["1,Số cơ sở hội,cơ sở hội,26"])
    text = "Hiện nay, Hội CCB huyện Vị Xuyên có 26 cơ sở hội, với 236 chi hội."
    assert verdicts(text, figures)["26"] == "supported"


# ---------------------------------------------------------------- 2. honours: given at the ceremony, or won in the year

def test_a_title_won_in_the_year_is_a_figure(dummy):
    # c7-locphat-namhoc-2013 (= t3-locphat-thpt-2013): "được công nhận" a title is what the school year achieved
    text = "+ Có 18 cán bộ quản lý, giáo viên, nhân viên được công nhận chiến sĩ thi đua cơ sở, tỉ lệ 31,58%."
    assert verdicts(text, dummy)["18"] == "unsupported"
    # p9-hoamy-chihoi-nongdan
    text = "có 69 hộ được công nhận danh hiệu “Nông dân sản xuất kinh doanh giỏi” các cấp"
    assert verdicts(text, dummy)["69"] == "unsupported"


def test_who_is_honoured_at_the_ceremony_whatever_noun_names_them(dummy):
    # c7-bactramy-giaoduc-2023: the verb of honouring right before the number
    text = ("Dịp này, 3 cá nhân được nhận Bằng khen của Bộ GD-ĐT; 12 tập thể và 10 cá nhân nhận Bằng khen của Chủ tịch "
            "UBND tỉnh; đồng thời vinh danh 3 nhà giáo tiêu biểu năm học 2022 - 2023.")
    assert set(verdicts(text, dummy).values()) == {"not_a_figure"}
    # c-hcm-ctd-2018 (round 10) still
    assert verdicts("Tại buổi lễ, Thành hội đã vinh danh 72 gương điển hình.", dummy)["72"] == "not_a_figure"


def test_units_said_to_have_done_something_after_toan_huyen_co_are_figures(dummy):
    # t3-dakto-daihoi-2015: the cue "toàn huyện có" no longer makes standing units said to have reached something
    text = "toàn huyện có 2 xã đạt 16/ 19 tiêu chí nông thôn mới, 1 xã đạt 14 tiêu chí."
    assert verdicts(text, dummy)["2"] == "unsupported"
    assert verdicts("Toàn huyện có 16 xã, thị trấn.", dummy)["16"] == "standing"
    # c5-pubau-ktxh-2020: what the units are like ("có vị trí") is no verb of the period
    text = "Xã Púng Bánh cách trung tâm huyện 60 km về phía Bắc, gồm 8 bản có vị trí giáp ranh như sau:"
    assert verdicts(text, dummy)["8"] == "standing"


# ---------------------------------------------------------------- 3. a class named by its bound

@pytest.mark.parametrize("text, bound, count", [
    # c7-vn-grdp-tinh-2024-h1: a threshold named as such
    ("theo số liệu của Tổng cục Thống kê, có 4 tỉnh, thành phố khác cũng ghi nhận tăng trưởng GRDP vượt ngưỡng 10%.",
     "10%", "4"),
    # p10-binhthuan-ndlqg-tongket-2023: an open end
    ("Bình Thuận góp mặt trong danh sách 9 tỉnh, thành phố trên cả nước đạt doanh thu du lịch từ 10.000 tỷ đồng trở lên, "
     "qua đó đóng góp quan trọng.", "10.000 tỷ đồng", "9"),
    # c6-quangnam-totnghiep-2016: a rate each unit counted reached
    ("Có 6 trường, trung tâm giáo dục đạt tỷ lệ tốt nghiệp 100% là THPT chuyên Lê Thánh Tông.", "100%", "6"),
    # tpl-xuyenmoc-ccb-2010: the units sorted into classes by what each reached
    ("Thu nhập hằng năm có 368 hộ đạt trên 50 triệu, 68 hộ đạt 100 đến 300 triệu đồng.", "50 triệu", "368"),
    ("Thu nhập hằng năm có 368 hộ đạt trên 50 triệu, 68 hộ đạt 100 đến 300 triệu đồng.", "100 đến 300 triệu đồng", "68"),
    # c6-duongphong-hdnd-2019-h1: the per-unit value naming what the clause then counts
    ("Mô hình đạt giá trị 100 triệu đồng/ha thực hiện được trên 10 ha; Thu ngân sách đạt trên 50 triệu đồng.",
     "100 triệu đồng/ha thực", "10 ha"),
])
def test_the_bound_of_a_class_is_no_figure_the_count_is(dummy, text, bound, count):
    got = verdicts(text, dummy)
    assert got[bound] == "not_a_figure"
    assert got[count] == "unsupported"


@pytest.mark.parametrize("text, number", [
    # c6-quangnam-totnghiep-2016: a new predicate after a comma: the share the ratio makes
    ("Kỳ thi THPT quốc gia 2016 toàn tỉnh có 14.520/16.921 thí sinh đỗ tốt nghiệp, đạt tỷ lệ 85,81%.", "85,81%"),
    # c3-lacduong-gd-2020: an age is no count of units
    ("riêng trẻ 5 tuổi huy động đạt tỷ lệ 100% trong độ tuổi; bậc tiểu học huy động bình quân hàng năm 99%.", "100%"),
    # a total reached, no marker of a bound; one class alone may be a total
    ("Có 120 hộ nuôi đạt sản lượng 500 tấn.", "500 tấn"),
    ("Có 20 hộ vay vốn đạt trên 500 triệu đồng.", "500 triệu đồng"),
    # c6-duongphong: the period's own amount, not a unit's bound
    ("Thu ngân sách 6 tháng đầu năm đạt trên 50 triệu đồng.", "50 triệu đồng"),
])
def test_a_reached_value_without_a_bound_marker_is_a_figure(dummy, text, number):
    assert verdicts(text, dummy)[number] != "not_a_figure"


def test_a_row_that_holds_the_bound_still_checks_it(tmp_path):
    figures = table(tmp_path, ["1,Tỷ lệ tốt nghiệp,%,100"])
    text = "Có 6 trường, trung tâm giáo dục đạt tỷ lệ tốt nghiệp 100% là THPT chuyên Lê Thánh Tông."
    assert verdicts(text, figures)["100%"] == "supported"


# ---------------------------------------------------------------- 4. a house number on a street named without "đường"

def test_a_house_number_before_a_street_name_and_its_ward(dummy):
    # c7-locphat-namhoc-2013 (= t3-locphat-thpt-2013)
    text = "Trường tọa lạc trên mặt tiền của tỉnh lộ số 390 Nguyễn Văn Cừ - Phường Lộc Phát - Tp.Bảo Lộc - Lâm Đồng."
    assert verdicts(text, dummy)["390"] == "not_a_figure"
    assert verdicts("Trụ sở đặt tại số 12 Lê Lợi, phường 1.", dummy)["12"] == "not_a_figure"
    # not a street: lower-case words say what was counted
    assert verdicts("Tổng số 12 xã, phường đã hoàn thành.", dummy)["12"] == "unsupported"


# ---------------------------------------------------------------- 5. the make-up before a restructuring

def test_the_base_of_a_restructuring_is_the_make_up_before_it(dummy):
    # c6-daknong-phunu-giuanhiemky-2019
    text = "trong đó 2 kết quả nổi bật là kiện toàn tổ chức bộ máy Hội từ 7 Ban xuống còn 3 Ban; phương"
    got = verdicts(text, dummy)
    assert got["7"] == "standing" and got["3"] == "unsupported"
    # no verb of reorganising: the base of a change, which a Cùng kỳ column may hold — a table without one holds no
    # such base (round 18, ``bases.from_value``: the value a movement starts from is the earlier period's; a table
    # with last year's column still checks it, tests/test_checker_round18.py)
    got = verdicts("Số vụ tai nạn giảm từ 7 vụ xuống còn 3 vụ.", dummy)
    assert got["7"] == "not_a_figure" and got["3"] == "unsupported"
