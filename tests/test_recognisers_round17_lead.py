"""Checker, the lead's rules from the final batch of stop 25 (``zb-*`` once committed), each on the page's sentence
and a counter-case that must stay checked.

- a customs release: ``kim ngạch xuất khẩu 7 tháng/2017 đạt 115,3 tỷ USD`` — months to date in words with a slash;
  ``giảm 0,7% so với tháng 6/2017`` in the July report — the previous edition named by its date;
- a city health department: ``BV Nhân dân 115`` (a numbered unit after ``BV``), ``(4,42/5)`` (a score over its scale),
  ``Xin hãy đợi 60 giây nữa`` (a comment box's wait);
- a national railway company: ``Theo báo cáo … trong Hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2023, sản lượng …
  đạt khoảng 4.055 tỷ đồng`` — the meeting's subject is no time of the numbers, so a wrong one is still caught;
- a border gate: ``Lô hàng sầu riêng đông lạnh 22 tấn này`` — a measure pointing back;
- a district budget: ``thu từ doanh nghiệp đầu tư nước ngoài đạt 323% dự toán`` where the table keeps only the
  total's plan — the share of a plan of something the table does not hold is unverified, not a wrong share.
"""

from __future__ import annotations

import pytest

from service.checker import check_text
from tests.sweep_tables import table as _table


def _verdicts(text, table, period):
    return {c.text.strip(): c.verdict for c in check_text(text, table, period=period).numbers}


@pytest.fixture
def customs(tmp_path):
    return _table(tmp_path, ["XK,Kim ngạch xuất khẩu,tỷ USD,\"17,67\",,", "XK-LK,Kim ngạch xuất khẩu 7 tháng,tỷ USD,"
                             "\"115,3\",\"97,05\""],
                  header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước")


def test_months_to_date_with_a_slash_are_the_periods_name(customs):
    text = "Kim ngạch xuất khẩu 7 tháng/2017 đạt 115,3 tỷ USD, tăng 18,8% so với cùng kỳ năm trước."
    v = _verdicts(text, customs, "2017-07")
    assert v["115,3 tỷ USD"] == "supported" and "7" not in v and v.get("2017") != "unsupported"


def test_a_change_against_last_month_named_by_its_date_is_unverified_without_that_column(customs):
    text = "Kim ngạch xuất khẩu trong tháng 7/2017 đạt 17,67 tỷ USD, giảm 0,7% so với tháng 6/2017."
    assert _verdicts(text, customs, "2017-07")["0,7%"] == "unverified"


@pytest.fixture
def hospitals(tmp_path):
    return _table(tmp_path, ["4,Điểm chất lượng cao nhất (BV Nhân dân 115),điểm,\"4,42\"",
                             "5,Số bệnh viện đạt điểm chất lượng tốt,bệnh viện,2"])


def test_a_numbered_hospital_a_score_scale_and_a_comment_wait(hospitals):
    text = ("BV Nhân dân 115 và BV Nhân dân Gia Định có số điểm cao nhất (4,42/5); 2 bệnh viện có số điểm chất lượng "
            "tốt.\n\nBạn không thể gửi bình luận liên tục. Xin hãy đợi 60 giây nữa.")
    v = _verdicts(text, hospitals, "2018")
    assert v["4,42"] == "supported" and v["2"] == "supported"
    assert all(v.get(k) in (None, "not_a_figure") for k in ("115", "5", "60"))


def test_a_wrong_score_is_still_caught(hospitals):
    text = "BV Nhân dân 115 và BV Nhân dân Gia Định có số điểm cao nhất (4,24/5)."
    assert _verdicts(text, hospitals, "2018")["4,24"] == "unsupported"


@pytest.fixture
def railway(tmp_path):
    return _table(tmp_path, ["A.1,Sản lượng hợp nhất toàn tổng công ty,tỷ đồng,4.055,3.585"],
                  header="Mã,Chỉ tiêu,Đơn vị tính,6 tháng đầu năm 2023,Cùng kỳ năm 2022")


RAILWAY = ("Theo báo cáo của Tổng công ty Đường sắt Việt Nam (VNR) trong Hội nghị triển khai nhiệm vụ 6 tháng cuối năm "
           "2023, sản lượng hợp nhất toàn tổng công ty đạt khoảng {} tỷ đồng, tăng hơn 13% so cùng kỳ 2022.")


def test_the_meetings_subject_is_no_time_of_the_numbers(railway):
    assert _verdicts(RAILWAY.format("4.055"), railway, "2023-H1")["4.055 tỷ đồng"] == "supported"
    assert _verdicts(RAILWAY.format("4.056"), railway, "2023-H1")["4.056 tỷ đồng"] == "unsupported"


def test_a_plans_own_sentence_still_speaks_of_the_next_period(railway):
    text = "Trong 6 tháng cuối năm 2023, Tổng công ty phấn đấu đạt sản lượng 4.600 tỷ đồng."
    assert _verdicts(text, railway, "2023-H1").get("4.600 tỷ đồng") in (None, "not_a_figure")


def test_a_measure_pointing_back_is_no_new_figure(tmp_path):
    t = _table(tmp_path, ["1,Tổng lượng hàng hóa xuất nhập khẩu,tấn,667.332"])
    text = ("Tổng lượng hàng hóa xuất nhập khẩu đạt 667.332 tấn. Lô hàng sầu riêng đông lạnh 22 tấn này của Công ty "
            "đã thông quan.")
    assert _verdicts(text, t, "2025-5T").get("22 tấn") in (None, "not_a_figure")


@pytest.fixture
def budget(tmp_path):
    return _table(tmp_path, ["A.I,Tổng thu ngân sách nhà nước trên địa bàn huyện,triệu đồng,401.279,,818.000"],
                  header="Mã,Chỉ tiêu,Đơn vị tính,Quý I/2023,Cùng kỳ,Dự toán tỉnh giao")


def test_a_plan_share_of_an_item_the_table_lacks_is_unverified(budget):
    text = ("Tổng thu ngân sách nhà nước trên địa bàn huyện quý 1/2023 là 401.279 triệu đồng, đạt 49% dự toán tỉnh. "
            "Một số khoản thu đạt khá như thu từ doanh nghiệp đầu tư nước ngoài đạt 323% dự toán.")
    v = _verdicts(text, budget, "2023-Q1")
    assert v["49%"] == "derived" and v["323%"] == "unverified"


def test_a_wrong_share_of_the_rows_own_plan_is_still_caught(budget):
    text = ("Quý 1/2023, tổng thu ngân sách nhà nước trên địa bàn huyện là 401.279 triệu đồng. Tổng thu ngân sách nhà "
            "nước trên địa bàn huyện đạt 47% dự toán tỉnh giao.")
    assert _verdicts(text, budget, "2023-Q1")["47%"] == "unsupported"
