"""The checker on rare fields and levels: the twenty-first sweep of fresh pages (issue 13, round 21, set ``c15-``).

A table pasted one cell per paragraph (a row's label, then each cell alone between blank lines) states figures of the
row: its cells are neither page numbers nor a line of numbers only.  Quotes from the sweep pages named by slug
(``evaluations/sweep/pages/<slug>.txt``), checked against the one-row table that holds none of a page's figures and
against a small table built by hand as the agency keeps it.
"""

from __future__ import annotations

from service.checker.recognisers.web import table_cells
from tests.sweep_tables import claims, flagged, table


# c15-quangkhai-danso-q2-2021 (a xã's population report, Q2 2021), as the page gives it
QUANGKHAI = ("3. Kết quả thực hiện một số chỉ tiêu kế hoạch Quý II năm 2021\n\n \n\nTên chỉ tiêu\n\nToàn xã\n\n"
             "Tân Quang\n\nNhũ Tỉnh\n\nVũ Xá\n\n1\n\nTổng số trẻ sinh ra\n\n32\n\n12\n\n13\n\n7\n\n"
             "Số trẻ nam sinh ra\n\n21\n\n8\n\n9\n\n4\n\nSố trẻ nữ sinh ra\n\n11\n\n4\n\n4\n\n3\n\n"
             "Số trẻ sinh ra là con thứ 3+\n\n9\n\n4\n\n3\n\n2\n\nSố tr")
# c11-camau-benhvien-2016 (a hospital's quality review), as the page gives it
CAMAU = ("5. SỐ LƯỢNG TIÊU CHÍ ĐẠT:\n\n1\n\n26\n\n43\n\n12\n\n0\n\n82\n\n6. % TIÊU CHÍ ĐẠT:\n\n1.22\n\n31.71\n\n"
         "52.44\n\n14.63\n\n0.00\n\n82\n\n \n\n")


def test_the_cells_of_a_table_pasted_one_per_paragraph_are_figures(dummy):
    got = claims(QUANGKHAI, dummy)
    cells = [t for t, v, k in got if k not in ("page", "furniture", "date", "period", "section", "ordinal")]
    assert cells[:4] == ["32", "12", "13", "7"]
    assert all(flagged(v) for t, v, k in got if t in ("32", "21", "11"))
    assert not [t for t, v, k in got if k == "page" and t != "1"]   # the row number under the header stays a label
    spans = table_cells(CAMAU)
    assert [CAMAU[s:e].strip() for s, e in spans][:6] == ["1", "26", "43", "12", "0", "82"]
    assert "31.71" in [CAMAU[s:e].strip() for s, e in spans]


def test_a_cell_is_checked_against_its_row(tmp_path):
    figures = table(tmp_path, ["DS-01,Tổng số trẻ sinh ra,trẻ,32", "DS-02,Số trẻ nam sinh ra,trẻ,21",
                               "DS-03,Số trẻ nữ sinh ra,trẻ,11"])
    text = QUANGKHAI.split("Số trẻ sinh ra là")[0]
    got = {t: v for t, v, k in claims(text, figures) if k == "count"}
    assert got["32"] == "supported" and got["21"] == "supported"
    wrong = text.replace("Tổng số trẻ sinh ra\n\n32", "Tổng số trẻ sinh ra\n\n33")
    assert flagged({t: v for t, v, k in claims(wrong, figures)}["33"])


def test_one_number_under_a_label_or_between_prose_is_no_table():
    # a visit counter's column: one number under each label
    assert table_cells("Thống kê truy cập\n\nHôm nay\n\n716\n\nHôm qua\n\n660\n\nTổng truy cập\n\n2850\n\n") == ()
    # a PDF page number between paragraphs of prose, and a single row of cells
    assert table_cells("kết quả như sau.\n\n12\n\nII. Phương hướng\n\nTổng số\n\n5\n\n6\n\n") == ()


def test_days_in_brackets_after_ngay_are_dates(dummy):
    # c15-kongchro-hdnd-2016
    text = "(GLO)- Trong 2 ngày (21 và 22-12), HĐND huyện Kông Chro khóa VI, nhiệm kỳ 2016-2021 đã tổ chức kỳ họp thứ hai."
    got = claims(text, dummy)
    assert not [t for t, v, k in got if flagged(v)]
    assert {t: k for t, v, k in got}["21"] == "date" and {t: k for t, v, k in got}["22-12"] == "date"
    # p11-qk9-daihoi-2015-2020: the same on an army congress's page
    got = claims("Trong 2 ngày (5 và 6-8), ÐH tổng kết thực hiện nghị quyết nhiệm kỳ", dummy)
    assert not [t for t, v, k in got if flagged(v)]
    # c15-chodon-hdnd-2012: the slash form, read before
    text = "Trong hai ngày 18 và 19/12, Hội đồng Nhân dân huyện Chợ Đồn đã tổ chức Kỳ họp thứ 5"
    assert not [t for t, v, k in claims(text, dummy) if flagged(v)]
