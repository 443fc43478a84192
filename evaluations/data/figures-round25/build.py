"""Round 25 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``, in any case or in another worktree's cases, sweeps or round builds, checked with
``grep -F`` before use), as an agency's clerk would keep them, in fields the rounds had not had (the national traffic
board's month, the national accounts by quarter, tea by district, a women's union's gift drive, a district's economy by
sector, a province's GRDP estimated and revised, a province's tourism office, a city statistics office's tourism,
listed companies' results, fisheries), each in a layout the brief of round 25 asks for: the traffic board's national
rows, a month's value and the months-to-date changes with no months-to-date value (f01, what stop 41 left); quarters
side by side, ``Quý I | Quý II | Quý III | 9 tháng`` (f02); districts as columns and a total column (f03); the unit in
the title row only, ``Đơn vị tính: triệu đồng`` (f04); a ``Tỷ trọng (%)`` column beside values (f05); ``Ước thực hiện``
and ``Chính thức`` of the same period (f06); a JSON list of records with Vietnamese keys as a portal exports it (f07);
an XLSX with two sheets, the period's and last year's (f08); negative numbers in parentheses, ``(4,5)`` (f09);
footnote marks on numbers, ``5.964,9*``, ``4,5(2)`` (f10).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a unit, a code).

Run: ``.venv/bin/python evaluations/data/figures-round25/build.py``.
First look (before any code of round 25): evaluations/data/figures-round25/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

import openpyxl  # noqa: E402

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None

# f01 https://giaoducthoidai.vn/gan-13000-vu-tai-nan-giao-thong-trong-11-thang-nam-2020-post525693.html
# "trong tháng 11/2020 (từ 15/10/2020 đến 14/11/2020), toàn quốc xảy ra 1.332 vụ TNGT, làm chết 592 người và làm bị
# thương 1.022 người. So với tháng 11 cùng kỳ năm 2019, số vụ TNGT giảm 302 vụ (giảm 18,48%), số người chết giảm 65
# người (giảm 9,89%), số người bị thương giảm 249 người (giảm 19,59%). Trong 11 tháng của năm 2020 (tính từ 15/12/2019
# đến 14/11/2020), toàn quốc xảy ra 12.985 vụ TNGT, làm chết 6.048 người, bị thương 9.652 người. So với 11 tháng của
# năm 2019, số vụ TNGT giảm 2.900 vụ (giảm 18,26%), số người chết giảm 927 người (giảm 13,29%), số người bị thương
# giảm 2.492 người (giảm 20,52%)."
# The clerk's: the national board's sheet as stop 41's yj- case kept it: the month's value, the month's change columns
# and the 11 months' value left blank, the 11 months' changes (count and per cent) filled.
write_csv("f01-giaoducthoidai-tngt-2020-11t.csv", [
    ["ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA", N, N, N, N, N, N, N, N],
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG THÁNG 11 VÀ 11 THÁNG NĂM 2020", N, N, N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 11/2020", "Tháng 11 tăng (+) giảm (-) so với cùng kỳ",
     "Tháng 11 so với cùng kỳ (%)", "11 tháng năm 2020", "11 tháng tăng (+) giảm (-) so với cùng kỳ",
     "11 tháng so với cùng kỳ (%)"],
    ["I", "Toàn quốc", N, N, N, N, N, N, N],
    ["1", "Số vụ tai nạn giao thông", "vụ", "1.332", N, N, N, "-2.900", "-18,26"],
    ["2", "Số người chết", "người", "592", N, N, N, "-927", "-13,29"],
    ["3", "Số người bị thương", "người", "1.022", N, N, N, "-2.492", "-20,52"],
])

# f02 https://thoibaotoday.info/paper/gdp-tang-cao-nhat-trong-vong-9-nam-4468064
# "tổng sản phẩm trong nước (GDP) 9 tháng năm 2019 ước tính tăng 6,98% so với cùng kỳ năm trước. ... GDP của quý
# 1/2019 tăng 6,82% so với cùng kỳ năm trước; GDP quý 2/2019 tăng 6,73%; GDP quý 3/2019 tăng 7,31%. Luỹ kế 9 tháng
# GDP tăng 6,98%. Động lực chính của tăng trưởng kinh tế 9 tháng năm nay là ngành công nghiệp chế biến, chế tạo (tăng
# 11,37%) và các ngành dịch vụ thị trường (bán buôn và bán lẻ tăng 8,31%; hoạt động tài chính, ngân hàng và bảo hiểm
# tăng 8,19%; ngành vận tải, kho bãi tăng 7,82%; thông tin và truyền thông tăng 7,65%)."
# The clerk's: the quarters side by side with the 9 months, bare titles (`Quý I` … `9 tháng`), the year in the title
# row; the branches' rates for the 9 months only.
write_csv("f02-thoibaotoday-gdp-2019-9t.csv", [
    ["TỐC ĐỘ TĂNG TỔNG SẢN PHẨM TRONG NƯỚC CÁC QUÝ VÀ 9 THÁNG NĂM 2019 SO VỚI CÙNG KỲ NĂM TRƯỚC", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III", "9 tháng"],
    ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP)", "%", "6,82", "6,73", "7,31", "6,98"],
    ["2", "Công nghiệp chế biến, chế tạo", "%", N, N, N, "11,37"],
    ["3", "Bán buôn và bán lẻ", "%", N, N, N, "8,31"],
    ["4", "Hoạt động tài chính, ngân hàng và bảo hiểm", "%", N, N, N, "8,19"],
    ["5", "Vận tải, kho bãi", "%", N, N, N, "7,82"],
    ["6", "Thông tin và truyền thông", "%", N, N, N, "7,65"],
])

# f03 http://thongkehoabinh.gso.gov.vn/NienGiam/niengiam2022/files/basic-html/page537.html
# "Diện tích cho sản phẩm cây chè phân theo đơn vị hành chính cấp huyện ... Ha ... 2018 2019 2020 2021 Sơ bộ Prel.
# 2022 / TỔNG SỐ - TOTAL 896,6 809,2 817,6 823,3 863,4 / Thành phố Hòa Bình 37,0 35,1 32,5 32,5 28,5 / Huyện Đà Bắc
# 120,3 104,4 103,3 105,1 131,2 / Huyện Lương Sơn 177,1 163,8 174,2 177,7 178,5 / Huyện Kim Bôi 4,5 - 5,3 2,3 4,8 /
# Huyện Cao Phong 12,3 12,3 12,5 13,9 18,0 / Huyện Tân Lạc 58,9 47,2 40,5 46,1 39,0 / Huyện Mai Châu 177,0 175,0
# 169,0 168,2 170,8 / Huyện Lạc Sơn 35,6 23,3 20,2 20,2 16,2 / Huyện Yên Thủy 52,0 39,9 38,9 38,6 40,0 / Huyện Lạc
# Thủy 221,9 208,2 221,2 218,7 236,5"
# The clerk's: the agriculture office's sheet turned the other way, the districts as columns after the province's
# total, a row for this year and one for last year.
write_csv("f03-thongkehoabinh-che-huyen-2022.csv", [
    ["DIỆN TÍCH CHO SẢN PHẨM CÂY CHÈ PHÂN THEO HUYỆN, THÀNH PHỐ", N, N, N, N, N, N, N, N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Toàn tỉnh", "Thành phố Hòa Bình", "Huyện Đà Bắc", "Huyện Lương Sơn",
     "Huyện Kim Bôi", "Huyện Cao Phong", "Huyện Tân Lạc", "Huyện Mai Châu", "Huyện Lạc Sơn", "Huyện Yên Thủy",
     "Huyện Lạc Thủy"],
    ["1", "Diện tích cho sản phẩm cây chè năm 2022 (sơ bộ)", "ha", "863,4", "28,5", "131,2", "178,5", "4,8", "18,0",
     "39,0", "170,8", "16,2", "40,0", "236,5"],
    ["2", "Diện tích cho sản phẩm cây chè năm 2021", "ha", "823,3", "32,5", "105,1", "177,7", "2,3", "13,9", "46,1",
     "168,2", "20,2", "38,6", "218,7"],
])

# f04 https://xaydungdang.org.vn/nhan-quyen-va-cuoc-song/hon-700-nghin-phan-qua-ung-ho-phu-nu-tre-em-va-nguoi-dan-kho-khan-16390
# "chương trình "Triệu phần quà san sẻ yêu thương" ... đã vận động được tổng kinh phí là 222,124 tỷ đồng, tương đương
# 740.413 phần quà ... Tại cấp Trung ương, chương trình đã vận động được 11,614 tỷ đồng tương đương 38.713 phần quà
# (trong đó tiền mặt là 3,414 tỷ đồng, hiện vật là 8,2 tỷ đồng). Tại cấp tỉnh/thành, chương trình đã vận động được
# 210,51 tỷ đồng tương đương 701.700 phần quà (trong đó tiền mặt là 17,56 tỷ đồng, hiện vật là 192,95 tỷ đồng)."
# The clerk's: the union's sheet in millions, the unit said once in the title rows, no ĐVT column; the gifts' column
# names its own unit in brackets.  The year (2021, the page's COVID drive) is the clerk's.
write_csv("f04-xaydungdang-trieuphanqua-2021.csv", [
    ["HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", N, N, N, N, N],
    ["KẾT QUẢ VẬN ĐỘNG CHƯƠNG TRÌNH \"TRIỆU PHẦN QUÀ SAN SẺ YÊU THƯƠNG\" NĂM 2021", N, N, N, N, N],
    ["Đơn vị tính: triệu đồng", N, N, N, N, N],
    ["STT", "Cấp vận động", "Tổng kinh phí", "Tiền mặt", "Hiện vật", "Số phần quà (phần)"],
    ["1", "Cấp Trung ương", "11.614", "3.414", "8.200", "38.713"],
    ["2", "Cấp tỉnh/thành", "210.510", "17.560", "192.950", "701.700"],
    [N, "Tổng cộng", "222.124", N, N, "740.413"],
])

# f05 https://123docz.net/trich-doan/882379-thuc-trang-phat-trien-kinh-te-cua-huyen-cao-loc.htm
# "Giá trị tổng sản phẩm của huyện năm 2012 ựạt 804.890,90 triệu ựồng (theo giá cố ựịnh), trong ựó ngành Nông nghiệp
# ựạt 201.576,50 triệu ựồng, chiếm 25,02%; Ngành Công nghiệp - Xây dựng ựạt 182.164,2 triệu ựồng, chiếm 22,64% và
# ngành Thương mại - Dịch vụ ựạt 421.349,2 triệu ựồng, chiếm 52,34% giá trị tổng sản phẩm."
# The clerk's: the district's sheet, a value column and a `Tỷ trọng (%)` column beside it (the page's shares as
# stated; the parts add to 805.089,9, the page's own slip against 804.890,9).
write_csv("f05-123docz-caoloc-coocau-2012.csv", [
    ["UBND HUYỆN CAO LỘC", N, N, N, N],
    ["GIÁ TRỊ TỔNG SẢN PHẨM VÀ CƠ CẤU KINH TẾ NĂM 2012 (theo giá cố định)", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2012", "Tỷ trọng (%)"],
    [N, "Giá trị tổng sản phẩm", "Triệu đồng", "804.890,90", "100"],
    ["1", "Nông nghiệp", "Triệu đồng", "201.576,50", "25,02"],
    ["2", "Công nghiệp - Xây dựng", "Triệu đồng", "182.164,2", "22,64"],
    ["3", "Thương mại - Dịch vụ", "Triệu đồng", "421.349,2", "52,34"],
])

# f06 https://rp.liu233w.com/https/vi.wikipedia.org/wiki/Danh_s%C3%A1ch_%C4%91%C6%A1n_v%E1%BB%8B_h%C3%A0nh_ch%C3%ADnh_Vi%E1%BB%87t_Nam_theo_GRDP
# "ví dụ năm 2019 sơ bộ Lạng Sơn GRDP theo giá hiện hành là 32,435 tỷ đồng, Tổng cục Thống kê đánh giá lại là 30,887
# tỷ đồng, theo giá so sánh là 18,936 tỷ đồng, Tổng cục Thống kê đánh giá lại là 17,978 tỷ đồng, tỷ lệ tăng trưởng
# 5,7%, đánh giá lại 5,49%."
# The clerk's: the province's sheet with the year's estimate beside the official figure of the same year (the page's
# «32,435 tỷ» is 32.435 tỷ đồng written with an English comma).
write_csv("f06-wiki-langson-grdp-2019.csv", [
    ["UBND TỈNH LẠNG SƠN - CỤC THỐNG KÊ", N, N, N, N],
    ["TỔNG SẢN PHẨM TRÊN ĐỊA BÀN (GRDP) NĂM 2019", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2019", "Chính thức năm 2019"],
    ["1", "GRDP theo giá hiện hành", "Tỷ đồng", "32.435", "30.887"],
    ["2", "GRDP theo giá so sánh 2010", "Tỷ đồng", "18.936", "17.978"],
    ["3", "Tốc độ tăng trưởng GRDP", "%", "5,7", "5,49"],
])

# f07 http://www.baria-vungtau.gov.vn/web/guest/so-lieu-thong-ke-kinh-te-xa-hoi/-/brvt/extAssetPublisher/content/8068249/so-ngay-khach-va-luot-khach-thang-9-va-9-thang-dau-nam-2018
# "Thực hiện 8 tháng năm 2018 / Ước tính tháng 9 năm 2018 / Cộng dồn 9 tháng năm 2018 / So với cùng kỳ năm 2017 (%)
# Tháng 9 năm 2018 / 9 tháng năm 2018 / I. Dịch vụ lưu trú / 1. Lượt khách phục vụ (Lượt khách) 3.892.452 484.008
# 4.376.460 112,48 113,01 / 1.1 Lượt khách ngủ qua đêm 2.387.571 281.972 2.669.543 113,00 112,31 / - Khách quốc tế
# 296.101 33.437 329.538 114,24 113,56 / - Khách trong nước 2.091.470 248.535 2.340.005 112,84 112,14 / 1.2. Lượt
# khách trong ngày 1.504.881 202.036 1.706.917 111,75 114,13 / 2. Ngày khách phục vụ (Ngày khách) 3.730.812 437.880
# 4.168.692 113,35 112,95 ... II. Dịch vụ lữ hành ... 1. Lượt khách du lịch theo tour (Lượt khách) 70.185 8.764
# 78.949 116,03 114,30"
# The clerk's: the portal's JSON export: a list of records, Vietnamese keys, numbers as JSON numbers, the group as a
# field of each record.
_f07 = [
    ("I. Dịch vụ lưu trú", "1", "Lượt khách phục vụ", "Lượt khách", 3892452, 484008, 4376460, "112.48", "113.01"),
    ("I. Dịch vụ lưu trú", "1.1", "Lượt khách ngủ qua đêm", "Lượt khách", 2387571, 281972, 2669543, "113.00",
     "112.31"),
    ("I. Dịch vụ lưu trú", "-", "Khách quốc tế", "Lượt khách", 296101, 33437, 329538, "114.24", "113.56"),
    ("I. Dịch vụ lưu trú", "-", "Khách trong nước", "Lượt khách", 2091470, 248535, 2340005, "112.84", "112.14"),
    ("I. Dịch vụ lưu trú", "1.2", "Lượt khách trong ngày", "Lượt khách", 1504881, 202036, 1706917, "111.75",
     "114.13"),
    ("I. Dịch vụ lưu trú", "2", "Ngày khách phục vụ", "Ngày khách", 3730812, 437880, 4168692, "113.35", "112.95"),
    ("II. Dịch vụ lữ hành và hoạt động hỗ trợ du lịch", "1", "Lượt khách du lịch theo tour", "Lượt khách", 70185,
     8764, 78949, "116.03", "114.30"),
]
(HERE / "f07-bariavungtau-luotkhach-2018-9t.json").write_text(json.dumps([
    {"Nhóm": g, "STT": s, "Chỉ tiêu": c, "Đơn vị tính": u, "Thực hiện 8 tháng năm 2018": a,
     "Ước tính tháng 9 năm 2018": b, "Cộng dồn 9 tháng năm 2018": t,
     "Tháng 9 năm 2018 so với cùng kỳ năm 2017 (%)": json.loads(m),
     "9 tháng năm 2018 so với cùng kỳ năm 2017 (%)": json.loads(y)}
    for g, s, c, u, a, b, t, m, y in _f07], ensure_ascii=False, indent=1), encoding="utf-8")

# f08 http://thongkethuathienhue.gov.vn/ChiTietSL.aspx?id=21&&parentpage=SoLieuTK.aspx
# "Đơn vị tính / Thực hiện năm 2014 / Dự ước tháng 1/2015 / Lũy kế 1 tháng năm 2015 / Lũy kế 1 tháng năm 2015 so với
# cùng kỳ năm trước (%) / I. Dịch vụ lưu trú / 1. Tổng lượt khách phục vụ / Lượt khách / 1844671 / 133516 / 133516 /
# 101,96 / 1.1. Lượt khách ngủ qua đêm / " / 1654876 / 120433 / 120433 / 101,77 / - Khách quốc tế / " / 762307 /
# 60074 / 60074 / 100,53 / - Khách trong nước / " / 892569 / 60359 / 60359 / 103,04 / 1.2. Lượt khách trong ngày / "
# / 189795 / 13083 / 13083 / 103,68 / 2. Tổng ngày khách phục vụ / Ngày khách / 3532886 / 249521 / 249521 / 101,80"
# The clerk's: a workbook of two sheets, this month's first (`Tháng 1-2015`) and last year's (`Năm 2014`, the year's
# amounts), each with its own header; the page's ditto marks («"») for the unit kept.
def _f08(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tháng 1-2015"
    for r in [
        ["CỤC THỐNG KÊ TỈNH THỪA THIÊN HUẾ", N, N, N, N],
        ["HOẠT ĐỘNG DU LỊCH THÁNG 1 NĂM 2015", N, N, N, N],
        ["Chỉ tiêu", "Đơn vị tính", "Dự ước tháng 1/2015", "Lũy kế 1 tháng năm 2015",
         "Lũy kế 1 tháng năm 2015 so với cùng kỳ năm trước (%)"],
        ["I. Dịch vụ lưu trú", N, N, N, N],
        ["1. Tổng lượt khách phục vụ", "Lượt khách", 133516, 133516, 101.96],
        ["1.1. Lượt khách ngủ qua đêm", '"', 120433, 120433, 101.77],
        [" - Khách quốc tế", '"', 60074, 60074, 100.53],
        [" - Khách trong nước", '"', 60359, 60359, 103.04],
        ["1.2. Lượt khách trong ngày", '"', 13083, 13083, 103.68],
        ["2. Tổng ngày khách phục vụ", "Ngày khách", 249521, 249521, 101.80],
    ]:
        ws.append(list(r))
    ws2 = wb.create_sheet("Năm 2014")
    for r in [
        ["CỤC THỐNG KÊ TỈNH THỪA THIÊN HUẾ", N, N],
        ["HOẠT ĐỘNG DU LỊCH NĂM 2014", N, N],
        ["Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2014"],
        ["I. Dịch vụ lưu trú", N, N],
        ["1. Tổng lượt khách phục vụ", "Lượt khách", 1844671],
        ["1.1. Lượt khách ngủ qua đêm", '"', 1654876],
        [" - Khách quốc tế", '"', 762307],
        [" - Khách trong nước", '"', 892569],
        ["1.2. Lượt khách trong ngày", '"', 189795],
        ["2. Tổng ngày khách phục vụ", "Ngày khách", 3532886],
    ]:
        ws2.append(list(r))
    wb.save(path)


_f08(HERE / "f08-thongkehue-dulich-2015-01.xlsx")

# f09 https://taichinh.kinhtechungkhoan.vn/he-lo-nhung-doanh-nghiep-dau-tien-bao-lo-trong-kqkd-quy-3-205548.html
# "CTCP Phát triển Đô thị và Khu công nghiệp Cao su Việt Nam (mã VRG) báo cáo doanh thu quý 3 là hơn 5 tỷ đồng, nhưng
# ... công ty lỗ sau thuế 4,5 tỷ đồng. Lũy kế 9 tháng, doanh thu của công ty ghi nhận thu về 24 tỷ đồng, giảm 21% so
# với cùng kỳ và lỗ ròng 3 tỷ đồng, trong khi ở thời điểm cùng kỳ năm trước đã có lãi hơn 9 tỷ. ... CTCP Nông nghiệp
# và Thực phẩm Hà Nội - Kinh Bắc (mã HKB) báo cáo doanh thu thuần trong quý 3 đạt gần 2 tỷ đồng đã tăng 34% so với
# cùng kỳ năm trước, nhưng công ty vẫn lỗ sau thuế hơn 15 tỷ đồng ... đã có 15 quý lỗ liên tiếp từ đầu năm 2020."
# The clerk's: an accountant's sheet, losses in parentheses, the unit in a title row; the year (2023: fifteen quarters
# from the start of 2020) is the clerk's.
write_csv("f09-kinhtechungkhoan-lo-2023-9t.csv", [
    ["KẾT QUẢ KINH DOANH QUÝ III VÀ 9 THÁNG NĂM 2023 CỦA MỘT SỐ DOANH NGHIỆP NIÊM YẾT", N, N, N, N, N, N],
    ["Đơn vị tính: tỷ đồng", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "Quý III/2023", "9 tháng năm 2023", "9 tháng năm 2022", "9 tháng so với cùng kỳ (%)",
     "Quý III so với cùng kỳ (%)"],
    ["I", "CTCP Phát triển Đô thị và KCN Cao su Việt Nam (VRG)", N, N, N, N, N],
    ["1", "Doanh thu", "5", "24", N, "(21)", N],
    ["2", "Lợi nhuận sau thuế", "(4,5)", "(3)", "9", N, N],
    ["II", "CTCP Nông nghiệp và Thực phẩm Hà Nội - Kinh Bắc (HKB)", N, N, N, N, N],
    ["1", "Doanh thu thuần", "2", N, N, N, "34"],
    ["2", "Lợi nhuận sau thuế", "(15)", N, N, N, N],
])

# f10 http://baochinhphu.vn/Kinh-te/San-xuat-thuy-san-tiep-tuc-duy-tri-da-tang-truong-kha/376179.vgp
# "sản lượng thủy sản quý III/2019 ước tính đạt 2.190,6 nghìn tấn, tăng 4,9% so với cùng kỳ năm trước, bao gồm cá
# đạt 1.488,9 nghìn tấn, tăng 4,6%; tôm đạt 322 nghìn tấn, tăng 6,6%; thủy sản khác đạt 379,7 nghìn tấn, tăng 4,9%.
# Tính chung 9 tháng năm nay, tổng sản lượng thủy sản ước tính đạt 5.964,9 nghìn tấn, tăng 5,4% so với cùng kỳ năm
# trước, bao gồm cá đạt 4.321,9 nghìn tấn, tăng 5,2%; tôm đạt 719,6 nghìn tấn, tăng 7,2%; thủy sản khác đạt 923,4
# nghìn tấn, tăng 5%. Giá cá tra những tháng đầu năm cao nhưng đến quý III giá lại có xu hướng giảm ... Tính chung
# 9 tháng năm 2019, sản lượng cá tra ước tính đạt 1.029,4 nghìn tấn, tăng 7,4% so với cùng kỳ năm trước. ... sản
# lượng tôm sú 9 tháng năm nay ước tính đạt 213,2 nghìn tấn, tăng 4,9% so với cùng kỳ năm trước (quý III ước tính đạt
# 93,8 nghìn tấn, tăng 1,7%); sản lượng tôm thẻ chân trắng đạt 342,8 nghìn tấn, tăng 9,9% (quý III ước tính đạt 165,8
# nghìn tấn, tăng 9,1%). Sản lượng thủy sản khai thác 9 tháng ước tính đạt 2.850,9 nghìn tấn, tăng 4,5% so với cùng
# kỳ năm trước"
# The clerk's: the comparisons written as the statistics office's indexes (104,9 for «tăng 4,9%»); marks on numbers
# sending the reader to notes under the table: «*» on the 9 months' estimate, «(1)» on
# the pangasius amount, «(2)» on a rate; the notes themselves in the rows below.
write_csv("f10-baochinhphu-thuysan-2019-9t.csv", [
    ["SẢN LƯỢNG THỦY SẢN QUÝ III VÀ 9 THÁNG NĂM 2019", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Quý III/2019", "Quý III so với cùng kỳ (%)", "9 tháng năm 2019",
     "9 tháng so với cùng kỳ (%)"],
    ["1", "Tổng sản lượng thủy sản", "Nghìn tấn", "2.190,6", "104,9", "5.964,9*", "105,4"],
    ["1.1", "Cá", "Nghìn tấn", "1.488,9", "104,6", "4.321,9", "105,2"],
    ["1.2", "Tôm", "Nghìn tấn", "322", "106,6", "719,6", "107,2"],
    ["1.3", "Thủy sản khác", "Nghìn tấn", "379,7", "104,9", "923,4", "105"],
    ["2", "Cá tra", "Nghìn tấn", N, N, "1.029,4(1)", "107,4"],
    ["3", "Tôm sú", "Nghìn tấn", "93,8", "101,7", "213,2", "104,9"],
    ["4", "Tôm thẻ chân trắng", "Nghìn tấn", "165,8", "109,1", "342,8", "109,9"],
    ["5", "Sản lượng thủy sản khai thác", "Nghìn tấn", N, N, "2.850,9", "104,5(2)"],
    [N, "(*) Số ước tính", N, N, N, N, N],
    [N, "(1) Giá cá tra những tháng đầu năm cao nhưng đến quý III giá có xu hướng giảm", N, N, N, N, N],
    [N, "(2) So với cùng kỳ năm trước", N, N, N, N, N],
])
