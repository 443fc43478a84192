"""Round 21 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``, in any case or in another worktree's cases, checked with ``grep -rlF`` before use),
as an agency's clerk would keep them, in fields the rounds had not had (forests, passenger transport, fisheries,
complaints, the provinces' budget league), each in a layout the brief of round 21 asks for: the unit in a title row
only (b01, b09); years as period columns with ``-`` for none and an index block (b02); a month named in words (``tháng
Năm``) beside the months so far (b03); an XLSX with header cells merged over two rows (b04); totals above their parts
with ``>`` and ``-`` in the cells (b05, b06); a JSON export of a database, records with Vietnamese keys, kinds × measures
(b07); a matrix of units × measures with no ``Chỉ tiêu`` column (b08, b09: the held-out Đồng Nai THADS finding) with
``~`` and ``>`` (``gần 50.000``, ``trên 124.854``); a yearbook's years × provinces with regions above their provinces
and the page's ``68.8`` (b10).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a unit, a province's name).

Run: ``.venv/bin/python evaluations/data/figures-round21/build.py``.
First look (before any code of round 21): evaluations/data/figures-round21/README.md.
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

# b01 http://cucthongke.vn/ngtk/2022/files/basic-html/page397.html
# "161 Hiện trạng rừng đến 31/12 hằng năm / Area of forest as of 31st December / Đơn vị tính - Unit: Ha / Diện tích
# có rừng | Chia ra - Of which: Rừng tự nhiên, Rừng trồng | Tỷ lệ che phủ rừng (%) / 2018 325.517,2 286.495,4 39.021,8
# 41,20 / 2019 336.405,4 288.675,9 47.729,5 43,06 / 2020 336.256,8 288.674,4 47.582,4 43,04 / 2021 336.132,5 288.564,3
# 47.568,2 43,02 / Sơ bộ - Prel.2022 342.410,2 296.926,8 45.483,4 43,11"
# The clerk's: the yearbook's table as kept, the unit in a title row only, one row a year.
write_csv("b01-cucthongke-hientrang-rung-2022.csv", [
    ["HIỆN TRẠNG RỪNG ĐẾN 31/12 HẰNG NĂM", N, N, N, N],
    ["Đơn vị tính: Ha", N, N, N, N],
    ["Năm", "Diện tích có rừng", "Rừng tự nhiên", "Rừng trồng", "Tỷ lệ che phủ rừng (%)"],
    ["2018", "325.517,2", "286.495,4", "39.021,8", "41,20"],
    ["2019", "336.405,4", "288.675,9", "47.729,5", "43,06"],
    ["2020", "336.256,8", "288.674,4", "47.582,4", "43,04"],
    ["2021", "336.132,5", "288.564,3", "47.568,2", "43,02"],
    ["Sơ bộ 2022", "342.410,2", "296.926,8", "45.483,4", "43,11"],
])

# b02 https://nghean.gov.vn/van-tai-buu-chinh-va-vien-thong/so-luot-hanh-khach-luan-chuyen-phan-theo-loai-hinh-kinh-te-va-nganh-van-tai-360553
# "Số lượt hành khách luân chuyển phân theo loại hình kinh tế và ngành vận tải / 2015 2017 2018 2019 Sơ bộ Prel. 2020 /
# Nghìn người.km - Thous. persons.km / TỔNG SỐ - TOTAL 5.088.449 6.182.521 6.982.034 8.137.241 8.017.461 / … Tập thể -
# Collective 115.790 178.874 188.175 202.584 195.039 / … Khu vực có vốn đầu tư nước ngoài - - - - - / … Đường bộ - Road
# 5.086.335 … 8.016.445 / Đường sông 2.114 1.832 1.606 1.135 1.016 / Đường biển - - - - - / Chỉ số phát triển (Năm
# trước = 100) - % / TỔNG SỐ - TOTAL 112,63 111,25 112,93 116,55 98,53 / …"
# The clerk's: the English dropped; the years across, the unit a row of its own, '-' where the page has it.
D5 = ["-", "-", "-", "-", "-"]
write_csv("b02-nghean-hanhkhach-luanchuyen-2020.csv", [
    ["SỐ LƯỢT HÀNH KHÁCH LUÂN CHUYỂN PHÂN THEO LOẠI HÌNH KINH TẾ VÀ NGÀNH VẬN TẢI", N, N, N, N, N],
    [N, "2015", "2017", "2018", "2019", "Sơ bộ 2020"],
    ["Nghìn người.km", N, N, N, N, N],
    ["TỔNG SỐ", "5.088.449", "6.182.521", "6.982.034", "8.137.241", "8.017.461"],
    ["Phân theo loại hình kinh tế", N, N, N, N, N],
    ["Nhà nước", N, N, N, N, N],
    ["Ngoài Nhà nước", "5.088.449", "6.182.521", "6.982.034", "8.137.241", "8.017.461"],
    ["Tập thể", "115.790", "178.874", "188.175", "202.584", "195.039"],
    ["Tư nhân", "461.161", "606.612", "626.052", "721.324", "670.699"],
    ["Cá thể", "4.511.498", "5.397.035", "6.167.807", "7.213.333", "7.151.723"],
    ["Khu vực có vốn đầu tư nước ngoài"] + D5,
    ["Phân theo ngành vận tải", N, N, N, N, N],
    ["Đường bộ", "5.086.335", "6.180.689", "6.980.428", "8.136.106", "8.016.445"],
    ["Đường sông", "2.114", "1.832", "1.606", "1.135", "1.016"],
    ["Đường biển"] + D5,
    ["Chỉ số phát triển (Năm trước = 100) - %", N, N, N, N, N],
    ["TỔNG SỐ", "112,63", "111,25", "112,93", "116,55", "98,53"],
    ["Tập thể", "72,05", "106,50", "105,20", "107,66", "96,28"],
    ["Tư nhân", "96,46", "90,18", "103,20", "115,22", "92,98"],
    ["Cá thể", "116,31", "114,42", "114,28", "116,95", "99,15"],
    ["Đường bộ", "112,64", "111,26", "112,94", "116,56", "98,53"],
    ["Đường sông", "99,62", "88,39", "87,65", "70,65", "89,54"],
])

# b03 https://tapchitaichinh.vn/van-tai-hanh-khach-va-hang-hoa-5-thang-dau-nam-2018.html
# "Vận tải hành khách tháng Năm ước tính đạt 382,2 triệu lượt khách, tăng 1,6% so với tháng trước và 16,9 tỷ lượt
# khách, tăng 1,7%. Tính chung 5 tháng đầu năm 2018, vận tải hành khách đạt 1.874,5triệu lượt khách, tăng 10,4% so với
# cùng kỳ năm trước và 82,8 tỷ lượt khách, tăng 11,2%, trong đó vận tải hành khách đường bộ đạt 1.768,9 triệu lượt
# khách, tăng 10,6% … đường thủy nội địa đạt 78,7 triệu lượt khách, tăng 6,1% … đường biển đạt 3 triệu lượt khách, tăng
# 6,9% … đường hàng không đạt khá với 20,3 triệu lượt khách, tăng 14% … riêng vận tải đường sắt đạt 3,5 triệu lượt
# khách, giảm 11,4% … Vận tải hàng hóa tháng Năm ước tính đạt 135 triệu tấn, tăng 1,2% so với tháng trước và 25,1 tỷ
# tấn, tăng 1,3%. Tính chung 5 tháng, vận tải hàng hóa đạt 659,9 triệu tấn, tăng 9,7% so với cùng kỳ năm trước và 122,5
# tỷ tấn, tăng 6,4%, trong đó vận tải trong nước đạt 646 triệu tấn, tăng 9,9% … vận tải ngoài nước đạt 13,9 triệu tấn,
# tăng 1,8% … đường bộ đạt 509,4 triệu tấn, tăng 10,5% … đường thủy nội địa đạt 116,5 triệu tấn, tăng 7,7% … đường biển
# đạt 31,5 triệu tấn, tăng 4,7%"
# The clerk's: the month named in words as the page does ('tháng Năm'), the months so far beside it; the traffic's
# unit written '.km' (the page's 'tỷ lượt khách' / 'tỷ tấn' are the traffic); rates as signed changes.
write_csv("b03-tapchitaichinh-vantai-2018-05.csv", [
    ["VẬN TẢI HÀNH KHÁCH VÀ HÀNG HÓA THÁNG NĂM VÀ 5 THÁNG ĐẦU NĂM 2018", N, N, N, N, N],
    ["Chỉ tiêu", "Đơn vị tính", "Ước tính tháng Năm", "Tăng/giảm so với tháng trước (%)", "Tính chung 5 tháng",
     "Tăng/giảm so với cùng kỳ năm trước (%)"],
    ["Vận tải hành khách", "triệu lượt khách", "382,2", "1,6", "1.874,5", "10,4"],
    ["Luân chuyển hành khách", "tỷ lượt khách.km", "16,9", "1,7", "82,8", "11,2"],
    ["Trong đó: đường bộ", "triệu lượt khách", N, N, "1.768,9", "10,6"],
    ["Đường thủy nội địa", "triệu lượt khách", N, N, "78,7", "6,1"],
    ["Đường biển", "triệu lượt khách", N, N, "3", "6,9"],
    ["Đường hàng không", "triệu lượt khách", N, N, "20,3", "14"],
    ["Đường sắt", "triệu lượt khách", N, N, "3,5", "-11,4"],
    ["Vận tải hàng hóa", "triệu tấn", "135", "1,2", "659,9", "9,7"],
    ["Luân chuyển hàng hóa", "tỷ tấn.km", "25,1", "1,3", "122,5", "6,4"],
    ["Trong đó: vận tải trong nước", "triệu tấn", N, N, "646", "9,9"],
    ["Vận tải ngoài nước", "triệu tấn", N, N, "13,9", "1,8"],
])

# b04 http://vinanet.vn/kinhte-taichinh/tinh-hinh-san-xuat-va-nuoi-trong-thuy-san-quy-i2017-666575.html
# "Trong đó cá đạt 978,6 nghìn tấn, tăng 3,4%; tôm đạt 131,5 nghìn tấn, tăng 5,3%. Sản lượng thủy sản nuôi trồng 3
# tháng ước đạt 566,8 nghìn tấn, tăng 2,1% so với cùng kỳ năm trước, trong đó cá đạt 401,6 nghìn tấn, tăng 1,5%; tôm
# đạt 97,8 nghìn tấn, tăng 6,9%. … Sản lượng cá tra ước tính đạt 209,3 nghìn tấn, giảm 1,2% … Sản lượng tôm sú ước
# tính đạt 39,3 nghìn tấn, tăng 2,8% …; sản lượng tôm thẻ chân trắng đạt 37,5 nghìn tấn, tăng 14,9% … Sản lượng thủy
# sản khai thác 3 tháng đầu năm ước tính đạt 754,1 nghìn tấn, tăng 3,5% …, trong đó cá đạt 577 nghìn tấn, tăng 4,8%;
# tôm đạt 33,7 nghìn tấn, tăng 1%. … sản lượng thủy sản khai thác biển quý I ước tính đạt 720 nghìn tấn, tăng 3,7% …,
# trong đó cá đạt 553,4 nghìn tấn, tăng 5%; tôm đạt 31,2 nghìn tấn, tăng 2,5%."
# The clerk's: a workbook whose header is merged over two rows (Chỉ tiêu and ĐVT down two rows, the quarter across
# two columns); the total's own number is cut off the page, its row left blank.
write_xlsx("b04-vinanet-thuysan-2017-q1.xlsx", [
    ["SẢN XUẤT VÀ NUÔI TRỒNG THỦY SẢN QUÝ I/2017", N, N, N],
    ["Chỉ tiêu", "Đơn vị tính", "Ước tính quý I/2017", N],
    [N, N, "Sản lượng", "Tăng/giảm so với cùng kỳ năm trước (%)"],
    ["Sản lượng thủy sản", "nghìn tấn", N, N],
    ["- Cá", "nghìn tấn", 978.6, 3.4],
    ["- Tôm", "nghìn tấn", 131.5, 5.3],
    ["Sản lượng thủy sản nuôi trồng", "nghìn tấn", 566.8, 2.1],
    ["- Cá", "nghìn tấn", 401.6, 1.5],
    ["- Tôm", "nghìn tấn", 97.8, 6.9],
    ["Cá tra", "nghìn tấn", 209.3, -1.2],
    ["Tôm sú", "nghìn tấn", 39.3, 2.8],
    ["Tôm thẻ chân trắng", "nghìn tấn", 37.5, 14.9],
    ["Sản lượng thủy sản khai thác", "nghìn tấn", 754.1, 3.5],
    ["- Cá", "nghìn tấn", 577, 4.8],
    ["- Tôm", "nghìn tấn", 33.7, 1],
    ["Khai thác biển", "nghìn tấn", 720, 3.7],
    ["- Cá", "nghìn tấn", 553.4, 5],
    ["- Tôm", "nghìn tấn", 31.2, 2.5],
], merges=("A2:A3", "B2:B3", "C2:D2"))

# b05 http://nhanongxanh.vn/nha-nong-xanh/san-luong-thuy-san-quy-i-2020-dat-hon-15-trieu-tan-133599/
# "Sản lượng thủy sản quý I/2020 đạt hơn 1,5 triệu tấn … tổng sản lượng đạt 1,5 triệu tấn. … sản lượng thủy sản tháng
# 3 ước đạt 502.200 tấn, tăng 1,2% so cùng kỳ năm trước, bao gồm cá đạt 368.400 tấn, tăng 0,8%; tôm đạt 51.800 tấn,
# tăng 3,8%; thủy sản khác đạt 82.000 tấn, tăng 1,4%. Sản lượng thủy sản nuôi trồng trong tháng ước đạt 160.100 tấn,
# tăng 0,8% so cùng kỳ năm 2019, trong đó cá đạt 104.900 tấn, giảm 2,1%; tôm đạt 37.400 tấn, tăng 7,8%. … Sản lượng cá
# tra tháng 3 ước đạt 74.700 tấn, giảm 8,8%. Tính chung quý I/2020, sản lượng cá tra ước 242.800 tấn, giảm 3,7%. …
# Sản lượng tôm sú tháng 3 ước đạt 18.800 tấn, tăng 3,8%"
# The clerk's: totals above their parts, '>' for the page's «hơn 1,5 triệu tấn», '-' where the page gives nothing.
write_csv("b05-nhanongxanh-thuysan-2020-03.csv", [
    ["SẢN LƯỢNG THỦY SẢN THÁNG 3 VÀ QUÝ I/2020", N, N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "Tháng 3/2020", "So với cùng kỳ năm trước (%)", "Quý I/2020", "So với cùng kỳ năm trước (%)"],
    ["Tổng sản lượng thủy sản", "tấn", "502.200", "+1,2", ">1.500.000", "-"],
    ["- Cá", "tấn", "368.400", "+0,8", "-", "-"],
    ["- Tôm", "tấn", "51.800", "+3,8", "-", "-"],
    ["- Thủy sản khác", "tấn", "82.000", "+1,4", "-", "-"],
    ["Sản lượng thủy sản nuôi trồng", "tấn", "160.100", "+0,8", "-", "-"],
    ["- Cá", "tấn", "104.900", "-2,1", "-", "-"],
    ["- Tôm", "tấn", "37.400", "+7,8", "-", "-"],
    ["Sản lượng cá tra", "tấn", "74.700", "-8,8", "242.800", "-3,7"],
    ["Sản lượng tôm sú", "tấn", "18.800", "+3,8", "-", "-"],
])

# b06 https://goviet.org.vn/bai-viet/dien-tich-trong-rung-moi-tap-trung-tang-5-1-9741
# "Tháng 3/2022, diện tích rừng trồng mới tập trung của cả nước ước đạt 17,4 nghìn ha, tăng 5,3% so với cùng kỳ năm
# trước. Ước tính 3 tháng đầu năm 2022, diện tích rừng trồng mới tập trung của cả nước đạt 35,4 nghìn ha, tăng 5,1% …;
# số cây lâm nghiệp trồng phân tán đạt 27 triệu cây, tăng 8,2%; sản lượng gỗ khai thác đạt hơn 3,1 triệu m3, tăng
# 3,6%; sản lượng củi khai thác đạt 4,7 triệu ste, tăng 0,9%. Diện tích rừng bị thiệt hại trong tháng 3/2022 là 76,4
# ha, giảm 19,7% …, bao gồm: Diện tích rừng bị cháy là 6,9 ha, giảm 66,1%; diện tích rừng bị chặt phá là 69,5 ha, giảm
# 7%. Ước tính 3 tháng đầu năm 2022, diện tích rừng bị thiệt hại là 216,5 ha, giảm 40,4% …, bao gồm: Diện tích rừng bị
# cháy là 7,8 ha, giảm 93,2% (3 tháng đầu năm 2021, diện tích rừng bị cháy là 115,1 ha); diện tích rừng bị chặt phá là
# 208,7 ha, giảm 15,9%."
# The clerk's: the month and the months so far, each with its change; totals above their parts; '>' for «hơn».
write_csv("b06-goviet-lamnghiep-2022-03.csv", [
    ["SẢN XUẤT LÂM NGHIỆP THÁNG 3 VÀ 3 THÁNG ĐẦU NĂM 2022", N, N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "Tháng 3/2022", "Tăng/giảm so với cùng kỳ (%)", "3 tháng năm 2022",
     "Tăng/giảm so với cùng kỳ (%)"],
    ["Diện tích rừng trồng mới tập trung", "nghìn ha", "17,4", "5,3", "35,4", "5,1"],
    ["Số cây lâm nghiệp trồng phân tán", "triệu cây", "-", "-", "27", "8,2"],
    ["Sản lượng gỗ khai thác", "triệu m3", "-", "-", ">3,1", "3,6"],
    ["Sản lượng củi khai thác", "triệu ste", "-", "-", "4,7", "0,9"],
    ["Diện tích rừng bị thiệt hại", "ha", "76,4", "-19,7", "216,5", "-40,4"],
    ["Trong đó: - Diện tích rừng bị cháy", "ha", "6,9", "-66,1", "7,8", "-93,2"],
    ["- Diện tích rừng bị chặt phá", "ha", "69,5", "-7", "208,7", "-15,9"],
])

# b07 https://baolamdong.vn/phap-luat/202402/toan-tinh-da-tiep-nhan-7156-don-khieu-nai-to-cao-kien-nghi-phan-anh-8ae12d5/
# "Trong năm 2023, toàn tỉnh đã tiếp nhận 7.156 đơn khiếu nại, tố cáo, kiến nghị, phản ảnh, trong đó có 5.591 đơn đủ
# điều kiện xử lý với 651 đơn khiếu nại, 281 đơn tố cáo và 4.659 đơn kiến nghị, phản ảnh. … tiếp nhận giải quyết theo
# thẩm quyền 2.886 đơn (gồm 359 đơn khiếu nại; 122 đơn tố cáo và 2.405 đơn kiến nghị, phản ảnh). Đến hết năm 2023, đã
# giải quyết 274 đơn khiếu nại và 105 đơn tố cáo; trong đó có 11 đơn khiếu nại đúng, 10 đơn khiếu nại đúng một phần,
# 74 đơn được rút thông qua giải thích, thuyết phục và 179 đơn khiếu nại sai; có 9 đơn tố cáo đúng, 15 đơn tố cáo đúng
# một phần, 11 đơn tố cáo được rút trong quá trình giải quyết và 70 đơn tố cáo sai."
# The clerk's: the complaints database's export, one record per kind of letter, Vietnamese keys, null where nothing.
RECORDS = [
    {"Loại đơn": "Tổng số", "Số đơn tiếp nhận": 7156, "Số đơn đủ điều kiện xử lý": 5591,
     "Số đơn thuộc thẩm quyền": 2886, "Số đơn đã giải quyết": None, "Đúng": None, "Đúng một phần": None,
     "Rút": None, "Sai": None},
    {"Loại đơn": "Khiếu nại", "Số đơn tiếp nhận": None, "Số đơn đủ điều kiện xử lý": 651,
     "Số đơn thuộc thẩm quyền": 359, "Số đơn đã giải quyết": 274, "Đúng": 11, "Đúng một phần": 10, "Rút": 74,
     "Sai": 179},
    {"Loại đơn": "Tố cáo", "Số đơn tiếp nhận": None, "Số đơn đủ điều kiện xử lý": 281,
     "Số đơn thuộc thẩm quyền": 122, "Số đơn đã giải quyết": 105, "Đúng": 9, "Đúng một phần": 15, "Rút": 11,
     "Sai": 70},
    {"Loại đơn": "Kiến nghị, phản ảnh", "Số đơn tiếp nhận": None, "Số đơn đủ điều kiện xử lý": 4659,
     "Số đơn thuộc thẩm quyền": 2405, "Số đơn đã giải quyết": None, "Đúng": None, "Đúng một phần": None,
     "Rút": None, "Sai": None},
]
(HERE / "b07-baolamdong-donthu-2023.json").write_text(json.dumps(RECORDS, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")

# b08 https://congdong.infina.vn/t/top-10-dia-phuong-thu-ngan-sach-lon-nhat-9-thang-bac-ninh-tro-lai-quang-ninh-vuot-dong-nai/30618
# "Thành phố Hồ Chí Minh tiếp tục giữ vị trí đứng đầu với tổng thu đạt 326.193 tỷ đồng. Tuy nhiên, con số này chỉ đạt
# 69,4% so với dự toán và bằng 93,6% so với cùng kỳ năm 2022. Hà Nội xếp thứ hai với tổng thu ngân sách đạt 305.300 tỷ
# đồng, đạt 86,5% so với dự toán và tăng 24,6% so với cùng kỳ năm trước. Hải Phòng … đạt 66.713,1 tỷ đồng, đạt 57,29%
# so với dự toán và bằng 84,74% so với cùng kỳ năm trước. Trong khi đó, tổng thu ngân sách Nhà nước trên địa bàn tỉnh
# đạt 63.968 tỷ đồng, đứng thứ tư cả nước. Bình Dương đứng thứ năm với tổng thu ngân sách gần 50.000 tỷ đồng. Các địa
# phương tiếp theo là Quảng Ninh với 40.680 tỷ đồng, Đồng Nai với 38.600 tỷ đồng, Thanh Hóa với 28.727 tỷ đồng, Hưng
# Yên với 24.000 tỷ đồng và Bắc Ninh với 20.040 tỷ đồng."
# The clerk's: a matrix of provinces × measures, the provinces' column titled 'Địa phương' (no 'Chỉ tiêu'); the fourth
# province named (the page leaves its name out: Bà Rịa - Vũng Tàu, fourth in the league the same year); «tăng 24,6%»
# written as the index the column holds (124,6); '~' for «gần», '-' for nothing.
write_csv("b08-infina-thungansach-top10-2023-9t.csv", [
    ["TOP 10 ĐỊA PHƯƠNG THU NGÂN SÁCH NHÀ NƯỚC LỚN NHẤT 9 THÁNG ĐẦU NĂM 2023", N, N, N],
    ["Địa phương", "Tổng thu NSNN (tỷ đồng)", "So với dự toán (%)", "So với cùng kỳ (%)"],
    ["TP. Hồ Chí Minh", "326.193", "69,4", "93,6"],
    ["Hà Nội", "305.300", "86,5", "124,6"],
    ["Hải Phòng", "66.713,1", "57,29", "84,74"],
    ["Bà Rịa - Vũng Tàu", "63.968", "-", "-"],
    ["Bình Dương", "~50.000", "-", "-"],
    ["Quảng Ninh", "40.680", "-", "-"],
    ["Đồng Nai", "38.600", "-", "-"],
    ["Thanh Hóa", "28.727", "-", "-"],
    ["Hưng Yên", "24.000", "-", "-"],
    ["Bắc Ninh", "20.040", "-", "-"],
])

# b09 https://baohatinh.vn/dau-tu/lo-dien-top-10-dia-phuong-dung-dau-ve-thu-ngan-sach-6-thang-dau-nam/215126.htm
# "tổng thu cân đối ngân sách nhà nước trên địa bàn thành phố [Hồ Chí Minh] trong 6 tháng đầu năm 2021 là 198.566 tỷ
# đồng, đạt 55,7% dự toán và tăng 20,7% so cùng kỳ năm 2020. … [Hà Nội] Tổng thu ngân sách nhà nước trên địa bàn 6
# tháng đầu năm ước đạt trên 124.854 tỷ đồng, đạt 53% dự toán Trung ương giao …, bằng 107,1% so với cùng kỳ. … [Hải
# Phòng] Tổng thu ngân sách nhà nước trên địa bàn thành phố 6 tháng/2021 ước đạt 45.010,45 tỷ đồng, bằng 124,5% so với
# cùng kỳ năm trước, trong đó: thu nội địa ước đạt 15.916,82 tỷ đồng, bằng 133,4%; thu cân đối từ hoạt động xuất nhập
# khẩu đạt 28.099,96 tỷ đồng, bằng 120,8%. … [Bình Dương] Tổng thu mới ngân sách 6 tháng đầu năm 2021 … ước thực hiện
# 36.600 tỷ đồng, đạt 62% dự toán"
# The clerk's: the unit in the title row only; provinces × measures (the total and its two parts, the share of the
# plan, the index on last year), no 'Chỉ tiêu' column; '>' for «trên»; «tăng 20,7%» as the index 120,7.
write_csv("b09-baohatinh-thungansach-2021-h1.csv", [
    ["THU NGÂN SÁCH NHÀ NƯỚC 6 THÁNG ĐẦU NĂM 2021 CỦA MỘT SỐ ĐỊA PHƯƠNG (Đơn vị: tỷ đồng)", N, N, N, N, N],
    ["Địa phương", "Tổng thu NSNN", "Thu nội địa", "Thu từ hoạt động xuất nhập khẩu", "Đạt so với dự toán (%)",
     "So với cùng kỳ (%)"],
    ["TP. Hồ Chí Minh", "198.566", N, N, "55,7", "120,7"],
    ["Hà Nội", ">124.854", N, N, "53", "107,1"],
    ["Hải Phòng", "45.010,45", "15.916,82", "28.099,96", N, "124,5"],
    ["Bình Dương", "36.600", N, N, "62", N],
])

# b10 https://www.gso.gov.vn/default.aspx?tabid=394&idmid=3&ItemID=12738
# "Số lượt hành khách vận chuyển bằng đường bộ phân theo địa phương(*) / Triệu lượt người / 2000 … 2010 / CẢ NƯỚC 610,3
# 666,0 715,5 915,7 1024,5 1153,8 1309,4 1451,8 1601,3 1733,8 1992,0 / Đồng bằng sông Hồng 68.8 74,0 99,0 261,8 331,5
# 405,6 458,2 508,0 579,5 638,4 748,6 / Hà Nội 33,2 … 646,6 / Hà Tây 7,7 9,8 11,0 10,9 11,6 16,8 22,8 23,3 / Vĩnh Phúc
# … / Trung du và miền núi phía Bắc 18.1 19,8 … 60,0 / Hà Giang … Yên Bái 1,2 1,6 1,5 1,8 2,9 3,5 4,0 4,3 4,4 4,9 4,9"
# The clerk's: the yearbook's table to Yên Bái (the page is cut at Thái Nguyên), regions above their provinces, the
# page's '68.8' and '18.1' kept; Hà Tây's eight years are 2000-2007 (merged into Hà Nội in 2008), the rest blank.
YEARS = [str(y) for y in range(2000, 2011)]
PROV = [
    ("CẢ NƯỚC", "610,3 666,0 715,5 915,7 1024,5 1153,8 1309,4 1451,8 1601,3 1733,8 1992,0"),
    ("Đồng bằng sông Hồng", "68.8 74,0 99,0 261,8 331,5 405,6 458,2 508,0 579,5 638,4 748,6"),
    ("Hà Nội", "33,2 34,1 55,4 213,2 274,7 335,3 375,5 413,2 495,8 547,8 646,6"),
    ("Hà Tây", "7,7 9,8 11,0 10,9 11,6 16,8 22,8 23,3"),
    ("Vĩnh Phúc", "0,9 0,9 1,3 1,7 2,6 3,9 4,2 6,0 7,0 7,9 9,9"),
    ("Bắc Ninh", "1,5 1,7 1,8 2,2 2,6 2,8 3,4 3,7 4,1 4,6 5,6"),
    ("Quảng Ninh", "4,2 4,7 4,9 5,5 6,3 6,8 7,2 9,9 9,9 11,4 12,1"),
    ("Hải Dương", "1,3 1,4 1,8 2,8 4,0 4,4 5,5 5,7 8,2 9,6 12,0"),
    ("Hải Phòng", "9,8 10,5 11,0 12,2 13,3 15,1 18,5 20,5 26,2 25,4 25,6"),
    ("Hưng Yên", "0,9 1,1 1,2 1,4 1,7 2,1 2,5 3,9 4,1 4,3 5,1"),
    ("Thái Bình", "2,0 2,1 2,2 2,5 3,5 4,1 4,3 6,0 7,0 8,4 9,5"),
    ("Hà Nam", "0,9 0,9 1,0 1,1 1,6 2,5 2,1 2,5 2,7 2,9 3,4"),
    ("Nam Định", "4,7 5,0 5,3 5,8 6,0 6,1 6,3 6,7 7,0 8,0 9,1"),
    ("Ninh Bình", "1,7 1,8 2,1 2,5 3,6 5,7 5,9 6,6 7,5 8,1 9,7"),
    ("Trung du và miền núi phía Bắc", "18.1 19,8 21,4 23,5 27,8 31,5 36,0 39,6 45,7 53,6 60,0"),
    ("Hà Giang", "0,4 0,5 0,5 0,5 0,5 0,5 0,6 0,7 0,8 1,0 1,1"),
    ("Cao Bằng", "1,0 1,1 1,1 1,2 1,3 1,1 0,9 1,0 1,2 1,2 1,2"),
    ("Bắc Kạn", "0,6 0,6 0,7 1,1 1,1 1,2 1,3 1,3 1,5 2,1 2,1"),
    ("Tuyên Quang", "1,3 1,4 1,7 1,9 2,3 3,2 3,6 2,9 3,6 4,3 4,3"),
    ("Lào Cai", "1,5 1,6 1,7 1,8 2,1 2,4 2,8 3,3 3,9 3,9 4,0"),
    ("Yên Bái", "1,2 1,6 1,5 1,8 2,9 3,5 4,0 4,3 4,4 4,9 4,9"),
]
write_csv("b10-gso-hanhkhach-duongbo-tinh-2010.csv",
          [["SỐ LƯỢT HÀNH KHÁCH VẬN CHUYỂN BẰNG ĐƯỜNG BỘ PHÂN THEO ĐỊA PHƯƠNG"] + [N] * 11,
           ["Triệu lượt người"] + [N] * 11,
           [N] + YEARS]
          + [[name] + (v.split() + [N] * 11)[:11] for name, v in PROV])
