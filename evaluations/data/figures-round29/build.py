"""Round 29 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``, in any case or in another worktree's cases, sweeps or round builds, checked with
round 27's ``tools/urlcheck.sh``), as an agency's clerk would keep them, in fields the rounds had not had (coffee and
cashew exports, public libraries, a listed company's quarterly accounts, the coal group's output, Tết tourism revenue),
each in a layout rounds 20–28 did not load: a database export in long form with English column names and ISO dates
(f01); the unit only in each row's label, ``(bản)``, ``(lượt)``, ``(tên)`` (f02); quarters side by side headed as the
market site writes them (``Qúy 1 2024``) with the clerk's year total and the unit in a title row (f03); two measures
each with its own ``So cùng kỳ (%)`` column of the same title (f04); an XLSX whose rates are fractions shown as per
cents by the cell's format (f05); an XLSX whose header is merged over two rows (f06); the month's and the months to
date's estimates with their own bases (f07); half a month beside the year to that day (f08); provinces as columns and
indicators as rows (f09); rates exported as ratios, ``0,925`` for «giảm 7,5%» (f10).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a unit, a code, a sum).

Run: ``.venv/bin/python evaluations/data/figures-round29/build.py``.
First look (before any code of round 29): evaluations/data/figures-round29/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None

# f01 https://ecoffeetrungnguyen.com/ca-phe-robusta-chiem-74-tong-luong-ca-phe-xuat-khau-ca-nuoc-thang-6-2020-a678nf7n.html
# "Theo Tổng cục Hải quan ước tính, xuất khẩu cà phê tháng 6/2020 đạt 140 nghìn tấn, trị giá 237 triệu USD, tăng 7,5% về
# lượng và tăng 7,4% về trị giá so với tháng 5/2020, so với tháng 6/2019 giảm 3% về lượng và giảm 1,9% về trị giá. Tính
# chung 6 tháng đầu năm 2020, xuất khẩu cà phê ước đạt 955 nghìn tấn, trị giá 1,609 tỷ USD, tăng 3,7% về lượng và tăng
# 2,5% về trị giá so với cùng kỳ năm 2019. Giá xuất khẩu bình quân cà phê tháng 6/2020 ước đạt 1.693 USD/tấn, giảm 0,02%
# so với tháng 5/2020 nhưng tăng 1,1% so với tháng 6/2019. Tính chung 6 tháng đầu năm 2020, giá xuất khẩu bình quân cà
# phê đạt khoảng 1.685 USD/tấn, giảm 1,2% so với cùng kỳ năm 2019. ... xuất khẩu cà phê Robusta trong tháng 5/2020 đạt
# 109,5 nghìn tấn, trị giá 158,12 triệu USD, giảm 14,5% về lượng và giảm 14,4% về trị giá so với tháng 5/2019. ... 5
# tháng đầu năm 2020 xuất khẩu cà phê Robusta tăng 4,9% về lượng và tăng 1,9% về trị giá so với cùng kỳ năm 2019, đạt
# 694,6 nghìn tấn, trị giá 1,029 tỷ USD."
# The clerk's: the trade database's export, one record per indicator and span, English column names, ISO dates, the
# database's codes; numbers as the database writes them (a point for decimals, no grouping).
write_csv("f01-ecoffee-caphe-xuatkhau-2020-06.csv", [
    ["indicator_code", "indicator_name", "unit", "period_start", "period_end", "value", "pct_change_prev_month",
     "pct_change_same_period_last_year"],
    ["CF_XK_LUONG", "Xuất khẩu cà phê - lượng", "tấn", "2020-06-01", "2020-06-30", "140000", "7.5", "-3"],
    ["CF_XK_TRIGIA", "Xuất khẩu cà phê - trị giá", "triệu USD", "2020-06-01", "2020-06-30", "237", "7.4", "-1.9"],
    ["CF_XK_GIA", "Giá xuất khẩu bình quân cà phê", "USD/tấn", "2020-06-01", "2020-06-30", "1693", "-0.02", "1.1"],
    ["CF_XK_LUONG", "Xuất khẩu cà phê - lượng", "tấn", "2020-01-01", "2020-06-30", "955000", "", "3.7"],
    ["CF_XK_TRIGIA", "Xuất khẩu cà phê - trị giá", "triệu USD", "2020-01-01", "2020-06-30", "1609", "", "2.5"],
    ["CF_XK_GIA", "Giá xuất khẩu bình quân cà phê", "USD/tấn", "2020-01-01", "2020-06-30", "1685", "", "-1.2"],
    ["CF_ROB_LUONG", "Xuất khẩu cà phê Robusta - lượng", "tấn", "2020-05-01", "2020-05-31", "109500", "", "-14.5"],
    ["CF_ROB_TRIGIA", "Xuất khẩu cà phê Robusta - trị giá", "triệu USD", "2020-05-01", "2020-05-31", "158.12", "",
     "-14.4"],
    ["CF_ROB_LUONG", "Xuất khẩu cà phê Robusta - lượng", "tấn", "2020-01-01", "2020-05-31", "694600", "", "4.9"],
    ["CF_ROB_TRIGIA", "Xuất khẩu cà phê Robusta - trị giá", "triệu USD", "2020-01-01", "2020-05-31", "1029", "",
     "1.9"],
])

# f02 https://bvhttdl.gov.vn/xem-chi-tiet/-/asset_publisher/GrYCMqxyx2pI/content/thu-vi-1?_101_INSTANCE_GrYCMqxyx2pI_viewMode=view
# "Tổng số thư viện công cộng/ phòng đọc sách, tủ sách: 18.097 | Trong đó – Thư viện Quốc gia Việt Nam: 01 | • Thư
# viện tỉnh, thành phố: 63 | • Thư viện quận, huyện, thị xã: 663 | • Thư viện xã, phường, thị trấn: 2.716 | • Phòng đọc
# sách xã và cơ sở (làng, thôn, bản): 14.606 | • Thư viện tư nhân có phục vụ cộng đồng: 48 | 2 Tổng số sách hiện có
# trong thư viện công cộng (bản): 39.389.712 | • Thư viện Quốc gia Việt Nam: 2.563.000 | • Thư viện tỉnh, thành phố:
# 14.997.744 | • Thư viện quận, huyện, thị xã: 8.328.768 | • Thư viện xã, phường, thị trấn: 6.880.200 | • Phòng đọc
# sách xã và cơ sở (làng, thôn, bản): 6.620.000 | 3. Tổng số sách, báo, bổ sung trong năm 2016 cho các thư viện công
# cộng: 834.148 | • Tổng số sách bổ sung (bản): 813.296 | • Tổng số báo, tạp chí bổ sung (tên): 20.852 | 4. Tổng số
# thẻ bạn đọc cấp năm 2016 của các thư viện công cộng: 463.960 | • Thư viện Quốc gia Việt Nam: 10.361 | • Thư viện
# tỉnh, thành phố: 269.190 | • Thư viện quận, huyện, thị xã: 184.409 | 5. Tổng số bạn đọc đến thư viện công cộng năm
# 2016 (lượt): 25.205.656 | • Thư viện Quốc gia Việt Nam: 2.800.525 | • Thư viện tỉnh, thành phố: 13.331.630 | • Thư
# viện quận, huyện, thị xã: 9.073.501 | 6. Tổng số sách, báo luân chuyển tại các thư viện công cộng trong năm 2016
# (lượt): 46.121.762 | • Thư viện Quốc gia VIệt Nam: 764.544 | • Thư viện tỉnh, thành phố: 30.900.061 | • Thư viện
# quận, huyện, thị xã: 14.457.157"
# The clerk's: the page's list as a sheet, each row's unit left in its label as the ministry writes it (no ĐVT
# column), the bullets and «Trong đó –» kept; a title and a column «Năm 2016".
write_csv("f02-bvhttdl-thuvien-2016.csv", [
    ["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH - VỤ THƯ VIỆN", N, N],
    ["SỐ LIỆU THỐNG KÊ HỆ THỐNG THƯ VIỆN CÔNG CỘNG NĂM 2016", N, N],
    ["TT", "Chỉ tiêu", "Năm 2016"],
    ["1", "Tổng số thư viện công cộng/ phòng đọc sách, tủ sách", "18.097"],
    [N, "Trong đó – Thư viện Quốc gia Việt Nam", "01"],
    [N, "• Thư viện tỉnh, thành phố", "63"],
    [N, "• Thư viện quận, huyện, thị xã", "663"],
    [N, "• Thư viện xã, phường, thị trấn", "2.716"],
    [N, "• Phòng đọc sách xã và cơ sở (làng, thôn, bản)", "14.606"],
    [N, "• Thư viện tư nhân có phục vụ cộng đồng", "48"],
    ["2", "Tổng số sách hiện có trong thư viện công cộng (bản)", "39.389.712"],
    [N, "• Thư viện Quốc gia Việt Nam", "2.563.000"],
    [N, "• Thư viện tỉnh, thành phố", "14.997.744"],
    [N, "• Thư viện quận, huyện, thị xã", "8.328.768"],
    [N, "• Thư viện xã, phường, thị trấn", "6.880.200"],
    [N, "• Phòng đọc sách xã và cơ sở (làng, thôn, bản)", "6.620.000"],
    ["3", "Tổng số sách, báo, bổ sung trong năm 2016 cho các thư viện công cộng", "834.148"],
    [N, "• Tổng số sách bổ sung (bản)", "813.296"],
    [N, "• Tổng số báo, tạp chí bổ sung (tên)", "20.852"],
    ["4", "Tổng số thẻ bạn đọc cấp năm 2016 của các thư viện công cộng", "463.960"],
    [N, "• Thư viện Quốc gia Việt Nam", "10.361"],
    [N, "• Thư viện tỉnh, thành phố", "269.190"],
    [N, "• Thư viện quận, huyện, thị xã", "184.409"],
    ["5", "Tổng số bạn đọc đến thư viện công cộng năm 2016 (lượt)", "25.205.656"],
    [N, "• Thư viện Quốc gia Việt Nam", "2.800.525"],
    [N, "• Thư viện tỉnh, thành phố", "13.331.630"],
    [N, "• Thư viện quận, huyện, thị xã", "9.073.501"],
    ["6", "Tổng số sách, báo luân chuyển tại các thư viện công cộng trong năm 2016 (lượt)", "46.121.762"],
    [N, "• Thư viện Quốc gia VIệt Nam", "764.544"],
    [N, "• Thư viện tỉnh, thành phố", "30.900.061"],
    [N, "• Thư viện quận, huyện, thị xã", "14.457.157"],
])

# f03 https://www.cophieu68.vn/quote/financial_detail.php?id=pc1&type=quarter
# "| Chỉ tiêu | Qúy 4 2025 | Qúy 3 2025 | Qúy 2 2025 | Qúy 1 2025 | Qúy 4 2024 | Qúy 3 2024 | Qúy 2 2024 | Qúy 1 2024 |
# ... | 1. Tổng doanh thu hoạt động kinh doanh | 5,011,767 | 3,278,075 | 2,934,931 | 1,860,366 | 2,540,069 | 2,232,107 |
# 3,141,079 | 2,164,822 | ... | 4. Giá vốn hàng bán | ... | 1,947,141 | 1,750,015 | 2,571,433 | 1,726,240 | ... | 5. Lợi
# nhuận gộp (3)-(4) | ... | 592,928 | 482,092 | 569,647 | 438,582 | ... | 6. Doanh thu hoạt động tài chính | ... | 62,619
# | 28,843 | 50,216 | 43,848 | ... | 7. Chi phí tài chính | ... | 293,840 | 98,238 | 267,170 | 269,846 | ... | -Trong
# đó: Chi phí lãi vay | 171,843 | 174,956 | 169,300 | 165,682 | 181,793 | 183,127 | 203,584 | 180,662 |"
# The clerk's: 2024's four quarters in order, headed as the site heads them («Qúy 1 2024»), retyped the Vietnamese way,
# and the year's total the clerk adds (the four quarters' sum); the unit (the site's, triệu đồng) in a title row.
Q24 = {
    "1. Tổng doanh thu hoạt động kinh doanh": (2164822, 3141079, 2232107, 2540069),
    "4. Giá vốn hàng bán": (1726240, 2571433, 1750015, 1947141),
    "5. Lợi nhuận gộp": (438582, 569647, 482092, 592928),
    "6. Doanh thu hoạt động tài chính": (43848, 50216, 28843, 62619),
    "7. Chi phí tài chính": (269846, 267170, 98238, 293840),
    "- Trong đó: Chi phí lãi vay": (180662, 203584, 183127, 181793),
}


def _vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


write_csv("f03-cophieu68-pc1-kqkd-2024.csv", [
    ["CÔNG TY CỔ PHẦN TẬP ĐOÀN PC1", N, N, N, N, N],
    ["KẾT QUẢ KINH DOANH THEO QUÝ NĂM 2024", N, N, N, N, N],
    ["Đơn vị tính: triệu đồng", N, N, N, N, N],
    ["Chỉ tiêu", "Qúy 1 2024", "Qúy 2 2024", "Qúy 3 2024", "Qúy 4 2024", "Cả năm 2024"],
    *[[k, *(_vn(v) for v in q), _vn(sum(q))] for k, q in Q24.items()],
])

# f04 https://cafef.vn/hoa-ky-la-thi-truong-xuat-khau-hat-dieu-lon-nhat-cua-viet-nam-188240716093154317.chn
# "kim ngạch xuất khẩu hạt điều của Việt Nam tăng 18,7% so với cùng kỳ năm trước, lên mức 1,94 tỷ USD trong 6 tháng đầu
# năm 2024. ... Hoa Kỳ là thị trường xuất khẩu lớn nhất với 93.105 tấn, tăng 24% so với cùng kỳ năm trước ... Trung
# Quốc với 65.837 tấn, tăng tới 63% ...; Hà Lan với 29.981 tấn, tăng 13% ...; Đức với 11.814 tấn, tăng 40% ... và UAE
# với 10.161 tấn, tăng 37% ... Philippines 1.723 tấn hạt điều, tăng 9% ...; sang Singapore với 563 tấn, tăng 4% ...;
# Thái Lan với 4.705 tấn, tăng 2% ... Hoa Kỳ với 505 triệu USD, tăng 16% ...; Trung Quốc với 362 triệu USD, tăng 39%
# ... và Hà Lan với 168 triệu USD, tăng 7% so với cùng kỳ năm trước."
# The clerk's: markets as rows, the tonnage and the value each followed by its own «So cùng kỳ (%)» (the same title
# twice, as the trade office's sheet has it); blanks where the page gives nothing.
write_csv("f04-cafef-hatdieu-thitruong-2024-h1.csv", [
    ["XUẤT KHẨU HẠT ĐIỀU 6 THÁNG ĐẦU NĂM 2024 THEO THỊ TRƯỜNG", N, N, N, N],
    ["Thị trường", "Lượng (tấn)", "So cùng kỳ (%)", "Trị giá (triệu USD)", "So cùng kỳ (%)"],
    ["Tổng số", N, N, "1.940", "18,7"],
    ["Hoa Kỳ", "93.105", "24", "505", "16"],
    ["Trung Quốc", "65.837", "63", "362", "39"],
    ["Hà Lan", "29.981", "13", "168", "7"],
    ["Đức", "11.814", "40", N, N],
    ["UAE", "10.161", "37", N, N],
    ["Philippines", "1.723", "9", N, N],
    ["Singapore", "563", "4", N, N],
    ["Thái Lan", "4.705", "2", N, N],
])


def _xlsx(name, rows, merges=(), formats=None):
    """As ``write_xlsx``, with number formats: ``formats`` maps a cell («E5») to its format («0.0%»)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu"
    for r in rows:
        ws.append(list(r))
    for m in merges:
        ws.merge_cells(m)
    for cell, fmt in (formats or {}).items():
        ws[cell].number_format = fmt
    wb.save(HERE / name)


# f05 https://tamlongvang.laodong.com.vn/doanh-nghiep-doanh-nhan/tkv-dam-bao-viec-lam-va-thu-nhap-cho-tho-mo-682271.bld
# "Cụ thể than nguyên khai sản xuất được hơn 19,9 triệu tấn, đạt 55,4% kế hoạch năm, bằng 103% so với cùng kỳ năm 2016.
# Trong đó, than sạch thành phẩm 17,8 triệu tấn, đạt 50,4% kế hoạch năm, bằng 103% so với cùng kỳ. Ngoài ra, 6 tháng
# đầu năm 2017, TKV đã tiêu thụ hơn 18,1 triệu tấn than, bằng 50,4% kế hoạch năm và 102% so với cùng kỳ. Tính đến nay,
# lượng than tồn kho cả Tập đoàn còn khoảng 8,45 triệu tấn. Doanh thu của TKV đạt 54.577 tỉ đồng, đạt 50,7% so với kế
# hoạch năm, bằng 113% so với cùng kỳ. Riêng doanh thu bán than đạt 27.520 tỉ đồng. Thu nhập bình quân của người lao
# động đạt 9,1 triệu đồng/người/tháng."
# The clerk's: an XLSX whose two rate columns hold fractions (0.554, 1.03) shown as per cents by the cells' format
# («0.0%», «0%»), as Excel keeps a rate typed «55,4%».
TKV17 = [
    ["TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM", N, N, N, N, N],
    ["KẾT QUẢ SẢN XUẤT KINH DOANH 6 THÁNG ĐẦU NĂM 2017", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng năm 2017", "Tỷ lệ so KH năm", "So với cùng kỳ"],
    [1, "Than nguyên khai sản xuất", "triệu tấn", 19.9, 0.554, 1.03],
    [2, "Than sạch thành phẩm", "triệu tấn", 17.8, 0.504, 1.03],
    [3, "Than tiêu thụ", "triệu tấn", 18.1, 0.504, 1.02],
    [4, "Than tồn kho", "triệu tấn", 8.45, N, N],
    [5, "Doanh thu", "tỷ đồng", 54577, 0.507, 1.13],
    [N, "Trong đó: doanh thu bán than", "tỷ đồng", 27520, N, N],
    [6, "Thu nhập bình quân của người lao động", "triệu đồng/người/tháng", 9.1, N, N],
]
_xlsx("f05-tamlongvang-tkv-2017-h1.xlsx", TKV17,
      formats={**{f"E{r}": "0.0%" for r in range(4, 11)}, **{f"F{r}": "0%" for r in range(4, 11)}})

# f06 https://vietbao.vn/tkv-dam-bao-du-than-cho-san-xuat-dien-trong-mua-mua-bao-504203.html
# "doanh thu tổng số của tập đoàn trong tháng 8/2024 đạt 12.650 tỷ đồng. Như vậy, lũy kế 8 tháng, doanh thu toàn tập
# đoàn ước đạt 113.111 tỷ đồng, bằng 103,5% so với cùng kỳ. Than thương phẩm đạt 36,02 triệu tấn, bằng 110% so với cùng
# kỳ. Than nguyên khai sản xuất 25,75 triệu tấn, bốc xúc đất đá đạt 96,84 triệu m3 bằng 56,6% kế hoạch năm, bằng 119%
# so cùng kỳ. Tổng số mét lò đào đạt 177.463 mét. Than tiêu thụ 31,92 triệu tấn, trong đó cung cấp cho các hộ điện
# 27,85 triệu tấn, bằng 101,4% so với cùng kỳ. Sản xuất 6,62 tỷ kWh điện, bằng 108,7% so cùng kỳ."
# The clerk's: an XLSX, the header over two rows — «Lũy kế 8 tháng năm 2024» merged over «Thực hiện | So cùng kỳ (%) |
# % KH năm», the other titles merged down the two rows.
_xlsx("f06-vietbao-tkv-2024-8t.xlsx", [
    ["TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM", N, N, N, N, N, N],
    ["KẾT QUẢ SẢN XUẤT KINH DOANH THÁNG 8 VÀ 8 THÁNG NĂM 2024", N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 8/2024", "Lũy kế 8 tháng năm 2024", N, N],
    [N, N, N, N, "Thực hiện", "So cùng kỳ (%)", "% KH năm"],
    [1, "Doanh thu tổng số", "tỷ đồng", 12650, 113111, 103.5, N],
    [2, "Than thương phẩm", "triệu tấn", N, 36.02, 110, N],
    [3, "Than nguyên khai sản xuất", "triệu tấn", N, 25.75, N, N],
    [4, "Bốc xúc đất đá", "triệu m3", N, 96.84, 119, 56.6],
    [5, "Mét lò đào", "mét", N, 177463, N, N],
    [6, "Than tiêu thụ", "triệu tấn", N, 31.92, N, N],
    [N, "Trong đó: cung cấp cho các hộ điện", "triệu tấn", N, 27.85, 101.4, N],
    [7, "Sản xuất điện", "tỷ kWh", N, 6.62, 108.7, N],
], merges=("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3"))

# f07 https://www.tapchicongthuong.vn/bai-viet/xuat-khau-hat-dieu-dat-gan-2-ty-usd-trong-8-thang-74907.htm
# "Theo ước tính, xuất khẩu hạt điều tháng 8/2020 đạt 45 nghìn tấn, trị giá 261 triệu USD, tăng 7,8% về lượng và tăng
# 7,7% về trị giá so với tháng 7/2020, so với tháng 8/2019 giảm 2,5% về lượng và giảm 16,6% về trị giá. Trong 8 tháng
# đầu năm 2020, xuất khẩu hạt điều ước tính đạt 312 nghìn tấn, trị giá gần 2 tỷ USD, tăng 9% về lượng nhưng giảm 5,4%
# về trị giá so với cùng kỳ năm 2019. Tháng 8/2020, giá xuất khẩu bình quân hạt điều ước đạt mức 5.800 USD/tấn, giảm
# 0,1% so với tháng 7/2020 và giảm 14,5% so với tháng 8/2019. Trong 8 tháng đầu năm 2020, giá xuất khẩu bình quân hạt
# điều ước đạt 6.389 USD/tấn, giảm 13,1% so với cùng kỳ năm 2019."
# The clerk's: the ministry's estimate sheet, each span with its own bases; the 8 months' value («gần 2 tỷ USD») left
# blank, its rate kept.
write_csv("f07-tapchicongthuong-hatdieu-2020-8t.csv", [
    ["ƯỚC TÍNH XUẤT KHẨU HẠT ĐIỀU THÁNG 8 VÀ 8 THÁNG NĂM 2020", N, N, N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Ước tháng 8/2020", "So với tháng 7/2020 (%)", "So với tháng 8/2019 (%)",
     "Ước 8 tháng năm 2020", "So với cùng kỳ năm 2019 (%)"],
    ["1", "Lượng xuất khẩu", "nghìn tấn", "45", "7,8", "-2,5", "312", "9"],
    ["2", "Trị giá xuất khẩu", "triệu USD", "261", "7,7", "-16,6", N, "-5,4"],
    ["3", "Giá xuất khẩu bình quân", "USD/tấn", "5.800", "-0,1", "-14,5", "6.389", "-13,1"],
])

# f08 http://nhandieurangmuoi.com/tin-tuc
# "xuất khẩu hạt điều trong 15 ngày đầu tháng 6/2018 đạt 16,5 nghìn tấn, trị giá 149,96 triệu USD, tăng 1,6% về lượng
# nhưng giảm 2,0% về trị giá so với cùng kỳ tháng 5/2018, tăng 2,2% về lượng nhưng giảm 9,5% về trị giá so với cùng kỳ
# năm 2017. Tính từ đầu năm đến giữa tháng 6/2018, xuất khẩu hạt điều đạt 159,3 nghìn tấn, trị giá 1,555 tỷ USD, tăng
# 20,1% về lượng và tăng 21,5% về trị giá so với cùng kỳ năm 2017."
# The clerk's: the customs' half-month sheet, read for June: the first fifteen days and the year to 15 June.
write_csv("f08-nhandieurangmuoi-hatdieu-2018-06.csv", [
    ["XUẤT KHẨU HẠT ĐIỀU KỲ 1 THÁNG 6/2018", N, N, N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "15 ngày đầu tháng 6/2018", "So với cùng kỳ tháng 5/2018 (%)", "So với cùng kỳ năm 2017 (%)",
     "Từ đầu năm đến 15/6/2018", "So với cùng kỳ năm 2017 (%)"],
    ["Lượng", "nghìn tấn", "16,5", "1,6", "2,2", "159,3", "20,1"],
    ["Trị giá", "triệu USD", "149,96", "-2,0", "-9,5", "1.555", "21,5"],
])

# f09 https://baogialai.com.vn/7-tinh-thanh-co-doanh-thu-du-lich-hon-1000-ty-dong-dip-tet-post310128.html
# "TP. Hồ Chí Minh dẫn đầu với doanh thu ước tính đạt 7.690 tỷ đồng, tăng hơn 17% so với cùng kỳ năm 2024. Đứng thứ 2
# là Hà Nội với 3.530 tỷ đồng, tăng gần 8%. Tiếp đến là Quảng Ninh ... 2.665 tỷ đồng, tăng 71% so với cùng kỳ năm 2024.
# Đà Nẵng đạt doanh thu 1.887 tỷ đồng, tăng hơn 19% ... Kiên Giang có tổng thu ước đạt 1.886,3 tỷ đồng, tăng 49,5% ...
# Khánh Hòa có tổng thu ước đạt hơn 1.246 tỷ đồng, tăng 41,7% ... Lào Cai có tổng thu đạt 1.201 tỷ đồng, tăng 33% so
# với cùng kỳ năm 2024."
# The clerk's: provinces as columns, the two indicators as rows (the revenue and its rise), as a ministry's summary
# of the holiday lays them out; read for the first quarter (the holiday, 25/1–2/2/2025, lies in it).
write_csv("f09-baogialai-doanhthu-dulich-tet-2025.csv", [
    ["DOANH THU DU LỊCH DỊP TẾT NGUYÊN ĐÁN ẤT TỴ 2025 CỦA 7 TỈNH, THÀNH PHỐ", N, N, N, N, N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "TP. Hồ Chí Minh", "Hà Nội", "Quảng Ninh", "Đà Nẵng", "Kiên Giang", "Khánh Hòa", "Lào Cai"],
    ["Doanh thu du lịch dịp Tết", "tỷ đồng", "7.690", "3.530", "2.665", "1.887", "1.886,3", "1.246", "1.201"],
    ["Tăng so với cùng kỳ năm 2024", "%", "17", "8", "71", "19", "49,5", "41,7", "33"],
])

# f10 https://cafef.vn/loai-hat-viet-nam-dung-dau-the-gioi-ve-xuat-khau-my-chot-don-nua-ty-usd-gia-tang-vot-trong-thang-6-188240719104047564.chn
# "tháng 6/2024, Việt Nam xuất khẩu hạt điều đạt 62,64 nghìn tấn, trị giá 376,32 triệu USD, giảm 7,5% về lượng, nhưng
# tăng 1,6% về trị giá so với tháng 5/2024, so với tháng 6/2023 tăng 4,5% về lượng và tăng 9,5% về trị giá. Tính chung 6
# tháng đầu năm 2024, Việt Nam xuất khẩu hạt điều đạt 353,5 nghìn tấn, trị giá 1,94 tỷ USD, tăng 26,2% về lượng và
# tăng 18,7% về trị giá so với cùng kỳ năm ngoái. Tháng 6/2024, giá bình quân xuất khẩu hạt điều của Việt Nam đạt mức
# 6.008 USD/tấn, tăng 9,8% so với tháng 5/2024 và tăng 4,8% so với tháng 6/2023. Tính chung 6 tháng đầu năm 2024, giá
# bình quân xuất khẩu hạt điều của Việt Nam đạt mức 5.502 USD/tấn, giảm 6,4% so với cùng kỳ năm ngoái."
# The clerk's: the comparisons exported from a workbook as ratios (the cell's «92,5%» written 0,925: «giảm 7,5%»),
# titled «So với …» with no «(%)».
write_csv("f10-cafef-hatdieu-2024-06.csv", [
    ["XUẤT KHẨU HẠT ĐIỀU THÁNG 6 VÀ 6 THÁNG NĂM 2024", N, N, N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "Tháng 6/2024", "So với tháng 5/2024", "So với tháng 6/2023", "6 tháng năm 2024",
     "So với cùng kỳ năm 2023"],
    ["Lượng", "nghìn tấn", "62,64", "0,925", "1,045", "353,5", "1,262"],
    ["Trị giá", "triệu USD", "376,32", "1,016", "1,095", "1.940", "1,187"],
    ["Giá bình quân", "USD/tấn", "6.008", "1,098", "1,048", "5.502", "0,936"],
])
