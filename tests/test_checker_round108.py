"""Checker round 108 (chk108, issue 13): stop 64's unseen batches wd-/we- (evaluations/sweep/checker-round108.md).

``keptcomparison``: a rate whose base the table lacks (``tăng 18% so với cùng kỳ`` after a running total, ``đạt
102,01% so với kế hoạch`` with no plan kept), where the table keeps its subject's comparisons as rows of their own
(``10-TL``, ``10-TL2``; ``1-2`` «tỷ lệ TH/KH», ``1-3`` «tỷ lệ TH 2023/TH 2022»): a rate none of them gives is wrong.
Real text of three sources (a listed rice group's quarter, a listed rice company's half year, a water utility's
year); negatives: a subject with no kept rate, a rate that is one of the kept ones.
"""

from __future__ import annotations

from tests.sweep_tables import case_line_verdicts, flagged, table, verdict_of

_LOCTROI = "wd-an-giang-tap-doan-loc-troi-ket-qua-kinh-doanh-2023-q3"
_TRUNGAN = "wd-can-tho-nong-nghiep-trung-an-ket-qua-kinh-doanh-2023-q2"
_CHOLON = "wd-tp-ho-chi-minh-cap-nuoc-cho-lon-san-xuat-kinh-doanh-2023"


def _v(slug, line, bad=None):
    return {t: (v, r) for t, v, r in case_line_verdicts(slug, line, bad)}


_LK = "doanh thu thuần hơn 10.440 tỷ đồng, tăng 18% so với cùng kỳ"


def test_the_running_totals_kept_rate_stands():
    assert not flagged(_v(_LOCTROI, _LK)["18%"][0])
    assert not flagged(_v(_TRUNGAN, "doanh thu thuần 2.513 tỉ đồng, tăng 46% so với cùng kỳ")["46%"][0])


def test_a_rate_no_kept_row_of_its_subject_gives_is_flagged():
    for bad in ("58%", "19%", "17%"):
        verdict, reason = _v(_LOCTROI, _LK, _LK.replace("18%", bad))[bad]
        assert flagged(verdict) and "10-TL2 = 18%" in reason and "không chỉ tiêu nào cho ra" in reason
    line = "doanh thu thuần 2.513 tỉ đồng, tăng 46%"
    assert flagged(_v(_TRUNGAN, line, line.replace("46%", "56%"))["56%"][0])


_NUOC = "Sản lượng nước tiêu thụ đạt 102,01% so với kế hoạch và đạt 103,25% so với thực hiện năm 2022"


def test_ratios_to_plan_and_to_last_year_kept_as_rows():
    clean = _v(_CHOLON, _NUOC)
    assert not flagged(clean["102,01%"][0]) and not flagged(clean["103,25%"][0])
    assert flagged(_v(_CHOLON, _NUOC, _NUOC.replace("102,01", "105,01"))["105,01%"][0])
    # the second rate of the clause is its subject's too: the rate before it is no other subject
    assert flagged(_v(_CHOLON, _NUOC, _NUOC.replace("103,25", "103,35"))["103,35%"][0])
    line = "gắn mới đồng hồ nước đạt 129,75% kế hoạch"
    assert not flagged(_v(_CHOLON, line)["129,75%"][0])
    verdict, reason = _v(_CHOLON, line, line.replace("129,75", "129,79"))["129,79%"]
    assert flagged(verdict) and "Gắn mới đồng hồ nước" in reason


def test_a_subject_with_no_kept_rate_stays_unverified(tmp_path):
    figures = table(tmp_path, ["10,Doanh thu thuần,tỷ đồng,2.513", "20,Lợi nhuận gộp,tỷ đồng,150"])
    v = verdict_of("Công ty đạt doanh thu thuần 2.513 tỷ đồng, tăng 46% so với cùng kỳ.", figures)
    assert v["46%"] == "unverified"


def test_a_rate_of_another_rows_amount_is_not_the_kept_familys(tmp_path):
    figures = table(tmp_path, ["10,Doanh thu thuần,tỷ đồng,2.513", "10-TL,Doanh thu thuần: tốc độ tăng so với cùng kỳ,%,46",
                               "20,Lợi nhuận gộp,tỷ đồng,150"])
    v = verdict_of("Lợi nhuận gộp đạt 150 tỷ đồng, tăng 12% so với cùng kỳ.", figures)
    assert not flagged(v["12%"])
    assert flagged(verdict_of("Doanh thu thuần đạt 2.513 tỷ đồng, tăng 12% so với cùng kỳ.", figures)["12%"])
