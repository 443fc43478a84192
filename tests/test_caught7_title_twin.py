"""Caught round 7 (helper caught7, issue 13): a title whose figure the body says again in the title's words
(evaluations/sweep/caught-round7.md).

A headline repeats the body's lead figure. A swap that writes another row's value in the title passed: the value is
a row's. ``headline.titles_contradicted``: when the body says the title again (three words or more beside the number
shared, same unit) with another value another row supports, and says the title's value only in other words, the title
carries the other row's value — ``Hà Nội xảy ra 6 vụ cháy, nổ trong 9 tháng`` above ``Hà Nội xảy ra 925 vụ cháy, nổ
trong 9 tháng … Trong đó, 6 vụ cháy gây thiệt hại nghiêm trọng`` (d7-tek4tv). A title the body restates in its own
words stands, though a part shares its words (``sản lượng lương thực ước đạt 207 ngàn tấn`` and ``sản lượng lương thực
khác 23 nghìn tấn``, g-quangbinh-dongxuan-2019), and a twin in another currency is no restatement
(``25 tỷ đồng viện trợ`` and ``1,086 triệu USD``, zr-hai-duong).
"""

from __future__ import annotations

import pytest

from tests.test_caught7_bare_parts import _flagged, _page_verdicts
from tests.test_caught7_fractions import _verdicts


def test_a_title_with_its_parts_value_on_a_fresh_page():
    title = "Hà Nội xảy ra 925 vụ cháy, nổ trong 9 tháng\nTrong đó, 6 vụ cháy"
    assert not _flagged(_page_verdicts("d7-tek4tv-hanoi-chayno-9t", "2019-9T", title))
    got = _page_verdicts("d7-tek4tv-hanoi-chayno-9t", "2019-9T", title, title.replace("925", "6", 1))
    assert _flagged(got) == ["6"], got
    assert "Tiêu đề nêu «6» nhưng thân bài nói lại cùng nội dung là «925»" in got[0][2], got


@pytest.mark.parametrize("case, title, bad", [
    ("m-eahleo-lhpn-2019", "Hội LHPN huyện Ea H'leo giúp 827 hội viên vay vốn phát triển kinh tế", "827->71"),
    ("zk-hai-duong-chi-cuc-kiem-lam-vi-pham-bao-ve-rung-2018-7t", "Xử lý 34 vụ vi phạm về bảo vệ rừng", "34->5"),
])
def test_a_title_with_another_rows_value_is_a_swap(case, title, bad):
    old, new = bad.split("->")
    assert not _flagged(_verdicts(case, title))
    got = _verdicts(case, title, title.replace(old, new))
    assert _flagged(got) == [new], got
    assert f"thân bài nói lại cùng nội dung là «{old}»" in got[0][2], got


@pytest.mark.parametrize("case, title", [
    ("g-quangbinh-dongxuan-2019", "Vụ Đông Xuân 2019, sản lượng lương thực ước đạt 207 ngàn tấn"),
    ("zr-hai-duong-lien-hiep-huu-nghi-vien-tro-pcpnn-2019-h1",
     "Hải Dương vận động được 25 tỷ đồng viện trợ phi chính phủ trong 6 tháng đầu năm"),
    # the body: "thụ lý giải quyết 25 đơn" (the title's value, two of its words) and "đã giải quyết … 19 đơn"
    ("q-ben-tre-thanh-tra-2021-08", "Giải quyết 25 đơn khiếu nại, kiến nghị của công dân"),
])
def test_a_title_its_body_restates_stands(case, title):
    got = _verdicts(case, title)
    assert got and not any(r.startswith("Tiêu đề nêu") for _, _, r in got), got
