"""Build the 20 hand-made agency sheets of figures round 9 (first look).  Each is modelled on one public page found
with the ``search`` tool (corpus ``pages``): its figures and words, laid out as an agency lays out its biểu.  The
page's address is given above each sheet; the file name carries a short slug of it.

    PYTHONPATH=. .venv/bin/python tests/data/figures_round9/build.py

Layouts not in round 8 or earlier: transposed tables (indicators as columns), ``Tăng/giảm`` columns, ``So sánh
cùng kỳ (%)`` alone, ``Tổng số đơn vị``, a row with only last year's value, money per a base, ``Chia ra``/``Trong đó``
columns, blank separator rows, totals at the bottom, ``1 234``, English notation, footnote markers.

Where the page names no year (s10, s12, s18, s19) the sheet's title names one for the test ("year assumed" below).
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
N = None


def xlsx(name, rows, merges=(), formats=None):
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
    wb.save(HERE / name)


def csvf(name, rows, delim=","):
    with open(HERE / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delim)
        for r in rows:
            w.writerow(["" if c is None else c for c in r])


# s01 https://baotayninh.vn/tag-video/... (9 tháng 2021: 8.161 vụ, 4.175 người chết, 5.645 người bị thương):
# transposed, indicators as columns, one row of values.
csvf("s01-baotayninh-tngt-2021-9t.csv", [
    ["BẢNG TỔNG HỢP TAI NẠN GIAO THÔNG 9 THÁNG NĂM 2021"],
    ["Thời gian", "Số vụ (vụ)", "Số người chết (người)", "Số người bị thương (người)"],
    ["9 tháng năm 2021", "8.161", "4.175", "5.645"],
])

# s02 http://benxethainguyen.net/dau-thang-5-da-giam-so-nguoi-chet-khi-tham-gia-giao-thong/ (5 tháng 2015: 9.318 vụ,
# 3.735 chết, 8.554 bị thương; giảm 1.454 vụ (-13,5%), 193 (-4,91%), 2.002 (-18,97%)): transposed, the period's row,
# last year's row (9.318 + 1.454 ...) and a change row.
xlsx("s02-benxethainguyen-tngt-2015-5t.xlsx", [
    ["ỦY BAN AN TOÀN GIAO THÔNG", N, N, N],
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG 5 THÁNG ĐẦU NĂM 2015", N, N, N],
    ["Kỳ", "Số vụ", "Số người chết", "Số người bị thương"],
    ["5 tháng năm 2015", 9318, 3735, 8554],
    ["Cùng kỳ năm 2014", 10772, 3928, 10556],
    ["Tăng/giảm (%)", -13.5, -4.91, -18.97],
])

# s03 https://kevesko.vn/20171231/nguoi-chet-vi-tai-nan-giao-thong-4577357.html (12 tháng 2017 against 2016: giảm
# 1.509 vụ (6,99%), 406 người chết (4,67%), 2.240 bị thương (11,62%); ít nghiêm trọng trở lên 9.770 / 8.279 / 5.587;
# va chạm 10.310 vụ, 11.453 bị thương nhẹ, giảm 930 vụ (8,27%), 1.647 (12,57%)): Roman groups, a change column in
# numbers and one in per cent, no last-year column.
xlsx("s03-kevesko-tngt-2017.xlsx", [
    ["UBND TỈNH ...", N, N, N, N, N],
    ["BIỂU SỐ 02: TÌNH HÌNH TAI NẠN GIAO THÔNG NĂM 2017", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2017", "Tăng/giảm so với năm 2016", "Tăng/giảm (%)"],
    ["I", "Tai nạn giao thông chung", N, N, N, N],
    [1, "Số vụ", "vụ", 20080, -1509, -6.99],
    [2, "Số người chết", "người", 8279, -406, -4.67],
    [3, "Số người bị thương", "người", 17040, -2240, -11.62],
    ["II", "Va chạm giao thông", N, N, N, N],
    [1, "Số vụ", "vụ", 10310, -930, -8.27],
    [2, "Số người bị thương nhẹ", "người", 11453, -1647, -12.57],
], formats={"D5:E10": "#,##0", "F5:F10": "0.00"})

# s04 http://benxethainguyen.net/... (tháng 5/2015: 1.734 vụ (-18,74%), 708 chết (-6,23%), 1.484 bị thương (-27,4%);
# ít nghiêm trọng trở lên 798 vụ (-7,1%); va chạm 936 vụ (-26,59%), 1.106 bị thương nhẹ (-27,85%)): a rate column
# only, numbers typed with a space between thousands.
csvf("s04-benxethainguyen-tngt-2015-05.csv", [
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG THÁNG 5 NĂM 2015"],
    ["TT", "Nội dung", "Đơn vị tính", "Tháng 5/2015", "So sánh cùng kỳ (%)"],
    ["1", "Số vụ tai nạn giao thông", "vụ", "1 734", "-18,74"],
    ["2", "Số người chết", "người", "708", "-6,23"],
    ["3", "Số người bị thương", "người", "1 484", "-27,4"],
    ["4", "Số vụ từ ít nghiêm trọng trở lên", "vụ", "798", "-7,1"],
    ["5", "Số vụ va chạm giao thông", "vụ", "936", "-26,59"],
    ["6", "Số người bị thương nhẹ", "người", "1 106", "-27,85"],
])

# s05 https://thanhtra.com.vn/.../Ba-Ria--Vung-Tau-ket-thuc-1361-cuoc-thanh-tra-trong-quy-I-146609.html (67 cuộc
# chuyên ngành đối với 2.898 đơn vị, cơ sở và cá nhân; 266 có vi phạm; 34 quyết định xử phạt): Tổng số đơn vị beside
# the count that did.
xlsx("s05-brvt-thanhtra-2021-q1.xlsx", [
    ["THANH TRA TỈNH BÀ RỊA - VŨNG TÀU", N, N, N, N],
    ["KẾT QUẢ THANH TRA, KIỂM TRA CHUYÊN NGÀNH QUÝ I NĂM 2021", N, N, N, N],
    ["STT", "Nội dung", "Tổng số đơn vị", "Số đơn vị có vi phạm", "Tỷ lệ (%)"],
    ["1", "Đơn vị, cơ sở và cá nhân được thanh tra, kiểm tra chuyên ngành", "2.898", "266", "9,2"],
    ["2", "Tổ chức, cá nhân vi phạm bị ra quyết định xử phạt", "266", "34", "12,8"],
])

# s06 https://lsvn.vn/toan-quoc-xay-ra-gan-8000-vu-tai-nan-giao-thong-trong-8-thang-dau-nam-20221661397796-a123005.html
# (tháng 8/2022 against tháng 8/2021: đường bộ 941 vụ (+437), 482 chết (+229); đường sắt 9 vụ (+5), 8 chết (+5);
# đường thủy 2 vụ (-5), 1 chết (-4); hàng hải không xảy ra tai nạn, giảm 1 vụ, 1 người chết): last year's month
# and this month; hàng hải has only last year's values.
csvf("s06-lsvn-tngt-2022-08.csv", [
    ["BÁO CÁO TÌNH HÌNH TAI NẠN GIAO THÔNG THÁNG 8 NĂM 2022"],
    ["STT", "Lĩnh vực", "ĐVT", "Tháng 8/2021", "Tháng 8/2022"],
    ["1", "Số vụ tai nạn đường bộ", "vụ", "504", "941"],
    ["2", "Số người chết do tai nạn đường bộ", "người", "253", "482"],
    ["3", "Số vụ tai nạn đường sắt", "vụ", "4", "9"],
    ["4", "Số người chết do tai nạn đường sắt", "người", "3", "8"],
    ["5", "Số vụ tai nạn đường thủy", "vụ", "7", "2"],
    ["6", "Số người chết do tai nạn đường thủy", "người", "5", "1"],
    ["7", "Số vụ tai nạn hàng hải", "vụ", "1", "-"],
    ["8", "Số người chết, mất tích do tai nạn hàng hải", "người", "1", ""],
])

# s07 https://baoquangnam.vn/print/3040326.html (mức thu nhập đạt chuẩn nông thôn mới: cả nước 21 triệu đồng/người
# năm 2013, 23 năm 2014; miền núi phía Bắc 14 / 16; Bắc Trung Bộ 15 / 17; duyên hải Nam Trung Bộ 19 / 21): money per
# a base in the ĐVT column.
xlsx("s07-baoquangnam-thunhap-ntm-2014.xlsx", [
    ["MỨC THU NHẬP ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2014", N, N, N, N],
    ["TT", "Vùng", "ĐVT", "Năm 2013", "Năm 2014"],
    [1, "Khu vực nông thôn cả nước", "triệu đồng/người/năm", 21, 23],
    [2, "Vùng dân tộc miền núi phía Bắc", "triệu đồng/người/năm", 14, 16],
    [3, "Vùng Bắc Trung Bộ", "triệu đồng/người/năm", 15, 17],
    [4, "Vùng duyên hải Nam Trung Bộ", "triệu đồng/người/năm", 19, 21],
])

# s08 https://www.qdnd.vn/kinh-te/tin-tuc/ket-qua-thuc-hien-12-chi-tieu-kinh-te-xa-hoi-chu-yeu-nam-2019-608493 (KH 2019
# | Ước thực hiện 2019 | Đánh giá: GDP 6,6-6,8 / 7,02 Vượt; CPI Khoảng 4 / 2,79; ...; '- Trong đó:' rows; a footnote
# (*) under the table): two header rows merged (Năm 2019 over Kế hoạch | Ước thực hiện | Đánh giá).
xlsx("s08-qdnd-chitieu-2019.xlsx", [
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2019 (*)", N, N, N, N, N],
    ["TT", "Chỉ tiêu", "Đơn vị", "Năm 2019", N, N],
    [N, N, N, "Kế hoạch", "Ước thực hiện", "Đánh giá"],
    ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP)", "%", "6,6-6,8", "7,02", "Vượt"],
    ["2", "Tốc độ tăng chỉ số giá tiêu dùng bình quân (CPI)", "%", "Khoảng 4", "2,79", "Vượt"],
    ["3", "Tốc độ tăng tổng kim ngạch xuất khẩu", "%", "7-8", "8,1", "Vượt"],
    ["4", "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều", "điểm", "1-1,5", "1,1", "Vượt"],
    [N, "- Trong đó: Giảm tỷ lệ hộ nghèo tại các huyện nghèo", "%", "4", "Trên 4", N],
    ["5", "Tỷ lệ thất nghiệp ở khu vực thành thị", "%", "Dưới 4", "3,1", "Đạt"],
    ["6", "Số giường bệnh trên 1 vạn dân", "giường bệnh", "27", "27,5", "Vượt"],
    ["7", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "88,1", "89,3", "Vượt"],
    ["8", "Tỷ lệ che phủ rừng", "%", "41,85", "41,85", "Đạt"],
    [N, N, N, N, N, N],
    ["(*) Theo Nghị quyết số 121/NQ-CP ngày 31-12-2019 của Chính phủ", N, N, N, N, N],
], merges=["A2:A3", "B2:B3", "C2:C3", "D2:F2"])

# s09 https://thanhtra.com.vn/thanh-tra/hoat-dong-nganh/Thanh-Hoa-Phat-hien-sai-pham-gan-60-ty-dong-135980.html
# (Thanh tra tỉnh 24 cuộc, kết luận 17, vi phạm 37,38 tỷ, kiến nghị thu hồi 9,19 tỷ, đã thu hồi 8 tỷ; sở, ngành 25
# cuộc, kết luận 17, 11,92 tỷ, 6,51 tỷ, đã thu 3,26 tỷ; huyện 84 cuộc, đã thu hồi 883,4 triệu): Roman groups, 'Trong
# đó' rows, a unit line, numbers as text.  The page names no period: the title names one for the test (2018).
xlsx("s09-thanhhoa-thanhtra-2018.xlsx", [
    ["THANH TRA TỈNH THANH HÓA", N, N, N],
    ["KẾT QUẢ CÔNG TÁC THANH TRA KINH TẾ - XÃ HỘI NĂM 2018", N, N, N],
    [N, N, N, "Đơn vị tính: triệu đồng"],
    ["STT", "Nội dung", "ĐVT", "Kết quả"],
    ["I", "THANH TRA TỈNH", N, N],
    ["1", "Số cuộc thanh tra đã ban hành kết luận", "cuộc", "17"],
    ["2", "Số tiền vi phạm về kinh tế", N, "37.380"],
    [N, "Trong đó: kiến nghị thu hồi", N, "9.190"],
    [N, "Đã thu hồi", N, "8.000"],
    ["II", "THANH TRA CÁC SỞ, NGÀNH", N, N],
    ["1", "Số cuộc thanh tra đã ban hành kết luận", "cuộc", "17"],
    ["2", "Số tiền vi phạm về kinh tế", N, "11.920"],
    [N, "Trong đó: kiến nghị thu hồi", N, "6.510"],
    [N, "Đã thu hồi", N, "3.260"],
    ["III", "THANH TRA CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", N, N],
    ["1", "Số cuộc thanh tra hành chính", "cuộc", "84"],
    ["2", "Số tiền đã thu hồi", N, "883,4"],
])

# s10 (year assumed) https://ttt.hanam.gov.vn/Pages/hieu-luc-hieu-qua-quan-ly-nha-nuoc-...aspx (vi phạm 179.034 tỷ đồng, 9.258 ha;
# kiến nghị thu hồi 22.698 tỷ, 811 ha; xuất toán, đề nghị xử lý 156.336 tỷ, 8.447 ha): the total at the bottom.
xlsx("s10-hanam-thanhtra-toannganh.xlsx", [
    ["KẾT QUẢ THANH TRA TOÀN NGÀNH NĂM 2022", N, N, N],
    ["STT", "Nội dung xử lý", "Tiền (tỷ đồng)", "Đất (ha)"],
    ["1", "Kiến nghị thu hồi", 22698, 811],
    ["2", "Xuất toán, loại khỏi giá trị quyết toán, đề nghị xử lý", 156336, 8447],
    [N, "Tổng cộng vi phạm", 179034, 9258],
], formats={"C3:D5": "#,##0"})

# s11 https://phongttgd.vinhuni.edu.vn/.../thong-cao-bao-chi-ket-qua-cong-tac-thanh-tra-quy-i-nam-2021-... (1.644 cuộc
# thanh tra hành chính, 35.614 chuyên ngành, vi phạm hơn 95.000 tỷ đồng và 772 ha, thu hồi hơn 5.000 tỷ): typed in
# English notation (1,644 / 35,614 / 95,000.5), as a sheet exported from an English Excel.
csvf("s11-vinhuni-thanhtra-2021-q1.csv", [
    ["KET QUA CONG TAC THANH TRA QUY I NAM 2021"],
    ["STT", "Chỉ tiêu", "ĐVT", "Quý I/2021"],
    ["1", "Số cuộc thanh tra hành chính", "cuộc", "1,644"],
    ["2", "Số cuộc thanh tra, kiểm tra chuyên ngành", "cuộc", "35,614"],
    ["3", "Số tiền vi phạm về kinh tế", "tỷ đồng", "95,000.5"],
    ["4", "Diện tích đất vi phạm", "ha", "772"],
    ["5", "Kiến nghị thu hồi về ngân sách", "tỷ đồng", "5,000"],
])

# s12 (year assumed) http://plo.vn/thoi-su/chinh-tri/phat-hien-12-vu-tham-nhung-trong-quy-iii-504292.html (6 vụ, 12 người; thiệt hại
# gần 1,4 tỉ đồng, đã thu hồi 1.319 triệu; 4 vụ / 8 người qua khiếu nại tố cáo; 182 vụ / 577 bị can thụ lý; 60 vụ /
# 229 đề nghị truy tố; 117 vụ / 329 đang điều tra): footnote markers (182*, 577(1)) and their notes under the table.
xlsx("s12-plo-thamnhung-2017-q3.xlsx", [
    ["KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG QUÝ III NĂM 2017", N, N],
    ["TT", "Nội dung", "Số liệu"],
    ["1", "Số vụ phát hiện qua thanh tra, kiểm tra (vụ)", "6"],
    ["2", "Số người có hành vi tham nhũng (người)", "12"],
    ["3", "Số tiền đã thu hồi (triệu đồng)", "1.319"],
    ["4", "Số vụ phát hiện qua giải quyết khiếu nại, tố cáo (vụ)", "4"],
    ["5", "Số vụ cơ quan điều tra thụ lý (vụ)", "182*"],
    ["6", "Số bị can cơ quan điều tra thụ lý (người)", "577(1)"],
    ["7", "Số vụ đề nghị truy tố (vụ)", "60"],
    [N, N, N],
    ["(*) Bao gồm số vụ kỳ trước chuyển sang.", N, N],
    ["(1) Số liệu của Bộ Công an.", N, N],
])

# s13 https://lsvn.vn/... (8 tháng 2022: đường bộ 7.390 vụ, 4.178 chết, 4.937 bị thương; đường sắt 70 / 52 / 17;
# đường thủy 23 / 34 / 3; hàng hải 5 vụ, 12 người chết và mất tích): 'Tổng số' then 'Chia ra' over the kinds.
xlsx("s13-lsvn-tngt-2022-8t.xlsx", [
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG 8 THÁNG NĂM 2022", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tổng số", "Chia ra", N, N, N],
    [N, N, N, N, "Đường bộ", "Đường sắt", "Đường thủy", "Hàng hải"],
    [1, "Số vụ tai nạn", "vụ", 7488, 7390, 70, 23, 5],
    [2, "Số người chết", "người", 4276, 4178, 52, 34, 12],
    [3, "Số người bị thương", "người", 4957, 4937, 17, 3, "-"],
], merges=["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2"])

# s14 https://baophutho.vn/print/.../146459.htm (8 tháng 2015: 14.622 vụ, 5.821 chết, 13.234 bị thương) and its
# road share as http://cand.com.vn/Xa-hoi/Gia-tang-tai-nan-giao-thong-duong-sat-duong-thuy-260656/ gives it (4.349
# vụ, 3.826 chết, 2.872 bị thương): blank separator rows between the blocks, numbers typed '14 622'.
csvf("s14-baophutho-tngt-2015-8t.csv", [
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG 8 THÁNG NĂM 2015", "", "", ""],
    ["", "", "", ""],
    ["TT", "Chỉ tiêu", "ĐVT", "8 tháng năm 2015"],
    ["", "", "", ""],
    ["A", "Toàn quốc", "", ""],
    ["1", "Số vụ tai nạn giao thông", "vụ", "14 622"],
    ["2", "Số người chết", "người", "5 821"],
    ["3", "Số người bị thương", "người", "13 234"],
    ["", "", "", ""],
    ["B", "Đường bộ, từ ít nghiêm trọng trở lên", "", ""],
    ["1", "Số vụ", "vụ", "4 349"],
    ["2", "Số người chết", "người", "3 826"],
    ["3", "Số người bị thương", "người", "2 872"],
])

# s15 https://vov.vn/tag/phong+trào+hiến+máu (Quảng Ninh 2024: 29.000 lượt người hiến máu, 21.500 đơn vị, vượt 10% so
# với chỉ tiêu; mục tiêu 2025: 22.000 đơn vị): next year's target beside this year's result; ';' separated.
csvf("s15-vov-hienmau-quangninh-2024.csv", [
    ["HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NINH"],
    ["KẾT QUẢ VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN NĂM 2024"],
    ["TT", "Nội dung", "ĐVT", "Thực hiện năm 2024", "So với chỉ tiêu (%)", "Kế hoạch năm 2025"],
    ["1", "Số lượt người tham gia hiến máu", "lượt", "29.000", "", ""],
    ["2", "Số đơn vị máu tiếp nhận", "đơn vị", "21.500", "110", "22.000"],
], delim=";")

# s16 https://chuyendoiso.mpi.gov.vn/Pages/tinbaitonghop.aspx?idTin=56560&idcm=521 (chỉ số sản xuất công nghiệp tháng
# 10/2022 tăng 1,34% so với tháng trước; khai khoáng 1,75%; chế biến, chế tạo 1,36%; điện 1,06%; nước, rác thải
# 0,42%): an index table whose only value column is against the month before.
xlsx("s16-dongnai-iip-2022-10.xlsx", [
    ["CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP TỈNH ĐỒNG NAI THÁNG 10 NĂM 2022", N],
    ["Ngành", "Tháng 10/2022 so với tháng 9/2022 (%)"],
    ["Toàn ngành công nghiệp", 101.34],
    ["Khai khoáng", 101.75],
    ["Công nghiệp chế biến, chế tạo", 101.36],
    ["Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước", 101.06],
    ["Cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", 100.42],
], formats={"B3:B7": "0.00"})

# s17 https://baogialai.com.vn/channel/8301/202206/gia-lai-van-dong-moi-nguoi-cung-hien-mau-tinh-nguyen-5780007/
# (năm 2021: 83 đợt, 15.151 đơn vị, 103% chỉ tiêu, 1.161 hiến khẩn cấp; đầu năm 2022 đến nay: 42 đợt, 8.729 đơn vị,
# 58% kế hoạch): last year's whole year beside this half year; a 'Trong đó' row with last year's value only.
xlsx("s17-gialai-hienmau-2022-h1.xlsx", [
    ["BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN TỈNH GIA LAI", N, N, N, N, N],
    ["KẾT QUẢ 6 THÁNG ĐẦU NĂM 2022", N, N, N, N, N],
    ["STT", "Nội dung", "ĐVT", "Năm 2021", "6 tháng đầu năm 2022", "So với kế hoạch năm 2022 (%)"],
    [1, "Số đợt hiến máu tình nguyện", "đợt", 83, 42, N],
    [2, "Số đơn vị máu tiếp nhận", "đơn vị", 15151, 8729, 58],
    [N, "Trong đó: hiến máu khẩn cấp", "đơn vị", 1161, N, N],
])

# s18 (year assumed) https://m.tinnhanhchungkhoan.vn/6-thang-thanh-tra-kien-nghi-thu-hoi-hon-7600-ty-dong-post140608.html (Thanh tra
# Chính phủ: vi phạm 943 tỷ, kiến nghị thu hồi 51 tỷ; bộ, ngành, địa phương: 1.805 tỷ, thu hồi 383 tỷ, 2.686 ha, thu
# hồi 824 ha; chuyên ngành: 9.200 tỷ, thu hồi 7.100 tỷ): 'Trong đó' columns beside the whole.
xlsx("s18-tnck-thanhtra-6t.xlsx", [
    ["KẾT QUẢ THANH TRA 6 THÁNG ĐẦU NĂM 2016", N, N, N],
    ["Đơn vị tính: tỷ đồng", N, N, N],
    ["STT", "Cơ quan thực hiện", "Số tiền vi phạm phát hiện", "Trong đó: kiến nghị thu hồi"],
    ["1", "Thanh tra Chính phủ", "943", "51"],
    ["2", "Thanh tra các bộ, ngành, địa phương", "1.805", "383"],
    ["3", "Thanh tra, kiểm tra chuyên ngành", "9.200", "7.100"],
])

# s19 (year assumed) http://cand.com.vn/thoi-su/Thanh-tra-phat-hien-hon-5-6-nghin-ty-dong-vi-pham-356679/ (1.477 cuộc hành chính,
# 32.897 chuyên ngành; vi phạm hơn 5,6 nghìn tỷ đồng, 57,7 ha; kiến nghị thu hồi 2,2 nghìn tỷ, 36,9 ha; xử lý 3,4
# nghìn tỷ, 2,8 ha): two header rows, 'Tiền (tỷ đồng) | Đất (ha)' under 'Vi phạm phát hiện'.
csvf("s19-cand-thanhtra-2015-h1.csv", [
    ["KẾT QUẢ CÔNG TÁC THANH TRA 6 THÁNG ĐẦU NĂM 2015"],
    ["STT", "Nội dung", "Số cuộc", "Vi phạm phát hiện", ""],
    ["", "", "", "Tiền (tỷ đồng)", "Đất (ha)"],
    ["1", "Toàn ngành thanh tra", "34.374", "5.600", "57,7"],
    ["2", "Kiến nghị thu hồi về ngân sách", "", "2.200", "36,9"],
    ["3", "Xuất toán, đề nghị xem xét xử lý", "", "3.400", "2,8"],
])

# s20 http://consosukien.vn/ke-t-qua-khao-sa-t-muc-song-dan-cu-viet-nam-nam-2018.htm (nhân khẩu bình quân 1 hộ 3,70
# người năm 2018; tỷ lệ phụ thuộc 0,69 năm 2018, 0,64 năm 2016; dân số từ 60 tuổi 10,4% năm 2006, 13,3% năm 2016,
# 14,8% năm 2018): transposed, years as rows, indicators as columns with their units.
xlsx("s20-consosukien-ksms-2018.xlsx", [
    ["KẾT QUẢ KHẢO SÁT MỨC SỐNG DÂN CƯ NĂM 2018", N, N, N],
    ["Năm", "Nhân khẩu bình quân 1 hộ (người)", "Tỷ lệ phụ thuộc", "Tỷ lệ dân số từ 60 tuổi trở lên (%)"],
    ["2006", N, N, 10.4],
    ["2016", N, 0.64, 13.3],
    ["2018", 3.70, 0.69, 14.8],
])

if __name__ == "__main__":
    print("written", sorted(p.name for p in HERE.iterdir() if p.suffix in (".csv", ".xlsx")))
