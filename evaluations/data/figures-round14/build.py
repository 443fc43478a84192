"""Round 14 of the figures loader: agency-style sheets built by hand from public pages (found with the search tool,
corpus ``pages``; none of these addresses is in ``evaluations/sweep/urls.tsv``), in layouts rounds 8–13 had not:
a matrix of counts with a change column for each count (v01); a whole and its parts as rows of a matrix, drug weights
typed with their unit in the cell (``374,925g``) (v02); lenders as rows with ``Dư nợ (tỷ đồng) | Số hộ vay (hộ)``
and ``trên``/``gần`` typed in cells (v03); money typed with ``đ`` glued on (``16.610.000đ``) beside a plan and a rate
(v04); a header of two rows, ``Trong đó`` merged over ``Mức độ 1 | Mức độ 2`` beside ``Tổng số trường`` (v05); a
school year as the period, new this year beside the running total, a second group of the same levels (v06); a
comparison in multiples (``So cùng kỳ (lần)``) beside a month and the months to date (v07); a count and its share
of a base the sheet does not hold (v08).

Run: ``.venv/bin/python evaluations/data/figures-round14/build.py``.  Where a layout needs a number the page does not
state, it is said below ("assumed").
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None


# v01 http://gialaitv.vn/tin-tuc/tin-dia-phuong/cong-an-gia-lai-phat-hien-bat-giu-43-vu-tang-tru-van-chuyen-mua-ban-va-to-chuc-su-dung-trai-phep-chat-ma-tuy/
# (2023-04) "phát hiện, bắt giữ 43 vụ với 63 đối tượng … So với cùng kỳ năm 2022, số vụ vi phạm tăng 5 vụ, tăng 19
# đối tượng … thu giữ 1,892 gram Heroin, 157,88 gram ma túy dạng khay … 13,6kg cây cần sa … xử lý 25 vụ với 78 đối
# tượng sử dụng trái phép".  The period «từ đầu năm đến nay» in a page of April: assumed 4 tháng đầu năm 2023.
write_xlsx("v01-gialaitv-matuy-2023-4t.xlsx", [
    ["CÔNG AN TỈNH GIA LAI"],
    ["KẾT QUẢ ĐẤU TRANH PHÒNG, CHỐNG TỘI PHẠM VỀ MA TÚY 4 THÁNG ĐẦU NĂM 2023"],
    ["STT", "Nội dung", "Số vụ", "Số đối tượng", "Tăng/giảm so cùng kỳ (vụ)", "Tăng/giảm so cùng kỳ (đối tượng)"],
    ["1", "Bắt giữ tàng trữ, vận chuyển, mua bán, tổ chức sử dụng trái phép chất ma túy", 43, 63, "+5", "+19"],
    ["2", "Xử lý sử dụng trái phép chất ma túy", 25, 78, N, N],
])

# v02 https://thanhnien.vn/thoi-su/phu-yen-cong-an-tptuy-hoa-triet-pha-nhieu-vu-mua-ban-tang-tru-chat-ma-tuy-1372155.html
# "từ đầu năm 2021 đến nay … đã phát hiện, xử lý 23 vụ, 48 đối tượng … thu giữ 374,925g ma túy tổng hợp, 2,431g
# heroin, khởi tố 6 vụ, 6 bị can và xử lý hành chính 17 vụ, 42 đối tượng" (21/4).  Assumed 4 tháng đầu năm 2021.
write_csv("v02-thanhnien-tuyhoa-matuy-2021-4t.csv", [
    ["CÔNG AN THÀNH PHỐ TUY HÒA"],
    ["KẾT QUẢ PHÁT HIỆN, XỬ LÝ TỘI PHẠM VÀ VI PHẠM VỀ MA TÚY 4 THÁNG ĐẦU NĂM 2021"],
    ["STT", "Chỉ tiêu", "Số vụ", "Số đối tượng"],
    ["1", "Phát hiện, xử lý", "23", "48"],
    ["", "Trong đó: Khởi tố", "6", "6"],
    ["", "Xử lý hành chính", "17", "42"],
    ["2", "Ma túy tổng hợp thu giữ", "374,925g", ""],
    ["3", "Heroin thu giữ", "2,431g", ""],
])

# v03 http://www.snntuyenquang.gov.vn/tin-tuc/phat-trien-nong-thon!/nong-thon-moi/gan-5000-hoi-vien-nong-dan-dang-ky-tham-gia-san-xuat-kinh-doanh-gioi-10600.html
# "Hội Nông dân huyện Na Hang hiện có 7.286 hội viên sinh hoạt ở 12 cơ sở hội … gần 5.000 hội viên nông dân đăng ký
# … 5 tổ hội nông dân nghề nghiệp với 60 thành viên … Ngân hàng Chính sách xã hội huyện với tổng dư nợ là 73 tỷ đồng
# cho trên 1.300 hộ vay; ngân hàng Nông nghiệp và Phát triển nông thôn huyện với dư nợ là gần 100 tỷ đồng cho trên
# 1.200 hộ vay … 11 lớp đào tạo nghề cho trên 500 hội viên".
write_xlsx("v03-tuyenquang-nahang-hnd-2022.xlsx", [
    ["HỘI NÔNG DÂN HUYỆN NA HANG"],
    ["KẾT QUẢ CÔNG TÁC HỘI VÀ PHONG TRÀO NÔNG DÂN NĂM 2022"],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022"],
    ["1", "Số hội viên", "hội viên", "7.286"],
    ["2", "Số cơ sở hội", "cơ sở", "12"],
    ["3", "Hội viên đăng ký sản xuất kinh doanh giỏi", "hội viên", "gần 5.000"],
    ["4", "Tổ hội nông dân nghề nghiệp", "tổ", "5"],
    ["5", "Thành viên tổ hội nghề nghiệp", "thành viên", "60"],
    ["6", "Lớp đào tạo nghề", "lớp", "11"],
    ["7", "Hội viên được đào tạo nghề", "hội viên", "trên 500"],
    [N],
    ["STT", "Vốn ủy thác, cho vay", "Dư nợ (tỷ đồng)", "Số hộ vay (hộ)"],
    ["1", "Ngân hàng Chính sách xã hội huyện", "73", "trên 1.300"],
    ["2", "Ngân hàng Nông nghiệp và Phát triển nông thôn huyện", "gần 100", "trên 1.200"],
])

# v04 http://hoinongdankiengiang.org.vn/trang/TinTuc/109/2373/Tap-trung-thuc-hien-doi-moi-noi-dung--phuong-thuc-hoat-dong-cong-tac-Hoi-va-phong-trao-nong-dan.html
# "kết nạp được 71/70 hội viên mới, đạt 101% chỉ tiêu giao, nâng hội viên toàn xã 865 hội viên … 554 hộ nông dân
# đăng ký, đạt 100,3% chỉ tiêu giao … vốn ủy thác trên 13,6 tỷ đồng, giúp cho 291 hội viên vay … Quỹ hỗ trợ nông dân
# được 16.610.000đ/14.080.000đ, đạt 117,9% chỉ tiêu. Thu hội phí được 9.564.000đ, đạt 100%".  The plan of 554 hộ is
# not stated (100,3%): left blank.  The commune is not named on the page's opening: "Hội Nông dân xã".
write_csv("v04-kiengiang-hnd-xa-2022.csv", [
    ["HỘI NÔNG DÂN XÃ"],
    ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2022"],
    ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Thực hiện", "Tỷ lệ (%)"],
    ["1", "Kết nạp hội viên mới", "hội viên", "70", "71", "101"],
    ["2", "Tổng số hội viên", "hội viên", "", "865", ""],
    ["3", "Hộ đăng ký sản xuất kinh doanh giỏi", "hộ", "", "554", "100,3"],
    ["4", "Vốn ủy thác Ngân hàng Chính sách xã hội", "đồng", "", "13.600.000.000đ", ""],
    ["5", "Hội viên được vay vốn ủy thác", "hội viên", "", "291", ""],
    ["6", "Vận động Quỹ hỗ trợ nông dân", "đồng", "14.080.000đ", "16.610.000đ", "117,9"],
    ["7", "Thu hội phí", "đồng", "", "9.564.000đ", "100"],
])

# v05 https://baothainguyen.vn/giao-duc/202311/dinh-hoa-6769-truong-hoc-dat-chuan-quoc-gia-e131e1c/
# "huyện Định Hóa có 67/69 trường đạt chuẩn Quốc gia (97,1%) … cấp mầm non có 23/23 … 15 trường … mức độ 1; 8
# trường … mức độ 2 … tiểu học có 22/22 … 20 … mức độ 1; 2 … mức độ 2 … THCS có 22/24 … mức độ 1 là 16; mức độ 2 có
# 6 trường".
write_xlsx("v05-baothainguyen-dinhhoa-truongchuan-2023.xlsx", [
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỊNH HÓA"],
    ["TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2023"],
    ["STT", "Cấp học", "Tổng số trường", "Số trường đạt chuẩn", "Trong đó", N, "Tỷ lệ đạt chuẩn (%)"],
    [N, N, N, N, "Mức độ 1", "Mức độ 2", N],
    ["1", "Mầm non", 23, 23, 15, 8, 100],
    ["2", "Tiểu học", 22, 22, 20, 2, 100],
    ["3", "Trung học cơ sở", 24, 22, 16, 6, "91,7"],
    [N, "Cộng", 69, 67, 51, 16, "97,1"],
], merges=("E3:F3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "G3:G4"))

# v06 https://baoquangbinh.vn/dan-tri-nhan-luc/201712/hon-55-truong-hoc-dat-chuan-quoc-gia-2152248/
# "năm học 2016-2017, toàn tỉnh đã công nhận mới 23 trường (7 trường mầm non, 9 trường tiểu học và 7 trường THCS),
# đưa tổng số … lên 324/590 trường, đạt tỷ lệ 55,4% (… 71/179 trường mầm non, đạt tỷ lệ 39,7%; 160/206 trường tiểu
# học, đạt tỷ lệ 77,3%; 80/165 trường THCS, đạt tỷ lệ 54,42% và 13/33 trường THPT …, đạt tỷ lệ 39,4%). Riêng vùng
# nông thôn có 47/147 trường mầm non … (32%), 129/174 trường tiểu học … (74,1%), 61/137 trường THCS … (44,5%)".
write_csv("v06-baoquangbinh-truongchuan-2016-2017.csv", [
    ["SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG BÌNH"],
    ["KẾT QUẢ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM HỌC 2016-2017"],
    ["STT", "Cấp học", "ĐVT", "Công nhận mới trong năm học", "Tổng số trường đạt chuẩn", "Tổng số trường",
     "Tỷ lệ đạt chuẩn (%)"],
    ["I", "Toàn tỉnh", "", "", "", "", ""],
    ["1", "Mầm non", "trường", "7", "71", "179", "39,7"],
    ["2", "Tiểu học", "trường", "9", "160", "206", "77,3"],
    ["3", "Trung học cơ sở", "trường", "7", "80", "165", "54,42"],
    ["4", "Trung học phổ thông", "trường", "", "13", "33", "39,4"],
    ["", "Cộng", "trường", "23", "324", "590", "55,4"],
    ["II", "Vùng nông thôn", "", "", "", "", ""],
    ["1", "Mầm non", "trường", "", "47", "147", "32"],
    ["2", "Tiểu học", "trường", "", "129", "174", "74,1"],
    ["3", "Trung học cơ sở", "trường", "", "61", "137", "44,5"],
])

# v07 https://nhandan.vn/quy-iii2022-du-lich-viet-nam-tiep-da-phuc-hoi-tich-cuc-post717412.html
# "9 tháng năm 2022, khách quốc tế đến nước ta đạt 1.872,9 nghìn lượt người, gấp 16,4 lần so với cùng kỳ năm trước
# … bằng đường hàng không đạt 1.659,9 nghìn lượt người … gấp 22 lần … châu Á … 1,31 triệu lượt người … gấp 13,3 lần …
# châu Âu với 261,6 nghìn lượt người, châu Mỹ với 209,6 nghìn lượt người … tháng 9/2022 … đạt gần 432.000 lượt
# người, gấp 45,4 lần so với cùng kỳ".  Month 9 by road or region not stated: blank.
write_xlsx("v07-nhandan-khachquocte-2022-9t.xlsx", [
    ["TỔNG CỤC THỐNG KÊ"],
    ["KHÁCH QUỐC TẾ ĐẾN VIỆT NAM THÁNG 9 VÀ 9 THÁNG NĂM 2022"],
    ["Đơn vị tính: Nghìn lượt người"],
    ["Chỉ tiêu", "Ước tính tháng 9/2022", "9 tháng năm 2022", "Tháng 9/2022 so với cùng kỳ (lần)",
     "9 tháng 2022 so với cùng kỳ (lần)"],
    ["Tổng số", 432, "1.872,9", "45,4", "16,4"],
    ["Đường hàng không", N, "1.659,9", N, 22],
    ["Châu Á", N, "1.310", N, "13,3"],
    ["Châu Âu", N, "261,6", N, N],
    ["Châu Mỹ", N, "209,6", N, N],
])

# v08 https://baocamau.vn/video/xem-video/dau-an-nua-chang-duong-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-2404.html
# "cuối năm 2023, toàn tỉnh còn 9.604 hộ nghèo, chiếm tỷ lệ 3,14%; hộ cận nghèo là 6.943 hộ, chiếm tỷ lệ 2,27%".
write_csv("v08-baocamau-hongheo-2023.csv", [
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH CÀ MAU"],
    ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2023"],
    ["STT", "Chỉ tiêu", "Số hộ", "Tỷ lệ (%)"],
    ["1", "Hộ nghèo", "9.604", "3,14"],
    ["2", "Hộ cận nghèo", "6.943", "2,27"],
])
