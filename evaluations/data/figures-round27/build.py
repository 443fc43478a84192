"""Round 27 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``, in any case or in another worktree's cases, sweeps or round builds, checked with
``grep -rlF`` of each address's tail, /work/batchyq left out), as an agency's clerk would keep them, in fields the
rounds had not had (a province's consumer prices by base, one-stop administrative procedures, a province's PCI
sub-indices and ranks, rice exports by month and by market, labour accidents, foreign investment, bank deposits and
loans), each in a layout the brief of round 27 asks for: an index-only sheet typed as changes against four bases
(f01); two tables one under the other in one XLSX sheet (f02); several years side by side, the period year not last
(f03); a rank column (f04); a ``Lũy kế`` column beside the month (f05); sub-total rows ``Cộng`` (f06); percent values
written with ``%`` in the cell (f07); a JSON export as a list of records with Vietnamese keys (f08); the period column
named by its months and its end date in brackets beside last year's closing balance, ``8 tháng đầu năm 2020 (đến
31/8/2020)`` | ``Đến 31/12/2019`` (f09, the shape of held-out case yo-toan-quoc-ngan-hang-nha-nuoc-tin-dung-tam-nong's
first try); an index-only CPI sheet whose period cell is empty, as the statistics office keeps it (f10, the shape of
held-out case yo-hung-yen-cuc-thong-ke-tinh-chi-so-gia-tieu-dung-2018-04).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a unit, a code, a date).

Also written here: ``yo-tamnong-first-try.csv``, the held-out case's own table with the period column headed as its
gatherer first headed it (``4 tháng đầu năm 2013 (đến 30/4/2013)``, the case's notes), which the loader refused.

Run: ``.venv/bin/python evaluations/data/figures-round27/build.py``.
First look (before any code of round 27): evaluations/data/figures-round27/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None

# f01 https://thongkecaobang.gso.gov.vn/ChiTietTin.aspx?id=2084&&parentpage=TinTuc.aspx
# "Chỉ số giá tiêu dùng tháng 11 giảm 0,74% so với tháng 10. ... nhóm hàng ăn và dịch vụ ăn uống giảm 1,99%; nhóm
# giao thông giảm 0,45%; nhóm bưu chính viễn thông giảm 0,43%; nhóm đồ uống và thuốc lá giảm 0,01%; nhóm may mặc, mũ
# nón, giày dép giảm 0,04%; nhóm nhà ở, điện nước, chất đốt và vật liệu xây dựng giảm 0,14%; nhóm thiết bị và đồ dùng
# gia đình giảm 0,15%. Bên cạnh đó, 2 nhóm có chỉ số tăng gồm: nhóm văn hóa, giải trí và du lịch tăng 0,04%; nhóm hàng
# hóa và dịch vụ khác tăng 0,27%. ... Chỉ số giá tiêu dùng tháng 11 giảm 1,54% so với tháng 12/2019 và tăng 0,47% so
# với cùng kỳ năm 2019. Chỉ số giá tiêu dùng bình quân 11 tháng năm 2020 tăng 5,55% so với bình quân cùng kỳ năm 2019."
# The clerk's: the office's sheet of changes (no value column: a price index has none), typed with their signs, one
# column per base; the groups' other bases are not on the page (left blank).
write_csv("f01-thongkecaobang-cpi-2020-11.csv", [
    ["CỤC THỐNG KÊ TỈNH CAO BẰNG", N, N, N, N, N],
    ["BIẾN ĐỘNG CHỈ SỐ GIÁ TIÊU DÙNG THÁNG 11 NĂM 2020", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "Tháng 11/2020 so với tháng trước (%)", "Tháng 11/2020 so với tháng 12/2019 (%)",
     "Tháng 11/2020 so với cùng kỳ năm 2019 (%)", "Bình quân 11 tháng năm 2020 so với cùng kỳ (%)"],
    [N, "CHỈ SỐ GIÁ TIÊU DÙNG CHUNG", "-0,74", "-1,54", "0,47", "5,55"],
    ["1", "Hàng ăn và dịch vụ ăn uống", "-1,99", N, N, N],
    ["2", "Đồ uống và thuốc lá", "-0,01", N, N, N],
    ["3", "May mặc, mũ nón, giày dép", "-0,04", N, N, N],
    ["4", "Nhà ở, điện nước, chất đốt và vật liệu xây dựng", "-0,14", N, N, N],
    ["5", "Thiết bị và đồ dùng gia đình", "-0,15", N, N, N],
    ["6", "Giao thông", "-0,45", N, N, N],
    ["7", "Bưu chính viễn thông", "-0,43", N, N, N],
    ["8", "Văn hóa, giải trí và du lịch", "0,04", N, N, N],
    ["9", "Hàng hóa và dịch vụ khác", "0,27", N, N, N],
])

# f02 https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3158
# "Tháng 9/2021, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận mới 4.131 hồ sơ, hồ sơ tồn kỳ trước chuyển sang
# là 2.171, lũy kế đã và đang giải quyết trong kỳ là 6.302 hồ sơ; đến hạn giải quyết là 4.169 hồ sơ. Đã có kết quả trả
# trước và đúng hạn là 4.157 hồ sơ (đạt 99,71%). Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng
# chưa có kết quả là 12 hồ sơ (chiếm 0,29%). Có 90 hồ sơ (chiếm 2,16%), các cơ quan thụ lý trả lại hồ sơ và người nộp
# đề nghị rút hồ sơ. ... Quý III/2021, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới 14.043 hồ sơ, hồ sơ tồn kỳ
# trước chuyển sang là 2.191, lũy kế đã và đang giải quyết trong kỳ là 16.234 hồ sơ; đến hạn giải quyết là 14.101 hồ
# sơ. Đã có kết quả trả trước và đúng hạn là 14.064 hồ sơ (đạt 99,74%). Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ
# quá hạn giải quyết nhưng chưa có kết quả là 37 hồ sơ (chiếm 0,26%). Có 461 hồ sơ (chiếm 3,3%) ..."
# The clerk's: one sheet, the month's table first and the quarter's under it (each with its own title and header),
# as the centre's monthly and quarterly reports are pasted into one workbook; the period is the quarter.
write_xlsx("f02-vinhphuc-tthc-2021-q3.xlsx", [
    ["TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH VĨNH PHÚC", N, N, N, N],
    ["Biểu 1. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 9/2021", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 9/2021", "Tỷ lệ (%)"],
    ["1", "Hồ sơ tiếp nhận mới", "hồ sơ", 4131, N],
    ["2", "Hồ sơ tồn kỳ trước chuyển sang", "hồ sơ", 2171, N],
    ["3", "Lũy kế đã và đang giải quyết trong kỳ", "hồ sơ", 6302, N],
    ["4", "Hồ sơ đến hạn giải quyết", "hồ sơ", 4169, N],
    ["5", "Hồ sơ trả trước và đúng hạn", "hồ sơ", 4157, 99.71],
    ["6", "Hồ sơ chậm hạn, quá hạn", "hồ sơ", 12, 0.29],
    ["7", "Hồ sơ trả lại, rút hồ sơ", "hồ sơ", 90, 2.16],
    [N, N, N, N, N],
    ["Biểu 2. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ III/2021", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Quý III/2021", "Tỷ lệ (%)"],
    ["1", "Hồ sơ tiếp nhận mới", "hồ sơ", 14043, N],
    ["2", "Hồ sơ tồn kỳ trước chuyển sang", "hồ sơ", 2191, N],
    ["3", "Lũy kế đã và đang giải quyết trong kỳ", "hồ sơ", 16234, N],
    ["4", "Hồ sơ đến hạn giải quyết", "hồ sơ", 14101, N],
    ["5", "Hồ sơ trả trước và đúng hạn", "hồ sơ", 14064, 99.74],
    ["6", "Hồ sơ chậm hạn, quá hạn", "hồ sơ", 37, 0.26],
    ["7", "Hồ sơ trả lại, rút hồ sơ", "hồ sơ", 461, 3.3],
])

# f03 https://investinquangninh.vn/vi/pci
# "CHỈ SỐ THÀNH PHẦN 2011 2012 ... 2022 / Điểm số Thứ hạng ... / Gia nhập thị trường 8,59 32 ... 7,16 36 7,72 35
# 7.98 1 7.16 1 / Tiếp cận đất đai ... 7,00 27 7,12 11 7.39 15 7.57 1 / Tính minh bạch ... 7,20 4 6,44 5 6,31 15
# 6.64 1 / Chi phí thời gian ... 7,89 10 8,53 9 8,52 1 7.89 1 / Chi phí không chính thức ... 7,10 7 7,37 9 7,85 7
# 7.73 1 / ... Tính năng động ... 7,96 2 7,33 6 7,74 3 7.49 1"
# The clerk's: the scores (điểm) of 2019 to 2022 side by side, typed the Vietnamese way; the report is 2021's, so
# the period year is third of four (the sheet is kept up to date with the latest release).
write_csv("f03-investinquangninh-pci-2021.csv", [
    ["CHỈ SỐ THÀNH PHẦN PCI TỈNH QUẢNG NINH QUA CÁC NĂM", N, N, N, N, N, N],
    ["STT", "Chỉ số thành phần", "ĐVT", "Năm 2019", "Năm 2020", "Năm 2021", "Năm 2022"],
    ["1", "Gia nhập thị trường", "điểm", "7,16", "7,72", "7,98", "7,16"],
    ["2", "Tiếp cận đất đai", "điểm", "7,00", "7,12", "7,39", "7,57"],
    ["3", "Tính minh bạch", "điểm", "7,20", "6,44", "6,31", "6,64"],
    ["4", "Chi phí thời gian", "điểm", "7,89", "8,53", "8,52", "7,89"],
    ["5", "Chi phí không chính thức", "điểm", "7,10", "7,37", "7,85", "7,73"],
    ["6", "Tính năng động", "điểm", "7,96", "7,33", "7,74", "7,49"],
])

# f04 http://doanhnghiep.vinhphuc.gov.vn/ct/cms/chuyenmon/Lists/Thongtincb/View_Detail.aspx?ItemID=54
# "Bảng xếp hạng PCI năm 2019 / Địa phương / Điểm số PCI / Xếp hạng / Nhóm xếp hạng / Quảng Ninh 73.40 1 Rất tốt /
# Đồng Tháp 72.10 2 Rất tốt / Vĩnh Long 71.30 3 Rất tốt / Bắc Ninh 70.79 4 Rất tốt / Đà Nẵng 70.15 5 Rất tốt /
# Quảng Nam 69.42 6 Tốt / Bến Tre 69.34 7 Tốt / Long An 68.82 8 Tốt / Hà Nội 68.80 9 Tốt / Hải Phòng 68.73 10 Tốt /
# ... Vĩnh Phúc 66.75 17 Khá"
# The clerk's: the province's department keeps the top ten and its own province, the scores typed the Vietnamese way.
write_csv("f04-vinhphuc-pci-2019.csv", [
    ["BẢNG XẾP HẠNG CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2019", N, N, N, N],
    ["STT", "Địa phương", "Điểm số PCI (điểm)", "Xếp hạng", "Nhóm xếp hạng"],
    ["1", "Quảng Ninh", "73,40", "1", "Rất tốt"],
    ["2", "Đồng Tháp", "72,10", "2", "Rất tốt"],
    ["3", "Vĩnh Long", "71,30", "3", "Rất tốt"],
    ["4", "Bắc Ninh", "70,79", "4", "Rất tốt"],
    ["5", "Đà Nẵng", "70,15", "5", "Rất tốt"],
    ["6", "Quảng Nam", "69,42", "6", "Tốt"],
    ["7", "Bến Tre", "69,34", "7", "Tốt"],
    ["8", "Long An", "68,82", "8", "Tốt"],
    ["9", "Hà Nội", "68,80", "9", "Tốt"],
    ["10", "Hải Phòng", "68,73", "10", "Tốt"],
    ["11", "Vĩnh Phúc", "66,75", "17", "Khá"],
])

# f05 https://thanhnien.vn/tai-chinh-kinh-doanh/gia-xuat-khau-gao-viet-tang-manh-1357491.html
# "trong 2 tháng đầu năm, lượng gạo cả nước xuất khẩu đạt trên 656.045 tấn (giảm mạnh 29,4%), kim ngạch gần 359,46
# triệu USD (giảm 16,5%). Theo đó, giá trung bình đạt 547,9 USD/tấn, tăng 18,2% so với cùng kỳ năm 2020. Riêng tháng 2
# năm nay, cả nước xuất khẩu được 308.472 tấn gạo, tương đương 167,71 triệu USD, giá trung bình 543,7 USD/tấn, giảm cả
# về lượng, kim ngạch và giá so với tháng 1.2021. Mức giảm lần lượt là 11,3%, 12,6% và 1,5%. Con số này so với tháng
# 2.2020 cũng giảm mạnh 42% về lượng, giảm 29,6% kim ngạch nhưng tăng 21,7% về giá."
# The clerk's: the month beside the months to date (``Lũy kế``), each with its changes; the period is the two months.
write_csv("f05-thanhnien-xkgao-2021-2t.csv", [
    ["XUẤT KHẨU GẠO THÁNG 2 VÀ 2 THÁNG ĐẦU NĂM 2021", N, N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 2/2021", "Lũy kế 2 tháng năm 2021", "Tháng 2/2021 so với tháng 1/2021 (%)",
     "Tháng 2/2021 so với tháng 2/2020 (%)", "Lũy kế so với cùng kỳ năm 2020 (%)"],
    ["1", "Lượng gạo xuất khẩu", "tấn", "308.472", "656.045", "-11,3", "-42", "-29,4"],
    ["2", "Kim ngạch xuất khẩu gạo", "triệu USD", "167,71", "359,46", "-12,6", "-29,6", "-16,5"],
    ["3", "Giá xuất khẩu bình quân", "USD/tấn", "543,7", "547,9", "-1,5", "21,7", "18,2"],
])

# f06 https://dansinh.dantri.com.vn/nhan-luc/tai-nan-lao-dong-chet-nguoi-giam-trong-nam-2019-20200410182433793.htm
# "Số vụ TNLĐ chết người là 927 vụ (khu vực có quan hệ lao động: 572 vụ; khu vực NLĐ làm việc không theo hợp động lao
# động: 355 vụ); số người chết vì TNLĐ là 979 người (khu vực có quan hệ lao động: 610 người; khu vực người lao động
# làm việc không theo hợp động lao động: 369 người); số người bị thương nặng là 1.892 người; nạn nhân là lao động nữ:
# 2.771 người. So với năm 2018, số vụ TNLĐ chết người trong khu vực có quan hệ lao động giảm 06 vụ tương ứng với 1,03%.
# Còn trong khu vực NLĐ làm việc không theo hợp động lao động, số vụ TNLĐ giảm 39 vụ tương ứng với 9,9%. Số người chết
# vì TNLĐ trong khu vực có quan hệ lao động giảm 12 người tương ứng với 1,93%; trong khu vực NLĐ làm việc không theo
# hợp động lao động, số người chết vì TNLĐ giảm 48 người tương ứng với 11,5%. ... Chi phí tiền thuốc, mai táng, tiền
# bồi thường cho gia đình người chết và những người bị thương... là 9.934 tỷ đồng; thiệt hại về tài sản là 533,896 tỷ
# đồng; tổng số ngày nghỉ do TNLĐ là 138.089 ngày."
# The clerk's: each indicator a group (Roman numeral), its two sectors under it and a sub-total row «Cộng» after them,
# the changes in the unit and in per cent; the group heads hold no number.
write_csv("f06-dansinh-tnld-2019.csv", [
    ["TÌNH HÌNH TAI NẠN LAO ĐỘNG NĂM 2019", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2019", "Tăng (+), giảm (-) so với năm 2018", "Tăng (+), giảm (-) so với năm 2018 (%)"],
    ["I", "Số vụ tai nạn lao động chết người", N, N, N, N],
    ["1", "Khu vực có quan hệ lao động", "vụ", "572", "-6", "-1,03"],
    ["2", "Khu vực người lao động làm việc không theo hợp đồng lao động", "vụ", "355", "-39", "-9,9"],
    [N, "Cộng", "vụ", "927", N, N],
    ["II", "Số người chết vì tai nạn lao động", N, N, N, N],
    ["1", "Khu vực có quan hệ lao động", "người", "610", "-12", "-1,93"],
    ["2", "Khu vực người lao động làm việc không theo hợp đồng lao động", "người", "369", "-48", "-11,5"],
    [N, "Cộng", "người", "979", N, N],
    ["III", "Số người bị thương nặng", "người", "1.892", N, N],
    ["IV", "Nạn nhân là lao động nữ", "người", "2.771", N, N],
    ["V", "Thiệt hại về vật chất", N, N, N, N],
    ["1", "Chi phí tiền thuốc, mai táng, bồi thường", "tỷ đồng", "9.934", N, N],
    ["2", "Thiệt hại về tài sản", "tỷ đồng", "533,896", N, N],
    ["3", "Tổng số ngày nghỉ do tai nạn lao động", "ngày", "138.089", N, N],
])

# f07 https://vietnamnet.vn/vn/kinh-doanh/thi-truong/nam-san-xuat-43-5-trieu-tan-thoc-du-cung-xuat-khau-bot-thu-3-ty-usd-628039.html
# "năm 2019 xuất khẩu gạo của Việt Nam đạt 6,37 triệu tấn với trị giá đạt khoảng 2,82 tỷ USD, tăng 4,2% về lượng nhưng
# giảm 8,3% về giá trị. Trong năm 2019, châu Á vẫn là thị trường xuất khẩu lớn nhất của gạo Việt Nam, chiếm hơn một nửa
# lượng gạo xuất khẩu với 3,68 triệu tấn. Philippines ... đạt 2,16 triệu tấn, ... tăng tới 111,89% so với năm 2018.
# ... xuất khẩu gạo sang Trung Quốc năm 2019 đạt hơn 476 nghìn tấn, chỉ chiếm 7,51% trong tổng kim ngạch xuất khẩu,
# giảm tới 64,29%. Xuất khẩu gạo năm 2019 sang Indonesia đạt hơn 39,8 nghìn tấn, chiếm 0,63%, giảm tới 94,85%. Châu Phi
# là thị trường lớn thứ hai, đạt 1,39 triệu tấn, chiếm gần 21,9%."
# The clerk's: the markets in nghìn tấn, the share and the change typed with «%» in the cell (and «+» on a rise).
write_csv("f07-vietnamnet-xkgao-2019.csv", [
    ["XUẤT KHẨU GẠO NĂM 2019 THEO THỊ TRƯỜNG", N, N, N, N, N],
    ["STT", "Thị trường", "ĐVT", "Năm 2019", "Tỷ trọng", "So với năm 2018"],
    [N, "Tổng lượng gạo xuất khẩu", "nghìn tấn", "6.370", "100%", "+4,2%"],
    ["1", "Châu Á", "nghìn tấn", "3.680", N, N],
    ["1.1", "Philippines", "nghìn tấn", "2.160", N, "+111,89%"],
    ["1.2", "Trung Quốc", "nghìn tấn", "476", "7,51%", "-64,29%"],
    ["1.3", "Indonesia", "nghìn tấn", "39,8", "0,63%", "-94,85%"],
    ["2", "Châu Phi", "nghìn tấn", "1.390", "21,9%", N],
])

# f08 https://vnindustry.net/4-thang-dau-nam-2023-gan-89-ty-usd-von-fdi-rot-vao-viet-nam.html
# "có 750 dự án mới được cấp giấy chứng nhận đăng ký đầu tư, với tổng vốn đăng ký đạt hơn 4,1 tỷ USD, tăng 65,2% về
# số dự án và tăng 11,1% về số vốn so với cùng kỳ năm trước. Bên cạnh đó, có 386 lượt dự án đăng ký điều chỉnh vốn
# đầu tư, với vốn đầu tư tăng thêm đạt 1,66 tỷ USD, tăng 19,5% về số dự án và giảm 68,6% về số vốn so với cùng kỳ. Từ
# đầu năm đến nay, có 1.044 giao dịch góp vốn, mua cổ phần của nhà đầu tư nước ngoài, với tổng giá trị vốn góp đạt hơn
# 3,1 tỷ USD, tăng 1,8% về số lượng và tăng 70,4% về số vốn so với cùng kỳ năm ngoái. ... ngành công nghiệp chế biến,
# chế tạo dẫn đầu với tổng vốn đầu tư đạt hơn 5,1 tỷ USD, chiếm 57,8% tổng vốn đầu tư đăng ký."
# The clerk's: the department's portal export, a list of records with Vietnamese keys, numbers as JSON numbers, the
# money in triệu USD; a missing change is null.
_K = ("STT", "Chỉ tiêu", "Đơn vị tính", "4 tháng năm 2023", "Tăng, giảm so với cùng kỳ năm 2022 (%)")
(HERE / "f08-vnindustry-fdi-2023-4t.json").write_text(json.dumps([
    dict(zip(_K, ("1", "Số dự án cấp mới", "dự án", 750, 65.2))),
    dict(zip(_K, ("2", "Vốn đăng ký cấp mới", "triệu USD", 4100, 11.1))),
    dict(zip(_K, ("3", "Số lượt dự án điều chỉnh vốn", "lượt dự án", 386, 19.5))),
    dict(zip(_K, ("4", "Vốn đầu tư tăng thêm", "triệu USD", 1660, -68.6))),
    dict(zip(_K, ("5", "Số giao dịch góp vốn, mua cổ phần", "giao dịch", 1044, 1.8))),
    dict(zip(_K, ("6", "Giá trị vốn góp, mua cổ phần", "triệu USD", 3100, 70.4))),
    dict(zip(_K, ("7", "Vốn đầu tư vào ngành công nghiệp chế biến, chế tạo", "triệu USD", 5100, None))),
], ensure_ascii=False, indent=1), encoding="utf-8")

# f09 http://baothainguyen.vn/trang-in-275312.html
# "Tính đến hết tháng 8, tổng nguồn vốn huy động của các tổ chức tín dụng (TCND), chi nhánh ngân hàng nước ngoài trên
# địa bàn tỉnh đạt 72.712 tỷ đồng, tăng 11,12% so với cuối năm 2019. Ước đến cuối tháng 9 đạt khoảng 73.200 tỷ đồng.
# ... dư nợ cho vay của các tổ chức tín dụng trên địa bàn cũng đã đạt 60.153 tỷ đồng, tăng 5,25% so với cuối năm
# 2019. Ước đến cuối tháng 9 đạt 60.600 tỷ đồng. Nợ xấu chiếm tỷ trọng 0,8%/tổng dư nợ." (Báo Thái Nguyên, 18/09/2020)
# The clerk's: the branch's balance sheet as the banking trade keeps it — the period column named by its months with
# its end date in brackets, last year's closing balance beside it (the ledger's; the page gives only the rise: 72.712
# / 1,1112 ≈ 65.436, 60.153 / 1,0525 ≈ 57.152), the rise against it, and the next month's estimate.
write_csv("f09-baothainguyen-nguonvon-2020-8t.csv", [
    ["NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH THÁI NGUYÊN", N, N, N, N, N, N],
    ["HOẠT ĐỘNG NGÂN HÀNG TRÊN ĐỊA BÀN 8 THÁNG ĐẦU NĂM 2020", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "8 tháng đầu năm 2020 (đến 31/8/2020)", "Đến 31/12/2019",
     "Tăng so với 31/12/2019 (%)", "Ước đến 30/9/2020"],
    ["1", "Tổng nguồn vốn huy động", "tỷ đồng", "72.712", "65.436", "11,12", "73.200"],
    ["2", "Dư nợ cho vay", "tỷ đồng", "60.153", "57.152", "5,25", "60.600"],
    ["3", "Tỷ lệ nợ xấu trên tổng dư nợ", "%", "0,8", N, N, N],
])

# f10 http://baoquangnam.vn/thuong-mai-dich-vu/chi-so-gia-tieu-dung-9-thang-dau-nam-tang-gan-4-93408.html
# "Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng đầu năm trên địa bàn tỉnh tăng 3,77% so với cùng kỳ năm trước. Riêng
# tháng 9, CPI giảm 0,2% so với tháng trước, nhưng tăng 2,01% so với cùng kỳ năm 2019. Tháng 9, trong 11 nhóm hàng hóa
# và dịch vụ chính, chỉ có 2 nhóm là may mặc, mũ nón, giày dép và giao thông tăng giá so với tháng 8; 7 nhóm giảm giá
# ...; 2 nhóm ổn định là thuốc - dịch vụ y tế và văn hóa, giải trí, du lịch."
# The clerk's: the statistics office's layout of the held-out Hưng Yên case (indexes, the value cell of the CPI left
# empty because an index has no level), another province and year.
write_csv("f10-baoquangnam-cpi-2020-09.csv", [
    ["CỤC THỐNG KÊ TỈNH QUẢNG NAM", N, N, N, N, N, N, N],
    ["CHỈ SỐ GIÁ TIÊU DÙNG THÁNG 9 NĂM 2020", N, N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Tháng 9/2020", "Chỉ số tháng 9/2020 so với tháng trước (%)",
     "Chỉ số tháng 9/2020 so với cùng kỳ năm 2019 (%)", "Chỉ số bình quân 9 tháng đầu năm 2020 so với cùng kỳ (%)",
     "Ghi chú"],
    ["1", "Chỉ số giá tiêu dùng chung", "%", N, "99,80", "102,01", "103,77", N],
    ["2", "Số nhóm hàng hóa và dịch vụ có chỉ số giá tăng so với tháng trước", "nhóm", "2", N, N, N,
     "may mặc, mũ nón, giày dép; giao thông"],
    ["3", "Số nhóm hàng hóa và dịch vụ có chỉ số giá giảm so với tháng trước", "nhóm", "7", N, N, N, N],
    ["4", "Số nhóm hàng hóa và dịch vụ có chỉ số giá ổn định", "nhóm", "2", N, N, N,
     "thuốc và dịch vụ y tế; văn hóa, giải trí và du lịch"],
])

# The held-out case's table as its gatherer first headed it (its notes: «Lần thử đầu với tiêu đề cột "4 tháng đầu năm
# 2013 (đến 30/4/2013)" bị từ chối»): the case's figures.csv with that one header changed.
_case = ROOT / "evaluations/cases/heldout/yo-toan-quoc-ngan-hang-nha-nuoc-tin-dung-tam-nong-2013-4t/figures.csv"
(HERE / "yo-tamnong-first-try.csv").write_text(
    _case.read_text(encoding="utf-8").replace("Đến 30/4/2013 (4 tháng đầu năm 2013)",
                                              "4 tháng đầu năm 2013 (đến 30/4/2013)"), encoding="utf-8")
