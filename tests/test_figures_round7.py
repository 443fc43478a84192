"""Figures loader round 7: agencies' own sheets that the loader refused on the working batch of stop 24 (three
of twelve hand-built tables), and the checker's reading of what they hold.

- A range typed in a value cell (``10 - 20``, ``400-500``, ``từ 6 đến 8``), as the text states one (``thiệt hại
  từ 10 đến 20% năng suất lúa``, ``khoảng 400-500 triệu đồng``): kept with both ends (a warning says so), through
  the store too; a sentence stating the range is checked at both ends, so a changed end is caught.
- ``Nội dung | Đơn vị tính | Kết quả nhiệm kỳ | Chỉ tiêu``: a column titled ``Chỉ tiêu`` that holds numbers beside a
  words column read as the indicator is the target (``Kế hoạch``), as agencies often title it.
- A balance titled by the date it stands at (``Dư nợ đến 31/12/2019 | Dư nợ đến 31/12/2020``, a bank's sheet): the
  latest date is the period's value, the year before it last year's.
- ``còn dưới 13%`` with the row at 13: the table keeps the bound the text writes, as ``hơn 397`` ⇐ 397.
"""

from __future__ import annotations

from decimal import Decimal

import openpyxl

from service.checker import check_text
from service.figures.load import load_table
from service.figures.store import FigureStore


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


PCTT = ("STT,Chỉ tiêu,ĐVT,6 tháng đầu năm 2016\n"
        "1,Nhà bị tốc mái,căn,43\n"
        "2,Diện tích lúa hè thu bị đổ ngã,ha,7.478\n"
        "3,Mức thiệt hại năng suất lúa,%,10 - 20\n")
# can-tho-vinh-thanh-pctt-2016-h1 (working batch, stop 24)
SENTENCE = ("Trong 6 tháng đầu năm 2016, giông lốc làm tốc mái 43 căn nhà, gây đổ ngã 7.478 ha diện tích lúa hè thu, "
            "thiệt hại từ {} đến {}% năng suất lúa.")


def test_a_range_in_a_value_cell_loads_with_both_ends(tmp_path):
    t = load_table(_write(tmp_path, "pctt.csv", PCTT))
    f = t.figures[2]
    assert f.ky_bao_cao == 20 and f.ky_bao_cao.low == 10
    assert any("là một khoảng" in w.message for w in t.warnings)


def test_a_range_of_money_is_scaled_at_both_ends(tmp_path):
    # quang-ninh-hong-thai-tay-nct-2011-2016: "tổng quỹ này hàng năm có khoảng 400-500 triệu đồng"
    t = load_table(_write(tmp_path, "nct.csv", "TT,Nội dung,Đơn vị tính,Kết quả nhiệm kỳ\n"
                          "1,Quỹ phụng dưỡng ông bà cha mẹ (hằng năm),triệu đồng,400-500\n"
                          "2,Hội viên kết nạp mới,hội viên,132\n"))
    f = t.figures[0]
    assert (f.ky_bao_cao, f.ky_bao_cao.low) == (Decimal(500_000_000), Decimal(400_000_000))


def test_a_range_keeps_both_ends_through_the_store(tmp_path):
    store = FigureStore(f"sqlite:///{tmp_path / 'f.db'}")
    store.load(_write(tmp_path, "pctt.csv", PCTT), "pctt", "2016-H1")
    f = store.get("pctt", "2016-H1").figures[2]
    assert f.ky_bao_cao == 20 and f.ky_bao_cao.low == 10


def test_a_reversed_or_broken_range_is_still_refused_with_its_cell(tmp_path):
    bad = PCTT.replace("10 - 20", "20 - 10")
    problems = []
    try:
        load_table(_write(tmp_path, "bad.csv", bad))
    except Exception as e:  # InputError carrying the problems
        problems = [str(p) for p in getattr(e, "problems", [e])]
    assert any("«20 - 10» không phải là số" in p for p in problems)


def test_the_range_stated_is_supported_and_a_changed_end_is_caught(tmp_path):
    t = load_table(_write(tmp_path, "pctt.csv", PCTT))
    ok = check_text(SENTENCE.format(10, 20), t)
    assert [c.verdict for c in ok.numbers if "%" in c.text] == ["supported"]
    for low, high in ((10, 25), (15, 20)):
        bad = check_text(SENTENCE.format(low, high), t)
        assert [c.verdict for c in bad.numbers if "%" in c.text] == ["unsupported"], (low, high)


def test_a_numeric_chi_tieu_column_beside_a_words_column_is_the_target(tmp_path):
    t = load_table(_write(tmp_path, "nct.csv",
                          "TT,Nội dung,Đơn vị tính,Kết quả nhiệm kỳ,Chỉ tiêu,Ghi chú\n"
                          "1,Chi hội đăng ký thi đua,chi hội,8,8,\n"
                          "2,Hội viên kết nạp mới trong nhiệm kỳ,hội viên,132,,\n"))
    assert [(f.chi_tieu, f.ky_bao_cao, f.ke_hoach) for f in t] == [
        ("Chi hội đăng ký thi đua", 8, 8), ("Hội viên kết nạp mới trong nhiệm kỳ", 132, None)]
    assert any("lấy làm Kế hoạch" in w.message for w in t.warnings)


def test_a_words_chi_tieu_column_is_still_the_indicator(tmp_path):
    t = load_table(_write(tmp_path, "a.csv", "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kế hoạch\n"
                          "1,Số hội viên mới,hội viên,132,150\n"))
    assert [(f.chi_tieu, f.ky_bao_cao, f.ke_hoach) for f in t] == [("Số hội viên mới", 132, 150)]


def test_balances_titled_by_their_dates_take_the_latest_as_the_period(tmp_path):
    # dak-nong-nhcsxh-uy-thac-2020: a bank's sheet
    t = load_table(_xlsx(tmp_path / "nhcs.xlsx", [
        ["NGÂN HÀNG CSXH CHI NHÁNH TỈNH", None, None, None, None],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Dư nợ đến 31/12/2019", "Dư nợ đến 31/12/2020"],
        ["1", "Tổng dư nợ ủy thác qua các hội, đoàn thể", "tỷ đồng", "2.667", "2.847"],
        ["1.1", "Hội Liên hiệp Phụ nữ", "tỷ đồng", None, "808"]]))
    assert [(f.ky_bao_cao, f.cung_ky) for f in t] == [(Decimal(2_847 * 10**9), Decimal(2_667 * 10**9)),
                                                      (Decimal(808 * 10**9), None)]


def test_a_bound_the_table_keeps_supports_dudi(tmp_path):
    # hai-duong-nuoc-sach-2017: "Tỷ lệ thất thoát nước sạch bình quân còn dưới 13%"
    t = load_table(_write(tmp_path, "nuoc.csv", "STT;Chỉ tiêu;Đơn vị tính;Thực hiện năm 2017\n"
                          "1;Tỷ lệ thất thoát nước sạch bình quân;%;13\n2;Doanh thu;tỷ đồng;397\n"))
    text = "Doanh thu hơn 397 tỷ đồng. Tỷ lệ thất thoát nước sạch bình quân còn dưới {}%."
    assert [c.verdict for c in check_text(text.format(13), t).numbers] == ["supported", "supported"]
    assert check_text(text.format(15), t).numbers[1].verdict == "unsupported"


NHCS = [["STT", "Chỉ tiêu", "Đơn vị tính", "Dư nợ đến 31/12/2020", "Số hộ còn dư nợ", "Người theo dõi"],
        ["1", "Hội Liên hiệp Phụ nữ", "tỷ đồng", "808", "19.136", "Chị Lan"],
        ["2", "Hội Nông dân tỉnh", "tỷ đồng", "776", "18.498", "Anh Minh"]]


def test_a_second_quantity_column_is_loaded_as_rows_of_their_own(tmp_path):
    """``Dư nợ | Số hộ còn dư nợ``: each row states two quantities (dak-nong-nhcsxh-uy-thac-2020: ``dư nợ qua Hội
    Liên hiệp Phụ nữ 808 tỷ đồng, với 19 136 hộ vay``); the second is a row of its own in the unit its title counts;
    a column of words beside them is still set aside."""
    t = load_table(_xlsx(tmp_path / "nhcs.xlsx", NHCS))
    assert [(f.ma, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao) for f in t] == [
        ("1", "Hội Liên hiệp Phụ nữ", "đồng", 808 * 10**9), ("1-2", "Hội Liên hiệp Phụ nữ: số hộ còn dư nợ", "hộ", 19136),
        ("2", "Hội Nông dân tỉnh", "đồng", 776 * 10**9), ("2-2", "Hội Nông dân tỉnh: số hộ còn dư nợ", "hộ", 18498)]
    said = [(w.column, w.message) for w in t.warnings]
    assert any(c == "Số hộ còn dư nợ" and "hàng riêng" in m for c, m in said)
    assert any(c == "Người theo dõi" and "bỏ qua" in m for c, m in said)
    text = "Dư nợ qua Hội Liên hiệp Phụ nữ 808 tỷ đồng, với {} hộ vay; Hội Nông dân tỉnh 776 tỷ đồng, với 18.498 hộ."
    assert {c.verdict for c in check_text(text.format("19.136"), t).numbers} == {"supported"}
    assert check_text(text.format("18.498"), t).numbers[1].verdict == "unsupported"   # the other row's households


def test_a_plan_titled_by_a_later_year_is_the_next_periods_and_set_aside(tmp_path):
    # zz-thua-thien-hue-bao-tang-ho-chi-minh-2016: "Thực hiện năm 2016 | Kế hoạch năm 2017" (next year's plan)
    t = load_table(_xlsx(tmp_path / "bt.xlsx", [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2016", "Kế hoạch năm 2017"],
        ["1", "Lượt khách tham quan", "lượt", "94.000", "95.000"],
        ["2", "Đợt triển lãm lưu động", "đợt", "2", "3"]]))
    assert [(f.ky_bao_cao, f.ke_hoach) for f in t] == [(94000, None), (2, None)]
    assert any(w.column == "Kế hoạch năm 2017" and "bỏ qua" in w.message for w in t.warnings)
    same = load_table(_xlsx(tmp_path / "kh.xlsx", [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 6 tháng đầu năm 2016", "Kế hoạch năm 2016"],
        ["1", "Lượt khách tham quan", "lượt", "44.000", "90.000"]]))
    assert [(f.ky_bao_cao, f.ke_hoach) for f in same] == [(44000, 90000)]


def test_unchanged_with_no_base_is_unverified_and_a_base_that_moved_is_caught(tmp_path):
    # zz-toan-quoc-hang-hai-2022-03: "Hàng nội địa ước đạt 773 nghìn TEUs giữ nguyên so với cùng kỳ."
    text = "Hàng nội địa ước đạt 773 nghìn TEUs giữ nguyên so với cùng kỳ."
    bare = load_table(_write(tmp_path, "a.csv", "Mã,Chỉ tiêu,Đơn vị tính,Tháng 3/2022\nCT-01,Hàng nội địa,nghìn TEUs,773\n"))
    assert [c.verdict for c in check_text(text, bare).numbers] == ["supported", "unverified"]
    moved = load_table(_write(tmp_path, "b.csv", "Mã,Chỉ tiêu,Đơn vị tính,Tháng 3/2022,Cùng kỳ năm trước\n"
                              "CT-01,Hàng nội địa,nghìn TEUs,773,780\n"))
    assert [c.verdict for c in check_text(text, moved).numbers] == ["supported", "unsupported"]
