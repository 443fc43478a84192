"""Caught round 13: a share said with «chiếm» is a part of a whole, never a change against a period — a percent under
«chiếm» that only a «so với cùng kỳ» / «so với tháng trước» row holds is another figure in the share's place
(``service/checker/sharebase.py``, ``ShareBase._share_base_pass``).

Quotes from the d13 Con số & Sự kiện page (lúa mùa, tháng 10/2020: each region's share of the area sown beside its
index against last year) and the held-out zi Lâm Đồng (xuất khẩu tháng 10/2022: the domestic firms' share beside the
running total's rate kept as ``2-LK-TL``); the guard is the held-out yl Cục Cảnh sát PCCC (a share row whose label
says «nhà liền kề»)."""

from sweep_tables import ROOT, case_line_verdicts

from service.checker.sharebase import _a_change_in_time

D13 = (ROOT / "evaluations" / "sweep" / "caught13",)
LUA = "d13-consosukien-nongnghiep-10t-2020"
LUA_LINE = "các địa phương phía Bắc thu hoạch được 762,3 nghìn ha, chiếm 72,5% và bằng 96,8%"
ZI = "zi-lam-dong-xuat-nhap-khau-2022-10"
ZI_LINE = ("Trong đó, doanh nghiệp trong nước ước đạt 48,06 triệu USD, tăng 47,89% so với cùng kỳ năm trước, chiếm 62% kim "
           "ngạch xuất khẩu toàn tỉnh")
PCCC = "yl-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2016"
PCCC_LINE = "cháy nhà dân, nhà liền kề (1.290 vụ, chiếm 42,9%)"


def _of(rows, text):
    return [(v, r) for t, v, r in rows if t == text]


def test_a_change_in_time_is_read_from_the_label():
    assert _a_change_in_time("Diện tích lúa mùa đã thu hoạch: so với cùng kỳ")
    assert _a_change_in_time("Doanh nghiệp thành lập mới so với tháng trước")
    assert not _a_change_in_time("Tỷ lệ cháy nhà dân, nhà liền kề trong tổng số vụ cháy")   # a share's label
    assert not _a_change_in_time("Tỷ lệ thực hiện so với kế hoạch")                            # a plan's rate


def test_an_index_against_last_year_under_chiem_is_flagged():
    got = _of(case_line_verdicts(LUA, LUA_LINE, LUA_LINE.replace("72,5%", "97,2%"), folders=D13), "97,2%")
    assert got[0][0] == "unsupported" and "chiếm" in got[0][1] and "so với cùng kỳ" in got[0][1]


def test_a_running_totals_rate_under_chiem_is_flagged():
    got = _of(case_line_verdicts(ZI, ZI_LINE, ZI_LINE.replace("chiếm 62%", "chiếm 39,13%")), "39,13%")
    assert got[0][0] == "unsupported" and "tỷ trọng" in got[0][1]


def test_clean_shares_stand():
    for slug, line, kw in ((LUA, LUA_LINE, {"folders": D13}), (ZI, ZI_LINE, {}), (PCCC, PCCC_LINE, {})):
        rows = case_line_verdicts(slug, line, **kw)
        assert not [v for _, v, _ in rows if v in ("unsupported", "stale")], (slug, rows)
