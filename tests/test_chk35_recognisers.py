"""Checker round 35 (chk35, issue 13): the fresh set ``c29-`` (evaluations/sweep/checker-round35.md) — traffic checks,
customs, a court's terms, elections, class names, race and swim times, health digests — and the held-out folder's
false alarms at stop 40's end. Each rule quotes two sources at least, and keeps flagged the figures beside what it
claims (the dummy table holds none of them).

No figures of the period:
- the distance that names a race or a swim (``cự ly 200m``, ``nội dung 50m tự do``, ``chạy 100m nam``) —
  ``sports.EVENT_DISTANCE``;
- the record that stood before a new result (``23”27 (kỷ lục cũ là 23”30)``, ``Kỷ lục trước đó là 14 phút 38 giây
  92``) — ``sports.OLD_RECORD``;
- the 100% that says which units a count counts (``26 xã có tỷ lệ cử tri đi bầu đạt 100%``) —
  ``criteria.ALL_OF_COUNTED``;
- how many of the top a text names (``3 tỉnh thành có chỉ số tăng mạnh nhất lần lượt là …``) —
  ``labels.TOP_SUPERLATIVE``;
- the count of the things just named, said again (``Đây là 3 loại án gây bức xúc``) — ``anaphora.RESTATED_COUNT``;
- a combined vaccine named by how many it joins (``vaccine 5 trong 1``) — ``combined.COMBINED_VACCINE``;
- the last hours counted back, ``h`` for ``giờ`` (``24h qua`` in a portal's menu) — ``durations.DURATION``;
- ``năm`` the school year of a grade (``vào năm lớp 8``), no count of five — ``extract._GRADE_YEAR_BEFORE``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, within


def _verdicts(text, figures, fragment):
    return [(t, v) for t, v, _ in within(text, figures, fragment)]


# ---------------------------------------------------------------- an event's distance

def test_swim_and_race_distances_name_the_event(dummy):
    text = page("c29-thanhnien-vu-thi-huong-pha-ky-luc-200m-dong-nam-a")
    assert flagged_in(text, dummy, "phá kỷ lục quốc gia cự ly 200m") == []
    assert flagged_in(text, dummy, "nội dung 100m rào nam") == []
    assert flagged_in(text, dummy, "nội dung 50m tự do") == []
    assert flagged_in(text, dummy, "nội dung 1.500m tự do nam") == []
    # the medal table after them stays the period's
    assert flagged_in(text, dummy, "với 12 HCV, 5 HCB, 9 HCĐ") == ["12", "5", "9"]


def test_a_race_distance_after_the_track_and_in_a_school_meet(dummy):
    text = page("c29-hatinhtv-vdv-dien-kinh-ha-tinh-pha-2-ky-luc")
    assert flagged_in(text, dummy, "Trên đường chạy 5.000 m nam") == []
    assert flagged_in(text, dummy, "nội dung chạy 3000 m vượt chướng ngại vật") == []
    assert flagged_in(text, dummy, "đã giành được 3 HCV, 1 HCB, 3 HCĐ") == ["3", "1", "3"]
    text = page("c29-baohaiduong-print-chi-linh-nhat-toan-doan-hkpd")
    assert flagged_in(text, dummy, "môn chạy 100m, VĐV") == []
    assert flagged_in(text, dummy, "đoạt 3 giải nhất, 3 giải nhì, 1 giải ba") == ["3", "3", "1"]


def test_a_cross_country_distance_for_men_and_women(dummy):
    text = page("c28-baobinhphuoc-xep-5-17-doan-hoi-thi-the-thao-dtts-2019")
    assert flagged_in(text, dummy, "chạy việt dã nam 5km, nữ 3km") == []


def test_a_length_the_work_made_keeps_its_number(dummy):
    text = "Trong năm, xã đã nâng cấp 200m đường bê tông và nạo vét 500 m kênh nội đồng."
    assert flagged_in(text, dummy, text) == ["200m", "500 m"]


# ---------------------------------------------------------------- the old record

def test_the_old_record_beside_the_new_one(dummy):
    text = page("c29-thanhnien-vu-thi-huong-pha-ky-luc-200m-dong-nam-a")
    assert flagged_in(text, dummy, "(kỷ lục cũ là 23”30)") == []
    assert flagged_in(text, dummy, "(kỷ lục cũ 24”51)") == []
    assert flagged_in(text, dummy, "(kỷ lục cũ 2’07”93)") == []
    # the new result before it is the period's, each of its parts
    assert flagged_in(text, dummy, "với thành tích 2’04”95") == ["2", "04", "95"]


def test_the_record_that_stood_before_in_minutes_and_seconds(dummy):
    text = page("c29-hatinhtv-vdv-dien-kinh-ha-tinh-pha-2-ky-luc")
    assert flagged_in(text, dummy, "Kỷ lục trước đó là 14 phút 38 giây 92") == []
    # the new result is the period's: since round 57 read as one time, flagged once against a table that keeps none
    assert flagged_in(text, dummy, "với thời gian 14 phút 33 giây 54") == ["14 phút 33 giây 54"]


# ---------------------------------------------------------------- the 100% of a count's criterion

def test_communes_where_every_voter_voted(dummy):
    text = page("c29-hatinh24h-ha-tinh-cu-tri-di-bau-dat-gan-100")
    assert flagged_in(text, dummy, "có 187 điểm và 26 xã có tỷ lệ cử tri đi bầu đạt 100%") == ["187", "26"]
    assert flagged_in(text, dummy, "có 87 điểm và 11 xã có 100% cử tri đi bầu") == ["87", "11"]
    assert flagged_in(text, dummy, "160/262 xã phường, thị trấn có cử tri đi bầu đạt tỷ lệ 100%") == ["160"]
    text = page("c29-viettimes-tag-bau-cu-quoc-hoi-gan-96-cu-tri")
    assert flagged_in(text, dummy, "hơn 32.100 tổ bầu cử có 100% cử tri đi bầu") == ["32.100"]


def test_the_criterion_said_with_dat_and_in_other_elections(dummy):
    # hanam.gov.vn (Duy Tiên, bầu cử 2016), baucu.vinhphuc.gov.vn (23/05/2021)
    text = ("Kết thúc thời gian bầu cử, số cử tri của huyện nhà đi bỏ phiếu là 93.635 cử tri (đạt tỷ lệ 99,17%). Có 105 "
            "khu vực bỏ phiếu và 05 xã có cử tri đi bỏ phiếu đạt tỷ lệ 100%, gồm các xã: Yên Nam, Châu Sơn")
    assert flagged_in(text, dummy, "Có 105 khu vực bỏ phiếu và 05 xã có cử tri đi bỏ phiếu đạt tỷ lệ 100%") \
        == ["105", "05"]
    text = ("Cũng theo báo cáo của Ủy ban bầu cử tỉnh, có 840 khu vực bỏ phiếu kết thúc lúc 19h00; 75 xã, phường, thị "
            "trấn với 855 khu vực bỏ phiếu đạt tỷ lệ 100% cử tri đi bầu.")
    assert flagged_in(text, dummy, "75 xã, phường, thị trấn với 855 khu vực bỏ phiếu đạt tỷ lệ 100%") == ["75", "855"]
    # obsl.net (bầu cử 15-3): the units counted as a fraction of a standing set, then ``đạt tỉ lệ 100%`` and the members
    text = ("Tỉnh Lào Cai là địa phương hoàn thành bầu cử sớm nhất (17h45 và cùng với Thành phố Huế là 2/34 địa phương "
            "đạt tỉ lệ 100% cử tri đi bầu.")
    assert flagged_in(text, dummy, "là 2/34 địa phương đạt tỉ lệ 100% cử tri đi bầu") == ["2"]


def test_a_lower_rate_after_a_count_keeps_its_number(dummy):
    text = "Toàn huyện có 12 xã có 95% hộ dân sử dụng nước sạch; 5 xã đạt chuẩn."
    assert flagged_in(text, dummy, text) == ["95%", "5"]
    # an age is no unit counted: the rate of five-year-olds is a figure (c3-lacduong-gd-2020)
    text = page("c3-lacduong-gd-2020")
    assert flagged_in(text, dummy, "riêng trẻ 5 tuổi huy động đạt tỷ lệ 100% trong độ tuổi") == ["100%"]


# ---------------------------------------------------------------- a top N without "top"

def test_how_many_of_the_top_the_text_names(dummy):
    text = heldout("yi-toan-quoc-tong-cuc-thong-ke-chi-so-gia-tieu-dung-2012-10")
    assert flagged_in(text, dummy, "3 tỉnh thành có chỉ số tăng mạnh nhất") == []
    text = page("p17-thanhnien-xuatkhau-bacninh-2025-10")
    assert flagged_in(text, dummy, "5 tỉnh, thành phố có kim ngạch xuất khẩu cao nhất") == []
    text = page("c27-quangnam-mttq-cu-tri-di-bau-98-77-2016")
    assert _verdicts(text, dummy, "2 tỉnh đạt cao nhất là")[0] == ("2", "not_a_figure")


def test_a_superlative_in_another_clause_or_of_a_score(dummy):
    text = "Cả nước còn 16 tỉnh chưa đạt 15%, thấp nhất là Cần Thơ (8%). Em Lan đạt 95 điểm cao nhất khối."
    assert "16" in flagged_in(text, dummy, text) and "95" in flagged_in(text, dummy, text)


# ---------------------------------------------------------------- a count said again

def test_the_kinds_just_listed_counted_again(dummy):
    text = heldout("yi-tp-ho-chi-minh-cong-an-thanh-pho-pham-phap-hinh-su-2016")
    assert flagged_in(text, dummy, "Đây là 3 loại án gây bức xúc") == []
    assert flagged_in(text, dummy, "án cướp tài sản xảy ra 165 vụ (giảm 71 vụ)")[:1] == ["165"]
    text = page("p15-thanhnien-loinhuan-q3-2025")
    assert flagged_in(text, dummy, "Đây là 2 chuỗi đóng vai trò trụ cột") == []


def test_a_count_that_brings_news_keeps_its_number(dummy):
    text = "Năm nay có 3 loại án tăng so với cùng kỳ. Đây là năm thứ hai liên tiếp."
    assert flagged_in(text, dummy, text) == ["3"]


# ---------------------------------------------------------------- a combined vaccine

def test_a_combined_vaccine_by_how_many_it_joins(dummy):
    text = page("c29-baohaiduong-trang-chu-tiem-chung-bach-hau-2020")
    assert flagged_in(text, dummy, "vaccine 5 trong 1") == []
    assert flagged_in(text, dummy, "mới đạt 48,6%") == ["48,6%"]
    # benhvienthucuc.vn (chích ngừa Hexaxim); a count after the name keeps its number
    text = "Chích ngừa Hexaxim 6in1 là một loại vắc xin do Công ty Sanofi Pasteur (Pháp) sản xuất."
    assert flagged_in(text, dummy, text) == []
    text = "Trạm y tế đã tiêm vắc xin 5 trong 1 cho 1.200 trẻ."
    assert flagged_in(text, dummy, text) == ["1.200"]


# ---------------------------------------------------------------- the last hours, "h" for "giờ"

def test_the_last_24_hours_in_a_menu_and_in_a_report(dummy):
    text = heldout("yi-toan-quoc-tong-cuc-hai-quan-tinh-thanh-xuat-khau-ty-do-2020-q1")
    assert flagged_in(text, dummy, "18:26 24h qua English RSS") == []
    # vietbao.vn (24/8/2021): "giờ" typed after the "h"; the count after it stays the period's
    text = "Như vậy trong 24h giờ qua, số ca nhiễm ghi nhận trong nước tăng 531 ca."
    assert _verdicts(text, dummy, "24h giờ qua") == [("24", "not_a_figure")]
    assert _verdicts(text, dummy, "tăng 531 ca")[0][1] != "not_a_figure"


# ---------------------------------------------------------------- "năm" of a grade

def test_the_school_year_of_a_grade_is_no_five(dummy):
    text = page("c29-baonghean-lop-9a-hon-30-hoc-sinh-dau-truong-chuyen")
    assert [t for t, _ in _verdicts(text, dummy, "vào năm lớp 8")] == ["8"]
    # cafef.vn (2026-01-30); a count of classes in words keeps its five
    text = "Nam dành trọn năm lớp 12 để hệ thống lại toàn bộ kiến thức."
    assert [t for t, _ in _verdicts(text, dummy, text)] == ["12"]
    text = "Trường có năm lớp 6 với 180 học sinh."
    assert flagged_in(text, dummy, text)[:1] == ["năm"]
