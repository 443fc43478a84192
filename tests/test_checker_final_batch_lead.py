"""The lead's rules after stop 26's final private batch (``evaluations/cases/heldout/zd-*``) was measured once; from
here on that batch is in-sample. Each rule is one of notation or grammar, on the page's own sentence:

- zd-nam-dinh-van-tai-2020-9t: ``173,2 triệu lượt người.km``, ``661,1 triệu tấn.km`` — a unit multiplied by another,
  written with a dot, is a unit of its own (the passenger-kilometres are no count of passengers);
- zd-binh-duong-bhxh-2022-11t: ``toàn tỉnh cần phải phát triển thêm 143.000 người …; 18.683 người … và 358.000 người``
  — what is still needed is aimed at, not done;
- zd-can-tho-co-do-ldld-tet-2022-01: ``chương trình “Tết Sum vầy – Xuân bình an” …, mỗi phần quà gồm 500.000 đồng tiền
  mặt và 10kg gạo`` — an amount per gift, though a programme's name stands earlier in the sentence;
- zd-binh-phuoc-khcn-2014-10t: ``thanh tra tại 100 cơ sở gồm 24 cá nhân và 76 tổ chức`` against rows ``Trong đó: cá
  nhân`` / ``tổ chức`` in ``cơ sở`` — a part's label that is its noun names what it counts.
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import table


def _verdicts(text, rows, tmp_path, header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo", period=None):
    return [(c.text, c.verdict) for c in check_text(text, table(tmp_path, rows, header), period=period).numbers
            if c.verdict != "not_a_figure"]


VAN_TAI = ("Riêng tháng 9, vận tải hành khách đạt 1.816 nghìn lượt người, giảm 1,4% và {} triệu lượt người.km, giảm "
           "5,3%; vận tải hàng hoá đạt 3.045 nghìn tấn, giảm 2% và {} triệu tấn.km, tăng 3,4% so với cùng kỳ năm trước.")
VAN_TAI_ROWS = ["R-7,Vận chuyển hành khách,nghìn lượt người,1.816", "R-8,Luân chuyển hành khách,triệu lượt người.km,\"173,2\"",
                "R-10,Vận chuyển hàng hóa,nghìn tấn,3.045", "R-11,Luân chuyển hàng hóa,triệu tấn.km,\"661,1\""]


def test_a_product_of_units_is_a_unit_of_its_own(tmp_path):
    got = [(t, v) for t, v in _verdicts(VAN_TAI.format("173,2", "661,1"), VAN_TAI_ROWS, tmp_path) if "%" not in t]
    assert got == [("1.816 nghìn", "supported"), ("173,2 triệu", "supported"), ("3.045 nghìn tấn", "supported"),
                   ("661,1 triệu tấn.km", "supported")], got


def test_a_product_unit_s_wrong_value_is_caught(tmp_path):
    got = dict(_verdicts(VAN_TAI.format("173,2", "3.045"), VAN_TAI_ROWS, tmp_path))
    assert got["3.045 triệu tấn.km"] == "unsupported", got


BHXH = ("Cùng với đó, số thu đạt 22.919 tỉ đồng, đạt 90% kế hoạch. Để hoàn thành các chỉ tiêu, toàn tỉnh cần phải phát "
        "triển thêm 143.000 người tham gia BHXH bắt buộc; 18.683 người tham gia BHXH tự nguyện và 358.000 người tham "
        "gia BHYT.")


def test_what_is_still_needed_is_no_result(tmp_path):
    # with a row each number would be a wrong value of, too (the case's table keeps them)
    got = _verdicts(BHXH, ["TH01,Tổng số thu BHXH,tỷ đồng,22.919", "PT01,Số người tham gia BHXH bắt buộc,người,993.341",
                           "PT02,Số người tham gia BHYT,người,2.089.847"], tmp_path)
    assert [t for t, v in got if v in ("unsupported", "stale")] == [], got


def test_a_result_after_can_is_still_checked(tmp_path):
    # "cần" alone (a need said, not an amount aimed at) does not excuse a result
    text = "Những hộ cần hỗ trợ đã được giúp đỡ, tổng cộng 47 hộ."
    assert dict(_verdicts(text, ["1,Số hộ được hỗ trợ,hộ,74"], tmp_path)).get("47") == "unsupported"


QUA = ("Chương trình “Tết Sum vầy – Xuân bình an” đã trao 100 phần quà cho công nhân có hoàn cảnh khó khăn trên địa bàn "
       "huyện, mỗi phần quà gồm 500.000 đồng tiền mặt và 10kg gạo, với tổng trị giá hơn 65.000.000 đồng.")


def test_an_amount_per_gift_after_a_programme_s_name(tmp_path):
    rows = ["A.1,Chương trình “Tết Sum vầy – Xuân bình an”: quà tặng,phần,100",
            "A.2,Trị giá quà chương trình “Tết Sum vầy – Xuân bình an”,đồng,65.000.000"]
    got = _verdicts(QUA, rows, tmp_path)
    assert got == [("100", "supported"), ("65.000.000 đồng", "supported")], got


THANH_TRA = "Tổ chức 9 cuộc thanh tra; thanh tra tại 100 cơ sở gồm 24 cá nhân và {} tổ chức."
THANH_TRA_ROWS = ["TT01,Số cuộc thanh tra,cuộc,9", "TT02,Số cơ sở được thanh tra,cơ sở,100",
                  "TT03,Trong đó: cá nhân,cơ sở,24", "TT04,tổ chức,cơ sở,76"]


def test_a_part_named_by_its_noun(tmp_path):
    assert [v for _, v in _verdicts(THANH_TRA.format("76"), THANH_TRA_ROWS, tmp_path)] == ["supported"] * 4


def test_a_part_s_wrong_value_is_caught(tmp_path):
    assert dict(_verdicts(THANH_TRA.format("67"), THANH_TRA_ROWS, tmp_path))["67"] == "unsupported"
