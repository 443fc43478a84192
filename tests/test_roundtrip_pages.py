"""A news page as last edition, end to end: its template filled and drafted offline (the round trip of issue #14 on
pages, not only on the samples). What a page's shape broke: a count in words carried into the new text, a byline
with an initial and the dots after it, an aggregator's lines in another script."""

from __future__ import annotations

import os
from decimal import Decimal as D

from evaluations.template_roundtrip import _vn, fill_workbook, run_pair
from index.furniture import byline, foreign_script
from index.parse import parse_report
from service.drafting.base import SectionContext
from service.drafting.offline import OfflineEngine
from service.figures.model import Figure, FigureTable
from service.periods import parse_period
from index.model import Section


def test_a_count_written_in_words_is_carried_as_digits_not_a_crash():
    # Báo Đắk Nông, two communes reaching the new-rural standard (2019): "hai xã này" counted in words
    prior = FigureTable([Figure(ma="X", chi_tieu="Số xã đạt chuẩn nông thôn mới", don_vi_tinh="xã",
                                ky_bao_cao=D(2))])
    current = FigureTable([Figure(ma="X", chi_tieu="Số xã đạt chuẩn nông thôn mới", don_vi_tinh="xã",
                                  ky_bao_cao=D(3), cung_ky=D(2))])
    ctx = SectionContext(section=Section("1", "Kết quả", 1, "1"), current=current, prior_table=prior,
                         prior_paragraphs=["Năm 2019, hai xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo của hai xã này "
                                           "thấp hơn mức quy định."],
                         figures=list(current), period=parse_period("2020"), prior_period=parse_period("2019"))
    paragraphs = OfflineEngine().draft(ctx).paragraphs
    p = paragraphs[0]
    assert "3 xã đạt chuẩn" in p.text and "năm 2020" in p.text.lower()


def test_a_byline_with_an_initial_and_the_dots_after_it_are_furniture(tmp_path):
    # Báo Ấp Bắc (Tiền Giang), Hội Khuyến học 2017: "P. MAI" then three lines of "." — read as a heading "P."
    # that swallowed the article
    assert byline("P. MAI") and byline("N.T. Hương") and not byline("A. Kết quả") and not byline("P. Công tác")
    page = tmp_path / "page.txt"
    page.write_text("Thứ Tư, 31/01/2018, 06:47 (GMT+7)\n.\n\nVận động trên 43 tỷ đồng cho công tác khuyến học\n\n"
                    "Đó là số tiền mà Hội Khuyến học các cấp trong tỉnh vận động trong năm 2017. Hội trao 83.494 suất "
                    "học bổng; xây 112 mái ấm khuyến học.\n \nP. MAI\n.\n.\n.\n", encoding="utf-8")
    r = parse_report(page)
    assert not any(s.title.startswith("P.") for s in r.sections)
    assert any("83.494" in p for p in r.body_paragraphs())
    assert ("byline", "P. MAI") in [(f.kind, f.text) for f in r.furniture]


def test_lines_in_another_script_are_an_aggregators_furniture():
    # Báo Hậu Giang's article on sport for all (2021) as copied by a Chinese-language aggregator
    assert foreign_script("[Nhận Định Bóng Đá] 时间:2025-01-25 19:46:15 来源:Empire777 作者:Thể thao 点击:16次")
    assert foreign_script("相关内容") and foreign_script("(责任编辑:Thể thao)")
    assert not foreign_script("【kronhacai】Phấn đấu 35% dân số toàn tỉnh tập luyện thể thao thường xuyên")
    assert not foreign_script("Kết thúc năm 2021, số người luyện tập thể dục thể thao thường xuyên là 267.205 người")


def test_vietnamese_notation_of_the_synthetic_next_table():
    assert [_vn(D(x)) for x in ("1250", "84.6", "111522", "-3", "7")] == ["1.250", "84,6", "111.522", "-3", "7"]


def test_a_school_year_moves_on_in_the_pages_own_words(tmp_path):
    # Báo Hưng Yên, bán trú mầm non: "Năm học 2018-2019, tỷ lệ trẻ …" — the next spec says "năm học 2019-2020", not
    # "nhiệm kỳ 2019 - 2020"
    from service.onboarding.spec_init import period_words

    page = tmp_path / "hung-yen.txt"
    page.write_text("Tỷ lệ trẻ suy dinh dưỡng giảm\n\n18:02, 13/08/2019\n\nNăm học 2018-2019, tỷ lệ trẻ mầm non ăn bán "
                    "trú tại trường là 83,8% số cháu nhà trẻ và 86% số cháu mẫu giáo.\n", encoding="utf-8")
    r = parse_report(page)
    assert r.period == "2018-2019"
    assert period_words(r, parse_period("2018-2019"), parse_period("2019-2020")) == "năm học 2019-2020"
