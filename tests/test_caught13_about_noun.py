"""Caught round 13: ``tăng X% về <danh từ>`` — the noun after «về» names what the rate measures, so a rate about the
count (``về số DN``, ``về số lượng``) said right after the capital is not the capital's rate
(``service/checker/ownindex.about_other_noun``, ``OwnIndex._own_index_pass``).

Two d13 pages of the Tổng cục Thống kê's business registrations (Lao Động 5 tháng 2017, Pháp Luật TP.HCM 10 tháng
2016) flagged the count's rate as the capital's; the capital's own rate (``về số vốn đăng ký``) is still checked."""

from sweep_tables import ROOT, case_line_verdicts

from service.checker.ownindex import about_other_noun

D13 = (ROOT / "evaluations" / "sweep" / "caught13",)
LAODONG = "d13-laodong-doanhnghiep-5t-2017"
PLO = "d13-plo-doanhnghiep-10t-2016"
LD_LINE = ("cả nước có 50.534 DN đăng ký thành lập mới với tổng vốn đăng ký là 485.600 tỉ đồng, tăng 12,9% về số DN và "
           "tăng 39% về số vốn đăng ký so với cùng kỳ")
PLO_LINE = ("cả nước có hơn 91.700 DN đăng ký thành lập mới với tổng vốn đăng ký là 710.600 tỉ đồng, tăng 18% về số lượng "
            "và tăng 46% về số vốn đăng ký")
CAPITAL = "Vốn đăng ký của doanh nghiệp thành lập mới"


def _of(rows, text):
    return [v for t, v, _ in rows if t == text]


def test_the_noun_after_ve_names_the_rates_subject():
    assert about_other_noun(LD_LINE, LD_LINE.index("12,9%") + 5, CAPITAL)          # về số DN
    assert about_other_noun(PLO_LINE, PLO_LINE.index("18%") + 3, CAPITAL)          # về số lượng
    assert not about_other_noun(LD_LINE, LD_LINE.index("39%") + 3, CAPITAL)        # về số vốn: the capital's own
    assert not about_other_noun("đạt 485.600 tỉ đồng, tăng 12,9% so với cùng kỳ", 37, CAPITAL)   # no «về»


def test_the_counts_rate_after_the_capital_is_not_flagged():
    assert _of(case_line_verdicts(LAODONG, LD_LINE, folders=D13), "12,9%") == ["derived"]
    assert _of(case_line_verdicts(PLO, PLO_LINE, folders=D13), "18%") == ["derived"]


def test_a_wrong_rate_of_the_capital_is_still_flagged():
    assert _of(case_line_verdicts(LAODONG, LD_LINE, LD_LINE.replace("tăng 39%", "tăng 29%"), folders=D13), "29%") \
        == ["unsupported"]
    bad = PLO_LINE.replace("tăng 46%", "tăng 18%")
    assert _of(case_line_verdicts(PLO, PLO_LINE, bad, folders=D13), "18%") == ["derived", "unsupported"]
