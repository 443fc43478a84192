"""Write round 34's sheets (CSV as an agency's spreadsheet exports them; XLSX as a clerk types them).

Run from the worktree: ``PYTHONPATH=$PWD .venv/bin/python evaluations/data/figures-round34/tools/build.py``.  Each
sheet's values are its source page's (README.md names the page), laid out by hand as an agency would."""
import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent.parent

CSV = {
# c01 vietnamplus.vn (Cục Thống kê, 8 tháng 2025): every row only the rise against last year, no unit, no value
"c01-cuc-thong-ke-iip-chi-tang-giam-2025-8t.csv": """CỤC THỐNG KÊ,,,,
CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP 8 THÁNG NĂM 2025,,,,
STT,Ngành,ĐVT,8 tháng năm 2025,Tăng/giảm so với cùng kỳ năm 2024 (%)
1,Toàn ngành công nghiệp,,,"8,5"
1.1,"Công nghiệp chế biến, chế tạo",,,"10,0"
1.2,"Cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải",,,"9,1"
1.3,Sản xuất và phân phối điện,,,"4,9"
1.4,Khai khoáng,,,"-1,1"
""",
# c03 Sách trắng doanh nghiệp 2020 (GSO's 2019 figures, 5085a.com's copy): a publication's year over 2019, and
# localities stating only their rise (the customs layout)
"c03-sach-trang-dn-2020-thanh-lap-moi-2019.csv": """TỔNG CỤC THỐNG KÊ - SÁCH TRẮNG DOANH NGHIỆP VIỆT NAM NĂM 2020,,,,
DOANH NGHIỆP THÀNH LẬP MỚI NĂM 2019,,,,
STT,Chỉ tiêu,ĐVT,Năm 2019,Tăng so với năm 2018 (%)
1,Số doanh nghiệp thành lập mới,doanh nghiệp,138.139,"5,2"
1.1,Khu vực dịch vụ,doanh nghiệp,99.548,"5,1"
1.2,Khu vực công nghiệp và xây dựng,doanh nghiệp,36.562,"5,3"
1.3,"Khu vực nông, lâm nghiệp và thủy sản",doanh nghiệp,2.029,"9,9"
2,Số doanh nghiệp thành lập mới tăng ở một số địa phương,,,
2.1,Bắc Ninh,,,"17,8"
2.2,Bình Dương,,,"11,6"
2.3,Hà Nội,,,"9,8"
2.4,Đồng Nai,,,"7,6"
2.5,Đà Nẵng,,,"6,0"
3,Số địa phương có tốc độ tăng cao hơn bình quân cả nước,địa phương,30,
""",
# c04 baodienbienphu.info.vn (EVN, năm 2018): minutes as a row's unit, the fall in words
"c04-evn-saidi-phut-2018.csv": """TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM,,,,
ĐỘ TIN CẬY CUNG CẤP ĐIỆN VÀ TỔN THẤT ĐIỆN NĂNG NĂM 2018,,,,
STT,Chỉ tiêu,ĐVT,Năm 2018,So với năm 2017
1,Tổng thời gian mất điện của khách hàng bình quân (SAIDI),phút,723,giảm 30%
2,Tổn thất điện năng toàn Tập đoàn,%,"6,9",
""",
# c06 cand.com.vn (EVNNPC, tháng 8/2019): minutes, times, days, the month and the months so far
"c06-evnnpc-do-tin-cay-thang-luy-ke-2019-08.csv": """TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC,,,,
KẾT QUẢ THÁNG 8 NĂM 2019,,,,
STT,Chỉ tiêu,Đơn vị tính,Tháng 8/2019,Lũy kế 8 tháng năm 2019
1,Chỉ số SAIDI,phút,"54,04",283
2,Chỉ số SAIFI,lần,"0,5","2,83"
3,Chỉ số MAIFI,lần,"0,04","0,24"
4,Tổn thất điện năng,%,"5,40","5,26"
5,Khách hàng trung áp được cấp điện mới,khách hàng,145,1.580
6,Thời gian trung bình giải quyết thủ tục cấp điện trung áp,ngày,"5,51","5,63"
""",
# c07 webthethao.vn (Breaking3, 9/1/2022): times as h:mm:ss typed as text in a CSV
"c07-breaking3-marathon-gio-phut-giay-2022-01.csv": """BAN TỔ CHỨC BREAKING3,,,
KẾT QUẢ THỬ THÁCH MARATHON NGÀY 9/1/2022,,,
STT,Nội dung,ĐVT,Tháng 01/2022
1,Số vận động viên tham dự,VĐV,65
1.1,Nam,VĐV,55
1.2,Nữ,VĐV,10
2,Thành tích của vận động viên vô địch nội dung nam,giờ:phút:giây,2:45:44
3,Thành tích của vận động viên hạng ba nội dung nam,giờ:phút:giây,2:46:12
4,Vận động viên về nhì kém nhà vô địch,giây,19
""",
# c09 baodanang.vn (Đài PT-TH Đà Nẵng, 2011): a duration typed «10 giờ 30 phút» under giờ/ngày
"c09-drt-thoi-luong-phat-song-gio-phut-2011.csv": """ĐÀI PHÁT THANH - TRUYỀN HÌNH ĐÀ NẴNG,,,,
THỜI LƯỢNG PHÁT SÓNG KÊNH DRT1 NĂM 2011,,,,
STT,Chỉ tiêu,ĐVT,Năm 2011,Năm 2010
1,Thời lượng phát sóng kênh DRT1,giờ/ngày,18,10 giờ 30 phút
2,Dự toán chi ngân sách bổ sung để tăng thời lượng phát sóng,triệu đồng,500,
""",
# c10 lmhtx.angiang.gov.vn (Sách trắng hợp tác xã Việt Nam năm 2020, số liệu năm 2018)
"c10-sach-trang-htx-2020-so-lieu-2018.csv": """BỘ KẾ HOẠCH VÀ ĐẦU TƯ - SÁCH TRẮNG HỢP TÁC XÃ VIỆT NAM NĂM 2020,,,,
MỘT SỐ CHỈ TIÊU CỦA HỢP TÁC XÃ TẠI THỜI ĐIỂM 31/12/2018,,,,
STT,Chỉ tiêu,ĐVT,Năm 2018,Tăng so với năm 2017 (%)
1,Số hợp tác xã,HTX,22.861,
2,Số thành viên hợp tác xã,thành viên,5.998.378,
3,Tổng nguồn vốn sử dụng cho sản xuất kinh doanh,tỷ đồng,226.554,"1,8"
4,Doanh thu thuần,tỷ đồng,88.586,"9,6"
""",
# c12 113.161.26.104 (Cục Thống kê, tháng 6/2015): three comparisons, indexes
"c12-iip-ba-so-sanh-chi-so-2015-06.csv": """CỤC THỐNG KÊ,,,,
CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP THÁNG 6 NĂM 2015,,,,
Đơn vị tính: %,,,,
Ngành,Ước tính tháng 6 năm 2015 so với tháng trước,Ước tính tháng 6 năm 2015 so với cùng kỳ năm 2014,Cộng dồn 6 tháng năm 2015 so với cùng kỳ năm 2014
TOÀN NGÀNH CÔNG NGHIỆP,"90,18","99,93","109,42"
1. Công nghiệp khai khoáng,"104,47","96,57","94,49"
"2. Công nghiệp chế biến, chế tạo","81,24","102,76","116,96"
"3. Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí","102,98","94,87","98,91"
"4. Cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải","100,10","103,81","102,98"
""",
# c13 tinhuyquangtri.vn (EVN, 9 tháng 2018): minutes with decimals, the fall as a signed number
"c13-evn-saidi-9-thang-2018-9t.csv": """TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM;;;;
CÁC CHỈ SỐ ĐỘ TIN CẬY CUNG CẤP ĐIỆN 9 THÁNG NĂM 2018;;;;
STT;Chỉ tiêu;ĐVT;9 tháng năm 2018;Tăng/giảm so với cùng kỳ 2017 (%)
1;Tổng thời gian mất điện khách hàng bình quân (SAIDI);phút;543,28;-23,62
2;Tần suất mất điện thoáng qua bình quân (MAIFI);lần/khách hàng;1,21;
3;Tần suất mất điện kéo dài bình quân (SAIFI);lần/khách hàng;4,36;
4;Tổn thất điện năng;%;7,17;
""",
}


def xlsx(name: str, rows: list[list]) -> None:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(HERE / name)


XLSX = {
# c02 baomoi.com (Cục Thống kê, 5 tháng 2025): only the rises, typed as numbers
"c02-cuc-thong-ke-iip-5-thang-so-2025-5t.xlsx": [
    ["CỤC THỐNG KÊ"], ["CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP 5 THÁNG ĐẦU NĂM 2025"],
    ["STT", "Ngành", "ĐVT", "5 tháng năm 2025", "Tăng/giảm so với cùng kỳ năm trước (%)"],
    [1, "Toàn ngành công nghiệp", None, None, 8.8],
    ["1.1", "Ngành chế biến, chế tạo", None, None, 10.8],
    ["1.2", "Ngành sản xuất và phân phối điện", None, None, 4.2],
    ["1.3", "Ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", None, None, 10.0],
    ["1.4", "Ngành khai khoáng", None, None, -3.4]],
# c05 tinhuyquangtri.vn as an XLSX with the rises typed as text (a clerk's «giảm 23,62%»)
"c05-evn-do-tin-cay-9-thang-text-2018-9t.xlsx": [
    ["TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM"], ["ĐỘ TIN CẬY CUNG CẤP ĐIỆN 9 THÁNG NĂM 2018"],
    ["STT", "Chỉ tiêu", "ĐVT", "9 tháng 2018", "So với cùng kỳ 2017"],
    [1, "SAIDI", "phút", "543,28", "giảm 23,62%"],
    [2, "MAIFI", "lần/khách hàng", "1,21", None],
    [3, "SAIFI", "lần/khách hàng", "4,36", None],
    [4, "Thời gian giải quyết thủ tục cấp điện trung áp bình quân 8 tháng", "ngày", "4,39", None]],
# c08 vnexpress.net (VnExpress Marathon All-Star 2026, sweep page c47-vnexpress-runner-vuot-mua-ret-2026): the
# times typed into time cells, as Excel keeps «02:19:45»
"c08-vm-all-star-thanh-tich-o-gio-2026-02.xlsx": [
    ["BAN TỔ CHỨC VNEXPRESS MARATHON ALL-STAR 2026"], ["KẾT QUẢ THI ĐẤU THÁNG 02/2026"],
    ["STT", "Nội dung", "ĐVT", "Tháng 02/2026", "Kỷ lục trước"],
    [1, "Cự ly 42 km - thành tích vô địch nam", "giờ:phút:giây", datetime.time(2, 19, 45), None],
    [2, "Cự ly 42 km - thành tích vô địch nữ", "giờ:phút:giây", datetime.time(2, 38, 6), datetime.time(2, 39, 49)],
    [3, "Cự ly 21 km - thành tích vô địch nam", "giờ:phút:giây", datetime.time(1, 6, 24), None],
    [4, "Cự ly 21 km - thành tích vô địch nữ", "giờ:phút:giây", datetime.time(1, 22, 12), None]],
# c11 nghean.gov.vn (Niên giám thống kê Nghệ An 2019): year-on-year indexes by year
"c11-nghe-an-iip-chi-so-theo-nam-2019.xlsx": [
    ["CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP PHÂN THEO NGÀNH CÔNG NGHIỆP"], ["Đơn vị tính: %"],
    ["Ngành", "2015/2014", "2016/2015", "2017/2016", "2018/2017", "2019/2018"],
    ["TOÀN NGÀNH", 109.70, 109.87, 115.55, 115.44, 113.21],
    ["B. Khai khoáng", 115.10, 113.91, 107.56, 97.20, 103.20],
    ["C. Công nghiệp chế biến, chế tạo", 109.69, 109.34, 115.64, 115.17, 117.20],
    ["D. Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí", 97.84, 108.18, 117.40, 124.03, 94.25],
    ["E. Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải", 102.48, 113.82, 111.39, 113.10, 103.18]],
}


def main():
    for name, text in CSV.items():
        (HERE / name).write_text(text, encoding="utf-8")
    for name, rows in XLSX.items():
        xlsx(name, rows)


if __name__ == "__main__":
    main()
