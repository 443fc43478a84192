"""Checker round 68 (chk68, issue 13): an ellipsis closing a list, the sentence going on on the same line in a
lower-case word (``500 kg tai lợn, 300 kg quả cau tươi... có giá trị lên đến hơn 1,7 tỷ đồng``), ends no sentence
(``context._sentence_ends``): the list's words (``tang vật``) stay the amount's sentence, so an amount swapped with
another row's is told from them. Sources: the held-out xh-lang-son-bo-doi-bien-phong-chong-buon-lau-2023-9t (the
swap missed before) and ya-quang-binh-dong-hoi-hoi-nan-nhan-chat-doc-da-cam-2017 (``trao tặng quà nhân Ngày Vì nạn
nhân chất độc da cam... với tổng số tiền trên 470 triệu đồng``). Negatives: the amounts as written stay supported
there and in n-xuyenmoc-ctd-2018 (``hiến máu tình nguyện… với tổng trị giá hơn 3,8 tỷ đồng``) and
yu-binh-duong-ben-cat-… (``gạo, mì chay… với tổng trị giá 24 triệu đồng``).
"""

from __future__ import annotations

import pytest

from tests.sweep_tables import case_line_verdicts

LANG_SON = "xh-lang-son-bo-doi-bien-phong-chong-buon-lau-2023-9t"
DA_CAM = "ya-quang-binh-dong-hoi-hoi-nan-nhan-chat-doc-da-cam-2017"


def _one(slug, line, bad=None):
    got = case_line_verdicts(slug, line, bad)
    assert len(got) == 1
    return got[0]


def test_the_goods_value_after_the_list_is_supported():
    assert _one(LANG_SON, "có giá trị lên đến hơn 1,7 tỷ đồng")[1] == "supported"


def test_the_cases_value_written_for_the_goods_is_a_swap():
    line = "có giá trị lên đến hơn 1,7 tỷ đồng"
    text, verdict, reason = _one(LANG_SON, line, line.replace("1,7", "2,9"))
    assert verdict == "unsupported" and "Giá trị tang vật" in reason


@pytest.mark.parametrize("bad", ["600", "200"])
def test_second_source_the_aid_total_after_the_list(bad):
    line = "với tổng số tiền trên 470 triệu đồng"
    assert _one(DA_CAM, line)[1] == "supported"
    assert _one(DA_CAM, line, line.replace("470", bad))[1] == "unsupported"


@pytest.mark.parametrize("slug,line", [
    ("n-xuyenmoc-ctd-2018", "với tổng trị giá hơn 3,8 tỷ đồng"),
    ("yu-binh-duong-ben-cat-ubmttq-phuong-tan-dinh-qua-vu-lan-2022", "với tổng trị giá 24 triệu đồng")])
def test_totals_after_a_listing_ellipsis_stay_supported(slug, line):
    assert _one(slug, line)[1] == "supported"
