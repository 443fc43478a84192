"""Write round 32's sheets (CSV as an agency's spreadsheet exports them, XLSX with merged two-row headers).

Run from the worktree: ``.venv/bin/python evaluations/data/figures-round32/tools/build.py``.  Each sheet's values are
the page's (evaluations/sweep/pages/f32-*.txt, or the held-out case named in README.md), laid out as an agency would."""
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent.parent

CSV = {
# s02: daibieunhandan (f32-…-2024): a transposed sheet, years down, the indicator across with its unit in brackets
"s02-tgpl-binh-quan-chuyen-vi-2024.csv": """CỤC TRỢ GIÚP PHÁP LÝ - BỘ TƯ PHÁP,
VỤ VIỆC THAM GIA TỐ TỤNG BÌNH QUÂN MỘT TRỢ GIÚP VIÊN PHÁP LÝ,
Năm,Vụ việc tham gia tố tụng bình quân một trợ giúp viên pháp lý (vụ việc)
2023,"32,4"
2024,"38,4"
""",
# s03: Cục Thống kê Hải Dương (f32-scribd-…): one column per quarter, a signed rate as the page writes it
"s03-hai-duong-grdp-quy-2023-q1.csv": """CỤC THỐNG KÊ HẢI DƯƠNG,,,,
TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 3 VÀ QUÝ I NĂM 2023,,,,
STT,Chỉ tiêu,ĐVT,Quý IV/2022,Quý I/2023
1,Tốc độ tăng trưởng kinh tế (GRDP) so với cùng kỳ năm trước,%,"+5,8","8,35"
""",
# s04: Trung tâm TGPL Hà Tĩnh (held-out xc-ha-tinh-…): half-counted cases, a notes row and the signatures under it
"s04-ha-tinh-tgpl-nua-vu-viec-2020.csv": """SỞ TƯ PHÁP HÀ TĨNH,,,,
TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC TỈNH,,,,
KẾT QUẢ THỰC HIỆN VỤ VIỆC THAM GIA TỐ TỤNG NĂM 2020,,,,
TT,Nội dung,ĐVT,Năm 2020,Ghi chú
1,Tổng số vụ việc tham gia tố tụng,vụ việc,229,tăng 33 vụ việc so với cùng kỳ năm 2019
1.1,Vụ việc hình sự,vụ việc,207,
1.2,"Vụ việc dân sự, hôn nhân và gia đình",vụ việc,22,
2,Do Trợ giúp viên pháp lý thực hiện,vụ việc,"209,5",chiếm 92%
3,Do luật sư ký hợp đồng thực hiện,vụ việc,"18,5",chiếm 8%
4,Vụ việc đã hoàn thành,vụ việc,180,180/228 vụ việc
,,,,
"Ghi chú: vụ việc do Trợ giúp viên pháp lý và luật sư cùng thực hiện được tính cho mỗi bên 0,5 vụ việc.",,,,
,,,GIÁM ĐỐC,
,,,(đã ký),
""",
# s07: Cục Thống kê Quảng Ngãi (held-out yh-quang-ngai-…): transposed, years down, ‰ typed as «%o» in the headings
"s07-quang-ngai-ty-suat-sinh-phan-nghin-2016.csv": """CỤC THỐNG KÊ TỈNH QUẢNG NGÃI,,,
"TỶ SUẤT SINH THÔ, TỶ SUẤT CHẾT THÔ VÀ TỶ LỆ TĂNG TỰ NHIÊN CỦA DÂN SỐ",,,
Năm,Tỷ suất sinh thô (%o),Tỷ suất chết thô (%o),Tỷ lệ tăng tự nhiên (%o)
2013,"14,79","6,29","8,50"
2014,"14,79","6,31","8,48"
2015,"13,18","4,67","8,51"
Sơ bộ 2016,"13,93","5,28","8,65"
""",
# s08: Cấp nước Gia Định (held-out xc-tp-ho-chi-minh-cap-nuoc-gia-dinh-…): falls in brackets, accountants' notation
"s08-gia-dinh-giam-trong-ngoac-2024-q2.csv": """CÔNG TY CỔ PHẦN CẤP NƯỚC GIA ĐỊNH,,,,,
KẾT QUẢ KINH DOANH QUÝ II/2024,,,,,
STT,Chỉ tiêu,ĐVT,Quý II/2024,Tăng (+)/giảm (-) so với cùng kỳ (%),Ghi chú
1,Doanh thu thuần,tỷ đồng,"171,8",2,
2,Lợi nhuận gộp về bán hàng và cung cấp dịch vụ,tỷ đồng,"75,5","(3,8)",
3,Doanh thu hoạt động tài chính,triệu đồng,"413,5",(42),
4,Chi phí tài chính,triệu đồng,"225,9",(55),
5,Chi phí bán hàng,tỷ đồng,"37,7","36,6",
""",
# s09: Tổng cục Thống kê (held-out yk-…-tang-truong-gdp-2020-q3): one column per quarter under a title's year
"s09-gso-gdp-quy-i-ii-iii-2020-q3.csv": """TỔNG CỤC THỐNG KÊ,,,,,,
TỐC ĐỘ TĂNG TỔNG SẢN PHẨM TRONG NƯỚC CÁC QUÝ NĂM 2020 SO VỚI CÙNG KỲ NĂM TRƯỚC,,,,,,
STT,Chỉ tiêu,ĐVT,Quý I,Quý II,Quý III,9 tháng
1,Tốc độ tăng tổng sản phẩm trong nước (GDP),%,"3,68","0,39","2,62","2,12"
""",
# s10: Sở Y tế Hậu Giang (held-out zf-hau-giang-…): counts typed with spaces, «-» and «x» for the empty cells
"s10-hau-giang-kham-chua-benh-dau-cach-2017-5t.csv": """SỞ Y TẾ TỈNH HẬU GIANG,,,,,
"TÌNH HÌNH THỰC HIỆN CHỈ TIÊU CHUYÊN MÔN KHÁM, CHỮA BỆNH 5 THÁNG ĐẦU NĂM 2017",,,,,
STT,Chỉ tiêu,ĐVT,Thực hiện 5 tháng 2017,Cùng kỳ 2016,Ghi chú
1,"Lượt khám, điều trị ngoại trú",lượt,869 000,-,
2,Bệnh nhân điều trị nội trú,lượt,44 600,x,
3,Bệnh nhân nội trú tuyến tỉnh chuyển tuyến,trường hợp,414,449,
4,Ngày điều trị trung bình,ngày,"6,20","6,23",
""",
# s11: Thủy điện (held-out zm-toan-quoc-thuy-dien-…): codes 1 / 1.1 / a) / «-» and a totals row at the foot
"s11-thuy-dien-ma-phan-cap-2020-9t.csv": """TỔNG HỢP KẾT QUẢ SẢN XUẤT ĐIỆN NHÓM THỦY ĐIỆN 9 THÁNG NĂM 2020,,,,
Mã,Chỉ tiêu,ĐVT,Lũy kế 9 tháng 2020,So cùng kỳ 9 tháng (%)
1,Toàn hệ thống điện (EVN),,,
1.1,Sản lượng điện sản xuất và nhập khẩu toàn hệ thống,tỷ kWh,"185,37","102,68"
1.2,Sản lượng huy động từ thủy điện,tỷ kWh,"48,38",93
2,Công ty CP Thủy điện A Vương (AVC),,,
a),Lợi nhuận sau thuế,tỷ đồng,53,300
-,Tỷ lệ thực hiện mục tiêu doanh thu năm,%,75,
""",
# s12: vận tải (held-out yu-…-van-tai-hang-hoa-2018-q3): «(Số ước tính)», a source line and signatures under it
"s12-van-tai-chu-thich-chu-ky-2018-q3.csv": """VẬN TẢI HÀNG HÓA QUÝ III NĂM 2018,,,,
(Số ước tính),,,,
STT,Chỉ tiêu,Đơn vị tính,Quý III/2018,Quý III: tăng so với cùng kỳ năm trước (%)
1,Vận chuyển hàng hóa,triệu tấn,415,11
2,Luân chuyển hàng hóa,tỷ tấn.km,78,"9,2"
Nguồn: Tổng cục Thống kê.,,,,
(*) Số liệu ước tính; số chính thức công bố trong niên giám.,,,,
Người lập biểu,,,Thủ trưởng đơn vị,
"(Ký, ghi rõ họ tên)",,,"(Ký, đóng dấu)",
""",
# s14: huyện Long Điền (held-out yc-ba-ria-vung-tau-long-dien-…): typed in an English-locale spreadsheet, saved as CSV
"s14-long-dien-locale-en-2020-11t.csv": """TT,Chỉ tiêu,Đơn vị tính,Lũy kế 11 tháng năm 2020,% so kế hoạch năm,% so cùng kỳ năm 2019
1,"Tổng doanh thu thương mại, dịch vụ",tỷ đồng,"12,200",88,110.3
2,Tổng giá trị sản xuất công nghiệp - tiểu thủ công nghiệp,tỷ đồng,"2,700",88,110.6
3,Tổng giá trị sản xuất nông - lâm - ngư nghiệp,tỷ đồng,137,83,108.3
4,Thu ngân sách nhà nước trên địa bàn,tỷ đồng,520,177.6,
5,Giải quyết việc làm,lượt lao động,"8,193",108,
""",
# s15: thủy điện (held-out zm-toan-quoc-thuy-dien-…): «Quý III | 9 tháng» without a year under a title «NĂM 2020»
"s15-thuy-dien-quy-khong-nam-2020-9t.csv": """KẾT QUẢ SẢN XUẤT ĐIỆN TOÀN HỆ THỐNG NĂM 2020,,,,
STT,Chỉ tiêu,ĐVT,Quý III,9 tháng
1,Sản lượng điện sản xuất và nhập khẩu toàn hệ thống,tỷ kWh,66,"185,37"
2,Sản lượng huy động từ thủy điện,tỷ kWh,"26,83","48,38"
""",
# s18: Bộ Y tế (held-out yj-toan-quoc-bo-y-te-nien-giam-…): a transposed sheet of one indicator, years down
"s18-bo-y-te-bac-sy-chuyen-vi-2020.csv": """BỘ Y TẾ - NIÊN GIÁM THỐNG KÊ Y TẾ,
Năm,Số bác sỹ trên 10.000 dân (bác sỹ)
2019,"9,06"
2020,"9,81"
""",
}


def _xlsx(name: str, titles: list[list], heads: list[list], merges: list[str], rows: list[list],
          foot: list[list] = (), text_cells: bool = False) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu"
    for r in [*titles, *heads, *rows, *foot]:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(HERE / name)


def main() -> None:
    for name, text in CSV.items():
        (HERE / name).write_text(text, encoding="utf-8")
    # s01: Cục TGPL (f32-tgpl-…-2025): the year merged over «Số lượng | Tỷ lệ (%)», codes a) b) c), a notes row
    _xlsx("s01-tgpl-chi-tieu-tgv-so-luong-ty-le-2024.xlsx",
          [["BỘ TƯ PHÁP - CỤC TRỢ GIÚP PHÁP LÝ"], ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU VỤ VIỆC THAM GIA TỐ TỤNG NĂM 2024"]],
          [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", None, "Ghi chú"],
           [None, None, None, "Số lượng", "Tỷ lệ (%)", None]],
          ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"],
          [[1, "Trợ giúp viên pháp lý được giao chỉ tiêu", "người", 685, None, None],
           [2, "Trợ giúp viên pháp lý hoàn thành chỉ tiêu", "người", 684, 99.85, None],
           ["a)", "Đạt tốt", "người", 529, 77.22, None],
           ["b)", "Đạt khá", "người", 77, 11.24, None],
           ["c)", "Đạt", "người", 78, 11.39, None],
           [3, "Trợ giúp viên pháp lý không đạt chỉ tiêu", "người", 1, 0.15, None],
           [4, "Trung tâm có 100% Trợ giúp viên pháp lý hoàn thành chỉ tiêu", "trung tâm", 62, None, None]],
          [[None], ["Ghi chú: tỷ lệ tính trên tổng số Trợ giúp viên pháp lý được giao chỉ tiêu."],
           [None, None, None, "CỤC TRƯỞNG"]])
    # s05: Sở Y tế Hậu Giang (held-out zf-hau-giang-…): «5 tháng» merged over «Thực hiện | % so KH | % so CK»,
    # numbers typed as text from an English-locale spreadsheet («869,000», «44.35»)
    _xlsx("s05-hau-giang-thuc-hien-so-kh-so-ck-locale-en-2017-5t.xlsx",
          [["SỞ Y TẾ TỈNH HẬU GIANG"], ["TÌNH HÌNH THỰC HIỆN CHỈ TIÊU CHUYÊN MÔN KHÁM, CHỮA BỆNH 5 THÁNG ĐẦU NĂM 2017"]],
          [["STT", "Chỉ tiêu", "ĐVT", "5 tháng năm 2017", None, None, "Ghi chú"],
           [None, None, None, "Thực hiện", "% so KH", "% so CK", None]],
          ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"],
          [[1, "Lượt khám, điều trị ngoại trú", "lượt", "869,000", "44.35", "104.46", None],
           [2, "Bệnh nhân điều trị nội trú", "lượt", "44,600", "40.68", "101.75", None],
           [3, "Bệnh nhân nội trú tuyến tỉnh chuyển tuyến", "trường hợp", "414", "x", "-", None]])
    # s06: UBND huyện Châu Đức (held-out zk-…-chau-duc-…): «Quý I năm 2019» merged over three columns,
    # the unit in each indicator's label, no ĐVT column
    _xlsx("s06-chau-duc-don-vi-trong-chi-tieu-2019-q1.xlsx",
          [["UBND HUYỆN CHÂU ĐỨC"], ["MỘT SỐ CHỈ TIÊU KINH TẾ CHỦ YẾU QUÝ I NĂM 2019"]],
          [["STT", "Chỉ tiêu", "Quý I năm 2019", None, None],
           [None, None, "Thực hiện", "So kế hoạch năm (%)", "So cùng kỳ năm 2018 (%)"]],
          ["A3:A4", "B3:B4", "C3:E3"],
          [[1, "Thu ngân sách nhà nước trên địa bàn (tỷ đồng)", 55, None, 151],
           [2, "Giá trị sản xuất nông nghiệp - thủy sản (%)", None, 27, 94]])
    # s13: Cục TGPL (f32-tgpl-…-2025 and f32-daibieunhandan-…): two years side by side, the year's heading a bare year
    _xlsx("s13-tgpl-hai-nam-2024.xlsx",
          [["CỤC TRỢ GIÚP PHÁP LÝ"], ["VỤ VIỆC THAM GIA TỐ TỤNG CỦA TRỢ GIÚP VIÊN PHÁP LÝ"]],
          [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm", None],
           [None, None, None, 2024, 2023]],
          ["A3:A4", "B3:B4", "C3:C4", "D3:E3"],
          [[1, "Vụ việc tham gia tố tụng bình quân một trợ giúp viên pháp lý", "vụ việc", 38.4, 32.4]])
    # s16: Trung tâm TGPL Hà Tĩnh (held-out xc-ha-tinh-…, its whole cases): «Năm 2020» over «Số vụ việc | Tỷ lệ (%)»
    _xlsx("s16-ha-tinh-tgpl-so-luong-ty-le-2020.xlsx",
          [["TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC TỈNH HÀ TĨNH"], ["KẾT QUẢ HOÀN THÀNH VỤ VIỆC THAM GIA TỐ TỤNG NĂM 2020"]],
          [["STT", "Nội dung", "ĐVT", "Năm 2020", None],
           [None, None, None, "Số vụ việc", "Tỷ lệ (%)"]],
          ["A3:A4", "B3:B4", "C3:C4", "D3:E3"],
          [[1, "Vụ việc đã hoàn thành", "vụ việc", 180, 79],
           [2, "Do Trợ giúp viên pháp lý hoàn thành", "vụ việc", 167, 93],
           [3, "Do luật sư ký hợp đồng hoàn thành", "vụ việc", 13, 7]])
    # s17: Cục Thống kê Quảng Ngãi (held-out yh-quang-ngai-…): «Năm» merged over the years typed as numbers
    _xlsx("s17-quang-ngai-nam-la-so-2016.xlsx",
          [["CỤC THỐNG KÊ TỈNH QUẢNG NGÃI"], ["TỶ SUẤT SINH THÔ, TỶ SUẤT CHẾT THÔ CỦA DÂN SỐ"]],
          [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm", None],
           [None, None, None, 2016, 2015]],
          ["A3:A4", "B3:B4", "C3:C4", "D3:E3"],
          [[1, "Tỷ suất sinh thô", "‰", 13.93, 13.18],
           [2, "Tỷ suất chết thô", "‰", 5.28, 4.67]])


if __name__ == "__main__":
    main()
