"""Round 19 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv`` nor in any case, checked with ``grep -rlF`` before use), each in a layout the rounds
had not had: a yearbook page in ``nghìn đồng`` with its unit line and a ``Sơ bộ 2022`` column (y01); a ``Trong đó:``
row of its own over dashed sub-items (y02); ``So với kế hoạch năm (%)`` beside the amount and its rate against last
year (y03, XLSX); provinces as merged group cells over their own rows (y04, XLSX); a survey's classes as sub-rows
under merged group cells, counts and shares (y05, XLSX); one column per school with the province's total (y06); a
JSON export with nested groups (``chi_tiet`` under a total) (y07); values that carry their unit in the cell (``211
vụ``) and a change against the previous month, not last year (y08); units in the cells with «gần» and two currencies
in one cell (y09); a company's sheet typed in a legacy font (TCVN3 read as Latin-1: ``TÊn`` for tấn, ``n¨m`` for
năm) with a unit row and change columns (y10).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a year the page leaves out).

Run: ``.venv/bin/python evaluations/data/figures-round19/build.py``.
First look (before any code of round 19): evaluations/data/figures-round19/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None

# y01 https://www.danang.gov.vn/web/chuyen-trang-thong-tin-kinh-te-xa-hoi/nien-giam-thong-ke/danh-sach/chi-tiet?id=5713&_c=94677500,94677503,94677504,94677518,94677560
# "Thu nhập bình quân một người một tháng theo giá hiện hành phân theo thành thị, nông thôn, nguồn thu và phân theo
# nhóm thu nhập\n(Đơn vị tính: nghìn đồng)\n\n  2018 2019 2020 2021 Sơ bộ 2022\nCHUNG          5.505           6.057
# 5.284         5.230    5.807  \nPhân theo thành thị, nông thôn          \nThành thị         5.787           6.440
# 5.602         5.543      5.995  \nNông thôn         3.304           3.577       3.104         3.817      4.293
# \nPhân theo nguồn thu          \nTiền lương, tiền công         3.006           3.781       3.143         3.233
# 3.417  \nNông, lâm nghiệp và thủy sản              54                47          110              64            50
# \nPhi nông, lâm nghiệp và thủy sản         1.561           1.496       1.363         1.291      1.598  \nThu từ nguồn
# khác            884              733          667            641          742  \nPhân theo nhóm thu nhập …"
# The clerk's: the statistics office's name; the quintile block (cut off on the page) left out.
write_csv("y01-danang-thunhap-2022.csv", [
    ["CỤC THỐNG KÊ THÀNH PHỐ ĐÀ NẴNG", N, N, N, N, N],
    ["Thu nhập bình quân một người một tháng theo giá hiện hành phân theo thành thị, nông thôn, nguồn thu", N, N, N,
     N, N],
    ["(Đơn vị tính: nghìn đồng)", N, N, N, N, N],
    [N, "2018", "2019", "2020", "2021", "Sơ bộ 2022"],
    ["CHUNG", "5.505", "6.057", "5.284", "5.230", "5.807"],
    ["Phân theo thành thị, nông thôn", N, N, N, N, N],
    ["Thành thị", "5.787", "6.440", "5.602", "5.543", "5.995"],
    ["Nông thôn", "3.304", "3.577", "3.104", "3.817", "4.293"],
    ["Phân theo nguồn thu", N, N, N, N, N],
    ["Tiền lương, tiền công", "3.006", "3.781", "3.143", "3.233", "3.417"],
    ["Nông, lâm nghiệp và thủy sản", "54", "47", "110", "64", "50"],
    ["Phi nông, lâm nghiệp và thủy sản", "1.561", "1.496", "1.363", "1.291", "1.598"],
    ["Thu từ nguồn khác", "884", "733", "667", "641", "742"],
])

# y02 https://hanoi.dms.gov.vn/web/cuc-quan-ly-thi-truong-ha-noi/hoat-dong389
# "Ban Chỉ đạo 389 Hà Nội kiểm tra, xử lý nhiều vụ hàng lậu, gian lận thương mại trong tháng 3\n\nTheo báo cáo của Ban
# Chỉ đạo 389 Hà Nội trong tháng 3, các lực lượng chức năng thành phố đã thanh tra, kiểm tra và xử lý 507 vụ, trong
# đó, hàng cấm, hàng lậu 94 vụ, hàng giả, vi phạm sở hữu trí tuệ 18 vụ, gian lận thương mại 395 vụ. Khởi tố 8 vụ đối
# với 14 đối tượng; thu nộp ngân sách Nhà nước 319,613 tỷ đồng."
# The clerk's: the year (the page gives none; the test loads it as 2024-03), «Trong đó:» as a row of its own.
write_csv("y02-hanoi-bcd389-2024-03.csv", [
    ["BAN CHỈ ĐẠO 389 THÀNH PHỐ HÀ NỘI", N, N, N],
    ["KẾT QUẢ CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI VÀ HÀNG GIẢ THÁNG 3", N, N, N],
    ["STT", "Nội dung", "ĐVT", "Tháng 3"],
    ["1", "Số vụ thanh tra, kiểm tra, xử lý", "vụ", "507"],
    [N, "Trong đó:", N, N],
    [N, "- Hàng cấm, hàng lậu", "vụ", "94"],
    [N, "- Hàng giả, vi phạm sở hữu trí tuệ", "vụ", "18"],
    [N, "- Gian lận thương mại", "vụ", "395"],
    ["2", "Khởi tố", "vụ", "8"],
    [N, "Số đối tượng bị khởi tố", "đối tượng", "14"],
    ["3", "Thu nộp ngân sách Nhà nước", "tỷ đồng", "319,613"],
])

# y03 https://soha.vn/lo-dien-nhung-dia-phuong-thu-nhieu-tien-nhat-tu-du-lich-6-thang-dau-nam-20220708101051668.htm
# "Sở Du lịch TP. HCM cho biết, trong 6 tháng đầu năm 2022, TP. HCM đón 11 triệu lượt khách nội địa, tăng 43,1% so
# cùng kỳ năm trước, đạt 61,6% kế hoạch năm 2022, cùng với 478.000 lượt khách quốc tế, tăng 100% so với cùng kỳ, đạt
# 13,7% so với kế hoạch năm 2022.\n\nTổng doanh thu du lịch từ đầu năm đến nay ước đạt 49.681 tỷ đồng (khoảng 2,15 tỷ
# USD), tăng 30% so với cùng kỳ và đạt 73,5% so với kế hoạch năm 2022 đề ra."
# The clerk's: the department's sheet of its own three rows.
write_xlsx("y03-soha-dulich-tphcm-2022-h1.xlsx", [
    ["SỞ DU LỊCH TP. HỒ CHÍ MINH", N, N, N, N, N],
    ["KẾT QUẢ HOẠT ĐỘNG DU LỊCH 6 THÁNG ĐẦU NĂM 2022", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng 2022", "Tăng so với cùng kỳ (%)", "So với kế hoạch năm 2022 (%)"],
    [1, "Khách du lịch nội địa", "triệu lượt", 11, 43.1, 61.6],
    [2, "Khách du lịch quốc tế", "lượt", 478000, 100, 13.7],
    [3, "Tổng doanh thu du lịch", "tỷ đồng", 49681, 30, 73.5],
])

# y04 https://thuonghieucongluan.com.vn/thanh-hoa-trong-top-nhung-dia-phuong-dan-dau-doanh-thu-du-lich-6-thang-dau-nam-a196438.html
# "1. TP. Hồ Chí Minh: 80.833 tỷ đồng … TPHCM đã đón hơn 16,415 triệu lượt khách nội địa, tăng 48% so với cùng kỳ năm
# 2022. Lượng khách quốc tế ước đạt hơn 1,941 triệu lượt, tăng 306% so với cùng kỳ.\n\nTổng doanh thu du lịch ước đạt
# 80.833 tỷ đồng, tăng 62,7% so với cùng kỳ năm 2022.\n\n2. Hà Nội: 44.880 tỷ đồng … ngành du lịch Thủ đô đón 10,3
# triệu lượt khách nội địa, tăng 22,6% so với cùng kỳ. Lương khách quốc tế đạt 2,03 triệu lượt, tăng 7 lần so với
# cùng kỳ.\n\nTổng thu từ khách du lịch ước đạt 44.880 tỷ đồng, tăng 74,3% so với cùng kỳ năm 2022.\n\n3. Quảng Ninh:
# 16.660 tỷ đồng\n\n6 tháng đầu năm, Quảng Ninh đón 8,86 triệu lượt du khách, tăng 61% so với cùng kỳ. Tổng doanh thu
# du lịch ước đạt 16.660 tỷ đồng, tăng 56% so với cùng kỳ năm trước.\n\n4. Thanh Hóa: 15.072 tỷ đồng … Với hơn 8,3
# triệu lượt khách đến Thanh Hóa trong 6 tháng qua, tổng doanh thu từ du lịch của tỉnh ước đạt 15.072 tỷ đồng, tăng
# 16,7% so với cùng kỳ năm 2022 và đạt 63,2% kế hoạch năm 2023.\n\n5. Khánh Hòa: 12.567 tỷ đồng"
# The clerk's: a ministry's roll-up, each province a merged cell over its own rows; «tăng 7 lần» left as a note.
write_xlsx("y04-thuonghieucongluan-dulich-tinh-2023-h1.xlsx", [
    ["CÁC ĐỊA PHƯƠNG CÓ DOANH THU DU LỊCH TỪ 10.000 TỶ ĐỒNG TRỞ LÊN, 6 THÁNG ĐẦU NĂM 2023", N, N, N, N, N],
    ["Địa phương", "Chỉ tiêu", "ĐVT", "6 tháng năm 2023", "Tăng so với cùng kỳ (%)", "Ghi chú"],
    ["TP. Hồ Chí Minh", "Khách nội địa", "triệu lượt", "hơn 16,415", 48, N],
    [N, "Khách quốc tế", "triệu lượt", "hơn 1,941", 306, N],
    [N, "Tổng doanh thu du lịch", "tỷ đồng", 80833, 62.7, N],
    ["Hà Nội", "Khách nội địa", "triệu lượt", 10.3, 22.6, N],
    [N, "Khách quốc tế", "triệu lượt", 2.03, N, "tăng 7 lần so với cùng kỳ"],
    [N, "Tổng thu từ khách du lịch", "tỷ đồng", 44880, 74.3, N],
    ["Quảng Ninh", "Lượt du khách", "triệu lượt", 8.86, 61, N],
    [N, "Tổng doanh thu du lịch", "tỷ đồng", 16660, 56, N],
    ["Thanh Hóa", "Lượt khách", "triệu lượt", "hơn 8,3", N, N],
    [N, "Tổng doanh thu từ du lịch", "tỷ đồng", 15072, 16.7, "đạt 63,2% kế hoạch năm 2023"],
    ["Khánh Hòa", "Tổng doanh thu du lịch", "tỷ đồng", 12567, N, N],
], merges=("A3:A5", "A6:A8", "A9:A10", "A11:A12"))

# y05 https://123docz.net/trich-doan/3289435-mo-ta-mau-nghien-cuu.htm
# "Bảng 4.1: Bảng thống kê mô tả đặc điểm nhân khẩu học\n\nChỉ tiêu Tần số (người) Tần suất (%)\n\nNam 120 34,5 Giới
# tính Nữ 228 65,5 Tổng 348 100 Dưới 25 26 7,5 Từ 26 đến 40 273 78,4 Độ tuổi Từ 41 đến 55 49 14,1 Trên 55 0 0,0 Tổng
# 348 100 Dưới 5 triệu 21 6,0\n\nThu nhập Từ 5 triệu đến 9 triệu 85 24,4\n\nTừ 10 triệu đến 20 triệu 123 35,3 hàng
# tháng Trên 20 triệu 119 34,2 Tổng 348 100 Trung học phổ thông 11 3,2 Trình độ học Trung cấp – cao đẳng 52 14,9 Đại
# học 213 61,2 vấn Sau đại học 72 20,7 Tổng 348 100 … (Nguồn: Kết quả thống kê của tác giả (2021))"
# The clerk's: the survey's table as the word processor had it, each class group a merged cell over its classes.
write_xlsx("y05-123docz-khaosat-nhankhau-2021.xlsx", [
    ["Bảng 4.1: Bảng thống kê mô tả đặc điểm nhân khẩu học", N, N, N],
    ["Chỉ tiêu", N, "Tần số (người)", "Tần suất (%)"],
    ["Giới tính", "Nam", 120, 34.5],
    [N, "Nữ", 228, 65.5],
    [N, "Tổng", 348, 100],
    ["Độ tuổi", "Dưới 25", 26, 7.5],
    [N, "Từ 26 đến 40", 273, 78.4],
    [N, "Từ 41 đến 55", 49, 14.1],
    [N, "Trên 55", 0, 0.0],
    [N, "Tổng", 348, 100],
    ["Thu nhập hàng tháng", "Dưới 5 triệu", 21, 6.0],
    [N, "Từ 5 triệu đến 9 triệu", 85, 24.4],
    [N, "Từ 10 triệu đến 20 triệu", 123, 35.3],
    [N, "Trên 20 triệu", 119, 34.2],
    [N, "Tổng", 348, 100],
    ["Trình độ học vấn", "Trung học phổ thông", 11, 3.2],
    [N, "Trung cấp – cao đẳng", 52, 14.9],
    [N, "Đại học", 213, 61.2],
    [N, "Sau đại học", 72, 20.7],
    [N, "Tổng", 348, 100],
    ["(Nguồn: Kết quả thống kê của tác giả (2021))", N, N, N],
], merges=("A2:B2", "A3:A5", "A6:A10", "A11:A15", "A16:A20"))

# y06 http://plo.vn/xa-hoi/giao-duc/truong-0-nay-do-tot-nghiep-90-190770.html  (the exam of 2010)
# "Chiều 17/6, Quảng Ngãi đã công bố kết quả thi tốt nghiệp với tỷ lệ 96,24% (tăng 22,86% so với năm 2009). Con số
# này ở hệ giáo dục thường xuyên là73,59%. … Toàn tỉnh có 5 trường đạt tỷ lệ 100% học sinh thi đỗ tốt nghiệp: Trường
# THPT Chuyên Lê Khiết; THPT Trần Quốc Tuấn; THPT Bình Sơn; THPT Lý Sơn và THPT Trà Bồng. Trường có tỷ lệ đỗ thấlp
# nhất là THPT số 2 Nghĩa Hành với 82%."
# The clerk's: the department's matrix, one column per school named on the page, the province's column last.
write_csv("y06-plo-totnghiep-quangngai-2010.csv", [
    ["SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI", N, N, N, N, N, N, N, N],
    ["KẾT QUẢ THI TỐT NGHIỆP THPT NĂM 2010", N, N, N, N, N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "THPT Chuyên Lê Khiết", "THPT Trần Quốc Tuấn", "THPT Bình Sơn", "THPT Lý Sơn",
     "THPT Trà Bồng", "THPT số 2 Nghĩa Hành", "Toàn tỉnh"],
    ["Tỷ lệ đỗ tốt nghiệp hệ THPT", "%", "100", "100", "100", "100", "100", "82", "96,24"],
    ["Tỷ lệ đỗ tốt nghiệp hệ GDTX", "%", N, N, N, N, N, N, "73,59"],
])

# y07 https://vieclamlangson.gov.vn/5-thang-hon-59-600-lao-dong-di-lam-viec-o-nuoc-ngoai/
# "Trong đó, Nhật Bản tiếp tục dẫn đầu các thị trường tiếp nhận lao động Việt Nam với 28.513 người, tiếp đến là Đài
# Loan (Trung Quốc) 26.201 người, Hàn Quốc 1.210 người…\n\n5 tháng, hơn 59.600 lao động đi làm việc ở nước ngoài …
# Nhật Bản dẫn đầu thị trường tiếp nhận lao động Việt Nam trong 5 tháng đầu năm 2023"
# The clerk's: a reporting system's export, the markets nested under the total («hơn» kept as typed).
(HERE / "y07-vieclamlangson-xkld-2023-5t.json").write_text(json.dumps({
    "don_vi_bao_cao": "Cục Quản lý lao động ngoài nước",
    "ky_bao_cao": "5 tháng đầu năm 2023",
    "nhom_chi_tieu": [
        {"ten_nhom": "Lao động đi làm việc ở nước ngoài theo hợp đồng",
         "chi_tieu": [
             {"ten": "Tổng số lao động đi làm việc ở nước ngoài", "don_vi_tinh": "người", "gia_tri": "hơn 59.600",
              "chi_tiet": [
                  {"ten": "Nhật Bản", "don_vi_tinh": "người", "gia_tri": 28513},
                  {"ten": "Đài Loan (Trung Quốc)", "don_vi_tinh": "người", "gia_tri": 26201},
                  {"ten": "Hàn Quốc", "don_vi_tinh": "người", "gia_tri": 1210},
              ]},
         ]},
    ]}, ensure_ascii=False, indent=1), encoding="utf-8")

# y08 https://huengaynay.vn/chinh-tri-xa-hoi/toan-quoc-xay-ra-211-vu-chay-lam-4-nguoi-thiet-mang-trong-thang-11-160787.html
# "Theo Cục Cảnh sát Phòng cháy, chữa cháy và Cứu nạn, cứu hộ, trong tháng 11 vừa qua, trên cả nước xảy ra 211 vụ
# cháy, làm 4 người chết, 4 người bị thương, thiệt hại về tài sản ước tính sơ bộ khoảng 30,28 tỷ đồng.\n\nToàn quốc
# cũng xảy ra 1 vụ nổ làm 1 người bị thương. … cứu được 309 người trong các vụ cháy … thực hiện cứu nạn, cứu hộ 149
# vụ, cứu được 312 người … So với tháng 10/2025, số vụ cháy tăng 4 vụ, số người chết giảm 9 người, số người bị thương
# giảm 3 người.\n\nTỷ lệ cháy vẫn tập trung cao ở loại hình nhà dân với 80 vụ, chiếm 37,9%; 25 vụ cháy kho, cơ sở sản
# xuất, kinh doanh (chiếm 11,8%); 37 vụ cháy phương tiện giao thông (chiếm 17,5%) …"
# The clerk's: the counts typed with their units in the cells, the change against last month typed as words.
write_csv("y08-huengaynay-chayno-2025-11.csv", [
    ["CỤC CẢNH SÁT PCCC VÀ CNCH", N, N],
    ["TÌNH HÌNH CHÁY, NỔ VÀ CỨU NẠN, CỨU HỘ THÁNG 11/2025", N, N],
    ["Chỉ tiêu", "Tháng 11/2025", "So với tháng 10/2025"],
    ["Số vụ cháy", "211 vụ", "tăng 4 vụ"],
    ["Số người chết", "4 người", "giảm 9 người"],
    ["Số người bị thương", "4 người", "giảm 3 người"],
    ["Thiệt hại về tài sản (ước tính sơ bộ)", "khoảng 30,28 tỷ đồng", N],
    ["Số vụ nổ", "1 vụ", N],
    ["Cháy nhà dân", "80 vụ (37,9%)", N],
    ["Cháy kho, cơ sở sản xuất, kinh doanh", "25 vụ (11,8%)", N],
    ["Cháy phương tiện giao thông", "37 vụ (17,5%)", N],
    ["Số người được cứu trong các vụ cháy", "309 người", N],
    ["Số vụ cứu nạn, cứu hộ", "149 vụ", N],
])

# y09 https://vietgiaitri.com/hoa-hoan-khien-8-tinh-thanh-pho-lon-thiet-hai-gan-133-ty-dong-20141105i1658910
# "Trên địa bàn xảy ra 642 vụ cháy, làm 40 người chết, bị thương 60 người, thiệt hại về tài sản ước tính gần 133 tỷ
# đồng. Trong đó, có 9 vụ cháy lớn, 19 vụ cháy gây chết người. So với năm 2013, giảm 70 vụ, nhưng tăng 2 vụ cháy lớn
# và tăng 12 vụ cháy gây chết người (33 người chết, 1 người bị thương). … Ngoài các vụ cháy, trong năm 2014, trên địa
# bàn 8 tỉnh, thành còn xảy ra 10 vụ nổ, làm chết 7 người, bị thương 6 người, thiệt hại về tài sản 55 triệu đồng và
# 140.000 USD." (tính đến hết tháng 10/2014, Cụm thi đua 11)
write_csv("y09-vietgiaitri-chayno-cum11-2014-10t.csv", [
    ["CỤM THI ĐUA 11 - BỘ CÔNG AN", N, N],
    ["TÌNH HÌNH CHÁY, NỔ ĐẾN HẾT THÁNG 10/2014 TRÊN ĐỊA BÀN 8 TỈNH, THÀNH PHỐ", N, N],
    ["Chỉ tiêu", "10 tháng năm 2014", "So với năm 2013"],
    ["Số vụ cháy", "642 vụ", "giảm 70 vụ"],
    ["Số người chết do cháy", "40 người", N],
    ["Số người bị thương do cháy", "60 người", N],
    ["Thiệt hại về tài sản do cháy (ước tính)", "gần 133 tỷ đồng", N],
    ["Số vụ cháy lớn", "9 vụ", "tăng 2 vụ"],
    ["Số vụ cháy gây chết người", "19 vụ", "tăng 12 vụ"],
    ["Số vụ nổ", "10 vụ", N],
    ["Số người chết do nổ", "7 người", N],
    ["Số người bị thương do nổ", "6 người", N],
    ["Thiệt hại về tài sản do nổ", "55 triệu đồng và 140.000 USD", N],
])

# y10 https://123docz.net/trich-doan/4652821-tinh-hinh-kinh-doanh-cua-cong-ty.htm
# "Chỉ tiêu năm 1999 năm2000 năm 2001 So sánh giữa các năm\nn¨m2000/1999 n¨m2001/2000\nTÊn TÊn TÊn TÊn TÊn\n1.Than cám
# 393.641 496.742 447.500 103.101 -49.242\n2.Xû Pyrit 18.447 16.495 21.100 -1.952 4.605\n3.Xỷ Phả Lại 12.018 12.723
# 11.700 705 -1.023\n4.Đá Bôxit 5.505 10.230 9.580 4.725 -650\n5.Quặng sắt 4.770 5.726 2.550 956 -3.176\n6.Xi m¨ng
# 346.000 83.384 0 -262.616 0\n7.Phụ gia khác 11.233 1.658 1.580 -9.575 -78\n8.VËn chuyÓn Clinker 281.612 394.370
# 220.240 112.758 -174.130\n23\n9.Chuyển tải than 63.345 53.049 158.900 -10.296 105851\n10.Đoàn vận tải 19.861 29.600
# 46.100 9.739 16.500\nTổng khối lợng hàng hoá bán\nra và vận chuyển 1.163.123 1.115.704 1.010.050 -47.419 -105.645"
# The clerk's: the company's sheet as its old file has it (TCVN3 letters read as Latin-1 kept; the page's «23» is a
# page number, left out); the group title «So sánh giữa các năm» over the two change columns.
write_csv("y10-123docz-khoiluong-congty-2001.csv", [
    ["Biểu thống kê khối lợng hàng hoá bán ra và vận chuyển", N, N, N, N, N],
    ["Chỉ tiêu", "năm 1999", "năm2000", "năm 2001", "So sánh giữa các năm", N],
    [N, N, N, N, "n¨m2000/1999", "n¨m2001/2000"],
    [N, "TÊn", "TÊn", "TÊn", "TÊn", "TÊn"],
    ["1.Than cám", "393.641", "496.742", "447.500", "103.101", "-49.242"],
    ["2.Xû Pyrit", "18.447", "16.495", "21.100", "-1.952", "4.605"],
    ["3.Xỷ Phả Lại", "12.018", "12.723", "11.700", "705", "-1.023"],
    ["4.Đá Bôxit", "5.505", "10.230", "9.580", "4.725", "-650"],
    ["5.Quặng sắt", "4.770", "5.726", "2.550", "956", "-3.176"],
    ["6.Xi m¨ng", "346.000", "83.384", "0", "-262.616", "0"],
    ["7.Phụ gia khác", "11.233", "1.658", "1.580", "-9.575", "-78"],
    ["8.VËn chuyÓn Clinker", "281.612", "394.370", "220.240", "112.758", "-174.130"],
    ["9.Chuyển tải than", "63.345", "53.049", "158.900", "-10.296", "105851"],
    ["10.Đoàn vận tải", "19.861", "29.600", "46.100", "9.739", "16.500"],
    ["Tổng khối lợng hàng hoá bán ra và vận chuyển", "1.163.123", "1.115.704", "1.010.050", "-47.419", "-105.645"],
])
