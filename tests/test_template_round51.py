"""Issue 14, round 51 (stop 50's working batch xb-*): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _rows(tpl):
    return [(r.value, r.unit) for r in tpl.rows]


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


# --- a count moved from one level to another, its noun said with both (moved.py) -----------------------------------

# xb-toan-quoc-cuc-hang-hai-hang-hoa-qua-cang-bien-2021-7t
HANG_HAI = ("Khu vực có khối lượng hàng container thông qua tăng cao là khu vực Quảng Nam tăng 120,15%, từ 44.367 Teus "
            "tăng lên 97.673 Teus. Mỹ Tho tăng 60%, từ 7.294 Teus tăng lên 11.681 Teus.")
# the same grammar with a one-word verb, read before (statements.from_to; tests of round 6's era)
BAN = "Tinh gọn bộ máy, giảm từ 7 Ban xuống còn 3 Ban."


def test_a_count_moved_from_to_is_one_row_with_its_start_and_its_change(tmp_path):
    tpl = template(tmp_path, "Báo cáo số liệu thống kê hàng hóa thông qua cảng biển 7 tháng năm 2021", HANG_HAI)
    rows = _rows(tpl)
    assert (Decimal(44367), "Teus") not in rows and (Decimal(7294), "Teus") not in rows
    quang_nam, my_tho = _row(tpl, 97673), _row(tpl, 11681)
    assert ("số trước khi thay đổi", Decimal(44367)) in [(d.how, d.value) for d in quang_nam.derived]
    assert [(d.how, d.value) for d in my_tho.derived] == [("số trước khi thay đổi", Decimal(7294)),
                                                         ("tăng so với cùng kỳ", Decimal(60))]   # the change moved
    assert "Mỹ Tho" in my_tho.label


def test_the_one_word_verb_stays_read_as_before(tmp_path):
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2017", BAN)
    assert _rows(tpl) == [(Decimal(3), "Ban")]


def test_two_counts_of_other_nouns_are_not_a_movement(tmp_path):
    from service.checker.extract import extract_numbers
    from service.onboarding.moved import _MOVE

    text = "từ 44.367 Teus tăng lên 97.673 tấn"   # the noun not said twice: nothing ties the two
    ms = extract_numbers(text)
    assert _MOVE.match(text[ms[0].num_end:ms[1].num_start])   # the verb is there …
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2017",
                   "Sản lượng tăng mạnh, từ 44.367 Teus tăng lên 97.673 tấn hàng.")
    assert Decimal(44367) in [v for v, _ in _rows(tpl)]        # … but the first count stays a row
