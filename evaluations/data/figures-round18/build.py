"""Round 18 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv`` nor in any case, checked with ``grep -rlF`` before use), each in a layout the rounds
had not had: a letterhead over the table and a signature block at its foot, a signed change beside the month and a
share column (z01, XLSX); two count columns of different units, cases and accused persons, with «gần»/«hơn» typed in
the cells (z02); a JSON export whose keys are a system's ASCII field names (``chi_tieu``, ``dvt``, ``so_lieu``) (z03);
thousands written with spaces (``17 103``) (z04); the period's column named by a phrase with the year (``Kết quả đến
cuối năm 2012``), units in brackets in the names, «tăng khoảng 1,43» in a comparison (z05); ``~400`` in a cell and
the unit column after the value (z06, XLSX); a count column beside an area and a volume column (vụ | ha | m3)
(z07, XLSX); a column per district with the province's total (z08); ``Lũy kế 4 tháng`` beside the month, each with
its own rate against last year (z09); a matrix of ways (road, rail, water) with a signed change column after each
count (z10).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a total, a base from a change).

Run: ``.venv/bin/python evaluations/data/figures-round18/build.py``.
First look (before any code of round 18): evaluations/data/figures-round18/README.md.
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


# z01 https://baobariavungtau.com.vn/phap-luat/202502/thang-12025-toan-quoc-xay-ra-375-vu-chay-1033953/
# "Theo Cục Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ (Bộ Công an), trong tháng 1/2025, toàn quốc xảy ra 375 vụ
# cháy làm 6 người chết, 5 người bị thương, thiệt hại về tài sản ước tính 11,7 tỷ đồng và 20ha rừng. So với tháng
# 1/2024, số vụ cháy tăng 107 vụ, thiệt hại về người chết giảm 3 người, số người bị thương giảm 3 người, thiệt hại về
# tài sản tăng 7,3 tỷ đồng. Trong số các vụ cháy, 195 vụ xảy ra tại địa bàn thành thị, chiếm 52% và 180 vụ xảy ra tại
# địa bàn nông thôn, chiếm 48%. Cũng theo thống kê, trong số các vụ cháy, có 125 vụ cháy nhà dân (chiếm 33,3%); 47 vụ
# cháy kho, cơ sở sản xuất, kinh doanh (chiếm 12,5%); 32 vụ cháy phương tiện giao thông (chiếm 8,5%); 25 vụ cháy nhà ở
# kết hợp sản xuất, kinh doanh (chiếm 6,7%); 33 vụ cháy rừng (chiếm 8,8%). Có 230 vụ cháy (chiếm 61,3%) đã được làm rõ
# nguyên nhân, trong đó 170 vụ (chiếm 73,9%) do sự cố hệ thống, thiết bị điện; 47 vụ (chiếm 20,4%) do sơ suất bất cẩn
# sử dụng nguồn lửa, nguồn nhiệt; …"
# The clerk's: the letterhead, the signature block (no name), the signs of the change.
write_xlsx("z01-baobariavungtau-chayno-2025-01.xlsx", [
    ["BỘ CÔNG AN", N, N, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", N, N],
    ["CỤC CẢNH SÁT PCCC VÀ CNCH", N, N, "Độc lập - Tự do - Hạnh phúc", N, N],
    [N, N, N, "Hà Nội, ngày 05 tháng 02 năm 2025", N, N],
    ["TÌNH HÌNH CHÁY, NỔ THÁNG 01/2025", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 01/2025", "So với tháng 01/2024 (tăng +, giảm -)", "Tỷ lệ (%)"],
    [1, "Số vụ cháy", "vụ", 375, "+107", N],
    [N, "- Tại địa bàn thành thị", "vụ", 195, N, 52],
    [N, "- Tại địa bàn nông thôn", "vụ", 180, N, 48],
    [2, "Số người chết", "người", 6, "-3", N],
    [3, "Số người bị thương", "người", 5, "-3", N],
    [4, "Thiệt hại về tài sản (ước tính)", "tỷ đồng", 11.7, "+7,3", N],
    [5, "Diện tích rừng bị cháy", "ha", 20, N, N],
    [6, "Cháy nhà dân", "vụ", 125, N, 33.3],
    [7, "Cháy kho, cơ sở sản xuất, kinh doanh", "vụ", 47, N, 12.5],
    [8, "Cháy phương tiện giao thông", "vụ", 32, N, 8.5],
    [9, "Cháy nhà ở kết hợp sản xuất, kinh doanh", "vụ", 25, N, 6.7],
    [10, "Cháy rừng", "vụ", 33, N, 8.8],
    [11, "Số vụ đã làm rõ nguyên nhân", "vụ", 230, N, 61.3],
    [N, "- Do sự cố hệ thống, thiết bị điện", "vụ", 170, N, 73.9],
    [N, "- Do sơ suất bất cẩn sử dụng nguồn lửa, nguồn nhiệt", "vụ", 47, N, 20.4],
    [N, N, N, N, N, N],
    ["Nơi nhận:", N, N, "KT. CỤC TRƯỞNG", N, N],
    ["- Lãnh đạo Bộ (để b/c);", N, N, "PHÓ CỤC TRƯỞNG", N, N],
    ["- Lưu: VT, P4.", N, N, "(Đã ký)", N, N],
])

# z02 http://plo.vn/thoi-su/chinh-tri/van-con-an-bi-huy-sua-do-loi-cua-tham-phan-116628.html  (date 2017-03)
# "Báo cáo của ngành tòa án cho thấy toàn ngành đã thụ lý hơn 29.200 vụ (tăng hơn 1.000 vụ), trong đó đã giải quyết
# gần 15.200 vụ, đạt tỉ lệ gần 52%. … Toàn ngành có 137 vụ án bị hủy, sửa án 442 vụ… Theo báo cáo của VKSND TP, trong
# sáu tháng đầu năm nay, cơ quan điều tra hai cấp đã khởi tố mới gần 3.900 vụ với gần 4.300 bị can, tăng so với cùng
# kỳ năm ngoái là 268 vụ/128 bị can."
# The clerk's: the two blocks on one sheet, «Số vụ | Số bị can» as the two count columns.
write_csv("z02-plo-vks-toaan-tphcm-2017-h1.csv", [
    ["VIỆN KIỂM SÁT NHÂN DÂN - TÒA ÁN NHÂN DÂN TP. HỒ CHÍ MINH", N, N, N, N],
    ["KẾT QUẢ CÔNG TÁC SÁU THÁNG ĐẦU NĂM 2017", N, N, N, N],
    ["STT", "Nội dung", "Số vụ", "Số bị can", "Ghi chú"],
    ["I", "Khởi tố, điều tra", N, N, N],
    ["1", "Khởi tố mới", "gần 3.900", "gần 4.300", "tăng so với cùng kỳ năm ngoái 268 vụ/128 bị can"],
    ["II", "Giải quyết, xét xử", N, N, N],
    ["2", "Án các loại đã thụ lý", "hơn 29.200", N, "tăng hơn 1.000 vụ"],
    ["3", "Đã giải quyết", "gần 15.200", N, "đạt tỉ lệ gần 52%"],
    ["4", "Án bị hủy", "137", N, N],
    ["5", "Án bị sửa", "442", N, N],
])

# z03 http://cand.com.vn/Xa-hoi/Ha-Noi-1529-quan-huyen-co-ty-le-chenh-lech-gioi-tinh-khi-sinh-199348/
# "Cụ thể, tính đến hết tháng 3, toàn thành phố có 18.622 trẻ ra đời, tăng 2.780 trẻ so với cùng kỳ năm 2011, trong
# đó có 1456 trẻ là con thứ ba trở lên, tăng 309 trẻ so với cùng kỳ, chiếm 7,28% số sinh. … Đặc biệt, 15/29 quận,
# huyện có tỷ lệ chênh lệch giới tính khi sinh cao từ 155 trẻ trai/100 trẻ gái, tỷ số giới tính khi sinh toàn thành
# phố là 115 trẻ trai/100 trẻ gái."
# The clerk's: a system's export (ASCII field names), the title and the period's words.
(HERE / "z03-cand-danso-hanoi-2012-q1.json").write_text(json.dumps({
    "tieu_de": "TÌNH HÌNH DÂN SỐ - KHHGĐ QUÝ I NĂM 2012 THÀNH PHỐ HÀ NỘI",
    "du_lieu": [
        {"ma": "01", "chi_tieu": "Số trẻ sinh ra", "dvt": "trẻ", "so_lieu": 18622, "tang_giam_so_cung_ky": 2780},
        {"ma": "02", "chi_tieu": "Số trẻ là con thứ ba trở lên", "dvt": "trẻ", "so_lieu": 1456,
         "tang_giam_so_cung_ky": 309},
        {"ma": "03", "chi_tieu": "Tỷ lệ sinh con thứ ba trở lên", "dvt": "%", "so_lieu": 7.28,
         "tang_giam_so_cung_ky": None},
        {"ma": "04", "chi_tieu": "Tỷ số giới tính khi sinh", "dvt": "trẻ trai/100 trẻ gái", "so_lieu": 115,
         "tang_giam_so_cung_ky": None},
        {"ma": "05", "chi_tieu": "Số quận, huyện có tỷ số giới tính khi sinh từ 155 trẻ trai/100 trẻ gái",
         "dvt": "quận, huyện", "so_lieu": 15, "tang_giam_so_cung_ky": None},
    ]}, ensure_ascii=False, indent=1), encoding="utf-8")

# z04 http://www.trungtamyteyenmy.com/news/savefile/Tin-Tuc/Hung-Yen-Ty-le-phat-trien-dan-so-va-ty-le-sinh-con-thu-3-tro-len-len-deu-giam-15/
# "Số sinh toàn tỉnh năm 2009 là 17.103 trẻ. Trong đó, 9513 trẻ nam, 7590 trẻ nữ. … Số con thứ 3 trở lên được sinh ra
# là 1576 trẻ, chiếm 9,2% (tỷ lệ này năm 2008 là 10,15%). Tỷ lệ phát triển dân số là 0,96% (giảm 0,02% so với năm
# 2008). Tỷ lệ các cặp vợ chồng trong độ tuổi sinh đẻ áp dụng các biện pháp kế hoạch hoá gia đình đạt trên 81,4%..."
# The clerk's: thousands typed with a space, 2008's growth 0,98 (0,96 + 0,02).
write_csv("z04-trungtamyteyenmy-danso-hungyen-2009.csv", [
    ["CHI CỤC DÂN SỐ/KHHGĐ TỈNH HƯNG YÊN", N, N, N],
    ["KẾT QUẢ CÔNG TÁC DÂN SỐ NĂM 2009", N, N, N],
    ["Chỉ tiêu", "ĐVT", "Năm 2008", "Năm 2009"],
    ["Số sinh toàn tỉnh", "trẻ", N, "17 103"],
    ["Trong đó: trẻ nam", "trẻ", N, "9 513"],
    ["Trẻ nữ", "trẻ", N, "7 590"],
    ["Số con thứ 3 trở lên được sinh ra", "trẻ", N, "1 576"],
    ["Tỷ lệ sinh con thứ 3 trở lên", "%", "10,15", "9,2"],
    ["Tỷ lệ phát triển dân số", "%", "0,98", "0,96"],
    ["Tỷ lệ cặp vợ chồng trong độ tuổi sinh đẻ áp dụng biện pháp KHHGĐ", "%", N, "trên 81,4"],
])

# z05 http://baoquangnam.vn/y-te/nam-2012-ty-suat-sinh-tho-tang-so-voi-nam-truoc-7602.html
# "Tính đến cuối năm 2012, dân số toàn tỉnh là 1.521.441 người, trong đó có 20.469 trẻ mới sinh. Như vậy, tỷ suất sinh
# thô … là 13,53 phần nghìn, tăng cao hơn năm 2011 khoảng 1,43 phần nghìn; tỷ số giới tính khi sinh 109,4 bé trai/100
# bé gái. Trong số trẻ mới sinh tỷ lệ sinh con thứ 3 trở lên chiếm 16%, giảm 1,3% so với năm 2011. Năm 2013, Chi cục
# đề ra mục tiêu giảm 0,25 phần nghìn mức sinh, giảm 1,5% trường hợp sinh con thứ 3 trở lên."
write_csv("z05-baoquangnam-danso-2012.csv", [
    ["CHI CỤC DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH TỈNH QUẢNG NAM", N, N, N],
    ["TỔNG KẾT CÔNG TÁC DÂN SỐ NĂM 2012", N, N, N],
    ["Chỉ tiêu", "Kết quả đến cuối năm 2012", "So với năm 2011", "Mục tiêu năm 2013"],
    ["Dân số toàn tỉnh (người)", "1.521.441", N, N],
    ["Trẻ mới sinh (trẻ)", "20.469", N, N],
    ["Tỷ suất sinh thô (phần nghìn)", "13,53", "tăng khoảng 1,43", "giảm 0,25"],
    ["Tỷ số giới tính khi sinh (bé trai/100 bé gái)", "109,4", N, N],
    ["Tỷ lệ sinh con thứ 3 trở lên (%)", "16", "giảm 1,3", "giảm 1,5"],
])

# z06 https://tanuyen.binhduong.gov.vn/Tin-tuc/thanh-pho-tan-uyen-to-chuc-ngay-hoi-hien-mau-tinh-nguyen-dot-4-nam-2024
# "Sáng ngày 03/6, Hội Chữ thập đỏ thành phố Tân Uyên phối hợp … tổ chức ngày hội hiến máu tình nguyện đợt 4-2024. …
# Tham gia ngày hội có khoảng 400 tình nguyện … Qua kiểm tra có 350 người đủ điều kiện tham gia hiến máu, kết quả thu
# nhận 350 đơn vị máu."
# The clerk's: «~400» for «khoảng 400».
write_xlsx("z06-tanuyen-hienmau-2024-06.xlsx", [
    ["HỘI CHỮ THẬP ĐỎ THÀNH PHỐ TÂN UYÊN", N, N, N],
    ["KẾT QUẢ NGÀY HỘI HIẾN MÁU TÌNH NGUYỆN ĐỢT 4 NĂM 2024 (NGÀY 03/6/2024)", N, N, N],
    ["TT", "Nội dung", "Số lượng", "Đơn vị tính"],
    [1, "Tình nguyện viên tham gia", "~400", "người"],
    [2, "Số người đủ điều kiện hiến máu", 350, "người"],
    [3, "Số đơn vị máu thu nhận", 350, "đơn vị"],
])

# z07 http://baodaknong.org.vn/huyen-dak-glong/tiep-nhan-ho-so-xu-ly-87-vu-vi-pham-luat-quan-ly-va-bao-ve-rung-60370.html
# "Trong quý I, ngành chức năng của huyện Đắk Glong đã tiếp nhận hồ sơ xử lý 87 vụ vi phạm phát luật về bảo vệ rừng.
# Trong đó, phá rừng: 73 vụ, với 43,697 ha; khai thác rừng trái phép: 2 vụ, với 7,748 m3; vận chuyển lâm sản trái
# phép: 5 vụ, với 8,553 m3; cất giữ lâm sản trái phép: 2 vụ, với 6,366 m3; vi phạm thủ tục hành chính trong vận chuyển
# lâm sản: 2 vụ; hủy hoại tài sản: 1 vụ; vi phạm khác: 2 vụ. Hiện đã xử lý 76 vụ, trong đó xử lý hành chính 62 vụ,
# hình sự 14 vụ, với tổng số tiền thu sau xử lý là hơn 471 triệu đồng."  (Cập nhật ngày: 02/04/2018)
write_xlsx("z07-baodaknong-vipham-rung-dakglong-2018-q1.xlsx", [
    ["HẠT KIỂM LÂM HUYỆN ĐẮK GLONG", N, N, N, N],
    ["TỔNG HỢP VI PHẠM LUẬT QUẢN LÝ VÀ BẢO VỆ RỪNG QUÝ I NĂM 2018", N, N, N, N],
    ["STT", "Loại vi phạm", "Số vụ (vụ)", "Diện tích (ha)", "Khối lượng lâm sản (m3)"],
    [N, "Tổng số vụ tiếp nhận hồ sơ xử lý", 87, N, N],
    [1, "Phá rừng", 73, 43.697, N],
    [2, "Khai thác rừng trái phép", 2, N, 7.748],
    [3, "Vận chuyển lâm sản trái phép", 5, N, 8.553],
    [4, "Cất giữ lâm sản trái phép", 2, N, 6.366],
    [5, "Vi phạm thủ tục hành chính trong vận chuyển lâm sản", 2, N, N],
    [6, "Hủy hoại tài sản", 1, N, N],
    [7, "Vi phạm khác", 2, N, N],
    [N, "Số vụ đã xử lý", 76, N, N],
    [N, "Trong đó: xử lý hành chính", 62, N, N],
    [N, "Xử lý hình sự", 14, N, N],
])

# z08 http://www.thtg.vn/tinh-hinh-dich-benh-chieu-ngay-10-7-2021-tinh-den-18-gio/  (date 2021-07)
# "- Số lượng ca bệnh tại các ổ dich: 1. huyện Cái Bè: 86 ca (…); 2. huyện Cai Lậy: 13 ca (…); 3. Thị xã Cai Lậy: 30
# ca (…); 4. huyện Châu Thành: 23 ca (…); 5. Thành phố Mỹ Tho: 110 ca (…); 6. huyện Chợ Gạo: 09 ca (…); 7. huyện Gò
# Công Đông: 22 ca (…); 8. huyện Gò Công Tây: 12 ca (…); 9. Thị xã Gò Công: 21 ca (…)."
# The clerk's: the province's total 326 (the sum of the nine).
write_csv("z08-thtg-covid-tiengiang-2021-07.csv", [
    ["SỞ Y TẾ TỈNH TIỀN GIANG", N, N, N, N, N, N, N, N, N, N],
    ["TÌNH HÌNH DỊCH BỆNH COVID-19 (TÍNH ĐẾN 18 GIỜ NGÀY 10/7/2021)", N, N, N, N, N, N, N, N, N, N],
    ["Chỉ tiêu", "Cái Bè", "Cai Lậy", "TX. Cai Lậy", "Châu Thành", "TP. Mỹ Tho", "Chợ Gạo", "Gò Công Đông",
     "Gò Công Tây", "TX. Gò Công", "Toàn tỉnh"],
    ["Số ca bệnh tại các ổ dịch (ca)", "86", "13", "30", "23", "110", "09", "22", "12", "21", "326"],
])

# z09 https://vietbao.com/a280412/4-thang-dung-chet-2-788-nguoi  (date 2018-04)
# "Theo báo cáo của Văn phòng Bộ Công an và Cục Hàng hải Việt Nam từ ngày 16/3 đến 15/4, toàn quốc xảy ra 1.346 vụ tai
# nạn giao thông, làm chết 639 người và làm bị thương 1.009 người.So với tháng cùng kỳ năm 2017, giảm 210 vụ (13,5%),
# giảm 42 người chết (6,17%) và 275 người bị thương (21,42%).Tính chung trong 4 tháng đầu năm (từ ngày 16/12/2017 đến
# 15/4/2018), cả nước xảy ra 6.020 vụ tai nạn giao thông, làm chết 2.788 người, bị thương 4.636 người. So với 4 tháng
# đầu năm 2017, tai nạn giao thông giảm 349 vụ (5,48%), số người chết giảm 7 người (0,25%), số người bị thương giảm
# 483 người (9,44%)."
write_csv("z09-vietbao-tngt-2018-04.csv", [
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG THÁNG 4 NĂM 2018 (TỪ 16/3 ĐẾN 15/4/2018)", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 4/2018", "So cùng kỳ (%)", "Lũy kế 4 tháng", "So cùng kỳ (%)"],
    ["1", "Số vụ tai nạn giao thông", "vụ", "1.346", "-13,5", "6.020", "-5,48"],
    ["2", "Số người chết", "người", "639", "-6,17", "2.788", "-0,25"],
    ["3", "Số người bị thương", "người", "1.009", "-21,42", "4.636", "-9,44"],
])

# z10 https://vietbao.com/a283015/vn-6-thang-dung-xe-chet-4-100-nguoi  (date 2018-07)
# "sáu tháng đầu năm nay (tính từ ngày 16/12/2017 đến 15/6/2018), toàn quốc xảy ra 8.999 vụ tai nạn giao thông, làm
# chết 4.103 người, bị thương 7.027 người. “So với sáu tháng của năm 2017, số vụ tai nạn giao thông giảm cả 3 tiêu chí
# khi giảm 594 vụ (giảm 6,19%), số người chết giảm 31 người (giảm 0,75%), số người bị thương giảm 908 người (giảm
# 11,44%),” … Trong đó, đường bộ xảy ra 8.889 vụ, làm chết 4.027 người, bị thương 6.997 người. So với cùng kỳ năm 2017
# giảm 568 vụ (-6.01%), giảm 04 người chết (-0.10%), giảm 893 người bị thương (-11.32%). Đường sắt xảy ra 62 vụ, làm
# chết 53 người, bị thương 28 người. So với cùng kỳ năm 2017 giảm 14 vụ (-18.42%), giảm 12 người chết (-18.46%), giảm
# 02 người bị thương (-6.67%). Đường thuỷ nội địa xảy ra 40 vụ, làm chết 22 người, bị thương 02 người."
# The clerk's: thousands typed with a space; a signed change after each count.
write_csv("z10-vietbao-tngt-2018-h1.csv", [
    ["ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA", N, N, N, N, N, N],
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG 6 THÁNG ĐẦU NĂM 2018", N, N, N, N, N, N],
    ["Lĩnh vực", "Số vụ (vụ)", "Tăng, giảm so cùng kỳ (vụ)", "Số người chết (người)", "Tăng, giảm so cùng kỳ (người)",
     "Số người bị thương (người)", "Tăng, giảm so cùng kỳ (người)"],
    ["Toàn quốc", "8 999", "-594", "4 103", "-31", "7 027", "-908"],
    ["Đường bộ", "8 889", "-568", "4 027", "-4", "6 997", "-893"],
    ["Đường sắt", "62", "-14", "53", "-12", "28", "-2"],
    ["Đường thủy nội địa", "40", N, "22", N, "2", N],
])
