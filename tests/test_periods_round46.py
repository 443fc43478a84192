"""Round 46 of the period reader (``periods-round46.md``).

Rule 1 (service/periods/campaign_days.py): a campaign month whose days are written in brackets (``Trong tháng hành động
... năm 2018 (từ 15/4 - 14/5)``) names the month they end in, read in passing (a running total the page reports wins)
and set aside when it is ahead (``... (6/2021) năm nay, ... sẽ được triển khai``).

Three candidates were measured and turned down; the other tests keep the readings those measures rested on, on real
pages, so a later rule that breaks them shows it.

- A credited photo caption near a page's top (``... Ảnh: TÚ VÂN``, ``(Ảnh: TTXVN)``) stays a headline candidate:
  news sites' captions restate the lede (held-out zh-toan-quoc-tong-cuc-thuy-san) or carry the crawl's month stamp
  (held-out zq-toan-quoc-bcd-phong-chong-thien-tai-bao-so-2, sweep t14-vietnamplus-bao2-thiethai); setting credited
  captions aside lost two held-out cases and gained none.
- A month named with its months so far in a headline (``tháng 11 và 11 tháng năm 2023``) reads the month: the twelve
  labelled sweep pages of that headline are labelled the month, the held-out coders split (two month, five so far).
- A month of action launched on a day reads the launch's month (round 44's rule; the brief's item (b)).
"""

from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import find_mentions
from service.periods.campaign_days import CAMPAIGN_DAYS, campaign_days

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"


def _read(path):
    p = parse_report(path).period
    return getattr(p, "code", p) if p else None


@pytest.mark.parametrize("case, want", [
    # "Tổng sản lượng thủy sản tháng 3/2021 ước đạt 656,3 nghìn tấn; ... (Ảnh: TTXVN)": a caption restating the lede
    ("zh-toan-quoc-tong-cuc-thuy-san-2021-03", "2021-03"),
    # " date 2017-07 Người dân thôn Cát Cát ... thu dọn đồ đạc sau khi lũ rút. (Ảnh: Hương Thu/TTXVN)"
    ("zq-toan-quoc-bcd-phong-chong-thien-tai-bao-so-2-2017-07", "2017-07"),
])
def test_a_credited_caption_at_the_top_still_heads_the_page(case, want):
    assert _read(HELD / case / "source.txt") == want


def test_a_credited_caption_on_a_sweep_page_keeps_its_stamped_month():
    assert _read(PAGES / "t14-vietnamplus-bao2-thiethai-2017.txt") == "2017-07"


@pytest.mark.parametrize("path, want", [
    (PAGES / "p16-ctk-bacninh-ktxh-2023-11.txt", "2023-11"),            # "tháng 11 và 11 tháng năm 2023 như sau:"
    (PAGES / "p38-lamdong-ktxh-thang7-2020-07.txt", "2020-07"),         # "tháng 7 và 7 tháng năm 2020"
    (HELD / "zq-binh-dinh-cuc-thong-ke-ktxh-thang-5-va-5-thang-2023-05" / "source.txt", "2023-05"),
])
def test_a_month_headed_with_its_months_so_far_reads_the_month(path, want):
    assert _read(path) == want


def test_a_running_total_alone_in_the_headline_reads_the_running_total():
    # the negative: the headline names the months so far only ("Công ty TNHH MTV Cao su Dầu Tiếng: 4 tháng, lợi
    # nhuận hơn 119 tỷ đồng" over "Trong tháng 4/2014, ..."): the running total
    assert _read(HELD / "zl-binh-duong-cao-su-dau-tieng-san-xuat-kinh-doanh-2014-4t" / "source.txt") == "2014-4T"


def test_a_month_of_action_launched_on_a_day_reads_the_launch_month():
    # "31/05/2019 - 11:30 / Sáng 31/5, huyện Tân Thạnh ... Lễ phát động Tháng hành động vì trẻ em năm 2019"
    assert _read(HELD / "xi-long-an-tan-thanh-ubnd-huyen-thang-hanh-dong-vi-tre-em-2019-05" / "source.txt") == "2019-05"


# held-out yq-ha-tinh-doan-lien-nganh-atvstp-tinh-thang-hanh-dong-2018-05 (coded 2018-05, read None before)
HA_TINH = ("Trong tháng hành động vì về sinh an toàn thực phẩm năm 2018 (từ 15/4 - 14/5), Đoàn kiểm tra liên ngành "
           "ATVSTP tỉnh Hà Tĩnh đã tiến hành kiểm tra 66 cơ sở sản xuất, kinh doanh dịch vụ ăn uống")
# held-out yb-quang-nam-mttq-quy-vi-nguoi-ngheo-thang-cao-diem-2021 (coded 2021: the coder took the year)
QUANG_NAM = ("Số tiền trên được các cơ quan, đơn vị, doanh nghiệp và nhân dân ủng hộ vào Quỹ vì người nghèo các cấp nhân "
             "Tháng cao điểm “Vì người nghèo” (17.10 - 18.11.2021); trong đó cấp tỉnh hơn 4 tỷ đồng")
# held-out zk-tay-ninh-hoa-thanh-hoi-nan-nhan-da-cam-2019-8t: the same campaign's days beside the year so far
TAY_NINH = "Trong tháng hành động Vì NNCĐDC (10/7/2019-10/8/2019), các cấp Hội đã quan tâm thực hiện"


def _campaign(text):
    return [m.period.code for m in find_mentions(text) if m.recogniser == "campaign-days"]


def test_a_campaign_months_bracketed_days_name_the_month_they_end_in():
    assert _campaign(HA_TINH) == ["2018-05"]
    assert _campaign(QUANG_NAM) == ["2021-11"]
    assert _campaign(TAY_NINH) == ["2019-08"]
    assert _read(HELD / "yq-ha-tinh-doan-lien-nganh-atvstp-tinh-thang-hanh-dong-2018-05" / "source.txt") == "2018-05"


def test_the_year_so_far_the_page_reports_wins_over_the_campaigns_month():
    # zk-tay-ninh: "Tính chung từ đầu năm 2019 đến nay đã vận động và trao 892 suất quà" (coded 2019-8T, read so before)
    assert _read(HELD / "zk-tay-ninh-hoa-thanh-hoi-nan-nhan-da-cam-2019-8t" / "source.txt") == "2019-8T"


def test_a_campaign_month_ahead_is_set_aside():
    # sweep p34-daidoanket-tag-quyentreem-2021-06: "Tháng hành động vì trẻ em (6/2021) năm nay, hàng loạt các quy định,
    # hoạt động liên quan đến quyền trẻ em sẽ được triển khai": no month reported, and not May's report either
    page = PAGES / "p34-daidoanket-tag-quyentreem-2021-06.txt"
    assert _read(page) is None


@pytest.mark.parametrize("text", [
    "Tính chung 5 tháng đầu năm 2022 (từ ngày 15/12/2021 đến 14/5/2022)",     # sweep d3-24h-hn-seagames-tngt-2022
    "hơn 4 tháng qua (từ ngày 2.1.2018 đến 3.5.2018)",                       # sweep c12-quangnam-hcc-2018-05
    "trong 11 tháng của năm 2022 (từ ngày 15/12/2021 đến 14/11/2022)",       # sweep p21-phapluatktqt-tngt-thang11
])
def test_months_counted_with_their_days_are_no_campaign_month(text):
    m = CAMPAIGN_DAYS.search(text)
    with pytest.raises(ValueError):
        campaign_days(m)
    assert _campaign(text) == []


@pytest.mark.parametrize("text", [
    # a month named in words, the revolution's (tests/test_periods_round13.py's real heading): a calendar month's name
    "Kỷ niệm 78 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2023)",
    # sweep p34-thcsbichhoa-thanghanhdongtreem-2023-06 (reads 2023-06 through its "từ ngày 01-30/6/2023"): no brackets
    "Tháng hành động Vì trẻ em năm 2023 được diễn ra từ ngày 01-30/6/2023.",
    # sweep p30-moitruong-thanghanhdong-attp-2024-none (labelled None): a theme, no days
    "Tháng hành động vì an toàn thực phẩm năm 2024 có chủ đề “Tiếp tục bảo đảm an ninh, an toàn thực phẩm”",
])
def test_a_campaign_month_without_bracketed_days_is_untouched(text):
    assert CAMPAIGN_DAYS.search(text) is None


def test_the_unbracketed_pages_keep_their_readings():
    assert _read(PAGES / "p34-thcsbichhoa-thanghanhdongtreem-2023-06.txt") == "2023-06"
    assert _read(PAGES / "p30-moitruong-thanghanhdong-attp-2024-none.txt") is None
