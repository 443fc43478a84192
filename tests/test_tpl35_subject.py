"""Issue 14, round 35: a bare number, the predicate of ``là``/``đạt`` in a clause whose subject is ``(tổng) số
<noun>``, counts that noun — before a count earlier in its sentence lends its own (``nouns._predicate_subject``).
Quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _unit(tpl, value):
    return next(r.unit for r in tpl.rows if r.value == Decimal(str(value)))


def test_letters_received_after_citizens_met(tmp_path):
    # yp-khong-ro-tinh-thanh-tra-tinh-thanh-tra-chuyen-nganh-tiep-dan-2015-q1: «Số lượt nhận» 88 lượt (hand: 88 đơn)
    tpl = template(tmp_path, "Báo cáo công tác thanh tra quý I năm 2015",
                   "Về công tác giải quyết khiếu nại, tố cáo, đã tiếp 877 lượt công dân, tổng số đơn thư khiếu nại, tố "
                   "cáo đã nhận là 88. Trong đó, thuộc thẩm quyền giải quyết 47 đơn; kết quả đã giải quyết 26/57 đơn, "
                   "đạt 45,6%.")
    assert _unit(tpl, 88) == "đơn thư"
    assert _unit(tpl, 877) == "lượt"


def test_cases_still_followed_after_judgments(tmp_path):
    # zc-cuc-thads-thi-hanh-an-dan-su-2019-h1: «Số bản án theo dõi» 49 bản án (hand: 49 vụ việc)
    tpl = template(tmp_path, "Báo cáo công tác thi hành án dân sự 6 tháng đầu năm 2019",
                   "Tòa án đã ra quyết định buộc THA hành chính là 16 quyết định, đã thi hành xong năm bản án, số vụ "
                   "việc còn đang theo dõi là 49.")
    assert _unit(tpl, 49) == "vụ"   # the known noun the subject opens with (as «nhà» of «số nhà sập đổ»)


def test_guard_a_bare_count_after_another_keeps_its_noun(tmp_path):
    # no "số <noun>" subject: "cảm hóa 11 người, thành công 2" still borrows the count before it
    tpl = template(tmp_path, "Báo cáo công tác năm 2019",
                   "Trong năm, tổ hòa giải đã cảm hóa 11 người, thành công 2.")
    assert _unit(tpl, 11) == "người"
