"""Rules found on the round-6 held-out batch (``evaluations/cases/heldout/n-*``), each on sentences of at least two
public sources (the URL above each is the page quoted): aims set for the next period (a target list after a colon,
a bound governed by ``phấn đấu``/``phải``, a bound on a rate per period), the members of a list of ages, and an
amount per unit (``mỗi phần trị giá 400.000đ``) where the table keeps no amount per unit.  The real figures of the
same sentences stay figures, and a wrong number in their place is still caught.
"""

from decimal import Decimal as D

import pytest

from service.checker import check_text
from service.figures.model import Figure, FigureTable
from tests.test_recognisers_round5 import figures, verdict  # the verdict of one number; the figures a text has


# ---------------------------------------------------------------- a list of targets for the next period

# https://kontumtv.vn/video-clip/thoi-su/mittinh-ky-niem-52-nam-ngay-dan-so-viet-nam
KON_TUM = ("Cụ thể như:  65%  các cặp vợ chồng trong độ tuổi sinh đẻ đã sử dụng biện pháp tránh thai hiện đại, "
           "đạt gần 105% kế hoạch đề ra.\n\nNăm 2014, ngành dân số xác định: Giảm  tỷ lệ sinh từ 1%o trở lên;  Giảm tỷ "
           "lệ tăng dân số tự nhiện xuống còn 16%o; Giảm tỷ lệ sinh con thứ 3 trở lên  xuống còn 25% và khống chế tỷ số "
           "giới tính khi sinh  ở mức dưới 110%.")
KT_TABLE = FigureTable([Figure("KH-01", "Tỷ lệ cặp vợ chồng sử dụng biện pháp tránh thai hiện đại", "%", D(65),
                               ke_hoach=D(62))])

# http://baoninhthuan.com.vn/news/101144p1c30/hop-mat-ky-niem-ngay-dan-so-the-gioi-nam-2018.htm
NINH_THUAN = ("Toàn tỉnh có 44.104 người mới sử dụng các biện pháp tránh thai (BPTT) hiện đại, đạt 94,3% kế hoạch.\n\n"
              "Trong thời gian tới, Chi cục tập trung chỉ đạo thực hiện đạt một số chỉ tiêu cơ bản: Tỷ lệ sinh con thứ "
              "3 giảm 15%; tỷ lệ tăng dân số tự nhiên còn 1,12%; tăng thêm 10% tỷ lệ người cao tuổi được khám sức khỏe "
              "định kỳ ít nhất 1 lần/năm...")
NT_TABLE = FigureTable([Figure("KH-01", "Số người mới sử dụng các biện pháp tránh thai hiện đại", "người", D(44104),
                               ke_hoach=D(46770))])


@pytest.mark.parametrize("text, raws", [(KON_TUM, ["16%", "25%", "110%"]), (NINH_THUAN, ["15%", "1,12%", "10%"])])
def test_a_target_list_after_a_colon_is_no_figure(text, raws):
    found = figures(text)
    for raw in raws:
        assert raw not in found


def test_results_introduced_by_a_lead_stay_figures():
    # "các chỉ tiêu đạt được ...:" and "mục tiêu đã đề ra:" introduce results, not aims
    text = "Ban Chấp hành đã đưa ra các chỉ tiêu đạt được trong 6 tháng đầu năm như: vận động 54 tỷ đồng hỗ trợ hộ nghèo."
    assert "54 tỷ đồng" in figures(text)
    assert "12" in figures("Huyện đã hoàn thành các mục tiêu đã đề ra: 12 xã đạt chuẩn nông thôn mới.")


@pytest.mark.parametrize("text, table, old, new", [
    (KON_TUM, KT_TABLE, "65%  các cặp", "75%  các cặp"),
    (NINH_THUAN, NT_TABLE, "44.104 người", "54.104 người"),
])
def test_a_wrong_result_next_to_targets_is_still_caught(text, table, old, new):
    assert check_text(text, table).problems == []
    bad = check_text(text.replace(old, new), table).problems
    assert new.split()[0] in [n.text.strip() for n in bad]


# ---------------------------------------------------------------- a bound set as a norm or an aim

# https://www.baogiaothong.vn/tiep-nhan-100000-don-vi-mau-trong-thang-4-d72412.html
GIAO_THONG = ("Hôm nay mỗi tỉnh, thành và cơ quan thành viên Ban Chỉ đạo quốc gia đều triển khai các hoạt động vận "
              "động, tiếp nhận máu với mục tiêu sẽ phấn đấu tiếp nhận ít nhất 100.000 đơn vị máu trong tháng 4, bằng "
              "tối thiểu 10% lượng máu của cả năm.")


@pytest.mark.parametrize("text, raw", [(NINH_THUAN, "1"), (GIAO_THONG, "100.000")])
def test_a_bound_a_norm_or_aim_sets_is_no_figure(text, raw):
    assert raw not in figures(text)


def test_a_bound_in_a_result_stays_a_figure():
    # https://baobariavungtau.com.vn/xa-hoi/202202/chung-tay-vi-suc-khoe-cong-dong-944373/ (the result, with a bound)
    text = "Tính từ ngày 5/1 đến 14/2, Hội CTĐ tỉnh đã vận động tiếp nhận được ít nhất 3.032 đơn vị máu."
    assert "3.032" in figures(text)
    table = FigureTable([Figure("HM-01", "Số đơn vị máu tiếp nhận", "đơn vị máu", D(3032))])
    assert check_text(text, table).problems == []
    assert [n.text.strip() for n in check_text(text.replace("3.032", "3.532"), table).problems] == ["3.532"]


# ---------------------------------------------------------------- a list of ages

# https://hoinguoicaotuoitayninh.vn/xa-hoa-hoi-so-ket-cong-tac-hoi-nguoi-cao-tuoi-6-thang-dau-nam
HOA_HOI = ("Hội Người cao tuổi xã Hòa Hội tổ chức lễ chúc thọ, mừng thọ cho các cụ tròn 70, 75, 80, 85 và 90 tuổi. "
           "Dịp này, có 37 cụ được chúc thọ, mừng thọ.")
# https://hoinguoicaotuoitayninh.vn/thanh-dien-hop-mat-ngay-truyen-thong-nguoi-cao-tuoi-viet-nam
THANH_DIEN = "Dịp này, Hội đã chúc thọ, mừng thọ cho 239 cụ ở các độ tuổi 70, 75, 80, 85, 95 và trên 100 tuổi."
# http://phuongnguyencutrinh.gov.vn/chuc-tho-nguoi-cao-tuoi-4/
BEN_NGHE = "Buổi lễ đã chúc thọ 250 cụ cao niên tròn 70 – 75 – 80 – 85 – 95 tuổi, ôn lại lịch sử Ngày Quốc tế Người cao tuổi."


@pytest.mark.parametrize("text, count", [(HOA_HOI, "37"), (THANH_DIEN, "239"), (BEN_NGHE, "250")])
def test_every_member_of_a_list_of_ages_is_an_age(text, count):
    assert figures(text) == [count]


@pytest.mark.parametrize("text, count, wrong", [(HOA_HOI, 37, "47"), (THANH_DIEN, 239, "229"), (BEN_NGHE, 250, "260")])
def test_the_count_of_people_beside_the_ages_is_still_checked(text, count, wrong):
    table = FigureTable([Figure("CT-01", "Số cụ được chúc thọ, mừng thọ", "cụ", D(count))])
    assert check_text(text, table).problems == []
    bad = check_text(text.replace(str(count), wrong), table).problems
    assert [n.text.strip() for n in bad] == [wrong]


# ---------------------------------------------------------------- an amount per unit the table does not keep

HOA_HOI_GIFTS = ("Hội người cao tuổi xã còn vận động trao tặng 50 phần quà cho hội viên người cao tuổi, mỗi phần trị giá "
                 "400.000đ và trao tặng 50 phần quà cho trẻ em có hoàn cảnh khó khăn, mỗi phần trị giá 200.000đ.")
# https://congdankhuyenhoc.vn/bac-giang-hon-nua-ti-dong-hoc-bong-tang-hoc-sinh-vuot-kho-hieu-hoc-17923111508411557.htm
BAC_GIANG = ("Ngày 13 và 14/11, Hội Khuyến học tỉnh Bắc Giang trao 70 suất học bổng tặng học sinh hoàn cảnh khó khăn. "
             "Mỗi suất học bổng trị giá 4,5 triệu đồng, được trích từ nguồn quỹ khuyến học - khuyến tài tỉnh Bắc Giang.")
GIFTS = FigureTable([Figure("QT-01", "Số phần quà tặng hội viên người cao tuổi", "phần quà", D(50)),
                     Figure("QT-02", "Số phần quà tặng trẻ em", "phần quà", D(50))])
GRANTS = FigureTable([Figure("HB-01", "Số suất học bổng", "suất", D(70))])


@pytest.mark.parametrize("text, table, raw", [(HOA_HOI_GIFTS, GIFTS, "400.000đ"), (HOA_HOI_GIFTS, GIFTS, "200.000đ"),
                                              (BAC_GIANG, GRANTS, "4,5 triệu đồng")])
def test_an_amount_per_unit_the_table_does_not_keep_is_no_figure(text, table, raw):
    assert verdict(text, table, raw).verdict == "not_a_figure"


@pytest.mark.parametrize("text, rows, old, new", [
    (HOA_HOI_GIFTS, [Figure("QT-03", "Mức quà mỗi phần", "đồng/phần", D(400000))], "400.000đ", "500.000đ"),
    (BAC_GIANG, [Figure("HB-02", "Mức học bổng mỗi suất", "triệu đồng/suất", D("4.5"))], "4,5 triệu", "5,5 triệu"),
])
def test_an_amount_per_unit_the_table_keeps_is_checked(text, rows, old, new):
    table = FigureTable(list((GIFTS if text is HOA_HOI_GIFTS else GRANTS).figures) + rows)
    bad = [n.text.strip() for n in check_text(text.replace(old, new), table).problems]
    assert any(b.startswith(new.split()[0]) for b in bad)


# https://baohaiduong.vn/giao-duc---nhan-luc/quy-khuyen-hoc-thanh-mien-tang-hon-300-trieu-dong-87895
THANH_MIEN = "Một số xã có số quỹ lớn là Thanh Giang, Ngũ Hùng mỗi nơi có 1,6 tỷ đồng..."


def test_each_named_place_keeps_its_own_figure():
    table = FigureTable([Figure("Q-02", "Quỹ Khuyến học xã Thanh Giang", "đồng", D("1.6") * 10**9),
                         Figure("Q-03", "Quỹ Khuyến học xã Ngũ Hùng", "đồng", D("1.6") * 10**9)])
    assert check_text(THANH_MIEN, table).problems == []
    assert [n.text.strip() for n in check_text(THANH_MIEN.replace("1,6", "2,6"), table).problems] == ["2,6 tỷ đồng"]


def test_results_of_the_indicators_after_a_colon_stay_figures():
    """A lead that reports on the indicators (``Kết quả thực hiện các chỉ tiêu:``) introduces results: a wrong one
    must be caught, so its numbers are figures."""
    text = "Kết quả thực hiện các chỉ tiêu: tuyển 188 thanh niên lên đường nhập ngũ, đạt 100% kế hoạch."
    assert {"188", "100%"} <= set(figures(text))
