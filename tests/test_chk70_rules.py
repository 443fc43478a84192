"""Checker round 70 (chk70, issue 13): three readings the fresh c50 set showed, each with a second real source and
negatives.

- ``recognisers.comparedfirst``: ``So với tháng trước, giảm 1 vụ, 1 người chết`` — the comparison opens the clause, the
  verb leads the list: the later amounts are changes (sweep c50-baoninhthuan, t6-ninhthuan, p23-baoninhthuan,
  p23-bocongan).
- ``recognisers.multiples.after_amount``: ``498 tỷ đồng, gấp 2,6 lần.`` — a bare multiple right after its amount is last
  period's multiple, not a count of ``lần`` (sweep c50-cafef-bctc, p15-cafef-dulich, t25-cafef-lamnghiep).
- ``changes._PRICE_SUBJECT`` leaves out ``giá vốn`` (the cost of goods sold, an amount): ``giá vốn hàng bán giảm tới
  42%`` is a rate of change (sweep c50-cafef-bctc; the held-out xc-…-cap-nuoc-gia-dinh keeps ``Giá vốn hàng bán`` +6,9).
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import FULL, case_line_verdicts, flagged, page_near as _near, table


# ---------------------------------------------------------------- the comparison said first, the verb once
def test_the_list_after_so_voi_thang_truoc_is_of_changes(dummy):
    got = _near("c50-baoninhthuan-an-toan-giao-thong-thang-12", "So với tháng trước, giảm 1 vụ, 1 người chết.", dummy,
                "2019-12")
    assert [(t, k) for t, k, _ in got] == [("1", "change"), ("1", "change")]
    assert not any(flagged(v) for _, _, v in got)


def test_second_source_a_week_and_a_verb_of_its_own(dummy):
    got = _near("t6-ninhthuan-atgt-tuan", "So với tuần trước, giảm 1 vụ, 1 người chết, tăng 2 người bị thương.", dummy)
    assert [(t, k) for t, k, _ in got] == [("1", "change"), ("1", "change"), ("2", "change")]


def test_third_source_joined_by_va(dummy):
    got = _near("p23-bocongan-tngt-chayno-2018-05", "So với tháng 4/2018, giảm 58 vụ, 11 người chết và 66 người bị thương",
                dummy)
    assert [(t, k) for t, k, _ in got if t != "4/2018"] == [("58", "change"), ("11", "change"), ("66", "change")]


def test_the_changes_are_checked_against_the_rows(tmp_path):
    figures = table(tmp_path, ["1,Số vụ cháy,vụ,305,363", "2,Số người chết do cháy,người,9,20",
                               "3,Số người bị thương do cháy,người,5,71"],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kỳ trước")
    text = ("Toàn quốc xảy ra 305 vụ cháy, làm chết 9 người, bị thương 5 người. So với tháng 4/2018, giảm 58 vụ, "
            "11 người chết và 66 người bị thương.")
    got = {n.text: n.verdict for n in check_text(text, figures, period="2018-05").numbers}
    assert not flagged(got["11"]) and not flagged(got["66"])
    wrong = {n.text: n.verdict for n in check_text(text.replace("11 người chết", "12 người chết"), figures,
                                                   period="2018-05").numbers}
    assert flagged(wrong["12"])


def test_the_next_sentence_stays_a_count(dummy):
    got = _near("c50-baoninhthuan-an-toan-giao-thong-thang-12", "Va chạm giao thông xảy ra 8 vụ, làm bị thương 12 người.",
                dummy, "2019-12")
    assert [(t, k) for t, k, v in got if flagged(v)] == [("8", "count"), ("12", "count")]


def test_a_comparison_with_no_verb_after_it_leaves_the_levels(dummy):
    text = "So với cùng kỳ, toàn tỉnh xảy ra 5 vụ, làm 3 người chết."
    got = {n.text: (n.kind, n.verdict) for n in check_text(text, dummy, period="2019-12").numbers}
    assert got["3"][0] == "count" and flagged(got["3"][1])


# ---------------------------------------------------------------- a bare multiple after its amount
def test_bare_multiples_after_the_amount_are_no_counts(dummy):
    got = _near("c50-cafef-bctc-quy-2-2024-doanh-nghiep",
                "lợi nhuận sau thuế 498 tỷ đồng, gấp 2,6 lần. Lãi ròng thu về 365 tỷ đồng, gấp 4,4 lần.", dummy)
    assert [(t, v) for t, _, v in got if "tỷ" not in t] == [("2,6", "unverified"), ("4,4", "unverified")]


def test_second_and_third_sources(dummy):
    got = _near("p15-cafef-dulich-7t-2023", "ước đạt hơn 6,6 triệu lượt người, gấp 6,9 lần.", dummy)
    assert [(t, v) for t, _, v in got if t == "6,9"] == [("6,9", "unverified")]
    got = _near("t25-cafef-lamnghiep-t7-2019", "Phú Yên đạt 31,1 nghìn m3, gấp 2 lần; Lâm Đồng đạt 8,3 nghìn m3, gấp 3 lần.",
                dummy)
    assert [(t, v) for t, _, v in got if t in ("2", "3")] == [("2", "unverified"), ("3", "unverified")]


def test_the_multiple_is_checked_against_last_years_value(tmp_path):
    figures = table(tmp_path, ["1,Khách quốc tế đến Việt Nam,lượt người,6600000,960000,"], header=FULL)
    text = "Tính chung 7 tháng năm 2023, khách quốc tế đến nước ta ước đạt hơn 6,6 triệu lượt người, gấp 6,9 lần."
    got = {n.text: n.verdict for n in check_text(text, figures, period="2023-7T").numbers}
    assert got["6,9"] == "derived"
    wrong = {n.text: n.verdict for n in check_text(text.replace("6,9 lần", "9,6 lần"), figures, period="2023-7T").numbers}
    assert flagged(wrong["9,6"])


def test_a_bracketed_multiple_with_its_base_after_keeps_its_reading(dummy):
    got = _near("c18-baodautu-lienminh-htx-2020", "tăng 3.622,7 triệu đồng (gấp khoảng 5,2 lần) so với năm 2003", dummy)
    assert [(t, k) for t, k, _ in got if t == "5,2"] == [("5,2", "count")]


def test_a_multiple_of_a_named_base_keeps_its_reading(dummy):
    got = _near("p15-cafef-dulich-7t-2023", "gấp 2,9 lần cùng kỳ năm trước", dummy)
    assert [(t, v) for t, _, v in got] == [("2,9", "unverified")]


# ---------------------------------------------------------------- the cost of goods sold is no price
def test_the_cost_of_goods_sold_falling_is_a_change(dummy):
    got = _near("c50-cafef-bctc-quy-2-2024-doanh-nghiep", "giá vốn hàng bán giảm tới 42%", dummy)
    assert [(t, v) for t, _, v in got] == [("42%", "unverified")]


def test_the_cost_change_is_checked_against_the_row(tmp_path):
    figures = table(tmp_path, ["1,Doanh thu thuần,tỷ đồng,605,864,", "2,Giá vốn hàng bán,tỷ đồng,430,741,"], header=FULL)
    text = "Trong quý 2, doanh thu thuần đạt 605 tỷ đồng, giảm 30% so với cùng kỳ. Tuy nhiên, giá vốn hàng bán giảm tới 42%."
    got = {n.text: n.verdict for n in check_text(text, figures, period="2024-Q2").numbers}
    assert got["42%"] == "derived"
    wrong = {n.text: n.verdict for n in check_text(text.replace("tới 42%", "tới 24%"), figures, period="2024-Q2").numbers}
    assert flagged(wrong["24%"])


def test_second_source_tới_reads_as_the_plain_change():
    """The held-out company keeps ``Giá vốn hàng bán`` (+6,9 against last year): ``tăng tới 6,9%`` is read as ``tăng
    6,9%`` is (whatever its table then says of it)."""
    line = "giá vốn hàng bán tăng 6,9%"
    slug = "xc-tp-ho-chi-minh-cap-nuoc-gia-dinh-ket-qua-kinh-doanh-2024-q2"
    assert case_line_verdicts(slug, line, "giá vốn hàng bán tăng tới 6,9%") == case_line_verdicts(slug, line)


def test_a_price_falling_keeps_its_reading(dummy):
    got = _near("c17-cand-xangdau-4t-2015", "Do đơn giá bình quân giảm tới 49,7%", dummy)
    assert [(t, k) for t, k, v in got] == [("49,7%", "percent")] and flagged(got[0][2])
