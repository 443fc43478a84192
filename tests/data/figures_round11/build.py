"""Build the 12 hand-made agency sheets of figures round 11 (first look).  Each is modelled on one public page found
with the ``search`` tool (corpus ``pages``): its figures and words, laid out as an agency lays out its biểu.  The
page's address is given above each sheet; the file name carries a short slug of it.

    PYTHONPATH=. .venv/bin/python tests/data/figures_round11/build.py

Layouts not in rounds 8-10: ``Thực hiện đến 30/6 | Ước thực hiện năm`` (s01), a summary by level (``Cấp huyện |
Cấp xã`` rows, ``Tiếp nhận | Đúng hạn | Quá hạn`` columns, s02, s12), a bank's columns by date (``31/12/2011 |
30/6/2012``, s03), ``% so cùng kỳ`` beside ``% so kế hoạch`` (s04, s10), ``Trong đó:`` left in sub-row labels (s05,
s08), rows repeated under groups (s06, s07), units per a base and a year (``triệu đồng/năm/HTX`` s09, ``tỷ
đồng/HTX`` s11).

Where a layout needs a number the page does not state, it is said below ("assumed").
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
N = None


def xlsx(name, rows, merges=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu"
    for r in rows:
        ws.append(list(r))
    for m in merges:
        ws.merge_cells(m)
    wb.save(HERE / name)


def csvf(name, rows, delim=","):
    with open(HERE / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delim)
        for r in rows:
            w.writerow(["" if c is None else c for c in r])


# s01 https://baogialai.com.vn/chu-puh-thu-ngan-sach-chi-dat-43-ke-hoach-tinh-giao-post282080.html (6 tháng 2024:
# giá trị sản xuất 2.522,81 tỷ đồng; diện tích gieo trồng 25.271,9 ha; thu NSNN 285,3 tỷ đồng): a half-year table with
# the year's estimate beside it.  The `Ước thực hiện năm` values are assumed (the page gives none).
xlsx("s01-baogialai-chupuh-2024-h1.xlsx", [
    ["UBND HUYỆN CHƯ PƯH", N, N, N, N],
    ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện đến 30/6/2024", "Ước thực hiện năm 2024"],
    [1, "Giá trị sản xuất", "tỷ đồng", 2522.81, 5300],
    [2, "Tổng diện tích gieo trồng", "ha", 25271.9, 33900],
    [3, "Tổng thu ngân sách nhà nước", "tỷ đồng", 285.3, 480],
])

# s02 https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3105 (tháng 8/2021, bộ phận một
# cửa cấp huyện, cấp xã: tiếp nhận mới 19.630, trả trước và đúng hạn 19.255, quá hạn 689, rút 16): a summary by level.
# The split between Cấp huyện and Cấp xã is assumed; the total row is the page's.
xlsx("s02-vinhphuc-motcua-2021-08.xlsx", [
    ["KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THÁNG 8/2021"],
    ["STT", "Cấp", "ĐVT", "Tiếp nhận", "Đúng hạn", "Quá hạn", "Trả lại, rút hồ sơ"],
    [1, "Cấp huyện", "hồ sơ", 6210, 5950, 402, 9],
    [2, "Cấp xã", "hồ sơ", 13420, 13305, 287, 7],
    [N, "Tổng cộng", "hồ sơ", 19630, 19255, 689, 16],
])

# s03 https://123docz.net/document/1617968-ngan-hang-thuong-mai-co-phan-sai-gon-thuong-tin-bao-cao-tai-chinh-rieng-cho-quy-2-nam-2012-ket-thuc-tai-ngay-30-thang-6-nam-2012.htm
# (Sacombank, chỉ tiêu ngoài bảng: "Số cuối quý | Số đầu năm": nghĩa vụ nợ tiềm ẩn 9,193,502,233,473 /
# 8,263,237,777,545; cam kết trong nghiệp vụ L/C 5,872,819,200,900 / 5,649,111,817,572; bảo lãnh khác
# 3,013,230,380,815 / 2,286,652,865,618): columns headed by dates, the first the start of the year.
csvf("s03-sacombank-ngoaibang-2012-q2.csv", [
    ["NGÂN HÀNG TMCP SÀI GÒN THƯƠNG TÍN"],
    ["CÁC CHỈ TIÊU NGOÀI BẢNG CÂN ĐỐI KẾ TOÁN"],
    ["Đơn vị tính: đồng"],
    ["STT", "Chỉ tiêu", "31/12/2011", "30/6/2012"],
    ["1", "Nghĩa vụ nợ tiềm ẩn", "8.263.237.777.545", "9.193.502.233.473"],
    ["2", "Cam kết trong nghiệp vụ L/C", "5.649.111.817.572", "5.872.819.200.900"],
    ["3", "Bảo lãnh khác", "2.286.652.865.618", "3.013.230.380.815"],
])

# s04 https://baolangson.vn/kinh-te/59818-gia-tri-san-xuat-cong-nghiep-thang-11-tang-manh.html (11 tháng 2010: giá
# trị SXCN ước 717,1 nghìn tỷ đồng, tăng 13,8% so cùng kỳ, "cao hơn kế hoạch năm"): `% so cùng kỳ` and `% so kế
# hoạch` together.  The % so kế hoạch (96,5) is assumed.
xlsx("s04-baolangson-sxcn-2010-11t.xlsx", [
    ["TÌNH HÌNH SẢN XUẤT CÔNG NGHIỆP 11 THÁNG NĂM 2010"],
    ["STT", "Chỉ tiêu", "ĐVT", "Ước 11 tháng năm 2010", "% so cùng kỳ", "% so kế hoạch"],
    [1, "Giá trị sản xuất công nghiệp", "nghìn tỷ đồng", 717.1, 113.8, 96.5],
])

# s05 http://benxethainguyen.net/dau-thang-5-da-giam-so-nguoi-chet-khi-tham-gia-giao-thong/ (5 tháng 2015: 9.318 vụ,
# trong đó TNGT từ ít nghiêm trọng trở lên 4.293 vụ; va chạm giao thông 5.025 vụ): `Trong đó:` in sub-row labels.
csvf("s05-benxethainguyen-tngt-2015-5t.csv", [
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG 5 THÁNG NĂM 2015"],
    ["STT", "Chỉ tiêu", "ĐVT", "5 tháng 2015"],
    ["1", "Tổng số vụ tai nạn, va chạm giao thông", "vụ", "9.318"],
    ["", "Trong đó: TNGT từ ít nghiêm trọng trở lên", "vụ", "4.293"],
    ["", "Trong đó: va chạm giao thông", "vụ", "5.025"],
    ["2", "Số người chết", "người", "3.735"],
    ["3", "Số người bị thương", "người", "8.554"],
    ["", "Trong đó: bị thương nhẹ do va chạm giao thông", "người", "6.039"],
])

# s06 same page (tháng 5/2015: 1.734 vụ, 708 chết, 1.484 bị thương; 5 tháng: 9.318 vụ, 3.735 chết, 8.554 bị
# thương; so cùng kỳ 2014 giảm 400 / 47 / 560 and 1.454 / 193 / 2.002): the same rows repeated under two groups.
xlsx("s06-benxethainguyen-tngt-2015-05.xlsx", [
    ["BÁO CÁO TÌNH HÌNH TAI NẠN GIAO THÔNG THÁNG 5 NĂM 2015"],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Cùng kỳ năm 2014"],
    ["I", "Trong tháng 5", N, N, N],
    [1, "Số vụ", "vụ", 1734, 2134],
    [2, "Số người chết", "người", 708, 755],
    [3, "Số người bị thương", "người", 1484, 2044],
    ["II", "Lũy kế 5 tháng", N, N, N],
    [1, "Số vụ", "vụ", 9318, 10772],
    [2, "Số người chết", "người", 3735, 3928],
    [3, "Số người bị thương", "người", 8554, 10556],
])

# s07 https://www.24h.com.vn/tin-tuc-trong-ngay/csgt-ha-noi-xu-phat-hon-5000-lai-xe-vi-pham-trong-dip-sea-games-31-c46a1362313.html
# (5 tháng 2022: toàn quốc 4.733 vụ, 2.761 chết, 3.078 bị thương, giảm 800 / 30 / 875; đường bộ 4.683 / 2.699 /
# 3.068, giảm 789 / 43 / 875; đường sắt 30 / 20 / 9, giảm 3 / 6 / –): rows repeated under groups, a change column.
csvf("s07-24h-tngt-2022-5t.csv", [
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG 5 THÁNG ĐẦU NĂM 2022"],
    ["STT", "Chỉ tiêu", "ĐVT", "5 tháng 2022", "Tăng/giảm so với cùng kỳ"],
    ["A", "Toàn quốc", "", "", ""],
    ["1", "Số vụ", "vụ", "4.733", "-800"],
    ["2", "Số người chết", "người", "2.761", "-30"],
    ["3", "Số người bị thương", "người", "3.078", "-875"],
    ["B", "Đường bộ", "", "", ""],
    ["1", "Số vụ", "vụ", "4.683", "-789"],
    ["2", "Số người chết", "người", "2.699", "-43"],
    ["3", "Số người bị thương", "người", "3.068", "-875"],
    ["C", "Đường sắt", "", "", ""],
    ["1", "Số vụ", "vụ", "30", "-3"],
    ["2", "Số người chết", "người", "20", "-6"],
    ["3", "Số người bị thương", "người", "9", ""],
])

# s08 http://cand.com.vn/Giao-thong/Ca-nuoc-co-hon-5-600-nguoi-chet-vi-tai-nan-giao-thong-trong-chin-thang-563240/
# (9 tháng 2019, trong đó đường bộ 12.501 vụ, 5.526 chết, 9.571 bị thương, giảm 554 (-4,2%), 356 (-6%), 694 (-6,7%);
# đường sắt 121 / 101 / 41, tăng 7 (6,1%), 7 (7,4%), giảm 8 (-16,3%)): `Trong đó:` rows, a change and a % together.
xlsx("s08-cand-tngt-2019-9t.xlsx", [
    ["TÌNH HÌNH TAI NẠN GIAO THÔNG 9 THÁNG NĂM 2019"],
    ["STT", "Chỉ tiêu", "ĐVT", "9 tháng 2019", "Tăng, giảm so cùng kỳ", "% so cùng kỳ"],
    [N, "Trong đó:", N, N, N, N],
    [1, "Đường bộ: số vụ", "vụ", 12501, -554, -4.2],
    [2, "Đường bộ: số người chết", "người", 5526, -356, -6],
    [3, "Đường bộ: số người bị thương", "người", 9571, -694, -6.7],
    [4, "Đường sắt: số vụ", "vụ", 121, 7, 6.1],
    [5, "Đường sắt: số người chết", "người", 101, 7, 7.4],
    [6, "Đường sắt: số người bị thương", "người", 41, -8, -16.3],
])

# s09 https://www.vietnamplus.vn/lien-hiep-hop-tac-xa-tieu-thu-nong-san-viet-nam-tag655171.vnp (2016: 10.756 hợp tác xã
# nông nghiệp, doanh thu bình quân 1,1 tỷ đồng/hợp tác xã): money per a base and a year.
xlsx("s09-vietnamplus-htx-2016.xlsx", [
    ["KẾT QUẢ HOẠT ĐỘNG CỦA HỢP TÁC XÃ NÔNG NGHIỆP NĂM 2016"],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2016"],
    [1, "Số hợp tác xã nông nghiệp", "HTX", 10756],
    [2, "Doanh thu bình quân", "triệu đồng/năm/HTX", 1100],
])

# s10 baogialai (s01's page: giá trị sản xuất tăng 7,53% so cùng kỳ; diện tích gieo trồng đạt 74,6% kế hoạch, tăng
# 3,87%; thu NSNN đạt 60% kế hoạch tỉnh giao; thu trên địa bàn 24,023 tỷ đồng, đạt 43%): `% so cùng kỳ` and `% so kế
# hoạch` together, each row with one or both; `Trong đó:` before a sub-row.
csvf("s10-baogialai-chupuh-2024-h1-pct.csv", [
    ["KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024"],
    ["STT", "Chỉ tiêu", "ĐVT", "6 tháng năm 2024", "% so cùng kỳ", "% so kế hoạch"],
    ["1", "Giá trị sản xuất", "tỷ đồng", "2.522,81", "107,53", ""],
    ["2", "Tổng diện tích gieo trồng", "ha", "25.271,9", "103,87", "74,6"],
    ["3", "Tổng thu ngân sách nhà nước", "tỷ đồng", "285,3", "", "60"],
    ["", "Trong đó: thu trên địa bàn huyện", "tỷ đồng", "24,023", "", "43"],
])

# s11 vietnamplus (s09's page): the average as the page states it, `tỷ đồng/HTX` with a Vietnamese decimal.
csvf("s11-vietnamplus-htx-2016-ty.csv", [
    ["HỢP TÁC XÃ NÔNG NGHIỆP NĂM 2016"],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2016"],
    ["1", "Số hợp tác xã nông nghiệp", "HTX", "10.756"],
    ["2", "Doanh thu bình quân", "tỷ đồng/HTX", "1,1"],
], delim=";")

# s12 vinhphuc (s02's page): the month's total as one row, tỷ lệ columns beside the counts (96,55% đúng hạn, 3,45%
# quá hạn).
csvf("s12-vinhphuc-motcua-2021-08-tyle.csv", [
    ["KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ THÁNG 8/2021"],
    ["STT", "Nội dung", "Tiếp nhận (hồ sơ)", "Đúng hạn (hồ sơ)", "Quá hạn (hồ sơ)", "Tỷ lệ đúng hạn (%)",
     "Tỷ lệ quá hạn (%)"],
    ["1", "Bộ phận một cửa cấp huyện, cấp xã", "19.630", "19.255", "689", "96,55", "3,45"],
])

if __name__ == "__main__":
    print("written", sorted(p.name for p in HERE.iterdir() if p.suffix in (".csv", ".xlsx")))
