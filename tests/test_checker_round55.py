"""Checker round 55 (chk55, issue 13): planted errors the checker let pass on the held-out folder
(evaluations/sweep/checker-round55.md). Each rule quotes two real sources; a planted wrong value is flagged, the
right one passes, and what the rule does not claim stays as it was.

- a number said of an earlier year the table keeps (``Tỷ lệ hộ nghèo (năm 2010)``, or last year's ``Cùng kỳ`` after
  ``so với cùng kỳ (năm 2017 đạt …``) is checked, not set aside as another period's — ``keptperiod.kept_earlier``;
- the membership delegates stand for is checked where the table keeps it (``Tổng số hội viên``) —
  ``keptmembers.membership_row``;
- a change said with an adverb of degree (``tăng nhẹ 2%``, ``giảm mạnh tới 36,5%``) goes the way of a rate row kept
  with its sign — ``degree.degree_direction``;
- a lone number word before the noun a count row's label opens with (``tám nghệ sĩ được phong tặng`` against ``Nghệ sĩ
  được phong tặng …``, unit ``người``) is read and checked — ``labelnoun.rows_named_by`` in ``table_words``;
- ``tăng trưởng 21,3%`` is a rise, checked against the kept change — ``growth.growth_said`` in ``extract``;
- ``bằng 94% so với cùng kỳ`` (an index, no verb of change) is checked against the row's kept rate (−6: 94) —
  ``keptindex.kept_index_of`` in ``derive._unverified``.
"""

from __future__ import annotations

from tests.sweep_tables import case_line_verdicts, csv_table, page

from service.checker.check import check_text
from service.checker.degree import degree_direction
from service.checker.extract import extract_numbers


def _of(got, said):
    return [v for t, v, _ in got if t == said]


# ---------------------------------------------------------------- a kept earlier year is checked

_TAM_NGHIA = "zy-quang-nam-nui-thanh-xa-tam-nghia-nong-thon-moi-2018"
_TAM_NGHIA_LINE = "tỷ lệ hộ nghèo giảm nhanh từ 9,94% năm 2010 xuống còn 0,19% năm 2018"
_HUNG_VUONG = "yw-phu-tho-thi-xa-phu-tho-hoi-ccb-phuong-hung-vuong-giam-ngheo-2009"
_HUNG_VUONG_LINE = ("Tỷ lệ hộ nghèo giảm nhanh từ 6,1% năm 2001 xuống còn 0,04% năm 2009. Trong khi đó, tỷ lệ hội viên "
                    "có mức sống từ khá trở lên tăng nhanh từ 20% năm 2004 lên 41% năm 2009.")


def test_a_rate_of_a_year_the_table_keeps_is_checked_against_that_row():
    # zy-quang-nam-nui-thanh-xa-tam-nghia-…-2018: row «1-2010 Tỷ lệ hộ nghèo (năm 2010)» = 9,94
    assert _of(case_line_verdicts(_TAM_NGHIA, _TAM_NGHIA_LINE), "9,94%") == ["supported"]
    got = case_line_verdicts(_TAM_NGHIA, _TAM_NGHIA_LINE, _TAM_NGHIA_LINE.replace("9,94%", "9,24%"))
    assert _of(got, "9,24%") == ["unsupported"]
    assert any("9,94%" in r for t, _, r in got if t == "9,24%")
    # yw-phu-tho-…-hung-vuong-…-2009: rows «2-2001 … (năm 2001)» = 6,1 and «3-2004 … (năm 2004)» = 20
    got = case_line_verdicts(_HUNG_VUONG, _HUNG_VUONG_LINE)
    assert _of(got, "6,1%") == ["supported"] and _of(got, "20%") == ["supported"]
    bad = _HUNG_VUONG_LINE.replace("6,1%", "6,2%").replace("20% năm 2004", "80% năm 2004")
    got = case_line_verdicts(_HUNG_VUONG, _HUNG_VUONG_LINE, bad)
    assert _of(got, "6,2%") == ["unsupported"] and _of(got, "80%") == ["unsupported"]


def test_last_year_s_rate_after_cung_ky_is_checked_against_the_kept_column():
    # m-huulung-yte-2018-9t: "… đạt 115,7% chỉ tiêu kế hoạch, tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%);" — row
    # «CK-01 Tỷ lệ thực hiện kế hoạch khám bệnh» keeps 90,4 as its Cùng kỳ
    line = "tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%);"
    assert _of(case_line_verdicts("m-huulung-yte-2018-9t", line), "90,4%") == ["supported"]
    got = case_line_verdicts("m-huulung-yte-2018-9t", line, line.replace("90,4%", "90,8%"))
    assert _of(got, "90,8%") == ["unsupported"]


def test_an_earlier_year_the_table_does_not_keep_stays_set_aside(tmp_path):
    # the same sentence against a table with this year's rate only: 2010's rate is no figure of the period
    table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Năm 2018\n1,Tỷ lệ hộ nghèo,%,\"0,19\"\n", "2018")
    text = "Trong đó, kinh tế - xã hội của địa phương phát triển nhanh, bền vững; " + _TAM_NGHIA_LINE + "; thu nhập"
    got = {n.text: n.verdict for n in check_text(text, table, period="2018").numbers}
    assert got["9,94%"] == "not_a_figure" and got["0,19%"] == "supported"
    # a kept year of another kind (a count of poor households in 2010) does not claim the rate
    table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Năm 2018\n1,Tỷ lệ hộ nghèo,%,\"0,19\"\n"
                                "2,Số hộ nghèo (năm 2010),hộ,150\n", "2018")
    got = {n.text: n.verdict for n in check_text(text, table, period="2018").numbers}
    assert got["9,94%"] == "not_a_figure"


# ---------------------------------------------------------------- the membership the table keeps

def test_the_membership_delegates_stand_for_is_checked_where_the_table_keeps_it():
    # h-namson-lhpn-2016: "cùng 89 đại biểu đại diện cho hơn 1.200 hội viên trong toàn xã." — «HV-00 Tổng số hội viên»
    # = 1.228 (noted «hơn 1.200 hội viên»)
    line = "cùng 89 đại biểu đại diện cho hơn 1.200 hội viên trong toàn xã."
    assert _of(case_line_verdicts("h-namson-lhpn-2016", line), "1.200") == ["supported"]
    got = case_line_verdicts("h-namson-lhpn-2016", line, line.replace("1.200", "1.260"))
    assert _of(got, "1.260") == ["unsupported"]
    # h-vanninh-lhpn-2016: "Hơn 200 đại biểu đại diện hơn 29.000 hội viên phụ nữ trên địa bàn huyện tham dự đại hội."
    # — «HV-02 Tổng số hội viên» = 29.150 (beside «HV-01 Số hội viên kết nạp mới trong nhiệm kỳ», a part)
    line = "Hơn 200 đại biểu đại diện hơn 29.000 hội viên phụ nữ trên địa bàn huyện tham dự đại hội."
    assert _of(case_line_verdicts("h-vanninh-lhpn-2016", line), "29.000") == ["supported"]
    got = case_line_verdicts("h-vanninh-lhpn-2016", line, line.replace("29.000", "89.000"))
    assert _of(got, "89.000") == ["unsupported"]


def test_a_membership_the_table_does_not_keep_whole_stays_the_congress_s(tmp_path):
    text = "Tới dự có đồng chí Phó Chủ tịch Hội phụ nữ huyện, cùng 89 đại biểu đại diện cho hơn 1.200 hội viên trong toàn xã."
    for rows in ("1,Hội viên kết nạp mới,hội viên,45\n",          # a part of the membership, not the whole
                 "1,Tổng số hội viên,hội viên,1.228\n2,Hội viên,hội viên,1.228\n"):   # two wholes: none chosen
        table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Năm 2016\n" + rows, "2016")
        got = {n.text: n.verdict for n in check_text(text, table, period="2016").numbers}
        assert got["1.200"] in ("not_a_figure", "supported"), rows
        if "Tổng số" not in rows:
            assert got["1.200"] == "not_a_figure"


# ---------------------------------------------------------------- a change said with an adverb of degree

_GIA_DINH = "xc-tp-ho-chi-minh-cap-nuoc-gia-dinh-ket-qua-kinh-doanh-2024-q2"


def test_a_slight_rise_is_no_fall_of_another_row():
    # xc-tp-ho-chi-minh-cap-nuoc-gia-dinh-…-2024-q2: "… doanh thu thuần đạt 171,8 tỷ đồng, tăng nhẹ 2% so với cùng kỳ."
    # rows «1-TL Doanh thu thuần: tốc độ tăng …» = 2, «3-TL Lợi nhuận gộp …» = −3,8
    line = "tăng nhẹ 2% so với cùng kỳ"
    assert _of(case_line_verdicts(_GIA_DINH, line), "2%") == ["supported"]
    assert _of(case_line_verdicts(_GIA_DINH, line, line.replace("2%", "3%")), "3%") == ["unsupported"]  # −3,8: a fall
    assert _of(case_line_verdicts(_GIA_DINH, line, line.replace("tăng", "giảm")), "2%") == ["unsupported"]
    # "chi phí bán hàng … tăng mạnh 36,6%": «7-TL» = 36,6, a rise — passes
    assert _of(case_line_verdicts(_GIA_DINH, "tăng mạnh 36,6%"), "36,6%") == ["supported"]


def test_a_sharp_fall_of_crude_oil_s_value_goes_the_row_s_way(tmp_path):
    # c17-cand-dautho-t1-2015: "… so với cùng kỳ tháng 1/2014, sản lượng dầu thô xuất khẩu vẫn tăng 46,6%, nhưng kim
    # ngạch giảm mạnh tới 36,5%." — the two rates kept with their signs in a change column
    text = page("c17-cand-dautho-t1-2015")
    table = csv_table(tmp_path, "STT,Chỉ tiêu,ĐVT,Tháng 1/2015,Tăng (+)/giảm (-) so với cùng kỳ (%)\n"
                                "1,Sản lượng dầu thô xuất khẩu,tấn,770.290,\"46,6\"\n"
                                "2,Kim ngạch dầu thô xuất khẩu,triệu USD,290,\"-36,5\"\n", "2015-01")
    fragment = "kim ngạch giảm mạnh tới 36,5%"
    got = {n.text: n.verdict for n in check_text(text, table, period="2015-01").numbers
           if text.index(fragment) <= n.start < text.index(fragment) + len(fragment)}
    assert got == {"36,5%": "supported"}
    bad = text.replace(fragment, "kim ngạch tăng mạnh tới 36,5%")
    s = bad.index("tăng mạnh tới 36,5%")
    got = [n.verdict for n in check_text(bad, table, period="2015-01").numbers if s <= n.start < s + 25]
    assert got == ["unsupported"]


def test_a_level_reached_is_no_direction_and_the_mention_is_unchanged():
    # "tăng lên 28,6%", "giảm xuống còn 1,36%", "tăng đến 3%": the level reached, no change's direction
    for text in ("tỷ lệ tăng lên 28,6% so với", "giảm xuống còn 1,36%", "CPI tăng đến 3% so với"):
        m = next(x for x in extract_numbers(text) if x.kind == "percent")
        assert degree_direction(text, m.num_start) is None
    text = "kim ngạch giảm rất mạnh 57,5% so với tháng 12/2017"   # c17-vinanet-dautho-t1-2018
    m = next(x for x in extract_numbers(text) if x.kind == "percent")
    assert degree_direction(text, m.num_start) == "giảm" and m.comparison is None   # extract's reading kept


# ---------------------------------------------------------------- a lone number word counting a row's own noun

def test_a_count_in_words_of_what_the_label_names_first_is_read_and_checked():
    # zn-hai-duong-hoi-van-hoc-nghe-thuat-2019: "…, 5 nghệ sĩ được phong tặng danh hiệu Nghệ sĩ Ưu tú." — row «VH02 Nghệ
    # sĩ được phong tặng danh hiệu Nghệ sĩ Ưu tú» = 5 người: the count written in words is read as the digits are
    slug, line = "zn-hai-duong-hoi-van-hoc-nghe-thuat-2019", "5 nghệ sĩ được phong tặng danh hiệu Nghệ sĩ Ưu tú"
    assert _of(case_line_verdicts(slug, line, line.replace("5", "năm", 1)), "năm") == ["supported"]
    assert _of(case_line_verdicts(slug, line, line.replace("5", "tám", 1)), "tám") == ["unsupported"]
    # yt-nghe-an-vinh-hoi-lhpn-phuong-ha-huy-tap-…-2015: "… xây dựng được 6 mái ấm tình thương, trao tặng 1.498 suất quà"
    # — rows «8 Mái ấm tình thương xây dựng mới» (to date: 6 căn) and «9 … hỗ trợ sửa chữa» = 1 căn
    slug, line = "yt-nghe-an-vinh-hoi-lhpn-phuong-ha-huy-tap-mo-lon-tiet-kiem-2015", "xây dựng được 6 mái ấm tình thương"
    assert _of(case_line_verdicts(slug, line, line.replace("6", "sáu")), "sáu") == ["supported"]
    assert _of(case_line_verdicts(slug, line, line.replace("6", "năm")), "năm") == ["unsupported"]


def test_one_word_in_common_or_the_article_reads_nothing(tmp_path):
    table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Năm 2019\n1,Nghệ sĩ được phong tặng danh hiệu Nghệ sĩ Ưu tú,"
                                "người,5\n2,Bên tham gia ký kết,người,4\n", "2019")
    for text in ("Hội đã xuất bản sách ảnh bằng ba thứ tiếng Việt – Anh.",       # no label opens so
                 "Hai bên cùng có lợi, ba nghệ nhân trẻ được mời dự.",           # «bên», «nghệ nhân»: one word or none
                 "Hội có một nghệ sĩ được phong tặng danh hiệu mới."):           # «một»: the article's rule, unchanged
        assert not [n for n in check_text(text, table, period="2019").numbers if n.text[:1].isalpha()], text


# ---------------------------------------------------------------- growth is a rise

def test_a_rate_of_growth_is_checked_against_the_kept_change(tmp_path):
    # xd-toan-quoc-viettel-construction-ket-qua-kinh-doanh-2023 (stop 51's working batch): "… doanh thu năm 2023 của
    # Viettel Construction đã cán mốc 11.399,4 tỷ đồng, hoàn thành 110% kế hoạch năm, tăng trưởng 21,3% so với năm
    # 2022." — the clerk's columns «Thực hiện so với kế hoạch năm (%)» 110 and «Tăng trưởng so với năm 2022 (%)» 21,3
    table = csv_table(tmp_path, "Mã;Chỉ tiêu;ĐVT;Năm 2023;Thực hiện so với kế hoạch năm (%);Tăng trưởng so với năm 2022 (%)\n"
                                "DT;Tổng doanh thu;tỷ đồng;11.399,4;110;21,3\n"
                                "LNTT;Lợi nhuận trước thuế;tỷ đồng;645,4;105;16,3\n", "2023")
    text = ("Trên cơ sở đó, doanh thu năm 2023 của Viettel Construction đã cán mốc 11.399,4 tỷ đồng, hoàn thành 110% kế "
            "hoạch năm, tăng trưởng 21,3% so với năm 2022.")
    got = {n.text: n.verdict for n in check_text(text, table, period="2023").numbers}
    assert got["21,3%"] == "supported"
    got = {n.text: n.verdict for n in check_text(text.replace("21,3%", "41,3%"), table, period="2023").numbers}
    assert got["41,3%"] == "unsupported"   # before: «unverified» (a rate with no base), never flagged
    # zl-tp-ho-chi-minh-citenco-moi-truong-do-thi-2018: "… doanh thu bán hàng và cung cấp dịch vụ đạt 855,3 tỷ đồng, tăng
    # trưởng 4,45% so với năm 2017. Lợi nhuận gộp tăng trưởng 10% đạt 118,1 tỷ" — «Tăng/giảm so với năm 2017 (%)» 4,45; 10
    line = "tăng trưởng 4,45% so với năm 2017. Lợi nhuận gộp tăng trưởng 10% đạt"
    slug = "zl-tp-ho-chi-minh-citenco-moi-truong-do-thi-2018"
    got = case_line_verdicts(slug, line)
    assert {v for t, v, _ in got if t in ("4,45%", "10%")} <= {"supported", "derived"}
    got = case_line_verdicts(slug, line, line.replace("4,45%", "4,85%").replace("10%", "19%"))
    assert _of(got, "4,85%") == ["unsupported"] and _of(got, "19%") == ["unsupported"]


def test_growth_with_a_word_between_or_negative_growth_reads_no_direction():
    for text in ("tăng trưởng GRDP trên 10%", "tăng trưởng âm 2%", "tăng trưởng 5 dự án mới"):
        assert all(m.comparison is None for m in extract_numbers(text)), text
    m = next(x for x in extract_numbers("tăng trưởng đạt hơn 27% so với") if x.kind == "percent")
    assert m.comparison == "tăng"


# ---------------------------------------------------------------- an index against last year the table keeps

def test_an_index_against_last_year_is_checked_against_the_kept_rate():
    # zk-ba-ria-vung-tau-chau-duc-so-ket-ktxh-2019-q1: "… giá trị sản xuất nông nghiệp, thủy sản, đạt 27% so với kế hoạch
    # năm, bằng 94% so với cùng kỳ;" — «1-TL … : so với cùng kỳ» kept as 94 (read −6), «1-2 … : so kế hoạch năm» 27
    slug, line = "zk-ba-ria-vung-tau-chau-duc-so-ket-ktxh-2019-q1", "đạt 27% so với kế hoạch năm, bằng 94% so với cùng kỳ;"
    assert _of(case_line_verdicts(slug, line), "94%") == ["supported"]
    got = case_line_verdicts(slug, line, line.replace("94%", "84%"))
    assert _of(got, "84%") == ["unsupported"]   # before: «unverified» (no last year's value of 1-2)
    assert any("94%" in r for t, _, r in got if t == "84%")
    # zn-toan-quoc-xuat-khau-lao-dong-2015-01: "… đã đạt 9,13% kế hoạch năm 2015 và bằng 139,42% so với cùng kỳ năm
    # ngoái." — «R-3-TL Tổng số lao động xuất cảnh: so với cùng kỳ» = 139,42 beside «R-3-2 …: tỷ lệ % so với KH» (its own
    # row not kept: the two columns are one line)
    slug, line = "zn-toan-quoc-xuat-khau-lao-dong-2015-01", "bằng 139,42% so với cùng kỳ năm ngoái"
    assert _of(case_line_verdicts(slug, line), "139,42%") == ["supported"]
    assert _of(case_line_verdicts(slug, line, line.replace("139,42%", "539,42%")), "539,42%") == ["unsupported"]
    # zy-ha-noi-chi-cuc-hai-quan-khu-vuc-i-…-2026-2t: "… làm thủ tục cho 7.323 chuyến bay hành khách, đạt 97,6% so với
    # cùng kỳ năm trước." — «III.1-TL» 97,6
    slug, line = "zy-ha-noi-chi-cuc-hai-quan-khu-vuc-i-thu-ngan-sach-2026-2t", "đạt 97,6% so với cùng kỳ năm trước"
    assert _of(case_line_verdicts(slug, line), "97,6%") == ["supported"]
    assert _of(case_line_verdicts(slug, line, line.replace("97,6%", "97,3%")), "97,3%") == ["unsupported"]


def test_an_index_with_no_kept_rate_of_its_row_stays_unverified(tmp_path):
    # the same sentence where the table keeps only the plan's share: nothing proves or refutes the index
    table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Quý I/2019,Thực hiện so với kế hoạch năm (%)\n"
                                "1,Giá trị sản xuất nông nghiệp - thủy sản,tỷ đồng,,27\n"
                                "2,Thu ngân sách,tỷ đồng,55,\n", "2019-Q1")
    text = "Theo báo cáo, trong quý I, giá trị sản xuất nông nghiệp, thủy sản, đạt 27% so với kế hoạch năm, bằng 84% so với cùng kỳ."
    got = {n.text: n.verdict for n in check_text(text, table, period="2019-Q1").numbers}
    assert got["84%"] == "unverified"
