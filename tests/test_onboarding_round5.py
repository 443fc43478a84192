"""Issue 14, round 5: the figures template on the lead's batch ``evaluations/cases/heldout/q-*``.

Each test writes real sentences (from the public pages named in its comment; at least two pages per rule, or a page
and the counter-case the rule must leave alone) as a prior report and asserts what the template makes of them: rows
with their value, unit and label; numbers that are no figure of the period make no row, go to the standing sheet,
or are a derivation of a row.
"""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.template import build_template

HEAD = "Báo cáo kết quả công tác 6 tháng đầu năm 2024\n\nI. KẾT QUẢ\n\n"


def template(tmp_path, *paragraphs: str, head: str = HEAD):
    path = tmp_path / "prior.txt"
    path.write_text(head + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return build_template(path)


def values(tpl) -> list[Decimal]:
    return [r.value for r in tpl.rows]


def row(tpl, value, unit=None):
    found = [r for r in tpl.rows if r.value == Decimal(str(value)) and (unit is None or r.unit == unit)]
    assert len(found) == 1, [(r.value, r.unit, r.label) for r in tpl.rows]
    return found[0]


def derived(tpl) -> list[Decimal]:
    return [d.value for r in tpl.rows for d in r.derived]


# ------------------------------------------------------------------ rates that are rows of their own (rates.py)

def test_a_rate_the_clause_names_is_a_row(tmp_path):
    # q-tuyen-quang-thads-2022; k-dongkhoi-caodiem-2020; m-songma-gd-2018.
    tpl = template(tmp_path, "Toàn ngành đã thi hành xong 3.751 việc; tỷ lệ giải quyết đơn khiếu nại, tố cáo đạt 100%; "
                             "tỷ lệ hướng dẫn nghiệp vụ đạt 100%.",
                   "Điều tra làm rõ 66 vụ án xảy ra trước cao điểm, tỷ lệ tiếp nhận giải quyết tin báo, tố giác tội "
                   "phạm đạt 90,8%.",
                   "Huyện có 37 trường học; tỷ lệ huy động học sinh đến lớp đạt 98,5%.")
    rates = [(r.value, r.label) for r in tpl.rows if r.unit == "%"]
    assert rates == [(100, "Tỷ lệ giải quyết đơn khiếu nại, tố cáo"), (100, "Tỷ lệ hướng dẫn nghiệp vụ"),
                     (Decimal("90.8"), rates[2][1]), (Decimal("98.5"), rates[3][1])]
    assert rates[2][1].startswith("Tỷ lệ tiếp nhận") and rates[3][1].startswith("Tỷ lệ huy động")
    assert row(tpl, 3751).plan is None            # no "đạt 100%" taken for the count's progress


def test_a_rate_below_100_that_exceeds_its_target_is_a_row_and_its_target_a_rate(tmp_path):
    # q-tuyen-quang-thads-2022; b-long-dat-tuyen-quan-2025.
    tpl = template(tmp_path, "Toàn ngành đã thi hành xong 3.751 việc, đạt 87,91%, vượt 5,41%; thu hồi số tiền trên 68 tỷ "
                             "đồng, đạt 62,37%, vượt 20,27% chỉ tiêu Tổng cục giao.",
                   "Công tác tạo nguồn phát triển Đảng đã tuyển chọn được 6 đảng viên (5 đảng viên chính thức), đạt "
                   "1,6%, vượt 0,6% so với chỉ tiêu trên giao.")
    assert row(tpl, "87.91").plan == Decimal("82.50") and row(tpl, "62.37").plan == Decimal("42.10")
    assert row(tpl, 3751).plan is None and row(tpl, 68_000_000_000).plan is None   # not 3.751 − 5,41
    assert row(tpl, "1.6", "%").plan == Decimal("1.0")
    assert row(tpl, "62.37").label == "Tỷ lệ tiền thu hồi"


def test_a_share_naming_a_whole_the_text_gives_only_rounded_is_a_row(tmp_path):
    # q-long-an-toa-an-2022 (the lede and the body state it twice: one row); the counter-case, a whole stated
    # exactly (TAND figures quoted by 123docz.net, "Kết quả đạt được"): the share is derived.
    lede = ("Năm 2022, Tòa án hai cấp tỉnh Long An thụ lý trên 14.600 vụ án các loại, giải quyết 12.525 vụ, đạt 85,69% "
            "trên tổng số án thụ lý, so cùng kỳ tăng gần 1.900 vụ.")
    tpl = template(tmp_path, lede,
                   "Theo đó, TAND hai cấp tỉnh thụ lý trên 14.600 vụ án các loại, giải quyết 12.525 vụ, đạt 85,69% trên "
                   "tổng số án thụ lý. Đồng thời, TAND 2 cấp tỉnh tổ chức hòa giải, đối thoại thành 6.114 vụ, chiếm "
                   "56,47% trên tổng số các vụ việc dân sự, hành chính sơ thẩm đã giải quyết, so cùng kỳ tăng 1.346 vụ.")
    assert [v for v in values(tpl) if v < 100] == [Decimal("85.69"), Decimal("56.47")]
    exact = template(tmp_path, "Năm 2018, thụ lý 439.546 vụ, giải quyết 386.923 vụ, đạt 88,03% trên tổng số thụ lý.")
    assert values(exact) == [439_546, 386_923] and Decimal("88.03") in derived(exact)


# ------------------------------------------------------------------ the whole year's estimate (statements.py)

def test_the_whole_years_estimate_in_a_shorter_report_is_no_row(tmp_path):
    # q-lam-ha-ktxh-2022-h1 (half year); e.baonghean.vn, "Tận dụng thời cơ đưa Nghệ An phát triển" (11 months).
    lam_ha = ("Cây ngô 6 tháng đầu năm gieo trồng được 471,5 ha, tăng 2,5% so cùng kỳ; ước cả năm 812 ha, giảm 3% so "
              "với năm trước. Cây rau các loại ước 6 tháng gieo trồng 1.351,1 ha, tăng 9,8%. Ước tính cả năm, cây rau "
              "gieo trồng 2.364 ha, tăng 10,5% và cây hoa gieo trồng 340 ha, tăng 11,2% so với cùng kỳ năm trước.")
    tpl = template(tmp_path, lam_ha)
    assert values(tpl) == [Decimal("471.5"), Decimal("1351.1")]
    assert Decimal(3) not in derived(tpl)          # the estimate's change is the estimate's, not the 471,5 ha row's
    nghe_an = "Xuất khẩu là điểm sáng, ước cả năm 2021 kim ngạch xuất khẩu hơn 2 tỷ USD. Đã cấp mới cho 115 dự án."
    eleven = template(tmp_path, nghe_an, head="Báo cáo tình hình kinh tế - xã hội 11 tháng năm 2021\n\nI. KẾT QUẢ\n\n")
    assert values(eleven) == [115]
    year = template(tmp_path, nghe_an, head="Báo cáo tình hình kinh tế - xã hội năm 2021\n\nI. KẾT QUẢ\n\n")
    assert 2_000_000_000 in values(year)           # in a year report the estimate is the period's own figure


# ------------------------------------------------------------------ standing facts and the organisation's units

def test_what_a_stock_the_area_has_now_comes_with_is_standing(tmp_path):
    # q-ba-ria-vung-tau-du-lich-2014-9t; t-dongly-hoabinh-hnd-2018.
    tpl = template(tmp_path, "Toàn tỉnh hiện có 205 cơ sở lưu trú đang hoạt động với 9.515  phòng, trong đó 139 cơ sở "
                             "đã được xếp hạng từ 1- 5 sao và hạng cao cấp. Các đơn vị đón 12.749.620 lượt khách.",
                   "Hội Nông dân huyện hiện có trên 12,4 nghìn hội viên, 15 cơ sở Hội, với 198 chi hội.")
    assert values(tpl) == [12_749_620]
    assert {s.value for s in tpl.standing} >= {205, 9515, 139, 12_400, 15, 198}
    # "Đến nay toàn huyện có 16 hội cơ sở với 5.237 hội viên" (n-xuyenmoc-ctd-2018): a membership the year brought
    year = template(tmp_path, "Đến nay toàn huyện có 16 hội cơ sở với 5.237 hội viên.")
    assert 5237 in values(year)


def test_units_of_the_organisation_as_their_clauses_subject_are_standing(tmp_path):
    # m-quangnam-thue-2018-h1; q-tuyen-quang-thads-2022. Counter-cases: q-hau-giang-thu-vien-2019-q3 (the units an
    # action reached) and a count of units that achieved something (no amount of their own, no "đều").
    tpl = template(tmp_path, "Trong đó, Văn phòng Cục Thuế thu 7.130 tỷ đồng, đạt 52%; 18 chi cục thuế thu 1.226 tỷ "
                             "đồng, đạt 65%.",
                   "Cục Thi hành án dân sự và 7 Chi cục cấp huyện, thành phố đều đạt và vượt chỉ tiêu được giao.",
                   "Thư viện luân chuyển 5.000 bản sách cho 23 thư viện cơ sở. Năm nay có 15 xã đạt chuẩn nông thôn "
                   "mới.")
    assert values(tpl) == [7_130_000_000_000, 1_226_000_000_000, 5000, 23, 15]
    assert {(s.value, s.noun.lower()) for s in tpl.standing} >= {(18, "chi cục"), (7, "chi cục")}


def test_a_count_for_each_of_an_uncounted_group_splits_a_total(tmp_path):
    # n-bacgiang-khuyenhoc-2023-11; the counter-case, a count for each of a counted group (bu-dang-2020-h1,
    # the sample report: "85 tổ phản ứng nhanh mỗi tổ 02 người" is a row of its table).
    tpl = template(tmp_path, "Hội Khuyến học tỉnh Bắc Giang trao 70 suất học bổng tặng học sinh hoàn cảnh khó khăn tại "
                             "10 huyện, thành phố. Trong đó, các huyện Sơn Động, Lục Ngạn, Lục Nam, Yên Thế, mỗi huyện "
                             "có 10 học sinh được trao học bổng; các huyện, thành phố còn lại, mỗi huyện trao 5 suất.",
                   "Triển khai thành lập 85 tổ phản ứng nhanh mỗi tổ 02 người để nắm tình hình.")
    assert [(r.value, r.unit) for r in tpl.rows if r.unit != "huyện"] == [(70, "suất"), (85, "tổ"), (2, "người")]


# ------------------------------------------------------------------ plans, comparison values, restatements

def test_a_quota_in_brackets_after_its_name_is_the_rows_plan(tmp_path):
    # q-ba-ria-vung-tau-hai-quan-2021-10t; b-tp-quang-ngai-qpan-2019-9t (a quota in brackets as a pair).
    tpl = template(tmp_path, "Riêng tại BR-VT, tính đến nay số thu ngân sách đã đạt 18.984 tỷ đồng, tăng 42,5% so với "
                             "cùng kỳ năm 2020 và vượt 7% so với chỉ tiêu được giao (17.500 tỷ đồng).",
                   "Công tác tuyển quân năm 2019 đạt 100% chỉ tiêu Tỉnh giao (400/400 thanh niên).")
    assert values(tpl)[0] == 18_984_000_000_000 and 17_500_000_000_000 not in values(tpl)
    assert row(tpl, 18_984_000_000_000).plan == 17_500_000_000_000 and row(tpl, 400).plan == 400


def test_a_bound_after_a_group_the_checker_reads_as_a_rank_is_no_row(tmp_path):
    # q-ba-ria-vung-tau-hai-quan-2021-10t: "1 trong 8" is a rank in a group to the checker's extraction
    # (service.checker.extract) — the template agrees: neither the 8 nor the threshold is a row; m-quangnam-thue
    # (16/18 chi cục thuế … đạt hơn 50% dự toán): the same bound after a counted row.
    tpl = template(tmp_path, "Đánh giá của Tổng cục Hải quan cho thấy, BR-VT là 1 trong 8 Cục Hải quan tỉnh, thành phố "
                             "đạt số thu hải quan trên 85% so với dự toán",
                   "Có 16/18 chi cục thuế kết quả thu đạt hơn 50% dự toán.")
    assert values(tpl) == [16]


def test_a_number_after_the_comparison_phrase_has_ended_is_a_figure_of_its_own(tmp_path):
    # q-cam-my-nhcsxh-2021-q1; q-lam-ha-ktxh-2022-h1; q-gia-lai-du-lich-2020-9t. Counter-case: the comparison
    # value in brackets (h-csgt-2021-09 style: "so với cùng kỳ năm 2020 (113 vụ)") stays the row's base.
    tpl = template(tmp_path, "Quý I-2021, Ngân hàng Chính sách xã hội H.Cẩm Mỹ đã giải ngân vốn vay tổng số tiền hơn 28 "
                             "tỷ đồng, tăng 8 tỷ so với cùng kỳ năm 2020, nâng tổng dư nợ lên hơn 256 tỷ đồng.",
                   "Rau các loại 6 tháng đầu năm thu hoạch được 1.203,8 ha, tăng 10,2% so năm trước, năng suất ước "
                   "đạt 192,4 tạ/ha, tăng 1,7% so cùng kỳ năm trước.",
                   "Khách quốc tế chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt.",
                   "Tai nạn giao thông xảy ra 124 vụ, tăng 11 vụ so với cùng kỳ năm 2020 (113 vụ).")
    assert values(tpl) == [28_000_000_000, 256_000_000_000, Decimal("1203.8"), Decimal("192.4"), 3000, 124]
    assert row(tpl, 124).base == 113


def test_a_share_of_last_period_said_before_its_value_gives_that_rows_comparison_value(tmp_path):
    # q-gia-lai-du-lich-2020-9t (the share before, "với" and the value); h-quangngai-xk-2022-8t style after it.
    tpl = template(tmp_path, "Trong đó, khách nội địa là 433.420 lượt, bằng 73% so với cùng kỳ năm trước; khách quốc tế "
                             "chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt.")
    assert values(tpl) == [433_420, 3000]
    foreign = row(tpl, 3000)
    assert foreign.label == "Số lượt khách quốc tế" and round(foreign.base) == 10_714
    assert Decimal(28) in [d.value for d in foreign.derived]


def test_counts_in_brackets_adding_up_to_a_count_restate_the_sections_rows(tmp_path):
    # q-lam-ha-qlrph-2020 (twice in one sentence); the counter-case (t-dongly-hoabinh-hnd-2018 style): counts in
    # brackets that do not add up to the count before are rows of their own.
    tpl = template(tmp_path, "Phá rừng trái pháp luật: 27 vụ. Lấn chiếm đất lâm nghiệp: 35 vụ. Hủy hoại đất: 4 vụ, diện "
                             "tích 3.723 m2. Khai thác lâm sản trái phép: 6 vụ.",
                   "Qua đó, đã chuyển Hạt Kiểm lâm Lâm Hà: 33 vụ (phá rừng 27 vụ, khai thác lâm sản 6 vụ), chuyển "
                   "UBND xã, TT: 39 vụ (Lấn chiếm đất lâm nghiệp 35 vụ, hủy hoại đất 4 vụ).")
    assert values(tpl) == [27, 35, 4, 3723, 6, 33, 39]
    assert row(tpl, 6).repeats and row(tpl, 4).repeats
    other = template(tmp_path, "Hủy hoại đất: 4 vụ. Chuyển xử lý 9 vụ (có đương sự 4 vụ, không phát hiện đương sự 3 vụ).")
    assert values(other).count(4) == 2


def test_units_where_the_periods_actions_took_place_are_a_figure_not_the_make_up(tmp_path):
    # q-ben-tre-thanh-tra-2021-08; b-tp-quang-ngai-qpan-2019-9t. Counter-case: units after "tại" with no count of
    # actions before them in the clause stay the make-up (the checker's composition rule).
    tpl = template(tmp_path, "Thanh tra tỉnh cũng đã tiến hành 3 cuộc thanh tra trách nhiệm việc thực hiện quy định pháp "
                             "luật về công tác tiếp công dân, giải quyết khiếu nại, tố cáo tại 3 đơn vị.",
                   "Tổ chức 01 trung đội dân quân cơ động huấn luyện, diễn tập bắn đạn hơi, thuốc nổ và chiến đấu phòng "
                   "thủ tại 05 xã, phường theo kế hoạch đề ra.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(3, "cuộc"), (3, "đơn vị"), (1, "trung đội"), (5, "xã")]
    assert not tpl.standing
    standing = template(tmp_path, "Hội có cơ sở tại 16 xã, thị trấn.")
    assert not standing.rows and [s.value for s in standing.standing] == [16]


def test_the_programmes_a_total_is_made_of_are_its_standing_make_up(tmp_path):
    # q-nui-thanh-nhcsxh-2022-9t; counter-cases: t-camau-hndxa-2022-q1 (11 nội dung set as a target, not a row
    # either) and h-vumuon-lhpn-2016 (08 tiêu chí of a campaign: programmes, no row).
    tpl = template(tmp_path, "Tổng dư nợ 526,5 tỷ đồng với 12.493 hộ còn dư nợ, gồm 15 chương trình cho vay.",
                   "Tại Hội nghị sơ kết Hội Nông dân xã đề ra 11 nội dung thực hiện trong quý II năm 2022.",
                   "Rèn luyện 04 phẩm chất và 08 tiêu chí của cuộc vận động xây dựng gia đình “5 không, 3 sạch”.")
    assert 15 not in values(tpl) and 11 not in values(tpl) and 8 not in values(tpl)
    # the checker's extraction reads "gồm 15 chương trình" as the parts of a definition: no figure, so no standing fact
    assert not [s for s in tpl.standing if s.noun.startswith("chương trình")]
    assert values(tpl)[:2] == [526_500_000_000, 12_493]


def test_link_text_and_a_rank_in_a_group_are_no_figures_as_the_checker_reads_them(tmp_path):
    # q-cam-my-nhcsxh-2021-q1 (Markdown image links after the byline, full of numbers); q-ba-ria-vung-tau-hai-quan-
    # 2021-10t ("là 1 trong 8 Cục"): the template reads numbers with the checker's extraction and agrees with it.
    tpl = template(tmp_path, "Quý I-2021, Ngân hàng Chính sách xã hội H.Cẩm Mỹ đã giải ngân vốn vay cho trên 1,1 ngàn "
                             "lượt hộ.\nBan Mai\n![[Infographic] Phòng ngừa học sinh tự chế pháo nổ: 7 lưu ý phụ huynh cần "
                             "biết](/file/e7837c02876411cd0187645a2551379f/122025/img_0320_20251211183542.jpeg?width=400"
                             "&height=-&type=resize)\n![[Infographic] 51 nghị quyết quan trọng nào vừa được HĐND tỉnh Đồng "
                             "Nai thông qua tại Kỳ họp thứ 8?](/file/e7837c02876411cd0187645a2551379f/122025/untitled-2-01_"
                             "20251210225656.png?width=400&height=-&type=resize)",
                   "BR-VT là 1 trong 8 Cục Hải quan tỉnh, thành phố đạt số thu hải quan cao.")
    assert values(tpl) == [1100] and not tpl.standing
