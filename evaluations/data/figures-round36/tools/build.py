"""Write round 36's sheets (CSV as an agency's spreadsheet exports them; XLSX as a clerk types them, merged title rows).

Run from the worktree: ``PYTHONPATH=$PWD .venv/bin/python evaluations/data/figures-round36/tools/build.py``.  Each
sheet's values are its source page's (README.md names the page), laid out by hand as that agency's clerk would."""
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent.parent

CSV = {
# e01 baobinhdinh.vn: Bảo tàng Chứng tích chiến tranh, visitors by year, a notes column, the foreign share
"e01-bao-tang-chung-tich-luot-khach-2012.csv": """BẢO TÀNG CHỨNG TÍCH CHIẾN TRANH,,,,,
SỐ LƯỢT KHÁCH THAM QUAN QUA CÁC NĂM,,,,,
STT,Chỉ tiêu,ĐVT,Năm 2012,Năm 2011,Năm 2010,Ghi chú
1,Lượt khách tham quan,lượt khách,700.000,674.000,550.000,Năm 2012: hơn 700.000
2,Tỷ lệ khách nước ngoài,%,70,,,
""",
# e02 tothethao.com (VietNamNet): the same museum in 2024, two-level header of comparisons, a per-day figure
"e02-bao-tang-chung-tich-2024.csv": """BẢO TÀNG CHỨNG TÍCH CHIẾN TRANH,,,,
KẾT QUẢ ĐÓN KHÁCH NĂM 2024,,,,
Chỉ tiêu,Năm 2024,So sánh (%),,
,,Năm 2024/2023,Năm 2024/2019,
Tổng lượt khách tham quan (lượt khách),1.300.000,"126,72","102,98"
Lượt khách bình quân (lượt khách/ngày),5.000,,
""",
# e04 baotintuc.vn (TKV, 8 tháng 2017): plan and same-period shares, next month's plan
"e04-tkv-san-xuat-than-8-thang-2017.csv": """TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM,,,,,,
KẾT QUẢ SẢN XUẤT KINH DOANH 8 THÁNG NĂM 2017,,,,,,
STT,Chỉ tiêu,Đơn vị tính,Thực hiện 8 tháng 2017,So KH năm (%),So cùng kỳ (%),Kế hoạch tháng 9/2017
1,Than sản xuất (nguyên khai),triệu tấn,"24,58","68,3",101,2
1.1,Trong đó: khai thác bằng cơ giới hóa,triệu tấn,"1,85",65,232,
2,Than tiêu thụ,triệu tấn,,,,"2,5"
2.1,Tiêu thụ trong nước,triệu tấn,"21,38",,,"2,345"
2.2,Xuất khẩu,tấn,866.000,,,155.000
3,Doanh thu tiêu thụ than,tỷ đồng,35.328,,,
""",
# e05 vietnamplus.vn (Cục Cảnh sát PCCC, tháng 9/2024): a change-on-last-month column with signs
"e05-pccc-toan-quoc-thang-9-2024.csv": """CỤC CẢNH SÁT PHÒNG CHÁY CHỮA CHÁY VÀ CỨU NẠN CỨU HỘ,,,,
TÌNH HÌNH CHÁY NỔ VÀ CỨU NẠN CỨU HỘ THÁNG 9/2024,,,,
TT,Nội dung,Đơn vị,Tháng 9/2024,So với tháng 8/2024 (tăng +/giảm -)
1,Số vụ cháy,vụ,335,+23
2,Số người chết do cháy,người,4,+3
3,Số người bị thương do cháy,người,6,+3
4,Thiệt hại về tài sản (ước tính),tỷ đồng,"67,7","+57,1"
5,Diện tích rừng bị cháy,ha,"16,07",
6,Số vụ nổ,vụ,1,-4
7,Lượt phương tiện xuất chữa cháy,lượt,983,
8,Lượt cán bộ chiến sỹ tham gia chữa cháy,lượt,5.962,
9,Số người được cứu trong các vụ cháy,người,81,
10,Tài sản cứu được,tỷ đồng,"11,9",
11,Số vụ cứu nạn cứu hộ,vụ,735,
12,Số người được cứu (cứu nạn cứu hộ),người,4.813,
13,Số thi thể tìm được,thi thể,125,
""",
# e06 baonamdinh.vn (Phòng Cảnh sát PCCC, Công an tỉnh Nam Định, 9 tháng 2020): counts and shares by cause, footnote
"e06-nam-dinh-chay-no-9-thang-2020.csv": """CÔNG AN TỈNH NAM ĐỊNH,,,
PHÒNG CẢNH SÁT PCCC VÀ CNCH,,,
SỐ LIỆU CHÁY NỔ 9 THÁNG NĂM 2020,,,
STT,Chỉ tiêu,ĐVT,9 tháng năm 2020
1,Số vụ cháy,vụ,14
2,Số vụ nổ,vụ,1
3,Số người chết,người,1
4,Số người bị thương,người,1
5,Thiệt hại về tài sản,triệu đồng,306
6,Tỷ lệ vụ cháy do sự cố thiết bị hệ thống điện,%,"71,43"
7,Tỷ lệ vụ cháy do đốt,%,"7,14"
8,Tỷ lệ vụ cháy ở thành thị,%,"57,1"
9,Tỷ lệ vụ cháy ở nông thôn,%,"42,9"
Ghi chú: số liệu tính đến hết tháng 9/2020,,,
""",
# e07 kinhtedothi.vn (Viện Huyết học - Truyền máu TW, 2023): units of blood, «hơn» in a note
"e07-vien-huyet-hoc-don-vi-mau-2023.csv": """VIỆN HUYẾT HỌC - TRUYỀN MÁU TRUNG ƯƠNG,,,,
KẾT QUẢ TIẾP NHẬN MÁU NĂM 2023,,,,
STT,Chỉ tiêu,Đơn vị tính,Năm 2023,Ghi chú
1,Tổng số đơn vị máu tiếp nhận,đơn vị máu,485.437,
1.1,Máu toàn phần,đơn vị,450.000,hơn 450.000
1.2,Tiểu cầu gạn tách,đơn vị,35.000,hơn 35.000
2,So với 10 năm trước,lần,"2,5",
""",
# e08 vnexpress.net (Tổng công ty Đường sắt Việt Nam, năm 2024): increases over plan and last year in points
"e08-duong-sat-vnr-2024.csv": """TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT NAM,,,,,
KẾT QUẢ SẢN XUẤT KINH DOANH NĂM 2024,,,,,
STT,Chỉ tiêu,ĐVT,Thực hiện năm 2024,Tăng so với kế hoạch (%),Tăng so với cùng kỳ (%)
1,Hành khách đi tàu,triệu lượt,7,14,14
2,Hàng hóa vận chuyển,triệu tấn,5,"7,1","11,4"
3,Doanh thu hợp nhất,tỷ đồng,9.700,"7,8","7,9"
4,Lợi nhuận sau thuế,tỷ đồng,220,,
4.1,Trong đó: Công ty mẹ,tỷ đồng,6,,
5,Thu nhập bình quân người lao động,triệu đồng/người/tháng,13,,11
""",
# e10 kttv.thaibinh.gov.vn (17/9/2022): water levels, the hour each appeared typed «08h30», the day of the month
"e10-thai-binh-muc-nuoc-thuc-do-2022-09.csv": """ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH THÁI BÌNH,,,,,,,
BẢNG TRỊ SỐ MỰC NƯỚC THỰC ĐO (cm),,,,,,,
Sông,Trạm,Hmax (cm),TGXH,,Hmin (cm),TGXH,
,,,Giờ,Ngày,,Giờ,Ngày
Trà Lý,Quyết Chiến,168,08h00,16,79,02h25,17
Trà Lý,Thái Bình,155,08h05,16,39,00h35,17
Trà Lý,Đông Quý,,,,-46,22h55,16
Hồng,Tiến Đức,189,08h30,16,116,03h20,17
Hồng,Ba Lạt,,,,-5,22h20,16
Luộc,Triều Dương,176,08h30,16,97,03h25,17
""",
}


def merged(name: str, rows: list[list], merges: list[str]) -> None:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(HERE / name)


def main():
    for name, text in CSV.items():
        (HERE / name).write_text(text, encoding="utf-8")
    # e03 tapchicongthuong.vn (Công ty Than Núi Béo, 2018 and the 2019 plan): units in the label, merged title
    merged("e03-than-nui-beo-2018.xlsx", [
        ["CÔNG TY CỔ PHẦN THAN NÚI BÉO - VINACOMIN", None, None, None],
        ["KẾT QUẢ SẢN XUẤT KINH DOANH NĂM 2018 VÀ KẾ HOẠCH NĂM 2019", None, None, None],
        ["STT", "Chỉ tiêu", "Thực hiện năm 2018", "Kế hoạch năm 2019"],
        [1, "Mét lò đào (m)", 10000, None],
        ["1.1", "Trong đó: lò neo (m)", 7500, None],
        [2, "Bốc xúc đất đá (triệu m3)", 5.95, None],
        [3, "Than nguyên khai (tấn)", 918000, 1300000],
        ["3.1", "Trong đó: than hầm lò (tấn)", 415000, 450000],
        [4, "Than tiêu thụ (triệu tấn)", 1.55, None],
        [5, "Tổng doanh thu (tỷ đồng)", 2164, None],
        [6, "Tiền lương bình quân (triệu đồng/người/tháng)", 11.4, None],
        ["Ghi chú: lò neo đạt 472% kế hoạch năm", None, None, None],
    ], ["A1:D1", "A2:D2", "A12:D12"])
    # e09 vinanet.vn (TCHQ, 13/4/2020): cashew exports by market, two-level header, the page's «Đơn vị: USD»
    merged("e09-vinanet-hat-dieu-thi-truong-2020-04.xlsx", [
        ["THỊ TRƯỜNG XUẤT KHẨU HẠT ĐIỀU THÁNG 4 VÀ 4 THÁNG ĐẦU NĂM 2020", None, None, None, None, None, None],
        ["(Tính toán theo số liệu công bố ngày 13/4/2020 của TCHQ)", None, None, None, None, None, None],
        ["Đơn vị: USD", None, None, None, None, None, None],
        ["Thị trường", "T4/2020", None, "4T/2020", None, "So với 4T/2019 (%)", None],
        [None, "Lượng (Tấn)", "Trị giá (USD)", "Lượng (Tấn)", "Trị giá (USD)", "Lượng", "Trị giá"],
        ["Hoa Kỳ", 17523, 115433, 52037, 360475, 40.9, 22.6],
        ["Hà Lan", 6208, 41213, 16877, 120308, 62.3, 38.1],
        ["Trung Quốc", 4389, 28410, 10718, 73869, -26.4, -36.6],
        ["Đức", 2039, 13553, 6347, 43782, 30.1, 10.0],
        ["Úc", 1318, 8479, 4409, 29286, -4.0, -18.7],
        ["Anh", 1230, 7555, 4763, 29121, -2.9, -19.0],
    ], ["A1:G1", "A2:G2", "A3:G3", "B4:C4", "D4:E4", "F4:G4", "A4:A5"])


if __name__ == "__main__":
    main()
