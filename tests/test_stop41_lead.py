"""The lead's rules of stop 41, from the working batch ``yj-*`` (in-sample from here)."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, csv_table


def _verdict(tmp_path, table_text: str, text: str, at: str, period: str = "2018") -> str:
    table = csv_table(tmp_path, table_text, period)
    return check_at(checks(text, table, period), text, at).verdict


# yj-son-la-bo-ldtbxh-ho-ngheo-ho-can-ngheo-2018: «Tỷ lệ (%)» beside the nation's households (5,23 = 1.304.001 of the
# 24.945.432 households on the sheet) and the province's (11,05 of a province's households the sheet does not hold);
# zt-ninh-binh-ubnd-tinh-ket-qua-ra-soat-ho-ngheo-can-ngheo-2017: 4,52 and 6,10 of the 297.899 households, 24,40 not
SON_LA = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH SƠN LA,,,,,
STT,Chỉ tiêu,ĐVT,Năm 2018,Tỷ lệ (%),Ghi chú
I,Cả nước,,,,
1,Tổng số hộ dân,hộ,24.945.432,,
2,Số hộ nghèo,hộ,1.304.001,"5,23",
3,Số hộ cận nghèo,hộ,1.234.465,"4,95",
II,Tỉnh Sơn La,,,,
1,Số hộ nghèo,hộ,71.798,"25,42",
2,Số hộ thoát nghèo,hộ,16.067,"5,78",
3,Số hộ cận nghèo,hộ,31.219,"11,05",
"""
NINH_BINH = """UBND TỈNH NINH BÌNH,,,
TT,Chỉ tiêu,Số hộ,Tỷ lệ (%)
1,Tổng số hộ tự nhiên,297.899,
2,Hộ nghèo,13.455,"4,52"
3,Hộ cận nghèo,18.160,"6,10"
4,Hộ có mức sống trung bình,72.895,"24,40"
"""


def test_a_share_column_some_of_whose_rates_have_no_base_on_the_sheet_is_kept(tmp_path):
    for table, period, text, at, wrong in (
            (SON_LA, "2018", "+ Tỷ lệ hộ cận nghèo 11,05%, đứng thứ 10 cả nước và thứ 7 vùng.", "11,05%", "11,50%"),
            (NINH_BINH, "2017", "+ Tổng số hộ tự nhiên: 297.899 hộ\n\n+ Tổng số hộ nghèo: 13.455 hộ; Tỷ lệ: 4,52%\n\n"
                                "+ Tổng số hộ cận nghèo: 18.160; Tỷ lệ: 6,10%\n\n+ Tổng số hộ có mức sống trung bình: "
                                "72.895 hộ; Tỷ lệ: 24,40% (Có biểu thống kê chi tiết kèm theo).", "24,40%", "24,04%")):
        assert _verdict(tmp_path, table, text, at, period) == "supported", text
        bad = text.replace(at, wrong)
        assert _verdict(tmp_path, table, bad, wrong, period) == "unsupported", bad
    # a rate whose words name its row loosely («Số thoát nghèo» for «Số hộ thoát nghèo») is its row's: never a
    # wrong one passed
    text = "Số thoát nghèo 16.067, chiếm 5,78%; Số hộ tái nghèo 1345."
    assert _verdict(tmp_path, SON_LA, text, "5,78%") == "supported"
    assert _verdict(tmp_path, SON_LA, text.replace("5,78", "5,87"), "5,87%") != "supported"


def test_a_share_column_every_rate_of_which_the_sheet_gives_back_is_still_recomputed(tmp_path):
    from service.figures.load import load_table
    path = tmp_path / "bang.csv"
    path.write_text(NINH_BINH.replace('"24,40"', '"24,47"'), encoding="utf-8")
    table = load_table(path, period="2017")
    assert not any("tỷ lệ" in f.chi_tieu.lower() for f in table), [f.chi_tieu for f in table]
