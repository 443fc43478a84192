"""Build the 20 hand-made agency tables of figures round 8 (first look) from public pages of
evaluations/sweep/pages/: their figures and words, laid out as agencies lay out a biểu.

    PYTHONPATH=. .venv/bin/python tests/data/figures_round8/build.py

Writes t01-….xlsx / .csv next to this file.  Each table names its page.
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent


def xlsx(name, rows, merges=(), formats=None, extra_sheets=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu"
    for r in rows:
        ws.append(list(r))
    for m in merges:
        ws.merge_cells(m)
    for ref, fmt in (formats or {}).items():
        for row in ws[ref]:
            for c in (row if isinstance(row, tuple) else (row,)):
                c.number_format = fmt
    for s in extra_sheets:
        wb.create_sheet(s)
    wb.save(HERE / name)


def csvf(name, rows, delim=","):
    with open(HERE / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delim)
        for r in rows:
            w.writerow(["" if c is None else c for c in r])


N = None

# t01 c7-gialai-ktxh-2024-h1: two-level merged header (Năm 2024 over KH | TH 6 tháng; So sánh (%) over TH/KH | TH/CK),
# letter and Roman groups, Excel numbers with formats, signature block.
xlsx("t01-gialai-ktxh-2024-h1.xlsx", [
    ["UBND TỈNH GIA LAI", N, N, N, N, N, N, N],
    ["CỤC THỐNG KÊ", N, N, N, N, N, N, N],
    ["BIỂU 01: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 6 THÁNG ĐẦU NĂM 2024", N, N, N, N, N, N, N],
    [N] * 8,
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", N, "Cùng kỳ năm 2023", "So sánh (%)", N],
    [N, N, N, "Kế hoạch", "Thực hiện 6 tháng", N, "TH/KH", "TH/CK"],
    ["A", "KINH TẾ", N, N, N, N, N, N],
    ["I", "Thu ngân sách, thương mại", N, N, N, N, N, N],
    [1, "Tổng thu ngân sách nhà nước", "tỷ đồng", 5626, 3370, 2863, 59.9, 117.7],
    [2, "Tổng doanh thu bán lẻ hàng hóa", "tỷ đồng", "-", 29232.75, 26831, "-", 108.95],
    ["II", "Đối ngoại, doanh nghiệp", N, N, N, N, N, N],
    [1, "Kim ngạch xuất khẩu", "triệu USD", 750, 525, 448.9, 70, 116.98],
    [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", "x", 500, 465, "x", 107.6],
    [3, "Vốn đăng ký của doanh nghiệp thành lập mới", "tỷ đồng", N, 5125, 4680, N, 109.5],
    ["B", "XÃ HỘI", N, N, N, N, N, N],
    [1, "Số lao động được giải quyết việc làm", "lao động", 26800, 15360, 15199, 57.31, 101.06],
    [N] * 8,
    ["Nơi nhận:", N, N, N, N, "KT. CỤC TRƯỞNG", N, N],
    ["- Như trên;", N, N, N, N, "PHÓ CỤC TRƯỞNG", N, N],
    ["- Lưu: VT.", N, N, N, N, N, N, N],
], merges=["A5:A6", "B5:B6", "C5:C6", "D5:E5", "F5:F6", "G5:H5"],
    formats={"D9:F16": "#,##0.00", "G9:H16": "0.00"})

# t02 c3-nuithanh-nhcsxh-2022-h1: a unit line above the header, no ĐVT column; Vietnamese numbers as text;
# one row with its unit in the label.
xlsx("t02-nuithanh-nhcsxh-2022-h1.xlsx", [
    ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", N, N, N, N],
    ["PHÒNG GIAO DỊCH HUYỆN NÚI THÀNH", N, N, N, N],
    ["KẾT QUẢ HOẠT ĐỘNG TÍN DỤNG CHÍNH SÁCH 6 THÁNG ĐẦU NĂM 2022", N, N, N, N],
    [N, N, N, N, "Đơn vị tính: triệu đồng"],
    ["TT", "Chỉ tiêu", "Thực hiện 6 tháng 2022", "Cùng kỳ 2021", "So sánh (%)"],
    ["1", "Tổng nguồn vốn hoạt động", "529.800", "465.968", "113,7"],
    ["2", "Tổng doanh số cho vay", "116.200", "88.702", "131"],
    ["3", "Tổng doanh số thu nợ", "65.500", "57.709", "113,5"],
    ["4", "Nợ xấu", "72", "245", "29,4"],
    ["5", "Số lượt hộ vay vốn (lượt hộ)", "2.899", "2.510", "115,5"],
])

# t03 c4-hoaan-hnd-2021: ; CSV, Roman / Arabic / letter / + groups, Chỉ tiêu giao | Thực hiện, notes and signature
# under the table (the signature in a value column).
csvf("t03-hoaan-hnd-2021.csv", [
    ["HỘI NÔNG DÂN XÃ HÒA AN", "", "", "", "", "", ""],
    ["BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC HỘI VÀ PHONG TRÀO NÔNG DÂN NĂM 2021"],
    ["STT", "Nội dung", "ĐVT", "Chỉ tiêu giao", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"],
    ["I", "CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI", "", "", "", "", ""],
    ["1", "Phát triển hội viên mới", "hội viên", "85", "85", "100", ""],
    ["2", "Xây dựng Quỹ Chi hội", "triệu đồng", "", "78", "", ""],
    ["-", "Tổng số tiền quỹ toàn xã", "triệu đồng", "", "289", "", ""],
    ["II", "PHONG TRÀO NÔNG DÂN SẢN XUẤT, KINH DOANH GIỎI", "", "", "", "", ""],
    ["1", "Hội viên đăng ký danh hiệu SXKD giỏi", "hội viên", "894", "894", "100", ""],
    ["a", "Hộ đạt danh hiệu SXKD giỏi các cấp", "hộ", "", "487", "", ""],
    ["III", "THAM GIA XÂY DỰNG NÔNG THÔN MỚI", "", "", "", "", ""],
    ["1", "Vận động hội viên đóng góp", "", "", "", "", ""],
    ["+", "Tiền", "triệu đồng", "", "984", "", ""],
    ["+", "Ngày công", "ngày công", "", "641", "", ""],
    ["2", "Làm mới đường bê tông liên thôn", "m", "", "2.569", "", ""],
    ["3", "Sửa chữa, bảo dưỡng đường giao thông", "m", "", "1.500", "", ""],
    ["4", "Nâng cấp kênh mương nội đồng", "m", "", "2.300", "", ""],
    ["", "", "", "", "", "", ""],
    ["Ghi chú: số liệu tính đến ngày 31/12/2021", "", "", "", "", "", ""],
    ["", "", "", "", "T/M BAN THƯỜNG VỤ", "", ""],
    ["", "", "", "", "CHỦ TỊCH", "", ""],
], delim=";")

# t04 p10-phuocvinh-ccb-2017-2022: Đầu nhiệm kỳ | Cuối nhiệm kỳ | So với đầu nhiệm kỳ, the term in the title.
xlsx("t04-phuocvinh-ccb-2017-2022.xlsx", [
    ["HỘI CCB THỊ TRẤN PHƯỚC VĨNH", N, N, N, N, N],
    ["MỘT SỐ CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2017 - 2022", N, N, N, N, N],
    ["TT", "Nội dung", "ĐVT", "Đầu nhiệm kỳ", "Cuối nhiệm kỳ", "So với đầu nhiệm kỳ (%)"],
    [1, "Tổng số hội viên", "hội viên", 298, 330, 110.7],
    [2, "Số chi hội", "chi hội", 6, 6, 100],
    [3, "Ủy viên Ban Chấp hành", "đồng chí", 11, 11, 100],
    [4, "Đại biểu dự Đại hội lần thứ IX", "đại biểu", N, 130, N],
])

# t05 c8-vn-pccc-2024-h1: numbers as quoted text (Vietnamese notation), a 'Trong đó' group, -, k.có, … cells.
csvf("t05-vn-pccc-2024-h1.csv", [
    ["BỘ CÔNG AN"],
    ["CỤC CẢNH SÁT PCCC VÀ CNCH"],
    ["TỔNG HỢP TÌNH HÌNH CHÁY, NỔ 6 THÁNG ĐẦU NĂM 2024"],
    ["(Kèm theo Báo cáo ngày 11/7/2024)"],
    ["TT", "Chỉ tiêu", "Đơn vị tính", "6 tháng đầu năm 2024", "6 tháng đầu năm 2023", "Tăng (+), giảm (-)"],
    ["1", "Số vụ cháy", "vụ", "2.222", "1.861", "+361"],
    ["", "Trong đó:", "", "", "", ""],
    ["", "- Khu vực thành thị", "vụ", "1.343", "…", ""],
    ["", "- Khu vực nông thôn", "vụ", "879", "…", ""],
    ["2", "Số người chết", "người", "57", "43", "+14"],
    ["3", "Số người bị thương", "người", "45", "45", "0"],
    ["4", "Thiệt hại về tài sản", "tỷ đồng", "127,9", "199,8", "-71,9"],
    ["5", "Số vụ cháy rừng", "vụ", "125", "k.có", ""],
    ["6", "Diện tích rừng bị thiệt hại", "ha", "529", "k.có", ""],
    ["7", "Số vụ nổ", "vụ", "-", "-", ""],
])

# t06 c5-ducgiang-ktxh-2021-h1: units only in the labels, Excel numbers with formats, đồng written out,
# kg/người/6 tháng, tạ/ha.
xlsx("t06-ducgiang-ktxh-2021-h1.xlsx", [
    ["UBND XÃ ĐỨC GIANG", N, N, N, N],
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ 6 THÁNG ĐẦU NĂM 2021", N, N, N, N],
    ["STT", "Chỉ tiêu", "Kế hoạch năm 2021", "Thực hiện 6 tháng đầu năm 2021", "Tỷ lệ %"],
    ["1", "Sản xuất nông nghiệp", N, N, N],
    ["1.1", "Diện tích gieo trồng vụ Xuân (ha)", N, 226, N],
    ["1.2", "Diện tích lúa vụ Xuân (ha)", 116, 115, 99.13],
    ["1.3", "Năng suất lúa (tạ/ha)", N, 62.58, N],
    ["1.4", "Sản lượng lúa (tấn)", N, 719.67, N],
    ["2", "Chăn nuôi", N, N, N],
    ["2.1", "Tổng đàn trâu, bò (con)", N, 1095, N],
    ["2.2", "Tổng đàn lợn (con)", N, 1450, N],
    ["2.3", "Tổng đàn gia cầm (con)", N, 49550, N],
    ["2.4", "Tiêm phòng viêm da nổi cục cho trâu, bò (con)", 876, 971, 110.8],
    ["3", "Bình quân lương thực (kg/người/6 tháng)", N, 45, N],
    ["4", "Ước thu từ trồng trọt (đồng)", N, 13503000000, N],
    ["5", "Ước thu từ chăn nuôi (đồng)", N, 17250000000, N],
], formats={"C5:D16": "#,##0.##", "E5:E16": "0.00"})

# t07 c8-vn-thuysan-2019-07: a running total (Cộng dồn 7 tháng) beside two value columns (tháng | cùng kỳ).
xlsx("t07-vn-thuysan-2019-07.xlsx", [
    ["TỔNG CỤC THỐNG KÊ", N, N, N, N, N],
    ["SẢN LƯỢNG THỦY SẢN THÁNG 7 NĂM 2019", N, N, N, N, N],
    ["Chỉ tiêu", "Đơn vị tính", "Ước tính tháng 7/2019", "Tháng 7/2018", "Cộng dồn 7 tháng năm 2019",
     "Tháng 7/2019 so với cùng kỳ (%)"],
    ["Tổng sản lượng thủy sản", "nghìn tấn", 740.5, 708.1, 4521.0, 104.6],
    ["Nuôi trồng", "nghìn tấn", 400.0, 382.0, N, 104.7],
    ["- Cá", "nghìn tấn", 267.1, 252.0, N, 106.0],
    ["- Tôm", "nghìn tấn", 87.6, 86.8, N, 100.9],
    ["Khai thác", "nghìn tấn", 340.5, 325.8, N, 104.5],
    ["- Cá", "nghìn tấn", 272.6, 259.9, N, 104.9],
    ["- Tôm", "nghìn tấn", 10.2, 9.6, N, 106.3],
], formats={"C4:E10": "#,##0.0", "F4:F10": "0.0"})

# t08 c7-quangnam-ktxh-2024-h1: periods as columns (Quý I | Quý II | 6 tháng), the plan a resolution's, a unit line.
xlsx("t08-quangnam-ktxh-2024-h1.xlsx", [
    ["UBND TỈNH QUẢNG NAM", N, N, N, N, N, N, N],
    ["TÌNH HÌNH THU NGÂN SÁCH NHÀ NƯỚC 6 THÁNG ĐẦU NĂM 2024", N, N, N, N, N, N, N],
    [N, N, N, N, N, N, "ĐVT: tỷ đồng", N],
    ["STT", "Nội dung", "Nghị quyết HĐND tỉnh giao năm 2024", "Quý I", "Quý II", "6 tháng",
     "Tỷ lệ so NQ (%)", "So cùng kỳ (%)"],
    ["", "Tổng thu ngân sách nhà nước", 23600, 5870, 6351, 12221, 51.8, 102.5],
    ["1", "Thu nội địa", 20100, 4910, 5242, 10152, 50.51, N],
    ["2", "Thu từ hoạt động xuất nhập khẩu", 5464, 1500, 1724, 3224, 59, N],
], formats={"C5:F7": "#,##0"})

# t09 c7-chuse-dangvien-2020: transposed (indicators as columns, years as rows), units in the column titles.
csvf("t09-chuse-dangvien-2015-2020.csv", [
    ["HUYỆN ỦY CHƯ SÊ"],
    ["KẾT QUẢ CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN NHIỆM KỲ 2015 - 2020"],
    ["Năm", "Đảng viên kết nạp (đảng viên)", "Tỷ lệ kết nạp so với tổng số đảng viên (%)",
     "Chi bộ thôn, làng, TDP có cấp ủy (chi bộ)", "Chi bộ có đủ đảng viên tại chỗ (chi bộ)"],
    ["2016", "290", "8,6", "110", "120"],
    ["2017", "305", "8,8", "114", "122"],
    ["2018", "300", "8,7", "118", "125"],
    ["2019", "302", "8,7", "121", "126"],
    ["2020", "303", "8,7", "123", "127"],
    ["Nhiệm kỳ 2015 - 2020", "1.500", "8,7", "123", "127"],
])

# t10 c8-haihau-toaan-2020: categories as rows, Số thụ lý | Số đã giải quyết | Tỷ lệ.
xlsx("t10-haihau-toaan-2020.xlsx", [
    ["TÒA ÁN NHÂN DÂN HUYỆN HẢI HẬU", N, N, N, N, N],
    ["KẾT QUẢ GIẢI QUYẾT CÁC LOẠI VỤ, VIỆC (tính đến hết tháng 7/2020)", N, N, N, N, N],
    ["STT", "Loại vụ, việc", "ĐVT", "Số thụ lý", "Số đã giải quyết", "Tỷ lệ (%)"],
    [N, "Tổng số", "vụ, việc", 539, 459, 85.2],
    [1, "Án dân sự", "vụ, việc", 378, 320, 84.7],
    [N, "Trong đó: hòa giải thành", "vụ, việc", N, 267, 70.6],
    [2, "Án hình sự", "vụ", 84, 76, 90.5],
    [3, "Án hành chính, kinh doanh thương mại", "vụ, việc", 77, 63, 81.8],
])

# t11 c4-huonghoa-hienmau-2022: Lũy kế từ đầu năm beside two value columns (the day's | the year's plan).
csvf("t11-huonghoa-hienmau-2022.csv", [
    ["BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN HUYỆN HƯỚNG HÓA"],
    ["KẾT QUẢ NGÀY HỘI HIẾN MÁU TÌNH NGUYỆN LẦN THỨ IV NĂM 2022"],
    ["TT", "Chỉ tiêu", "ĐVT", "Đợt IV năm 2022", "Kế hoạch năm 2022", "Lũy kế từ đầu năm", "Đạt % KH"],
    ["1", "Số người đăng ký tham gia", "người", "300", "", "", ""],
    ["2", "Số người hiến được máu", "người", "232", "", "1.238", ""],
    ["3", "Số đơn vị máu thu được", "đơn vị", "254", "1.009", "1.300", "128,8"],
    ["4", "Số lần tổ chức ngày hội", "lần", "1", "4", "4", "100"],
])

# t12 t3-chienson-ccb-2017: Đầu nhiệm kỳ | Thực hiện nhiệm kỳ | Chỉ tiêu nhiệm kỳ mới; a range; an empty second sheet.
xlsx("t12-chienson-ccb-2012-2017.xlsx", [
    ["HỘI CỰU CHIẾN BINH XÃ CHIÊN SƠN", N, N, N, N, N],
    ["KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2012 - 2017", N, N, N, N, N],
    ["TT", "Chỉ tiêu", "ĐVT", "Đầu nhiệm kỳ", "Thực hiện nhiệm kỳ 2012 - 2017", "Chỉ tiêu nhiệm kỳ 2017 - 2022"],
    [1, "Số chi hội", "chi hội", 5, 5, N],
    [2, "Tổng số hội viên", "hội viên", 160, 171, N],
    [3, "Chi hội trong sạch vững mạnh", "%", N, 100, 100],
    [4, "Hội viên đạt tiêu chuẩn gương mẫu", "%", N, 93, 95],
    [5, "Gia đình CCB đạt chuẩn gia đình văn hóa", "%", N, 94, 95],
    [6, "Giảm tỷ lệ hộ nghèo", "%", N, N, "4-5"],
], extra_sheets=["Sheet2"])

# t13 c3-thoibinh-ccb-2019: unit only in the label (triệu đồng, căn, m, hộ, %), k.có and … in cells.
csvf("t13-thoibinh-ccb-2019.csv", [
    ["HỘI CỰU CHIẾN BINH HUYỆN THỚI BÌNH"],
    ["BIỂU SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG NĂM 2019"],
    ["STT", "Nội dung", "Năm 2018", "Năm 2019", "Ghi chú"],
    ["1", "Quỹ Đồng đội (triệu đồng)", "k.có", "190", "gần 190 triệu"],
    ["2", "Quỹ Đền ơn đáp nghĩa (triệu đồng)", "…", "69", ""],
    ["3", "Quỹ Vì người nghèo (triệu đồng)", "75", "84", ""],
    ["4", "Nhà đồng đội xây mới (căn)", "5", "8", ""],
    ["5", "Trị giá nhà đồng đội (triệu đồng)", "66", "107", ""],
    ["6", "Hàng rào cây xanh (m)", "…", "16.000", ""],
    ["7", "Số hộ hội viên nghèo (hộ)", "31", "23", ""],
    ["8", "Tỷ lệ hộ hội viên nghèo (%)", "1,3", "0,96", ""],
    ["9", "Tỷ lệ hộ khá, giàu (%)", "41", "44", ""],
])

# t14 c8-hoabinh-ldtbxh-2016-2020: years as columns and the term's total (Giai đoạn 2016-2020).
xlsx("t14-hoabinh-ldtbxh-2016-2020.xlsx", [
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÒA BÌNH", N, N, N, N, N, N],
    ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU GIAI ĐOẠN 2016 - 2020", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2015", "Năm 2019", "Ước năm 2020", "Cả giai đoạn 2016-2020"],
    [1, "Tỷ lệ lao động nông nghiệp trong tổng số lao động", "%", 68, 60.8, 59, N],
    [2, "Tỷ lệ thất nghiệp khu vực thành thị", "%", 3.5, 2.8, 2.6, N],
    [3, "Tuyển sinh giáo dục nghề nghiệp", "người", N, N, N, 78669],
    [4, "Tỷ lệ lao động qua đào tạo", "%", N, 54.2, 56, N],
    [5, "Kinh phí đào tạo nghề cho lao động nông thôn", "tỷ đồng", N, N, N, 65.7],
])

# t15 c-hanoi-ntm-2014: money per a base (triệu đồng/người/năm), tiêu chí/xã.
csvf("t15-hanoi-ntm-2014.csv", [
    ["BAN CHỈ ĐẠO CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI THÀNH PHỐ HÀ NỘI"],
    ["KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2014"],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2011", "Năm 2014", "Kế hoạch năm 2014"],
    ["1", "Số xã đạt chuẩn nông thôn mới (lũy kế)", "xã", "0", "71", "60"],
    ["2", "Số tiêu chí bình quân đạt được", "tiêu chí/xã", "2", "15", ""],
    ["3", "Tỷ lệ hộ nghèo", "%", "7,52", "1,91", ""],
    ["4", "Tỷ lệ hộ nghèo khu vực nông thôn", "%", "11,25", "2,89", ""],
    ["5", "Thu nhập bình quân đầu người", "triệu đồng/người/năm", "19,1", "28,6", ""],
    ["6", "Tỷ lệ dân số nông thôn dùng nước hợp vệ sinh", "%", "", "94", ""],
], delim=";")

# t16 c6-duongphong-hdnd-2019-h1: triệu đồng/ha; Kế hoạch | Thực hiện | % KH; a unit per row.
xlsx("t16-duongphong-hdnd-2019-h1.xlsx", [
    ["UBND XÃ DƯƠNG PHONG", N, N, N, N, N],
    ["BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2019", N, N, N, N, N],
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2019", "Thực hiện 6 tháng", "% KH"],
    ["1", "Diện tích lúa vụ xuân", "ha", "50", "50,2", "100,4"],
    ["2", "Năng suất lúa vụ xuân", "tạ/ha", "", "58", ""],
    ["3", "Sản lượng lúa vụ xuân", "tấn", "", "296,9", ""],
    ["4", "Diện tích ngô", "ha", "", "18", ""],
    ["5", "Năng suất ngô", "tạ/ha", "", "46", ""],
    ["6", "Giá trị mô hình cánh đồng cho thu nhập cao", "triệu đồng/ha", "100", "100", "100"],
    ["7", "Diện tích mô hình đạt 100 triệu đồng/ha", "ha", "", "10", ""],
    ["8", "Thu ngân sách xã", "triệu đồng", "116", "50", "43"],
])

# t17 c-songcong-lhpn-2017: đồng/tháng per a scholarship; nghìn hội viên; a Ghi chú column of words.
csvf("t17-songcong-lhpn-2011-2016.csv", [
    ["HỘI LHPN THÀNH PHỐ SÔNG CÔNG"],
    ["Kỳ báo cáo: nhiệm kỳ 2011 - 2016"],
    ["TT", "Nội dung", "Đơn vị tính", "Kết quả", "Ghi chú"],
    ["1", "Hội viên", "nghìn hội viên", "16", "trên 16 nghìn"],
    ["2", "Chi hội", "chi hội", "157", ""],
    ["3", "Hộ nghèo do phụ nữ làm chủ được giúp đỡ", "hộ", "3.000", "gần 3 nghìn"],
    ["4", "Hộ nghèo do phụ nữ làm chủ thoát nghèo", "hộ", "315", ""],
    ["5", "Hỗ trợ xây dựng nhà Mái ấm tình thương", "triệu đồng", "265", "14 nhà"],
    ["6", "Tặng quà phụ nữ và trẻ em nghèo", "triệu đồng", "293", ""],
    ["7", "Vốn ủy thác", "tỷ đồng", "81", ""],
    ["8", "Lượt phụ nữ vay vốn", "lượt", "2.905", ""],
    ["9", "Học bổng cho học sinh nghèo vượt khó", "suất", "13", ""],
    ["10", "Mức học bổng mỗi suất", "đồng/tháng", "1.000.000", ""],
])

# t18 p10-brvt-xuatkhau-2023-q1: Excel percent format, triệu USD.
xlsx("t18-brvt-xuatkhau-2023-q1.xlsx", [
    ["SỞ CÔNG THƯƠNG TỈNH BÀ RỊA - VŨNG TÀU", N, N, N, N, N],
    ["KIM NGẠCH XUẤT KHẨU HÀNG HÓA QUÝ I/2023", N, N, N, N, N],
    ["STT", "Mặt hàng", "ĐVT", "Quý I/2023", "Quý I/2022", "So sánh (%)"],
    [N, "Tổng kim ngạch xuất khẩu", "triệu USD", 1726, 1943.7, 0.888],
    [1, "Xơ, sợi dệt các loại", "triệu USD", 1.5, 19.8, 0.0758],
    [2, "Hàng dệt, may", "triệu USD", 41.2, 62.2, 0.6627],
    [3, "Chất dẻo nguyên liệu", "triệu USD", 196.1, 229.3, 0.8554],
], formats={"D4:E7": "#,##0.0", "F4:F7": "0.00%"})

# t19 p9-thaibinh-ktxh-2018-q1: a unit line (tỷ đồng) with rows whose label gives another unit.
xlsx("t19-thaibinh-ktxh-2018-q1.xlsx", [
    ["UBND TỈNH THÁI BÌNH", N, N, N, N],
    ["MỘT SỐ CHỈ TIÊU KINH TẾ CHỦ YẾU QUÝ I/2018", N, N, N, N],
    ["Đơn vị tính: tỷ đồng", N, N, N, N],
    ["STT", "Chỉ tiêu", "Ước quý I/2018", "Cùng kỳ năm 2017", "Tăng (%)"],
    ["1", "Tổng sản phẩm trên địa bàn (GRDP)", "10.902", "9.848", "10,7"],
    ["2", "Tổng giá trị sản xuất", "28.009", "24.928", "12,36"],
    ["-", "Nông, lâm nghiệp, thủy sản", "6.256", "6.057", "3,29"],
    ["-", "Công nghiệp và xây dựng", "16.319", "", ""],
    ["-", "Dịch vụ", "5.434", "5.052", "7,55"],
    ["3", "Giá trị sản xuất ngành trồng trọt", "2.759,1", "2.677,7", "3,04"],
    ["4", "Diện tích cây vụ đông (ha)", "36.351", "35.652", ""],
    ["5", "Diện tích lúa xuân (ha)", "79.319", "", ""],
    ["6", "Sản lượng thủy sản nuôi trồng (tấn)", "35.615", "", ""],
    ["7", "Sản lượng thủy sản khai thác (nghìn tấn)", "19,8", "18,4", "7,5"],
])

# t20 c3-phugiao-nhcsxh-2021-q1: 'ĐVT: triệu đồng' line, a balance titled by its date, a second quantity column,
# a Tổng cộng row first.
csvf("t20-phugiao-nhcsxh-2021-q1.csv", [
    ["PHÒNG GIAO DỊCH NHCSXH HUYỆN PHÚ GIÁO"],
    ["DƯ NỢ CÁC CHƯƠNG TRÌNH TÍN DỤNG CHÍNH SÁCH QUÝ I/2021"],
    ["", "", "ĐVT: triệu đồng", ""],
    ["TT", "Chương trình cho vay", "Dư nợ đến 31/3/2021", "Số hộ còn dư nợ"],
    ["", "Tổng cộng", "486.600", "10.447"],
    ["1", "Cho vay hộ nghèo", "2.600", "95"],
    ["2", "Cho vay học sinh, sinh viên", "20.600", "610"],
    ["3", "Cho vay giải quyết việc làm", "232.000", "4.320"],
    ["4", "Cho vay nước sạch và vệ sinh môi trường", "123.000", "4.020"],
    ["5", "Cho vay doanh nghiệp vừa và nhỏ", "48.000", "12"],
    ["6", "Cho vay hộ cận nghèo", "55.600", "1.290"],
    ["7", "Cho vay nhà ở xã hội", "4.000", "100"],
], delim=";")
