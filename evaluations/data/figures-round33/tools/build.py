"""Write round 33's sheets (CSV as an agency's spreadsheet exports them).

Run from the worktree: ``PYTHONPATH=$PWD .venv/bin/python evaluations/data/figures-round33/tools/build.py``.  Each
sheet's values are its source's (the held-out case or sweep page named in README.md), laid out as an agency would."""
import tempfile
from pathlib import Path

from evaluations.real import real_cases
from evaluations.template_roundtrip import next_table

HERE = Path(__file__).resolve().parent.parent
HELDOUT = HERE.parent.parent / "cases" / "heldout"

CSV = {
# a02: Bộ Công an (held-out zx-…-2015-q3, «So với cùng kỳ năm 2014, phạm pháp hình sự giảm 5,58%»): the fall typed
# in the period's column, the row's label naming the comparison, unit %
"a02-bo-cong-an-pham-phap-so-voi-cung-ky-2015-q3.csv": """BỘ CÔNG AN - VĂN PHÒNG BỘ,,,,
SỐ LIỆU THỐNG KÊ QUÝ III/2015,,,,
STT,Nội dung,Đơn vị tính,Quý III/2015,Ghi chú
1,Số vụ phạm pháp hình sự điều tra khám phá,vụ,11.277,
2,"Số đối tượng bắt, xử lý",đối tượng,21.382,
3,Tỷ lệ điều tra khám phá,%,"78,65",
4,Phạm pháp hình sự so với cùng kỳ năm 2014,%,"-5,58",giảm
5,Số vụ tai nạn giao thông so với tháng 8/2015,%,"7,56",tăng 129 vụ
""",
# a03: Trường ĐH Văn Hiến (held-out xd-…-le-tot-nghiep-2022-11): the hand table as built, a title naming an event of
# two years' graduates
"a03-van-hien-le-tot-nghiep-nam-2021-va-2022-2022-11.csv":
    (HELDOUT / "xd-tp-ho-chi-minh-truong-dh-van-hien-le-tot-nghiep-2022-11" / "figures.csv").read_text(encoding="utf-8"),
# a04: Tổng cục Thống kê via tapchicongsan (sweep page t17-tapchicongsan-gdp-2011-q1): the table «Tốc độ tăng tổng
# sản phẩm trong nước quý I năm 2010 và 2011», a quarter of two years side by side, filed as 2011-Q1
"a04-gso-gdp-quy-i-nam-2010-va-2011-2011-q1.csv": """TỐC ĐỘ TĂNG TỔNG SẢN PHẨM TRONG NƯỚC QUÝ I NĂM 2010 VÀ 2011,,,
STT,Chỉ tiêu,Đơn vị tính,Quý I/2010,Quý I/2011
1,Tổng số: tốc độ tăng so với quý I năm trước,%,"5,84","5,43"
2,"Nông, lâm nghiệp thủy sản: tốc độ tăng so với quý I năm trước",%,"3,74","2,05"
3,Công nghiệp và xây dựng: tốc độ tăng so với quý I năm trước,%,"5,60","5,47"
4,Dịch vụ: tốc độ tăng so với quý I năm trước,%,"6,64","6,28"
""",
# a05: Văn phòng UBND tỉnh Hòa Bình (held-out yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09, whose office
# types each change with its sign, «+11,35», «+0,94», «-11,68»): the comparisons in the rows' labels, the month's
# column holding the signed rates as typed
"a05-hoa-binh-iip-dau-cong-so-voi-thang-truoc-2021-09.csv": """VĂN PHÒNG UBND TỈNH HÒA BÌNH,,,
MỘT SỐ CHỈ TIÊU CÔNG NGHIỆP - THƯƠNG MẠI THÁNG 9/2021,,,
STT,Chỉ tiêu,Đơn vị tính,Tháng 9/2021
1,Chỉ số sản xuất công nghiệp (IIP) - chung: so với tháng trước,%,"+11,35"
1.1,Ngành khai khoáng: so với tháng trước,%,"+67,31"
1.2,Ngành công nghiệp chế biến chế tạo: so với cùng kỳ,%,"+0,94"
2,Chỉ số sản xuất công nghiệp (IIP) - chung: so với cùng kỳ,%,"-11,68"
3,Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ,tỷ đồng,3.635
""",
}


def main():
    for name, text in CSV.items():
        (HERE / name).write_text(text, encoding="utf-8")
    # a01: the round trip's next edition of xd-…-chi-so-gia-tieu-dung-2016-10 (evaluations.template_roundtrip.next_table)
    case = next(c for c in real_cases(HELDOUT) if c.slug == "xd-toan-quoc-tong-cuc-thong-ke-chi-so-gia-tieu-dung-2016-10")
    with tempfile.TemporaryDirectory() as tmp:
        p = next_table(case, Path(tmp))
        (HERE / "a01-gso-cpi-so-voi-thang-truoc-next-2016-11.csv").write_text(p.read_text(encoding="utf-8"),
                                                                               encoding="utf-8")


if __name__ == "__main__":
    main()
