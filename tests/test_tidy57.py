"""Tidy 57: the comparison base folded with the loader's own key (``figures.otherbase``), and
``stockdate.previous_month_end``'s two refusals said plainly. Real text: held-out cases, a balance at the month before's
end and dates that are no month's end (among them a ratio, ``đến 5/9 huyện``, read as a date)."""

from __future__ import annotations

import pytest

from service.checker.stockdate import previous_month_end
from service.figures import otherbase, schema
from service.periods import parse_period
from tests.sweep_tables import case_source, heldout, line_from, sentence_from


def test_the_base_is_folded_with_the_loaders_key():
    assert otherbase.fold is schema.fold
    assert otherbase.another_base("So với ngày thường (%)") == "ngày thường"   # xn- bus stations' column
    assert otherbase.another_base("So với cùng kỳ (%)") is None


@pytest.mark.parametrize("slug, report, quote, said", [
    # «nguồn vốn huy động toàn tỉnh đến 31/5/2021 đạt 78.588 tỷ đồng» in the June report: May's month end
    ("xm-ha-tinh-nhnn-chi-nhanh-nguon-von-huy-dong-2021-06", "2021-06", "78.588", "2021-05"),
    # «đến 14/9/2020 đã xảy ra 1.184 vụ tai nạn giao thông», read as an October report: the 14th is no month's end
    ("xl-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-09", "2020-10", "1.184", None),
    # «đến ngày 15/7/2018), cả nước để xảy ra 1.348 vụ», read as an August report
    ("ys-toan-quoc-van-phong-bo-cong-an-tai-nan-giao-thong-2018-07", "2018-08", "1.348", None),
    # «đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3%»: a ratio read as the 5th of September, no month's end
    ("r-vinh-phuc-mot-cua-2021-08", "2021-10", "3%", None),
])
def test_a_balance_at_the_month_befores_last_day_only(slug, report, quote, said):
    text = heldout(slug)
    found = previous_month_end(text, text.index(quote), parse_period(report))
    assert found == (parse_period(said) if said else None)


def test_periods_rounds_read_a_sentence_to_its_full_stop_and_a_line_to_its_end():
    path = case_source("yp-vinh-long-bql-cac-khu-cong-nghiep-thu-hut-dau-tu-2016-2020")
    sentence, line = sentence_from(path, "Giai đoạn 2016- 2018"), line_from(path, "Giai đoạn 2016- 2018")
    assert line.startswith(sentence) and "." not in sentence and "\n" not in line
