"""Round 16 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``), each in a layout the rounds had not had: a change and its rate typed in one cell
(``-554 (-4,2%)``) beside a matrix of counts (x01); the period and the months to date as two blocks of rows under
group rows naming them (x02); a count and its share typed in one cell (``8.071.113 (70,7%)``) (x03); a month written
with a dot (``Tháng 5.2015``) and the unit in the label's brackets (x04); signed rates of change (``+22,2``,
``-25,9``) beside a total said as ``trên`` (x05); localities as rows, each with three quantities and their changes,
some changes as multiples in words (``gấp 7 lần``) (x06); a unit with a scale word (``nghìn lượt người``) and a
multiple column titled ``(lần)`` (x07); a month and the months to date side by side in ``nghìn tỷ đồng`` with three
rate columns (x08).

Run: ``.venv/bin/python evaluations/data/figures-round16/build.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent
N = None


def write_csv(name, rows):
    with open(HERE / name, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


# x01 http://cand.com.vn/Giao-thong/Ca-nuoc-co-hon-5-600-nguoi-chet-vi-tai-nan-giao-thong-trong-chin-thang-563240/
# "đường bộ xảy ra 12.501 vụ, làm chết 5.526 người, bị thương 9.571 người; so với cùng kỳ năm trước giảm 554 vụ (-4,2%),
# giảm 356 người chết (-6%), giảm 694 người bị thương (-6,7%). Đường sắt xảy ra 121 vụ, làm chết 101 người, bị thương 41
# người; so với cùng kỳ năm trước tăng 7 vụ (6,1%), tăng 7 người chết (7,4%), giảm 8 người bị thương (-16,3%)."
write_csv("x01-cand-tngt-2019-9t.csv", [
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG 9 THÁNG NĂM 2019", N, N, N, N, N, N],
    ["TT", "Loại hình", "Số vụ (vụ)", "Số người chết (người)", "Số người bị thương (người)",
     "Số vụ so cùng kỳ", "Người chết so cùng kỳ"],
    ["1", "Đường bộ", "12.501", "5.526", "9.571", "-554 (-4,2%)", "-356 (-6%)"],
    ["2", "Đường sắt", "121", "101", "41", "+7 (6,1%)", "+7 (7,4%)"],
])

# x02 https://lsvn.vn/toan-quoc-xay-ra-gan-8000-vu-tai-nan-giao-thong-trong-8-thang-dau-nam-20221661397796-a123005.html
# "đường bộ xảy ra 7.390 vụ, làm chết 4.178 người, bị thương 4.937 người. Đường sắt xảy ra 70 vụ, làm chết 52 người, bị
# thương 17 người. Đường thủy xảy ra 23 vụ, làm chết 34 người, bị thương 3 người. … trong tháng 8/2022, cả nước xảy ra
# 941 vụ TNGT, làm chết 482 người, bị thương 699 người … Đường sắt xảy ra 9 vụ TNGT, làm chết 8 người, bị thương 2 người.
# Đường thủy xảy ra 2 vụ TNGT, làm chết 1 người, bị thương 0 người."
write_csv("x02-lsvn-tngt-2022-08.csv", [
    ["THỐNG KÊ TAI NẠN GIAO THÔNG THÁNG 8 NĂM 2022", N, N, N, N],
    ["STT", "Nội dung", "Số vụ", "Số người chết", "Số người bị thương"],
    ["I", "Tháng 8/2022", N, N, N],
    ["1", "Đường bộ", "941", "482", "699"],
    ["2", "Đường sắt", "9", "8", "2"],
    ["3", "Đường thủy", "2", "1", "0"],
    ["II", "Lũy kế 8 tháng năm 2022", N, N, N],
    ["1", "Đường bộ", "7.390", "4.178", "4.937"],
    ["2", "Đường sắt", "70", "52", "17"],
    ["3", "Đường thủy", "23", "34", "3"],
])

# x03 https://infographics.vn/interactive-nhung-dia-phuong-co-ty-le-tiem-vaccine-covid-19-thap-cho-nhom-tu-5-den-duoi-12-tuoi/104727.vna
# "tính đến hết ngày 4/8/2022, cả nước đã tiêm được tổng số 12.491.178 liều vaccine phòng COVID-19 ở nhóm từ 5 đến dưới
# 12 tuổi, trong đó tiêm mũi 1 là 8.071.113 trẻ (70,7%) tiêm mũi 2 là 4.420.065 trẻ (38,7%)."
write_csv("x03-infographics-vaccine-2022-08.csv", [
    ["KẾT QUẢ TIÊM VACCINE PHÒNG COVID-19 CHO TRẺ TỪ 5 ĐẾN DƯỚI 12 TUỔI (ĐẾN HẾT NGÀY 4/8/2022)", N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Kết quả"],
    ["1", "Tổng số liều vaccine đã tiêm", "liều", "12.491.178"],
    ["", "Trong đó: tiêm mũi 1", "trẻ", "8.071.113 (70,7%)"],
    ["", "Tiêm mũi 2", "trẻ", "4.420.065 (38,7%)"],
])

# x04 https://baoquangnam.vn/tin-van-3111023.html
# "trong tháng 5.2015 tổng lượt khách tham quan và lưu trú trên địa bàn tỉnh ước đạt 349.000 lượt, tăng 11,25% so với
# cùng kỳ năm trước (khách quốc tế khoảng 210.000 lượt, tăng 7,45%; khách trong nước khoảng 139.000 lượt, tăng 17,53%).
# Doanh thu du lịch trong tháng 5.2015 ước đạt 198 tỷ đồng, tăng 28,57% so với cùng kỳ năm trước."
write_csv("x04-baoquangnam-dulich-2015-05.csv", [
    ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NAM", N, N, N],
    ["STT", "Chỉ tiêu", "Ước thực hiện tháng 5.2015", "Tăng so với cùng kỳ (%)"],
    ["1", "Tổng lượt khách tham quan, lưu trú (lượt)", "349.000", "11,25"],
    ["", "- Khách quốc tế (lượt)", "210.000", "7,45"],
    ["", "- Khách trong nước (lượt)", "139.000", "17,53"],
    ["2", "Doanh thu du lịch (tỷ đồng)", "198", "28,57"],
])

# x05 https://nhandan.vn/khach-du-lich-quoc-te-den-viet-nam-tang-20-post606325.html
# "ước tính tổng số khách du lịch quốc tế đến Việt Nam 5 tháng đầu năm nay đạt hơn bốn triệu lượt, tăng 20% so với cùng
# kỳ năm 2015. Trong đó, khách đến bằng đường hàng không là 3.291.938 lượt (tăng 22,2%), đường biển là 66.011 lượt (giảm
# 25,9%), đường bộ là 647.929 lượt (tăng 16,6%)."
write_csv("x05-nhandan-khachquocte-2016-5t.csv", [
    ["KHÁCH QUỐC TẾ ĐẾN VIỆT NAM 5 THÁNG ĐẦU NĂM 2016", N, N, N],
    ["Chỉ tiêu", "Đơn vị tính", "5 tháng năm 2016", "So cùng kỳ năm 2015 (%)"],
    ["Tổng số khách quốc tế", "lượt", "trên 4.000.000", "+20"],
    ["Chia theo phương tiện: Đường hàng không", "lượt", "3.291.938", "+22,2"],
    ["Đường biển", "lượt", "66.011", "-25,9"],
    ["Đường bộ", "lượt", "647.929", "+16,6"],
])

# x06 https://cafef.vn/top-dia-phuong-thu-du-lich-lon-nhat-6-thang-dau-nam-2023-188230701080657519.chn
# "Tổng doanh thu du lịch của TP. HCM ước đạt 80.833 tỷ đồng, tăng 62,7% so với cùng kỳ năm 2022. Khách du lịch nội địa
# ước đạt 16,4 triệu lượt, tăng 48%; khách quốc tế ước đạt 1,94 triệu lượt, tăng 306%. … Hà Nội … khách du lịch quốc tế
# đạt 2,03 triệu lượt, tăng 7 lần so với cùng kỳ năm 2022. Khách du lịch nội địa đạt 10,3 triệu lượt, tăng 22,6% …
# tổng thu từ khách du lịch ước đạt 44.900 tỷ đồng, tăng 74,4% với cùng kỳ năm trước."
write_csv("x06-cafef-dulich-diaphuong-2023-h1.csv", [
    ["KẾT QUẢ DU LỊCH 6 THÁNG ĐẦU NĂM 2023 CỦA MỘT SỐ ĐỊA PHƯƠNG", N, N, N, N, N, N],
    ["Địa phương", "Tổng thu (tỷ đồng)", "Tổng thu so cùng kỳ", "Khách nội địa (triệu lượt)", "Khách nội địa so cùng kỳ",
     "Khách quốc tế (triệu lượt)", "Khách quốc tế so cùng kỳ"],
    ["TP. Hồ Chí Minh", "80.833", "tăng 62,7%", "16,4", "tăng 48%", "1,94", "tăng 306%"],
    ["Hà Nội", "44.900", "tăng 74,4%", "10,3", "tăng 22,6%", "2,03", "gấp 7 lần"],
])

# x07 https://thoibaotaichinhvietnam.vn/du-lich-soi-dong-buc-tranh-bat-dong-san-nghi-duong-dan-khoi-sac-tro-lai-110277.html
# "khách quốc tế đến Việt Nam … đạt 352,6 nghìn lượt người trong tháng 7, tăng 49% so với tháng 6 và gấp 47,2 lần so với
# cùng kỳ năm trước. Tính chung 7 tháng đầu năm 2022, khách quốc tế đến nước ta đạt 954,6 nghìn lượt người, gấp 10 lần
# so với cùng kỳ năm trước"
write_csv("x07-thoibaotaichinh-khachquocte-2022-07.csv", [
    ["KHÁCH QUỐC TẾ ĐẾN VIỆT NAM THÁNG 7 NĂM 2022", N, N, N, N, N],
    ["Chỉ tiêu", "Đơn vị tính", "Tháng 7/2022", "7 tháng năm 2022", "Tháng 7 so với tháng 6 (%)",
     "So với cùng kỳ năm trước (lần)"],
    ["Khách quốc tế đến Việt Nam", "nghìn lượt người", "352,6", "954,6", "149", "47,2"],
])

# x08 https://cafef.vn/viet-nam-co-mot-qua-trung-vang-7-thang-mang-ve-gan-400000-ty-dong-188230803065719598.chn
# "trong 7 tháng/2023, doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành đạt 395,8 nghìn tỷ đồng, tăng 17,7% so với
# cùng kỳ năm trước … tháng 7/2023, doanh thu … ước đạt 60 nghìn tỷ đồng, tăng 4,9% so với tháng trước và tăng 5,7% so với
# cùng kỳ năm trước. … Khách nội địa tháng 7/2023 ước đạt 12,5 triệu lượt … Tổng số khách nội địa trong 7 tháng năm nay
# ước đạt 76,5 triệu lượt người"
write_csv("x08-cafef-luutru-dulich-2023-07.csv", [
    ["DOANH THU LƯU TRÚ, ĂN UỐNG, DU LỊCH LỮ HÀNH VÀ KHÁCH NỘI ĐỊA THÁNG 7 NĂM 2023", N, N, N, N, N, N],
    ["Chỉ tiêu", "Đơn vị tính", "Ước tính tháng 7/2023", "Ước tính 7 tháng năm 2023", "Tháng 7/2023 so với tháng trước (%)",
     "Tháng 7/2023 so với cùng kỳ năm trước (%)", "7 tháng năm 2023 so với cùng kỳ năm trước (%)"],
    ["Doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành", "nghìn tỷ đồng", "60", "395,8", "104,9", "105,7", "117,7"],
    ["Khách du lịch nội địa", "triệu lượt người", "12,5", "76,5", N, N, N],
])
