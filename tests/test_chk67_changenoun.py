"""Checker round 67 (chk67, issue 13): the noun after a change decides which row it is the change of
(``service/checker/changenoun.py``). Two real sources with two changes of the same size, opposite directions, on
different nouns: xh-toan-quoc-cuc-an-toan-thuc-pham-tong-ket-2024 (``tăng 7 vụ ngộ độc … giảm 7 người tử vong``, its own
table) and t19-vov-chayno-2023-04 (``số vụ nổ tăng 1 vụ, số người chết giảm 1 người``, a table of the explosions'
rows as the page gives them: 3 vụ nổ, 2 người chết, 7 bị thương this April; 2 vụ, 3 người chết, 0 a year before).
Negatives: the real texts stay derived, row by row; a flip of the other change is still caught against its own row;
a change said in another unit than its row's with no row of its noun (v-ninh-thuan's ``giảm 2 vụ, giảm 2 người
chết`` pair, both right) stays derived.
"""

from __future__ import annotations

import unicodedata

from service.checker import check_text
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, heldout, page, table

XH = "xh-toan-quoc-cuc-an-toan-thuc-pham-tong-ket-2024"


def _nfc(text):
    return unicodedata.normalize("NFC", text)


def _after(text, figures, anchor):
    s = text.index(anchor)
    return [(c.text, c.verdict, c.expected) for c in check_text(text, figures).numbers if c.start >= s]


def _xh(tmp_path):
    return load_table(HELDOUT / XH / "figures.csv")


def _explosions(tmp_path):
    return table(tmp_path, ["1,Số vụ nổ,vụ,3,2", "2,Số người chết do nổ,người,2,3", "3,Số người bị thương do nổ,người,7,0"],
                 header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước")


def _t19():
    text = _nfc(page("t19-vov-chayno-2023-04"))
    return text[:text.index("Cháy điểm trông giữ xe")]


def test_first_source_real_text_derived(tmp_path):
    got = _after(_nfc(heldout(XH)), _xh(tmp_path), "So với năm 2023")
    assert [v for _, v, _ in got[1:]] == ["derived", "derived", "derived"]


def test_first_source_deaths_flipped_up_is_a_wrong_direction(tmp_path):
    text = _nfc(heldout(XH)).replace("giảm 7 người tử vong", "tăng 7 người tử vong")
    got = _after(text, _xh(tmp_path), "So với năm 2023")
    assert got[-1] == ("7", "unsupported", "giảm 7")


def test_first_source_cases_flipped_down_still_caught(tmp_path):
    text = _nfc(heldout(XH)).replace("tăng 7 vụ ngộ độc", "giảm 7 vụ ngộ độc")
    got = _after(text, _xh(tmp_path), "So với năm 2023")
    assert got[1] == ("7", "unsupported", "tăng 7")
    assert got[-1][1] == "derived"


def test_second_source_real_text_derived(tmp_path):
    text = _t19()
    got = _after(text, _explosions(tmp_path), "số vụ nổ tăng 1 vụ")
    assert [(t, v) for t, v, _ in got] == [("1", "derived"), ("1", "derived"), ("7", "derived")]


def test_second_source_deaths_flipped_up_is_a_wrong_direction(tmp_path):
    text = _t19().replace("số người chết giảm 1 người, tăng 7", "số người chết tăng 1 người, tăng 7")
    got = _after(text, _explosions(tmp_path), "số vụ nổ tăng 1 vụ")
    assert got[1] == ("1", "unsupported", "giảm 1")


def test_a_pair_of_equal_changes_same_direction_stays_derived(tmp_path):
    text = _nfc(heldout("v-ninh-thuan-an-toan-giao-thong-2019-11"))
    figures = load_table(HELDOUT / "v-ninh-thuan-an-toan-giao-thong-2019-11" / "figures.csv")
    flagged = [(c.text, c.verdict) for c in check_text(text, figures).numbers if c.verdict in ("unsupported", "stale")]
    assert ("2", "unsupported") not in flagged
