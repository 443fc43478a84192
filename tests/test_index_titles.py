"""What a prior report is called when it does not say ``BÁO CÁO`` + trích yếu: a news page's headline, else
the review its lead names, else a short lead sentence, else the file's name; never a photo caption.

On the real texts of ``evaluations/cases/real`` (news pages stored with and without their title line).
"""

from __future__ import annotations

import pytest

from evaluations.real import REAL_DIR
from index.parse import parse_report


def parsed(slug: str, tmp_path, name: str = "bai-bao"):
    f = tmp_path / f"{name}.txt"
    f.write_bytes((REAL_DIR / slug / "source.txt").read_bytes())
    return parse_report(f)


@pytest.mark.parametrize("slug,title", [
    # a short kicker ending with ':' and the headline under it
    ("b-hoa-thanh-tuyen-quan-2022", "Thị xã Hoà Thành: Tổng kết công tác tuyển quân năm 2022"),
    # no title line: the review the lead names, to its period and the plan after it
    ("a-ba-ria-vung-tau-vnn-2022", "Tổng kết công tác vận động, quản lý, sử dụng Quỹ “Vì người nghèo” và triển "
                                   "khai các chương trình an sinh xã hội năm 2022"),
    ("b-long-dat-tuyen-quan-2025", "Tổng kết công tác tuyển quân năm 2025"),
    ("a-mang-yang-ctd-2019", "Tổng kết công tác Hội và phong trào Chữ thập đỏ năm 2019 và đề ra phương hướng "
                             "công tác trọng tâm năm 2020"),
    ("b-quang-nam-cong-an-2022-q3", "Sơ kết công tác công an quý III và triển khai phương hướng, nhiệm vụ trọng "
                                    "tâm quý IV.2022"),
    # BÁO CÁO + a trích yếu wrapped after a comma
    ("a-truong-son-2016-q1", "Kết quả hoạt động quý I, Phương hướng họat động quý II năm 2016"),
])
def test_a_news_page_is_called_by_its_headline_or_the_review_it_reports(slug, title, tmp_path):
    assert parsed(slug, tmp_path).title == title


@pytest.mark.parametrize("slug", ["a-bu-dang-hlhpn-2024-h1", "b-tam-duong-cong-an-2019-h1", "b-quan-12-ccb-tuyen-quan-2010"])
def test_a_caption_or_a_line_after_the_article_is_no_title(slug, tmp_path):
    """``Các đại biểu dự hội nghị.`` (a caption), ``Công tác Hội`` (a page's section after the text): the file's
    name says more."""
    assert parsed(slug, tmp_path, "hoi-nghi-so-ket").title == "hoi-nghi-so-ket"


def test_who_posted_it_and_when_is_furniture_not_the_headline(tmp_path):
    r = parsed("b-luc-ngan-so-tuyen-nvqs-2017", tmp_path)
    assert r.title == "Lục Ngạn có 1.366 công dân đủ điều kiện khám tuyển nghĩa vụ cấp huyện năm 2017"
    assert any(f.text.startswith("quantri gửi vào") and f.kind == "timestamp" for f in r.furniture)


@pytest.mark.parametrize("slug,words", [
    ("c-k42-chi-doan-2023", "nhiệm kỳ 2022–2023"),       # as written: an en dash, no spaces
    ("a-ba-ria-vung-tau-dvk-2021", "năm 2021"),          # "Năm 2021," opening a sentence
    ("c-huong-thuy-ktxh-2018-h1", None),                 # only in capitals ("6 THÁNG ĐẦU NĂM 2018")
])
def test_the_period_is_kept_in_the_reports_own_words(slug, words, tmp_path):
    assert parsed(slug, tmp_path).period_words == words
