"""Round 22 sheets, built by hand from public pages (search tool, corpus ``pages``; none of the addresses was in
``evaluations/sweep/urls.tsv``, in any case or in another worktree's cases or sweeps, checked with ``grep -rlF`` before
use), as an agency's clerk would keep them, in fields the rounds had not had (a policy bank's branch, a commercial bank
branch's results, the credit institutions of a province, population and labour, the school census, a statistics
office's accommodation month), each in a layout the brief of round 22 asks for: a bank branch's sheet whose plan column
is a growth plan (c01); a column titled ``Dự ước tháng 9/2015`` beside ``Thực hiện 8 tháng`` and ``Lũy kế 9 tháng``
(c02), ``Sơ bộ 2022`` (c04), ``Ước thực hiện`` (c08): which is this period's; two periods side by side and their change
in a third column (c03); unsigned rates beside decimal quantities (c04, c08, c09); codes ``1.1``, ``1.1.1`` (c01,
c06); footnote rows under the table (c06); a JSON with nested groups (c05); a CSV in UTF-16 (c07) and in Windows-1258
(c09); an XLSX with a hidden row and a hidden column (c08); years as columns with a growth row under each quantity
(c10).

Numbers are the page's; what the clerk adds is said at each sheet (a title's words, a unit, a base the clerk keeps).

Run: ``.venv/bin/python evaluations/data/figures-round22/build.py``.
First look (before any code of round 22): evaluations/data/figures-round22/README.md.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from evaluations.data.figures_build import folder_writers  # noqa: E402

write_csv, write_xlsx = folder_writers(HERE)
N = None


def csv_bytes(rows) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows software writes it: the base letters it has (â ê ô ă ơ ư đ) precomposed,
    the tone marks as combining characters after them."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        # keep a circumflex, breve or horn on the base letter when the code page has the letter
        for m in list(marks):
            c = unicodedata.normalize("NFC", base + m)
            if len(c) == 1:
                try:
                    c.encode("cp1258")
                    base, marks = c, marks.replace(m, "", 1)
                except UnicodeEncodeError:
                    pass
        out += base.encode("cp1258") + marks.encode("cp1258")
    return bytes(out)


# c01 https://thainguyentv.vn/uy-thac-36-ty-dong-cho-vay-tin-dung-chinh-sach-103454.html
# "Ủy thác 36 tỷ đồng cho vay tín dụng chính sách / Năm 2024, Ngân hàng Chính sách xã hội tỉnh đặt mục tiêu tăng
# trưởng nguồn vốn và dư nợ từ 8% trở lên so với năm 2023 / Từ đầu năm đến nay, nguồn vốn địa phương ủy thác qua Ngân
# hàng Chính sách xã hội tỉnh Thái Nguyên đạt 36 tỷ đồng, bằng gần 103% kế hoạch năm. Trong đó, ngân sách tỉnh là 18
# tỷ đồng; còn lại là ngân sách các huyện, thành phố đều đạt kế hoạch đề ra. Như vậy, trong tổng nguồn vốn gần 4.690
# tỷ đồng mà Ngân hàng Chính sách xã hội tỉnh đang quản lý, vốn ngân sách địa phương đạt 246 tỷ đồng, chiếm 5,28% tổng
# nguồn vốn. Năm 2024, Ngân hàng Chính sách xã hội tỉnh đặt mục tiêu tăng trưởng nguồn vốn và dư nợ từ 8% trở lên so
# với năm 2023 (tương ứng tăng tối thiểu 372 tỷ đồng)."
# The clerk's: the year's sheet (2023) with next year's growth plan beside it, codes 1, 1.1, 1.1.1; the growth plan
# (8%, 372 tỷ) is the plan of the increase, not of the balance.
write_csv("c01-thainguyentv-nhcsxh-nguonvon-2023.csv", [
    ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI CHI NHÁNH TỈNH THÁI NGUYÊN", N, N, N, N, N, N],
    ["NGUỒN VỐN NĂM 2023 VÀ KẾ HOẠCH TĂNG TRƯỞNG NĂM 2024", N, N, N, N, N, N],
    ["Đơn vị tính: tỷ đồng", N, N, N, N, N, N],
    ["Mã", "Chỉ tiêu", "Thực hiện năm 2023", "Tỷ trọng (%)", "% so kế hoạch năm", "Kế hoạch tăng trưởng năm 2024 (%)",
     "Kế hoạch tăng trưởng năm 2024"],
    ["1", "Tổng nguồn vốn", "4.690", N, N, "8", "372"],
    ["1.1", "Vốn ngân sách địa phương", "246", "5,28", N, N, N],
    ["1.1.1", "Nguồn vốn địa phương ủy thác trong năm", "36", N, "103", N, N],
    ["1.1.1.1", "Trong đó: ngân sách tỉnh", "18", N, N, N, N],
])

# c02 http://thongkethuathienhue.gov.vn/ChiTietSL.aspx?id=31&&parentpage=SoLieuTK.aspx
# "Đơn vị tính | Thực hiện 8 tháng/2015 | Dự ước tháng 9/2015 | Lũy kế 9 tháng năm 2015 | Lũy kế 9 tháng năm 2015 so
# với cùng kỳ năm trước (%) / I. Dịch vụ lưu trú / 1. Tổng lượt khách phục vụ Lượt khách 1260601 124541 1385142 96,20 /
# 1.1. Lượt khách ngủ qua đêm " 1130908 109937 1240845 96,15 / - Khách quốc tế " 511640 49654 561294 97,88 / - Khách
# trong nước " 619268 60283 679551 94,77 / 1.2. Lượt khách trong ngày " 129693 14604 144297 96,58 / 2. Tổng ngày khách
# phục vụ Ngày khách 2407959 235777 2643736 95,65 / … / II. Dịch vụ lữ hành … / 1. Lượt khách du lịch theo tour Lượt
# khách 62546 6511 69057 97,00 / … - Khách Việt Nam ra nước ngoài " 708 71 779 92,30 / 2. Ngày khách du lịch theo tour
# Ngày khách 129253 13603 142856 96,01 / … - Khách Việt Nam ra nước ngoài " 3182 387 3569 92,61"
# The clerk's: the page's table as kept (ditto marks for the unit, codes '1.', '1.1.', dashes), a title row added.
TT = [
    ["I. Dịch vụ lưu trú", N, N, N, N, N],
    ["1. Tổng lượt khách phục vụ", "Lượt khách", "1260601", "124541", "1385142", "96,20"],
    ["1.1. Lượt khách ngủ qua đêm", '"', "1130908", "109937", "1240845", "96,15"],
    [" - Khách quốc tế", '"', "511640", "49654", "561294", "97,88"],
    [" - Khách trong nước", '"', "619268", "60283", "679551", "94,77"],
    ["1.2. Lượt khách trong ngày", '"', "129693", "14604", "144297", "96,58"],
    ["2. Tổng ngày khách phục vụ", "Ngày khách", "2407959", "235777", "2643736", "95,65"],
    [" - Khách quốc tế", '"', "1146859", "112955", "1259814", "97,37"],
    [" - Khách trong nước", '"', "1261100", "122822", "1383922", "94,14"],
    ["II. Dịch vụ lữ hành và hoạt động hỗ trợ du lịch", N, N, N, N, N],
    ["1. Lượt khách du lịch theo tour", "Lượt khách", "62546", "6511", "69057", "97,00"],
    [" - Khách quốc tế", '"', "21888", "2500", "24388", "95,14"],
    [" - Khách trong nước", '"', "39950", "3940", "43890", "98,15"],
    [" - Khách Việt Nam ra nước ngoài", '"', "708", "71", "779", "92,30"],
    ["2. Ngày khách du lịch theo tour", "Ngày khách", "129253", "13603", "142856", "96,01"],
    [" - Khách quốc tế", '"', "72844", "8151", "80995", "94,88"],
    [" - Khách trong nước", '"', "53227", "5065", "58292", "97,85"],
    [" - Khách Việt Nam ra nước ngoài", '"', "3182", "387", "3569", "92,61"],
]
write_csv("c02-thongkehue-luutru-2015-09.csv", [
    ["KẾT QUẢ HOẠT ĐỘNG DU LỊCH THÁNG 9 NĂM 2015", N, N, N, N, N],
    [N, "Đơn vị tính", "Thực hiện 8 tháng/2015", "Dự ước tháng 9/2015", "Lũy kế 9 tháng năm 2015",
     "Lũy kế 9 tháng năm 2015 so với cùng kỳ năm trước (%)"],
] + TT)

# c03 https://123docz.net/trich-doan/2558999-ket-quahoat-dong-kinh-doanh-cua-ngan-hang-thuong-mai-cophan-ngoa.htm
# "2.1.3. Kết quảhoạt động kinh doanh của Ngân hàng thương mại cổphần Ngoạ Ngoại Thương Việt Nam - Chi nhánh Quảng Bình
# / Tổng thu: 247,5 tỷ đồng Tổng chi: 210,9 tỷ đồng / Lợi nhuận trước DPRR 39,1 tỷ đồng/43,2 tỷ đồng, hoàn thành 90%
# kếhoạch. Lợi nhuận từhoạt động kinh doanh (cân đối) năm 2017 đạt 36,6 tỷ đồng, tăng so với năm 2016 là 3,9 tỷ đồng
# (+12,09%) … - Thu nhập lãi thuần đạt 70,2 tỷ đồng, tăng 10,3 tỷ đồng so với năm 2016(năm 2016 đạt 59,9 tỷ đồng). -
# Thu nhập ròng vềdịch vụ đạt 5,7 tỷ đồng, tăng 1,1 tỷ đồng so với năm 2016(năm 2016 đạt 4,6 tỷ đồng). - Thu nhập
# vềkinh doanh ngoại tệ đạt 263 triệu đồng, tăng 158 triệu đồng so với năm 2016(năm 2016 đạt 105 triệu đồng). - Thu
# từnợ đã xửlý đạt 20,9 tỷ đồng, tăng 18,9 tỷ đồng so với năm 2016(năm 2016 đạt 2 tỷ đồng). … - Chi phí hoạt động quản
# lý đạt 36,6 tỷ đồng, tăng 7,4 tỷ đồng so với năm 2016(năm 2016 đạt 29,1 tỷ đồng) … - Chi dựphòngđạt 24,3 tỷ đồng,
# tăng 19,5 tỷ đồng so với năm 2016(năm 2016 đạt 4,8 tỷ đồng)"
# The clerk's: this year and last side by side, their change in a third column (the page's own, 7,4 kept though
# 36,6 - 29,1 is 7,5), the plan in a fourth; the unit per row; 2016's profit not on the page, left blank.
write_csv("c03-vcb-quangbinh-ketqua-2017.csv", [
    ["VIETCOMBANK CHI NHÁNH QUẢNG BÌNH - KẾT QUẢ KINH DOANH NĂM 2017", N, N, N, N, N],
    ["Chỉ tiêu", "ĐVT", "Năm 2017", "Năm 2016", "Tăng (+)/giảm (-) so với năm 2016", "Kế hoạch năm 2017"],
    ["Tổng thu", "tỷ đồng", "247,5", N, N, N],
    ["Tổng chi", "tỷ đồng", "210,9", N, N, N],
    ["Lợi nhuận trước dự phòng rủi ro", "tỷ đồng", "39,1", N, N, "43,2"],
    ["Lợi nhuận từ hoạt động kinh doanh (cân đối)", "tỷ đồng", "36,6", N, "3,9", N],
    ["Thu nhập lãi thuần", "tỷ đồng", "70,2", "59,9", "10,3", N],
    ["Thu nhập ròng về dịch vụ", "tỷ đồng", "5,7", "4,6", "1,1", N],
    ["Thu nhập về kinh doanh ngoại tệ", "triệu đồng", "263", "105", "158", N],
    ["Thu từ nợ đã xử lý", "tỷ đồng", "20,9", "2", "18,9", N],
    ["Chi phí hoạt động quản lý", "tỷ đồng", "36,6", "29,1", "7,4", N],
    ["Chi dự phòng", "tỷ đồng", "24,3", "4,8", "19,5", N],
])

# c04 https://dantri.com.vn/an-sinh/dan-so-viet-nam-cham-nguong-100-trieu-nguoi-20230110224945117.htm
# "Dân số trung bình năm 2022 của cả nước ước tính 99,46 triệu người, tăng 955.500 người, tương đương tăng 0,97% so
# với năm 2021. Trong đó, dân số thành thị 37,09 triệu người, chiếm 37,3%; dân số nông thôn 62,37 triệu người, chiếm
# 62,7%. Số nam giới là 49,61 triệu người, chiếm 49,9%, nữ có 49,85 triệu người, chiếm 50,1%. Tỷ số giới tính của dân
# số năm 2022 là 99,5 nam/100 nữ. Tuổi thọ trung bình của dân số cả nước năm 2022 là 73,6 tuổi, trong đó nam là 71,1
# tuổi và nữ là 76,4 tuổi. … Lực lượng lao động từ 15 tuổi trở lên của cả nước năm 2022 là 51,7 triệu người, tăng 1,1
# triệu người so với năm trư[ớc]"
# The clerk's: the year's column titled as a yearbook does («Sơ bộ 2022»: the estimate is the preliminary figure),
# the rate of increase unsigned beside quantities with decimals, the shares in a column of their own.
write_csv("c04-dantri-danso-laodong-2022.csv", [
    ["MỘT SỐ CHỈ TIÊU DÂN SỐ VÀ LAO ĐỘNG NĂM 2022", N, N, N, N],
    ["Chỉ tiêu", "Đơn vị tính", "Sơ bộ 2022", "Tăng so với năm 2021 (%)", "Cơ cấu (%)"],
    ["1. Dân số trung bình", "Triệu người", "99,46", "0,97", N],
    ["- Thành thị", "Triệu người", "37,09", N, "37,3"],
    ["- Nông thôn", "Triệu người", "62,37", N, "62,7"],
    ["- Nam", "Triệu người", "49,61", N, "49,9"],
    ["- Nữ", "Triệu người", "49,85", N, "50,1"],
    ["2. Tỷ số giới tính", "Nam/100 nữ", "99,5", N, N],
    ["3. Tuổi thọ trung bình", "Tuổi", "73,6", N, N],
    ["- Nam", "Tuổi", "71,1", N, N],
    ["- Nữ", "Tuổi", "76,4", N, N],
    ["4. Lực lượng lao động từ 15 tuổi trở lên", "Triệu người", "51,7", N, N],
])

# c05 https://thactrang.com/tin-tuc/toan-canh-giao-duc-viet-nam-nam-hoc-2024-2025-163874.html
# "Năm học 2024-2025, giáo dục cả nước có 25.255.251 học sinh, sinh viên. Trong đó có 2.068.522 sinh viên. Học sinh
# sinh viên theo học tại 53.979 cơ sở giáo dục. Tổng số giảng viên, giáo viên, cán bộ quản lý giáo dục, người lao
# động: 1.659.589. … | Tổng | Công lập | Ngoài công lập | / | Nhà trẻ | 696309 | 445640 | 250669 | / | Mẫu giáo |
# 4117080 | 3321428 | 795652 | / | Tiểu học | 8850300 | 8695206 | 155094 | / | Trung học cơ sở | 6514261 | 6414871
# | 99390 | / | Trung học phổ thông | 2987450 | 2652917 | 334533 | / | CĐ Sư phạm | 21329 | / | Đại học | 2068522 | …
# | Nhà trẻ | 3 | 3 | | / | Mẫu giáo | 1698 | 1565 | 133 | / | Mầm non | 13455 | 10455 | 3000"
# The clerk's: the ministry's export as nested groups (measure → level → kind), Vietnamese keys.
def lvl(total, pub=None, priv=None):
    d = {"Tổng số": total}
    if pub is not None:
        d["Công lập"] = pub
    if priv is not None:
        d["Ngoài công lập"] = priv
    return d


EDU = {
    "Báo cáo": "Thống kê giáo dục toàn quốc", "Năm học": "2024-2025",
    "Tổng hợp": {"Tổng số học sinh, sinh viên": 25255251, "Số cơ sở giáo dục": 53979,
                 "Số giảng viên, giáo viên, cán bộ quản lý giáo dục, người lao động": 1659589},
    "Số học sinh, sinh viên": {
        "Mầm non": {"Nhà trẻ": lvl(696309, 445640, 250669), "Mẫu giáo": lvl(4117080, 3321428, 795652)},
        "Phổ thông": {"Tiểu học": lvl(8850300, 8695206, 155094), "Trung học cơ sở": lvl(6514261, 6414871, 99390),
                      "Trung học phổ thông": lvl(2987450, 2652917, 334533)},
        "Cao đẳng sư phạm": lvl(21329), "Đại học": lvl(2068522)},
    "Số trường": {"Nhà trẻ": lvl(3, 3), "Mẫu giáo": lvl(1698, 1565, 133), "Mầm non": lvl(13455, 10455, 3000)},
}
(HERE / "c05-thactrang-giaoduc-2024-2025.json").write_text(json.dumps(EDU, ensure_ascii=False, indent=2),
                                                          encoding="utf-8")

# c06 https://baophutho.vn/gan-57-500-luot-ho-ngheo-va-cac-doi-tuong-chinh-sach-khac-duoc-vay-von-uu-dai-240129.htm
# "Ngân hàng Chính sách xã hội (CSXH) chi nhánh tỉnh hiện tiếp tục duy trì hoạt động 479 điểm giao dịch xã … tính đến
# hết tháng 8/2025, Ngân hàng CSXH chi nhánh tỉnh đã huy động tổng nguồn vốn đạt trên 17.850 tỷ đồng, tăng trên 861,2
# tỷ đồng so với đầu năm 2025. Trong đó, nguồn vốn cân đối từ Trung ương chiếm 78,28%/tổng nguồn vốn, nguồn vốn huy
# động từ địa phương được Trung ương cấp bù lãi suất chiếm 11,68%, nguồn vốn nhận ủy thác đầu tư tại địa phương chiếm
# 10,04%. Doanh số cho vay toàn tỉnh từ đầu năm đến hết tháng 8/2025 đạt trên 3.548,5 tỷ đồng, với gần 57.500 lượt hộ
# nghèo, cận nghèo, mới thoát nghèo và các đối tượng chính sách khác được tiếp cận nguồn vốn tín dụng chính sách."
# The clerk's: codes 1, 1.1 …, the shares in a column of their own, and under the table the footnotes a clerk writes
# (what 'trên' and 'gần' rounded, where the figures come from) and the signature block.
write_csv("c06-baophutho-nhcsxh-2025-8t.csv", [
    ["NGÂN HÀNG CSXH CHI NHÁNH TỈNH PHÚ THỌ", N, N, N, N, N],
    ["KẾT QUẢ HOẠT ĐỘNG TÍN DỤNG CHÍNH SÁCH 8 THÁNG NĂM 2025", N, N, N, N, N],
    ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện đến 31/8/2025", "Tăng so với đầu năm", "Tỷ trọng (%)"],
    ["1", "Tổng nguồn vốn", "tỷ đồng", "17.850", "861,2", N],
    ["1.1", "Nguồn vốn cân đối từ Trung ương", "tỷ đồng", N, N, "78,28"],
    ["1.2", "Nguồn vốn huy động tại địa phương được Trung ương cấp bù lãi suất", "tỷ đồng", N, N, "11,68"],
    ["1.3", "Nguồn vốn nhận ủy thác đầu tư tại địa phương", "tỷ đồng", N, N, "10,04"],
    ["2", "Doanh số cho vay từ đầu năm", "tỷ đồng", "3.548,5", N, N],
    ["2.1", "Số lượt hộ nghèo, cận nghèo, mới thoát nghèo và đối tượng chính sách được vay vốn", "lượt hộ",
     "57.500", N, N],
    ["3", "Số điểm giao dịch xã đang hoạt động", "điểm", "479", N, N],
    [N, N, N, N, N, N],
    ["Ghi chú:", N, N, N, N, N],
    ["(1) Tổng nguồn vốn trên 17.850 tỷ đồng, doanh số cho vay trên 3.548,5 tỷ đồng, gần 57.500 lượt hộ: số làm tròn "
     "khi đưa tin.", N, N, N, N, N],
    ["(2) Tỷ trọng tính trên tổng nguồn vốn; 479 điểm giao dịch xã giữ như trước khi sáp nhập đơn vị hành chính.",
     N, N, N, N, N],
    ["Nguồn: Ngân hàng CSXH chi nhánh tỉnh, số liệu đến hết tháng 8/2025.", N, N, N, N, N],
    [N, "NGƯỜI LẬP BIỂU", N, N, "GIÁM ĐỐC", N],
])

# c07 https://thainguyentv.vn/tong-nguon-von-huy-dong-tang-206-100203.html
# "Tổng nguồn vốn huy động tăng 2,06% / Tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn tính đến hết
# tháng 8 đạt 98.000 tỷ đồng. / Theo đó, tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn tính đến hết
# tháng 8 đạt 98.000 tỷ đồng, tăng 2,06% so với thời điểm cuối năm 2022; dư nợ cho vay đạt trên 86.000 tỷ đồng, tăng
# 3,9% so với thời điểm cuối năm 2022. Nợ xấu là gần 1.250 tỷ đồng, chiếm 1,46% tổng dư nợ./."
# The clerk's: saved from Excel as a CSV in UTF-16 (with its byte-order mark), the year 2023 from the page's "cuối
# năm 2022".
C07 = [
    ["TÌNH HÌNH HOẠT ĐỘNG CỦA CÁC TỔ CHỨC TÍN DỤNG TRÊN ĐỊA BÀN ĐẾN 31/8/2023", N, N, N, N],
    ["Chỉ tiêu", "Đơn vị tính", "Thực hiện đến 31/8/2023", "Tăng so với 31/12/2022 (%)",
     "Tỷ lệ so với tổng dư nợ (%)"],
    ["Tổng nguồn vốn huy động", "tỷ đồng", "98.000", "2,06", N],
    ["Dư nợ cho vay", "tỷ đồng", "86.000", "3,9", N],
    ["Nợ xấu", "tỷ đồng", "1.250", N, "1,46"],
]
(HERE / "c07-thainguyentv-tctd-2023-08.csv").write_bytes(csv_bytes(C07).encode("utf-16"))

# c08 https://doingoaihungyen.vn/tin-tuc/hung-yen:-tong-nguon-von-tin-dung-tang-8-5ptram.html
# "Theo số liệu tổng hợp của Ngân hàng Nhà nước Chi nhánh tỉnh, ước tính đến hết tháng 7.2019, tổng nguồn vốn của các
# tổ chức tín dụng trên địa bàn tỉnh đạt trên 79,1 nghìn tỷ đồng, tăng gần 6,2 nghìn tỷ đồng (đạt tỷ lệ 8,5%) so với
# ngày 31.12.2018. Trong đó, nguồn vốn tự huy động ước đạt trên 70 nghìn tỷ đồng, tăng trên 6 nghìn tỷ đồng (đạt tỷ
# lệ 9,5%) so với ngày 31.12.2018."
# The clerk's: an XLSX, the month's column titled «Ước thực hiện», the unit in a title row (nghìn tỷ đồng, decimals),
# the rates unsigned; the clerk's working column of notes hidden (E), and the credit row not yet reported this month
# hidden (row 7).
write_xlsx("c08-doingoaihungyen-nguonvon-2019-07.xlsx", [
    ["NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH HƯNG YÊN", N, N, N, N, N],
    ["NGUỒN VỐN CỦA CÁC TỔ CHỨC TÍN DỤNG TRÊN ĐỊA BÀN THÁNG 7 NĂM 2019", N, N, N, N, N],
    ["Đơn vị: nghìn tỷ đồng", N, N, N, N, N],
    ["STT", "Chỉ tiêu", "Ước thực hiện đến 31/7/2019", "Tăng so với 31/12/2018", "Ghi chú nội bộ", "Tỷ lệ tăng (%)"],
    ["1", "Tổng nguồn vốn", 79.1, 6.2, "trên 79,1; tăng gần 6,2", 8.5],
    [N, "Trong đó: nguồn vốn tự huy động", 70, 6, "trên 70; tăng trên 6", 9.5],
    ["2", "Dư nợ cho vay", N, N, "chưa có số tháng 7", N],
], hidden_rows=(7,))
import openpyxl  # noqa: E402

_wb = openpyxl.load_workbook(HERE / "c08-doingoaihungyen-nguonvon-2019-07.xlsx")
_wb.active.column_dimensions["E"].hidden = True
_wb.save(HERE / "c08-doingoaihungyen-nguonvon-2019-07.xlsx")

# c09 https://baothuathienhue.vn/tong-von-huy-dong-cua-cac-ngan-hang-tren-25-ngan-ty-dong-a13457.html
# "Tính đến cuối tháng 6-2015, tổng nguồn vốn huy động của hệ thống ngân hàng trên toàn tỉnh đạt 25.9140 tỷ đồng,
# tăng 6,6% so với đầu năm. Trong đó, chủ yếu là vốn ngắn hạn và bằng đồng Việt Nam. Tổng dư nợ cho vay ước đạt
# 24.467 tỷ đồng, tăng 3,4% so với đầu năm 2015. Nợ xấu ở mức 480 tỷ đồng, chiếm 1,94% tổng dư nợ (giảm so với tỷ
# lệ 3,6% trong tổng dư nợ của 6 tháng đầu năm 2014)."
# The clerk's: a CSV from an old Windows machine (Windows-1258, tone marks combining), the page's «25.9140» as typed.
C09 = [
    ["HOẠT ĐỘNG NGÂN HÀNG TRÊN ĐỊA BÀN TỈNH 6 THÁNG ĐẦU NĂM 2015", N, N, N, N],
    ["Chỉ tiêu", "Đơn vị tính", "Thực hiện 30/6/2015", "Tăng so với đầu năm (%)", "Cùng kỳ năm 2014"],
    ["Tổng nguồn vốn huy động", "tỷ đồng", "25.9140", "6,6", N],
    ["Tổng dư nợ cho vay", "tỷ đồng", "24.467", "3,4", N],
    ["Nợ xấu", "tỷ đồng", "480", N, N],
    ["Tỷ lệ nợ xấu trên tổng dư nợ", "%", "1,94", N, "3,6"],
]
(HERE / "c09-baothuathienhue-nganhang-2015-h1.csv").write_bytes(to_cp1258(csv_bytes(C09)))

# c10 http://www.vietnamtourism.com/index.php/news/items/11232
# "Năm 2008 2009 2010 2011 2012 / Số lượng cơ sở 10.406 11.467 12.352 13.756 15.381 / Tăng trưởng (%) 14,6 10,2 7,7
# 11,4 11,8 / Số buồng 202.776 216.675 237.111 256.739 277.661 / Tăng trưởng (%) 13,7 6,9 9,4 8,3 8,1 / Công suất buồng
# bình quân (%) 59,9 56,9 58,3 59,7 58,8"
# The clerk's: the page's table as kept, a title added; each growth row under its quantity.
write_csv("c10-vietnamtourism-cosoluutru-2012.csv", [
    ["CƠ SỞ LƯU TRÚ DU LỊCH GIAI ĐOẠN 2008 - 2012", N, N, N, N, N],
    ["Năm", "2008", "2009", "2010", "2011", "2012"],
    ["Số lượng cơ sở", "10.406", "11.467", "12.352", "13.756", "15.381"],
    ["Tăng trưởng (%)", "14,6", "10,2", "7,7", "11,4", "11,8"],
    ["Số buồng", "202.776", "216.675", "237.111", "256.739", "277.661"],
    ["Tăng trưởng (%)", "13,7", "6,9", "9,4", "8,3", "8,1"],
    ["Công suất buồng bình quân (%)", "59,9", "56,9", "58,3", "59,7", "58,8"],
])
