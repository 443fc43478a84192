"""Round 23 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``, in any case or in another worktree's cases or sweeps, checked with ``grep -rlF`` before
use), as an agency's clerk would keep them, in fields the rounds had not had (foreign direct investment, the
industrial production index twice, tree planting three times, labour and social affairs, transport, clean water,
a district's half-year), each in a layout the brief of round 23 asks for: a growth column ``Tăng so với cùng kỳ
(%)`` / ``Tăng/giảm (%)`` beside no last year's column (d01, d02, d06); plan-only rows (d03); next year's plan in
its own column (d04); a column of the previous month beside the months so far (d05); values with units inside the
cell (d06); merged group cells (d01); the unit as the first column (d07); a JSON list of records with Vietnamese
keys (d08); an XLSX whose numbers are text with Vietnamese separators (d09); a plan of a two-year span beside
the year's progress (d10).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a unit, a code).

Run: ``.venv/bin/python evaluations/data/figures-round23/build.py``.
First look (before any code of round 23): evaluations/data/figures-round23/README.md.
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

# d01 http://www.tienphong.vn/kinh-te/hang-ty-usd-tiep-tuc-rot-vao-viet-nam-dau-nam-moi-1118002.tpo
# "trong tháng 1, cả nước cấp phép 175 dự án mới, tăng 37,8% so với cùng kỳ năm ngoái. Số vốn đăng ký đạt hơn 1,243
# tỷ USD Mỹ, tăng 23% về vốn đăng ký so với cùng kỳ năm 2016. Bên cạnh đó, có 76 lượt dự án đăng ký điều chỉnh vốn
# đầu tư với số vốn tăng thêm đạt 179,2 triệu đô la Mỹ.Tổng vốn đăng ký của các dự án cấp mới và vốn bổ sung đạt
# 1,423 tỉ đô la Mỹ, tăng 6,6% so với cùng kỳ năm trước. Vốn đầu tư trực tiếp nước ngoài thực hiện tháng 1/2017 ước
# đạt 850 triệu đô la Mỹ, tăng 6,3% so với cùng kỳ năm 2016. … Singapore là nhà đầu tư lớn nhất với số vốn cam kết
# đạt 416,7 triệu đô la Mỹ, chiếm 33,5% tổng vốn đăng ký cấp mới. Xếp thứ 2 là Hàn Quốc 347,8 triệu đô la Mỹ,
# chiếm 28%"
# The clerk's: an XLSX whose first column is a group merged down over its rows (Cấp mới, Điều chỉnh, Theo đối tác),
# the month's value and `Tăng so với cùng kỳ (%)` with no column of last year, shares in a column of their own.
write_xlsx("d01-tienphong-fdi-2017-01.xlsx", [
    ["TÌNH HÌNH THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI THÁNG 1/2017", N, N, N, N, N],
    ["Nhóm", "Chỉ tiêu", "Đơn vị tính", "Tháng 1/2017", "Tăng so với cùng kỳ (%)", "Tỷ trọng (%)"],
    ["Cấp mới", "Số dự án cấp phép mới", "Dự án", 175, 37.8, N],
    [N, "Vốn đăng ký cấp mới", "Triệu USD", 1243, 23, N],
    ["Điều chỉnh", "Số lượt dự án điều chỉnh vốn", "Lượt dự án", 76, N, N],
    [N, "Vốn đăng ký tăng thêm", "Triệu USD", 179.2, N, N],
    ["Tổng số", "Tổng vốn đăng ký cấp mới và tăng thêm", "Triệu USD", 1423, 6.6, N],
    ["Thực hiện", "Vốn đầu tư trực tiếp nước ngoài thực hiện", "Triệu USD", 850, 6.3, N],
    ["Theo đối tác (vốn cấp mới)", "Singapore", "Triệu USD", 416.7, N, 33.5],
    [N, "Hàn Quốc", "Triệu USD", 347.8, N, 28],
], merges=("A3:A4", "A5:A6", "A9:A10"))

# d02 http://www.vietnamplus.vn/chi-so-san-xuat-cong-nghiep-cua-ca-nuoc-tang-65-trong-7-thang-qua/458901.vnp
# "chỉ số sản xuất toàn ngành công nghiệp tháng Bảy vừa qua ước tính tăng 8,1% so với cùng kỳ năm trước.Tính chung
# 7 tháng của năm nay, chỉ số sản xuất toàn ngành công nghiệp tăng 6,5% so với cùng kỳ năm trước … ngành chế biến,
# chế tạo tăng 10,6%; ngành sản xuất và phân phối điện tăng 9%; ngành cung cấp nước và xử lý rác thải, nước thải
# tăng 7,2%; riêng ngành khai khoáng giảm 7,5%. … sản xuất kim loại tăng 34,5%; sản xuất sản phẩm điện tử, máy tính
# và quang học tăng 15% … khai thác dầu thô và khí đốt tự nhiên giảm 10,8%. … tivi tăng 36,6%; thép cán tăng 25,2%"
# The clerk's: a sheet of rates only, `Tăng/giảm (%)` signed (a fall written -7,5), the month beside the 7 months.
write_csv("d02-vietnamplus-iip-2017-7t.csv", [
    ["CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP 7 THÁNG NĂM 2017", N, N, N],
    ["STT", "Ngành / sản phẩm", "Tháng 7/2017 - Tăng/giảm (%)", "7 tháng năm 2017 - Tăng/giảm (%)"],
    [N, "Toàn ngành công nghiệp", "8,1", "6,5"],
    ["1", "Khai khoáng", N, "-7,5"],
    ["1.1", "Khai thác dầu thô và khí đốt tự nhiên", N, "-10,8"],
    ["2", "Chế biến, chế tạo", N, "10,6"],
    ["2.1", "Sản xuất kim loại", N, "34,5"],
    ["2.2", "Sản xuất sản phẩm điện tử, máy tính và quang học", N, "15"],
    ["3", "Sản xuất và phân phối điện", N, "9"],
    ["4", "Cung cấp nước, xử lý rác thải, nước thải", N, "7,2"],
    [N, "Sản phẩm chủ yếu", N, N],
    ["-", "Tivi", N, "36,6"],
    ["-", "Thép cán", N, "25,2"],
])

# d03 https://dulieuphapluat.vn/?p=569170 (Công văn 5505/BNN-TCLN, 19/8/2022)
# "Năm 2022, theo kế hoạch của các địa phương, cả nước trồng 218,6 triệu cây, gồm: 97 triệu cây trồng rừng tập trung
# và 121,6 triệu cây trồng phân tán. Tuy nhiên, qua theo dõi của Bộ Nông nghiệp và Phát triển nông thôn, đến hết
# tháng 7/2022 diện tích trồng rừng mới toàn quốc mới đạt 14.821 ha (tương đương 30 triệu cây); số cây trồng phân
# tán đạt 56,5 triệu cây, bằng 30% so với kế hoạch trồng rừng mới và 46,5% so với kế hoạch trồng cây phân tán"
# The clerk's: the year's plan beside the 7 months done; the total of trees has a plan and no value yet (the page
# gives none), the area planted a value and no plan.
write_csv("d03-dulieuphapluat-trongcay-2022-7t.csv", [
    ["TIẾN ĐỘ TRỒNG CÂY XANH ĐẾN HẾT THÁNG 7/2022", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện đến hết tháng 7/2022", "So với kế hoạch (%)"],
    ["1", "Tổng số cây trồng", "Triệu cây", "218,6", N, N],
    ["1.1", "Cây trồng rừng tập trung", "Triệu cây", "97", "30", "30"],
    ["1.2", "Cây trồng phân tán", "Triệu cây", "121,6", "56,5", "46,5"],
    ["2", "Diện tích trồng rừng mới", "ha", N, "14.821", N],
])

# d04 https://baohatinh.vn/xa-hoi/dao-tao-nguon-nhan-luc-chat-luong-cao-gop-phan-phat-trien-kinh-te-xa-hoi/259378.htm
# "Năm 2023, Hà Tĩnh giải quyết việc làm cho 23.125 người, tăng 100,56% so với năm 2022, đạt 102,7% kế hoạch. Trong
# đó: Giải quyết việc làm trong nước đạt 10.920 người; đi làm việc ở nước ngoài theo hợp đồng lao động đạt 12.205
# người. … chi trả trợ cấp thường xuyên tại cộng đồng cho 837.892 lượt đối tượng … với tổng kinh phí gần 460 tỷ đồng
# … Toàn tỉnh có 66.699 người đang hưởng trợ cấp xã hội thường xuyên … Đến cuối năm 2023, toàn tỉnh có 11.572 hộ
# nghèo (giảm 2.955 hộ), chiếm tỷ lệ 3,04% (giảm 0,75%); có 12.947 hộ cận nghèo (giảm 2.539 hộ), chiếm tỷ lệ 3,37%
# (giảm 0,67%) so với cuối năm 2022. Chỉ tiêu, nhiệm vụ năm 2024: Hà Tĩnh sẽ giải quyết việc làm 23.000 người.
# Trong đó: giải quyết việc làm trong nước khoảng 12.000 lao động, đi xuất khẩu lao động khoảng 11.000 người. Tỷ lệ
# lao động qua đào tạo 76%."
# The clerk's: the year 2023 with `So với kế hoạch (%)`, and next year's plan in its own column `Kế hoạch năm 2024`
# (a row, the trained workers' share, has next year's plan only).
write_csv("d04-baohatinh-laodong-2023.csv", [
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ TĨNH", N, N, N, N, N],
    ["KẾT QUẢ NĂM 2023 VÀ CHỈ TIÊU NĂM 2024", N, N, N, N, N],
    ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2023", "So với kế hoạch năm 2023 (%)", "Kế hoạch năm 2024"],
    ["1", "Giải quyết việc làm", "Người", "23.125", "102,7", "23.000"],
    ["-", "Việc làm trong nước", "Người", "10.920", N, "12.000"],
    ["-", "Đi làm việc ở nước ngoài theo hợp đồng", "Người", "12.205", N, "11.000"],
    ["2", "Tỷ lệ lao động qua đào tạo", "%", N, N, "76"],
    ["3", "Số hộ nghèo cuối năm", "Hộ", "11.572", N, N],
    ["4", "Tỷ lệ hộ nghèo", "%", "3,04", N, N],
    ["5", "Số hộ cận nghèo cuối năm", "Hộ", "12.947", N, N],
    ["6", "Tỷ lệ hộ cận nghèo", "%", "3,37", N, N],
    ["7", "Người hưởng trợ cấp xã hội thường xuyên", "Người", "66.699", N, N],
    ["8", "Lượt chi trả trợ cấp thường xuyên tại cộng đồng", "Lượt", "837.892", N, N],
    ["9", "Kinh phí chi trả trợ cấp", "Tỷ đồng", "460", N, N],
])

# d05 http://113.161.26.104/anphamthongke/KTXH_6_2015/files/assets/basic-html/page33.html
# "8. Chỉ số sản xuất công nghiệp / Đơn vị tính: % / Ước tính tháng 6 năm 2015 so với tháng trước / Ước tính tháng 6
# năm 2015 so với cùng kỳ năm 2014 / Cộng dồn 6 tháng năm 2015 so với cùng kỳ năm 2014 / TOÀN NGÀNH CÔNG NGHIỆP
# 90,18 99,93 109,42 / 1. Công nghiệp khai khoáng 104,47 96,57 94,49 / 2. Công nghiệp chế biến, chế tạo 81,24 102,76
# 116,96 / 3. Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí 102,98 94,87 98,91 /
# 4. Cung cấp nước, hoạt động quản lý và xử ý rác thải, nước thải 100,10 103,81 102,98"
# The clerk's: the statistics office's table as published: the month against the month before, against the same
# month last year, and the 6 months so far; the unit in a title row.
write_csv("d05-thongke-iip-2015-06.csv", [
    ["8. Chỉ số sản xuất công nghiệp", N, N, N],
    ["Đơn vị tính: %", N, N, N],
    [N, "Ước tính tháng 6 năm 2015 so với tháng trước", "Ước tính tháng 6 năm 2015 so với cùng kỳ năm 2014",
     "Cộng dồn 6 tháng năm 2015 so với cùng kỳ năm 2014"],
    ["TOÀN NGÀNH CÔNG NGHIỆP", "90,18", "99,93", "109,42"],
    ["1. Công nghiệp khai khoáng", "104,47", "96,57", "94,49"],
    ["2. Công nghiệp chế biến, chế tạo", "81,24", "102,76", "116,96"],
    ["3. Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí", "102,98", "94,87",
     "98,91"],
    ["4. Cung cấp nước, hoạt động quản lý và xử ý rác thải, nước thải", "100,10", "103,81", "102,98"],
])

# d06 https://thoibaotaichinhvietnam.vn/nghien-cuu-xay-moi-chien-luoc-phat-trien-van-tai-den-nam-2035-180560-180560.html
# "Theo thống kê 6 tháng đầu năm 2025, tổng khối lượng vận tải hàng hóa đạt 1.196 triệu tấn, tăng gần 15%, luân
# chuyển hàng hóa đạt 237 tỷ tấn.km, tăng hơn 12% so với cùng kỳ năm 2024. Trong đó, vận tải hàng hoá đường hàng
# không tăng hơn 8%, đường bộ tăng 15%, đường thủy tăng xấp xỉ 14%, đường biển tăng 12%, đường sắt tăng gần 6%. Vận
# tải hành khách đạt 2.255 triệu lượt hành khách, tăng hơn 16%, luân chuyển hành khách 125 tỷ hành khách.km, tăng
# hơn 13% so với cùng kỳ năm 2023. Riêng sản lượng hàng hóa qua cảng biển đạt hơn 573 triệu tấn, tăng 15% so với
# cùng kỳ."
# The clerk's: no unit column; each value typed with its unit in the cell (`1.196 triệu tấn`), the change typed
# with its sign word and `%` (`tăng 15%`); the modes of transport have a change and no value.
write_csv("d06-thoibaotaichinh-vantai-2025-h1.csv", [
    ["KẾT QUẢ VẬN TẢI 6 THÁNG ĐẦU NĂM 2025", N, N],
    ["Chỉ tiêu", "6 tháng năm 2025", "Tăng/giảm so với cùng kỳ"],
    ["Khối lượng vận tải hàng hóa", "1.196 triệu tấn", "tăng 15%"],
    ["- Đường hàng không", N, "tăng 8%"],
    ["- Đường bộ", N, "tăng 15%"],
    ["- Đường thủy", N, "tăng 14%"],
    ["- Đường biển", N, "tăng 12%"],
    ["- Đường sắt", N, "tăng 6%"],
    ["Luân chuyển hàng hóa", "237 tỷ tấn.km", "tăng 12%"],
    ["Vận tải hành khách", "2.255 triệu lượt", "tăng 16%"],
    ["Luân chuyển hành khách", "125 tỷ HK.km", "tăng 13%"],
    ["Hàng hóa qua cảng biển", "573 triệu tấn", "tăng 15%"],
])

# d07 https://baothuathienhue.vn/87-dan-so-su-dung-nuoc-sach-a54346.html
# "Tính đến cuối năm 2017, tỷ lệ dân số toàn tỉnh sử dụng nước hợp vệ sinh: 98%; tỷ lệ dân số nông thôn sử dụng nước
# hợp vệ sinh: 97%; tỷ lệ dân số toàn tỉnh sử dụng nước sạch đạt quy chuẩn kỹ thuật Quốc gia (QCVN 02:2009/BYT): 87%;
# tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn kỹ thuật Quốc gia (QCVN 02:2009/BYT): 78%."
# The clerk's: the unit in the first column, then the label, then the year.
write_csv("d07-baothuathienhue-nuocsach-2017.csv", [
    ["Đơn vị tính", "Chỉ tiêu", "Năm 2017"],
    ["%", "Tỷ lệ dân số toàn tỉnh sử dụng nước hợp vệ sinh", "98"],
    ["%", "Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", "97"],
    ["%", "Tỷ lệ dân số toàn tỉnh sử dụng nước sạch đạt QCVN 02:2009/BYT", "87"],
    ["%", "Tỷ lệ dân số nông thôn sử dụng nước sạch đạt QCVN 02:2009/BYT", "78"],
])

# d08 https://namdong.thuathienhue.gov.vn/?gd=14&cn=671&tc=29295
# "- Tổng giá trị sản xuất (theo giá cố định 2010) đạt 40,8% kế hoạch, bằng 105,9% so với cùng kỳ. Trong đó: +
# Công nghiệp - xây dựng đạt 39,2% kế hoạch năm, bằng 111,5% so với cùng kỳ. + Nông - lâm - ngư nghiệp đạt 34,7% kế
# hoạch năm, bằng 94,4% so với cùng kỳ. + Dịch vụ đạt 48,7% kế hoạch năm, bằng 109,6% so với cùng kỳ. - Tổng giá
# trị đầu tư toàn xã hội là 198,5 tỷ đồng, đạt 40,42% kế hoạch năm, bằng 108,58% so với cùng kỳ. - Tổng thu ngân
# sách trên địa bàn ước đạt 18 tỷ đồng, đạt 64,3% kế hoạch năm, bằng 144,6% so với cùng kỳ. * Chỉ tiêu xã hội -
# Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng: 9,7%"
# The clerk's: a JSON export, a list of records with Vietnamese keys, numbers as text in Vietnamese notation; the
# production value's rows have rates only.
RECORDS08 = [
    {"STT": "1", "Chỉ tiêu": "Tổng giá trị sản xuất (giá cố định 2010)", "Đơn vị tính": "Tỷ đồng",
     "Thực hiện 6 tháng": "", "So với kế hoạch năm (%)": "40,8", "So với cùng kỳ (%)": "105,9"},
    {"STT": "1.1", "Chỉ tiêu": "Công nghiệp - xây dựng", "Đơn vị tính": "Tỷ đồng", "Thực hiện 6 tháng": "",
     "So với kế hoạch năm (%)": "39,2", "So với cùng kỳ (%)": "111,5"},
    {"STT": "1.2", "Chỉ tiêu": "Nông - lâm - ngư nghiệp", "Đơn vị tính": "Tỷ đồng", "Thực hiện 6 tháng": "",
     "So với kế hoạch năm (%)": "34,7", "So với cùng kỳ (%)": "94,4"},
    {"STT": "1.3", "Chỉ tiêu": "Dịch vụ", "Đơn vị tính": "Tỷ đồng", "Thực hiện 6 tháng": "",
     "So với kế hoạch năm (%)": "48,7", "So với cùng kỳ (%)": "109,6"},
    {"STT": "2", "Chỉ tiêu": "Tổng giá trị đầu tư toàn xã hội", "Đơn vị tính": "Tỷ đồng",
     "Thực hiện 6 tháng": "198,5", "So với kế hoạch năm (%)": "40,42", "So với cùng kỳ (%)": "108,58"},
    {"STT": "3", "Chỉ tiêu": "Tổng thu ngân sách trên địa bàn", "Đơn vị tính": "Tỷ đồng",
     "Thực hiện 6 tháng": "18", "So với kế hoạch năm (%)": "64,3", "So với cùng kỳ (%)": "144,6"},
    {"STT": "4", "Chỉ tiêu": "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "Đơn vị tính": "%",
     "Thực hiện 6 tháng": "9,7", "So với kế hoạch năm (%)": "", "So với cùng kỳ (%)": ""},
]
(HERE / "d08-namdong-ktxh-2021-h1.json").write_text(json.dumps(RECORDS08, ensure_ascii=False, indent=1),
                                                     encoding="utf-8")

# d09 https://baochinhphu.vn/hon-280000-ha-rung-duoc-trong-moi-trong-nam-2025-102260106142241539.htm
# "năm 2025, cả nước đã trồng được khoảng 285.000 ha rừng trồng tập trung, đạt 109,5% kế hoạch; đồng thời trồng mới
# 108 triệu cây x[anh phân tán] … Sản lượng gỗ khai thác đạt 32,8 triệu m³"
# The clerk's: an XLSX whose numbers are text typed in Vietnamese notation ('285.000', '109,5', '32,8').
write_xlsx("d09-baochinhphu-trongrung-2025.xlsx", [
    ["KẾT QUẢ PHÁT TRIỂN RỪNG NĂM 2025", N, N, N, N],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "So với kế hoạch (%)"],
    ["1", "Diện tích rừng trồng tập trung", "ha", "285.000", "109,5"],
    ["2", "Cây xanh trồng phân tán", "Triệu cây", "108", N],
    ["3", "Sản lượng gỗ khai thác", "Triệu m3", "32,8", N],
])

# d10 https://baomoi.net.vn/7-thang-ty-le-trong-rung-chi-dat-20-c49959759.epi
# "trong giai đoạn 2024-2025 cả nước sẽ trồng tổng số 492,2 triệu cây, gồm 98.210 ha rừng trồng tập trung (tương
# đương với 216,6 triệu cây) và 275,6 triệu cây xanh trồng phân tán (bình quân mỗi năm trồng mới 49.105 ha rừng và
# 138 triệu cây phân tán). … kết quả thực hiện đến hết tháng 7-2024 còn rất thấp, diện tích trồng rừng mới toàn quốc
# được 9.931 ha (tương đương 22,4 triệu cây) bằng 20% so với kế hoạch và trồng cây phân tán là 46,2 triệu cây, đạt
# 33% so với kế hoạch năm 2024."
# The clerk's: the plan of the two years 2024-2025 in its own column, beside the 7 months of 2024 and their share of
# the year's plan.
write_csv("d10-baomoi-trongrung-2024-7t.csv", [
    ["TIẾN ĐỘ ĐỀ ÁN TRỒNG MỘT TỶ CÂY XANH - 7 THÁNG NĂM 2024", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch giai đoạn 2024-2025", "Thực hiện đến hết tháng 7/2024",
     "So với kế hoạch năm 2024 (%)"],
    ["1", "Tổng số cây trồng", "Triệu cây", "492,2", N, N],
    ["2", "Diện tích rừng trồng tập trung", "ha", "98.210", "9.931", "20"],
    ["", "Số cây trồng rừng tập trung", "Triệu cây", "216,6", "22,4", N],
    ["3", "Cây xanh trồng phân tán", "Triệu cây", "275,6", "46,2", "33"],
])
