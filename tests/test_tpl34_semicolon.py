"""Issue 14, round 34: a semicolon opens a clause with its own subject — the label of an amount after it names that
subject, not the sentence's first (``phrases.sentence_verb``).  Quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _label(tpl, value):
    return next(r.label for r in tpl.rows if r.value == Decimal(str(value)))


def test_imported_containers_after_exported(tmp_path):
    # t26-vietnambiz-container-h1-2021: «Số TEUs hàng container xuất khẩu ước đạt TEUs» for the imports
    tpl = template(tmp_path, "Báo cáo hàng hóa thông qua cảng biển 6 tháng đầu năm 2021",
                   "Trong đó, hàng container xuất khẩu ước đạt gần 4 triệu TEUs, tăng 17%; hàng container nhập khẩu ước "
                   "đạt hơn 4,1 triệu TEUs, tăng 26%.")
    assert "xuất khẩu" in _label(tpl, 4000000)
    assert "nhập khẩu" in _label(tpl, 4100000) and "xuất khẩu" not in _label(tpl, 4100000)


def test_imports_and_domestic_goods_after_exports(tmp_path):
    # ya-toan-quoc-cuc-hang-hai-hang-hoa-qua-cang-bien-2021-h1: «Khối lượng hàng xuất khẩu» for all three
    tpl = template(tmp_path, "Báo cáo hàng hóa thông qua cảng biển 6 tháng đầu năm 2021",
                   "Trong số đó, hàng xuất khẩu đạt hơn 106 triệu tấn, tăng 9%; hàng nhập khẩu đạt hơn 133 triệu tấn, "
                   "tăng 2%; hàng nội địa đạt gần 184 triệu tấn, tăng 7% so với cùng kỳ năm trước.")
    assert "nhập khẩu" in _label(tpl, 133000000)
    assert "nội địa" in _label(tpl, 184000000)


def test_counter_a_clause_with_no_words_before_its_number_keeps_the_sentence_subject(tmp_path):
    # a semicolon before a bare number opens no subject of its own
    tpl = template(tmp_path, "Báo cáo công tác thi hành án năm 2020",
                   "Tổng số việc thi hành án phải giải quyết: 1.250 việc; 980 việc có điều kiện thi hành.")
    assert all(r.label for r in tpl.rows)
