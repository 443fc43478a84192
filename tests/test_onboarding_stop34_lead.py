"""The lead's mend of stop 34: a heading of other articles above the report ends nothing."""

from __future__ import annotations

from pathlib import Path

from service.onboarding.foot import before_other_articles

ROOT = Path(__file__).resolve().parents[1]


def test_a_heading_of_other_articles_above_the_report_ends_nothing():
    # zu-ninh-thuan-thuan-nam-hat-kiem-lam-2019: the site's "Tin khác" twice over the headline
    raw = (ROOT / "evaluations" / "cases" / "heldout" / "zu-ninh-thuan-thuan-nam-hat-kiem-lam-2019" / "source.txt"
           ).read_text(encoding="utf-8")
    body = [(None, [p.strip() for p in raw.split("\n") if p.strip()])]
    kept = before_other_articles(body, raw)
    assert any("210 lượt tuần tra" in p for _, ps in kept for p in ps)


def test_a_heading_after_the_report_still_ends_it():
    raw = ("Năm 2019, Hạt kiểm lâm huyện đã tổ chức 210 lượt tuần tra truy quét và phát hiện 24 vụ vi phạm.\n"
           "Tin cùng chuyên mục\nHai nhà lãnh đạo đã nhất trí tăng 15% kim ngạch thương mại năm 2020.\n")
    body = [(None, [p for p in raw.split("\n") if p])]
    kept = [p for _, ps in before_other_articles(body, raw) for p in ps]
    assert kept == ["Năm 2019, Hạt kiểm lâm huyện đã tổ chức 210 lượt tuần tra truy quét và phát hiện 24 vụ vi phạm."]
