"""One indicator listed for several named units (branches, countries, communes): the name written right before the
number chooses the row (``service.checker.named``).  Each test: the real sentence, a swap between two units and a
wrong value caught, and the right text passing."""

from __future__ import annotations

from service.checker.check import check_text
from service.checker.recognisers.propernames import name_written
from service.figures.load import load_table


def _table(tmp_path, header: str, rows: str, period: str | None = None):
    path = tmp_path / "bang.csv"
    path.write_text(header + "\n" + rows, encoding="utf-8")
    return load_table(path, period=period)


def _verdicts(text, table, **kw):
    return [(n.text, n.verdict) for n in check_text(text, table, **kw).numbers if n.verdict != "not_a_figure"]


BRANCHES = ("Chỉ tiêu,ĐVT,31/3/2012",
            "Tăng trưởng dư nợ một số chi nhánh (so cuối năm 2011):,,\n- Chi nhánh Bình Phước,%,16\n"
            "- Chi nhánh Sao Đỏ,%,7\n- Chi nhánh Hậu Giang,%,7\n- Chi nhánh Hà Tĩnh,%,4\n")
BRANCH_TEXT = ("Kể từ đầu năm, nhiều chi nhánh trong hệ thống Agribank đều tăng trưởng dư nợ so với cuối năm 2011 như: "
               "chi nhánh Agribank Bình Phước tăng 16%, chi nhánh Agribank Sao Đỏ  tăng 7%, chi nhánh Agribank Hậu "
               "Giang  tăng 7%, chi nhánh Agribank Hà Tĩnh tăng 4%...")


def test_branches_growth_rates_by_name(tmp_path):
    # zf-toan-quoc-agribank-du-no-2012-q1
    table = _table(tmp_path, *BRANCHES)
    assert {v for _, v in _verdicts(BRANCH_TEXT, table)} == {"supported"}
    swapped = _verdicts(BRANCH_TEXT.replace("Bình Phước tăng 16%", "Bình Phước tăng 4%"), table)
    assert swapped[0] == ("4%", "unsupported")
    wrong = _verdicts(BRANCH_TEXT.replace("Hà Tĩnh tăng 4%", "Hà Tĩnh tăng 1%"), table)
    assert wrong[-1] == ("1%", "unsupported")
    other = _verdicts(BRANCH_TEXT.replace("Sao Đỏ  tăng 7%", "Sao Đỏ  tăng 16%"), table)
    assert other[1] == ("16%", "unsupported")


def test_countries_in_brackets_after_their_names(tmp_path):
    # zf-vinh-long-vung-liem-giai-quyet-viec-lam-2019-9t: a sum of two siblings is no reading of one named sibling
    table = _table(tmp_path, "TT,Chỉ tiêu,ĐVT,Thực hiện 9 tháng 2019",
                   "1,Xuất khẩu lao động,người,240\n,- Nhật Bản,người,225\n,- Hàn Quốc,người,5\n,- Malaysia,người,4\n"
                   ",- Nga,người,5\n,- Đài Loan,người,1\n")
    text = ("Thị trường nhiều nhất là Nhật Bản (225 lao động), tiếp đó là Hàn Quốc (5), Malaysia (4), Nga (5) và Đài "
            "Loan (1).")
    assert {v for _, v in _verdicts(text, table)} == {"supported"}
    assert ("6", "unsupported") in _verdicts(text.replace("Hàn Quốc (5)", "Hàn Quốc (6)"), table)
    assert _verdicts(text.replace("Nga (5)", "Nga (4)"), table)[3] == ("4", "unsupported")


def test_a_change_of_a_unit_whose_row_is_a_level_is_left_alone(tmp_path):
    # the rows are rates of a level, not of change: "xã Hải Yên giảm 1,5%" is not their value
    table = _table(tmp_path, "Chỉ tiêu,ĐVT,Kỳ báo cáo",
                   "Tỷ lệ hộ nghèo:,,\n- Xã Hải Yên,%,\"3,2\"\n- Xã Hải Ninh,%,\"2,8\"\n")
    text = "Tỷ lệ hộ nghèo của xã Hải Yên giảm 1,5% so với năm trước, xã Hải Ninh còn 2,8%."
    assert ("1,5%", "unsupported") not in _verdicts(text, table)


def test_a_name_of_one_syllable_is_the_whole_run():
    assert name_written("Nga", " Nga ")
    assert not name_written("Hựu", "Phụ nữ Trù Hựu ")
    assert name_written("Bình Phước", "chi nhánh Agribank Bình Phước tăng ")


def test_one_sub_row_label_under_several_parents(tmp_path):
    # zf-kon-tum-giai-quyet-tthc-truc-tuyen-2023-q1: "Trong đó: trực tuyến" under each level; the level stated just
    # before chooses
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Quý I/2023",
                   "5,Các sở ban ngành cấp tỉnh tiếp nhận,hồ sơ,23.233\n5.1,Trong đó: trực tuyến,hồ sơ,6.596\n"
                   "6,Cấp huyện tiếp nhận,hồ sơ,6.776\n6.1,Trong đó: trực tuyến,hồ sơ,2.521\n"
                   "7,Cấp xã tiếp nhận,hồ sơ,26.030\n7.1,Trong đó: trực tuyến,hồ sơ,3.399\n")
    text = ("Các sở, ban ngành cấp tỉnh tiếp nhận 23.233 hồ sơ, với 6.596 hồ sơ trực tuyến; cấp huyện tiếp nhận 6.776 "
            "hồ sơ, với 2.521 hồ sơ trực tuyến; cấp xã tiếp nhận 26.030 hồ sơ, với 3.399 hồ sơ trực tuyến.")
    assert {v for _, v in _verdicts(text, table)} == {"supported"}
    swapped = _verdicts(text.replace("26.030 hồ sơ, với 3.399", "26.030 hồ sơ, với 6.596"), table)
    assert swapped[-1] == ("6.596", "unsupported")
    assert swapped[1] == ("6.596", "supported")


def test_a_matrix_of_provinces_read_by_the_whole_before_the_bracket(tmp_path):
    # zh-mien-nui-phia-bac-thiet-hai-mua-lu-2018-06: one column per province; the loader keeps the names capitalised
    # and the whole before the bracket says which indicator's provinces the list gives
    path = tmp_path / "bang.csv"
    path.write_text("STT,Chỉ tiêu thiệt hại,ĐVT,Tổng số,Hà Giang,Lai Châu,Lào Cai,Tuyên Quang\n"
                    "1,Lúa bị ngập úng,ha,717,142,474,90,\"3,8\"\n2,Hoa màu bị thiệt hại,ha,486,239,206,18,2\n",
                    encoding="utf-8")
    table = load_table(path, period="2018-06")
    assert any(f.chi_tieu.endswith(": Hà Giang") for f in table.figures)
    text = ("Mưa lũ gây 717 ha lúa bị ngập úng (Hà Giang 142 ha; Lai Châu 474 ha; Lào Cai 90 ha; Tuyên Quang: 3,8ha); "
            "486 ha hoa màu bị thiệt hại (Hà Giang: 239 ha; Lai Châu: 206 ha; Lào Cai: 18 ha; Tuyên Quang: 2 ha).")
    assert {v for _, v in _verdicts(text, table)} == {"supported"}
    assert ("474 ha", "unsupported") in _verdicts(text.replace("Hà Giang 142 ha", "Hà Giang 474 ha"), table)
    assert ("4 ha", "unsupported") in _verdicts(text.replace("Tuyên Quang: 2 ha", "Tuyên Quang: 4 ha"), table)


def test_cases_count_whatever_the_row_counts(tmp_path):
    # zh-binh-dinh-dang-ky-doanh-nghiep-2017-4t
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Kỳ báo cáo", "4,Doanh nghiệp giải thể,doanh nghiệp,32\n")
    text = "Riêng doanh nghiệp giải thể có 32 trường hợp."
    assert _verdicts(text, table) == [("32", "supported")]
    assert _verdicts(text.replace("32", "33"), table) == [("33", "unsupported")]


def test_a_rate_in_brackets_is_its_rows_own(tmp_path):
    # zh-ha-tinh-loc-ha-giao-thong-nong-thon-2013-8t: the plan rates kept as a column beside each row's value
    table = _table(tmp_path, "TT,Nội dung,Đơn vị tính,Thực hiện 8 tháng,Tỷ lệ so kế hoạch năm (%)",
                   "1,Đường giao thông nông thôn làm mới,km,\"33,9\",59\n2,Kênh mương nội đồng làm mới,km,\"10,5\",68\n")
    text = ("Từ đầu năm đến nay, toàn huyện Lộc Hà xây dựng mới 33,9km đường giao thông nông thôn (đạt 59%) và 10,5km "
            "kênh mương nội đồng (đạt 68%).")
    assert {v for _, v in _verdicts(text, table)} == {"supported"}
    assert _verdicts(text.replace("(đạt 68%)", "(đạt 59%)"), table)[-1] == ("59%", "unsupported")
