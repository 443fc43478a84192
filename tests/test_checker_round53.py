"""Checker round 53 (chk53, issue 13): stop 50's working batch ``xb-`` (evaluations/sweep/checker-round53.md). Each
rule quotes two real sources and keeps checked what it does not claim.

- a bare-named percent row under an index row is an index on the same base (``2.1 Ngành khai khoáng`` = 118,9 under
  ``Chỉ số sản xuất công nghiệp … (cùng kỳ = 100)``: «tăng 18,9%») — ``indexchild.index_by_parent``;
- a scaled amount with no ``đồng`` before ``tiền`` is money (``200 ngàn tiền mặt``, ``90 triệu tiền quỹ``) —
  ``cashword.cash_without_dong``;
- the number one of an item in a parcel's make-up after ``mỗi suất/phần … gồm`` (``1 chai nước mắm``) is per-unit —
  ``recognisers.parcelitem.one_item_of_parcel``.
"""

from __future__ import annotations

from pathlib import Path

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import case_line_verdicts, csv_table, page, within

from service.checker.extract import extract_numbers
from service.checker.indexchild import index_by_parent
from service.checker.match import TableIndex
from service.checker.recognisers.parcelitem import one_item_of_parcel
from service.figures.load import load_table

_HELDOUT = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"


# ---------------------------------------------------------------- rows under an index row are indices

_THAI_BINH = "xb-thai-binh-so-cong-thuong-san-xuat-cong-nghiep-2017-04"
_BRANCHES = ("Trong đó, ngành khai khoáng tăng 18,9%; ngành công nghiệp chế biến, chế tạo tăng 23,58%; ngành sản xuất "
             "và phân phối điện,  khí đốt, nước nóng và điều hòa không khí tăng 6,86%; cung cấp nước, hoạt động quản lý "
             "và xử  lý rác thải, nước thải giảm 21,37%.")


def test_a_branch_under_an_index_row_is_its_index_less_100():
    # xb-thai-binh-…: "Chỉ số sản xuất công nghiệp tháng 04/2017, … tăng 24,36% so với cùng kỳ năm 2016; Trong đó, ngành
    # khai khoáng tăng 18,9%; …" — rows 2.1–2.4 (118,9; 123,58; 106,86; 78,63) under row 2 (cùng kỳ = 100)
    assert [v for _, v, _ in case_line_verdicts(_THAI_BINH, _BRANCHES)] == ["derived"] * 4
    # a planted error stays caught: 18,9 → 19,8 (no branch is 119,8)
    got = case_line_verdicts(_THAI_BINH, _BRANCHES, _BRANCHES.replace("tăng 18,9%", "tăng 19,8%"))
    assert [v for t, v, _ in got if t == "19,8%"] == ["unsupported"]


def test_a_statistics_office_s_groups_under_its_cpi_are_indices_at_any_depth():
    # yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1: "1 | Chỉ số giá tiêu dùng | % | 110,07" over
    # "1.1 | Hàng ăn và dịch vụ ăn uống | % | 104,94" over "1.1.1 | Lương thực | % | 106,91" (kỳ gốc 2014 = 100)
    table = load_table(_HELDOUT / "yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1" / "figures.csv",
                       period="2019-H1")
    idx = TableIndex(table)
    by_label = {r.fig.chi_tieu: r for r in idx.rows}
    is_index = lambda label: "chi so" in label  # noqa: E731  (derive's own pattern is wider; the shape is the point)
    hang_an = next(r for lbl, r in by_label.items() if lbl.startswith("Hàng ăn"))
    luong_thuc = next(r for lbl, r in by_label.items() if lbl.startswith("Lương thực"))
    assert index_by_parent(hang_an, idx.by_code, is_index)
    assert index_by_parent(luong_thuc, idx.by_code, is_index)
    # the index row itself is not "under" one; a row under a plain amount is no index
    cpi = next(r for lbl, r in by_label.items() if lbl.startswith("Chỉ số giá tiêu dùng"))
    assert not index_by_parent(cpi, idx.by_code, is_index)


def test_a_child_of_an_amount_row_or_with_its_own_rate_label_is_no_index(tmp_path):
    # the same sheet's shape with the parent an amount (Thái Bình's row 3 "Tổng mức lưu chuyển hàng hóa bán lẻ", tỷ
    # đồng) and a child that says its own meaning ("Tỷ lệ …"): neither is read as an index
    table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Tháng 4/2017\n"
                                "1,Tổng mức lưu chuyển hàng hóa bán lẻ,tỷ đồng,\"2.754,7\"\n"
                                "1.1,Thương nghiệp,%,\"86,2\"\n"
                                "2,Chỉ số sản xuất công nghiệp (cùng kỳ = 100),%,\"124,36\"\n"
                                "2.1,Tỷ lệ ngành khai khoáng trong toàn ngành,%,\"18,9\"\n", "2017-04")
    idx = TableIndex(table)
    rows = {r.fig.chi_tieu: r for r in idx.rows}
    is_index = lambda label: "chi so" in label  # noqa: E731
    assert not index_by_parent(rows["Thương nghiệp"], idx.by_code, is_index)
    assert not index_by_parent(rows["Tỷ lệ ngành khai khoáng trong toàn ngành"], idx.by_code, is_index)


# ---------------------------------------------------------------- money said without đồng before «tiền»

def _read(text, said):
    s = text.index(said)
    return next(m for m in extract_numbers(text) if m.start == s)


def test_a_scaled_amount_before_tien_is_money_in_dong():
    # xb-tp-ho-chi-minh-tan-phu-…: "Mỗi phần quà gồm 10kg gạo, … và 200 ngàn tiền mặt." (row: 200 nghìn đồng/phần)
    text = "Tổng số quà là 260 phần. Mỗi phần quà gồm 10kg gạo, 1 chai nước mắm, 1 chai dầu ăn, 1 túi bột ngọt và 200 ngàn tiền mặt."
    m = _read(text, "200 ngàn")
    assert (m.kind, m.unit, m.value) == ("money", "đồng", 200000)
    # yv-ha-noi-hoang-mai-hoi-khuyen-hoc-phuong-vinh-hung-…: "… đã trích gần 90 triệu tiền quỹ khuyến học, khuyến tài để …"
    text = "Nhân dịp này, Hội khuyến học Phường Vĩnh Hưng đã trích gần 90 triệu tiền quỹ khuyến học, khuyến tài để"
    m = _read(text, "90 triệu")
    assert (m.kind, m.unit) == ("money", "đồng")


def test_no_scale_or_tien_as_another_word_stays_a_count():
    # a bare count before «tiền» and «tiền đề» (a premise, not money) keep their reading
    for text, said in (("Hội đã vận động 200 tiền mặt", "200"), ("tạo 5 triệu tiền đề cho", "5 triệu"),
                       ("trao 3 triệu lượt khách tiền", "3 triệu")):
        assert _read(text, said).kind == "count"


def test_the_parish_s_cash_per_gift_is_its_row():
    line = "Mỗi phần quà gồm 10kg gạo, 1 chai nước mắm, 1 chai dầu ăn, 1 túi bột ngọt và 200 ngàn tiền mặt."
    got = case_line_verdicts("xb-tp-ho-chi-minh-tan-phu-giao-xu-nhan-hoa-qua-tet-2021-01", line)
    assert [v for t, v, _ in got if t == "200 ngàn"] == ["supported"]
    got = case_line_verdicts("xb-tp-ho-chi-minh-tan-phu-giao-xu-nhan-hoa-qua-tet-2021-01", line,
                             line.replace("200 ngàn", "300 ngàn"))
    assert [v for t, v, _ in got if t == "300 ngàn"] == ["unsupported"]


# ---------------------------------------------------------------- one item of a parcel's make-up

def test_one_item_of_each_parcel_is_per_unit(dummy):
    # c46-dantri-ky-anh-500-suat-qua: "500 suất quà mỗi suất gồm 10 kg gạo, 1 chai dầu ăn và 1 hộp nước ngọt được trao …"
    text = page("c46-dantri-ky-anh-500-suat-qua")
    assert {(t, v) for t, v, _ in within(text, dummy, "1 chai dầu ăn và 1 hộp nước ngọt")} == {("1", "not_a_figure")}
    # c46-baomoi-ia-pal-401-suat-qua: "… mỗi suất quà bao gồm: 1 thùng mì tôm, 1 chai dầu dầu ăn, 1 kg đường, 1 chai nước
    # tương, muối và bánh ngọt."
    text = page("c46-baomoi-ia-pal-401-suat-qua")
    assert {v for _, v, _ in within(text, dummy, "1 thùng mì tôm, 1 chai dầu dầu ăn, 1 kg đường, 1 chai")} \
        == {"not_a_figure"}
    # the parish's case: its table keeps rice and cash per gift, not the bottles
    line = "Mỗi phần quà gồm 10kg gạo, 1 chai nước mắm, 1 chai dầu ăn, 1 túi bột ngọt và 200 ngàn tiền mặt."
    got = case_line_verdicts("xb-tp-ho-chi-minh-tan-phu-giao-xu-nhan-hoa-qua-tet-2021-01", line)
    assert [v for t, v, _ in got if t == "1"] == ["not_a_figure"] * 3


def test_more_than_one_a_total_or_no_parcel_stay_checked(dummy):
    text = "500 suất quà mỗi suất gồm 10 kg gạo, 1 chai dầu ăn và 1 hộp nước ngọt được trao."
    assert not one_item_of_parcel(text, text.index("10 kg"), text.index("10 kg") + 5)
    # no «mỗi <parcel> … gồm»: one named thing of the period
    text = "Hội đã trao 1 xe lăn cho hội viên, gồm 1 chai dầu ăn."
    assert not one_item_of_parcel(text, text.index("1 chai"), text.index("1 chai") + 1)
    # a total in the list
    text = "Mỗi suất quà gồm gạo, mì, tổng cộng 1 tấn hàng."
    assert not one_item_of_parcel(text, text.index("1 tấn"), text.index("1 tấn") + 1)
    # a table that keeps the item per parcel checks it: Gò Vấp's "mì gói (1 thùng)" against row 5 = 1
    line = "Mỗi phiếu Quà tặng được nhận 11 món hàng, gồm: gạo (10kg), mì gói (1 thùng)"
    slug = "xb-tp-ho-chi-minh-go-vap-giao-xu-bac-dung-hoi-cho-xuan-2016-01"
    assert [v for t, v, _ in case_line_verdicts(slug, line) if t == "1"] == ["supported"]
