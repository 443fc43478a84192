"""Round 16 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``), each in a layout the rounds had not had: a change and its rate typed in one cell
(``-554 (-4,2%)``) beside a matrix of counts (x01); the period and the months to date as two blocks of rows under
group rows naming them (x02); a count and its share typed in one cell (``8.071.113 (70,7%)``) (x03); a month written
a foreign currency at two scales (``tỷ USD`` on the total, ``triệu USD`` on the parts) and changes in words (``tăng
gần 28%``) (x04); signed rates of change (``+22,2``, ``-25,9``) beside a total said as ``trên`` (x05); indexes of the
plan and of last year titled ``Bằng % …`` beside values said as ``trên`` (x06); localities stating only a rate under
a total with last year's counts as a matrix (x07); a month and the months to date in ``nghìn tỷ đồng`` (the unit in
the value columns' titles) with signed rates (x08).

Run: ``.venv/bin/python evaluations/data/figures-round16/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, _ = folder_writers(HERE)
N = None


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

# x04 https://baoquangngai.vn/channel/2025/202209/hang-hoa-quang-ngai-xuat-ngoai-3135176/
# "kim ngạch xuất khẩu 8 tháng năm 2022 của tỉnh ước đạt 1,533 tỷ USD, tăng gần 28% so với cùng kỳ năm trước và bằng
# 82,4% kế hoạch năm. … thủy sản chế biến ước đạt 19,7 triệu USD (tăng 25,9%); may mặc 66,4 triệu USD (tăng 30,1%); …
# thép 560 triệu USD (tăng 44,6%) và giày, da các loại gần 139 triệu USD (tăng 31,8%)"
write_csv("x04-baoquangngai-xuatkhau-2022-8t.csv", [
    ["SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI", N, N, N, N],
    ["TT", "Mặt hàng", "ĐVT", "Ước thực hiện 8 tháng năm 2022", "So cùng kỳ"],
    ["", "Tổng kim ngạch xuất khẩu", "tỷ USD", "1,533", "tăng gần 28%"],
    ["1", "Thủy sản chế biến", "triệu USD", "19,7", "tăng 25,9%"],
    ["2", "May mặc", "triệu USD", "66,4", "tăng 30,1%"],
    ["3", "Thép", "triệu USD", "560", "tăng 44,6%"],
    ["4", "Giày, da các loại", "triệu USD", "gần 139", "tăng 31,8%"],
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

# x06 https://baogialai.com.vn/tu-khoa/dip-cuoi-nam-tag175011.html
# "lượng khách tham quan du lịch trong 9 tháng năm 2020 trên địa bàn tỉnh chỉ đạt trên 436.500 lượt, bằng 45% kế hoạch và
# bằng 72% so với cùng kỳ năm 2019. Trong đó, khách nội địa là 433.420 lượt, đạt 45,5% so với kế hoạch và bằng 73% so với
# cùng kỳ năm trước; khách quốc tế chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt. Tổng thu du lịch 9 tháng ước
# 245 tỷ đồng, đạt gần 41% so với kế hoạch và bằng 67% so với cùng kỳ năm trước."
write_csv("x06-baogialai-dulich-2020-9t.csv", [
    ["KẾT QUẢ HOẠT ĐỘNG DU LỊCH 9 THÁNG NĂM 2020", N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "Thực hiện 9 tháng năm 2020", "Bằng % kế hoạch năm", "Bằng % so với cùng kỳ năm 2019"],
    ["Lượng khách tham quan du lịch", "lượt", "trên 436.500", "45", "72"],
    ["Trong đó: khách nội địa", "lượt", "433.420", "45,5", "73"],
    ["Khách quốc tế", "lượt", "trên 3.000", N, "28"],
    ["Tổng thu du lịch", "tỷ đồng", "245", "gần 41", "67"],
])

# x07 https://www.sggp.org.vn/dich-benh-sot-xuat-huyet-vao-mua-cao-diem-post803919.html
# "đầu năm 2025 tới nay cả nước đã ghi nhận 32.189 ca mắc sốt xuất huyết (SXH), trong đó có 5 trường hợp tử vong. …
# giảm so với cùng kỳ năm 2024 (36.276 ca mắc SXH và 6 ca tử vong) … Tây Ninh tăng 274,3%, Đồng Nai tăng 191,7%, TPHCM
# tăng 151,4%."
write_csv("x07-sggp-sotxuathuyet-2025-7t.csv", [
    ["TÌNH HÌNH SỐT XUẤT HUYẾT TỪ ĐẦU NĂM 2025 ĐẾN NGÀY 15/7/2025", N, N, N, N, N],
    ["Địa bàn", "Số ca mắc (ca)", "Số tử vong (ca)", "Cùng kỳ 2024: số ca mắc", "Cùng kỳ 2024: số tử vong",
     "Số ca mắc so cùng kỳ (%)"],
    ["Cả nước", "32.189", "5", "36.276", "6", N],
    ["Tây Ninh", N, N, N, N, "+274,3"],
    ["Đồng Nai", N, N, N, N, "+191,7"],
    ["TP. Hồ Chí Minh", N, N, N, N, "+151,4"],
])

# x08 http://vneconomy.vn/doanh-thu-luong-thuc-thuc-pham-tang-gan-13-trong-8-thang-qua-20180829114313105.htm
# "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 8/2018 ước tính đạt 370 nghìn tỷ đồng, tăng 0,4% so
# với tháng trước và tăng 12,6% so với cùng kỳ năm trước. … doanh thu bán lẻ hàng hóa đạt 277,2 nghìn tỷ đồng, tăng 1% …
# và tăng 12,9% … doanh thu dịch vụ lưu trú, ăn uống … 45,1 nghìn tỷ đồng, giảm 1,9% … và tăng 8,6% … Tính chung 8 tháng
# năm 2018, tổng mức … ước tính đạt 2,86 triệu tỷ đồng, tăng 11,2% so với cùng kỳ năm trước"
write_csv("x08-vneconomy-banle-2018-08.csv", [
    ["TỔNG MỨC BÁN LẺ HÀNG HÓA VÀ DOANH THU DỊCH VỤ TIÊU DÙNG THÁNG 8 NĂM 2018", N, N, N, N, N],
    ["Chỉ tiêu", "Ước tính tháng 8/2018 (nghìn tỷ đồng)", "Tháng 8/2018 so với tháng trước (%)",
     "Tháng 8/2018 so với cùng kỳ năm trước (%)", "Ước tính 8 tháng năm 2018 (nghìn tỷ đồng)",
     "8 tháng năm 2018 so với cùng kỳ năm trước (%)"],
    ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "370", "+0,4", "+12,6", "2.860", "+11,2"],
    ["Trong đó: doanh thu bán lẻ hàng hóa", "277,2", "+1", "+12,9", N, N],
    ["Doanh thu dịch vụ lưu trú, ăn uống", "45,1", "-1,9", "+8,6", N, N],
])
