"""Round 15 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses is in
``evaluations/sweep/urls.tsv``), each in a layout the rounds had not had: a value and its design typed in one cell
(``31,24/32,5``) (w01); a yearbook with the years as rows, bilingual titles and two blocks each under its own unit
line (w02, w07); a price list whose commodity is merged down over its regions, English notation, ``/`` for nothing
(w03); a price list under a group row in ``đ/kg`` (w04); school years as columns with bilingual labels, parts named
alike under each level, an index block (w05); reservoirs with the stock, the design, a rate of the design and a rate
of last year, a change against a day before (w06); outflows in ``m3/s`` beside a rate of the design (w08).

Run: ``.venv/bin/python evaluations/data/figures-round15/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE, title=None)
N = None


# w01 https://baohatinh.vn/nong-nghiep/cac-ho-chua-o-ha-tinh-mo-nuoc-phuc-vu-tia-dam-bon-thuc-lua-xuan/244465.htm
# "Đến 7h ngày 14/2, hồ Kẻ Gỗ đạt 31,24/32,5m, tương ứng với dung tích 306,9/345 triệu m3, đạt 88,7% so với thiết kế;
# hồ Sông Rác 23,23/23,2m, ứng với dung tích 124/124,5 triệu m3, đạt 100% …; hồ Thượng Tuy 24,47/24,5m, ứng với dung
# tích 18,8/18,9 triệu m3, đạt 99,6% so với thiết kế."
write_csv("w01-baohatinh-hochua-2023-02.csv", [
    ["TÌNH HÌNH NGUỒN NƯỚC CÁC HỒ CHỨA LỚN THÁNG 2 NĂM 2023 (đến 7 giờ ngày 14/02/2023)", N, N, N, N],
    ["STT", "Hồ chứa", "Mực nước hiện tại/thiết kế (m)", "Dung tích hiện tại/thiết kế (triệu m3)",
     "Tỷ lệ dung tích so với thiết kế (%)"],
    ["1", "Hồ Kẻ Gỗ", "31,24/32,5", "306,9/345", "88,7"],
    ["2", "Hồ Sông Rác", "23,23/23,2", "124/124,5", "100"],
    ["3", "Hồ Thượng Tuy", "24,47/24,5", "18,8/18,9", "99,6"],
])

# w02 http://thongkehoabinh.gso.gov.vn/NienGiam/niengiam2022/files/basic-html/page94.html
# "Lao động từ 15 tuổi trở lên đang làm việc hàng năm phân theo giới tính và theo thành thị, nông thôn … Người - Person
# … 2021 464.174 242.674 221.500 101.422 362.752 / Sơ bộ - Prel. 2022 497.477 259.342 238.135 104.322 393.155 / So
# với dân số - Proportion of population (%) … 2021 53,25 55,32 51,15 45,81 55,78 / Sơ bộ - Prel. 2022 56,83 58,85
# 54,78 46,86 60,23"  (years 2018–2020 left out)
write_xlsx("w02-hoabinh-laodong-2022.xlsx", [
    ["Lao động từ 15 tuổi trở lên đang làm việc hàng năm phân theo giới tính và theo thành thị, nông thôn"],
    ["Annual employed population at 15 years of age and above by sex and by residence"],
    [N, "Tổng số", "Phân theo giới tính", N, "Phân theo thành thị, nông thôn", N],
    [N, "Total", "Nam - Male", "Nữ - Female", "Thành thị - Urban", "Nông thôn - Rural"],
    ["Người - Person", N, N, N, N, N],
    ["2021", 464174, 242674, 221500, 101422, 362752],
    ["Sơ bộ - Prel. 2022", 497477, 259342, 238135, 104322, 393155],
    ["So với dân số - Proportion of population (%)", N, N, N, N, N],
    ["2021", 53.25, 55.32, 51.15, 45.81, 55.78],
    ["Sơ bộ - Prel. 2022", 56.83, 58.85, 54.78, 46.86, 60.23],
], merges=["C3:D3", "E3:F3"])

# w03 https://nongnhan.com/gia-nong-san-trong-nuoc-ngay-21-10-2020/
# "BẢNG GIÁ NÔNG SẢN TRONG NƯỚC NGÀY 21/10/2020 / MẶT HÀNG NÔNG SẢN | KHU VỰC | GIÁ THỊ TRƯỜNG (Đồng/Kg) | GHI CHÚ /
# HỒ TIÊU … | Gia Lai | 49,500 | / / Bà Rịa-Vũng Tàu | 52,500 / Đắk Lăk | 50,500 … CÀ PHÊ … | Di Linh (Lâm Đồng) |
# 31,300 | / / Bảo Lộc & Lâm Hà (Lâm Đồng) | 31,400 / Cư M’gar (Đắk Lắk) | 32,100"
write_xlsx("w03-nongnhan-gianongsan-2020-10.xlsx", [
    ["BẢNG GIÁ NÔNG SẢN TRONG NƯỚC NGÀY 21/10/2020"],
    ["MẶT HÀNG NÔNG SẢN", "KHU VỰC", "GIÁ THỊ TRƯỜNG (Đồng/Kg)", "GHI CHÚ"],
    ["HỒ TIÊU", "Gia Lai", "49,500", "/"],
    [N, "Bà Rịa-Vũng Tàu", "52,500", "/"],
    [N, "Đắk Lăk", "50,500", "/"],
    ["CÀ PHÊ", "Di Linh (Lâm Đồng)", "31,300", "/"],
    [N, "Bảo Lộc & Lâm Hà (Lâm Đồng)", "31,400", "/"],
    [N, "Cư M’gar (Đắk Lắk)", "32,100", "/"],
], merges=["A3:A5", "A6:A8"])

# w04 http://vinanet.vn/nguyen-lieu/gia-gao-tai-hau-giang-ngay-30122013-545752.html
# "Mặt hàng / ĐVT / Giá / Giá mua nông sản / đ/kg / Lúa thường (khô) đ/kg 5.600 / Gạo NL loại 1 đ/kg 6.900 / Gạo NL
# loại 2 đ/kg 6.800 / Gạo TPXK 5% tấm đ/kg 7.300 / Gạo TPXK 25% tấm đ/kg 7.100"
write_csv("w04-vinanet-giagao-haugiang-2013-12.csv", [
    ["GIÁ GẠO TẠI HẬU GIANG NGÀY 30/12/2013", N, N],
    ["Mặt hàng", "ĐVT", "Giá"],
    ["Giá mua nông sản", "đ/kg", N],
    ["Lúa thường (khô)", "đ/kg", "5.600"],
    ["Gạo NL loại 1", "đ/kg", "6.900"],
    ["Gạo NL loại 2", "đ/kg", "6.800"],
    ["Gạo TPXK 5% tấm", "đ/kg", "7.300"],
    ["Gạo TPXK 25% tấm", "đ/kg", "7.100"],
])

# w05 http://niengiam2022.thongkevinhphuc.gov.vn/Tach%20phan/p10/p10%20b235.htm
# "Số lớp học phổ thông … Năm học - School year … 2021-2022 | 2022-2023 / Lớp - Class / Tiểu học - Primary school
# 3.767 3.802 / Công lập - Public 3.767 3.792 / Ngoài công lập - Non-public - 10 / Trung học cơ sở 2.102 2.175 /
# Công lập 2.102 2.175 / Ngoài công lập - 4 / Chỉ số phát triển (Năm trước = 100) - % / Tiểu học 102,17 100,93 /
# Trung học cơ sở 103,44 103,47"  (the other years and levels left out)
write_xlsx("w05-vinhphuc-solop-2022-2023.xlsx", [
    ["Số lớp học phổ thông"],
    ["Number of classes of general education"],
    [N, "Năm học - School year 2021-2022", "Năm học - School year 2022-2023"],
    ["Lớp - Class", N, N],
    ["Tiểu học - Primary school", "3.767", "3.802"],
    ["Công lập - Public", "3.767", "3.792"],
    ["Ngoài công lập - Non-public", "-", "10"],
    ["Trung học cơ sở - Lower secondary school", "2.102", "2.175"],
    ["Công lập - Public", "2.102", "2.175"],
    ["Ngoài công lập - Non-public", "-", "4"],
    ["Chỉ số phát triển (Năm trước = 100) - %", N, N],
    ["Tiểu học - Primary school", "102,17", "100,93"],
    ["Trung học cơ sở - Lower secondary school", "103,44", "103,47"],
])

# w06 https://pcttbinhdinh.gov.vn/du-bao-canh-bao/nguon-nuoc-ho-chua-thuy-loi-tuan-24-nam-2020-07h00-ngay-11-6-5170.html
# "Toàn tỉnh có 165 hồ chứa thủy lợi, dung tích các hồ chứa là 212,77/589,90 triệu m3, đạt 36,10% dung tích thiết
# kế, bằng 75,70% so cùng kỳ năm 2019, (giảm so với ngày 4/6/2020 là 21,29 triệu m3) … Công ty TNHH Khai thác CTTL
# quản lý 15 hồ, dung tích là 178,73/459,10 triệu m3, đạt 38,90% thiết kế, bằng 73,00% cùng kỳ năm 2019, (giảm …
# 17,67 triệu m3) … Các hồ do địa phương quản lý là 34,04/130,80 triệu m3, đạt 26,00% thiết kế, bằng 94,2% so cùng
# kỳ năm 2019 (giảm … 3,61 triệu m3)"
write_csv("w06-binhdinh-hochua-2020-06.csv", [
    ["NGUỒN NƯỚC HỒ CHỨA THỦY LỢI TUẦN 24 NĂM 2020 (07h00 NGÀY 11/6/2020)", N, N, N, N, N, N],
    ["STT", "Đơn vị quản lý", "Số hồ", "Dung tích hiện tại (triệu m3)", "Dung tích thiết kế (triệu m3)",
     "Tỷ lệ so với thiết kế (%)", "So cùng kỳ năm 2019 (%)"],
    ["", "Toàn tỉnh", "165", "212,77", "589,90", "36,10", "75,70"],
    ["1", "Công ty TNHH Khai thác CTTL", "15", "178,73", "459,10", "38,90", "73,00"],
    ["2", "Các hồ do địa phương quản lý", "150", "34,04", "130,80", "26,00", "94,2"],
])

# w07 https://cucthongke.quangtri.gov.vn/dbase/file/Nien%20giam%202023/files/basic-html/page104.html
# "Tỷ lệ thiếu việc làm của lực lượng lao động trong độ tuổi phân theo giới tính và theo thành thị, nông thôn …
# Đơn vị tính - Unit: % / Tổng số | Phân theo giới tính Nam Nữ | Phân theo thành thị, nông thôn Thành thị Nông thôn
# … 2022 3,31 4,02 2,46 2,11 3,92 / Sơ bộ - Prel. 2023 3,94 4,65 3,10 3,26 4,46"
write_csv("w07-quangtri-thieuvieclam-2023.csv", [
    ["Tỷ lệ thiếu việc làm của lực lượng lao động trong độ tuổi phân theo giới tính và theo thành thị, nông thôn",
     N, N, N, N, N],
    ["Đơn vị tính - Unit: %", N, N, N, N, N],
    ["Năm", "Tổng số", "Nam", "Nữ", "Thành thị", "Nông thôn"],
    ["2022", "3,31", "4,02", "2,46", "2,11", "3,92"],
    ["Sơ bộ - Prel. 2023", "3,94", "4,65", "3,10", "3,26", "4,46"],
])

# w08 http://plo.vn/thoi-su/quang-binh-4-ho-chua-dang-xa-tran-658865.html
# "Tại Quảng Bình, tỉ lệ trữ trung bình đạt 88% so với dung tích thiết kế, có bốn hồ đang xả tràn theo quy trình là hồ
# Sông Thai xả 52,3 m3/giây, Vực Tròn xả 540 m3/giây, Thác Chuối xả 267 m3/giây, Rào Đá xả 110 m3/giây; … Vực Tròn
# 123%, … Thác Chuối 70%"
write_csv("w08-quangbinh-xatran-2017-10.csv", [
    ["CÁC HỒ CHỨA ĐANG XẢ TRÀN TỈNH QUẢNG BÌNH NGÀY 16/10/2017", N, N, N],
    ["STT", "Hồ chứa", "Lưu lượng xả (m3/s)", "Dung tích so với thiết kế (%)"],
    ["1", "Hồ Sông Thai", "52,3", N],
    ["2", "Hồ Vực Tròn", "540", "123"],
    ["3", "Hồ Thác Chuối", "267", "70"],
    ["4", "Hồ Rào Đá", "110", N],
])
