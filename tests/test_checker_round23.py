"""The checker on furniture, market prices, stocks and gifts: the twenty-third sweep of fresh pages (issue 13, round 23,
set ``c17-``).

Quotes from the sweep pages named by slug (``evaluations/sweep/pages/<slug>.txt``), from held-out cases and from public
pages found with the library's page search (address given), checked against the one-row table that holds none of a
page's figures:

- a document-sharing page: its counters (``66 1.1K 0``: pages, views in thousands, downloads) and the table of contents
  of the file it shows (page numbers after each title, section numbers run in after a page number);
- a world market's price stated as context (``bình quân giá vàng thế giới là hơn 1.909 USD một ounce``), unless a row
  of the table holds it;
- a target set for a later term (``đề ra chỉ tiêu giảm nghèo bình quân cho giai đoạn 2015 – 2020 là 1%/năm``).
"""

from __future__ import annotations

from pathlib import Path

from service.figures.load import load_table
from tests.sweep_tables import claims, flags, table

PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"


# ---------------------------------------------------------------- a document-sharing page

# c17-123doc-ntm-theodoi-baocao (123doc.net: the title, the counters, the title again, then the file's contents)
DOC_NTM = (PAGES / "c17-123doc-ntm-theodoi-baocao.txt").read_text(encoding="utf-8")
# http://123doc.org/document/691739-thuc-te-to-chuc-cong-tac-ke-toan-ban-hang-... (the same viewer, no thousands)
DOC_CAOBANG = ("THỰC TẾ TỔ CHỨC CÔNG TÁC KẾ TOÁN BÁN HÀNG VÀ XÁC ĐỊNH KẾT QUẢ KINH DOANH TẠI CÔNG TY CỔ PHẦN VẬT TƯ "
               "NÔNG NGHIỆP CAO BẰNG\n\n11 448 0\nTHỰC TẾ TỔ CHỨC CÔNG TÁC KẾ TOÁN BÁN HÀNG VÀ XÁC ĐỊNH KẾT QUẢ KINH "
               "DOANH TẠI CÔNG TY CỔ PHẦN VẬT TƯ NÔNG NGHIỆP CAO BẰNG\n\nĐang tải... (xem toàn văn)\n")
# https://123docz.net/document/5359316-phan-tich-tinh-hinh-cung-cau-ve-thi-truong-lua-gao-o-thi-xa-an-nhon-tinh-binh-
# dinh.htm (a thesis's contents, one title a line, dot leaders)
DOC_ANNHON = ("Bình Định, tháng 09 năm 2018\nTrang 2MỤC LỤC\nPHẦN I: MỞ ĐẦU 1\nPHẦN II: NỘI DUNG 3\nCHƯƠNG 1: CƠ SỞ LÝ "
              "LUẬN CHUNG VỀ NGUỒN HÀNG HOÁ .3\n1.1.Khái niệm cầu 3\n1.2 Khái niệm cung 3\n1.3 Cân bằng thị trường 4\n"
              "1.3.1 Vượt cầu 4\n1.3.2 Vượt ")


def test_a_viewers_counters_are_furniture(dummy):
    got = claims(DOC_NTM, dummy)
    assert [(t, k) for t, v, k in got][:3] == [("66", "furniture"), ("1.1K", "furniture"), ("0", "furniture")]
    assert [k for t, v, k in claims(DOC_CAOBANG, dummy)] == ["furniture"] * 3


def test_a_table_of_contents_holds_pages_and_sections(dummy):
    assert flags(DOC_NTM, dummy) == []
    kinds = {k for t, v, k in claims(DOC_NTM, dummy)}
    assert {"page", "section"} <= kinds
    got = claims(DOC_ANNHON, dummy)
    for t, v, k in got:
        assert v != "unsupported" or t == "2", (t, k)   # "Trang 2MỤC LỤC": a page marker glued to the heading (left)
    assert ("3", "not_a_figure", "page") in got          # "HÀNG HOÁ .3": after dot leaders


def test_prose_after_a_contents_heading_keeps_its_figures(dummy):
    # a report that lists its contents, then its first section's prose: the figures there are read
    text = ("MỤC LỤC\nI. Kết quả 2\nII. Nhiệm vụ 5\nI. Kết quả\nTrong năm, toàn huyện đã tổ chức tuyên truyền, vận động "
            "hội viên tham gia các phong trào thi đua của Hội, qua đó kết nạp mới được 125 hội viên, nâng tổng số lên "
            "3.412 hội viên.")
    assert {"125", "3.412"} <= set(flags(text, dummy))
    assert "2" not in flags(text, dummy) and "5" not in flags(text, dummy)


# ---------------------------------------------------------------- a world market's price

# c17-vnexpress-cpi-t10-2023 (the statistics office explains the gold index by the world price)
VNEXPRESS = ("Cũng trong tháng 10, giá vàng trong nước biến động ngược chiều với giá vàng thế giới. Tính đến ngày 25/10, "
             "bình quân giá vàng thế giới là hơn 1.909 USD một ounce, giảm 2,1% so với tháng 9 do xu hướng tỷ giá đồng "
             "USD và lợi suất trái phiếu kho bạc Mỹ tăng. Trong nước, chỉ số giá vàng tháng 10 tăng 0,92% so với tháng "
             "trước; trong rổ hàng hoá tính CPI, 9 nhóm hàng hoá, dịch vụ có chỉ số tăng giá.")
PETROLIMEX_DIR = HELDOUT / "zi-toan-quoc-petrolimex-ket-qua-kinh-doanh-2017-q1"
PETROLIMEX = (PETROLIMEX_DIR / "source.txt").read_text(encoding="utf-8")
# cand.com.vn (c17-cand-xangdau-4t-2015's shape): the world price named before a comma, the period's amount after it
AFTER_COMMA = "Do giá dầu thế giới giảm mạnh, trị giá xuất khẩu dầu thô chỉ đạt 1,29 tỷ USD, giảm 42,4%."


def test_a_world_price_stated_as_context_is_no_figure(dummy):
    got = claims(VNEXPRESS, dummy)
    assert ("1.909 USD", "not_a_figure", "money") in got
    assert "9" in flags(VNEXPRESS, dummy)                    # the office's own count stays a figure
    assert ("51,78 USD/thùng", "not_a_figure", "money") in claims(PETROLIMEX, dummy)
    assert "1,29 tỷ USD" in flags(AFTER_COMMA, dummy)


def test_a_table_that_keeps_the_world_price_still_checks_it():
    figures = load_table(PETROLIMEX_DIR / "figures.xlsx")
    got = claims(PETROLIMEX, figures)
    assert [v for t, v, k in got if t == "51,78 USD/thùng"] != ["not_a_figure"]
    wrong = PETROLIMEX.replace("51,78 USD/thùng", "52,78 USD/thùng")
    assert [v for t, v, k in claims(wrong, figures) if t == "52,78 USD/thùng"] == ["unsupported"]


# ---------------------------------------------------------------- a target set for a later term

# c17-thvl-giamngheo-2015 (the province's five years, then the draft's target for the next five)
THVL = ("Sau 5 năm, tỉ lệ hộ nghèo của tỉnh được kéo giảm còn dưới 3%, tỷ lệ thoát nghèo bình quân hằng năm đạt 1,54%. "
        "Dự thảo văn kiện trình đại hội đại biểu đảng bộ tỉnh lần thứ X đề ra chỉ tiêu giảm nghèo bình quân cho giai "
        "đoạn 2015 – 2020 là 1%/năm.")
# t8-tuachua-ccb-quy (a veterans' association sets its yearly target)
TUACHUA = ("Hội CCB thị trấn đã đề ra chỉ tiêu mỗi năm phấn đấu giảm từ 1-2 % hộ nghèo. Cùng với đó xây dựng các loại "
           "Quỹ nhằm giúp gia đình hội viên CCB nghèo")


def test_a_target_set_for_a_later_term_is_no_figure(dummy):
    assert flags(THVL, dummy) == ["3%", "1,54%"]
    assert not [t for t in flags(TUACHUA, dummy) if t.startswith(("1", "2"))]


# ---------------------------------------------------------------- "giảm tới": a change as much as

# c17-cand-dautho-t1-2015 (crude oil exported in January 2015)
DAUTHO = (PAGES / "c17-cand-dautho-t1-2015.txt").read_text(encoding="utf-8")
# p10-baomoi-xuatkhau-nuadau-2023 (agricultural exports of the half year)
BAOMOI = "kết quả cao, trong đó xuất khẩu rau quả tăng tới 64% và xuất khẩu gạo tăng 34% so với cùng kỳ."
# c17-cand-xangdau-4t-2015 (a price's fall: the table's rows hold quantities and values, not the unit price)
XANGDAU = (PAGES / "c17-cand-xangdau-4t-2015.txt").read_text(encoding="utf-8")


def test_a_change_as_much_as_is_a_change(dummy, tmp_path):
    assert [v for t, v, k in claims(DAUTHO, dummy) if t == "36,5%"] == ["unverified"]   # giảm mạnh tới 36,5%
    assert [v for t, v, k in claims(BAOMOI, dummy) if t == "64%"] == ["unverified"]     # tăng tới 64%
    # a price's change with "tới" stays as it was read, so a table of quantities and values does not take it for theirs
    figures = table(tmp_path, ['XD-05,Lượng xăng dầu nhập khẩu (4 tháng),nghìn tấn,"3.580","2.922,4"',
                               'XD-06,Trị giá xăng dầu nhập khẩu (4 tháng),triệu USD,"1.985","2.745,5"'],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước")
    assert "41%" not in flags(XANGDAU, figures)                  # "Đơn giá nhập khẩu bình quân giảm tới 41% so với …"
    assert {"22,5%", "27,7%"}.isdisjoint(flags(XANGDAU, figures))


# ---------------------------------------------------------------- "vốn … tăng thêm": the capital added, an amount

# c17-plo-fdi-8t-2011 (foreign investment of eight months)
PLO = ("Cùng thời gian này, đã có 168 lượt dự án đăng ký tăng vốn với tổng vốn đăng ký tăng thêm trên 1,6 tỷ USD, giảm "
       "47% về số dự án nhưng tăng khoảng 1% về số vốn đăng ký so với cùng kỳ. Hồng Kông dẫn đầu với tổng vốn đầu tư "
       "đăng ký cấp mới và tăng thêm gần 2,9 tỷ USD, chiếm 30,3% tổng vốn đầu tư vào Việt Nam.")
VINHPHUC_DIR = HELDOUT / "ze-vinh-phuc-ban-quan-ly-kcn-thu-hut-dau-tu-2022-11t"
VINHPHUC = (VINHPHUC_DIR / "source.txt").read_text(encoding="utf-8")


def test_the_capital_added_is_an_amount_not_a_change(dummy, tmp_path):
    got = claims(PLO, dummy)
    assert [(v, k) for t, v, k in got if t in ("1,6 tỷ USD", "2,9 tỷ USD")] == [("unsupported", "money")] * 2
    assert [k for t, v, k in claims(VINHPHUC, dummy) if t == "298,08 triệu USD"] == ["money"]
    # an increase of a level compared with an earlier period stays a change
    assert [k for t, v, k in claims("Tổng vốn đầu tư tăng thêm 200 tỷ đồng so với năm trước.", dummy)] == ["change"]
    assert [k for t, v, k in claims("Doanh thu tăng thêm 20 tỷ đồng.", dummy)] == ["change"]
    figures = table(tmp_path, ['F-01,Lượt dự án đăng ký tăng vốn,lượt,"168"',
                               'F-02,Vốn đăng ký tăng thêm,triệu USD,"1.620"'])
    assert "1,6 tỷ USD" not in flags(PLO, figures)
    assert "1,8 tỷ USD" in flags(PLO.replace("trên 1,6 tỷ", "trên 1,8 tỷ"), figures)
    vinhphuc = load_table(VINHPHUC_DIR / "figures.xlsx")
    assert [v for t, v, k in claims(VINHPHUC, vinhphuc) if t == "298,08 triệu USD"] == ["supported"]


# https://vietnambiz.vn/ton-that-dien/trang-1.html (the year's target, then the results of seven months)
VIETNAMBIZ = ("Năm 2023, EVN đặt mục tiêu tổn thất điện năng giảm còn 6,15%. Đây là một mục tiêu đầy thách thức trong bối "
              "cảnh quá nhiều khó khăn về vận hành hệ thống điện.\nLũy kế 7 tháng sản lượng điện toàn hệ thống đạt 125,5 "
              "tỷ kWh, tăng 11,7% so với cùng kỳ năm trước.")
# https://kinhtedothi.vn/evn-ha-noi-dat-muc-tieu-tang-ty-le-dien-thuong-pham-hon-11-8-ty-kwh.html
KINHTEDOTHI = ("Năm 2013, Tổng Công ty Điện lực Hà Nội (EVN HN) đặt mục tiêu tăng sản lượng điện thương phẩm đạt hơn 11,8 "
               "tỷ kWh, giảm tỷ lệ điện tổn thất xuống còn 7,1%, thực hiện tiết kiệm 2% điện thương phẩm... \n\nNăm 2012, "
               "EVN HN đạt mức tăng trưởng điện thương phẩm 11,29%, tỷ lệ tổn thất giảm còn 7,08%, thực hiện tiết kiệm "
               "được 209 triệu kWh điện.")


def test_a_target_set_without_ra_is_an_aim(dummy):
    assert "6,15%" not in flags(VIETNAMBIZ, dummy)
    assert "125,5 tỷ" in flags(VIETNAMBIZ, dummy)          # the results after it stay figures
    got = flags(KINHTEDOTHI, dummy)
    assert not [t for t in got if t.startswith("11,8")]
    # the aim ends with its clause, as after "phấn đấu": the targets listed after a comma (7,1%, 2%) are left
    assert [t for t in got if t.startswith("209")]
