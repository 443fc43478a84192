"""Build the 10 hand-made agency sheets of figures round 12 (first look).  Each is modelled on one public page found
with the ``search`` tool (corpus ``pages``, none in ``evaluations/sweep/urls.tsv``): its figures and words, laid out
as an agency lays out its biểu.  The page's address is given above each sheet; the file name carries a slug of it.

    PYTHONPATH=. .venv/bin/python evaluations/data/figures-round12/build.py

Layouts not in rounds 8-11: a table of rates only (``Tháng 6/2024 so với tháng trước | … so với tháng 12/2023 | …
so với cùng kỳ``, t01); a statistics yearbook's bilingual table by school years (``2018-2019 … 2022-2023``, ``Lớp -
Class``, the same ``Công lập - Public`` under each level, an index block in % under a unit line in classes, t02); two
quantities of a commodity side by side with their units in the titles (``Lượng (tấn) | Trị giá (triệu USD)``, t03);
a month, its months to date and a growth rate for each (t04); ``5.775/8.227`` in a cell and a change against the end
of last year (t05); a change against a year long past and ``Tổng số đơn vị`` as a row (t06); a term with ranges
(``17 - 19``) and ``hơn 90`` in cells, STTs ``1a``, ``1b`` (t07); money in foreign currency per a base (``tỷ USD``,
``USD/tấn``), STTs ``1a`` … ``1đ`` (t08); an open-data JSON export with bare year keys (t09); a yearbook's months ×
years with an untitled label column and a bare ``%`` unit line (t10).

Where a layout needs a number the page does not state, it is said below ("assumed").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, _ = folder_writers(HERE)
N = None


# t01 https://doanhnghiepkinhtexanh.vn/chi-so-gia-tieu-dung-6-thang-thuc-pham-dich-vu-an-uong-tang-manh-gia-vang-giam-a24594.html
# "CPI tháng 6/2024 tăng 0,17% so với tháng trước. So với tháng 12/2023 … tăng 1,40% và so với cùng kỳ năm trước tăng
# 4,34% … sáu tháng đầu năm 2024, CPI tăng 4,08% …; lạm phát cơ bản tăng 2,75% … CPI cơ bản tháng 6/2024 tăng 0,18%
# so với tháng trước, tăng 2,61% so với cùng kỳ năm trước"
write_csv("t01-doanhnghiepkinhtexanh-cpi-2024-06.csv", [
    ["CHỈ SỐ GIÁ TIÊU DÙNG THÁNG 6 NĂM 2024"],
    ["Đơn vị tính: %"],
    ["STT", "Chỉ tiêu", "Tháng 6/2024 so với tháng trước", "Tháng 6/2024 so với tháng 12/2023",
     "Tháng 6/2024 so với cùng kỳ năm trước", "Bình quân 6 tháng năm 2024 so với cùng kỳ"],
    ["1", "Chỉ số giá tiêu dùng (CPI)", "0,17", "1,40", "4,34", "4,08"],
    ["2", "CPI cơ bản", "0,18", "", "2,61", ""],
    ["3", "Lạm phát cơ bản", "", "", "", "2,75"],
])

# t02 http://niengiam2022.thongkevinhphuc.gov.vn/Tach%20phan/p10/p10%20b235.htm  (Số lớp học phổ thông, niên giám 2022)
write_csv("t02-thongkevinhphuc-niengiam-lop-2022-2023.csv", [
    ["Số lớp học phổ thông - Number of classes of general education"],
    ["Đơn vị tính: Lớp - Class"],
    ["Chỉ tiêu", "2018-2019", "2019-2020", "2020-2021", "2021-2022", "2022-2023"],
    ["Tiểu học - Primary school", "3.417", "3.572", "3.687", "3.767", "3.802"],
    ["Công lập - Public", "3.417", "3.572", "3.687", "3.767", "3.792"],
    ["Ngoài công lập - Non-public", "-", "-", "-", "-", "10"],
    ["Trung học cơ sở - Lower secondary school", "1.829", "1.938", "2.032", "2.102", "2.175"],
    ["Công lập - Public", "1.829", "1.938", "2.032", "2.102", "2.175"],
    ["Ngoài công lập - Non-public", "-", "-", "-", "-", "4"],
    ["Trung học phổ thông - Upper secondary school", "770", "776", "819", "843", "896"],
    ["Công lập - Public", "765", "772", "813", "834", "879"],
    ["Ngoài công lập - Non-public", "5", "4", "6", "9", "17"],
    ["Chỉ số phát triển (Năm trước = 100) - %", "", "", "", "", ""],
    ["Tiểu học - Primary school", "105,56", "104,54", "103,22", "102,17", "100,93"],
    ["Trung học cơ sở - Lower secondary school", "102,01", "105,96", "104,85", "103,44", "103,47"],
    ["Trung học phổ thông - Upper secondary school", "95,06", "100,78", "105,54", "102,93", "106,29"],
])
# (the page's THCS "Ngoài công lập" 2022-2023 is 4 while its Công lập equals the level's 2.175: as printed)

# t03 https://baogialai.com.vn/channel/722/201605/gia-lai-kim-ngach-xuat-khau-tang-12-2436726/
# "Cà phê đạt 67.965 tấn/103,16 triệu USD (tăng 18,43% về lượng, tăng 2,1% về giá trị); mủ cao su đạt 4.294 tấn/5,23
# triệu USD (tăng 35,76% …, tăng 7,78% …); mì lát … 82.480 tấn/14,8 triệu USD (75,59% …, 39,55% …); các mặt hàng khác
# đạt 41,36 triệu USD, tăng 43,26 %"; "lũy kế 5 tháng đạt 169,25 triệu USD … tăng 12%"
write_csv("t03-baogialai-xuatkhau-2016-5t.csv", [
    ["KIM NGẠCH XUẤT KHẨU 5 THÁNG ĐẦU NĂM 2016"],
    ["STT", "Mặt hàng", "Lượng (tấn)", "Trị giá (triệu USD)", "Tăng so với cùng kỳ về lượng (%)",
     "Tăng so với cùng kỳ về trị giá (%)"],
    ["1", "Cà phê", "67.965", "103,16", "18,43", "2,1"],
    ["2", "Mủ cao su", "4.294", "5,23", "35,76", "7,78"],
    ["3", "Mì lát", "82.480", "14,8", "75,59", "39,55"],
    ["4", "Các mặt hàng khác", "", "41,36", "", "43,26"],
    ["", "Tổng kim ngạch xuất khẩu", "", "169,25", "", "12"],
])

# t04 https://thoibaotaichinhvietnam.vn/xuat-khau-gao-5-thang-dau-nam-2022-dat-tren-135-ty-usd-106854.html
# "5 tháng … gần 2,77 triệu tấn gạo, tương đương trên 1,35 tỷ USD, giá trung bình đạt 489 USD/tấn, tăng 6,6% về khối
# lượng, nhưng giảm 4% về kim ngạch và giảm 9,9% về giá …; tháng 5/2022 xuất khẩu 710.371 tấn …, 347,14 triệu USD, giá
# … 488,7 USD/tấn; … tăng 13,3% về lượng, tăng 2,4% kim ngạch và giảm 9,7% về giá so với tháng 5/2021"
write_csv("t04-thoibaotaichinh-gao-2022-05.csv", [
    ["TÌNH HÌNH XUẤT KHẨU GẠO THÁNG 5 NĂM 2022"],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 5/2022", "5 tháng năm 2022", "Tháng 5/2022 so với tháng 5/2021 (%)",
     "5 tháng 2022 so với cùng kỳ (%)"],
    ["1", "Lượng gạo xuất khẩu", "tấn", "710.371", "2.770.000", "13,3", "6,6"],
    ["2", "Kim ngạch xuất khẩu gạo", "triệu USD", "347,14", "1.350", "2,4", "-4"],
    ["3", "Giá xuất khẩu bình quân", "USD/tấn", "488,7", "489", "-9,7", "-9,9"],
])
# (the page's "gần 2,77 triệu tấn" and "trên 1,35 tỷ USD" written without their qualifiers, as a table would)

# t05 http://baonamdinh.vn/channel/5083/202207/16-tinh-co-100-so-xa-dat-chuan-nong-thon-moi-2551780/
# "5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới (tăng 160 xã so với cuối năm 2021), … 764 xã … nâng cao (tăng
# 261 xã …) và 83 xã … kiểu mẫu (tăng 40 xã …); bình quân cả nước đạt 17 tiêu chí/xã … 249 đơn vị cấp huyện … tăng 36
# đơn vị so cuối năm 2021"
write_csv("t05-baonamdinh-ntm-2022-h1.csv", [
    ["KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI 6 THÁNG ĐẦU NĂM 2022"],
    ["STT", "Chỉ tiêu", "ĐVT", "Đến 30/6/2022", "Tăng so với cuối năm 2021"],
    ["1", "Số xã đạt chuẩn nông thôn mới", "xã", "5.775/8.227", "160"],
    ["2", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "70,2", ""],
    ["3", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "764", "261"],
    ["4", "Số xã đạt chuẩn nông thôn mới kiểu mẫu", "xã", "83", "40"],
    ["5", "Số tiêu chí bình quân", "tiêu chí/xã", "17", ""],
    ["6", "Số đơn vị cấp huyện đạt chuẩn nông thôn mới", "đơn vị", "249", "36"],
])

# t06 http://nongthonmoithuathienhue.vn/tien-do-thuc-hien-ntm
# "Tiến độ thực hiện 19 tiêu chí nông thôn mới đến 30/9/2015 - Tổng tiêu chí đạt được: 1.286 tiêu chí/92 xã. Số tiêu
# chí đạt bình quân: 14 tiêu chí/1 xã, tăng 5,5 tiêu chí so với năm 2010; cao hơn 2,36 tiêu chí so với bình quân cả
# nước (11,64 tiêu chí/xã); Toàn Tỉnh không còn xã dưới 6 tiêu chí"
write_csv("t06-nongthonmoihue-tieuchi-2015-9t.csv", [
    ["TIẾN ĐỘ THỰC HIỆN 19 TIÊU CHÍ NÔNG THÔN MỚI 9 THÁNG NĂM 2015"],
    ["STT", "Chỉ tiêu", "ĐVT", "Đến 30/9/2015", "Tăng so với năm 2010"],
    ["1", "Tổng số đơn vị (xã xây dựng nông thôn mới)", "xã", "92", ""],
    ["2", "Tổng số tiêu chí đạt được", "tiêu chí", "1.286", ""],
    ["3", "Số tiêu chí đạt bình quân", "tiêu chí/xã", "14", "5,5"],
    ["3a", "Bình quân cả nước", "tiêu chí/xã", "11,64", ""],
    ["4", "Số xã đạt dưới 6 tiêu chí", "xã", "0", ""],
])

# t07 http://baolamdong.vn/xahoi/202008/chao-mung-dai-hoi-dai-bieu-dang-bo-huyen-lac-duong-lan-thu-xi-nhiem-ky-2020-2025-buc-tranh-giao-duc-voi-gam-mau-sang-3016174/
# "Bậc học mầm non huy động hàng năm đạt 100%; trong đó, trẻ nhà trẻ huy động được từ 17% - 19%; trẻ mẫu giáo huy động
# hơn 90%, riêng trẻ 5 tuổi … 100% …; bậc tiểu học … 100%; bậc học THCS … 98,9% …; bậc THPT … 93,5% (nhiệm kỳ trước
# huy động được từ 80 đến 85%) … duy trì sĩ số … mầm non … 100%; … tiểu học … 100%; … THCS … 99,3% và … THPT … 93,4%"
write_csv("t07-baolamdong-lacduong-giaoduc-2015-2020.csv", [
    ["KẾT QUẢ GIÁO DỤC HUYỆN LẠC DƯƠNG NHIỆM KỲ 2015-2020"],
    ["STT", "Chỉ tiêu", "ĐVT", "Nhiệm kỳ 2015-2020", "Nhiệm kỳ 2010-2015"],
    ["1", "Huy động trẻ mầm non", "%", "100", ""],
    ["1a", "Huy động trẻ nhà trẻ", "%", "17 - 19", ""],
    ["1b", "Huy động trẻ mẫu giáo", "%", "hơn 90", ""],
    ["1c", "Huy động trẻ 5 tuổi", "%", "100", ""],
    ["2", "Huy động học sinh tiểu học", "%", "100", ""],
    ["3", "Huy động học sinh trung học cơ sở", "%", "98,9", ""],
    ["4", "Huy động học sinh trung học phổ thông", "%", "93,5", "80 - 85"],
    ["5", "Duy trì sĩ số mầm non", "%", "100", ""],
    ["6", "Duy trì sĩ số tiểu học", "%", "100", ""],
    ["7", "Duy trì sĩ số trung học cơ sở", "%", "99,3", ""],
    ["8", "Duy trì sĩ số trung học phổ thông", "%", "93,4", ""],
])

# t08 https://vnbusiness.vn/thi-truong/gia-xuat-khau-ca-phe-tang-gan-50-vuot-qua-nhieu-ngoi-sao-nganh-nong-san-1100095.html
# "5 tháng … kim ngạch XK nông lâm thủy sản ước đạt 24,14 tỷ USD, tăng 21% …; xuất siêu 6,53 tỷ USD, tăng 64,5%. …
# Nông sản 13,11 tỷ USD, tăng 27,7%; lâm sản 6,58 tỷ USD, tăng 22,7%; thủy sản 3,5 tỷ USD, tăng 3,6%; chăn nuôi 199
# triệu USD, tăng 5,6%. Riêng đầu vào sản xuất 756 triệu USD, giảm 1,3% … Cà phê … lượng 833 nghìn tấn, giảm 3,9%; Gạo
# … lượng 4,15 triệu tấn, tăng 14,7% … Giá xuất khẩu bình quân: Gạo 638 USD/tấn, tăng 20,5%; cà phê 3.482 USD/tấn,
# tăng 49,9%"
write_csv("t08-vnbusiness-nlts-2021-5t.csv", [
    ["XUẤT KHẨU NÔNG LÂM THỦY SẢN 5 THÁNG ĐẦU NĂM 2021"],
    ["STT", "Chỉ tiêu", "ĐVT", "5 tháng năm 2021", "Tăng/giảm so với cùng kỳ (%)"],
    ["1", "Kim ngạch xuất khẩu nông lâm thủy sản", "tỷ USD", "24,14", "21"],
    ["1a", "Nông sản", "tỷ USD", "13,11", "27,7"],
    ["1b", "Lâm sản", "tỷ USD", "6,58", "22,7"],
    ["1c", "Thủy sản", "tỷ USD", "3,5", "3,6"],
    ["1d", "Chăn nuôi", "triệu USD", "199", "5,6"],
    ["1đ", "Đầu vào sản xuất", "triệu USD", "756", "-1,3"],
    ["2", "Xuất siêu", "tỷ USD", "6,53", "64,5"],
    ["3", "Khối lượng cà phê xuất khẩu", "nghìn tấn", "833", "-3,9"],
    ["4", "Khối lượng gạo xuất khẩu", "triệu tấn", "4,15", "14,7"],
    ["5", "Giá xuất khẩu bình quân gạo", "USD/tấn", "638", "20,5"],
    ["6", "Giá xuất khẩu bình quân cà phê", "USD/tấn", "3.482", "49,9"],
])

# t09, t10 https://cucthongke.binhdinh.gov.vn/book/files/basic-html/page569.html  (niên giám Bình Định, biểu 236)
# t09: the yearbook's summary lines as an open-data portal exports them: an object with a title and a list of rows
# keyed by the sheet's own column titles, the years bare; numbers as JSON numbers
(HERE / "t09-cucthongkebinhdinh-cpi-2023.json").write_text(json.dumps({
    "tieu_de": "Chỉ số giá tiêu dùng năm 2023 tỉnh Bình Định",
    "don_vi_tinh": "%",
    "du_lieu": [
        {"Chỉ tiêu": "Chỉ số giá tiêu dùng bình quân tháng", "Đơn vị tính": "%",
         "2021": 100.26, "2022": 100.24, "2023": 100.17},
        {"Chỉ tiêu": "Chỉ số giá tiêu dùng tháng 12 so với tháng 12 năm trước", "Đơn vị tính": "%",
         "2021": 103.13, "2022": 102.98, "2023": 102.10},
        {"Chỉ tiêu": "Chỉ số giá tiêu dùng năm so với năm trước", "Đơn vị tính": "%",
         "2021": 103.37, "2022": 102.84, "2023": 102.19},
    ]}, ensure_ascii=False, indent=1), encoding="utf-8")

MONTHS = [("Tháng 1 - Jan.", "100,39", "101,54", "100,42", "100,30", "100,88"),
          ("Tháng 2 - Feb.", "100,61", "99,49", "102,02", "100,41", "100,10"),
          ("Tháng 3 - Mar.", "99,38", "99,00", "98,86", "100,05", "99,48"),
          ("Tháng 4 - Apr.", "100,38", "98,25", "100,19", "100,69", "99,72"),
          ("Tháng 5 - May", "100,54", "100,05", "100,39", "100,48", "100,09"),
          ("Tháng 6 - Jun.", "99,84", "100,45", "100,03", "100,47", "100,18"),
          ("Tháng 7 - Jul.", "100,42", "100,24", "100,48", "100,13", "100,32"),
          ("Tháng 8 - Aug.", "100,18", "100,27", "100,29", "99,83", "100,48"),
          ("Tháng 9 - Sep.", "100,48", "100,43", "99,79", "99,89", "100,63"),
          ("Tháng 10 - Oct.", "100,23", "100,25", "100,07", "99,98", "100,33"),
          ("Tháng 11 - Nov.", "101,18", "100,50", "100,79", "100,42", "99,85"),
          ("Tháng 12 - Dec.", "101,19", "100,46", "99,78", "100,28", "100,04"),
          ("Bình quân tháng - Monthly average index", "100,40", "100,07", "100,26", "100,24", "100,17")]

# t10: the yearbook's own page: an untitled label column, bare years, a bare "%" unit line, a bilingual block title
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "236"
for r in [["Chỉ số giá tiêu dùng các tháng trong năm - Consumer price index"], ["%"],
          [N, "2019", "2020", "2021", "2022", "2023"],
          ["Tháng trước = 100 - Previous month = 100"], *[list(m) for m in MONTHS]]:
    ws.append(r)
wb.save(HERE / "t10-cucthongkebinhdinh-cpi-thang-2023.xlsx")
