"""Issue 14, round 48 (stop 49's working batch yz-*): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _rows(tpl):
    return [(r.value, r.unit) for r in tpl.rows]


# --- a tally: labels each with its bare count after a colon (tallied.py) --------------------------------------------

# yz-phu-yen-cong-an-tinh-csgt-xu-ly-vi-pham-2020-10
PHU_YEN_2020_10 = ("Lực lượng Cảnh sát giao thông tổ chức 44 ca, 168 lượt CBCS tuần tra, kiểm soát, phát hiện, xử lý 43 "
                   "trường hợp vi phạm TTATGT, phạt tiền 90,37 triệu đồng, tạm giữ 04 xe mô tô, tước quyền sử dụng GPLX "
                   "01 trường hợp. Phân tích lỗi vi phạm: Không đội mũ bảo hiểm 05, không GPLX 03, vi phạm tốc độ 15, "
                   "chở quá số người 01, vi phạm nồng độ cồn 01, vi phạm khác 26.")
# t38-congan-phuyen-atgt-2022-09-15 (a second page: the head names no earlier count)
PHU_YEN_2022_09 = ("Lực lượng Cảnh sát giao thông tổ chức 34 ca, 130 lượt CBCS tuần tra, kiểm soát, bảo đảm TTATGT, phát "
                   "hiện 90 hợp vi phạm, phạt tiền 128,575 triệu đồng, tạm giữ 18 xe mô tô, tước có thời hạn 15 GPLX. "
                   "Phân tích lỗi: Không đội mũ bảo hiểm 03, không có GPLX 09, vi phạm tốc độ 16, chở quá tải 10, chở "
                   "quá số người 03, vi phạm nồng độ cồn 10, vi phạm khác 49.")


def test_a_tallys_bare_counts_are_rows_in_the_count_its_head_names(tmp_path):
    tpl = template(tmp_path, "Tình hình trật tự an toàn giao thông ngày 09/10/2020", PHU_YEN_2020_10)
    rows = _rows(tpl)
    for value in (5, 3, 15, 26):
        assert (Decimal(value), "trường hợp") in rows
    assert rows.count((Decimal(1), "trường hợp")) == 3          # GPLX's 01, then the two tallied 01s
    labels = [r.label for r in tpl.rows]
    assert "Số trường hợp không đội mũ bảo hiểm" in labels
    assert "Số trường hợp không GPLX" in labels                # ``GPLX 03``: a count here, not a code
    assert (Decimal(43), "trường hợp") in rows                 # the real row before the tally stays


def test_a_tally_whose_head_names_no_count_takes_the_heads_noun(tmp_path):
    tpl = template(tmp_path, "Tin an toàn giao thông ngày 15/9/2022", PHU_YEN_2022_09)
    rows = _rows(tpl)
    for value in (3, 9, 16, 10, 49):
        assert (Decimal(value), "lỗi") in rows
    assert (Decimal(15), "GPLX") in rows and (Decimal(18), "xe") in rows


def test_dates_names_and_ages_listed_after_a_colon_are_no_tally(tmp_path):
    from service.onboarding.tallied import _tally_at

    dates = "Lịch tiếp dân: tháng 10, tháng 11, tháng 12."
    people = "Khen thưởng các cá nhân: ông Nguyễn Văn An 45, bà Trần Thị Bình 52, anh Lê Văn Cường 30."
    classes = "Các lớp tham gia: lớp 6, lớp 7, lớp 9."
    for text in (dates, people, classes):
        assert _tally_at(text, text.index(",") - 1) is None
    two = "Phân tích lỗi: Không đội mũ bảo hiểm 05, vi phạm khác 26."   # two items: too few to be a tally
    assert _tally_at(two, two.index("05")) is None
    tpl = template(tmp_path, "Lịch tiếp công dân năm 2020", dates)
    assert not tpl.rows


# --- a named group's make-up in a bracket after its designation (grouped.py) ----------------------------------------

# yz-quang-nam-so-gddt-thi-hoc-sinh-gioi-lop-9-2020-2021
QUANG_NAM_BANG = ("Cụ thể, ở bảng A (gồm 7 địa phương đồng bằng): Tam Kỳ giải nhất, Hội An nhì, Duy Xuyên ba; bảng B "
                  "(gồm 5 địa phương trung du và miền núi thấp): Phú Ninh nhất, Quế Sơn nhì, Nông Sơn ba; bảng C (gồm 6 "
                  "địa phương miền núi cao): Bắc Trà My nhất, Phước Sơn nhì, Nam Trà My ba.")
# t38-thiduakhenthuong-cum-1-tra-vinh-2011
TRA_VINH_CUM = ("Ngày 29 tháng 2 năm 2012, tại huyện Duyên Hải, Cụm thi đua 1 (gồm 4 huyện: Duyên Hải, Cầu Ngang, Trà Cú "
                "và Châu Thành) tổng kết công tác thi đua năm 2011 và bàn phương hướng nhiệm vụ năm 2012.")
# yn-lam-dong-dam-rong-hat-kiem-lam-vi-pham-luat-lam-nghiep-2021-7t: a bracket after a count, no designation
DAM_RONG = ("Hạt Kiểm lâm đã phát hiện và lập biên bản 45 vụ vi phạm Luật Lâm nghiệp (gồm 17 vụ có chủ và 28 vụ vắng "
            "chủ).")


def test_a_designated_groups_make_up_in_a_bracket_is_standing(tmp_path):
    tpl = template(tmp_path, "Kết quả kỳ thi học sinh giỏi lớp 9 năm học 2020 - 2021", QUANG_NAM_BANG)
    assert not [r for r in tpl.rows if r.unit == "địa phương"]
    assert sorted(s.value for s in tpl.standing) == [5, 6, 7]
    tpl = template(tmp_path, "Tổng kết công tác thi đua năm 2011", TRA_VINH_CUM)
    assert Decimal(4) in [s.value for s in tpl.standing] and not tpl.rows


def test_a_bracket_after_a_count_keeps_its_rows(tmp_path):
    tpl = template(tmp_path, "Kết quả 7 tháng năm 2021", DAM_RONG)
    assert {(Decimal(45), "vụ"), (Decimal(17), "vụ"), (Decimal(28), "vụ")} <= set(_rows(tpl))


# --- a part counted in its own noun restates only a row of that noun (recognisers.parts_again) ----------------------

# yz-ben-tre-thanh-tra-tinh-tiep-dan-xu-ly-don-2020-04
BEN_TRE = ("Cùng trong tháng, ngành thanh tra tỉnh tiếp nhận 84 đơn; trong đó, đã chuyển đơn đến cơ quan có thẩm quyền "
           "giải quyết 12 đơn, thụ lý giải quyết 38 đơn, trả lại 4 đơn, 30 đơn không đủ điều kiện xử lý.",
           "Các cơ quan chức năng đã giải quyết 10/38 đơn; trong đó, đã giải quyết 5/29 khiếu nại, 3/3 tố cáo, 2/6 kiến "
           "nghị. Các cơ quan chức năng đang thẩm tra, xác minh 28 đơn (24 khiếu nại, 4 kiến nghị).")


def test_a_part_in_its_own_noun_is_no_restatement_of_another_nouns_row(tmp_path):
    tpl = template(tmp_path, "Kết quả tiếp công dân, xử lý đơn tháng 4 năm 2020", *BEN_TRE)
    rows = _rows(tpl)
    assert (Decimal(4), "kiến nghị") in rows and (Decimal(4), "đơn") in rows   # the letters sent back stay too
    assert (Decimal(24), "khiếu nại") in rows


# --- names in groups, each group closed by the count every name has (shared.py) -------------------------------------

# yz-quang-nam-so-gddt-thi-hoc-sinh-gioi-lop-9-2020-2021
QUANG_NAM_GIAI = ("Những địa phương có giải nhất là Hội An, Phú Ninh (mỗi đơn vị có 7 giải), Tam Kỳ (3), Duy Xuyên, Điện "
                  "Bàn, Quế Sơn, Phước Sơn (2), Thăng Bình, Nam Giang, Đông Giang (1).")
# t38-thanhnien-hsg-quoc-gia-2018
THANH_NIEN = "Hai đơn vị xếp cuối là Bạc Liêu và Hậu Giang, mỗi tỉnh có 3 giải."
# p33-viettimes-covid-4-8-2021-08: every bracket its own name's, no ``mỗi``: read as before
VIETTIMES = ("Bộ Y tế cho biết: Tính từ 6h đến 18h30 ngày 4/8 trên Hệ thống Quốc gia quản lý ca bệnh COVID-19 ghi nhận "
             "3.352 ca nhiễm mới, trong đó 1 ca nhập cảnh và 3.351 ca ghi nhận trong nước Bình Dương (1.111), TP. Hồ Chí "
             "Minh (935), Long An (281), Đồng Nai (225).")


def _by_label(tpl):
    return {r.label: r.value for r in tpl.rows}


def test_each_name_of_a_group_closed_by_mỗi_has_the_groups_count(tmp_path):
    rows = _by_label(template(tmp_path, "Kết quả thi học sinh giỏi lớp 9 năm học 2020-2021", QUANG_NAM_GIAI))
    assert rows["Số giải Hội An"] == rows["Số giải Phú Ninh"] == 7
    assert rows["Số giải Tam Kỳ"] == 3
    assert [rows[f"Số giải {n}"] for n in ("Duy Xuyên", "Điện Bàn", "Quế Sơn", "Phước Sơn")] == [2, 2, 2, 2]
    assert [rows[f"Số giải {n}"] for n in ("Thăng Bình", "Nam Giang", "Đông Giang")] == [1, 1, 1]
    tpl = template(tmp_path, "Kết quả thi học sinh giỏi quốc gia năm 2018", THANH_NIEN)
    rows = _by_label(tpl)
    assert rows["Số giải Bạc Liêu"] == rows["Số giải Hậu Giang"] == 3
    assert rows["Số đơn vị xếp cuối"] == 2 and not [d for r in tpl.rows for d in r.derived if "mỗi" in d.quote]


def test_brackets_no_mỗi_closes_stay_each_names_own(tmp_path):
    from service.onboarding.shared import groups_of

    assert groups_of(VIETTIMES, VIETTIMES.index("Bình Dương")) is None
    tpl = template(tmp_path, "Tình hình dịch COVID-19 ngày 4/8", VIETTIMES)
    assert {Decimal(1111), Decimal(935), Decimal(281), Decimal(225)} <= {r.value for r in tpl.rows}
    ages = "Các cụ được mừng thọ là cụ Nguyễn Văn An, cụ Lê Thị Bình (mỗi cụ 90 tuổi)."
    assert groups_of(ages, ages.index("mỗi")) is None              # not proper names alone: no groups
