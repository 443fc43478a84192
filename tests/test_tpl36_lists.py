"""Issue 14, round 36: a count of the things its sentence names one by one is the size of that list, no figure of the
period (``enumerated.names_after``, ``each_in_turn``; the names before ``là N`` the checker's ``namedlist`` claims while
the numbers are read — tidy 59 dropped the template's copy).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has

SQUID_8T = "Xuất khẩu mực, bạch tuộc 8 tháng đầu năm 2022"


def test_names_then_la_n_markets(tmp_path):
    # t27-vcci-muc-8t-2022: rows «Số thị trường Hàn Quốc và Nhật Bản» 2 and «Số thị trường nhập khẩu lớn nhất» 3
    tpl = template(tmp_path, SQUID_8T,
                   "Hàn Quốc và Nhật Bản là 2 thị trường chiếm tỷ trọng nổi trội trong các thị trường nhập khẩu mực, "
                   "bạch tuộc của Việt Nam, chiếm lần lượt 36% và 22%.",
                   "Xuất khẩu mực, bạch tuộc sang khối thị trường EU trong 8 tháng đầu năm đạt trên 52 triệu USD, tăng "
                   "34% so với cùng kỳ. Italy, Tây Ban Nha và Pháp lần lượt là 3 thị trường nhập khẩu lớn nhất trong "
                   "khối.")
    assert not has(tpl, 2) and not has(tpl, 3)
    assert has(tpl, 52_000_000)


def test_names_then_la_n_customers(tmp_path):
    # t23-baogialai-dieu-10t-2023 (the cashew page, earlier set): the two buyers named
    tpl = template(tmp_path, "Xuất khẩu hạt điều 10 tháng năm 2023",
                   "Tính chung 10 tháng năm 2023, nước ta đã xuất khẩu 516.900 tấn hạt điều nhân. Trong đó, Mỹ và "
                   "Trung Quốc là 2 khách hàng chi tiền nhiều nhất để mua hạt điều nhân của nước ta, chiếm 42,6% kim "
                   "ngạch xuất khẩu của ngành này trong 10 tháng năm 2023.")
    assert not has(tpl, 2)
    assert has(tpl, 516_900)


def test_n_markets_gom_the_names(tmp_path):
    # t27-vinanet-muc-t11-2016: a row «Số thị trường NK lớn nhất» 3
    tpl = template(tmp_path, "Xuất khẩu mực, bạch tuộc tháng 11/2016",
                   "Riêng trong tháng 11/2016 giá trị XK đạt 49,05 triệu USD, tăng 27% so với tháng 11/2015. 3 thị "
                   "trường NK lớn nhất gồm Hàn Quốc, Nhật Bản và EU đều tăng trên 16% mỗi thị trường.")
    assert not has(tpl, 3)
    assert has(tpl, 49_050_000)


def test_the_rest_each_in_turn(tmp_path):
    # t27-vcci-muc-8t-2022: a row «Số thị trường còn lại» 2 (with 152 % and 76 % hung on it)
    tpl = template(tmp_path, SQUID_8T,
                   "Xuất khẩu sang Italy giảm nhẹ 1% trong khi xuất khẩu sang 2 thị trường còn lại tăng lần lượt 152% "
                   "và 76%.")
    assert not has(tpl, 2)


def test_a_count_its_list_does_not_match_stays(tmp_path):
    # the list names two communes for a count of five: the count is the period's, the list an example
    tpl = template(tmp_path, "Báo cáo kết quả xây dựng nông thôn mới năm 2019",
                   "Trong năm có 5 xã đạt chuẩn nông thôn mới gồm Bình Khánh, An Thới Đông và các xã khác.")
    assert has(tpl, 5)


def test_members_named_after_gom_stay(tmp_path):
    # what was done, its members named after «gồm» (no «lớn nhất», «dẫn đầu»: not a top N the writer chose) — the
    # count is the period's figure; with the top-N words dropped from the rule this row goes
    tpl = template(tmp_path, "Báo cáo kết quả xây dựng nông thôn mới năm 2019",
                   "Trong năm có 3 xã đạt chuẩn nông thôn mới gồm Bình Khánh, Tam Thôn Hiệp và Thạnh An.")
    assert has(tpl, 3)
