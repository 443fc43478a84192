"""Build the 10 hand-made agency sheets of figures round 13 (first look).  Each is modelled on one or two public pages
found with the ``search`` tool (corpus ``pages``, none in ``evaluations/sweep/urls.tsv``): their figures and words,
laid out as an agency lays out its biểu.  The page's address is given above each sheet.

    PYTHONPATH=. .venv/bin/python evaluations/data/figures-round13/build.py

Layouts not in rounds 8-12: months as columns with a year-to-date column (u01); provinces as rows and indicators as
columns, units in the titles (u02); a header over two rows with merged cells, a period over ``Số vụ | Số đối tượng``
(u03); numbers stored as text with spaces (``252 533``), the unit column after the values and a change against the
month before (u04); two tables one under the other, each with its title and header (u05); a yearbook's years merged
over ``Diện tích | Năng suất | Sản lượng`` in English notation (``7,329,200``, ``48.9``) with an unseparated typo
(``439772``) (u06); footnote marks in cells (``540(*)``) and ``x`` / ``-`` for empty (u07); units typed in the cells
(``6.084 xã``, ``79,3%``) (u08); comparisons in words in the cells (``gấp 6,4 lần``, ``bằng 150%``) (u09); a long
export, one row per indicator and period (``Chỉ tiêu | Kỳ | Giá trị | Đơn vị``) (u10).

Where a layout needs a number the page does not state, it is said below ("assumed").
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None


# u01 https://vnexpress.net/khach-quoc-te-den-viet-nam-thang-1-tang-74-4706247.html (tháng 1/2024: "hơn 1,5 triệu lượt
# khách quốc tế"; Hàn Quốc "gần 420.000 lượt"; "Doanh thu du lịch lữ hành tháng 1/2024 ước đạt 4,4 nghìn tỷ đồng") and
# https://www.sggp.org.vn/khach-quoc-te-den-viet-nam-3-thang-dau-nam-dat-hon-46-trieu-luot-post732916.html ("tháng 3
# Việt Nam đón gần 1,6 triệu lượt khách quốc tế … Tính chung quý I, lượng khách đạt hơn 4,6 triệu lượt"; Hàn Quốc "hơn
# 1,2 triệu lượt"; "Doanh thu du lịch lữ hành quý 1 ước đạt 14,1 ngàn tỷ đồng").  Tháng 2 is not stated: "-".
write_xlsx("u01-vnexpress-sggp-khachquocte-2024-q1.xlsx", [
    ["TÌNH HÌNH KHÁCH QUỐC TẾ ĐẾN VIỆT NAM QUÝ I NĂM 2024"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 1", "Tháng 2", "Tháng 3", "Lũy kế 3 tháng"],
    ["1", "Khách quốc tế đến Việt Nam", "nghìn lượt", "1.500", "-", "1.600", "4.600"],
    ["a", "Khách Hàn Quốc", "nghìn lượt", "420", "-", "-", "1.200"],
    ["2", "Doanh thu du lịch lữ hành", "tỷ đồng", "4.400", "-", "-", "14.100"],
])

# u02 https://cafef.vn/lo-dien-quan-quan-hut-khach-va-thu-du-lich-lon-nhat-quy-1-2024-18824040909285097.chn
# TP HCM: "tổng thu du lịch … 44.710 tỷ đồng", "gần 1,4 triệu lượt khách quốc tế", "Khách nội địa … hơn 8 triệu lượt";
# Hà Nội: "6,54 triệu lượt khách", "quốc tế … 1,4 triệu", "nội địa … 5,14 triệu", "25.487 tỷ đồng"; Khánh Hòa: "hơn 2,1
# triệu lượt", "quốc tế … hơn 1,2 triệu", "nội địa đạt 942.340 lượt", "11.608,8 tỷ đồng"; Quảng Ninh "trên 5,3 triệu
# lượt" (the rest cut off: empty).
write_xlsx("u02-cafef-dulich-tinh-2024-q1.xlsx", [
    ["KẾT QUẢ HOẠT ĐỘNG DU LỊCH MỘT SỐ ĐỊA PHƯƠNG QUÝ I NĂM 2024"],
    ["STT", "Địa phương", "Tổng lượt khách (nghìn lượt)", "Khách quốc tế (nghìn lượt)", "Khách nội địa (nghìn lượt)",
     "Tổng thu từ khách du lịch (tỷ đồng)"],
    ["1", "TP Hồ Chí Minh", N, "1.400", "8.000", "44.710"],
    ["2", "Hà Nội", "6.540", "1.400", "5.140", "25.487"],
    ["3", "Khánh Hòa", "2.100", "1.200", "942,34", "11.608,8"],
    ["4", "Quảng Ninh", "5.300", N, N, N],
])

# u03 http://baolamdong.vn/phapluat/202006/bat-giu-326-doi-tuong-co-hanh-vi-tang-tru-van-chuyen-mua-ban-trai-phep-chat-ma-tuy-3010344/
# "phát hiện, bắt giữ 206 vụ, 326 đối tượng … so với cùng kỳ năm 2019 tăng 93 vụ (206/113 vụ); khởi tố 160 vụ, 221 bị
# can, xử lý hành chính 25 vụ, 68 đối tượng"; "Tội phạm về môi trường … khởi tố 12 vụ, 7 bị can. So với cùng kỳ năm
# 2019, án khởi tố ít hơn 2 vụ" (14).  The 2019 numbers of people are not stated: empty.
write_xlsx("u03-baolamdong-matuy-2020-h1.xlsx", [
    ["KẾT QUẢ ĐẤU TRANH PHÒNG, CHỐNG TỘI PHẠM 6 THÁNG ĐẦU NĂM 2020"],
    ["STT", "Nội dung", "6 tháng đầu năm 2020", N, "Cùng kỳ năm 2019", N],
    [N, N, "Số vụ", "Số đối tượng", "Số vụ", "Số đối tượng"],
    ["1", "Phát hiện, bắt giữ tội phạm ma túy", 206, 326, 113, N],
    ["2", "Khởi tố tội phạm ma túy", 160, 221, N, N],
    ["3", "Xử lý hành chính về ma túy", 25, 68, N, N],
    ["4", "Khởi tố tội phạm về môi trường", 12, 7, 14, N],
], merges=("C2:D2", "E2:F2", "A2:A3", "B2:B3"))

# u04 https://baovephapluat.vn/phong-chong-toi-pham-ma-tuy/thang-5-2022-ca-nuoc-xay-ra-gan-2-000-vu-pham-toi-ve-ma-tuy-123478.html
# "3.558 vụ phạm tội về trật tự xã hội; khám phá 3.043 vụ; bắt giữ, xử lý 6.001 đối tượng; tỉ lệ khám phá đạt 85,53%";
# "399 vụ, so với tháng 4/2022 tăng 52 vụ"; "1.949 vụ phạm tội về ma túy, (tăng 123 vụ so với tháng 4/2022)"; "923
# vụ, làm chết 484 người, bị thương 647 người. So với tháng 4/2022, giảm 122 vụ, giảm 115 người chết, giảm 43 người
# bị thương"; "252.533 vụ vi phạm … xử phạt 338,23 tỉ đồng".  Numbers typed as text with a space for thousands, as an
# export from a report template does; the unit column after the value.
write_csv("u04-baovephapluat-toipham-2022-05.csv", [
    ["TÌNH HÌNH TỘI PHẠM VÀ VI PHẠM PHÁP LUẬT THÁNG 5/2022 (từ 15/4/2022 đến 14/5/2022)"],
    ["STT", "Chỉ tiêu", "Tháng 5/2022", "Đơn vị tính", "So với tháng 4/2022 (+/-)"],
    ["1", "Phạm tội về trật tự xã hội", "3 558", "vụ", ""],
    ["2", "Khám phá", "3 043", "vụ", ""],
    ["3", "Tỉ lệ khám phá", "85,53", "%", ""],
    ["4", "Phạm tội về trật tự quản lý kinh tế", "399", "vụ", "+52"],
    ["5", "Phạm tội về ma túy", "1 949", "vụ", "+123"],
    ["6", "Tai nạn giao thông", "923", "vụ", "-122"],
    ["7", "Số người chết do tai nạn giao thông", "484", "người", "-115"],
    ["8", "Số người bị thương do tai nạn giao thông", "647", "người", "-43"],
    ["9", "Vi phạm trật tự an toàn giao thông bị xử lý", "252 533", "vụ", ""],
    ["10", "Tiền xử phạt vi phạm giao thông", "338,23", "tỷ đồng", ""],
])

# u05 http://baolamdong.vn/phapluat/202107/phat-hien-285-truong-hop-vi-pham-ve-trat-tu-quan-ly-kinh-te-3064981/
# "326 vụ, 485 đối tượng phạm tội về trật tự xã hội, trong đó có 42 vụ phạm tội rất nghiêm trọng và đặc biệt nghiêm
# trọng, so với cùng kỳ giảm 34 vụ, án rất nghiêm trọng … tăng 7 vụ"; "285 trường hợp vi phạm về trật tự quản lý kinh
# tế; so với cùng kỳ phát hiện tăng 119 trường hợp"; "242 vụ, 344 đối tượng … so với cùng kỳ tăng 36 vụ. Đã khởi tố 179
# vụ, 251 bị can, xử lý hành chính 31 vụ, 36 đối tượng, đang điều tra 32 vụ, 57 đối tượng".  Two biểu on one sheet.
write_xlsx("u05-baolamdong-antt-2021-h1.xlsx", [
    ["BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN NINH TRẬT TỰ 6 THÁNG ĐẦU NĂM 2021"],
    ["Biểu 1. Tội phạm về trật tự xã hội, trật tự quản lý kinh tế"],
    ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2021", "Tăng (+), giảm (-) so cùng kỳ"],
    ["1", "Số vụ phạm tội về trật tự xã hội", "vụ", 326, -34],
    ["2", "Số đối tượng phạm tội về trật tự xã hội", "đối tượng", 485, N],
    ["3", "Số vụ rất nghiêm trọng và đặc biệt nghiêm trọng", "vụ", 42, 7],
    ["4", "Vi phạm về trật tự quản lý kinh tế", "trường hợp", 285, 119],
    [],
    ["Biểu 2. Phòng, chống tội phạm ma túy"],
    ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2021", "Tăng (+), giảm (-) so cùng kỳ"],
    ["1", "Số vụ phạm tội về ma túy bị phát hiện, bắt giữ", "vụ", 242, 36],
    ["2", "Số đối tượng phạm tội về ma túy", "đối tượng", 344, N],
    ["3", "Số vụ khởi tố", "vụ", 179, N],
    ["4", "Số bị can khởi tố", "bị can", 251, N],
    ["5", "Số vụ đang điều tra", "vụ", 32, N],
])

# u06 https://atlasnn.blogspot.com/2018/12/san-xuat-lua.html  (a yearbook's table copied to a sheet, English notation)
# "Cả nước 7,329,200 48.9 35,832,900 7,514,052 53.2 39,988,401 7,716,546 55.5 42,839,091"; "Hà Tây 162,200 57.2
# 928,400" (2005 only); "Bắc Ninh 79,800 54.9 437,800 74,253 59.2 439772 69,086 60.7 419,289" (the typo kept).
write_xlsx("u06-atlasnn-lua-tinh-2017.xlsx", [
    ["Diện tích, năng suất và sản lượng lúa cả năm phân theo địa phương"],
    ["Tỉnh, vùng", "2005", N, N, "2010", N, N, "2017", N, N],
    [N, "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)", "Diện tích (ha)", "Năng suất (tạ/ha)",
     "Sản lượng (tấn)", "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)"],
    ["Cả nước", "7,329,200", "48.9", "35,832,900", "7,514,052", "53.2", "39,988,401", "7,716,546", "55.5", "42,839,091"],
    ["Hà Nội", "45,000", "42.1", "189,600", "204,662", "55.1", "1,127,234", "189,862", "55.4", "1,051,838"],
    ["Hà Tây", "162,200", "57.2", "928,400", N, N, N, N, N, N],
    ["Bắc Ninh", "79,800", "54.9", "437,800", "74,253", "59.2", "439772", "69,086", "60.7", "419,289"],
], merges=("B2:D2", "E2:G2", "H2:J2", "A2:A3"))

# u07 http://baoquangnam.vn/quoc-phong-an-ninh/giu-vung-an-ninh-chinh-tri-trat-tu-an-toan-xa-hoi-89816.html
# "354 vụ vi phạm về trật tự an toàn xã hội"; "số tiền bị chiếm đoạt cao với hơn 540 tỷ đồng"; "bắt giữ 85 vụ với 97
# đối tượng"; "250 vụ với 731 đối tượng sử dụng trái phép chất ma túy"; "3 vụ với 9 đối tượng phạm tội về tham nhũng,
# chức vụ, gây thiệt hại hơn 105 tỷ đồng"; "102 vụ với 99 đối tượng … trật tự quản lý kinh tế".  A footnote mark on
# the 540, explained under the table; "x" where a column does not apply, "-" where nothing.
write_csv("u07-baoquangnam-antt-2020-h1.csv", [
    ["TÌNH HÌNH AN NINH TRẬT TỰ 6 THÁNG ĐẦU NĂM 2020"],
    ["STT", "Lĩnh vực", "Số vụ", "Số đối tượng", "Thiệt hại (tỷ đồng)"],
    ["1", "Vi phạm về trật tự an toàn xã hội", "354", "-", "-"],
    ["2", "Lừa đảo qua mạng, công nghệ cao", "-", "-", "540(*)"],
    ["3", "Tội phạm về ma túy bị bắt giữ", "85", "97", "x"],
    ["4", "Sử dụng trái phép chất ma túy", "250", "731", "x"],
    ["5", "Tội phạm về tham nhũng, chức vụ", "3", "9", "105(**)"],
    ["6", "Vi phạm trật tự quản lý kinh tế", "102", "99", "-"],
    [],
    ["(*) Số tiền bị chiếm đoạt: hơn 540 tỷ đồng; (**) hơn 105 tỷ đồng"],
])

# u08 https://vietnamnet.vn/thuc-hien-bang-duoc-muc-tieu-xay-dung-nong-nghiep-sinh-thai-nong-thon-hien-dai-2417692.html
# "đến tháng 6/2025, cả nước có 6.084/7.669 xã (79,3%) … đạt chuẩn nông thôn mới …; có 2.567 xã (42,4%) đạt chuẩn
# nông thôn mới nâng cao, tăng 2.064 xã so với cuối năm 2021 …; 743 xã (12,3%) đạt chuẩn nông thôn mới kiểu mẫu, tăng
# 700 xã so với cuối năm 2021 …; bình quân cả nước đạt 17,5 tiêu chí/xã".  Units typed in the cells, no unit column.
write_csv("u08-vietnamnet-ntm-2025-06.csv", [
    ["KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI ĐẾN THÁNG 6/2025"],
    ["STT", "Chỉ tiêu", "Đến tháng 6/2025"],
    ["1", "Số xã đạt chuẩn nông thôn mới", "6.084 xã"],
    ["2", "Tỷ lệ xã đạt chuẩn nông thôn mới", "79,3%"],
    ["3", "Số xã đạt chuẩn nông thôn mới nâng cao", "2.567 xã"],
    ["4", "Số xã đạt chuẩn nông thôn mới kiểu mẫu", "743 xã"],
    ["5", "Bình quân số tiêu chí đạt", "17,5 tiêu chí/xã"],
])

# u09 https://www.sggp.org.vn/khach-quoc-te-den-viet-nam-3-thang-dau-nam-dat-hon-46-trieu-luot-post732916.html
# "Hàn Quốc … hơn 1,2 triệu lượt, bằng 150% so với cùng kỳ năm ngoái"; "Trung Quốc đại lục với gần 890.000 lượt, gấp
# 6,4 lần so với cùng kỳ 2023"; "theo đường hàng không, với hơn 3,9 triệu lượt"; "đường biển đạt hơn 136.000 lượt và
# đường bộ là gần 630.000 lượt".  Comparisons typed as words in the cells.
write_csv("u09-sggp-thitruong-2024-q1.csv", [
    ["KHÁCH QUỐC TẾ ĐẾN VIỆT NAM QUÝ I NĂM 2024 THEO THỊ TRƯỜNG VÀ PHƯƠNG TIỆN"],
    ["STT", "Chỉ tiêu", "ĐVT", "Quý I/2024", "So với cùng kỳ năm 2023"],
    ["1", "Khách Hàn Quốc", "lượt", "1.200.000", "bằng 150%"],
    ["2", "Khách Trung Quốc đại lục", "lượt", "890.000", "gấp 6,4 lần"],
    ["3", "Khách đến bằng đường hàng không", "lượt", "3.900.000", ""],
    ["4", "Khách đến bằng đường biển", "lượt", "136.000", ""],
    ["5", "Khách đến bằng đường bộ", "lượt", "630.000", ""],
])

# u10 https://thoibaotaichinhvietnam.vn/xay-dung-nong-thon-thanh-nhung-mien-que-dang-song-95863.html ("tính đến tháng
# 10/2021, cả nước có 5.360/8.233 xã … đạt chuẩn nông thôn mới …: Có 468 xã đạt chuẩn nông thôn mới nâng cao … và 43
# xã đạt chuẩn nông thôn mới kiểu mẫu; bình quân cả nước đạt 16,7 tiêu chí/xã") and https://canthotv.vn/2022/12/15/page/10
# ("tính đến tháng 11/2022, cả nước đã có 5.869/8.225 xã (71,4%) đạt chuẩn nông thôn mới").  An open-data export in
# the long form: one row per indicator and period.
write_csv("u10-ntm-dulieumo-2022-11.csv", [
    ["Mã chỉ tiêu", "Tên chỉ tiêu", "Kỳ", "Giá trị", "Đơn vị"],
    ["NTM01", "Số xã đạt chuẩn nông thôn mới", "10/2021", "5360", "xã"],
    ["NTM02", "Số xã đạt chuẩn nông thôn mới nâng cao", "10/2021", "468", "xã"],
    ["NTM03", "Số xã đạt chuẩn nông thôn mới kiểu mẫu", "10/2021", "43", "xã"],
    ["NTM04", "Bình quân số tiêu chí đạt", "10/2021", "16,7", "tiêu chí/xã"],
    ["NTM01", "Số xã đạt chuẩn nông thôn mới", "11/2022", "5869", "xã"],
    ["NTM05", "Tỷ lệ xã đạt chuẩn nông thôn mới", "11/2022", "71,4", "%"],
])
