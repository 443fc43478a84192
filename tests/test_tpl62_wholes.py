"""Round 62: ``X/Y`` said as a total held now (``hiện là``, ``nâng tổng số …``) with no ``chiếm``: Y is the whole the
X are part of, its own row, not X's plan (wholes.whole_of_stock); the part counts the noun its lead names after
``(tổng) số`` (wholes.part_unit), the whole keeps its own noun. Real text from two sources, and negatives."""

from pathlib import Path

from tests.sweep_tables import row_of_value as _row, template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
CASES = ROOT / "evaluations/cases/heldout"
LAM_DONG = CASES / "xh-lam-dong-hoi-nguoi-cao-tuoi-tinh-bao-tro-xa-hoi-2021-7t/source.txt"
QUANG_NAM = CASES / "xh-quang-nam-hoi-nguoi-cao-tuoi-tinh-tong-ket-2018/source.txt"
TAY_NINH = PAGES / "t4-tayninh-phunu-2011-9t.txt"
PHU_XUYEN = CASES / "yv-ha-noi-phu-xuyen-xa-van-hoang-kinh-te-xa-hoi-2020-h1/source.txt"
NINH_SON = CASES / "ym-ninh-thuan-ninh-son-huyen-doan-so-ket-giua-nhiem-ky-2012-2017/source.txt"


def test_members_now_over_all_elders_is_a_whole():
    # "số hội viên người cao tuổi toàn tỉnh hiện là 87.759/102.804 người": the table's Tổng số người cao tuổi 102.804
    rows = _rows(LAM_DONG)
    part, whole = _row(rows, 87759), _row(rows, 102804)
    assert part.plan is None
    assert whole.unit == "người" and whole.label.startswith("Tổng số")


def test_total_members_raised_to_over_all_women_is_a_whole():
    # "nâng tổng số hội viên toàn tỉnh 206.391/255.086 người (tổng số phụ nữ từ 18 tuổi trở lên …)"
    rows = _rows(TAY_NINH)
    part, whole = _row(rows, 206391), _row(rows, 255086)
    assert part.plan is None and part.unit == "hội viên"
    assert whole.unit == "người"


def test_the_part_counts_the_noun_of_its_lead():
    # "nâng tổng số hội viên hiện nay 160.874/188.744 NCT (chiếm 85,2%)": 160.874 hội viên, 188.744 người cao tuổi
    rows = _rows(QUANG_NAM)
    assert _row(rows, 160874).unit == "hội viên"
    assert _row(rows, 188744).unit == "người cao tuổi"


def test_work_of_the_period_keeps_its_plan():
    # negatives: "phát triển 4.476/6.000 đoàn viên mới" (the plan); "cán bộ 11.024/11.024, đạt 100%", "hội viên
    # 159.030/177.217, đạt 89,74%" (t4: đạt, the plan stays)
    assert float(_row(_rows(NINH_SON), 4476).plan) == 6000
    rows = _rows(TAY_NINH)
    assert float(_row(rows, 159030).plan) == 177217 and float(_row(rows, 11024).plan) == 11024


def test_a_plan_word_in_the_lead_keeps_the_plan():
    # negative: "xã thực hiện 13/13 chỉ tiêu phát triển kinh tế - xã hội" (yv-ha-noi-phu-xuyen): the period's work
    # against its targets — no whole row of 13 chỉ tiêu is added
    rows = _rows(PHU_XUYEN)
    thirteen = [r for r in rows if float(r.value) == 13 and "chỉ tiêu" in r.unit]
    assert all(not r.label.startswith("Tổng số") for r in thirteen)
