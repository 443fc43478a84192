"""Round 39 of the period reader: a company's quarterly financial statement beside its months so far
(service/periods/statements.py), on real quotes, with its negatives."""

from service.periods import find_mentions, find_period
from service.periods.statements import statement_quarters


def _code(p):
    return p.code if p else None


# held-out xe-thai-nguyen-ctcp-tng-ket-qua-kinh-doanh-2019-q2 (coded 2019-Q2): its opening, as written
TNG = ("BizLIVE -\n\nSau 6 tháng đầu năm, TNG đạt 2.043 tỷ đồng doanh thu thuần và 93 tỷ đồng lợi nhuận sau thuế, lần "
       "lượt tăng 37,4% và 38,5% so với cùng kỳ năm 2018.\n\nTNG báo lãi tăng 22,5% trong quý II, cổ phiếu áp sát vùng "
       "đỉnh\nẢnh minh họa.\n\nCTCP Đầu tư và Thương mại TNG (mã TNG) vừa công bố báo cáo tài chính quý II/2019 với kết "
       "quả kinh doanh tăng trưởng so với cùng kỳ năm ngoái.\n\nTheo đó, TNG ghi nhận 1.236 tỷ đồng doanh thu thuần trong "
       "kỳ, tăng 39,5% so với cùng kỳ năm ngoái.")

# sweep p15-thanhnien-loinhuan-q3-2025 (labelled 2025-Q3 by round 15): its opening, without the page's date line
THANH_NIEN = ("Ngoài Công ty CP Trung tâm Hội chợ Triển lãm Việt Nam (mã chứng khoán VEF) sau 9 tháng đầu năm nay lãi gấp "
              "58 lần cùng kỳ năm trước, hàng loạt doanh nghiệp cũng có kết quả ấn tượng. Chẳng hạn, Công ty CP Đầu tư "
              "Thế Giới Di Động (mã chứng khoán MWG) vừa công bố Báo cáo tài chính quý 3/2025 với doanh thu thuần đạt "
              "39.853 tỉ đồng, tăng gần 17% so với cùng kỳ 2024 và là mức cao nhất kể từ khi thành lập. Lợi nhuận sau "
              "thuế quý 3 của MWG cũng lập kỷ lục 1.784 tỉ đồng, tăng 121% so với cùng kỳ năm trước.")

# held-out zd-nam-dinh-van-tai-2020-9t (coded 2020-9T): a statistics office's quarter inside its months so far
NAM_DINH = ("Ước thực hiện quý III-2020, vận tải hành khách đạt 5.334 nghìn lượt người, giảm 2,1% và 503,8 triệu lượt "
            "người.km, giảm 6,8%. Như vậy, 9 tháng năm 2020 vận tải hành khách đạt 15.350 nghìn lượt người, giảm 4,5% "
            "và 1.454,3 triệu lượt người.km, giảm 8,7% so với cùng kỳ năm trước.")


def test_a_filed_quarter_is_the_period_over_its_months_so_far():
    assert _code(find_period(TNG)) == "2019-Q2"          # was 2019-H1
    assert _code(find_period(THANH_NIEN)) == "2025-Q3"   # was 2025-9T


def test_the_months_so_far_are_the_statements_running_total():
    half = [m for m in find_mentions(TNG) if m.period.code == "2019-H1"]
    assert half and all(m.passing and m.running for m in half)
    assert [m.period.code for m in statement_quarters(TNG, find_mentions(TNG))] == ["2019-Q2"]


def test_a_statistics_release_keeps_its_months_so_far():
    # no financial statement named: the quarter is a part of the cumulative report (report.at_quarter_end)
    assert _code(find_period(NAM_DINH)) == "2020-9T"
    assert statement_quarters(NAM_DINH, find_mentions(NAM_DINH)) == []


def test_only_the_months_ending_with_the_filed_quarter():
    # six months beside a third quarter's statement are another report's: nothing moves
    text = TNG.replace("quý II/2019", "quý III/2019")
    assert all(not m.passing for m in find_mentions(text) if m.period.code == "2019-H1")
    # a statement compared with ("so với báo cáo tài chính quý II/2018") files no quarter of this page
    compared = "Sau 6 tháng đầu năm 2019, lợi nhuận tăng 12% so với báo cáo tài chính quý II/2018."
    assert statement_quarters(compared, find_mentions(compared)) == []
    assert _code(find_period(compared)) == "2019-H1"
    # a year's statement is no quarter
    yearly = "Công ty vừa công bố báo cáo tài chính năm 2019. Sau 6 tháng đầu năm 2020, doanh thu đạt 120 tỷ đồng."
    assert statement_quarters(yearly, find_mentions(yearly)) == []
