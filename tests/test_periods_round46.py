"""Round 46 of the period reader: three candidates measured and turned down (``periods-round46.md``); these tests keep
the readings the measures rested on, on real pages, so a later rule that breaks them shows it.

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
