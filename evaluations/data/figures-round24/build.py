"""Round 24 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``, in any case or in another worktree's cases or sweeps, checked with ``grep -F`` before
use), as an agency's clerk would keep them, in fields the rounds had not had (public investment disbursement, a rubber
group's output three times, retail trade as a statistics office keeps it, a province's budget, livestock, a province's
trade and industry department, a province's year, a district's industrial products), each in a layout the brief of
round 24 asks for: a plan and its rate of plan with no amount done (e01); an index under a title that calls it an
increase, ``Tăng so với cùng kỳ (%)`` holding 100,3 (e02); the statistics office's columns ``Thực hiện tháng trước``,
``Ước tính tháng này``, ``Cộng dồn từ đầu năm``, ``Tháng này so với cùng kỳ (%)``, ``Cộng dồn so với cùng kỳ (%)``
(e03); two plans of one year side by side (e04); a budget sheet ``Dự toán`` / ``Ước thực hiện`` / ``% dự toán`` with
next year's estimate beside it (e05); sub-totals ``Tổng cộng`` / ``Cộng`` at the bottom of blocks (e06); a header over
two rows with merged cells (e07, xlsx); an XLSX with a hidden row and a hidden column (e08); a CSV in UTF-16 (e09);
numbers as text with spaces, ``22 500``, ``167 300`` (e10).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a unit, a code).

Run: ``.venv/bin/python evaluations/data/figures-round24/build.py``.
First look (before any code of round 24): evaluations/data/figures-round24/README.md.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

import openpyxl  # noqa: E402

from evaluations.data.figures_build import folder_writers, SHEET  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None

# e01 https://thoibaotaichinhvietnam.vn/pho-thu-tuong-le-minh-khai-phai-coi-giai-ngan-von-dau-tu-cong-la-nhiem-vu-chinh-tri-quan-trong-126510.html
# "tổng kế hoạch đầu tư vốn ngân sách nhà nước năm 2023 Thủ tướng Chính phủ giao là 92.917,98 tỷ đồng. Trong đó vốn
# cân đối ngân sách địa phương là 67.268,66 tỷ đồng, vốn ngân sách trung ương 25.649,32 tỷ đồng. Theo báo cáo của Bộ
# Tài chính, tổng số giải ngân của 5 địa phương đến hết tháng 3/2023 là hơn 2.553 tỷ đồng, đạt 2,74% kế hoạch Thủ
# tướng giao và thấp hơn rất nhiều so với bình quân chung của cả nước (10,35%). ... riêng TP. Hồ Chí Minh giải ngân
# rất thấp, chỉ đạt 0,89%."
# The clerk's: the plan and the rate of the plan, no column of the amount disbursed (as yh-vinh-long's sheet).
write_csv("e01-thoibaotaichinh-vondautucong-2023-q1.csv", [
    ["TÌNH HÌNH PHÂN BỔ, GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2023 - 5 ĐỊA PHƯƠNG THUỘC TỔ CÔNG TÁC SỐ 1", N, N,
     N, N],
    ["STT", "Nội dung", "ĐVT", "Kế hoạch vốn năm 2023 Thủ tướng Chính phủ giao",
     "Giải ngân đến hết tháng 3/2023 so với kế hoạch (%)"],
    ["1", "Tổng kế hoạch đầu tư vốn ngân sách nhà nước của 5 địa phương", "Tỷ đồng", "92.917,98", "2,74"],
    ["1.1", "Vốn cân đối ngân sách địa phương", "Tỷ đồng", "67.268,66", N],
    ["1.2", "Vốn ngân sách trung ương", "Tỷ đồng", "25.649,32", N],
    ["2", "TP. Hồ Chí Minh", "Tỷ đồng", N, "0,89"],
    ["3", "Bình quân chung của cả nước", "Tỷ đồng", N, "10,35"],
])

# e02 http://tapchicaosu.vn/2014/12/30/vrg-vuot-ke-hoach-2-967-tan-mu-tinh-den-2812/
# "Tính đến thời điểm hết ngày 28/12, toàn VRG đã khai thác được 265.967 tấn mủ cao su, đạt 104,7% kế hoạch (KH)
# 2014 (KH đã điều chỉnh) ... toàn Tập đoàn thu mua được 61.137 tấn, bằng 89,7% KH năm 2014 và bằng 100,3% lượng thu
# mua cùng kỳ năm 2013.Về chế biến, toàn Tập đoàn chế được 336.556 tấn, đạt 99,3% KH chế biến năm 2014 và bằng 101,6%
# lượng chế biến cùng kỳ năm 2013 ... VRG cũng tiêu thụ được 323.134 tấn mủ cao su các loại, tính đến 26/12, bằng 107%
# so với lượng cao su tiêu thụ cùng kỳ năm 2013, trong đó xuất khẩu và ủy thác xuất khẩu được 118.866 tấn, đạt 75,9%
# KH năm 2014 và bằng 91,4% lượng cao su xuất khẩu và ủy thác xuất khẩu cùng kỳ năm 2013. ... tiêu thụ nội địa được
# 204.268 tấn, đạt 117,3% KH năm 2014 và bằng 118,9% lượng tiêu thụ cao su nội địa cùng kỳ năm 2013. Doanh thu kinh
# doanh cao su toàn VRG lũy kế đến 26/12 đạt 12.099,1 tỷ đồng, bằng 79,7% KH năm 2014 và bằng 76,3% doanh thu cùng kỳ
# năm 2013."
# The clerk's: the page's indexes («bằng 100,3% ... cùng kỳ») under a column titled as an increase.
write_csv("e02-tapchicaosu-vrg-2014.csv", [
    ["TẬP ĐOÀN CÔNG NGHIỆP CAO SU VIỆT NAM", N, N, N, N, N],
    ["KẾT QUẢ SẢN XUẤT KINH DOANH NĂM 2014 (số liệu đến 28/12/2014)", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2014", "So với kế hoạch năm 2014 (%)", "Tăng so với cùng kỳ (%)"],
    ["1", "Sản lượng mủ cao su khai thác", "Tấn", "265.967", "104,7", N],
    ["2", "Sản lượng thu mua", "Tấn", "61.137", "89,7", "100,3"],
    ["3", "Sản lượng chế biến", "Tấn", "336.556", "99,3", "101,6"],
    ["4", "Sản lượng tiêu thụ", "Tấn", "323.134", N, "107"],
    ["4.1", "Xuất khẩu và ủy thác xuất khẩu", "Tấn", "118.866", "75,9", "91,4"],
    ["4.2", "Tiêu thụ nội địa", "Tấn", "204.268", "117,3", "118,9"],
    ["5", "Doanh thu kinh doanh cao su", "Tỷ đồng", "12.099,1", "79,7", "76,3"],
])

# e03 https://sggp.org.vn/suc-mua-tieu-dung-tiep-tuc-tang-post487257.html
# "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 7-2018 ước tính đạt 371.500 tỷ đồng, tăng 1,6% so
# với tháng 6 và tăng 13,3% so với cùng kỳ năm trước. Trong đó, doanh thu bán lẻ hàng hóa đạt 277.100 tỷ đồng, tăng
# lần lượt 1,6% và 14%; doanh thu dịch vụ lưu trú, ăn uống đạt 45.900 ngàn tỷ đồng, tăng 2,1% và 6,4%; doanh thu du
# lịch lữ hành đạt 3.500 tỷ đồng, tăng 2,3% và 9,2%; doanh thu dịch vụ khác đạt 45.000 tỷ đồng, tăng 1% và 17,4%.
# Tính chung 7 tháng đầu năm 2018, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 2.493.400 tỷ
# đồng, tăng 11,1% so với cùng kỳ năm trước ... doanh thu bán lẻ hàng hóa 7 tháng năm nay ước tính đạt 1.875.000 tỷ
# đồng, chiếm 75,2% tổng mức và tăng 11,7% so với cùng kỳ năm trước."
# The clerk's: the statistics office's monthly table (its five columns, the unit in a title row, comparisons as
# indexes, «tăng 13,3%» written 113,3 as the office writes it); the page gives no June amount, so the previous
# month's column is left blank; 45.900 «ngàn tỷ» is the page's slip for tỷ (the total is 371.500 tỷ).
write_csv("e03-sggp-banle-2018-07.csv", [
    ["TỔNG MỨC BÁN LẺ HÀNG HÓA VÀ DOANH THU DỊCH VỤ TIÊU DÙNG THÁNG 7 NĂM 2018", N, N, N, N, N],
    ["Đơn vị tính: Tỷ đồng", N, N, N, N, N],
    [N, "Thực hiện tháng trước", "Ước tính tháng này", "Cộng dồn từ đầu năm", "Tháng này so với cùng kỳ (%)",
     "Cộng dồn so với cùng kỳ (%)"],
    ["TỔNG SỐ", N, "371.500", "2.493.400", "113,3", "111,1"],
    ["Bán lẻ hàng hóa", N, "277.100", "1.875.000", "114", "111,7"],
    ["Dịch vụ lưu trú, ăn uống", N, "45.900", N, "106,4", N],
    ["Du lịch lữ hành", N, "3.500", N, "109,2", N],
    ["Dịch vụ khác", N, "45.000", N, "117,4", N],
])

# e04 http://tapchicaosu.vn/2017/01/04/vrg-vuot-gan-5-ke-hoach-san-luong/
# "tính đến hết ngày 31/12 toàn Tập đoàn đã khai thác được 253.174 tấn, đạt 104,96% kế hoạch năm 2016 (kế hoạch
# điều chỉnh giao cho các đơn vị), và bằng 103,21% kế hoạch đăng ký với Bộ NN&PTNT (245.290 tấn). ... ngoại trừ hai
# đơn vị là Visorutex (92,9%) và Bạia – Kampongthom (78,2%). ... trong năm 2016 toàn Tập đoàn thu mua được 70.976
# tấn, đạt 118,8% kế hoạch năm 2016 ... Về chế biến, toàn Tập đoàn chế biến được 321.333 tấn, bằng 102,9% kế hoạch
# năm 2016 và bằng 96,5% lượng chế biến cùng kỳ năm 2015. Về tiêu thụ cao su: Toàn Tập đoàn tiêu thụ được 327.836
# tấn cao su các loại, đạt 105,1% kế hoạch tiêu thụ năm 2016 và bằng 105,2% lượng cao su tiêu thụ cùng kỳ năm 2015"
# The clerk's: two plans of the year side by side (the adjusted plan given to the units, as a rate; the plan
# registered with the ministry, its amount and rate), indexes against 2015.
write_csv("e04-tapchicaosu-vrg-2016.csv", [
    ["KẾT QUẢ SẢN XUẤT KINH DOANH CAO SU NĂM 2016", N, N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2016", "So với kế hoạch năm 2016 điều chỉnh (%)",
     "Kế hoạch đăng ký với Bộ NN&PTNT", "So với kế hoạch đăng ký (%)", "So với cùng kỳ năm 2015 (%)"],
    ["1", "Sản lượng khai thác", "Tấn", "253.174", "104,96", "245.290", "103,21", N],
    ["-", "Visorutex", "%", N, "92,9", N, N, N],
    ["-", "Bạia – Kampongthom", "%", N, "78,2", N, N, N],
    ["2", "Sản lượng thu mua", "Tấn", "70.976", "118,8", N, N, N],
    ["3", "Sản lượng chế biến", "Tấn", "321.333", "102,9", N, N, "96,5"],
    ["4", "Sản lượng tiêu thụ", "Tấn", "327.836", "105,1", N, N, "105,2"],
])

# e05 https://www.tienphong.vn/xa-hoi/dak-lak-chi-ngan-sach-tiep-tuc-gap-3-lan-thu-1353660.tpo
# "việc thực hiện thu cân đối ngân sách năm 2018 đạt và vượt chỉ tiêu được giao. Trong đó, tăng mạnh nhất là việc
# thu thuế xuất nhập khẩu, đạt 127 tỷ đồng, bằng 254% dự toán Trung ương giao và HĐND tỉnh giao; tăng 189% so với
# năm 2017. Dự tính đến hết năm 2018, tổng thu cân đối Ngân sách trên địa bàn tỉnh ước đạt 5,500 tỷ đồng. Trong khi
# đó, tổng chi ngân sách địa phương của năm 2018 lại ước tính lên tới gần 15 nghìn tỷ đồng; tăng 3,42% so với dự
# toán Trung ương, tăng 1,38% so với dự toán HĐND tỉnh và tăng 14,2% so với năm 2017. Còn kế hoạch dự toán năm 2019
# của tỉnh Đắk Lắk, thì dự kiến thu cân đối ngân sách hơn 6,8 nghìn tỷ, chi ngân sách gần 14 nghìn tỷ. Trước đó,
# năm 2017, tỉnh Đắk Lắk đã thu ngân sách Nhà nước khoảng 5 nghìn tỷ đồng, nhưng tổng chi ngân sách toàn tỉnh lên
# tới 13,5 nghìn tỷ đồng"
# The clerk's: the budget office's sheet: last year's amount, this year's estimate, its «% dự toán» (the page's
# «tăng 1,38% so với dự toán HĐND tỉnh» written 101,38 as % of the estimate), the change on last year, and next
# year's estimate (Dự toán năm 2019) in its own column; the page gives no amount of 2018's estimate (its column blank).
write_csv("e05-tienphong-daklak-ngansach-2018.csv", [
    ["UBND TỈNH ĐẮK LẮK", N, N, N, N, N, N, N],
    ["ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NĂM 2018 VÀ DỰ TOÁN NĂM 2019", N, N, N, N, N, N, N],
    ["Đơn vị tính: tỷ đồng", N, N, N, N, N, N, N],
    ["STT", "Nội dung", "Thực hiện năm 2017", "Dự toán năm 2018", "Ước thực hiện năm 2018", "% dự toán",
     "Tăng so với năm 2017 (%)", "Dự toán năm 2019"],
    ["A", "Tổng thu cân đối ngân sách trên địa bàn", "5.000", N, "5.500", N, N, "6.800"],
    [N, "Trong đó: Thu thuế xuất nhập khẩu", N, N, "127", "254", "189", N],
    ["B", "Tổng chi ngân sách địa phương", "13.500", N, "15.000", "101,38", "14,2", "14.000"],
])

# e06 http://tapchicaosu.vn/2021/12/16/vrg-ve-truoc-ke-hoach-san-luong-16-ngay/
# "tính đến ngày 15/12, toàn VRG đã khai thác được 377.722,6 tấn mủ, đạt 100% kế hoạch sản lượng, về trước kế hoạch
# 16 ngày. ... Năm 2021, VRG xây dựng kế hoạch sản lượng là 377.717 tấn mủ, trong đó tự khai thác là 374.293 tấn,
# nhượng quyền khai thác là 3.424 tấn. Tính đến ngày, VRG hoàn thành kế hoạch sản lượng thì các đơn vị trong nước đã
# khai thác được 241.024,7 tấn (đạt 100,3% kế hoạch). Các đơn vị nước ngoài đã khai thác được gần 136.698 tấn (đạt
# 99,5% kế hoạch)."
# The clerk's: two blocks each closed by its sub-total at the bottom (`Tổng cộng` under the regions, `Cộng` under
# the plan by way of tapping), no name of the indicator on the total rows.
write_csv("e06-tapchicaosu-vrg-2021.csv", [
    ["SẢN LƯỢNG MỦ CAO SU KHAI THÁC NĂM 2021 (đến ngày 15/12/2021)", N, N, N, N, N],
    ["STT", "Đơn vị", "ĐVT", "Kế hoạch năm 2021", "Thực hiện đến 15/12/2021", "Tỷ lệ so với kế hoạch (%)"],
    ["I", "Theo khu vực", N, N, N, N],
    ["1", "Các đơn vị trong nước", "Tấn", N, "241.024,7", "100,3"],
    ["2", "Các đơn vị nước ngoài", "Tấn", N, "136.698", "99,5"],
    [N, "Tổng cộng", "Tấn", "377.717", "377.722,6", "100"],
    ["II", "Kế hoạch theo hình thức khai thác", N, N, N, N],
    ["1", "Tự khai thác", "Tấn", "374.293", N, N],
    ["2", "Nhượng quyền khai thác", "Tấn", "3.424", N, N],
    [N, "Cộng", "Tấn", "377.717", N, N],
])

# e07 https://thuviensuckhoe.org/9-thang-dau-nam-gia-tri-chan-nuoi-tang-376-20201006154800674.htm
# "Giá trị sản xuất Quý III tăng 9,67% - là lĩnh vực đạt tốc độ tăng cao nhất. Lũy kế 9 tháng giá trị sản xuất lĩnh
# vực chăn nuôi tăng 3,76%. Sản lượng thịt hơi các loại Quý III ước đạt trên 1,3 triệu tấn, tăng 9,0%, 9 tháng đạt
# khoảng 3,9 triệu tấn, tăng 1,1% so với cùng kỳ. Tổng đàn trâu cả nước giảm khoảng 2,2% so với cùng kỳ năm 2019,
# sản lượng thịt trâu ước đạt 69,0 nghìn tấn, tăng 1,8% (quý III ước đạt 20,0 nghìn tấn, tăng 3,5%). Đàn bò tăng
# 2,5%, sản lượng thịt 272,6 nghìn tấn, tăng 5,7% (quý III ước đạt 85,1 nghìn tấn, tăng 9,6%); sản lượng sữa bò tươi
# 9 tháng ước đạt 799,2 nghìn tấn, tăng 9,9% (quý III ước đạt 277,1 nghìn tấn, tăng 13,6%). ... đàn gia cầm tăng
# 5,7%, sản lượng thịt hơi đạt 1.056,7 nghìn tấn, tăng 11,4% so với cùng kỳ năm 2019 (quý III ước đạt 348,6 nghìn
# tấn, tăng 7,7%); sản lượng trứng gia cầm 9 tháng ước đạt 10,7 tỷ quả, tăng 10,8% (quý III ước đạt 3,5 tỷ quả, tăng
# 9,6%). ... Tổng số lợn tăng khoảng 3,6% so với cùng thời"
# The clerk's: an XLSX whose header runs over two rows, each period merged over its two columns (Ước tính, Tăng so
# với cùng kỳ (%)), STT / Chỉ tiêu / ĐVT merged down; herds with a change and no count.
write_xlsx("e07-thuviensuckhoe-channuoi-2020-9t.xlsx", [
    ["KẾT QUẢ SẢN XUẤT CHĂN NUÔI QUÝ III VÀ 9 THÁNG NĂM 2020", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Quý III năm 2020", N, "9 tháng năm 2020", N],
    [N, N, N, "Ước tính", "Tăng so với cùng kỳ (%)", "Ước tính", "Tăng so với cùng kỳ (%)"],
    [1, "Giá trị sản xuất chăn nuôi", "%", N, 9.67, N, 3.76],
    [2, "Sản lượng thịt hơi các loại", "Triệu tấn", 1.3, 9, 3.9, 1.1],
    [3, "Sản lượng thịt trâu hơi", "Nghìn tấn", 20, 3.5, 69, 1.8],
    [4, "Sản lượng thịt bò hơi", "Nghìn tấn", 85.1, 9.6, 272.6, 5.7],
    [5, "Sản lượng sữa bò tươi", "Nghìn tấn", 277.1, 13.6, 799.2, 9.9],
    [6, "Sản lượng thịt gia cầm hơi", "Nghìn tấn", 348.6, 7.7, 1056.7, 11.4],
    [7, "Sản lượng trứng gia cầm", "Tỷ quả", 3.5, 9.6, 10.7, 10.8],
    [8, "Tổng đàn trâu", "Con", N, N, N, -2.2],
    [9, "Tổng đàn bò", "Con", N, N, N, 2.5],
    [10, "Tổng số lợn", "Con", N, N, N, 3.6],
    [11, "Tổng đàn gia cầm", "Con", N, N, N, 5.7],
], merges=("A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"))

# e08 http://beta.congthuongthainguyen.gov.vn/vn/bao-cao-thang-quy/tinh-hinh-hoat-dong-nganh-cong-thuong-9-thang-phuong-huong-trien-khai-nhiem-vu-3-thang-cuoi-nam-2020-5196.phtml
# "chỉ số sản xuất công nghiệp liên tục giảm trong quý I và quý II (quý I giảm 4,81%, quý II giảm 5,25% so với cùng
# kỳ). ... Tính chung 9 tháng đầu năm 2020, giá trị sản xuất công nghiệp ước đạt 567.634,2 tỷ đồng, tăng 2,5% so với
# cùng kỳ, bằng 70,7% KH năm; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 28.354,9 tỷ đồng, tăng
# 0,35% so với cùng kỳ, bằng 67,7% KH năm; giá trị xuất khẩu ước đạt 20,32 tỷ USD, giảm 5,6% so với cùng kỳ, bằng
# 68,9% KH năm. ... 1. Chỉ tiêu kế hoạch năm 2020 - Giá trị sản xuất công nghiệp: Tổng GTSXCN trên địa bàn (giá so
# sánh 2010): 803.300 tỷ đồng, tăng 8% so với thực hiện năm 2019. Trong đó: + Công nghiệp Trung ương đạt 24.603 tỷ
# đồng"
# The clerk's: an XLSX whose column of the year's plan (D) is hidden for printing, and whose working row (the
# central industry's plan) is hidden; the quarters' index changes in rows of their own.
def _e08(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    for r in [
        ["SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN", N, N, N, N, N, N],
        ["MỘT SỐ CHỈ TIÊU NGÀNH CÔNG THƯƠNG 9 THÁNG NĂM 2020", N, N, N, N, N, N],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2020", "Ước thực hiện 9 tháng năm 2020",
         "Tăng/giảm so với cùng kỳ (%)", "So với kế hoạch năm (%)"],
        ["1", "Giá trị sản xuất công nghiệp (giá so sánh 2010)", "Tỷ đồng", 803300, 567634.2, 2.5, 70.7],
        ["1.1", "Công nghiệp Trung ương", "Tỷ đồng", 24603, N, N, N],
        ["2", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", N, 28354.9, 0.35, 67.7],
        ["3", "Giá trị xuất khẩu", "Triệu USD", N, 20320, -5.6, 68.9],
        ["4", "Chỉ số sản xuất công nghiệp quý I", "%", N, N, -4.81, N],
        ["5", "Chỉ số sản xuất công nghiệp quý II", "%", N, N, -5.25, N],
    ]:
        ws.append(list(r))
    ws.column_dimensions["D"].hidden = True
    ws.row_dimensions[5].hidden = True
    wb.save(path)


_e08(HERE / "e08-congthuongthainguyen-9t-2020.xlsx")

# e09 https://baonghean.vn/nghe-an-thu-ngan-sach-nam-2021-uoc-thuc-hien-18056-ty-dong-299775.html
# "Về giải ngân vốn đầu tư công, tính đến ngày 22/12, tỉnh đã giải ngân được 4.396,49 tỷ đồng, đạt 72,97% kế hoạch
# giao chi tiết đầu năm, trong đó, nguồn vốn đầu tư công tập trung tỉnh quản lý giải ngân được 2.304,94 tỷ đồng, đạt
# 72,9% kế hoạch giao chi tiết đầu năm. ... thu ngân sách năm 2021 ước thực hiện 18.056 tỷ đồng, đạt 128,6% dự toán
# điều chỉnh và bằng 101,2% so với năm 2020. Chi ngân sách năm 2021 ước thực hiện 27.984 tỷ đồng. Tính đến ngày
# 20/12, tỉnh đã cấp mới cho 115 dự án, điều chỉnh 147 lượt dự án với tổng số vốn là 39.319,82 tỷ đồng."
# The clerk's: a CSV saved as Unicode (UTF-16 with its byte-order mark), as Excel's «Unicode» export.
def _utf16_csv(path: Path, rows) -> None:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-16"))


_utf16_csv(HERE / "e09-baonghean-ktxh-2021.csv", [
    ["UBND TỈNH NGHỆ AN - SỞ KẾ HOẠCH VÀ ĐẦU TƯ", N, N, N, N, N],
    ["MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2021", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2021", "So với dự toán, kế hoạch (%)", "So với năm 2020 (%)"],
    ["1", "Thu ngân sách nhà nước", "Tỷ đồng", "18.056", "128,6", "101,2"],
    ["2", "Chi ngân sách", "Tỷ đồng", "27.984", N, N],
    ["3", "Giải ngân vốn đầu tư công (đến 22/12)", "Tỷ đồng", "4.396,49", "72,97", N],
    ["3.1", "Nguồn vốn đầu tư công tập trung tỉnh quản lý", "Tỷ đồng", "2.304,94", "72,9", N],
    ["4", "Dự án cấp mới", "Dự án", "115", N, N],
    ["5", "Dự án điều chỉnh", "Lượt dự án", "147", N, N],
    ["6", "Tổng vốn cấp mới và điều chỉnh", "Tỷ đồng", "39.319,82", N, N],
])

# e10 http://www.dalat-info.vn/vn/tin-tuc/san-xuat-cong-nghiep-tang-51-so-voi-cung-ky-43887.phtml
# "hoạt động sản xuất công nghiệp trong quý I/2021 tiếp tục phát triển ổn định với chỉ số sản xuất toàn ngành công
# nghiệp tăng 5,17% so cùng kỳ. Trong đó, chỉ số sản xuất ngành khai khoáng tăng 1,45%; ngành công nghiệp chế biến,
# chế tạo tăng 4,2%; ngành sản xuất và phân phối điện, khí đốt, nước nóng hơi nước và điều hòa không khí tăng 10,3%;
# ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 3,5% so với cùng kỳ. Một số mặt hàng có
# mức tăng trưởng khá như bia đạt 22,5 ngàn lít, tăng 65,77%; hạt điều khô 152 tấn, tăng 19,84%; rau ướp lạnh đạt
# 270 tấn, tăng 10,69%; sản phẩm bôxit nhôm đạt 167,3 ngàn tấn, tăng 0,66%"
# The clerk's: quantities typed as text with a space (and once a no-break space, as a French-locale Excel writes
# it) between the thousands: `22 500` lít, `167 300` tấn; the index changes as rows with a rate only.
write_csv("e10-dalatinfo-congnghiep-2021-q1.csv", [
    ["TÌNH HÌNH SẢN XUẤT CÔNG NGHIỆP QUÝ I NĂM 2021", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Quý I/2021", "Tăng so với cùng kỳ (%)"],
    ["1", "Chỉ số sản xuất toàn ngành công nghiệp", "%", N, "5,17"],
    ["1.1", "Khai khoáng", "%", N, "1,45"],
    ["1.2", "Công nghiệp chế biến, chế tạo", "%", N, "4,2"],
    ["1.3", "Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí", "%", N, "10,3"],
    ["1.4", "Cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", "%", N, "3,5"],
    ["2", "Sản phẩm chủ yếu", N, N, N],
    ["2.1", "Bia", "Lít", "22\u00a0500", "65,77"],
    ["2.2", "Hạt điều khô", "Tấn", "152", "19,84"],
    ["2.3", "Rau ướp lạnh", "Tấn", "270", "10,69"],
    ["2.4", "Sản phẩm bôxit nhôm", "Tấn", "167 300", "0,66"],
])
