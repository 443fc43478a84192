"""Write round 35's sheets (CSV as an agency's spreadsheet exports them; XLSX as a clerk types them).

Run from the worktree: ``PYTHONPATH=$PWD .venv/bin/python evaluations/data/figures-round35/tools/build.py``.  Each
sheet's values are its source page's (README.md names the page), laid out by hand as an agency would."""
import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent.parent

CSV = {
# d01 tienphong.vn (BHXH Việt Nam, năm 2017): a frequency per card per year, «2,1 lượt/thẻ/năm»
"d01-bhxh-tan-suat-kcb-luot-the-nam-2017.csv": """BẢO HIỂM XÃ HỘI VIỆT NAM,,,,
KẾT QUẢ KHÁM CHỮA BỆNH BẢO HIỂM Y TẾ NĂM 2017,,,,
STT,Chỉ tiêu,ĐVT,Năm 2017,Năm 2016
1,Số lượt khám chữa bệnh bảo hiểm y tế,triệu lượt,168,
1.1,Ngoại trú,triệu lượt,"152,8",
1.2,Nội trú,triệu lượt,"15,3",
2,Tần suất khám chữa bệnh bảo hiểm y tế,lượt/thẻ/năm,"2,1","1,9"
""",
# d02 thegioitiepthi.vn (20/10/2021): rice prices in An Giang on a day, the value column headed by the date
"d02-an-giang-gia-lua-gao-ngay-2021-10.csv": """SỞ CÔNG THƯƠNG AN GIANG,,,
GIÁ LÚA GẠO TẠI AN GIANG,,,
STT,Mặt hàng,ĐVT,Giá ngày 20/10/2021
1,Nếp vỏ (khô),đồng/kg,7.000
2,Nếp Long An (khô),đồng/kg,7.000
3,Lúa Nhật,đồng/kg,7.500
4,OM 18,đồng/kg,5.600
5,Gạo thường (bán lẻ),đồng/kg,11.000
6,Gạo Nàng Nhen,đồng/kg,20.000
7,Gạo Hương Lài,đồng/kg,18.000
8,Tấm 1 IR 504,đồng/kg,7.600
""",
# d03 vinanet.vn (Long Xuyên, An Giang, 22/9/2014): the same bulletin seven years before, «Giá (đ/kg)» on the day
"d03-long-xuyen-gia-thoc-gao-ngay-2014-09.csv": """TRUNG TÂM THÔNG TIN CÔNG NGHIỆP VÀ THƯƠNG MẠI,,,
GIÁ THÓC GẠO TẠI THÀNH PHỐ LONG XUYÊN - AN GIANG,,,
STT,Mặt hàng,ĐVT,Giá ngày 22/9/2014
1,Lúa tươi mua tại ruộng,đ/kg,4.800 - 4.900
2,Lúa thường các loại (khô),đ/kg,5.800 - 5.900
3,Gạo thường,đ/kg,10.500
4,Gạo thơm Jasmine,đ/kg,13.500
5,Gạo Hương Lài,đ/kg,18.500
6,Tấm thường,đ/kg,9.200
""",
}


def xlsx(name: str, rows: list[list]) -> None:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(HERE / name)


def main():
    for name, text in CSV.items():
        (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
