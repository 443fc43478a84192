"""Round 26 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``, in any case or in another worktree's cases, sweeps or round builds, checked with
``grep -F`` before use, /work/batchyo left out), as an agency's clerk would keep them, in fields the rounds had not
had (fires and explosions, labour sent abroad, business registration, poverty, cooperatives, international arrivals by
way of entry and by market), each in a layout the brief of round 26 asks for: one column in English notation pasted
from an English release (f01); a total row at the top (f02); a JSON export nested by group (f03); an XLSX whose first
sheet is the notes and whose data sheet has a hidden column (f04); text marks (``x``) beside numbers and a fall
column (f05); values and units in one cell, ``190 vụ`` (f06); two header rows merged, ``3 tháng năm 2019`` over
``Thực hiện | Tăng/giảm …`` (f07); a comparison against another base year beside last year's (f08); the
cooperatives' kinds as rows and indicators as columns named by a date, ``Đến 15/6/2022`` (f09); the months as columns,
``Tháng 1`` … ``Tháng 12``, ``Quý I``, ``Cả năm``, the period a quarter (f10).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a unit, a code, a date).

Run: ``.venv/bin/python evaluations/data/figures-round26/build.py``.
First look (before any code of round 26): evaluations/data/figures-round26/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

import openpyxl  # noqa: E402

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None

# f01 http://www.topix.com/world/vietnam/2017/03/fire-explosion-death-toll-rises-in-vietnam-in-q1?fromrss=1
# "A total of 1,293 fires and explosions broke out across Vietnam in the first quarter of this year, killing 33 people
# and injuring 69 others, while leaving losses of some 684 billion Vietnamese dong , the country's Fire Prevention and
# Fight Department said Saturday. Compared with the first quarter of last year, the number of fires and explosions
# increased 37,7 percent, in which deaths surged 2.5 times, injuries dropped 13.8 percent, and the property losses
# rose 34.2 percent."
# The clerk's: the office's Vietnamese sheet, the quarter's column pasted from the English release as it stands
# (English notation: `1,293`, the losses in đồng `684,000,000,000`); the changes typed the Vietnamese way.
write_csv("f01-topix-chayno-2017-q1.csv", [
    ["TÌNH HÌNH CHÁY, NỔ QUÝ I NĂM 2017", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Quý I/2017", "Tăng (+), giảm (-) so với cùng kỳ (%)", "Ghi chú"],
    ["1", "Số vụ cháy, nổ", "vụ", "1,293", "37,7", N],
    ["2", "Số người chết", "người", "33", N, "gấp 2,5 lần cùng kỳ"],
    ["3", "Số người bị thương", "người", "69", "-13,8", N],
    ["4", "Thiệt hại về tài sản", "đồng", "684,000,000,000", "34,2", N],
])

# f02 https://jvnet.vn/tin-tuc-su-kien/tin-tuc-1/16851-nguoi-di-xkld
# "16.851 người đi XKLĐ ... Trong số này, Đài Loan có số lượng lao động sang làm việc nhiều nhất, với 4.567 người;
# kế tiếp là Các Tiểu Vương quốc Ả Rập thống nhất (UAE) 3.553 người, Bahrain 1.204 người, Lào 1.200 người, Libya 1.063
# người, Nhật Bản 1.046 người, Ả Rập Saudi 1.038 người, Malaysia 728 người... Cục Quản lý Lao động ngoài nước dự kiến
# số lượng lao động xuất cảnh trong quý II/2010 đạt khoảng 25.000 người."
# The clerk's: the total row first, the markets under it; the period (the first quarter of 2010, the quarter before
# the page's «quý II/2010») and the forecast column are the clerk's reading of the page.
write_csv("f02-jvnet-xkld-2010-q1.csv", [
    ["CỤC QUẢN LÝ LAO ĐỘNG NGOÀI NƯỚC", N, N, N, N],
    ["SỐ LAO ĐỘNG ĐI LÀM VIỆC Ở NƯỚC NGOÀI QUÝ I NĂM 2010 PHÂN THEO THỊ TRƯỜNG", N, N, N, N],
    ["STT", "Thị trường", "ĐVT", "Quý I/2010", "Dự kiến quý II/2010"],
    [N, "Tổng số", "người", "16.851", "25.000"],
    ["1", "Đài Loan", "người", "4.567", N],
    ["2", "Các Tiểu Vương quốc Ả Rập thống nhất (UAE)", "người", "3.553", N],
    ["3", "Bahrain", "người", "1.204", N],
    ["4", "Lào", "người", "1.200", N],
    ["5", "Libya", "người", "1.063", N],
    ["6", "Nhật Bản", "người", "1.046", N],
    ["7", "Ả Rập Saudi", "người", "1.038", N],
    ["8", "Malaysia", "người", "728", N],
])

# f03 http://tinnhanhchungkhoan.vn/doanh-nghiep/6-thang-dau-nam-co-tren-54000-doanh-nghiep-thanh-lap-moi-158010.html
# "6 tháng đầu năm nay, có 54.501 doanh nghiệp thành lập mới với số vốn đăng ký 427.762 tỷ đồng. So với cùng kỳ năm
# trước, số doanh nghiệp thành lập mới tăng 20% (cùng kỳ tăng 21,7%), số vốn đăng ký tăng 51,5% (cùng kỳ tăng 22,3%).
# Vốn đăng ký bình quân 1 doanh nghiệp đạt 7,8 tỷ đồng, tăng 26,2% so với cùng kỳ. 6 tháng đầu năm, có 14.902 doanh
# nghiệp trước đây gặp khó khăn phải tạm ngừng hoạt động, nay đã trở lại hoạt động, tăng 75,2% so với cùng kỳ năm
# trước (cùng kỳ tăng 2,2%). Có 12.203 doanh nghiệp tạm ngừng kinh doanh có thời hạn, tăng 37,1% so với cùng kỳ năm
# trước. Có 18.916 doanh nghiệp tạm ngừng hoạt động (không đăng ký hoặc chờ giải thể), tăng 4,2% so với cùng kỳ năm
# trước. Có 5.507 doanh nghiệp hoàn tất thủ tục giải thể, tăng 17% so với cùng kỳ năm trước."
# The clerk's: the registration portal's export, nested by group, numbers as JSON numbers; the year (2016, the page's
# «50 nghị định về điều kiện kinh doanh») in the top-level keys.
(HERE / "f03-tinnhanhchungkhoan-doanhnghiep-2016-h1.json").write_text(json.dumps({
    "tieu_de": "Tình hình đăng ký doanh nghiệp 6 tháng đầu năm 2016",
    "ky_bao_cao": "6 tháng đầu năm 2016",
    "nhom": [
        {"ten_nhom": "Doanh nghiệp thành lập mới", "chi_tieu": [
            {"Chỉ tiêu": "Số doanh nghiệp thành lập mới", "Đơn vị tính": "doanh nghiệp",
             "6 tháng năm 2016": 54501, "Tăng so với cùng kỳ năm trước (%)": 20},
            {"Chỉ tiêu": "Số vốn đăng ký", "Đơn vị tính": "tỷ đồng",
             "6 tháng năm 2016": 427762, "Tăng so với cùng kỳ năm trước (%)": 51.5},
            {"Chỉ tiêu": "Vốn đăng ký bình quân 1 doanh nghiệp", "Đơn vị tính": "tỷ đồng",
             "6 tháng năm 2016": 7.8, "Tăng so với cùng kỳ năm trước (%)": 26.2}]},
        {"ten_nhom": "Doanh nghiệp quay trở lại hoạt động", "chi_tieu": [
            {"Chỉ tiêu": "Số doanh nghiệp quay trở lại hoạt động", "Đơn vị tính": "doanh nghiệp",
             "6 tháng năm 2016": 14902, "Tăng so với cùng kỳ năm trước (%)": 75.2}]},
        {"ten_nhom": "Doanh nghiệp tạm ngừng, giải thể", "chi_tieu": [
            {"Chỉ tiêu": "Số doanh nghiệp tạm ngừng kinh doanh có thời hạn", "Đơn vị tính": "doanh nghiệp",
             "6 tháng năm 2016": 12203, "Tăng so với cùng kỳ năm trước (%)": 37.1},
            {"Chỉ tiêu": "Số doanh nghiệp tạm ngừng hoạt động không đăng ký hoặc chờ giải thể",
             "Đơn vị tính": "doanh nghiệp", "6 tháng năm 2016": 18916, "Tăng so với cùng kỳ năm trước (%)": 4.2},
            {"Chỉ tiêu": "Số doanh nghiệp hoàn tất thủ tục giải thể", "Đơn vị tính": "doanh nghiệp",
             "6 tháng năm 2016": 5507, "Tăng so với cùng kỳ năm trước (%)": 17}]},
    ],
}, ensure_ascii=False, indent=1), encoding="utf-8")

# f04 https://vietnambiz.vn/gan-51000-doanh-nghiep-giai-the-tam-ngung-hoat-dong-trong-nua-dau-nam-20190714114705447.htm
# "Số doanh nghiệp đăng kí tạm ngừng kinh doanh có thời hạn của cả nước trong 6 tháng đầu năm 2019 là 21.105 doanh
# nghiệp, tăng 17,3% so với cùng kì năm 2018. ... Bán buôn; bán lẻ; sữa chữa ô tô, xe máy (chiếm 39% tổng số, tăng
# 16,8% so với cùng kì năm 2018); Xây dựng (chiếm 14,4% tổng số, tăng 11,1%); Công nghiệp chế biến, chế tạo (chiếm
# 12,6% tổng số, tăng 19,1%). Các lĩnh vực có tỉ lệ tăng doanh nghiệp đăng kí tạm ngừng kinh doanh cao nhất là Kinh
# doanh bất động sản (có 412 doanh nghiệp, tăng 58,5%), Tài chính, ngân hàng và bảo hiểm (có 193 doanh nghiệp, tăng
# 58,2%), Sản xuất, phân phối điện, nước, gas (có 125 doanh nghiệp, tăng 42%)."
# The clerk's: a workbook whose first sheet is the notes (source, definitions), the data on the second; the sector's
# code (VSIC section letter, the clerk's) in column C, hidden.
def _f04(path):
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Ghi chú"
    for r in (["GHI CHÚ"],
              ["Nguồn: Cục Quản lý đăng ký kinh doanh, số liệu 6 tháng đầu năm 2019."],
              ["Doanh nghiệp tạm ngừng kinh doanh có thời hạn: đã làm thủ tục tạm ngừng dưới 1 năm."],
              ["Tỷ trọng tính trên tổng số doanh nghiệp tạm ngừng kinh doanh có thời hạn của cả nước."]):
        notes.append(r)
    ws = wb.create_sheet("Số liệu")
    for r in (["SỐ DOANH NGHIỆP TẠM NGỪNG KINH DOANH CÓ THỜI HẠN 6 THÁNG ĐẦU NĂM 2019", N, N, N, N, N, N],
              ["STT", "Ngành kinh tế", "Mã ngành", "ĐVT", "Số doanh nghiệp", "Tỷ trọng (%)",
               "Tăng so với cùng kỳ năm 2018 (%)"],
              [N, "Tổng số", N, "doanh nghiệp", 21105, N, 17.3],
              [1, "Bán buôn; bán lẻ; sửa chữa ô tô, xe máy", "G", "doanh nghiệp", N, 39, 16.8],
              [2, "Xây dựng", "F", "doanh nghiệp", N, 14.4, 11.1],
              [3, "Công nghiệp chế biến, chế tạo", "C", "doanh nghiệp", N, 12.6, 19.1],
              [4, "Kinh doanh bất động sản", "L", "doanh nghiệp", 412, N, 58.5],
              [5, "Tài chính, ngân hàng và bảo hiểm", "K", "doanh nghiệp", 193, N, 58.2],
              [6, "Sản xuất, phân phối điện, nước, gas", "D", "doanh nghiệp", 125, N, 42]):
        ws.append(r)
    ws.column_dimensions["C"].hidden = True
    wb.save(path)


_f04(HERE / "f04-vietnambiz-tamngung-2019-h1.xlsx")

# f05 https://daidoanket.vn/ty-le-ho-ngheo-theo-chuan-ngheo-da-chieu-nam-2023-con-2-93-10263931.html
# "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều năm 2023 còn 2,93% (giảm 1,1%); tỷ lệ hộ nghèo tại các huyện nghèo còn
# khoảng 33% (giảm 5,62%); tỷ lệ hộ nghèo dân tộc thiểu số còn khoảng 17,82% (giảm 3,2%). ... đối với kế hoạch vốn
# của năm 2021, tổng kinh phí sự nghiệp của các chương trình mục tiêu quốc gia năm 2021 đã giải ngân là 1.078 tỷ đồng,
# đạt 88,95% kế hoạch."
# The clerk's: the falls in their own column («Giảm so với năm trước», points, typed as positives), an «x» where the
# page says «khoảng» (an estimate), the 2021 disbursement's rate of the plan beside it.
write_csv("f05-daidoanket-hongheo-2023.csv", [
    ["KẾT QUẢ THỰC HIỆN MỤC TIÊU GIẢM NGHÈO NĂM 2023", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Giảm so với năm trước", "Tỷ lệ đạt kế hoạch (%)", "Số ước tính"],
    ["1", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "2,93", "1,1", N, N],
    ["2", "Tỷ lệ hộ nghèo tại các huyện nghèo", "%", "33", "5,62", N, "x"],
    ["3", "Tỷ lệ hộ nghèo dân tộc thiểu số", "%", "17,82", "3,2", N, "x"],
    ["4", "Kinh phí sự nghiệp các chương trình mục tiêu quốc gia năm 2021 đã giải ngân", "tỷ đồng", "1.078", N,
     "88,95", N],
])

# f06 http://plo.vn/xa-hoi/hon-50-vu-chay-do-su-co-ve-dien-147044.html
# "trong năm 2010, số vụ cháy nổ có giảm so với năm trước nhưng mức độ thiệt hại lại gia tăng. Theo đó, có 190 vụ
# cháy, 10 vụ nổ. Số người chết và bị thương do cháy tăng đến 19 người so với năm 2009, thiệt hại tài sản hơn 108 tỉ
# đồng. ... số vụ đốt do mâu thuẫn lẫn nhau và tự tử gây cháy tăng nhiều so với cùng kỳ năm ngoái. Tổng cộng có 15 vụ
# (tăng bảy vụ) làm 10 người chết (tăng sáu người). Năm qua, gần 4.300 trường hợp các cơ sở và nhà dân bị phạt vì vi
# phạm PCCC với số tiền hơn 0,5 tỉ đồng."
# The clerk's: no unit column, each value typed with its unit in the cell, the changes likewise (`+7 vụ`).
write_csv("f06-plo-chayno-hcm-2010.csv", [
    ["SỞ CẢNH SÁT PCCC TP. HỒ CHÍ MINH", N, N, N],
    ["TÌNH HÌNH CHÁY, NỔ NĂM 2010", N, N, N],
    ["STT", "Chỉ tiêu", "Năm 2010", "Tăng (+), giảm (-) so với năm 2009"],
    ["1", "Số vụ cháy", "190 vụ", N],
    ["2", "Số vụ nổ", "10 vụ", N],
    ["3", "Số người chết và bị thương do cháy", N, "+19 người"],
    ["4", "Thiệt hại về tài sản", "108 tỷ đồng", N],
    ["5", "Số vụ đốt do mâu thuẫn và tự tử", "15 vụ", "+7 vụ"],
    ["6", "Số người chết do các vụ đốt", "10 người", "+6 người"],
    ["7", "Số trường hợp bị phạt vi phạm PCCC", "4.300 trường hợp", N],
    ["8", "Số tiền phạt vi phạm PCCC", "0,5 tỷ đồng", N],
])

# f07 http://cand.com.vn/Chuyen-dong-van-hoa/Khach-quoc-te-den-Viet-Nam-giam-11-2-538672/
# "Ước tính số khách quốc tế đến Việt Nam 3 tháng đầu năm đạt 4.500.114 lượt khách, tăng 7,0% so với cùng kỳ năm
# 2018. Trong đó, lượng khách đến bằng phương tiện đường không đạt 3.516.263 lượt khách (tăng 4,5% so với cùng kỳ năm
# 2018); khách đến bằng phương tiện đường biển đạt 75.034 lượt khách (giảm 37,4 % so với cùng kỳ năm 2018); khách
# đến bằng phương tiện đường bộ đạt 908.817 lượt khách (tăng 26,2% so với cùng kỳ năm 2018). Ước tính số khách du
# lịch nội địa 3 tháng đầu năm đạt 24,9 triệu lượt khách, trong đó có12,6 triệu lượt khách lưu trú. Tổng thu từ khách
# du lịch đạt 175.100 tỷ đồng, tăng 8,35% so với cùng kỳ năm 2018."
# The clerk's: a workbook, the period's title merged over its two columns, the header's other cells merged down.
write_xlsx("f07-cand-khachquocte-2019-q1.xlsx", [
    ["TÌNH HÌNH KHÁCH DU LỊCH 3 THÁNG ĐẦU NĂM 2019", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "3 tháng năm 2019", N],
    [N, N, N, "Thực hiện", "Tăng (+), giảm (-) so với cùng kỳ năm 2018 (%)"],
    [1, "Khách quốc tế đến Việt Nam", "lượt khách", 4500114, 7.0],
    [N, "Đến bằng đường hàng không", "lượt khách", 3516263, 4.5],
    [N, "Đến bằng đường biển", "lượt khách", 75034, -37.4],
    [N, "Đến bằng đường bộ", "lượt khách", 908817, 26.2],
    [2, "Khách du lịch nội địa", "triệu lượt khách", 24.9, N],
    [N, "Trong đó: khách có lưu trú", "triệu lượt khách", 12.6, N],
    [3, "Tổng thu từ khách du lịch", "tỷ đồng", 175100, 8.35],
], merges=("D2:E2", "A2:A3", "B2:B3", "C2:C3"))

# f08 https://thanhnien.vn/du-lich-tron-nong-len-ngoi-185240430212618568.htm
# "trong tháng 4, lượng khách quốc tế đến nước ta đạt gần 1,6 triệu lượt, tăng 58,2% so với cùng kỳ năm trước. Tính
# chung 4 tháng đầu năm, VN đón 6,2 triệu lượt khách quốc tế. Con số này tăng 68,3% so với cùng kỳ năm 2023 và tăng
# 3,9% so với thời điểm trước dịch Covid-19. Doanh thu dịch vụ lưu trú, ăn uống 4 tháng đầu năm 2024 ước đạt 237.300
# tỉ đồng, tăng 15,3%; doanh thu du lịch lữ hành ước đạt 19.400 tỉ đồng, tăng 49,3% so với cùng kỳ năm 2023. ...
# khách từ châu Á tăng 77,2%, châu Âu tăng 63,8%."
# The clerk's: the month and the four months side by side, last year's changes and a column against 2019 (the year
# before the pandemic, the clerk's reading of «thời điểm trước dịch»); arrivals in thousands.
write_csv("f08-thanhnien-khachquocte-2024-4t.csv", [
    ["TÌNH HÌNH DU LỊCH THÁNG 4 VÀ 4 THÁNG ĐẦU NĂM 2024", N, N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 4/2024", "4 tháng năm 2024", "Tháng 4 tăng so với cùng kỳ (%)",
     "4 tháng tăng so với cùng kỳ năm 2023 (%)", "4 tháng tăng so với năm 2019 (%)"],
    ["1", "Khách quốc tế đến Việt Nam", "nghìn lượt", "1.600", "6.200", "58,2", "68,3", "3,9"],
    [N, "Khách đến từ châu Á", "nghìn lượt", N, N, N, "77,2", N],
    [N, "Khách đến từ châu Âu", "nghìn lượt", N, N, N, "63,8", N],
    ["2", "Doanh thu dịch vụ lưu trú, ăn uống", "tỷ đồng", N, "237.300", N, "15,3", N],
    ["3", "Doanh thu du lịch lữ hành", "tỷ đồng", N, "19.400", N, "49,3", N],
])

# f09 http://baolamdong.vn/kinhte/202206/ca-tinh-co-gan-500-hop-tac-xa-voi-von-hoat-dong-tren-10000-ty-dong-3121037/
# "Cập nhật lúc 05:10, Thứ Năm, 16/06/2022 ... đến nay, toàn tỉnh có 479 hợp tác xã (HTX). Trong đó, có 379 HTX nông
# nghiệp, 25 quỹ tín dụng nhân dân, 37 HTX công thương, 31 HTX giao thông vận tải, 2 HTX xây dựng và 5 HTX dịch vụ
# khác. Thống kê tới đầu tháng 6/2022, các HTX có 66.221 thành viên, trong đó 54.585 thành viên quỹ tín dụng nhân
# dân, 8.512 thành viên HTX nông nghiệp, 2.136 thành viên giao thông vận tải, 947 thành viên công thương và 41 thành
# viên khối dịch vụ - du lịch."
# The clerk's: the kinds of cooperative as rows, the two indicators as columns, each named by the date of the count
# (15/6/2022, the day before the page's «16/06/2022 … đến nay»), the units in the titles.
write_csv("f09-baolamdong-hoptacxa-2022-06.csv", [
    ["SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LÂM ĐỒNG", N, N, N],
    ["SỐ HỢP TÁC XÃ VÀ THÀNH VIÊN PHÂN THEO LOẠI HÌNH", N, N, N],
    ["STT", "Loại hình", "Số HTX đến 15/6/2022 (HTX)", "Số thành viên đến 15/6/2022 (thành viên)"],
    [N, "Toàn tỉnh", "479", "66.221"],
    ["1", "HTX nông nghiệp", "379", "8.512"],
    ["2", "Quỹ tín dụng nhân dân", "25", "54.585"],
    ["3", "HTX công thương", "37", "947"],
    ["4", "HTX giao thông vận tải", "31", "2.136"],
    ["5", "HTX xây dựng", "2", N],
    ["6", "HTX dịch vụ khác", "5", "41"],
])

# f10 https://vnexpress.net/khach-han-quoc-den-viet-nam-lon-nhat-quy-i-4586904.html
# "khách quốc tế đến Việt Nam tháng 3 ước đạt hơn 895.000 lượt, giảm 4% so với tháng trước. ... Tổng lượt khách quốc
# tế ước đạt 2,7 triệu lượt trong quý I ... Hàn Quốc là thị trường khách quốc tế lớn nhất, ước đạt hơn 810.000 lượt
# trong ba tháng đầu năm, tăng 55% so với cùng kỳ 2022 ... Trung Quốc (gồm đại lục, Đài Loan và Hong Kong) với hơn
# 270.000 lượt ... Mỹ, với hơn 200.000 lượt, tăng hơn 200% so cùng kỳ năm 2022 ... Thái Lan ... với hơn 145.000 lượt
# trong ba tháng, tăng 96% so cùng kỳ"
# The clerk's: the year's sheet by month, filled as the months come (January and February not yet typed), the
# quarter's column and the year's; the quarter's rise in the last column.
_MONTHS = [f"Tháng {m}" for m in range(1, 13)]
_B = [N] * 12
write_csv("f10-vnexpress-khachquocte-2023-q1.csv", [
    ["KHÁCH QUỐC TẾ ĐẾN VIỆT NAM NĂM 2023"] + [N] * 17,
    ["STT", "Chỉ tiêu", "ĐVT"] + _MONTHS + ["Quý I", "Cả năm", "Quý I tăng so với cùng kỳ (%)"],
    ["1", "Tổng số khách quốc tế", "lượt"] + [N, N, "895.000"] + [N] * 9 + ["2.700.000", N, N],
    [N, "Hàn Quốc", "lượt"] + _B + ["810.000", N, "55"],
    [N, "Trung Quốc", "lượt"] + _B + ["270.000", N, N],
    [N, "Mỹ", "lượt"] + _B + ["200.000", N, "200"],
    [N, "Thái Lan", "lượt"] + _B + ["145.000", N, "96"],
])
