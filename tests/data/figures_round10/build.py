"""Build the 16 hand-made agency sheets of figures round 10 (first look).  Each is modelled on one public page found
with the ``search`` tool (corpus ``pages``): its figures and words, laid out as an agency lays out its biểu.  The
page's address is given above each sheet; the file name carries a short slug of it.

    PYTHONPATH=. .venv/bin/python tests/data/figures_round10/build.py

Layouts not in rounds 8 and 9: matrices (``Thụ lý | Đã giải quyết | Còn lại`` per kind of case, ``Số mắc | Số
chết`` per disease, ``Tổng số | Nam | Nữ``, ``Phân theo giới tính`` over ``Nam | Nữ``), ``So cùng kỳ (%)`` as a
ratio (104,6 = +4,6%), ``Tăng/giảm so với cùng kỳ`` in numbers, ``Tổng số đơn vị`` beside ``Số xã đạt``, a
``Đối tượng`` column beside ``Số vụ``, ``Năm 2021 | Đến 30/6/2022``, a date header ``Tính đến 15/8/2015``, a
signature under the table, a row with only last year's value, money per a base (``triệu đồng/người/năm``,
``triệu đồng/người/tháng``), bound words ``Gần``, ``Hơn``.

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


# r01 https://24hbinhphuoc.com.vn/toa-an-2-cap-binh-phuoc-ton-1-194-vu-tren-tong-so-7-662-vu-thu-ly/ (năm 2016:
# thụ lý 7.662, giải quyết 6.468, còn tồn 1.194; hình sự 1.367 / 1.206 / 161; dân sự … 6.218 / 5.209 / 1.011;
# hành chính 77 / 53 / 24): a matrix, kinds of case as rows, Thụ lý | Đã giải quyết | Còn lại as columns; the
# page's own total (1.194) is not the sum of its parts (1.196), kept as stated.
xlsx("r01-binhphuoc-toaan-2016.xlsx", [
    ["TÒA ÁN NHÂN DÂN TỈNH BÌNH PHƯỚC", N, N, N, N, N],
    ["BIỂU TỔNG HỢP KẾT QUẢ GIẢI QUYẾT CÁC LOẠI ÁN NĂM 2016", N, N, N, N, N],
    ["STT", "Loại án", "ĐVT", "Thụ lý", "Đã giải quyết", "Còn lại"],
    [1, "Án hình sự", "vụ", 1367, 1206, 161],
    [2, "Án dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động", "vụ, việc", 6218, 5209, 1011],
    [3, "Án hành chính", "vụ", 77, 53, 24],
    [N, "Tổng cộng", "vụ", 7662, 6468, 1194],
])

# r02 same page (so với cùng kỳ năm 2015: thụ lý tăng 502, giải quyết tăng 11; hình sự thụ lý giảm 66, giải
# quyết giảm 75; dân sự … tăng 594, 107; hành chính giảm 26, 21): a change column in numbers against cùng kỳ.
csvf("r02-binhphuoc-toaan-2016-tanggiam.csv", [
    ["BÁO CÁO CÔNG TÁC XÉT XỬ NĂM 2016"],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2016", "Tăng/giảm so với cùng kỳ"],
    ["1", "Số vụ án thụ lý", "vụ", "7.662", "502"],
    ["2", "Số vụ án đã giải quyết", "vụ", "6.468", "11"],
    ["3", "Án hình sự thụ lý", "vụ", "1.367", "-66"],
    ["4", "Án hình sự đã giải quyết", "vụ", "1.206", "-75"],
    ["5", "Án dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động thụ lý", "vụ, việc", "6.218", "594"],
    ["6", "Án dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động đã giải quyết", "vụ, việc", "5.209",
     "107"],
    ["7", "Án hành chính thụ lý", "vụ", "77", "-26"],
    ["8", "Án hành chính đã giải quyết", "vụ", "53", "-21"],
])

# r03 http://cand.com.vn/Xa-hoi/Benh-tay---chan---mieng-tang-sot-xuat-huyet-giam-260723/ (tích lũy từ đầu năm 2014:
# tay chân miệng 22.683 mắc, 2 tử vong; sốt xuất huyết 402 mắc, không có tử vong): Số mắc | Số chết per disease.
csvf("r03-cand-dichbenh-2014.csv", [
    ["TÌNH HÌNH BỆNH TRUYỀN NHIỄM NĂM 2014 (cộng dồn từ đầu năm)"],
    ["STT", "Tên bệnh", "ĐVT", "Số mắc", "Số chết"],
    ["1", "Tay chân miệng", "ca", "22.683", "2"],
    ["2", "Sốt xuất huyết", "ca", "402", "0"],
])

# r04 http://plo.vn/xa-hoi/khoe-360/lo-ngai-tu-vong-do-dich-benh-tang-565196.html (năm 2016 against 2015: viêm não
# virus 12 ca tử vong trên 315 ca mắc (tăng chín ca); não mô cầu 46 ca mắc (tăng 33 ca), ba ca tử vong (tương
# đương); tay chân miệng gần 20.000 ca mắc và bốn ca tử vong (tăng hai ca)): Năm 2016 and Năm 2015 each merged
# over Mắc | Tử vong; 2015's counts are the page's differences; 2015's cases of viêm não and TCM not stated: empty.
xlsx("r04-plo-dichbenh-2016.xlsx", [
    ["CỤC Y TẾ DỰ PHÒNG", N, N, N, N, N, N],
    ["TÌNH HÌNH MẮC, TỬ VONG DO MỘT SỐ BỆNH TRUYỀN NHIỄM NĂM 2016", N, N, N, N, N, N],
    ["STT", "Tên bệnh", "ĐVT", "Năm 2016", N, "Năm 2015", N],
    [N, N, N, "Mắc", "Tử vong", "Mắc", "Tử vong"],
    [1, "Viêm não vi rút", "ca", 315, 12, N, 3],
    [2, "Viêm màng não do não mô cầu", "ca", 46, 3, 13, 3],
    [3, "Tay chân miệng", "ca", "Gần 20.000", 4, N, 2],
], merges=["D3:E3", "F3:G3", "A3:A4", "B3:B4", "C3:C4"])

# r05 https://cucthongke.quangtri.gov.vn/dbase/file/Nien%20giam%202021/files/basic-html/page64.html (2021: average
# population 647,790, male 321,786, female 326,004; urban 210,960, rural 436,830; labour force 332,758):
# Tổng số | Nam | Nữ and Thành thị | Nông thôn side by side, no "Chia ra".
xlsx("r05-quangtri-danso-2021.xlsx", [
    ["CỤC THỐNG KÊ TỈNH QUẢNG TRỊ", N, N, N, N, N, N],
    ["DÂN SỐ VÀ LAO ĐỘNG NĂM 2021", N, N, N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "Tổng số", "Nam", "Nữ", "Thành thị", "Nông thôn"],
    ["Dân số trung bình", "người", 647790, 321786, 326004, 210960, 436830],
    ["Lực lượng lao động từ 15 tuổi trở lên", "người", 332758, N, N, N, N],
])

# r06 http://niengiam2018.thongkevinhphuc.gov.vn/Tach%20phan/p2/p2%20b25.htm (sơ bộ 2018: lực lượng lao động
# 636.134; nam 309.621, nữ 326.513; thành thị 146.199, nông thôn 489.935): "Phân theo giới tính" merged over
# Nam | Nữ, "Phân theo thành thị, nông thôn" over Thành thị | Nông thôn; the unit in a line above.
xlsx("r06-vinhphuc-laodong-2018.xlsx", [
    ["LỰC LƯỢNG LAO ĐỘNG TỪ 15 TUỔI TRỞ LÊN NĂM 2018", N, N, N, N, N],
    ["Đơn vị tính: Người", N, N, N, N, N],
    ["Chỉ tiêu", "Tổng số", "Phân theo giới tính", N, "Phân theo thành thị, nông thôn", N],
    [N, N, "Nam", "Nữ", "Thành thị", "Nông thôn"],
    ["Lực lượng lao động từ 15 tuổi trở lên", "636.134", "309.621", "326.513", "146.199", "489.935"],
], merges=["C3:D3", "E3:F3", "A3:A4", "B3:B4"])

# r07 http://cafef.vn/nganh-thuy-san-tiep-tuc-duy-tri-duoc-toc-do-tang-truong-20190731192101296.chn (tháng 7/2019:
# 740.500 tấn, tăng 4,6%; cá 539.700 (5,4%); tôm 97.800 (1,5%); khác 103.000 (3,5%); nuôi trồng 400.000 (4,7%);
# khai thác 340.500 (4,5%)): "So cùng kỳ (%)" as the statistics office writes it, 104,6 for +4,6%.
csvf("r07-cafef-thuysan-2019-07.csv", [
    ["ƯỚC TÍNH SẢN LƯỢNG THỦY SẢN THÁNG 7 NĂM 2019"],
    ["STT", "Chỉ tiêu", "ĐVT", "Tháng 7/2019", "So cùng kỳ (%)"],
    ["1", "Sản lượng thủy sản", "tấn", "740.500", "104,6"],
    ["", "- Cá", "tấn", "539.700", "105,4"],
    ["", "- Tôm", "tấn", "97.800", "101,5"],
    ["", "- Thủy sản khác", "tấn", "103.000", "103,5"],
    ["2", "Sản lượng thủy sản nuôi trồng", "tấn", "400.000", "104,7"],
    ["3", "Sản lượng thủy sản khai thác", "tấn", "340.500", "104,5"],
])

# r08 http://vnep.ciem.org.vn/nhom-tin-tuc/47319/bao-cao-tinh-hinh-san-xuat-nong-lam-nghiep-va-thuy-san-thang-8-nam-2015
# (đến 15/8/2015: lúa mùa 1366,6 nghìn ha, bằng 94,5% cùng kỳ; phía Bắc 1142,7 (99,4); phía Nam 223,9 (92,6%);
# hè thu 2090 nghìn ha, bằng 99,1%): a date header "Tính đến 15/8/2015" and "So cùng kỳ (%)".
xlsx("r08-ciem-lua-2015-08.xlsx", [
    ["BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", N, N, N, N],
    ["TÌNH HÌNH SẢN XUẤT NÔNG NGHIỆP THÁNG 8 NĂM 2015", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Tính đến 15/8/2015", "So cùng kỳ (%)"],
    [1, "Diện tích gieo cấy lúa mùa", "nghìn ha", 1366.6, 94.5],
    [N, "Các địa phương phía Bắc", "nghìn ha", 1142.7, 99.4],
    [N, "Các địa phương phía Nam", "nghìn ha", 223.9, 92.6],
    [2, "Diện tích gieo cấy lúa hè thu", "nghìn ha", 2090, 99.1],
])

# r09 http://baolamdong.vn/kinhte/202111/10-thang-toan-tinh-co-991-doanh-nghiep-thanh-lap-moi-3090750/ (10 tháng
# 2021: 991 doanh nghiệp thành lập mới, giảm 7,3%; vốn 12.615 tỷ đồng, tăng 28,6%; 286 hoạt động trở lại, tăng
# 38,8%; 389 tạm ngừng, tăng 11,8%; 125 giải thể, tăng 212,5%): counts with "So cùng kỳ (%)" as a ratio.
csvf("r09-baolamdong-doanhnghiep-2021-10t.csv", [
    ["TÌNH HÌNH ĐĂNG KÝ DOANH NGHIỆP 10 THÁNG NĂM 2021"],
    ["STT", "Chỉ tiêu", "ĐVT", "10 tháng năm 2021", "So cùng kỳ (%)"],
    ["1", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "991", "92,7"],
    ["2", "Vốn điều lệ đăng ký", "tỷ đồng", "12.615", "128,6"],
    ["3", "Số doanh nghiệp hoạt động trở lại", "doanh nghiệp", "286", "138,8"],
    ["4", "Số doanh nghiệp đăng ký tạm ngừng hoạt động", "doanh nghiệp", "389", "111,8"],
    ["5", "Số doanh nghiệp giải thể", "doanh nghiệp", "125", "312,5"],
])

# r10 https://baohaiduong.vn/xa-hoi/thu-nhap-binh-quan-dau-nguoi-o-tu-ky-tang-11-trieu-dong-90207 (Tứ Kỳ 2018: 26 xã;
# 26 đạt tiêu chí lao động có việc làm, 25 tổ chức sản xuất, 16 thu nhập, 12 hộ nghèo; thu nhập 38,5 triệu đồng;
# hộ nghèo 3,8%): "Tổng số đơn vị" (the district's communes) beside "Số xã đạt"; money per a base.
xlsx("r10-baohaiduong-tuky-ntm-2018.xlsx", [
    ["UBND HUYỆN TỨ KỲ", N, N, N, N],
    ["KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2018", N, N, N, N],
    ["STT", "Tiêu chí", "ĐVT", "Tổng số đơn vị", "Số xã đạt"],
    [1, "Tiêu chí lao động có việc làm", "xã", 26, 26],
    [2, "Tiêu chí tổ chức sản xuất", "xã", 26, 25],
    [3, "Tiêu chí thu nhập", "xã", 26, 16],
    [4, "Tiêu chí hộ nghèo", "xã", 26, 12],
    [5, "Thu nhập bình quân đầu người", "triệu đồng/người/năm", N, 38.5],
    [6, "Tỷ lệ hộ nghèo", "%", N, 3.8],
])

# r11 https://baophapluat.vn/media/tich-cuc-phong-chong-ma-tuy-trong-dai-dich-covid-19-post4599.html (6 tháng đầu
# năm 2021: 12.421 vụ, 17.710 đối tượng, 290 kg heroin, 1,42 tấn ma túy tổng hợp, 840 kg cần sa): "Số vụ |
# Đối tượng" and what was seized, each in a unit of its own.
csvf("r11-baophapluat-matuy-2021-h1.csv", [
    ["KẾT QUẢ ĐẤU TRANH PHÒNG, CHỐNG TỘI PHẠM VỀ MA TÚY 6 THÁNG ĐẦU NĂM 2021"],
    ["STT", "Nội dung", "Số vụ", "Đối tượng", "Heroin (kg)", "Ma túy tổng hợp (kg)", "Cần sa (kg)"],
    ["1", "Phát hiện, bắt giữ tội phạm về ma túy", "12.421", "17.710", "290", "1.420", "840"],
])

# r12 http://baonamdinh.vn/channel/5083/202207/16-tinh-co-100-so-xa-dat-chuan-nong-thon-moi-2551780/ (hết tháng 6/2022:
# 5.775/8.227 xã đạt chuẩn, tăng 160 so với cuối năm 2021; 764 nâng cao (tăng 261); 83 kiểu mẫu (tăng 40); 249
# huyện (tăng 36)): "Năm 2021 | Đến 30/6/2022 | Tăng/giảm"; 2021's values are the page's differences.
xlsx("r12-baonamdinh-ntm-2022-06.xlsx", [
    ["KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI 6 THÁNG ĐẦU NĂM 2022", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2021", "Đến 30/6/2022", "Tăng/giảm"],
    [1, "Số xã đạt chuẩn nông thôn mới", "xã", 5615, 5775, 160],
    [2, "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", 503, 764, 261],
    [3, "Số xã đạt chuẩn nông thôn mới kiểu mẫu", "xã", 43, 83, 40],
    [4, "Số đơn vị cấp huyện đạt chuẩn nông thôn mới", "huyện", 213, 249, 36],
])

# r13 https://kontumtv.vn/video-clip/thoi-su/gan-80-so-vu-duoc-toa-an-tinh-kon-tum-giai-quyet (8 tháng 2018: tỉnh
# thụ lý trên 150 vụ, giải quyết 92 (52 sơ thẩm, 40 phúc thẩm); huyện thụ lý gần 1.650, giải quyết trên 1.300,
# đạt 79%): bound words, then the signature block under the table with words in the value column.
xlsx("r13-kontum-toaan-2018-8t.xlsx", [
    ["TÒA ÁN NHÂN DÂN TỈNH KON TUM", N, N, N],
    ["BÁO CÁO KẾT QUẢ CÔNG TÁC 8 THÁNG NĂM 2018", N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
    ["I", "Tòa án nhân dân tỉnh", N, N],
    [1, "Số vụ việc thụ lý", "vụ", "Trên 150"],
    [2, "Số vụ việc đã giải quyết", "vụ", 92],
    [N, "Trong đó: sơ thẩm", "vụ", 52],
    [N, "Trong đó: phúc thẩm", "vụ", 40],
    ["II", "Tòa án nhân dân huyện, thành phố", N, N],
    [1, "Số vụ việc thụ lý", "vụ", "Gần 1.650"],
    [2, "Số vụ việc đã giải quyết", "vụ", "Trên 1.300"],
    [3, "Tỷ lệ giải quyết", "%", 79],
    [N, N, N, N],
    [N, "NGƯỜI LẬP BIỂU", N, "KT. CHÁNH ÁN"],
    [N, N, N, "PHÓ CHÁNH ÁN"],
    [N, "(đã ký)", N, "(đã ký)"],
    [N, "Nguyễn Thị Hoa", N, "Trần Văn Minh"],
])

# r14 http://plo.vn/suc-khoe/dinh-duong/chu-y-benh-nao-mo-cau-79096.html (tháng 1/2012: tay chân miệng khoảng 2.240 ca,
# một tử vong; sốt xuất huyết hơn 1.800 ca (giảm 34% so với cùng kỳ); não mô cầu 4 ca; chưa ghi nhận bệnh tả; cúm
# A(H5N1) 2 ca, cả hai tử vong): a column for the same month of 2011; the rows with only 2011's value (bệnh tả 3
# ca, cúm A(H5N1) tử vong 0 … ) are assumed: the page says only that none was seen this month.
csvf("r14-plo-dichbenh-2012-01.csv", [
    ["TÌNH HÌNH DỊCH BỆNH THÁNG 1 NĂM 2012"],
    ["STT", "Tên bệnh", "ĐVT", "Tháng 1/2012", "Tháng 1/2011"],
    ["1", "Tay chân miệng: số mắc", "ca", "Khoảng 2.240", ""],
    ["2", "Tay chân miệng: số tử vong", "ca", "1", ""],
    ["3", "Sốt xuất huyết: số mắc", "ca", "Hơn 1.800", ""],
    ["4", "Viêm màng não do não mô cầu: số mắc", "ca", "4", ""],
    ["5", "Tả: số mắc", "ca", "-", "3"],
    ["6", "Cúm A(H5N1): số mắc", "ca", "2", ""],
    ["7", "Cúm A(H5N1): số tử vong", "ca", "2", ""],
])

# r15 http://phuyen.vietccr.vn/tong-quan/thong-tin-kinh-te-xa-hoi.html (2007-2010: GDP bình quân đầu người từ 8,8
# triệu đồng/người năm 2007 lên 15,8 triệu đồng/người năm 2010; tốc độ tăng GDP bình quân 12,5%/năm): a past year
# three years back beside the period, money per a base.
xlsx("r15-phuyen-gdp-2010.xlsx", [
    ["UBND TỈNH PHÚ YÊN", N, N, N, N],
    ["MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2010", N, N, N, N],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2007", "Năm 2010"],
    [1, "GDP bình quân đầu người (giá hiện hành)", "triệu đồng/người", 8.8, 15.8],
    [2, "Tốc độ tăng GDP bình quân giai đoạn 2007 - 2010", "%/năm", N, 12.5],
])

# r16 https://nhipsongkinhte.toquoc.vn/nhung-dia-phuong-nao-bat-xa-nhat-trong-bang-xep-hang-thu-nhap-binh-quan-10-nam-qua-20220909110057562.htm
# (2021: Bình Dương 7,123 triệu đồng/người/tháng, tăng 1,71% so với 2020; TP. HCM 6,008; Hà Nội 6,002; Đồng Nai
# 5,751; Đà Nẵng 5,230): places as rows, money per a person per month, three decimals that look English.
csvf("r16-toquoc-thunhap-2021.csv", [
    ["THU NHẬP BÌNH QUÂN ĐẦU NGƯỜI MỘT THÁNG NĂM 2021"],
    ["STT", "Tỉnh, thành phố", "ĐVT", "Năm 2021", "Tăng so với năm 2020 (%)"],
    ["1", "Bình Dương", "triệu đồng/người/tháng", "7,123", "1,71"],
    ["2", "TP. Hồ Chí Minh", "triệu đồng/người/tháng", "6,008", ""],
    ["3", "Hà Nội", "triệu đồng/người/tháng", "6,002", ""],
    ["4", "Đồng Nai", "triệu đồng/người/tháng", "5,751", ""],
    ["5", "Đà Nẵng", "triệu đồng/người/tháng", "5,230", ""],
])
