"""Issue 14, round 6: the figures template on the lead's batch ``evaluations/cases/heldout/r-*``.

Each test writes real sentences (from the public pages named in its comment; at least two pages per rule, or a page
and the counter-case the rule must leave alone) as a prior report and asserts what the template makes of them: rows
with their value, unit and label; numbers that are no figure of the period make no row, or are a derivation, a plan
or a comparison value of a row.
"""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.template import build_template
from tests.test_onboarding_round5 import derived, row, values  # noqa: F401 (the round's helpers, shared)


def template(tmp_path, head: str, *paragraphs: str):
    """The template of a prior report titled ``head`` (which names its period) with these paragraphs."""
    path = tmp_path / "prior.txt"
    path.write_text(head + "\n\nI. KẾT QUẢ\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return build_template(path)


YEAR_2018 = "Báo cáo tổng kết công tác phòng, chống thiên tai năm 2018"
YEAR_2017 = "Báo cáo tổng kết công tác năm 2017"
HALF_2018 = "Báo cáo kết quả thu ngân sách 6 tháng đầu năm 2018"
APRIL_2014 = "Báo cáo kết quả tiêm vét vắc-xin sởi tháng 4 năm 2014"


# ------------------------------------------------------------------ another period's figures (statements.py)

def test_a_later_period_named_in_the_sentence_makes_no_row(tmp_path):
    # r-ca-nuoc-pctt-2018 (the 2018 review goes on to 2019's first months: the checker's own rule, read with the
    # prior's period); the counter-case r-binh-duong-tiem-soi-2014-04: an EARLIER month in the April report is the
    # agency's own figure (its table may keep it in a column of its own) — still on the template.
    tpl = template(tmp_path, YEAR_2018,
                   "Năm 2018, thiên tai đã làm 224 người chết và mất tích. Hơn 1.900 ngôi nhà bị đổ, trôi.",
                   "Từ đầu năm 2019 đến nay, trên cả nước đã xảy ra 12 loại hình thiên tai làm 23 người chết và mất "
                   "tích, hơn 18.200 nhà bị sập đổ, hư hỏng; 27.370 ha lúa và hoa màu bị thiệt hại.")
    assert str(tpl.prior_period) == "2018" and values(tpl) == [224, 1900]
    april = template(tmp_path, APRIL_2014,
                     "Trong tháng 3, toàn tỉnh có 8.126 trường hợp tiêm ngừa sởi mũi một và 8.397 tiêm sởi mũi hai. "
                     "Trong tháng 4, tính đến hết ngày 23, toàn tỉnh đã tiêm 5.662/6.668 đối tượng còn sót, tiêm vét "
                     "mũi một, tỷ lệ 84,91%.")
    assert str(april.prior_period) == "2014-04"
    assert 5662 in values(april) and 8126 in values(april) + [s.value for s in april.standing]


# ------------------------------------------------------------------ last period's values in brackets (plans.py)

def test_last_periods_values_in_brackets_after_a_comparison_are_comparison_values(tmp_path):
    # r-ca-nuoc-pctt-2018: "(gần 60.000 tỷ đồng, 386 người chết và mất tích)" after "so với … năm 2017" — each the
    # comparison value of the row of the same measure (money to money, người chết to người chết, not to 50 người of
    # the part before); the counter-case m-quangnam-thue-2018-h1: a change in the bracket ("(số tuyệt đối tăng 1.694
    # tỷ đồng)") is no value of last year.
    tpl = template(tmp_path, YEAR_2018,
                   "Năm 2018, thiên tai đã làm 224 người chết và mất tích. Trong đó, 92 người do mưa lũ; 50 người do "
                   "các thiên tai khác. Với tổng thiệt hại về kinh tế ước tính gần 20.000 tỷ đồng. Tuy nhiên đã giảm "
                   "nhiều so với thiệt hại do thiên tai gây ra năm 2017 (gần 60.000 tỷ đồng, 386 người chết và mất tích).")
    assert values(tpl) == [224, 92, 50, 20_000_000_000_000]
    assert row(tpl, 20_000_000_000_000).base == 60_000_000_000_000 and row(tpl, 224).base == 386
    assert row(tpl, 50).base is None
    tax = template(tmp_path, HALF_2018,
                   "Lũy kế 6 tháng đầu năm 2018 tổng thu ước đạt 8.356 tỷ đồng, bằng 54% dự toán HĐND tỉnh giao, tăng "
                   "25% so với cùng kỳ năm 2017 (số tuyệt đối tăng 1.694 tỷ đồng).")
    assert values(tax) == [8_356_000_000_000] and row(tax, 8_356_000_000_000).base != 1_694_000_000_000



# ------------------------------------------------------------------ the world as a scope (statements.py)

def test_a_figure_whose_sentence_sets_the_world_as_its_scope_is_context(tmp_path):
    # r-ca-nuoc-pctt-2018 ("thiệt hại kinh tế trên thế giới ước tính 146 tỷ USD", then "Tại Việt Nam, …" — the
    # country's own count stays); cnnd.vn "Số ca mắc COVID-19 trên toàn cầu vượt ngưỡng 40 triệu người" (a world
    # count and the part of it after "trong đó"; the province's own figure after it stays).
    tpl = template(tmp_path, YEAR_2018,
                   "Theo Ban Chỉ đạo trung ương về Phòng chống thiên tai, năm 2018, thiên tai trên thế giới và khu vực "
                   "tiếp tục diễn biến rất phức tạp, cực đoan, vượt nhiều mốc lịch sử, thiệt hại kinh tế trên thế giới "
                   "ước tính 146 tỷ USD. Tại Việt Nam, thiên tai năm 2018 mang nhiều yếu tố cực đoan, dị thường diễn ra "
                   "trên khắp các vùng miền cả nước với 16/21 loại hình thiên tai.")
    assert values(tpl) == [16] and row(tpl, 16).plan == 21
    covid = template(tmp_path, "Báo cáo công tác phòng, chống dịch tháng 10 năm 2020",
                     "Đến sáng 19/10, trên thế giới có tổng cộng 40,2 triệu người mắc COVID-19, trong đó hơn 1,17 triệu "
                     "trường hợp đã tử vong vì đại dịch này.",
                     "Trong tháng 4, tính đến hết ngày 23, toàn tỉnh đã tiêm 5.662/6.668 đối tượng còn sót.")
    assert values(covid) == [5662]


# ------------------------------------------------------------------ a rate before its change (statements.py)

def test_the_rate_a_change_came_from_is_the_comparison_value_of_the_rate_it_came_to(tmp_path):
    # r-vinh-phuc-mot-cua-2021-08 ("huyện Sông Lô giảm từ 10,85% xuống còn 1,31%"); p-haiduong-giamngheo-2020
    # ("tỷ lệ hộ cận nghèo giảm từ 4,27% xuống còn 2,36%"): one row, the rate after, with the rate before as base.
    tpl = template(tmp_path, "Kết quả giải quyết thủ tục hành chính tháng 8/2021",
                   "Huyện Sông Lô và huyện Tam Dương là các địa phương có chuyển biến rõ rệt (huyện Sông Lô giảm từ "
                   "10,85% xuống còn 1,31%; huyện Tam Dương giảm từ 10,55% xuống còn 2,27%).")
    assert values(tpl) == [Decimal("1.31"), Decimal("2.27")]
    assert row(tpl, "1.31").base == Decimal("10.85") and row(tpl, "2.27").base == Decimal("10.55")
    poor = template(tmp_path, "Báo cáo kết quả giảm nghèo năm 2020", "Tỷ lệ hộ cận nghèo giảm từ 4,27% xuống còn 2,36%.")
    assert values(poor) == [Decimal("2.36")] and row(poor, "2.36").base == Decimal("4.27")


# ------------------------------------------------------------------ a share stated again (rates.py)

MOT_CUA = ("Theo Báo cáo số 19/BC-TTPVHCC của Trung tâm Phục vụ hành chính công tỉnh, kết quả giải quyết thủ tục hành "
           "chính tại Bộ phận một cửa cấp huyện, cấp xã trong tháng 8/2021 đã tiếp nhận mới 19.630 hồ sơ, hồ sơ trả "
           "trước và đúng hạn là 19.255 hồ sơ (đạt 96,55%), hồ sơ đến hạn giải quyết 19.944 hồ sơ, hồ sơ quá hạn giải "
           "quyết nhưng chưa có kết quả 689 hồ sơ chiếm 3,45 %, các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị "
           "rút hồ sơ là 16 hồ sơ (chiếm 0,08%).")


def test_a_share_with_decimals_stated_again_in_the_next_paragraph_is_the_same_share(tmp_path):
    # r-vinh-phuc-mot-cua-2021-08: "689 hồ sơ chiếm 3,45 %", then "TTHC chậm hạn tiếp tục giảm mạnh đạt 3,45%"; the
    # counter-case on the same page: a rate of another value ("tỷ lệ chậm, quá hạn 0,33%") stays a row.
    tpl = template(tmp_path, "Kết quả giải quyết thủ tục hành chính tháng 8/2021", MOT_CUA,
                   "Kết quả giải quyết TTHC đúng và trước hạn tăng cao, TTHC chậm hạn tiếp tục giảm mạnh đạt 3,45%. "
                   "Huyện Lập Thạch lần đầu tiên vươn lên đứng vị trí thứ nhất với tỷ lệ chậm, quá hạn 0,33%.")
    assert [v for v in values(tpl) if v < 100] == [16, Decimal("0.33")]
    assert any("3,45%" in q for q in row(tpl, 689).repeats)


# ------------------------------------------------------------------ a bound after a count of a listed noun (statements.py)

def test_a_bound_after_a_count_whose_noun_lists_its_kinds_says_what_was_counted(tmp_path):
    # r-vinh-phuc-mot-cua-2021-08 ("cả 9/9 huyện, thành phố đạt tỷ lệ dưới 10%"); q-ba-ria-vung-tau-hai-quan-2021-10t
    # ("là 1 trong 8 Cục Hải quan tỉnh, thành phố đạt số thu hải quan trên 85% so với dự toán"): no row for the bound.
    tpl = template(tmp_path, "Kết quả giải quyết thủ tục hành chính tháng 8/2021",
                   "Đây là kết quả tốt nhất sau 01 năm cấp huyện, xã thực hiện tiếp nhận, giải quyết TTHC trên hệ thống "
                   "thông tin điện tử một cửa. Cả 9/9 huyện, thành phố đạt tỷ lệ dưới 10%.")
    assert values(tpl) == [9]
    customs = template(tmp_path, "Báo cáo kết quả thu ngân sách 10 tháng năm 2021",
                       "Đánh giá của Tổng cục Hải quan cho thấy, BR-VT là 1 trong 8 Cục Hải quan tỉnh, thành phố đạt số "
                       "thu hải quan trên 85% so với dự toán.")
    assert values(customs) == []


# ------------------------------------------------------------------ a plan named without "giao" (plans.py)

def test_a_plan_named_before_its_number_is_the_plan_of_the_row(tmp_path):
    # r-vinh-long-gdnn-2022-10t ("đạt hơn 130% so với chỉ tiêu 20.000 người"; the counter-case in the same sentence:
    # "(đạt hơn 67% so với chỉ tiêu)" names no number); r-ca-nuoc-kbnn-2014-h1 ("dự toán chi thường xuyên năm 2014
    # là 704.400 tỷ đồng" in the bracket after the amount spent).
    tpl = template(tmp_path, "Báo cáo 10 tháng năm 2022",
                   "Báo cáo công tác lao động việc làm, sở cho biết trong 10 tháng đã tạo việc làm mới cho 26.112 lao "
                   "động (đạt hơn 130% so với chỉ tiêu 20.000 người), trong đó đưa 1.144 lao động đi làm việc có thời "
                   "hạn ở nước ngoài theo hợp đồng (đạt hơn 67% so với chỉ tiêu).")
    assert values(tpl) == [26_112, 1_144] and row(tpl, 26_112).plan == 20_000
    kbnn = template(tmp_path, HALF_2018.replace("2018", "2014"),
                    "Kho bạc Nhà nước (KBNN) cho biết, 6 tháng đầu năm 2014, hệ thống KBNN đã thực hiện kiểm soát ước đạt "
                    "293.865 tỷ đồng chi thường xuyên của NSNN qua KBNN đạt 41% (bao gồm số tạm ứng năm trước chuyển "
                    "sang, không bao gồm chi trả nợ, viện trợ, chi bổ sung quỹ dự trữ tài chính, dự phòng dự toán chi "
                    "thường xuyên năm 2014 là 704.400 tỷ đồng bao gồm cả chi thực hiện cải cách tiền lương).")
    assert values(kbnn) == [293_865_000_000_000] and row(kbnn, 293_865_000_000_000).plan == 704_400_000_000_000


# ------------------------------------------------------------------ a rank among a group (ranks.py)

def test_a_rank_among_a_group_is_a_row_and_its_change_in_places_the_comparison_value(tmp_path):
    # r-ba-ria-vung-tau-cchc-2015-2020 (three notations: "xếp 9/63", "xếp hạng 10/63", "xếp thứ 16/63", each with
    # "(tăng N bậc so với năm 2015)": up the ranking is a smaller number); baobariavungtau.com.vn 2022 ("chỉ số SIPAS
    # đạt 86,72%, xếp thứ 38/63 tỉnh, thành phố"); the counter-case q-ba-ria-vung-tau-du-lich-2014-9t ("139 cơ sở đã được
    # xếp hạng từ 1- 5 sao": a class, no rank).
    tpl = template(tmp_path, "Báo cáo tổng kết công tác cải cách hành chính giai đoạn 2016-2020",
                   "Các chỉ số PAR INDEX, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số hiệu quả quản trị và hành "
                   "chính công (PAPI) đều tăng hạng so với năm 2015: Chỉ số PAR INDEX xếp 9/63 tỉnh, thành phố (tăng 26 "
                   "bậc so với năm 2015); PAPI xếp hạng 10/63 tỉnh thành phố (tăng 34 bậc so với năm 2015); PCI xếp thứ "
                   "16/63 tỉnh, thành phố (tăng 2 bậc so với năm 2015).")
    assert [(r.value, r.unit, r.label, r.base) for r in tpl.rows] == [
        (9, "hạng", "Xếp hạng Chỉ số PAR INDEX", 35), (10, "hạng", "Xếp hạng PAPI", 44), (16, "hạng", "Xếp hạng PCI", 18)]
    sipas = template(tmp_path, "Báo cáo công tác cải cách hành chính năm 2021",
                     "Năm 2021, chỉ số PAR INDEX của tỉnh đạt 87,61 điểm, tăng 1,59 điểm so với năm 2020; chỉ số SIPAS "
                     "đạt 86,72%, xếp thứ 38/63 tỉnh, thành phố trong cả nước.")
    assert [(r.value, r.unit, r.label) for r in sipas.rows][-1] == (38, "hạng", "Xếp hạng chỉ số SIPAS")
    assert 63 not in values(sipas)
    stars = template(tmp_path, "Báo cáo tình hình du lịch 9 tháng năm 2014",
                     "Toàn tỉnh hiện có 205 cơ sở lưu trú đang hoạt động với 9.515 phòng, trong đó 139 cơ sở đã được "
                     "xếp hạng từ 1- 5 sao và hạng cao cấp.")
    assert not [r for r in stars.rows if r.unit == "hạng"]


# ------------------------------------------------------------------ the units the period's things belong to (recognisers.py)

def test_the_units_the_periods_counted_things_belong_to_are_a_figure_labelled_by_what_they_have(tmp_path):
    # r-nam-dinh-khcn-2017 ("cấp mới giấy phép hoạt động thiết bị X-quang cho 27 máy thuộc 21 đơn vị": the 21 units
    # licensed in the year, no standing make-up); the counter-case c-dong-tam-dang-bo-2010 ("giáp danh với 7 xã của 4
    # huyện thuộc 2 tỉnh Hà Nam và Ninh Bình": areas, geography — nothing is said to have anything).
    tpl = template(tmp_path, YEAR_2017,
                   "Trong đó công tác sở hữu trí tuệ, an toàn bức xạ hạt nhân và sáng kiến cải tiến kỹ thuật đã tư vấn, "
                   "hướng dẫn cho hơn 30 đơn vị đăng ký nhãn hiệu; làm thủ tục cấp mới giấy phép hoạt động thiết bị "
                   "X-quang cho 27 máy thuộc 21 đơn vị.")
    assert row(tpl, 21, "đơn vị").label == "Số đơn vị có máy làm thủ tục cấp mới giấy phép hoạt động thiết bị X-quang"
    assert 21 not in [s.value for s in tpl.standing]
    area = template(tmp_path, "Báo cáo tổng kết năm 2010",
                    "Xã Đồng Tâm nằm phía Đông Nam của huyện Lạc Thuỷ giáp danh với 7 xã của 4 huyện thuộc 2 tỉnh Hà "
                    "Nam và Ninh Bình, có đường quốc lộ 21A chạy qua.")
    assert {(s.value, s.noun) for s in area.standing} >= {(7, "xã"), (4, "huyện")}
    assert not [r for r in area.rows if " có " in r.label]


# ------------------------------------------------------------------ a change stressed with "tới" (recognisers.py)

def test_a_change_stressed_with_toi_is_a_change_not_a_rate(tmp_path):
    # r-vinh-phuc-mot-cua-2021-08 ("Đặc biệt giảm tới 49,54% so với tháng 01/2021", after the rate it changes);
    # nld.com.vn, WHO weekly report 2022-09 ("Tây Thái Bình Dương lại giảm tới 19% nên số ca đã thấp hơn"): derived,
    # no row — the extraction leaves such a percentage without its direction.
    tpl = template(tmp_path, "Kết quả giải quyết thủ tục hành chính tháng 8/2021", MOT_CUA,
                   "Kết quả giải quyết TTHC đúng và trước hạn tăng cao, TTHC chậm hạn tiếp tục giảm mạnh đạt 3,45%, trong "
                   "đó so với các kỳ báo cáo tháng 7 giảm 3,86%. Đặc biệt giảm tới 49,54% so với tháng 01/2021.")
    assert Decimal("49.54") not in values(tpl) and Decimal("49.54") in derived(tpl)
    who = template(tmp_path, "Báo cáo tình hình dịch COVID-19 tháng 9 năm 2022",
                   "Khu vực có số ca nhiều nhất là châu Âu (hơn 1,28 triệu ca), giảm 1% so với tuần trước. Nhưng Tây "
                   "Thái Bình Dương lại giảm tới 19% nên số ca đã thấp hơn (hơn 1,14 triệu ca).")
    assert Decimal(19) not in values(who) and Decimal(19) in derived(who)
