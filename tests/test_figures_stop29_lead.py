"""The loader's rules of the lead's stop 29, on tables of the working batch (``zk-*``) as their agencies keep them."""

from __future__ import annotations

from service.figures.load import load_table


def _load(tmp_path, text: str, period: str):
    path = tmp_path / "bang.csv"
    path.write_text(text, encoding="utf-8")
    return load_table(path, period=period)


def test_a_column_of_a_stretch_of_the_period_keeps_each_rows_unit(tmp_path):
    # zk-quang-nam-trung-tam-hanh-chinh-cong-xtdt-2018-5t: the week beside the year to date; the dates are no unit
    table = _load(tmp_path, "STT,Nội dung,ĐVT,Trong tuần (11/5-17/5/2018),Lũy kế từ 02/01 đến 17/5/2018\n"
                            "1,\"Số lượt tổ chức, công dân đến giao dịch\",lượt,1.129,\n"
                            "2,Số hồ sơ tiếp nhận,hồ sơ,1.625,25.368\n3,Tỷ lệ giải quyết đúng hạn,%,\"99,4\",\n",
                  "2018-5T")
    rows = {f.chi_tieu: (f.don_vi_tinh, f.ky_bao_cao) for f in table.figures}
    assert rows["Số hồ sơ tiếp nhận"] == ("hồ sơ", 25368)
    week = {k: v for k, v in rows.items() if "trong tuần" in k}
    assert sorted((u, float(v)) for u, v in week.values()) == [("%", 99.4), ("hồ sơ", 1625), ("lượt", 1129)]
    # zk-tay-ninh-hoa-thanh-hoi-nan-nhan-da-cam-2019-8t: the action month's column dated from–to
    table = _load(tmp_path, "Mã,Chỉ tiêu,ĐVT,Tháng hành động (10/7-10/8/2019),Lũy kế 8 tháng năm 2019\n"
                            "01,Số suất quà,suất,322,892\n02,Trị giá quà,triệu đồng,\"80,5\",280\n", "2019-8T")
    units = {f.chi_tieu: f.don_vi_tinh for f in table.figures}
    assert "10/7-10/8/2019" not in units.values()
    assert sorted(units.values()) == ["suất", "suất", "đồng", "đồng"]


def test_a_column_titled_with_months_and_a_year_without_nam_is_that_span(tmp_path):
    # the lead's own table for t5-hanoi-thue-2023-9t, as a tax office titles it: "9 tháng 2023 | Cùng kỳ 2022"
    table = _load(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,9 tháng 2023,Cùng kỳ 2022\n"
                            "1,Thu ngân sách trên địa bàn,tỷ đồng,284600,226050\n", "2023-9T")
    assert table.period == "2023-9T" and table.figures[0].cung_ky == 226050 * 10**9
    table = _load(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,11 tháng 2021\n1,Tổng mức bán lẻ,tỷ đồng,4128500\n", "2021-11T")
    assert table.figures[0].ky_bao_cao == 4128500 * 10**9
