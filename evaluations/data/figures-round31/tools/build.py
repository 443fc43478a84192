"""Write round 31's sheets (CSV as typed, XLSX with merged two-row headers) from the pages they come from.

Run from the worktree: ``.venv/bin/python evaluations/data/figures-round31/tools/build.py``.  Each sheet's values are
the page's (evaluations/sweep/pages/f31-*.txt, or the held-out case named in README.md), laid out as an agency would."""
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent.parent

CSV = {
"s01-vietnamplus-tet-binh-ngo-2026.csv": """CỤC DU LỊCH QUỐC GIA VIỆT NAM,,,,,
KẾT QUẢ ĐÓN KHÁCH DU LỊCH DỊP TẾT NGUYÊN ĐÁN BÍNH NGỌ 2026,,,,,
STT,Chỉ tiêu,Đơn vị tính,Tết Nguyên đán Bính Ngọ 2026 (9 ngày nghỉ),Tăng so với cùng kỳ năm 2025 (%),Ghi chú
1,Lượt khách du lịch cả nước đón và phục vụ,triệu lượt,14,12,khoảng
2,Lượt khách đến Thành phố Hồ Chí Minh,triệu lượt,"4,3",,hơn
3,Doanh thu du lịch Thành phố Hồ Chí Minh,tỷ đồng,12.000,,trên; đứng đầu cả nước
""",
"s03-plo-cao-diem-tet-giap-thin-2023-12.csv": """BỘ CÔNG AN,,,,
KẾT QUẢ 15 NGÀY ĐẦU CAO ĐIỂM TẤN CÔNG TRẤN ÁP TỘI PHẠM TẾT NGUYÊN ĐÁN GIÁP THÌN 2024,,,,
STT,Nội dung,ĐVT,Đợt cao điểm (từ 15/12/2023),Ghi chú
1,Vụ phạm tội về trật tự xã hội điều tra khám phá,vụ,1.587,
2,Người bị bắt xử lý,người,3.500,hơn
3,Vụ tín dụng đen khởi tố,vụ,103,cao hơn 543% về số vụ so với 15 ngày trước cao điểm
4,Người bị khởi tố bắt trong các vụ tín dụng đen,người,191,
5,Cơ sở hoạt động tín dụng đen bị triệt phá,cơ sở,38,
""",
"s05-hai-duong-chu-nhat-xanh-2016-03.csv": """TỈNH ĐOÀN HẢI DƯƠNG,,,,
KẾT QUẢ RA QUÂN NGÀY CHỦ NHẬT XANH,,,,
Nội dung,Ra quân Ngày Chủ nhật xanh (13/3/2016),ĐVT,Ghi chú,TT
Đoàn viên thanh niên tham gia,10.000,người,hơn,1
"Tuyến đường làng, ngõ xóm được quét dọn",500,tuyến,,2
Bèo được vớt,800,tấn,gần,3
Dòng chảy được khơi thông,100,km,hơn,4
""",
"s06-dkkd-trong-thang-luy-ke-2018-03.csv": """CỤC QUẢN LÝ ĐĂNG KÝ KINH DOANH,,,,,
TÌNH HÌNH ĐĂNG KÝ DOANH NGHIỆP THÁNG 3 NĂM 2018,,,,,
STT,Chỉ tiêu,Đơn vị tính,Trong tháng,Lũy kế từ đầu năm,Ghi chú
1,Vốn đăng ký bình quân một doanh nghiệp,tỷ đồng,10,,
2,Lao động đăng ký của doanh nghiệp thành lập mới,lao động,68.979,,
3,Doanh nghiệp quay trở lại hoạt động,doanh nghiệp,1.801,8.449,"giảm 22,3% so với tháng 2-2018"
4,Doanh nghiệp thành lập mới và quay trở lại hoạt động,doanh nghiệp,,35.234,
""",
"s07-dkkd-tieu-de-nam-2018-01.csv": """BỘ KẾ HOẠCH VÀ ĐẦU TƯ - CỤC QUẢN LÝ ĐĂNG KÝ KINH DOANH,,,,
BÁO CÁO TÌNH HÌNH ĐĂNG KÝ DOANH NGHIỆP NĂM 2018,,,,
STT,Chỉ tiêu,Đơn vị tính,Tháng 01/2018,Ghi chú
1,Doanh nghiệp thành lập mới và quay trở lại hoạt động,doanh nghiệp,15.426,
2,Trong đó: doanh nghiệp thành lập mới,doanh nghiệp,10.839,tăng so với cùng kỳ năm 2017
3,Tổng số vốn đăng ký bổ sung vào nền kinh tế,tỷ đồng,316.000,hơn 316 nghìn tỷ đồng
4,Vốn đăng ký khu vực Đông Nam Bộ,tỷ đồng,35.926,dẫn đầu cả nước
""",
"s08-atgt-trong-ky-2015-8t.csv": """ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA,,,
TÌNH HÌNH TAI NẠN GIAO THÔNG 8 THÁNG NĂM 2015 (TỪ 16/12/2014 ĐẾN 15/8/2015),,,
STT,Chỉ tiêu,Đơn vị tính,Trong kỳ,Ghi chú
1,Số vụ tai nạn giao thông,vụ,14.622,giảm
2,Số người chết,người,5.821,giảm
3,Số người bị thương,người,13.234,giảm
""",
"s09-thu-y-vu-xuan-2012-02.csv": """CHI CỤC THÚ Y TỈNH THỪA THIÊN HUẾ,,,,
TIẾN ĐỘ TIÊM PHÒNG CÚM GIA CẦM VỤ XUÂN 2012,,,,
STT,Chỉ tiêu,Đợt tiêm phòng vụ Xuân 2012 (liều),Kế hoạch vụ Xuân 2012 (liều),Ghi chú
1,Vắc xin cúm gia cầm đã tiêm,300.000,1.000.000,khoảng; đến ngày 21/02/2012
""",
"s11-du-lich-trong-dip-tet-quy-mao-2023-01.csv": """TỔNG CỤC DU LỊCH,,,,,
KẾT QUẢ PHỤC VỤ KHÁCH DU LỊCH DỊP TẾT NGUYÊN ĐÁN QUÝ MÃO 2023,,,,,
STT,Chỉ tiêu,Đơn vị tính,Trong dịp Tết (6 ngày nghỉ),So với Tết Nhâm Dần 2022 (%),Ghi chú
1,Lượt khách nội địa được phục vụ,lượt,9.000.000,"47,5",ước 9 triệu lượt
2,Tổng thu từ khách du lịch,tỷ đồng,17.500,,khoảng
""",
}


def _xlsx(name: str, titles: list[list], head1: list, head2: list, merges: list[str], rows: list[list]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Báo cáo"
    for r in [*titles, head1, head2, *rows]:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(HERE / name)


def main() -> None:
    for name, text in CSV.items():
        (HERE / name).write_text(text, encoding="utf-8")
    # s02: Trung ương Đoàn, Tháng Thanh niên 2021 (thanhnien 1373020): the month's campaign merged over its two columns
    _xlsx("s02-thanhnien-thang-thanh-nien-2021-03.xlsx",
          [["TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"], ["KẾT QUẢ THÁNG THANH NIÊN NĂM 2021"]],
          ["STT", "Chỉ tiêu", "Đơn vị tính", "Tháng Thanh niên năm 2021", None, "Ghi chú"],
          [None, None, None, "Kết quả", "Tăng so với năm 2020 (%)", None],
          ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"],
          [[1, "Lượt thanh niên tình nguyện tham gia xây dựng nông thôn mới, đô thị văn minh", "lượt", 1344522, None,
            "tăng 2.58 lần so với năm 2020"],
           [2, "Cây xanh trồng mới", "cây", 1894707, None, None],
           [3, "Cầu giao thông nông thôn xây dựng mới", "cầu", 230, 78.3, None],
           [4, "Lượt đoàn viên, thanh niên tham gia các hoạt động Tháng Thanh niên", "lượt", 2240000, 193, None],
           [5, "Ý tưởng sáng tạo được đề xuất", "ý tưởng", 81185, 19.1, None],
           [6, "Lớp bồi dưỡng nhận thức về Đoàn", "lớp", 16414, None, None],
           [7, "Đoàn viên kết nạp mới", "đoàn viên", 291834, None, "tăng hơn 3 lần so với năm 2020"]])
    # s04: Công an xã Phú Yên, 17/01/2023 (held-out yt-phu-yen-…): the day's sweep merged over quantity and note
    _xlsx("s04-phu-yen-ca-xa-dot-ra-quan-2023-01.xlsx",
          [["CÔNG AN TỈNH PHÚ YÊN"], ["KẾT QUẢ CÔNG TÁC CỦA LỰC LƯỢNG CÔNG AN XÃ"]],
          ["STT", "Nội dung", "Đơn vị", "Đợt ra quân ngày 17/01/2023", None],
          [None, None, None, "Số lượng", "Ghi chú"],
          ["A3:A4", "B3:B4", "C3:C4", "D3:E3"],
          [[1, "Ca tuần tra bảo đảm ANTT", "ca", 99, None],
           [2, "Lượt cán bộ chiến sĩ tham gia tuần tra", "lượt", 341, None],
           [3, "Nhóm thanh thiếu niên tụ tập đêm khuya bị giải tán", "nhóm", 17, None],
           [4, "Tiền phạt", "đồng", 2500000, "2,5 triệu đồng"]])
    # s10: Trung tâm Điện ảnh Khánh Hòa (held-out yt-khanh-hoa-…): an event's title merged over its dates
    _xlsx("s10-khanh-hoa-dot-phim-2017-01.xlsx",
          [["TRUNG TÂM ĐIỆN ẢNH TỈNH KHÁNH HÒA"], ["KẾT QUẢ ĐỢT PHIM CHÀO MỪNG 87 NĂM NGÀY THÀNH LẬP ĐẢNG VÀ XUÂN ĐINH DẬU 2017"]],
          ["STT", "Chỉ tiêu", "Đơn vị tính", "Đợt phim Tết Đinh Dậu", "Ghi chú"],
          [None, None, None, "(26/01 - 01/02/2017)", None],
          ["A3:A4", "B3:B4", "C3:C4", "E3:E4"],
          [[1, "Đội chiếu phim lưu động tham gia", "đội", 6, None],
           [2, "Buổi chiếu phim phục vụ vùng núi và hải đảo", "buổi", 48, None],
           [3, "Lượt người xem", "lượt", 8684, None]])


if __name__ == "__main__":
    main()
