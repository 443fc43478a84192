"""Round 20 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv`` nor in any case, checked with ``grep -rlF`` before use), each in a layout the rounds
had not had: rates of two plans (``dự toán tỉnh giao`` / ``dự toán huyện giao``) typed as fractions in percent-
formatted cells (z01, XLSX); a CSV with ``;`` separators and a BOM, signed changes against the month before
(``+141``, ``-30``) beside rates against last year (z02); sums typed with two units in one cell (``423 tỷ 536 triệu
đồng``) (z03); units in a row of their own under the header (z04); a yearbook's monthly index, one row per year and
one column per month ``Tháng 1 … Tháng 12`` with the December-on-December column last (z05, XLSX); signed changes
against the month before with a rate column naming no base (z06); a two-sheet workbook, this month's sheet first and
last month's second (z07, XLSX); a JSON list of records with Vietnamese keys, signed changes against the month before
and their rates (z08); English notation in the cells (``72,000,000``, ``94.79%``) of a company's plan and result
(z09); an index against last year (``bằng 145%``) typed as a fraction in a percent-formatted cell (z10, XLSX).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a year the page leaves out).

Run: ``.venv/bin/python evaluations/data/figures-round20/build.py``.
First look (before any code of round 20): evaluations/data/figures-round20/README.md.
"""

from __future__ import annotations

import codecs
import json
import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluations.data.figures_build import SHEET, folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None


def percent_cells(name: str, cells: list[str], fmt: str = "0.00%") -> None:
    """The clerk's percent format on ``cells`` (``"E4"``) of the workbook just written: the cell holds the fraction
    (0.5855), the sheet shows 58,55%."""
    wb = openpyxl.load_workbook(HERE / name)
    for ref in cells:
        wb[SHEET][ref].number_format = fmt
    wb.save(HERE / name)


# z01 http://baolongan.vn/duc-hoa-thu-ngan-sach-nha-nuoc-tren-460-ti-dong-a78078.html
# "Theo UBND huyện Đức Hòa, tỉnh Long An, tính đến đầu tháng 7/2019, thu ngân sách nhà nước trên địa bàn huyện ước
# trên 464 tỉ đồng.\n\nĐức Hòa thu ngân sách nhà nước trên 460 tỉ đồng\n\nTheo đó, tổng thu ngân sách trên địa bàn
# huyện ước trên 58,55% dự toán tỉnh giao, đạt 52% dự toán huyện giao. Ước chi ngân sách trên 298 tỉ đồng, đạt trên
# 30% dự toán tỉnh và gần 27% dự toán huyện giao.\n\nCơ cấu kinh tế huyện dịch chuyển đúng hướng, các lĩnh vực tiếp
# tục phát triển, tăng hơn so với trước, giá trị sản xuất ước thực hiện là 30.110 tỉ đồng, tăng 14,37%.\n\nCông
# nghiệp - xây dựng duy trì tốc độ phát triển, ổn định, chiếm vị trí quan trọng trong cơ cấu kinh tế của Đức Hòa. Giá
# trị sản xuất công nghiệp - xây dựng ước thực hiện gần 28.000 tỉ đồng, tăng 15,25%./."
# The clerk's: the district's 6-month sheet; every rate a fraction in a percent-formatted cell (0,5855 shown 58,55%).
write_xlsx("z01-baolongan-duchoa-ngansach-2019-h1.xlsx", [
    ["UBND HUYỆN ĐỨC HÒA", N, N, N, N, N, N],
    ["ƯỚC THỰC HIỆN MỘT SỐ CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2019", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện 6 tháng 2019", "So với dự toán tỉnh giao (%)",
     "So với dự toán huyện giao (%)", "Tăng so với cùng kỳ (%)"],
    [1, "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 464, 0.5855, 0.52, N],
    [2, "Tổng chi ngân sách", "tỷ đồng", 298, 0.30, 0.27, N],
    [3, "Giá trị sản xuất", "tỷ đồng", 30110, N, N, 0.1437],
    [4, "Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng", 28000, N, N, 0.1525],
])
percent_cells("z01-baolongan-duchoa-ngansach-2019-h1.xlsx", ["E4", "F4", "E5", "F5", "G6", "G7"])

# z02 https://kinhtevadubao.vn/tai-nan-giao-thong-tang-141-vu-trong-thang-102015-16264.html
# "Cụ thể, trong tháng Mười (từ 16/9 đến 15/10), trên địa bàn cả nước đã xảy ra 1.978 vụ tai nạn giao thông, bao gồm
# 862 vụ tai nạn giao thông từ ít nghiêm trọng trở lên và 1.116 vụ va chạm giao thông, làm 667 người chết; 496 người
# bị thương và 1.330 người bị thương nhẹ. So với cùng kỳ năm trước, số vụ tai nạn giao thông giảm 5,9% (Số vụ tai nạn
# giao thông từ ít nghiêm trọng trở lên giảm 6,2%; số vụ va chạm giao thông giảm 5,7%); số người chết giảm 7%; số
# người bị thương giảm 23,3%; số người bị thương nhẹ giảm 10,8%.\n\nTuy nhiên, so với tháng 9/2015, số vụ tai nạn lại
# tăng 141 vụ, trong đó số người bị thương nhẹ tăng lên nhiều nhất (114 người), số vụ va chạm giao thông (111 vụ), chỉ
# có số người chết giảm đi (30 người). …"
# The clerk's: a CSV saved by a spreadsheet set to a European locale (';' between cells, a BOM), the changes against
# September typed with their signs, the rates against last year signed as well.
(HERE / "z02-kinhtevadubao-tngt-2015-10.csv").write_bytes(codecs.BOM_UTF8 + "\r\n".join([
    "ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA;;;;",
    "TÌNH HÌNH TAI NẠN GIAO THÔNG THÁNG 10/2015 (từ 16/9 đến 15/10/2015);;;;",
    "Chỉ tiêu;ĐVT;Tháng 10/2015;So với cùng kỳ năm trước (%);So với tháng 9/2015 (+/-)",
    "Số vụ tai nạn giao thông;vụ;1.978;-5,9;+141",
    "- Từ ít nghiêm trọng trở lên;vụ;862;-6,2;",
    "- Va chạm giao thông;vụ;1.116;-5,7;+111",
    "Số người chết;người;667;-7;-30",
    "Số người bị thương;người;496;-23,3;",
    "Số người bị thương nhẹ;người;1.330;-10,8;+114",
]).encode("utf-8") + b"\r\n")

# z03 https://baobinhduong.vn/bau-bang-thu-ngan-sach-dat-hon-423-5-ty-dong-a167806.html
# "Từ đầu năm đến nay, tổng thu ngân sách của huyện Bàu Bàng ước đạt 423 tỷ 536 triệu đồng, trong đó thu mới đạt 185
# tỷ 626 triệu đồng, đạt 114,4% kế hoạch tỉnh giao và kế hoạch HĐND huyện giao.\nVề đầu tư xây dựng cơ bản, giá trị
# giải ngân từ đầu năm đến ngày 10-8-2017 ước đạt 96 tỷ 894 triệu đồng, đạt 35,62% kế hoạch; trong đó vốn huyện giải
# ngân 24 tỷ 423 triệu đồng, vốn tỉnh giải ngân 72 tỷ 471 triệu đồng.\nK.ĐĂNG"
# The clerk's: the sums typed as the district's report says them, two units in one cell.
write_csv("z03-baobinhduong-baubang-ngansach-2017-8t.csv", [
    ["UBND HUYỆN BÀU BÀNG", N, N],
    ["THU NGÂN SÁCH VÀ GIẢI NGÂN VỐN ĐẦU TƯ TỪ ĐẦU NĂM ĐẾN NGÀY 10/8/2017", N, N],
    ["Chỉ tiêu", "Ước thực hiện", "So với kế hoạch (%)"],
    ["Tổng thu ngân sách", "423 tỷ 536 triệu đồng", N],
    ["Trong đó: thu mới", "185 tỷ 626 triệu đồng", "114,4"],
    ["Giá trị giải ngân vốn đầu tư xây dựng cơ bản", "96 tỷ 894 triệu đồng", "35,62"],
    ["- Vốn huyện", "24 tỷ 423 triệu đồng", N],
    ["- Vốn tỉnh", "72 tỷ 471 triệu đồng", N],
])

# z04 http://baolamdong.vn/xahoi/201711/duc-trong-thu-ngan-sach-nha-nuoc-tang-60-so-voi-cung-ky-2862028/
# "Theo thông tin từ UBND huyện Đức Trọng: Tính đến thời điểm hiện tại, tổng thu ngân sách nhà nước trên địa bàn
# huyện đạt 653 tỷ đồng, đạt 105% và tăng 60% so với cùng kỳ. \n \nRiêng tại các xã, thị trấn, đa phần tổng ngân sách
# nhà nước thu đạt và vượt dự toán giao, chỉ có hai xã chưa đạt, gồm Hiệp Thạnh đạt 83% và Tân Thành đạt 92%.\n \nTuy
# thu ngân sách nhà nước do huyện quản lý đạt tỷ lệ khá so với dự toán năm và tăng trưởng cao so với cùng kỳ, song một
# số lĩnh vực thu đạt thấp so với mặt bằng chung của tỉnh và chưa đạt kế hoạch đề ra như thu từ thuế, phí đạt 82%; thu
# từ tiền sử dụng đất đạt 85%..." (Cập nhật lúc 08:17, Thứ Ba, 14/11/2017)
# The clerk's: the units in a row of their own under the titles; the page's date as the title's.
write_csv("z04-baolamdong-ductrong-ngansach-2017-11t.csv", [
    ["UBND HUYỆN ĐỨC TRỌNG", N, N, N],
    ["TÌNH HÌNH THU NGÂN SÁCH NHÀ NƯỚC NĂM 2017 (đến ngày 14/11/2017)", N, N, N],
    ["Chỉ tiêu", "Thực hiện", "So với dự toán", "Tăng so với cùng kỳ"],
    [N, "Tỷ đồng", "%", "%"],
    ["Tổng thu ngân sách nhà nước trên địa bàn huyện", "653", "105", "60"],
    ["Thu từ thuế, phí", N, "82", N],
    ["Thu từ tiền sử dụng đất", N, "85", N],
    ["Xã Hiệp Thạnh", N, "83", N],
    ["Xã Tân Thành", N, "92", N],
])

# z05 http://thongkequangngai.com/niengiam2016/files/assets/basic-html/page303.html
# "197. Chỉ số giá tiêu dùng các tháng trong năm\nConsumer price index by months\nSơ bộ\nPrel.\n2016\nTháng 1 -\nJanuary
# \n100,70 101,92 101,50 101,31 100,16\nTháng 2 -\nFebruary\n101,49 100,97 100,56 100,22 100,37\nTháng 3 -\nMarch\n
# 100,15 100,10\n99,49\n99,70\n99,78\nTháng 4 -\nApril\n100,39\n99,77 100,22 100,14 100,16\nTháng 5 -\nMay\n100,33\n
# 99,75\n99,89 100,10 100,59\nTháng 6 -\nJune\n100,31 100,23 100,28 100,22 100,65\nTháng 7 -\nJuly\n100,10 100,40
# 100,20 100,15 100,24\nTháng 8 -\nAugust\n99,81 100,34 100,13\n99,92\n99,89\nTháng 9 -\nSeptember\n100,46 100,39
# 100,29\n99,67 102,23\nTháng 10 -\nOctober\n100,52 100,40 100,13 100,05 102,69\nTháng 11 -\nNovember\n101,96 100,39
# \n99,79 100,14 100,35\nTháng 12 -\nDecember\n102,94 100,88\n99,89 100,16 100,57\nTháng 12 năm báo cáo so với tháng
# \n12 năm trước\n…\n109,5 105,67 102,39 101,78\n107,92\n(Tháng trước = 100 -\nPrevious month = 100)\nĐơn vị tính\n-
# Unit: %\n2010\n2013\n2014\n2015\n302"
# The clerk's: the yearbook's table turned as the office keeps it, one row per year and one column per month (T1 …
# T12), the December-on-December index last.
write_xlsx("z05-thongkequangngai-cpi-thang-2016.xlsx", [
    ["CỤC THỐNG KÊ TỈNH QUẢNG NGÃI", N, N, N, N, N, N, N, N, N, N, N, N, N],
    ["Chỉ số giá tiêu dùng các tháng trong năm (Tháng trước = 100)", N, N, N, N, N, N, N, N, N, N, N, N, N],
    ["Đơn vị tính: %", N, N, N, N, N, N, N, N, N, N, N, N, N],
    ["Năm", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
     "Tháng 12 năm báo cáo so với tháng 12 năm trước"],
    ["2010", 100.70, 101.49, 100.15, 100.39, 100.33, 100.31, 100.10, 99.81, 100.46, 100.52, 101.96, 102.94, 109.5],
    ["2013", 101.92, 100.97, 100.10, 99.77, 99.75, 100.23, 100.40, 100.34, 100.39, 100.40, 100.39, 100.88, 105.67],
    ["2014", 101.50, 100.56, 99.49, 100.22, 99.89, 100.28, 100.20, 100.13, 100.29, 100.13, 99.79, 99.89, 102.39],
    ["2015", 101.31, 100.22, 99.70, 100.14, 100.10, 100.22, 100.15, 99.92, 99.67, 100.05, 100.14, 100.16, 101.78],
    ["Sơ bộ 2016", 100.16, 100.37, 99.78, 100.16, 100.59, 100.65, 100.24, 99.89, 102.23, 102.69, 100.35, 100.57,
     107.92],
])

# z06 https://congan.cantho.gov.vn/savefile/thong-tin-thong-ke/so-lieu-ve-tinh-hinh-an-ninh-trat-tu-thang-5-2025-3114.html
# "1. Phạm tội về trật tự xã hội: Xảy ra 86 vụ; khám phá 68 vụ; bắt giữ, xử lý 133 đối tượng, đạt tỷ lệ 79%. So với
# tháng 4/2025, tăng 02 vụ (+ 2,4%), số vụ khám phá tăng 04 vụ (+ 5,9%), số đối tượng bị bắt giữ, xử lý giảm 19 đối
# tượng (-14,3%).\n…\n2. Số vụ phạm tội về trật tự quản lý kinh tế, tham nhũng: Phát hiện 01 vụ, so với tháng 4/2025
# giảm 01 vụ (- 100%).\n3. Số vụ phạm tội về môi trường: Phát hiện 07 vụ, so với tháng 4/2025 tăng 01 vụ (+ 16,7%).\n4.
# Số vụ phạm tội về ma túy: Triệt phá 07 vụ, bắt xử lý 23 đối tượng, so với tháng 4/2025 giảm 07 vụ (- 100%), tăng 04
# đối tượng (+ 21%).\n…\n4. Tình hình tai nạn giao thông: Xảy ra 18 vụ, làm chết 11 người, bị thương 08 người. So với
# tháng 4/2025, số vụ tăng 01 (+ 5,8%); số người chết tăng 03 (+37,5%), số người bị thương giảm 07 (- 46,6%). Xử lý
# hành chính về trật tự, an toàn giao thông: Phát hiện 4.678 trường hợp vi phạm …; xử phạt 7,76 tỷ đồng, tạm giữ 506
# phương tiện. So với tháng 4/2025, tăng 2.191 trường hợp vi phạm, số tiền phạt thu được tăng 3,29 tỷ đồng.\n5. Tình
# hình cháy, nổ: Xảy ra 02 vụ cháy. So với tháng 4/2025 tương đương."
# The clerk's: the police's monthly sheet, the changes typed with signs, the rates in a column of their own titled as
# the page's brackets are (no base named; the page's own figures kept, «- 100%» included).
write_csv("z06-congan-cantho-antt-2025-05.csv", [
    ["CÔNG AN THÀNH PHỐ CẦN THƠ", N, N, N, N],
    ["SỐ LIỆU VỀ TÌNH HÌNH AN NINH TRẬT TỰ THÁNG 5/2025", N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "Tháng 5/2025", "So với tháng 4/2025 (+/-)", "Tỷ lệ (%)"],
    ["Số vụ phạm tội về trật tự xã hội", "vụ", "86", "+2", "+2,4"],
    ["Số vụ khám phá", "vụ", "68", "+4", "+5,9"],
    ["Số đối tượng bị bắt giữ, xử lý", "đối tượng", "133", "-19", "-14,3"],
    ["Tỷ lệ khám phá", "%", "79", N, N],
    ["Số vụ phạm tội về trật tự quản lý kinh tế, tham nhũng", "vụ", "1", "-1", "-100"],
    ["Số vụ phạm tội về môi trường", "vụ", "7", "+1", "+16,7"],
    ["Số vụ phạm tội về ma túy bị triệt phá", "vụ", "7", "-7", "-100"],
    ["Số đối tượng ma túy bị bắt, xử lý", "đối tượng", "23", "+4", "+21"],
    ["Số vụ tai nạn giao thông", "vụ", "18", "+1", "+5,8"],
    ["Số người chết do tai nạn giao thông", "người", "11", "+3", "+37,5"],
    ["Số người bị thương do tai nạn giao thông", "người", "8", "-7", "-46,6"],
    ["Số trường hợp vi phạm trật tự, an toàn giao thông bị xử lý", "trường hợp", "4.678", "+2.191", N],
    ["Số tiền phạt", "tỷ đồng", "7,76", "+3,29", N],
    ["Số vụ cháy", "vụ", "2", "0", N],
])

# z07 https://vnmedia.vn/phap-luat/201512/thang-12-700-nguoi-chet-vi-tai-nan-giao-thong-516167
# "Theo lịch phổ biến thông tin thống kê năm 2015 của Bộ Công an, Văn phòng Bộ Công an công bố số liệu (sơ bộ) về tình
# hình tai nạn giao thông, cháy, nổ tháng 12 năm 2015 (từ ngày 16/11/2015 đến ngày 15/12/2015) toàn quốc xảy ra 1.776
# vụ, làm chết 700 người, làm bị thương 1.673 người. So với tháng 11 năm 2015, giảm 415 vụ (-18,94%), giảm 86 người
# chết (-10,94%), giảm 455 người bị thương (-21,38%).\n…\nVề tình hình cháy, nổ, trong tháng 12/2015, toàn quốc xảy ra
# 171 vụ cháy, làm chết 06 người, làm bị thương 11 người, tài sản thiệt hại ước tính 28,7 tỷ đồng. So với tháng 11 năm
# 2015, giảm 19 vụ cháy (-10%), giảm 03 người chết, giảm 02 người bị thương.\nBên cạnh đó, trong tháng 12 cũng xảy ra
# 01 vụ nổ, làm chết 02 người."
# The clerk's: a workbook of two sheets, this month's first and last month's second (the office keeps the edition it
# compares with); last month's numbers are this month's minus the page's falls (1.776 + 415 = 2.191, …); the loss and
# the explosion, which the page gives for December only, are not on November's sheet.
_wb = openpyxl.Workbook()
_ws = _wb.active
_ws.title = "Tháng 12-2015"
for _r in [
    ["VĂN PHÒNG BỘ CÔNG AN", N, N],
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG, CHÁY, NỔ THÁNG 12/2015 (từ 16/11/2015 đến 15/12/2015)", N, N],
    ["Chỉ tiêu", "ĐVT", "Tháng 12/2015"],
    ["Số vụ tai nạn giao thông", "vụ", 1776],
    ["Số người chết do tai nạn giao thông", "người", 700],
    ["Số người bị thương do tai nạn giao thông", "người", 1673],
    ["Số vụ cháy", "vụ", 171],
    ["Số người chết do cháy", "người", 6],
    ["Số người bị thương do cháy", "người", 11],
    ["Thiệt hại tài sản do cháy (ước tính)", "tỷ đồng", 28.7],
    ["Số vụ nổ", "vụ", 1],
    ["Số người chết do nổ", "người", 2],
]:
    _ws.append(_r)
_ws2 = _wb.create_sheet("Tháng 11-2015")
for _r in [
    ["VĂN PHÒNG BỘ CÔNG AN", N, N],
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG, CHÁY, NỔ THÁNG 11/2015 (từ 16/10/2015 đến 15/11/2015)", N, N],
    ["Chỉ tiêu", "ĐVT", "Tháng 11/2015"],
    ["Số vụ tai nạn giao thông", "vụ", 2191],
    ["Số người chết do tai nạn giao thông", "người", 786],
    ["Số người bị thương do tai nạn giao thông", "người", 2128],
    ["Số vụ cháy", "vụ", 190],
    ["Số người chết do cháy", "người", 9],
    ["Số người bị thương do cháy", "người", 13],
]:
    _ws2.append(_r)
_wb.save(HERE / "z07-vnmedia-tngt-chayno-2015-12.xlsx")

# z08 https://baovephapluat.vn/phong-chong-toi-pham-ma-tuy/thang-8-2024-toan-quoc-giam-gan-1-200-vu-pham-toi-ve-ma-tuy-so-voi-thang-7-2024-163852.html
# "Theo số liệu vừa được Bộ Công an công bố, trong tháng 8/2024 (từ ngày 15/7/2024 đến ngày 14/8/2024), toàn quốc xảy
# ra 5.202 vụ phạm tội về trật tự xã hội; khám phá 3.753 vụ; bắt giữ, xử lý 7.462 đối tượng; tỉ lệ khám phá đạt
# 72,15%; triệt phá 7 băng, nhóm. So với tháng 7/2024, tăng 464 vụ (+9,79%), số vụ khám phá tăng 176 vụ (+4,92%), số
# đối tượng bị bắt giữ, xử lý tăng 346 đối tượng (+4,86%), tăng 4 băng, nhóm bị triệt phá (+133,33%).\n\nVề số vụ
# phạm tội về trật tự quản lý kinh tế, toàn quốc xảy ra 248 vụ, so với tháng 7/2024 tăng 18 vụ (+7,83%).\n…\nSố vụ
# phạm tội về môi trường, an toàn thực phẩm là 47 vụ, so với tháng 7/2024 giảm 16 vụ (-25,40%).\n\nĐáng chú ý, trong
# tháng cả nước xảy ra 1.937 vụ, so với tháng 7/2024 giảm 1.195 vụ (-38,15%).\n\nTrong công tác truy nã, toàn quốc đã
# bắt, vận động đầu thú, thanh loại 338 đối tượng truy nã, 134 đối tượng truy nã nguy hiểm và đặc biệt nguy hiểm. So
# với tháng 7/2024, số đối tượng truy nã … tăng 51 đối tượng (+17,77%), số đối tượng truy nã nguy hiểm và đặc biệt nguy
# hiểm … tăng 24 đối tượng (+21,82%).\n\nVề tình hình tai nạn giao thông, toàn quốc xảy ra 1.799 vụ, làm chết 873
# người, bị thương 1.272 người. So với tháng 7/2024, giảm 90 vụ (-4,76%); tăng 13 người chết (+1,51%); giảm 152 người
# bị thương (-10,67%)."
# The clerk's: a reporting system's export, one record a row, keys the sheet's Vietnamese titles; «1.937 vụ» is the
# drug offences the page's title names («giảm gần 1.200 vụ phạm tội về ma túy»).
(HERE / "z08-baovephapluat-bocongan-antt-2024-08.json").write_text(json.dumps([
    {"STT": 1, "Chỉ tiêu": "Số vụ phạm tội về trật tự xã hội", "Đơn vị tính": "vụ", "Tháng 8/2024": 5202,
     "So với tháng 7/2024": 464, "Tỷ lệ tăng, giảm (%)": 9.79},
    {"STT": 2, "Chỉ tiêu": "Số vụ khám phá", "Đơn vị tính": "vụ", "Tháng 8/2024": 3753,
     "So với tháng 7/2024": 176, "Tỷ lệ tăng, giảm (%)": 4.92},
    {"STT": 3, "Chỉ tiêu": "Số đối tượng bị bắt giữ, xử lý", "Đơn vị tính": "đối tượng", "Tháng 8/2024": 7462,
     "So với tháng 7/2024": 346, "Tỷ lệ tăng, giảm (%)": 4.86},
    {"STT": 4, "Chỉ tiêu": "Tỷ lệ khám phá", "Đơn vị tính": "%", "Tháng 8/2024": 72.15,
     "So với tháng 7/2024": None, "Tỷ lệ tăng, giảm (%)": None},
    {"STT": 5, "Chỉ tiêu": "Số băng, nhóm bị triệt phá", "Đơn vị tính": "băng, nhóm", "Tháng 8/2024": 7,
     "So với tháng 7/2024": 4, "Tỷ lệ tăng, giảm (%)": 133.33},
    {"STT": 6, "Chỉ tiêu": "Số vụ phạm tội về trật tự quản lý kinh tế", "Đơn vị tính": "vụ", "Tháng 8/2024": 248,
     "So với tháng 7/2024": 18, "Tỷ lệ tăng, giảm (%)": 7.83},
    {"STT": 7, "Chỉ tiêu": "Số vụ phạm tội về môi trường, an toàn thực phẩm", "Đơn vị tính": "vụ",
     "Tháng 8/2024": 47, "So với tháng 7/2024": -16, "Tỷ lệ tăng, giảm (%)": -25.40},
    {"STT": 8, "Chỉ tiêu": "Số vụ phạm tội về ma túy", "Đơn vị tính": "vụ", "Tháng 8/2024": 1937,
     "So với tháng 7/2024": -1195, "Tỷ lệ tăng, giảm (%)": -38.15},
    {"STT": 9, "Chỉ tiêu": "Số đối tượng truy nã bị bắt, vận động đầu thú, thanh loại", "Đơn vị tính": "đối tượng",
     "Tháng 8/2024": 338, "So với tháng 7/2024": 51, "Tỷ lệ tăng, giảm (%)": 17.77},
    {"STT": 10, "Chỉ tiêu": "Trong đó: đối tượng truy nã nguy hiểm và đặc biệt nguy hiểm", "Đơn vị tính": "đối tượng",
     "Tháng 8/2024": 134, "So với tháng 7/2024": 24, "Tỷ lệ tăng, giảm (%)": 21.82},
    {"STT": 11, "Chỉ tiêu": "Số vụ tai nạn giao thông", "Đơn vị tính": "vụ", "Tháng 8/2024": 1799,
     "So với tháng 7/2024": -90, "Tỷ lệ tăng, giảm (%)": -4.76},
    {"STT": 12, "Chỉ tiêu": "Số người chết do tai nạn giao thông", "Đơn vị tính": "người", "Tháng 8/2024": 873,
     "So với tháng 7/2024": 13, "Tỷ lệ tăng, giảm (%)": 1.51},
    {"STT": 13, "Chỉ tiêu": "Số người bị thương do tai nạn giao thông", "Đơn vị tính": "người", "Tháng 8/2024": 1272,
     "So với tháng 7/2024": -152, "Tỷ lệ tăng, giảm (%)": -10.67},
], ensure_ascii=False, indent=1), encoding="utf-8")

# z09 https://kisvn.vn/en/drl-bod-resolution-dated-january-09-2019/
# "1. Approving the business result in 2018:\n|\nNo.\n|\nContent\n|\nUnit\n|\nPlan for 2018\n|\nPerformance in 2018\n|
# \n(%) Ratio\n|\n|\n1\n|\nCommercial electricity output\n|\nkWh\n|\n72,000,000\n|\n68,252,035\n|\n94.79%\n|\n|\n2\n|
# \nTotal revenue\n|\nmillion\n|\n85,015\n|\n87,709\n|\n103.17\n|\n|\n3\n|\nTotal expenses\n|\nmillion\n|\n35,861\n|\n
# 32,843\n|\n91.58\n|\n|\n4\n|\nProfit before tax\n|\nmillion\n|\n49,154\n|\n54,866\n|\n111.62\n|\n|\n5\n|\nCorporate
# income tax\n|\nmillion\n|\n3,108\n|\n3,243\n|\n104.36\n|\n|\n6\n|\nProfit after tax\n|\nmillion\n|\n46,046\n|\n51,623
# \n|\n112.11\n|\n|\n7\n|\nExpected dividend\n|\n%/share\n|\n45.53\n|\n51.17\n|\n1112.38\n|\n2. Approving the business
# plan in 2019: …"
# The clerk's: the company's (DRL) sheet in Vietnamese titles, the numbers as its spreadsheet (English locale) typed
# them, «94.79%» with its sign and the others without; the page's «1112.38» kept.
write_csv("z09-kisvn-drl-kehoach-2018.csv", [
    ["CÔNG TY CỔ PHẦN THỦY ĐIỆN - ĐIỆN LỰC 3", N, N, N, N, N],
    ["KẾT QUẢ SẢN XUẤT KINH DOANH NĂM 2018", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2018", "Thực hiện năm 2018", "Tỷ lệ (%)"],
    ["1", "Sản lượng điện thương phẩm", "kWh", "72,000,000", "68,252,035", "94.79%"],
    ["2", "Tổng doanh thu", "triệu đồng", "85,015", "87,709", "103.17"],
    ["3", "Tổng chi phí", "triệu đồng", "35,861", "32,843", "91.58"],
    ["4", "Lợi nhuận trước thuế", "triệu đồng", "49,154", "54,866", "111.62"],
    ["5", "Thuế thu nhập doanh nghiệp", "triệu đồng", "3,108", "3,243", "104.36"],
    ["6", "Lợi nhuận sau thuế", "triệu đồng", "46,046", "51,623", "112.11"],
    ["7", "Cổ tức dự kiến", "%/cổ phần", "45.53", "51.17", "1112.38"],
])

# z10 https://cafef.vn/xuat-khau-nhieu-mat-hang-chu-luc-khoi-sac-188240304101236218.chn
# "Theo ông Lực, trong tháng 1, sản xuất tôm thành phẩm của DN tăng hơn gấp đôi so cùng kỳ năm trước, đạt 1.250 tấn.
# Cùng với đó, sản lượng tiêu thụ tôm thành phẩm đạt hơn 1.600 tấn, bằng 145% so cùng kỳ năm trước. Doanh số chung
# toàn công ty đạt hơn 19 triệu USD, bằng 126 % so cùng kỳ năm trước." (2024-03)
# The clerk's: the company's January sheet, the comparison an index (the year before = 100%) typed as a fraction in
# a percent-formatted cell (1,45 shown 145%); «tăng hơn gấp đôi» left as a note.
write_xlsx("z10-cafef-tom-xuatkhau-2024-01.xlsx", [
    ["KẾT QUẢ SẢN XUẤT, KINH DOANH THÁNG 1/2024", N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "Tháng 1/2024", "So với cùng kỳ năm trước", "Ghi chú"],
    ["Sản xuất tôm thành phẩm", "tấn", 1250, N, "tăng hơn gấp đôi so cùng kỳ"],
    ["Sản lượng tiêu thụ tôm thành phẩm", "tấn", "hơn 1.600", 1.45, N],
    ["Doanh số toàn công ty", "triệu USD", "hơn 19", 1.26, N],
])
percent_cells("z10-cafef-tom-xuatkhau-2024-01.xlsx", ["D4", "D5"], "0%")
