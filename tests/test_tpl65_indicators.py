"""Round 65: ``X/Y chỉ tiêu`` counts the indicators met — its unit is ``chỉ tiêu``; a unit-less row took other
rows' changes, and ``đạt và vượt 15/20 chỉ tiêu`` was read as an overrun of the plan (indicators.indicator_unit).
Real text from several sources (t46 Nông Sơn, yc Vĩnh Lộc, t Cà Mau, zd Tam Hợp, zk Chợ Mới) and negatives (a pair
of another noun, a money pair over its plan, an overrun of a plan said as ``vượt X% dự toán``)."""

from pathlib import Path

from tests.sweep_tables import template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
CASES = ROOT / "evaluations/cases/heldout"
NONG_SON = PAGES / "t46-baoquangnam-nongson-2020.txt"
VINH_LOC = CASES / "yc-thanh-hoa-vinh-loc-hdnd-kinh-te-xa-hoi-2020/source.txt"
CA_MAU = CASES / "t-camau-hndxa-2022-q1/source.txt"
TAM_HOP = CASES / "zd-nghe-an-tam-hop-xa-ktxh-2020-2025/source.txt"
CHO_MOI = CASES / "zk-an-giang-cho-moi-hdnd-cac-xa-ky-hop-cuoi-nam-2022/source.txt"
HA_GIANG_2018 = PAGES / "t46-xuctiendautuhagiang-ktxh-2018-h1.txt"
DUY_XUYEN = PAGES / "t46-baoquangnam-duyxuyen-2018.txt"


def _row(rows, value, quote=""):
    return next(r for r in rows if float(r.value) == value and quote in r.quote)


def test_indicators_met_nong_son_and_the_change_after():
    # "thực hiện đạt và vượt 10/13 chỉ tiêu chủ yếu"; later "giảm 91 hộ nghèo, đạt 182% so với kế hoạch": the 91 hộ
    # is no change of the (unit-less) 10 any more — a row of its own with its plan share
    rows = _rows(NONG_SON)
    met = _row(rows, 10)
    assert met.unit == "chỉ tiêu"
    assert not met.derived
    poor = _row(rows, 91)
    assert poor.unit == "hộ"
    assert 182.0 in [float(d.value) for d in poor.derived]


def test_indicators_met_vinh_loc_and_cho_moi():
    # "có 23/27 chỉ tiêu đạt và vượt so Nghị quyết"; "xã thực hiện 13/13 chỉ tiêu phát triển kinh tế - xã hội" (was
    # «13 hộ»), "trong đó có 14/15 chỉ tiêu đạt"
    assert _row(_rows(VINH_LOC), 23).unit == "chỉ tiêu"
    rows = _rows(CHO_MOI)
    assert _row(rows, 13, "13/13 chỉ tiêu").unit == "chỉ tiêu"
    assert _row(rows, 14, "14/15 chỉ tiêu").unit == "chỉ tiêu"


def test_dat_va_vuot_indicators_is_no_overrun():
    # "Hội Nông dân xã thực hiện đạt và vượt 15/20 chỉ tiêu" (the hand: CT-01 15 chỉ tiêu); "có 16/30 chỉ tiêu đạt
    # và vượt, 12/30 chỉ tiêu có khả năng đạt": both rows
    ca_mau = _rows(CA_MAU)
    assert _row(ca_mau, 15).unit == "chỉ tiêu"
    assert not any(float(d.value) == 15 for r in ca_mau for d in r.derived if d.value is not None)
    tam_hop = _rows(TAM_HOP)
    assert _row(tam_hop, 16, "16/30").unit == "chỉ tiêu"
    assert _row(tam_hop, 12, "12/30").unit == "chỉ tiêu"


def test_other_pairs_and_overruns_unchanged():
    # negatives: "8/11 huyện, thành phố" counts huyện; "62.515.000/53.781.000 đồng (đạt 116%)" is money over its
    # plan; "đạt 1.002 tỷ đồng, vượt 19,3% dự toán giao" is still the overrun of the 1.002
    assert _row(_rows(HA_GIANG_2018), 8).unit == "huyện"
    fund = _row(_rows(CA_MAU), 62515000)
    assert float(fund.plan) == 53781000 and 116.0 in [float(d.value) for d in fund.derived]
    budget = _row(_rows(DUY_XUYEN), 1002000000000)
    assert 19.3 in [float(d.value) for d in budget.derived]
