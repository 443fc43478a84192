"""Issue 14, round 36: a ``trong khi`` (whereas) clause naming an earlier period before its number sets that period's
value against the figure just given — the comparison value of the row before it that measures the same thing, else
no row (``earlier.earlier_whereas``).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has


def test_last_year_s_rate_whereas(tmp_path):
    # t6-toanquoc-totnghiep-2012 (an earlier sweep page): a row «Tỷ lệ» 97,79 % beside Hà Nội's 98,24 %
    tpl = template(tmp_path, "Kết quả thi tốt nghiệp THPT năm 2012",
                   "Theo thống kê sơ bộ, Hà Nội có 98,24% học sinh đỗ tốt nghiệp THPT, trong khi tỷ lệ này năm 2011 là "
                   "97,79%.")
    assert not has(tpl, 97.79)
    assert 97.79 in [float(v) for v in derived(tpl, 98.24)]


def test_last_year_s_whole_whereas(tmp_path):
    # t27-laodong-soi-hanoi-2018, its year named in the title: a row «Số trường hợp mới» 60
    tpl = template(tmp_path, "Tình hình dịch sởi năm 2018",
                   "Trung tâm y tế Dự phòng Hà Nội cho biết, từ đầu năm đến nay, Hà Nội đã ghi nhận hơn 240 ca mắc sởi, "
                   "trong khi cả năm 2017 mới có 60 trường hợp.")
    assert not has(tpl, 60)
    assert has(tpl, 240)


def test_same_period_last_year_whereas(tmp_path):
    # zf-toan-quoc-hiv-aids-phat-hien-2014-10: no row of 1855 before the rule either — a guard
    tpl = template(tmp_path, "Tình hình phát hiện nhiễm HIV tháng 10 năm 2014",
                   "Số người nhiễm HIV được phát hiện trong tháng 10/2014 là 980, trong khi cùng kỳ năm 2013 là 1855.")
    assert not has(tpl, 1855)
    assert has(tpl, 980)


def test_whereas_with_its_own_change_is_left_alone(tmp_path):
    # a clause going on to a change of its own («mức tăng») is not this rule's: the change recognisers read it
    from service.onboarding.earlier import _OWN_STATEMENT, _WHEREAS

    hit = _WHEREAS.search("GDP tăng 6,8%, trong khi năm 2016 mức tăng là ")
    assert hit is not None and _OWN_STATEMENT.search(hit.group("rest"))


def test_trong_khi_do_opens_a_statement(tmp_path):
    # «Trong khi đó, …»: a new statement (the figures after it may be the period's), not a whereas clause
    from service.onboarding.earlier import _WHEREAS

    assert _WHEREAS.search("Trong khi đó, năm 2014, CQĐT khởi tố mới ") is None
