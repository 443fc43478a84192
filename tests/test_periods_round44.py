"""Round 44 of the period reader: a month of action launched (``lễ phát động Tháng hành động vì trẻ em năm 2019``) is
its launch, held on a day, not the next period's plan (service/periods/launches.py); a page naming nothing else
reports the launch day's month.  Real pages (a held-out case, two sweep pages) with negatives: a campaign launched for
the next year, a launch beside a year's results."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions
from service.periods.launches import launch_years, month_launched

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"


def _read(path):
    p = parse_report(path).period
    return getattr(p, "code", p) if p else None


# held-out xi-long-an-tan-thanh-ubnd-huyen-thang-hanh-dong-vi-tre-em-2019-05 (read None before)
LONG_AN = ("Sáng 31/5, huyện Tân Thạnh, tỉnh Long An tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2019 với chủ đề "
           "\"Chung tay vì trẻ em nghèo, trẻ em có hoàn cảnh đặc biệt khó khăn\"")
# sweep p44-baoquangnam-nuithanh-thang-tre-em (read None before): a headline's launch, quoted, without "lễ"
NUI_THANH = 'Núi Thành: Phát động "Tháng hành động vì trẻ em" năm 2014'
# sweep c-hcm-ctd-2018 (labelled 2018): a campaign launched in November for the next year stays a plan
HCM = ("Sáng 22-11, Hội Chữ thập đỏ TPHCM tổ chức lễ kỷ niệm 72 năm ngày thành lập Hội Chữ thập đỏ Việt Nam (23-11-1946 "
       "– 23-11-2018) và phát động phong trào “Tết vì người nghèo và nạn nhân chất độc da cam - năm 2019”.")


def test_a_month_of_action_launched_is_no_plan():
    assert [m.plan for m in find_mentions(LONG_AN) if m.period.kind == "year"] == [False]
    assert [m.plan for m in find_mentions(NUI_THANH)] == [False]
    assert month_launched("tổ chức Lễ phát động Tháng hành động vì trẻ em ")
    assert month_launched('Phát động "Tháng hành động vì trẻ em" ')
    assert [y for _, _, y in launch_years(NUI_THANH)] == [2014]


def test_a_campaign_launched_for_next_year_stays_a_plan():
    assert not month_launched("và phát động phong trào “Tết vì người nghèo và nạn nhân chất độc da cam - ")
    assert any(m.plan and m.period.year == 2019 for m in find_mentions(HCM))
    assert launch_years(HCM) == []
    assert _read(PAGES / "c-hcm-ctd-2018.txt") == "2018"


def test_a_launch_day_reports_its_month():
    assert _read(HELD / "xi-long-an-tan-thanh-ubnd-huyen-thang-hanh-dong-vi-tre-em-2019-05" / "source.txt") == "2019-05"
    assert _read(PAGES / "p44-baoquangnam-nongson-thang-tre-em.txt") == "2024-06"    # "(QNO) - Sáng 5/6, ..."
    assert _read(PAGES / "p44-baoquangnam-nuithanh-thang-tre-em.txt") == "2014-05"   # "Sáng qua 27.5, ..."
    # an observance month launched was read so before (.observance): unchanged
    assert _read(PAGES / "c32-baokhanhhoa-dien-khanh-thang-thanh-nien-2016.txt") == "2016-03"


def test_a_launch_beside_a_periods_results_keeps_the_period():
    # sweep p17-mattran-muongang-quy-2023 (labelled 2023): "đã phát động Tháng cao điểm “Vì người nghèo” năm 2023"
    # beside "từ tháng 10/2022 đến tháng 9/2023, ... đã tiếp nhận hơn 31 tỷ đồng"
    assert _read(PAGES / "p17-mattran-muongang-quy-2023.txt") == "2023"
    # held-out xi-quang-nam-bac-tra-my (a fund's launch, not a month's; "Năm 2022, ... tiếp nhận"): not 2023-05
    assert _read(HELD / "xi-quang-nam-bac-tra-my-quy-vi-nguoi-ngheo-2022" / "source.txt") != "2023-05"
