"""Checker round 76 (chk76, issue 13): two false alarms of the unseen batch xk-.

1. A rise written as a multiple of the quantity named after ``lần``: ``Hà Tĩnh đã tăng đến 3 lần nguồn vốn ngân sách
   chuyển sang NHCSXH`` (xk-ha-tinh-nhcsxh) was read as a count of ``lần``; second source ``đạt hơn 1,3 triệu lượt,
   tăng gấp 6 lần lượng khách đến thành phố dịp lễ hội năm ngoái`` (sweep t39-kyhoatour). Negatives: a base after
   ``lần`` (``so với``, a period), an aspect (``về trị giá``), a conjunction (``nhưng``), the times a thing happened.
2. A number's own predicate past a list of places: ``25 xã đạt chuẩn nông thôn mới và 18 xã ở các huyện miền núi
   Hương Sơn, …, Kỳ Anh thoát ra khỏi danh sách vùng đặc biệt khó khăn`` (xk-ha-tinh); second source ``61 tình nguyện
   viên từ Malaysia, Indonesia và 58 sinh viên, thanh niên quốc tế đến từ Campuchia, Lào, Myanmar, Hoa Kỳ đang sinh
   sống, học tập tại TP HCM cùng góp sức`` (sweep p25-nld-tinhnguyenhe). Negative: the values swapped are still caught.
"""

from __future__ import annotations

import pytest

from service.checker.recognisers.multiples import times_of_quantity
from service.checker.tailpredicate import tail_after
from tests.sweep_tables import FULL, nfc, page, real_case, table
from service.checker.check import check_text

HA_TINH = "xk-ha-tinh-nhcsxh-tinh-tin-dung-chinh-sach-2015-2019"


def _verdicts(text, tbl, **kw):
    return {n.text: (n.verdict, (n.source or {}).get("ma")) for n in check_text(text, tbl, **kw).numbers}


def _at(text, needle):
    s = text.index(needle)
    return s, s + len(needle)


def test_multiple_of_a_named_quantity_is_not_a_count():
    case, tbl, kw = real_case(HA_TINH)
    got = _verdicts(nfc(case.text), tbl, **kw)
    assert got["3"][0] not in ("unsupported", "stale")
    assert got["105 tỷ đồng"] == ("supported", "04")


def test_second_source_multiple_of_visitors(tmp_path):
    text = nfc(page("t39-kyhoatour-le-hoi-song-nuoc-tphcm-2024"))
    s, _ = _at(text, "6 lần lượng khách")
    assert times_of_quantity(text, s, s + 1) == "lượng khách đến thành phố dịp"
    line = ("Tổng số khách đến TP HCM từ ngày 31/5 đến 9/6 đạt hơn 1,3 triệu lượt, tăng gấp 6 lần lượng khách đến "
            "thành phố dịp lễ hội năm ngoái.")
    tbl = table(tmp_path, ["01,Tổng số khách đến thành phố dịp lễ hội,lượt,1300000,210000,"], header=FULL)
    assert _verdicts(line, tbl)["6"] == ("derived", "01")
    wrong = _verdicts(line.replace("gấp 6 lần", "gấp 9 lần"), tbl)
    assert wrong["9"][0] == "unsupported"


@pytest.mark.parametrize("text,number", [
    ("xuất khẩu đạt 212,867 triệu USD, tăng 49% về lượng và tăng 1,76 lần về trị giá.", "1,76"),  # t26-vneconomy
    ("Số sinh viên tốt nghiệp xuất sắc qua 5 năm tăng 5,3 lần nhưng tỷ lệ sinh viên giỏi giảm", "5,3"),  # c25-giaoduc
    ("Số vốn đăng ký tăng thêm của các dự án FDI tăng 15,5 lần Qúy I/2024", "15,5"),  # t21-baobariavungtau
    ("doanh thu tăng gấp 3 lần so với cùng kỳ năm trước", "3"),
    ("giá xăng đã tăng 3 lần liên tiếp", "3"),
])
def test_no_quantity_after_the_multiple(text, number):
    s = text.index(number)
    assert times_of_quantity(text, s, s + len(number)) is None


def test_own_predicate_past_a_list_of_places():
    case, tbl, kw = real_case(HA_TINH)
    got = _verdicts(nfc(case.text), tbl, **kw)
    assert got["18"] == ("supported", "07")
    assert got["25"] == ("supported", "06")


def test_second_source_volunteers_predicate(tmp_path):
    text = nfc(page("p25-nld-tinhnguyenhe-tphcm-2025-none"))
    s, _ = _at(text, "58 sinh viên")
    tail = tail_after(text, s, s + 2, None)
    assert tail is not None and "góp sức" in tail
    line = ("TP HCM cũng đón 61 tình nguyện viên từ Malaysia, Indonesia và 58 sinh viên, thanh niên quốc tế đến từ "
            "Campuchia, Lào, Myanmar, Hoa Kỳ đang sinh sống, học tập tại TP HCM cùng góp sức.")
    tbl = table(tmp_path, ["01,Tình nguyện viên nước ngoài đến tham gia,người,61",
                           "02,Sinh viên quốc tế đang sinh sống học tập tại TP HCM góp sức,người,58"])
    got = _verdicts(line, tbl)
    assert got["58"][0] == "supported" and got["61"][0] == "supported"


def test_swapped_values_past_a_list_still_caught():
    case, tbl, kw = real_case(HA_TINH)
    text = nfc(case.text).replace("đã có 25 xã đạt chuẩn nông thôn mới và 18 xã",
                                  "đã có 18 xã đạt chuẩn nông thôn mới và 25 xã")
    got = _verdicts(text, tbl, **kw)
    assert got["18"][0] == "unsupported" or got["25"][0] == "unsupported"


@pytest.mark.parametrize("text,number", [
    ("có 25 xã đạt chuẩn và 18 xã thoát nghèo, 3 xã khác chưa đạt.", "18"),        # another number before the end
    ("có 25 xã đạt chuẩn, 18 xã ở Hương Sơn, Kỳ Anh thoát nghèo.", "18"),          # no ``và`` joins it
    ("có 25 xã đạt chuẩn và 18 xã thoát khỏi danh sách vùng khó khăn.", "18"),      # no list: its own phrase says it
])
def test_no_tail_predicate(text, number):
    s = text.index(number)
    nxt = text.find("3 xã")
    assert tail_after(text, s, s + len(number), nxt if nxt > 0 else None) is None


def test_the_row_befores_value_under_a_listed_predicate_is_a_swap():
    """Plant ``18 → 25``: ``25 xã đạt chuẩn … và 25 xã ở các huyện …, Kỳ Anh thoát ra khỏi danh sách …`` — the second
    25 is 06's value under 07's predicate (07 stated nowhere): flagged as 07's."""
    case, tbl, kw = real_case(HA_TINH)
    text = nfc(case.text).replace("và 18 xã ở", "và 25 xã ở")
    got = [(n.verdict, (n.source or {}).get("ma")) for n in check_text(text, tbl, **kw).numbers if n.text == "25"]
    assert got == [("supported", "06"), ("unsupported", "07")]
