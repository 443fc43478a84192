"""The lead's rules from stop 27's final private batch (``zf-*``), written after its one measure (in-sample from
there): each with the sentence that showed it and a wrong value that must still be caught where one can be."""

from __future__ import annotations

from service.checker.check import check_text
from service.figures.load import load_table


def _table(tmp_path, header: str, rows: str, period: str | None = None):
    path = tmp_path / "bang.csv"
    path.write_text(header + "\n" + rows, encoding="utf-8")
    return load_table(path, period=period)


def _verdicts(text, table, **kw):
    return {n.text: n for n in check_text(text, table, **kw).numbers}


def test_the_year_to_date_after_last_years_figures_is_the_reports_own_span(tmp_path):
    # zf-gia-lai-hien-mau-tinh-nguyen-2022-h1: last year's whole year first, then "Từ đầu năm đến nay" (no year said)
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2021,6 tháng đầu năm 2022",
                   "1,Số đợt hiến máu tình nguyện tổ chức,đợt,83,42\n2,Số đơn vị máu tiếp nhận,đơn vị,15151,8729\n",
                   period="2022-H1")
    text = ("Năm 2021, toàn tỉnh tổ chức được 83 đợt HMTN, tiếp nhận 15.151 đơn vị máu an toàn. Từ đầu năm đến nay, "
            "toàn tỉnh đã tổ chức 42 đợt HMTN, tiếp nhận 8.729 đơn vị máu.")
    got = _verdicts(text, table, period="2022-H1")
    assert {got[v].verdict for v in ("83", "15.151", "42", "8.729")} == {"supported"}
    wrong = _verdicts(text.replace("tổ chức 42 đợt", "tổ chức 83 đợt"), table, period="2022-H1")
    assert [n.verdict for n in check_text(text.replace("tổ chức 42 đợt", "tổ chức 83 đợt"), table,
                                          period="2022-H1").numbers if n.text == "83"] == ["supported", "unsupported"]
    assert wrong["8.729"].verdict == "supported"


def test_times_of_the_rows_noun_and_a_part_of_a_stated_whole(tmp_path):
    # zf-kien-giang-kien-hai-hdnd-tiep-xuc-cu-tri-2019-q1
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo",
                   "1,Tổng số ý kiến kiến nghị của cử tri,ý kiến,75\n1.a,Đại biểu trả lời,ý kiến,64\n"
                   "1.b,Thuộc thẩm quyền cấp tỉnh,ý kiến,2\n1.c,Thuộc thẩm quyền giải quyết của cấp huyện,ý kiến,9\n")
    text = ("Qua tiếp xúc cử tri đã có 75 lượt ý kiến, kiến nghị với các ngành, các cấp. Trong đó, có 64 ý kiến, kiến "
            "nghị đã được đại biểu trả lời; 02 ý kiến thuộc thẩm quyền cấp tỉnh; còn lại 09 ý kiến, kiến nghị của cử "
            "tri thuộc thẩm quyền giải quyết của cấp huyện.")
    got = [n for n in check_text(text, table).numbers if n.verdict != "not_a_figure"]
    assert {n.verdict for n in got} == {"supported"}, [(n.text, n.reason) for n in got]
    assert _verdicts(text.replace("75 lượt", "76 lượt"), table)["76"].verdict == "unsupported"


def test_detention_is_no_counted_change(tmp_path):
    # zf-lam-dong-nguoi-nghien-ma-tuy-2022-09: "Giam giữ" folds to the letters of "giảm"
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo",
                   "1,Người nghiện có hồ sơ quản lý,người,1661\n1.a,Ngoài xã hội,người,1526\n1.b,Giam giữ,người,135\n")
    text = "Số người nghiện có hồ sơ quản lý là 1.661 người, giảm 270 người so với thời điểm cuối năm 2019."
    assert _verdicts(text, table)["270"].verdict == "unverified"


def test_a_share_of_another_periods_whole_is_unverified(tmp_path):
    # zf-kon-tum-giai-quyet-tthc-truc-tuyen-2023-q1
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo",
                   "1,Hồ sơ trực tuyến,hồ sơ,12516\n2,Tỷ lệ hồ sơ trực tuyến,%,\"22,33\"\n")
    text = ("Số lượng hồ sơ trực tuyến của quý I năm 2023 bằng 205,6% số hồ sơ trực tuyến của quý I năm 2022 trên "
            "địa bàn tỉnh.")
    assert _verdicts(text, table, period="2023-Q1")["205,6%"].verdict == "unverified"


def test_a_change_on_the_month_the_sentence_opens_with_is_unverified(tmp_path):
    # zf-toan-quoc-hiv-aids-phat-hien-2014-10: the table keeps last year's month, not the month before
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước",
                   "A.1,Người nhiễm HIV phát hiện mới,trường hợp,980,1855\n")
    text = ("Cụ thể, so với tháng 9/2014, số người có HIV được phát hiện tháng 10/2014 giảm 5,2% (54 trường hợp). "
            "Như vậy so với cùng kỳ năm 2013, số phát hiện đã giảm 47,2%.")
    got = _verdicts(text, table, period="2014-10")
    assert got["5,2%"].verdict == "unverified" and got["54"].verdict == "unverified"
    assert got["47,2%"].verdict == "derived"
    assert _verdicts(text.replace("47,2%", "46,2%"), table, period="2014-10")["46,2%"].verdict == "unsupported"


def test_the_value_a_change_is_measured_from_and_an_aim(tmp_path):
    # zf-toan-quoc-agribank-du-no-2012-q1
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo", "1,Tổng dư nợ cho vay,tỷ đồng,443478\n")
    text = ("Tổng dư nợ cho vay đến 31/3/2012 đạt 443.478 tỷ đồng, tăng 2,6% so với 432.009 tỷ đồng ở thời điểm cuối "
            "năm ngoái. Agribank đáp ứng vốn cho mục tiêu tăng trưởng kinh tế 6% năm 2012.")
    got = _verdicts(text, table, period="2012-Q1")
    assert got["432.009 tỷ đồng"].verdict == "not_a_figure" and got["6%"].verdict == "not_a_figure"
    assert _verdicts(text.replace("443.478", "443.487"), table)["443.487 tỷ đồng"].verdict == "unsupported"


def test_a_plan_said_in_another_unit_of_its_row_is_its_plan():
    # zb-kon-tum-dak-ha-toan-dan-doan-ket-2022: "83/84 tổ dân phố" in a row counted in "thôn, TDP" that quotes the
    # phrase in its Ghi chú: 84 is its plan, said
    from pathlib import Path

    from evaluations.checker_accuracy import load_real_table
    from evaluations.real import real_cases

    case = next(c for c in real_cases(Path("evaluations/cases/heldout"))
                if c.slug == "zb-kon-tum-dak-ha-toan-dan-doan-ket-2022")
    table, _ = load_real_table(case)
    got = {n.text: n.verdict for n in check_text(case.text, table, period=case.period_code).numbers
           if n.text in ("83", "84")}
    assert got == {"83": "supported", "84": "supported"}


def test_rates_against_an_empty_plan_column_are_kept(tmp_path):
    # zf-hau-giang-so-y-te-kham-chua-benh-2017-5t: "Kế hoạch năm 2017" left empty beside "% so KH"
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2017,Thực hiện 5 tháng 2017,% so KH",
                   "1,Lượt khám điều trị ngoại trú,lượt,,869.000,\"44,35\"\n2,Bệnh nhân điều trị nội trú,lượt,,44.600,\"40,68\"\n",
                   period="2017-5T")
    assert [str(f.ky_bao_cao) for f in table.figures if f.don_vi_tinh == "%"] == ["44.35", "40.68"]
    text = "Tổng số bệnh nhân điều trị nội trú cũng hơn 44.600 lượt, đạt 40,68%."
    assert _verdicts(text, table)["40,68%"].verdict == "supported"
