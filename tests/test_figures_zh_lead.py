"""The loader on stop 28's working batch (``zh-*``): agencies' sheets it refused or read short, first time."""

from __future__ import annotations

import openpyxl

from service.figures.load import load_table


def _csv(tmp_path, text: str, name="bang.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_province_columns_keep_their_capitals(tmp_path):
    # zh-mien-nui-phia-bac-thiet-hai-mua-lu-2018-06: one column per province beside the total
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu thiệt hại,ĐVT,Tổng số,Hà Giang,Lai Châu\n1,Số người chết,người,19,5,14\n"))
    assert {f.chi_tieu for f in t.figures} >= {"Số người chết: Hà Giang", "Số người chết: Lai Châu"}


def test_a_column_titled_with_its_own_money_unit_is_a_second_quantity(tmp_path):
    # zh-tp-ho-chi-minh-hoi-bao-tro-nguoi-khuyet-tat-tre-mo-coi-2024
    path = tmp_path / "bang.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (("Mã", "STT", "Nội dung hoạt động", "Đơn vị tính", "Số lượng", "Kinh phí (tỉ đồng)"),
                ("04", "4", "Trao học bổng", "học sinh", 768, 1.8), ("06", "6", "Dạy nghề, tạo việc làm", "người", 180, 2.2)):
        ws.append(row)
    wb.save(path)
    t = load_table(path, period="2024")
    money = [f for f in t.figures if f.don_vi_tinh == "đồng"]
    assert sorted(f.ky_bao_cao for f in money) == [1_800_000_000, 2_200_000_000]
    assert sorted(f.ky_bao_cao for f in t.figures if f.don_vi_tinh != "đồng") == [180, 768]


def test_stacked_firewood_is_a_measure(tmp_path):
    # zh-quang-binh-minh-hoa-lam-nghiep-2018-9t
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,ĐVT,9 tháng năm 2018\n1,Củi tịch thu,ster,\"45,5\"\n"), period="2018-9T")
    assert [float(f.ky_bao_cao) for f in t.figures] == [45.5]


def test_the_whole_country_beside_its_blocks_and_a_row_of_one_block(tmp_path):
    # zh-toan-quoc-chuyen-doi-so-2024-q3: "Chung cả nước | Khối bộ, ngành | Khối địa phương"; ministries' rows hold
    # only their block's value, the first one under "Trong đó:"; the title's period is its own words, not its brackets
    text = ("MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ QUÝ III NĂM 2024 (số liệu đến tháng 9/2024),,,,\n"
            "Mã,Chỉ tiêu,Đơn vị tính,Chung cả nước,\"Khối bộ, ngành\",Khối địa phương\n"
            "A1,Tỷ lệ số hóa hồ sơ,%,,\"45,14\",\"65,38\"\n"
            "A2,Tỷ lệ dịch vụ công toàn trình,%,\"55,5\",\"59,7\",\"55,4\"\n"
            "A2.1,Trong đó: Bộ Công Thương,%,,100,\nA2.2,Bộ Giáo dục và Đào tạo,%,,100,\nA2.3,Đà Nẵng,%,,,\"95,6\"\n")
    t = load_table(_csv(tmp_path, text), period="2024-Q3")
    values = sorted(float(f.ky_bao_cao) for f in t.figures)
    assert values == sorted([45.14, 65.38, 55.5, 59.7, 55.4, 100, 100, 95.6])
