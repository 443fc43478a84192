"""Round 17 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv`` nor in any case, checked with ``grep -rl`` before use), each in a layout the rounds
had not had: months as columns beside the quarter's total under merged headers, ``Thực hiện tháng 2`` beside
``Ước tính tháng 3`` (y01, XLSX); codes ``01``, ``02`` in a first column and a column of formulas' text (y02); the unit
typed in each value cell (``02 đơn``, ``17 thanh niên``) (y03); a hidden row of the template's keys above the header
(y04, XLSX); two tables stacked on one sheet, each with its header, a comparison column mixing ``bằng 98%`` with
``tăng 14,5%`` (y05); a header merged over ``(ha)`` and ``(%)``, codes ``1.``, ``a.``, ``-`` (y06, XLSX); two years
side by side with a signed change typed with a space (``- 934,11``) (y07); a fund's period addition beside its stock
to date (``Thực hiện 9 tháng`` | ``Số có đến nay``) (y08); a unit and ``gần`` in each value cell (y09); a term's
growth beside the stock (y10).  A sheet with ``Kế hoạch điều chỉnh`` beside ``Kế hoạch giao đầu năm`` was looked for
(three queries) and no page stated both: not built.

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, the unit line, a computed share).

Run: ``.venv/bin/python evaluations/data/figures-round17/build.py``.

First look (before any code of round 17; main 8540912), each sheet loaded with its period, the expected rows of
``tests/test_figures_round17.py`` looked for:
    see evaluations/data/figures-round17/README.md
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None


# y01 http://www.baria-vungtau.gov.vn/web/guest/so-lieu-thong-ke-kinh-te-xa-hoi/-/brvt/extAssetPublisher/content/8565238/so-ngay-khach-va-luot-khach-quy-i-nam-2019
# "Số ngày khách và lượt khách quý I năm 2019 … Thực hiện tháng 2 năm 2019 | Ước tính tháng 3 năm 2019 | Ước tính quý I
# năm 2019 | Tháng 3 năm 2019 | Quý I năm 2019 | So với cùng kỳ năm 2018 … 1. Dịch vụ lưu trú … Lượt khách phục vụ
# (Lượt khách) 532.911 545.070 1.608.098 115,59 112,97 Lượt khách ngủ qua đêm 334.247 344.280 1.013.012 117,37 115,33
# Khách quốc tế 43.696 44.186 132.402 119,18 118,40 Khách trong nước 290.551 300.094 880.610 113,77 113,76 Lượt khách
# trong ngày 198.664 200.790 595.086 112,67 109,16 Ngày khách phục vụ (Ngày khách) 580.718 593.421 1.747.024 112,36
# 111,98 Khách quốc tế 116.311 117.218 350.754 115,37 115,24 Khách trong nước 464.407 476.203 1.396.270 111,64 111,18
# 2. Dịch vụ lữ hành và hoạt động hỗ trợ du lịch Lượt khách du lịch theo tour (Lượt khách) 11.291 11.461 33.851 101,86
# 109,14 Lượt khách quốc tế 1.144 1.161 3.430 101,79 107,67 …"
# Numbers typed as numbers (an agency's workbook); the comparison merged over its two columns.
write_xlsx("y01-bariavungtau-luutru-2019-q1.xlsx", [
    ["SỐ NGÀY KHÁCH VÀ LƯỢT KHÁCH QUÝ I NĂM 2019", N, N, N, N, N],
    ["Chỉ tiêu", "Thực hiện tháng 2 năm 2019", "Ước tính tháng 3 năm 2019", "Ước tính quý I năm 2019",
     "So với cùng kỳ năm 2018 (%)", N],
    [N, N, N, N, "Tháng 3 năm 2019", "Quý I năm 2019"],
    ["1. Dịch vụ lưu trú", N, N, N, N, N],
    ["Lượt khách phục vụ (Lượt khách)", 532911, 545070, 1608098, 115.59, 112.97],
    ["Lượt khách ngủ qua đêm", 334247, 344280, 1013012, 117.37, 115.33],
    ["Khách quốc tế", 43696, 44186, 132402, 119.18, 118.40],
    ["Khách trong nước", 290551, 300094, 880610, 113.77, 113.76],
    ["Lượt khách trong ngày", 198664, 200790, 595086, 112.67, 109.16],
    ["Ngày khách phục vụ (Ngày khách)", 580718, 593421, 1747024, 112.36, 111.98],
    ["Khách quốc tế", 116311, 117218, 350754, 115.37, 115.24],
    ["Khách trong nước", 464407, 476203, 1396270, 111.64, 111.18],
    ["2. Dịch vụ lữ hành và hoạt động hỗ trợ du lịch", N, N, N, N, N],
    ["Lượt khách du lịch theo tour (Lượt khách)", 11291, 11461, 33851, 101.86, 109.14],
    ["Lượt khách quốc tế", 1144, 1161, 3430, 101.79, 107.67],
], merges=("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"))

# y02 http://m.baomoi.com/2-300-thanh-nien-thu-do-nhap-ngu-dot-2-nam-2013/c/11865473.epi
# "Trong đợt này, sẽ có 2.300 thanh niên Thủ đô lên đường nhập ngũ. … trong số 2.300 thanh niên nhập ngũ đợt này, có
# 293 người đã tốt nghiệp đại học, cao đẳng và trung học chuyên nghiệp; tuổi đời từ 18 - 21"
# The clerk's: the codes, the share 12,74 (293/2.300, its formula's text beside it).
write_csv("y02-baomoi-nhapngu-hanoi-2013.csv", [
    ["BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ HÀ NỘI", N, N, N, N],
    ["KẾT QUẢ GIAO QUÂN ĐỢT 2 NĂM 2013", N, N, N, N],
    ["Mã số", "Chỉ tiêu", "Đơn vị tính", "Đợt 2 năm 2013", "Cách tính"],
    ["01", "Tổng số thanh niên nhập ngũ", "người", "2.300", N],
    ["02", "Trong đó: đã tốt nghiệp đại học, cao đẳng và trung học chuyên nghiệp", "người", "293", N],
    ["03", "Tỷ lệ đã tốt nghiệp đại học, cao đẳng, TCCN", "%", "12,74", "03 = 02 / 01 x 100"],
])

# y03 https://tuoitrethangbinh.vn/tin-tu-co-so/doan-xa-binh-lanh-tham-gia-ho-tro-kham-tuyen-nghia-vu-quan-su-nam-2024-4024.html
# "Thứ ba - 21/11/2023 … Đã có 02 đơn tình nguyện lên đường nhập ngũ thanh niên Nguyễn Hữu Phước và thanh niên Đoàn
# Đức Thọ. Kết quả khám tuyển 100% thanh niên lên trạm khám và 17 thanh niên đủ sức khỏe tham gia nghĩa vụ quân sự
# năm 2024."
write_csv("y03-tuoitrethangbinh-khamtuyen-2023-11.csv", [
    ["ĐOÀN XÃ BÌNH LÃNH - KẾT QUẢ HỖ TRỢ KHÁM TUYỂN NGHĨA VỤ QUÂN SỰ NĂM 2024 (THÁNG 11/2023)", N, N],
    ["STT", "Nội dung", "Kết quả"],
    ["1", "Đơn tình nguyện lên đường nhập ngũ", "02 đơn"],
    ["2", "Thanh niên lên trạm khám", "100%"],
    ["3", "Thanh niên đủ sức khỏe tham gia nghĩa vụ quân sự năm 2024", "17 thanh niên"],
])

# y04 https://tienphong.vn/hang-khong-tang-truong-manh-dip-tet-duong-lich-post1810763.tpo
# "trong kỳ nghỉ Tết Dương lịch 2026 (từ 31/12/2025 đến 4/1/2026) … các cảng hàng không trên cả nước thực hiện hơn
# 11.400 lượt cất - hạ cánh (CHC), tăng gần 20%. Tổng lượng khách qua cảng đạt khoảng 1,85 triệu lượt, tăng hơn 22%.
# Riêng nội địa ghi nhận hơn 6.600 lượt chuyến và khoảng 1,04 triệu khách; quốc tế đạt gần 4.800 lượt chuyến với xấp
# xỉ 805.000 khách. … Tân Sơn Nhất phục vụ gần 3.900 lượt CHC và khoảng 665.000 khách. Nội Bài đạt hơn 3.200 lượt
# chuyến với khoảng 522.000 khách. Đà Nẵng ghi nhận gần 1.500 lượt chuyến và hơn 251.000 khách."
# A hidden row (row 2) keeps the template's keys above the header the clerk sees.
write_xlsx("y04-tienphong-cang-hk-tetduonglich-2026-01.xlsx", [
    ["KHAI THÁC TẠI CÁC CẢNG HÀNG KHÔNG DỊP TẾT DƯƠNG LỊCH 2026 (TỪ 31/12/2025 ĐẾN 4/1/2026)", N, N],
    ["ma_cang", "so_chc", "so_khach"],
    ["Cảng hàng không", "Lượt cất - hạ cánh (lượt)", "Hành khách qua cảng (lượt khách)"],
    ["Toàn quốc", 11400, 1850000],
    ["Nội địa", 6600, 1040000],
    ["Quốc tế", 4800, 805000],
    ["Tân Sơn Nhất", 3900, 665000],
    ["Nội Bài", 3200, 522000],
    ["Đà Nẵng", 1500, 251000],
], hidden_rows=(2,))

# y05 https://thegioitiepthi.danviet.vn/hang-khong-khai-thac-hon-27-nghin-chuyen-bay-dip-le-2-9-20240904110935388.htm
# "tổng thị trường vận chuyển hành khách qua đường hàng không dịp lễ 2/9 đạt hơn 763 nghìn hành khách, bằng 98% so
# với cùng kỳ. Trong đó, vận chuyển hành khách quốc tế đạt hơn 406,5 nghìn khách, tăng 14,5% … nội địa … chỉ đạt hơn
# 356,5 nghìn khách, giảm 15,6% … Vận chuyển hàng hóa … đạt khoảng 13 nghìn tấn tăng 11,0% … Sản lượng hành khách và
# hàng hóa thông qua các cảng hàng không Việt Nam đạt 7 nghìn lượt hạ/cất cánh, giảm 13,4% so với cùng kỳ. Sản lượng
# hành khách vận chuyển là hơn 1,1 triệu hành khách, giảm 6,7% … hàng hóa đạt hơn 15 nghìn tấn, tăng 11,4% …
# Tân Sơn Nhất đạt hơn 2,5 nghìn lượt cất hạ cánh, xấp xỉ 407 nghìn hành khách và xấp xỉ 5,3 nghìn tấn hàng hóa."
write_csv("y05-thegioitiepthi-hangkhong-le29-2024-09.csv", [
    ["CỤC HÀNG KHÔNG VIỆT NAM - SỐ LIỆU DỊP LỄ 2/9/2024", N, N, N],
    ["I. VẬN CHUYỂN", N, N, N],
    ["Chỉ tiêu", "ĐVT", "Dịp lễ 2/9/2024", "So với cùng kỳ"],
    ["Hành khách vận chuyển", "nghìn khách", "763", "bằng 98%"],
    ["- Quốc tế", "nghìn khách", "406,5", "tăng 14,5%"],
    ["- Nội địa", "nghìn khách", "356,5", "giảm 15,6%"],
    ["Hàng hóa vận chuyển", "nghìn tấn", "13", "tăng 11,0%"],
    [N, N, N, N],
    ["II. KHAI THÁC TẠI CÁC CẢNG HÀNG KHÔNG", N, N, N],
    ["Chỉ tiêu", "ĐVT", "Dịp lễ 2/9/2024", "So với cùng kỳ"],
    ["Lượt cất hạ cánh", "nghìn lượt", "7", "giảm 13,4%"],
    ["Hành khách thông qua cảng", "triệu khách", "1,1", "giảm 6,7%"],
    ["Hàng hóa thông qua cảng", "nghìn tấn", "15", "tăng 11,4%"],
    ["Tân Sơn Nhất: lượt cất hạ cánh", "nghìn lượt", "2,5", N],
    ["Tân Sơn Nhất: hành khách", "nghìn khách", "407", N],
    ["Tân Sơn Nhất: hàng hóa", "nghìn tấn", "5,3", N],
])

# y06 https://123docz.net/trich-doan/4593670-hien-trang-dat-dai-tai-nguyen-rung.htm
# "Bảng 3.2. Tổng hợp hiện trạng rừng và sử dụng rừng TT Hạng mục Diện tích (ha) (%) Tổng 14.518,52 100 1. Diện tích có
# rừng 12.474,03 85,9 a. Đất có rừng tự nhiên 10.834,44 74,6 - Rừng giàu 5.459,65 37,6 - Rừng trung bình 3.262,12 22,5
# - Rừng nghèo 2.112,67 14,6 b. Đất có rừng trồng 1.639,59 11,3 - Rừng trồng nguyên liệu giấy - gỗ 1.613,89 11,1 - Cà
# phê 25,70 0,2 2. Đất chưa có rừng 188,47 1,3 a. Đất trống có trạng thái Ia 11,78 0,1 b. Đất trống có trạng thái Ib
# 118,06 0,8 c. Đất trống có trạng thái Ic 58,63 0,2 3. Đất sử dụng khác 1.856,02 12,8 a. Đất lấn chiếm 1.038,12 7,2
# b. Đất nương rẫy 793,27 5,5 c. Đất trường học, đất ở 4,77 d. Đất cấp trùng 13,99 0,1 e. Đất khác 5,87 (Nguồn: Kết
# quả điều tra thực địa năm 2013)"  (Công ty TNHH Lâm nghiệp Sông Kôn)
write_xlsx("y06-123docz-songkon-hientrangrung-2013.xlsx", [
    ["CÔNG TY TNHH LÂM NGHIỆP SÔNG KÔN", N, N, N],
    ["TỔNG HỢP HIỆN TRẠNG RỪNG VÀ SỬ DỤNG RỪNG NĂM 2013", N, N, N],
    ["TT", "Hạng mục", "Diện tích", N],
    [N, N, "(ha)", "(%)"],
    [N, "Tổng", "14.518,52", "100"],
    ["1.", "Diện tích có rừng", "12.474,03", "85,9"],
    ["a.", "Đất có rừng tự nhiên", "10.834,44", "74,6"],
    ["-", "Rừng giàu", "5.459,65", "37,6"],
    ["-", "Rừng trung bình", "3.262,12", "22,5"],
    ["-", "Rừng nghèo", "2.112,67", "14,6"],
    ["b.", "Đất có rừng trồng", "1.639,59", "11,3"],
    ["-", "Rừng trồng nguyên liệu giấy - gỗ", "1.613,89", "11,1"],
    ["-", "Cà phê", "25,70", "0,2"],
    ["2.", "Đất chưa có rừng", "188,47", "1,3"],
    ["a.", "Đất trống có trạng thái Ia", "11,78", "0,1"],
    ["b.", "Đất trống có trạng thái Ib", "118,06", "0,8"],
    ["c.", "Đất trống có trạng thái Ic", "58,63", "0,2"],
    ["3.", "Đất sử dụng khác", "1.856,02", "12,8"],
    ["a.", "Đất lấn chiếm", "1.038,12", "7,2"],
    ["b.", "Đất nương rẫy", "793,27", "5,5"],
    ["c.", "Đất trường học, đất ở", "4,77", N],
    ["d.", "Đất cấp trùng", "13,99", "0,1"],
    ["e.", "Đất khác", "5,87", N],
    ["(Nguồn: Kết quả điều tra thực địa năm 2013)", N, N, N],
], merges=("A3:A4", "B3:B4", "C3:D3"))

# y07 https://123docz.net/trich-doan/4552306-danh-gia-thuc-trang-rung-trong-cua-mot-so-loai-cay-trong-rung-chu-yeu-tai-huyen-son-duong.htm
# "Bảng 3.1. Diện tích rừng và đất lâm nghiệp huyện Sơn Dương. Loại đất,loại rừng Năm 2010 Năm 2013 Thay đổi Diện tích
# tự nhiên 78.783,51 78.783,51 0 I. Đất có rừng 41.933,81 42.319,39 385,58 A. Rừng tự nhiên 16.624,85 15.690,74 -
# 934,11 1. Rừng gỗ 9.988,34 10.399,12 410,78 2. Rừng tre nứa 1.861,37 811,23 - 1050,14 3. Rừng hỗn giao 4255,13
# 3996,7 258,43 4. Rừng ngập nước 5. Rừng núi đá 520,01 483,69 - 36,32 B. Rừng trồng 25.308,96 26.628,65 1319,69 1.
# Rừng trồng có trữ lượng 16.585,95 21.113,81 4527,86 2. Rừng trồng chưa có trữ lượng 8346,58 5.243,73 - 3102,85 3. Tre
# luồng 1,3 153,09 151,79 4. Cây đặc sản 375,13 118,02 - 257,11 II. Đất trống 5.204,93 2890,92 2314,01 1. Ia, Ib
# 3937,04 2094,65 - 1842,39 2. Ic 813,41 14,05 - 799,36 3. Núi đá 454,48 782,22 327,74 III.Đất khác (nông nghiệp, sông
# suối) 31.644,77 33.573,2 1928,43 (Nguồn: Báo cáo hiện trạng quy hoạch sử dụng đất huyện Sơn Dương giai đoạn
# 2011-2020)"
# The clerk's: the unit line «ĐVT: ha» (the page's text says «diện tích»); numbers and signs as the page has them.
write_csv("y07-123docz-sonduong-datlamnghiep-2013.csv", [
    ["DIỆN TÍCH RỪNG VÀ ĐẤT LÂM NGHIỆP HUYỆN SƠN DƯƠNG", N, N, N, N],
    ["ĐVT: ha", N, N, N, N],
    ["TT", "Loại đất, loại rừng", "Năm 2010", "Năm 2013", "Thay đổi"],
    [N, "Diện tích tự nhiên", "78.783,51", "78.783,51", "0"],
    ["I.", "Đất có rừng", "41.933,81", "42.319,39", "385,58"],
    ["A.", "Rừng tự nhiên", "16.624,85", "15.690,74", "- 934,11"],
    ["1.", "Rừng gỗ", "9.988,34", "10.399,12", "410,78"],
    ["2.", "Rừng tre nứa", "1.861,37", "811,23", "- 1050,14"],
    ["3.", "Rừng hỗn giao", "4255,13", "3996,7", "258,43"],
    ["4.", "Rừng ngập nước", N, N, N],
    ["5.", "Rừng núi đá", "520,01", "483,69", "- 36,32"],
    ["B.", "Rừng trồng", "25.308,96", "26.628,65", "1319,69"],
    ["1.", "Rừng trồng có trữ lượng", "16.585,95", "21.113,81", "4527,86"],
    ["2.", "Rừng trồng chưa có trữ lượng", "8346,58", "5.243,73", "- 3102,85"],
    ["3.", "Tre luồng", "1,3", "153,09", "151,79"],
    ["4.", "Cây đặc sản", "375,13", "118,02", "- 257,11"],
    ["II.", "Đất trống", "5.204,93", "2890,92", "2314,01"],
    ["1.", "Ia, Ib", "3937,04", "2094,65", "- 1842,39"],
    ["2.", "Ic", "813,41", "14,05", "- 799,36"],
    ["3.", "Núi đá", "454,48", "782,22", "327,74"],
    ["III.", "Đất khác (nông nghiệp, sông suối)", "31.644,77", "33.573,2", "1928,43"],
    ["(Nguồn: Báo cáo hiện trạng quy hoạch sử dụng đất huyện Sơn Dương giai đoạn 2011-2020)", N, N, N, N],
])

# y08 https://danviet.vn/print-7777174142.htm
# "Hội ND tỉnh cho biết, đến nay, tổng vốn Quỹ Hỗ trợ nông dân (HTND) toàn tỉnh có gần 30 tỷ đồng. Thực hiện Quyết
# định 673 của Thủ tướng Chính phủ, 4/10 huyện, thị, thành phố đã được ngân sách địa phương cấp cho quỹ với tổng số tiền
# 300 triệu đồng. Quỹ cơ sở do cấp huyện, thành, thị quản lý 18,7 tỷ đồng đã cho trên 7.000 hộ ND vay để đầu tư vào sản
# xuất. 9 tháng năm 2013, quỹ đã giải ngân 3 dự án với tổng số tiền 570 triệu đồng cho 38 hộ vay."
write_csv("y08-danviet-quyhtnd-2013-9t.csv", [
    ["HỘI NÔNG DÂN TỈNH - BAN ĐIỀU HÀNH QUỸ HỖ TRỢ NÔNG DÂN", N, N, N, N, N],
    ["TÌNH HÌNH QUỸ HỖ TRỢ NÔNG DÂN 9 THÁNG NĂM 2013", N, N, N, N, N],
    ["TT", "Nội dung", "ĐVT", "Thực hiện 9 tháng năm 2013", "Số có đến nay", "Ghi chú"],
    ["1", "Tổng vốn Quỹ HTND toàn tỉnh", "tỷ đồng", N, "gần 30", N],
    ["2", "Quỹ cơ sở do cấp huyện, thành, thị quản lý", "tỷ đồng", N, "18,7", "đã cho trên 7.000 hộ ND vay"],
    ["3", "Ngân sách địa phương cấp cho quỹ (QĐ 673)", "triệu đồng", N, "300", "4/10 huyện, thị, thành phố"],
    ["4", "Số dự án giải ngân", "dự án", "3", N, N],
    ["5", "Số tiền giải ngân", "triệu đồng", "570", N, N],
    ["6", "Số hộ vay", "hộ", "38", N, N],
])

# y09 https://baovinhlong.com.vn/kinh-te/202212/tren-30-ty-dong-giup-nong-dan-phat-trien-san-xuat-3148930/
# "các cấp hội tích cực vận động xây dựng Quỹ Hỗ trợ nông dân tăng trưởng gần 30,2 tỷ đồng, thực hiện 223 dự án có
# 2.377 hộ tham gia. … Đến nay, Hội Nông dân tỉnh và 8 hội nông dân cấp huyện đều đã được UBND cùng cấp phê duyệt đề
# án tổ chức thực hiện."
write_csv("y09-baovinhlong-quyhtnd-2017-2022.csv", [
    ["HỘI NÔNG DÂN TỈNH VĨNH LONG", N, N],
    ["KẾT QUẢ XÂY DỰNG QUỸ HỖ TRỢ NÔNG DÂN GIAI ĐOẠN 2017 - 2022", N, N],
    ["STT", "Chỉ tiêu", "Kết quả giai đoạn 2017 - 2022"],
    ["1", "Vốn Quỹ Hỗ trợ nông dân tăng trưởng", "gần 30,2 tỷ đồng"],
    ["2", "Số dự án thực hiện", "223 dự án"],
    ["3", "Số hộ tham gia", "2.377 hộ"],
    ["4", "Hội nông dân cấp huyện có đề án được UBND phê duyệt", "8 huyện"],
])

# y10 https://trangtraiviet.vn/quy-ho-tro-nong-dan-tphcm-giup-hoi-vien-san-xuat-nong-nghiep-dat-hieu-qua-20231130102016066.htm
# "Quỹ Hỗ trợ nông dân TP HCM đạt quy mô hơn 304 tỷ đồng … nâng mức cho vay vốn Quỹ đối với hội viên nông dân tối đa
# lên đến 100 triệu đồng. … Trong nhiệm kỳ vừa qua, bên cạnh việc vận động tăng trưởng nguồn vốn được hơn 164,07 tỷ
# đồng, … được UBND TP.HCM phê duyệt vốn điều lệ là 225 tỷ đồng."
# The clerk's: the term's years (the article is for the Hội's 8th congress, 12/2023).
write_csv("y10-trangtraiviet-quyhtnd-tphcm-2018-2023.csv", [
    ["HỘI NÔNG DÂN TP. HỒ CHÍ MINH - QUỸ HỖ TRỢ NÔNG DÂN", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tăng trưởng nhiệm kỳ 2018 - 2023", "Quy mô hiện nay"],
    ["1", "Nguồn vốn Quỹ Hỗ trợ nông dân thành phố", "tỷ đồng", "hơn 164,07", "hơn 304"],
    ["2", "Vốn điều lệ được UBND thành phố phê duyệt", "tỷ đồng", N, "225"],
    ["3", "Mức cho vay tối đa đối với hội viên", "triệu đồng", N, "100"],
])
