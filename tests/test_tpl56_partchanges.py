"""Template round 56: the changes of a whole's parts after ``Trong đó,`` with no level of their own are no rows
(service/onboarding/partchanges.py).  Sources: xf-tp-ho-chi-minh-cong-an-pham-phap-hinh-su-2016-11t and
p11-gialai-vks-2021; negatives: a part stated with its level, a ``Trong đó`` after a sentence stating no change, and the
money and rates the rule leaves alone."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template
from tests.template_rows import values as _values
from tests.test_onboarding_round6 import template

ROOT = Path(__file__).resolve().parent.parent

HCM = ("11 tháng qua, toàn TP xảy ra 4.690 vụ phạm pháp hình sự (giảm 781 vụ so với cùng kỳ); đã điều tra khám phá "
       "3.304 vụ, bắt 3.570 đối tượng. Trong đó, án cướp tài sản giảm 62 vụ; án cướp giật tài sản giảm 104 vụ, trộm "
       "cắp giảm 531 vụ. Trong thời gian qua, Cảnh sát hình sự TP đã mở 60 chuyên án hình sự.")


def test_crime_kinds_changes_are_no_rows(tmp_path):
    # xf-tp-ho-chi-minh-cong-an-pham-phap-hinh-su-2016-11t: the hand keeps −62, −104, −531 in its change column
    tpl = template(tmp_path, "Báo cáo tình hình phạm pháp hình sự 11 tháng năm 2016", HCM)
    values = _values(tpl)
    assert not {Decimal(62), Decimal(104), Decimal(531)} & set(values)
    assert {Decimal(4690), Decimal(3304), Decimal(3570), Decimal(60)} <= set(values)


def test_prosecution_groups_changes_are_no_rows():
    # p11-gialai-vks-2021: «Trong đó, nhóm tội phạm về trật tự an toàn xã hội tăng 13 vụ/88 bị can; …» after
    # «khởi tố 1.144 vụ/1.741 bị can (giảm 55 vụ và tăng 70 bị can so với năm 2020)»
    tpl = build_template(ROOT / "evaluations" / "sweep" / "pages" / "p11-gialai-vks-2021.txt")
    values = set(_values(tpl))
    assert not {Decimal(13), Decimal(88), Decimal(22), Decimal(56), Decimal(14), Decimal(20)} & values
    assert {Decimal(1144), Decimal(1741), Decimal(2255), Decimal(1793)} <= values


def test_a_part_with_its_level_stays_a_row(tmp_path):
    text = HCM.replace("án cướp tài sản giảm 62 vụ", "án cướp tài sản 120 vụ, giảm 62 vụ")
    values = _values(template(tmp_path, "Báo cáo tình hình phạm pháp hình sự 11 tháng năm 2016", text))
    assert Decimal(120) in values and Decimal(62) not in values


def _fired(build) -> list:
    from service.onboarding import partchanges

    seen = []
    orig = partchanges._changed_part
    try:
        partchanges._changed_part = lambda p, i, m: seen.append(orig(p, i, m)) or seen[-1]
        build()
    finally:
        partchanges._changed_part = orig
    return [x for x in seen if x]


def test_no_change_of_the_whole_before_leaves_it(tmp_path):
    # the whole's sentence states no change: «giảm 62 vụ» is not read as a part's change by this rule
    text = HCM.replace(" (giảm 781 vụ so với cùng kỳ)", "")
    assert not _fired(lambda: template(tmp_path, "Báo cáo tình hình phạm pháp hình sự 11 tháng năm 2016", text))


def test_held_out_breakdowns_it_leaves():
    # real «Trong đó, …» sentences the rule must not take: a count with its own «số vụ» subject that another rule
    # reads (yl-…-pccc: «Trong đó, số vụ cháy tăng 214 vụ», its row's change), money and rates (zk-…-xuan-loc: «Trong
    # đó, thu cân đối hơn 415 tỷ đồng, …, tăng 47%»), a part stated with its level (zj-bac-kan: «Trong đó phá rừng trái
    # phép 259 vụ (tăng 111 vụ so với cùng kỳ)»)
    for slug in ("yl-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2016", "zk-dong-nai-xuan-loc-thu-ngan-sach-2019",
                 "zj-bac-kan-chi-cuc-kiem-lam-vi-pham-luat-lam-nghiep-2022-h1"):
        path = ROOT / "evaluations" / "cases" / "heldout" / slug / "source.txt"
        assert not _fired(lambda: build_template(path)), slug
