"""Template round 72: a heading's period said ``từ đầu năm 2020`` (the year so far) ends at the report's date, so it
is no later period (service/onboarding/sofar.py, used by ``rows.is_plan``).  Sources: the half-year disaster report
xo-toan-quoc-tong-cuc-pctt-thien-tai-2020-h1 (``I. TÌNH HÌNH THIÊN TAI VÀ THIỆT HẠI TỪ ĐẦU NĂM 2020``: its section
was skipped as the next half's plan, 0 of 22 rows), and the eight months' report
xh-quang-binh-tru-so-tiep-cong-dan-tiep-doan-dong-nguoi-2018-8t (``Từ đầu năm 2018 đến nay``, the periods reader's
so-far reading).  Negatives: ``Từ đầu năm 2019 đến nay`` in 2018's review (r-ca-nuoc-pctt-2018: it starts after),
the same page's ``6 tháng cuối năm 2020`` and a year alone after the report's half."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from index.model import Section
from service.onboarding.rows import is_plan
from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"
PCTT = "xo-toan-quoc-tong-cuc-pctt-thien-tai-2020-h1"


def _section(heading: str) -> Section:
    return Section(number="I", heading=heading, level=1, path="I")


def test_the_disaster_reports_section_is_read_whole():
    tpl = build_template(HELD / PCTT / "source.txt")
    assert not tpl.skipped_sections
    values = {r.value for r in tpl.rows}
    # the opening's counts and the dash list under «Tính đến ngày 29/6/2020, thiên tai đã làm:»
    for v in ("186", "40", "9", "21", "2", "47", "1", "130", "1765", "59961", "108458", "54793", "16956", "36643",
              "7955", "18", "3"):
        assert Decimal(v) in values, v
    assert len(tpl.rows) == 22


def test_a_year_so_far_heading_is_the_reports_own():
    assert not is_plan(_section("TÌNH HÌNH THIÊN TAI VÀ THIỆT HẠI TỪ ĐẦU NĂM 2020"), "2020-H1")
    # xh-quang-binh-…-2018-8t: «Từ đầu năm 2018 đến nay, toàn tỉnh tiếp 65 lượt đoàn công dân»
    assert not is_plan(_section("Từ đầu năm 2018 đến nay"), "2018-8T")


def test_a_later_start_or_a_later_half_stays_a_plan():
    # r-ca-nuoc-pctt-2018: «Từ đầu năm 2019 đến nay, trên cả nước đã xảy ra 12 loại hình thiên tai» in 2018's review
    assert is_plan(_section("Từ đầu năm 2019 đến nay"), "2018")
    # the disaster report's own title: «… nhiệm vụ trọng tâm 6 tháng cuối năm 2020»
    assert is_plan(_section("NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2020"), "2020-H1")
    assert is_plan(_section("TÌNH HÌNH THIÊN TAI NĂM 2020"), "2020-H1")
    assert is_plan(_section("Dự kiến đầu năm 2021"), "2020-H1")
