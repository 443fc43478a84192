"""Checker round 47 (chk47, issue 13): stop 48's working batch ``yx-`` (evaluations/sweep/checker-round47.md). Each
rule quotes two real sources at least and keeps checked what it does not claim.

- years before 1900 told by their notation: a bracketed span ending in a year of our time (``(1791-2017)``,
  ``(1724 - 2024)``, or after a name: ``Lê Hữu Trác (1724-1791)``), four digits restating a lunar year's name (``năm
  Tân Hợi 1791``), ``năm`` and four digits closing a clause (``hoàn thành năm 1770;``) — ``oldyears``;
- a congress's delegates counted with the membership they stand for (``91 đại biểu đại diện cho hơn 8.000 hội viên``):
  the congress's attendance — ``delegation.delegates_standing_for_members`` (and the membership after a comma,
  ``delegation.members_after_a_comma``);
- the seats of a committee elected or presented with its term, whatever noun counts them (``bầu BCH khóa II gồm 11
  ông, bà``) — ``committee.committee_seats``;
- a paragraph opening on a year after the report's (``Năm 2017, Hội … phấn đấu …. Toàn tỉnh khám chữa bệnh … cho trên
  150.000 lượt``): all of it is that year's aims — ``laterpara.later_paragraph``;
- the precepts of a named person's teaching counted (``9 điều y huấn cách ngôn của Đại y tôn …``, ``5 điều Bác Hồ
  dạy``): a name — ``teachings.TEACHING_PARTS``;
- a size per unit after ``mỗi <noun>`` inside a habit (``mỗi năm mở 2 lớp (mỗi lớp 50 người)``) where a row keeps the
  size per that noun (``người/lớp``): checked against it — ``perrow.per_unit_row_kept``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import case_line_verdicts, checks, flagged_in, heldout, page, within


# ---------------------------------------------------------------- years before 1900

def test_a_bracketed_span_of_a_life_or_anniversary_is_years(dummy):
    # yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016, its first line
    text = heldout("yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016")
    assert flagged_in(text, dummy, "Hải Thượng Lãn Ông (1791-2017)") == []
    # yx-quang-nam-nui-thanh-hoi-dong-y-huyen-tong-ket-2023, its second line
    text = heldout("yx-quang-nam-nui-thanh-hoi-dong-y-huyen-tong-ket-2023")
    assert flagged_in(text, dummy, "ngày sinh của ông (1724 - 2024)") == []


def test_a_lunar_name_restated_in_digits_is_a_year(dummy):
    # yx-bac-ninh-hoi-dong-y-tinh-tong-ket-2018: "ngày mất của ông (ngày Rằm tháng Giêng năm Tân Hợi 1791)"
    text = heldout("yx-bac-ninh-hoi-dong-y-tinh-tong-ket-2018")
    assert flagged_in(text, dummy, "năm Tân Hợi 1791") == []
    assert {k for _, v, k in within(text, dummy, "năm Tân Hợi 1791") if v == "not_a_figure"} == {"year"}


def test_a_life_s_years_after_a_name_and_an_old_year_after_nam(dummy):
    # c40-lyluanphebinh-…: "Lê Hữu Trác (1724-1791) với bộ sách …", "Tập đầu hoàn thành năm 1770; …", "… khắc in lần đầu
    # năm 1885."
    text = page("c40-lyluanphebinh-hai-thuong-y-tong-tam-linh")
    assert flagged_in(text, dummy, "Lê Hữu Trác (1724-1791)") == []
    assert flagged_in(text, dummy, "hoàn thành năm 1770;") == []
    assert flagged_in(text, dummy, "lần đầu năm 1885.") == []
    # c40-123docz-…: "ngày rằm tháng giêng năm Tân Hợi (1791)", "(tức ngày 11 tháng 12 năm 1720)"
    text = page("c40-123docz-hai-thuong-y-tong-tam-linh")
    assert flagged_in(text, dummy, "năm Tân Hợi (1791)") == []
    assert flagged_in(text, dummy, "tháng 12 năm 1720)") == []


def test_counts_in_brackets_and_a_name_the_digits_do_not_restate_stay_checked(dummy):
    # negatives on the same notation: a span running backwards or ending before our time, a count after a lunar year
    # whose name is not its own (Tân Hợi is 1791, 1851, …; never 1795)
    text = ("Quỹ hỗ trợ (1500-1200) hội viên. Số hộ (1200-1500) tăng. Năm Tân Hợi 1795 hội viên được thăm hỏi. "
            "Năm Tân Hợi 1851 là năm giỗ.")
    assert flagged_in(text, dummy, "(1500-1200)") == ["1500", "1200"]
    assert flagged_in(text, dummy, "(1200-1500)") != []
    assert flagged_in(text, dummy, "Năm Tân Hợi 1795") == ["1795"]
    assert flagged_in(text, dummy, "Năm Tân Hợi 1851") == []
    # a count after năm goes on to its noun; a bracketed range of counts after a lower-case word stays a range
    text = "Trong năm 1250 lượt người được khám. Mức hỗ trợ (1200-1500) tùy hộ."
    assert flagged_in(text, dummy, "năm 1250 lượt") == ["1250"]
    # a decimal after năm (q-lam-ha-ktxh-2022-h1's swap plant "6 tháng đầu năm 1351,1 ha") is no year
    assert flagged_in("Diện tích thu hoạch 6 tháng đầu năm 1351,1 ha.", dummy, "năm 1351,1 ha") == ["1351,1 ha"]
    assert flagged_in(text, dummy, "hỗ trợ (1200-1500)") != []


# ---------------------------------------------------------------- delegates standing for members

def test_delegates_standing_for_a_counted_membership_are_the_congress(dummy):
    # yx-thua-thien-hue-…: the list of who came opens on a typed "Đự Đại hội có" (kept as written)
    text = heldout("yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022")
    assert flagged_in(text, dummy, "91 đại biểu đại diện cho hơn 8.000 hội viên") == []
    # t18-thanhnien-vinhhanh-doan-daihoi-2022: the delegates elect, they are not said to attend
    text = page("t18-thanhnien-vinhhanh-doan-daihoi-2022")
    assert flagged_in(text, dummy, "60 đại biểu đại diện cho hơn 120 đoàn viên") == []
    # t3-nganson-ccb-2022: "tổ chức Đại hội …, với 128 đại biểu đại diện cho hơn 1.600 hội viên CCB"
    text = page("t3-nganson-ccb-2022")
    assert flagged_in(text, dummy, "128 đại biểu đại diện cho hơn 1.600") == []
    # c18-hatinh-halinh-hnd-2025 and t31-dinhlap-dai-hoi-phu-nu-xa-2021: a comma before đại diện, the membership too
    text = page("c18-hatinh-halinh-hnd-2025")
    assert flagged_in(text, dummy, "74 đại biểu, đại diện cho hơn 1.700") == []
    text = page("t31-dinhlap-dai-hoi-phu-nu-xa-2021")
    assert flagged_in(text, dummy, "63 đại biểu, đại diện cho hơn 700") == []


def test_delegates_without_a_counted_membership_stay_checked(dummy):
    # the people elected, standing for no counted membership (p9-…-nghean pages: "công bố danh sách 13 đại biểu, đại
    # diện cho các tầng lớp nhân dân"); delegates counted as a result of the year
    text = ("Ủy ban Bầu cử tỉnh công bố danh sách 13 đại biểu, đại diện cho các tầng lớp nhân dân. "
            "Trong năm, Hội giới thiệu 25 đại biểu tham gia HĐND các cấp.")
    assert flagged_in(text, dummy, "13 đại biểu, đại diện") == ["13"]
    assert flagged_in(text, dummy, "25 đại biểu tham gia") == ["25"]


# ---------------------------------------------------------------- a committee's seats, any noun

def test_an_elected_committee_sized_by_any_noun_is_the_new_term(dummy):
    # yx-thua-thien-hue-…: "Với tinh thần trách nhiệm, Đại hội đã bầu BCH khóa II gồm 11 ông, bà;"
    text = heldout("yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022")
    assert flagged_in(text, dummy, "gồm 11 ông, bà") == []
    # c40-cuuchienbinh-…: "ra mắt Ban Chấp hành Trung ương Hội … khoá XIII gồm 155 đại biểu đại diện cho các cấp Hội"
    text = page("c40-cuuchienbinh-dai-hoi-phu-nu-toan-quoc-xiii")
    assert flagged_in(text, dummy, "gồm 155 đại biểu") == []


def test_what_a_committee_did_and_an_organisation_s_make_up_stay_checked(dummy):
    text = ("Ban Chấp hành Hội đã chỉ đạo 11 chi hội tổ chức sinh hoạt. BCH khóa II đã tặng quà gồm 30 suất quà. "
            "Ban Chấp hành đã thăm hỏi các gia đình, gồm 45 hộ nghèo.")
    assert flagged_in(text, dummy, "chỉ đạo 11 chi hội") == ["11"]
    assert flagged_in(text, dummy, "gồm 30 suất quà") == ["30"]
    assert flagged_in(text, dummy, "gồm 45 hộ nghèo") == ["45"]


# ---------------------------------------------------------------- a paragraph opening on a later year

def test_a_paragraph_opening_on_a_later_year_is_its_aims():
    # yx-ninh-thuan-…-2016: the 2016 paragraph's results, then "Năm 2017, Hội Đông y tỉnh phấn đấu 100% xã, phường có tổ
    # chức Hội. Toàn tỉnh khám chữa bệnh đông y cho trên 150.000 lượt bệnh nhân; … cho trên 25.000 lượt người; …"
    got = case_line_verdicts("yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016",
                             "Toàn tỉnh khám chữa bệnh đông y cho trên 150.000 lượt bệnh nhân; tổ chức tặng quà")
    assert [(t, v) for t, v, _ in got] == [("150.000", "not_a_figure")]
    # yx-phu-yen-…-2022: "Năm 2023, hội tiếp tục đổi mới …; nâng cao hiệu quả cuộc vận động và 2 phong trào thi đua lớn"
    got = case_line_verdicts("yx-phu-yen-hoi-cuu-tnxp-tinh-tong-ket-2022",
                             "nâng cao hiệu quả cuộc vận động và 2 phong trào thi đua lớn của hội")
    assert [(t, v) for t, v, _ in got] == [("2", "not_a_figure")]


def test_the_period_s_own_paragraph_and_a_later_year_s_report_stay_checked(dummy):
    # the 2016 paragraph of the same page is checked (its planted errors are caught against the table)
    got = case_line_verdicts("yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016",
                             "Năm 2016, toàn tỉnh khám, chữa bệnh đông y cho trên 163.000 lượt bệnh nhân",
                             "Năm 2016, toàn tỉnh khám, chữa bệnh đông y cho trên 136.000 lượt bệnh nhân")
    assert [(t, v) for t, v, _ in got] == [("2016", "not_a_figure"), ("136.000", "unsupported")]
    # a later year's paragraph turning back to what was done, or to another year, reports again
    text = ("Năm 2017, Hội phấn đấu 100% xã có tổ chức Hội. Hiện Hội đã hỗ trợ 12 hộ vay vốn.\n"
            "Năm 2017, Hội tiếp tục vận động. Riêng năm 2016, Hội trao 45 suất quà.")
    got = {c.text: c.verdict for c in checks(text, dummy, "2016")}
    assert got["12"] == "unsupported" and got["45"] == "unsupported"


# ---------------------------------------------------------------- a per-unit size a row keeps, inside a habit

_HUE = "yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022"
_CLASSES = "mỗi năm mở 2 lớp (mỗi lớp 50 người)"


def test_a_per_class_size_a_row_keeps_is_checked_inside_a_habit():
    # the Huế case's row 2 "Học viên mỗi lớp tập huấn" = 50 người/lớp
    assert [(t, v) for t, v, _ in case_line_verdicts(_HUE, _CLASSES)] == [("2", "supported"), ("50", "supported")]
    for bad in ("mỗi năm mở 2 lớp (mỗi lớp 51 người)", "mỗi năm mở 2 lớp (mỗi lớp 354 người)"):
        got = case_line_verdicts(_HUE, _CLASSES, bad)
        assert got[1][1] == "unsupported", got


def test_a_habit_s_per_unit_size_no_row_keeps_stays_a_habit(tmp_path):
    # the same sentence against a table of the term's totals only: the size per class is the habit's
    from tests.sweep_tables import table
    d = table(tmp_path, ["1,Lớp tập huấn luật người khuyết tật mở mỗi năm,lớp/năm,2", "3,Suất quà vận động hỗ trợ,suất,354"])
    text = heldout(_HUE)
    got = {c.text: c.verdict for c in checks(text.replace("(mỗi lớp 50 người)", "(mỗi lớp 51 người)"), d, "2016-2022")}
    assert got["51"] == "not_a_figure"


# ---------------------------------------------------------------- a named person's precepts

def test_the_precepts_of_a_named_person_s_teaching_are_a_name(dummy):
    # yx-ninh-thuan-…: "ôn lại tiểu sử, y nghiệp, truyền thống y đức, y thuật, 9 điều y huấn cách ngôn của Đại y tôn"
    text = heldout("yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016")
    assert flagged_in(text, dummy, "9 điều y huấn cách ngôn của Đại y tôn") == []
    # c40-thphanhuyich-…: "sinh hoạt 5 điều Bác Hồ dạy", "thuộc 5 điều Bác dạy mà phải hiểu rõ"
    text = page("c40-thphanhuyich-5-dieu-bac-ho-day")
    assert flagged_in(text, dummy, "sinh hoạt 5 điều Bác Hồ dạy cho toàn thể") == []
    assert flagged_in(text, dummy, "thuộc 5 điều Bác dạy") == []


def test_parts_reached_or_given_by_a_body_stay_checked(dummy):
    text = ("Năm 2020, xã đạt 19 tiêu chí Nông thôn mới. Hội hoàn thành 5 nhiệm vụ của Đảng ủy giao. "
            "Xã triển khai 3 nội dung của UBND tỉnh. Tổ chức 6 buổi Hội nghị.")
    assert flagged_in(text, dummy, "đạt 19 tiêu chí") == ["19"]
    assert flagged_in(text, dummy, "hoàn thành 5 nhiệm vụ") == ["5"]
    assert flagged_in(text, dummy, "triển khai 3 nội dung của UBND") == ["3"]
    assert flagged_in(text, dummy, "6 buổi Hội nghị") == ["6"]
    # ys-ca-mau-phu-tan-…-2019: "Với 23 chỉ tiêu của Tỉnh hội giao, thực hiện đạt và vượt 22 chỉ tiêu": targets assigned
    text = heldout("ys-ca-mau-phu-tan-hoi-nong-dan-huyen-tong-ket-2019")
    assert [t for t, v, _ in within(text, dummy, "Với 23 chỉ tiêu của Tỉnh hội giao") if v == "not_a_figure"] == []
