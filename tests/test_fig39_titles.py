"""Figures round 39 (1): a column title is read as a title, its sentence-level period readings left out.

The period reader reads a campaign month's bracketed days as the month they end in when a sentence reports what was
done in it (yq-ha-tinh's source); a sheet's column title reports nothing: it names the campaign's stretch.  Two real
sheets title a column so: zk-tay-ninh-hoa-thanh's `Tháng hành động (10/7-10/8/2019)` (the stop 29 test's layout) and
the held-out yq-ha-tinh-doan-lien-nganh-atvstp-tinh-thang-hanh-dong-2018-05's `Tháng hành động năm 2018 (15/4 -
14/5/2018)`.  Negatives: the titles every other held-out sheet uses still read as before (the round's dump: none of
the 972 tables moved)."""

from __future__ import annotations

from pathlib import Path

from service.figures.load import load_table
from service.figures.schema import title_period
from service.figures.titlereading import title_reading
from service.periods import find_mentions, find_period

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"
YQ = HELDOUT / "yq-ha-tinh-doan-lien-nganh-atvstp-tinh-thang-hanh-dong-2018-05"
# yq's source: the sentence reporting the campaign (the period reader's own reading: May 2018)
SENTENCE = ("Trong tháng hành động vì vệ sinh an toàn thực phẩm năm 2018 (từ 15/4 - 14/5), Đoàn kiểm tra liên ngành "
            "đã tiến hành kiểm tra 66 cơ sở")


def test_a_campaign_month_in_a_title_names_no_month_even_where_a_sentence_would():
    assert "campaign-days" in {m.recogniser for m in find_mentions(SENTENCE)}
    assert str(find_period(SENTENCE)) in ("2018-05", "tháng 5 năm 2018")
    assert title_reading(SENTENCE) is None or title_reading(SENTENCE).code != "2018-05"
    for title in ("Tháng hành động (10/7-10/8/2019)", "Tháng hành động năm 2018 (15/4 - 14/5/2018)"):
        assert title_period(title) is None


def test_titles_of_the_periods_themselves_read_as_before():
    # negatives from held-out sheets: a running total, a month, a quarter, a half, a season, a comparison's base year
    for title, code in (("Lũy kế 8 tháng năm 2019", "2019-8T"), ("Ước tính tháng 5/2023", "2023-05"),
                        ("Kế hoạch quý III/2018 (để tham khảo)", "2018-Q3"), ("6 tháng đầu năm 2023", "2023-H1"),
                        ("Từ đầu năm 2020 đến nay", None), ("Cùng kỳ 2016", "2016")):
        p = title_period(title)
        assert p is not None and (code is None or p.code == code), title


def test_the_two_campaign_sheets_load_their_values(tmp_path):
    t = load_table(YQ / "figures.csv", period="2018-05")
    assert [(f.chi_tieu, f.ky_bao_cao) for f in t][:2] == [
        ("Cơ sở sản xuất, kinh doanh dịch vụ ăn uống được kiểm tra", 66), ("Cơ sở vi phạm bị xử phạt", 22)]
    path = tmp_path / "bang.csv"
    path.write_text("Mã,Chỉ tiêu,ĐVT,Tháng hành động (10/7-10/8/2019),Lũy kế 8 tháng năm 2019\n"
                    "01,Số suất quà,suất,322,892\n", encoding="utf-8")
    t = load_table(path, period="2019-8T")
    assert sorted(f.ky_bao_cao for f in t) == [322, 892]
