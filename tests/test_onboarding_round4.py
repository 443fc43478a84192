"""Issue 14, round 4: the figures template on the checker's held-out pages (``evaluations/cases/heldout``).

Each test writes real sentences of the genre (from at least two public pages per rule) as a prior report and
asserts the rows of the template built from it: value, unit, label — and, for numbers that are no figure of the
period, that they make no row (or go to the standing sheet, or are a derivation of a row).
"""

from __future__ import annotations

from decimal import Decimal

from evaluations.template_accuracy import states
from service.onboarding.template import build_template
from tests.test_onboarding_round3 import rows, values  # noqa: F401 (shared helpers)

HEAD = "Báo cáo kết quả công tác 6 tháng đầu năm 2024\n\nI. KẾT QUẢ\n\n"


def template(tmp_path, *paragraphs: str, head: str = HEAD):
    path = tmp_path / "prior.txt"
    path.write_text(head + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return build_template(path)


def test_a_rounded_number_states_the_exact_values_it_may_stand_for_and_no_other(tmp_path):
    tpl = template(tmp_path, "Các hoạt động tình nguyện thu hút gần 1.500 lượt đoàn viên, thanh niên tham gia; tổng "
                             "trị giá các công trình thanh niên là trên 1,42 tỷ đồng. Sản lượng lương thực ước đạt "
                             "207 ngàn tấn. Kết nạp 45 hội viên.")
    near, money, grain, exact = tpl.rows
    assert (near.qualifier, money.scale, grain.scale) == ("gần", 10**9, 1000)
    assert states(near, Decimal(1480)) and not states(near, Decimal(1200))
    assert states(money, Decimal(1_425_000_000)) and not states(money, Decimal(1_500_000_000))
    assert states(grain, Decimal(207_100)) and not states(grain, Decimal(210_000))
    assert states(exact, Decimal(45)) and not states(exact, Decimal(46))


def test_a_paragraph_the_page_states_twice_is_read_once(tmp_path):
    # g-dongnai-mttq-2012-h1: the lede alone, then opening the body; m-camau-ccb-2013: the same paragraph twice.
    lede = ("(ĐN)- Trong 6 tháng đầu năm, Ủy ban MTTQ các cấp trong tỉnh đã vận động các tầng lớp nhân dân giúp "
            "người nghèo xây dựng nhà tình thương và ủng hộ trực tiếp vào Quỹ “Vì người nghèo”, được 112,7 tỷ đồng.")
    tpl = template(tmp_path, lede, lede + " Trong đó, ủng hộ trực tiếp vào Quỹ “Vì người nghèo” các cấp hơn 14,5 tỷ "
                                         "đồng.")
    assert values(tpl) == [112_700_000_000, 14_500_000_000]
    twice = ("Năm 2013, các cấp Hội Cựu chiến binh trong tỉnh vận động xây mới 43 căn nhà vì đồng đội, sửa chữa 21 "
             "căn, tổng trị giá trên 1 tỷ đồng.")
    tpl = template(tmp_path, twice, twice)
    assert values(tpl) == [43, 21, 1_000_000_000]


def test_a_change_of_an_amount_or_an_area_is_a_derivation_of_that_row(tmp_path):
    # m-eahleo-lhpn-2019, m-quangnam-thue-2018-h1 (money); g-phiabac-lua-2021 (hectares).
    tpl = template(tmp_path,
                   "Duy trì 520 tổ tiết kiệm với tổng số tiền trên 3,4 tỷ đồng (tăng 450 triệu đồng so với năm 2018).",
                   "Lũy kế 6 tháng tổng thu ước đạt 8.356 tỷ đồng, tăng 25% so với cùng kỳ năm 2017 (số tuyệt đối tăng "
                   "1.694 tỷ đồng).",
                   "Kế hoạch sản xuất lúa vụ Đông Xuân tại các tỉnh phía Bắc là 1,088 triệu ha, giảm khoảng 9 600 ha so "
                   "với vụ Đông Xuân 2019-2020.")
    assert values(tpl) == [520, 3_400_000_000, 8_356_000_000_000, 1_088_000]
    money, total, area = tpl.rows[1:]
    assert money.base == 2_950_000_000 and area.base == 1_097_600
    assert [d.value for d in total.derived] == [25, 1_694_000_000_000]


def test_a_quota_is_the_plan_of_the_row_counting_the_same_thing_else_a_row(tmp_path):
    # g-datdo-hmtn-2020 (the quota after the result, in another paragraph); baoquangnam.vn, Hội An 2025 (the quota
    # alone); m-quangnam-thue-2018-h1 (the budget before the result, in its sentence); the real b-bach-thong case
    # (next year's quota is no plan of a sub-row).
    tpl = template(tmp_path, "Kết quả thu được 374 đơn vị máu.",
                   "Được biết, năm 2020, Hội Chữ thập đỏ huyện được giao chỉ tiêu vận động hiến 1.150 đơn vị máu.")
    assert [(r.value, r.plan) for r in tpl.rows] == [(374, 1150)]
    # (read in its own year: in a 2024 report, 2025's quota is another period's — round 6, statements.later_period)
    tpl = template(tmp_path, "Năm 2025, Hội An được giao vận động 900 đơn vị máu.",
                   head=HEAD.replace("6 tháng đầu năm 2024", "năm 2025"))
    assert values(tpl) == [900]
    tpl = template(tmp_path, "Nguồn thu từ khu vực công thương nghiệp ngoài quốc doanh, năm 2018 dự toán giao 10.766 tỷ "
                             "đồng (chiếm 69,5% tổng dự toán thu nội địa), kết quả 6 tháng đầu năm 2018 đã thu hơn "
                             "5.626 tỷ đồng, đạt 52,2% dự toán cả năm.")
    assert [(r.value, r.plan) for r in tpl.rows] == [(5_626_000_000_000, 10_766_000_000_000)]
    tpl = template(tmp_path, "Trong tổng số 98 công dân giao cho các đơn vị quân đội, trình độ Đại học có 05 công dân, "
                             "trung cấp 01 công dân. Năm 2019, huyện được giao chỉ tiêu tuyển 102 công dân.")
    assert [(r.value, r.plan) for r in tpl.rows][-2:] == [(1, None), (102, None)]


def test_a_number_compared_with_is_the_rows_comparison_value_or_plan(tmp_path):
    # h-hanoimoi-bct-2018-h1; baoquangnam.vn (Hội An vận động hiến máu 2025).
    tpl = template(tmp_path, "Tính bình quân, mỗi tháng trong nửa đầu năm nay đã đạt kim ngạch xuất khẩu 19,5 tỷ "
                             "USD/tháng so với 18,5 tỷ USD/tháng cùng kỳ.",
                   "Trong năm 2024, Hội An vận động hiến được 1.194 đơn vị máu so với chỉ tiêu giao là 900 đơn vị máu.")
    money, blood = tpl.rows
    assert (money.value, money.unit, money.base) == (19_500_000_000, "tỷ USD/tháng", 18_500_000_000)
    assert (blood.value, blood.plan) == (1194, 900)


def test_last_periods_value_in_brackets_is_no_row(tmp_path):
    # m-huulung-yte-2018-9t (a rate of last year after a change); nenlogistix.com (an amount of last year).
    tpl = template(tmp_path, "Điều trị ngoại trú: 10.661/3.318 lượt bệnh nhân, đạt 321,3% chỉ tiêu kế hoạch, tăng 44,2% "
                             "so với cùng kỳ (năm 2017 đạt 277,1%).",
                   "Có thêm 2 nhóm hàng đạt kim ngạch tỷ USD là sắn và sản phẩm từ sắn đạt 1,004 tỷ USD (cùng kỳ đạt "
                   "815,5 triệu USD).")
    assert values(tpl) == [10661, 2, 1_004_000_000]
    assert tpl.rows[-1].base == 815_500_000


def test_an_amounts_share_is_of_its_plan(tmp_path):
    # m-hatinh-bhxh-2022-q1 ("đạt tỷ lệ"); m-quangnam-thue-2018-h1 ("bằng 54% dự toán").
    tpl = template(tmp_path, "Trong 3 tháng đầu năm, tổng số thu BHXH, BHYT, BHTN trên địa bàn tỉnh là 711,2 tỷ đồng, "
                             "đạt tỷ lệ 23,4% (vượt chỉ tiêu giao 2,9%).",
                   "Lũy kế 6 tháng đầu năm 2018 tổng thu ước đạt 8.356 tỷ đồng, bằng 54% dự toán HĐND tỉnh giao.")
    assert values(tpl) == [711_200_000_000, 8_356_000_000_000]
    assert all(r.plan for r in tpl.rows)


def test_extraction_a_one_word_unit_per_stops_before_so_voi():
    """``service/checker/extract.py`` (``_PER``): ``USD/tháng so với`` is per month, then a comparison."""
    from service.checker.extract import extract_numbers

    got = [(m.raw, m.per) for m in extract_numbers("đạt 19,5 tỷ USD/tháng so với 18,5 tỷ USD/tháng cùng kỳ; hỗ trợ "
                                                   "500.000 đồng/lượt người")]
    assert got == [("19,5 tỷ USD/tháng", "tháng"), ("18,5 tỷ USD/tháng", "tháng"),
                   ("500.000 đồng/lượt người", "lượt người")]


def headlined(tmp_path, headline: str, *paragraphs: str):
    path = tmp_path / "news.txt"
    path.write_text(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return build_template(path)


def test_a_headlines_rounded_number_is_the_bodys_row(tmp_path):
    # h-bachthong-doan-2021; m-huulung-yte-2018-9t.
    tpl = headlined(tmp_path, "ĐOÀN THANH NIÊN TỔ CHỨC GẦN 200 ĐỢT TÌNH NGUYỆN",
                    "Trong năm 2021, các cơ sở đoàn trên địa bàn huyện đã tổ chức được 195 đợt tình nguyện thu hút gần "
                    "1.500 lượt đoàn viên, thanh niên tham gia.")
    assert values(tpl) == [195, 1500]
    tpl = headlined(tmp_path, "Gần 90 nghìn lượt người được khám bệnh trong 9 tháng đầu năm 2018",
                    "Trong tháng 9, Bệnh viện đa khoa trung tâm huyện và các PKĐKKV đã khám bệnh được cho 87.096/75.250 "
                    "lượt người đạt 115,7% chỉ tiêu kế hoạch.")
    assert values(tpl) == [87096]


def test_a_bound_inside_a_counts_noun_phrase_is_no_figure(tmp_path):
    # h-hanoimoi-bct-2018-h1; m-quangnam-thue-2018-h1; thuonghieucongluan.com.vn and nenlogistix.com (export news).
    tpl = template(tmp_path, "Đã có 20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD.",
                   "Có 16/18 chi cục thuế kết quả thu đạt hơn 50% dự toán.",
                   "Đóng góp cho kim ngạch xuất khẩu cả nước, có 5 nhóm hàng có kim ngạch tăng trên 1 tỷ USD. Trong các "
                   "nhóm hàng xuất khẩu chủ lực, có 7 nhóm đạt từ 10 tỷ USD trở lên.")
    assert values(tpl) == [20, 16, 5, 7]
    tpl = template(tmp_path, "Kết nạp 30 đảng viên, đạt hơn 100% chỉ tiêu; thu hơn 2 tỷ đồng.")
    assert values(tpl) == [30, 2_000_000_000]


def test_this_period_as_a_share_or_multiple_of_last_gives_the_comparison_value(tmp_path):
    # g-damrong-dongxuan-2021 ("bằng 99% so với cùng kỳ"); cand.com.vn, FDI 2 tháng ("gấp 3,29 lần so cùng kỳ").
    tpl = template(tmp_path, "Các địa phương đã vận động bà con nông dân gieo trồng được 384 ha cây trồng vụ Đông xuân, "
                             "đạt 37,8% kế hoạch và bằng 99% so với cùng kỳ.",
                   "Thu hút đầu tư trực tiếp của nước ngoài tăng cao, trong 2 tháng đầu năm, tổng số vốn đã đạt 1,1 tỉ "
                   "USD (gấp 3,29 lần so cùng kỳ).")
    area, money = tpl.rows
    assert (area.value, round(area.base), area.plan) == (384, 388, 1016)
    assert (money.value, round(money.base / 1_000_000)) == (1_100_000_000, 334)


CHI_LANG = ("Trong quý đã kết nạp được 24 hội viên, chuyển đến 01; giảm 42 hội viên (do từ trần 41, chuyển nơi khác "
            "01); đưa tổng số hội viên đến nay là 3.290 hội viên, tỷ lệ thu hút vào Hội đạt 89,29 %. Trong quý tổ "
            "chức Hội trong toàn huyện gồm: 22 Hội cơ sở xã, thị trấn và khối 487 (trong đó có 20 hội cơ sở xã, thị "
            "trấn và 02 hội cơ sở khối 487); tổng số chi hội hiện nay là 164 chi hội, giảm 13 chi hội so với năm 2021.")


def test_a_total_the_periods_changes_brought_is_a_figure_the_organisations_make_up_is_standing(tmp_path):
    # h-chilang-ccb-2022-h1; baomoi.com (Hội Người cao tuổi Đồng Nai: "nâng tổng số … lên", "thành lập mới gồm").
    tpl = template(tmp_path, CHI_LANG)
    assert values(tpl) == [24, 1, 42, 41, 1, 3290, Decimal("89.29"), 164]
    assert tpl.rows[-1].base == 177
    assert {s.value for s in tpl.standing} == {22, 20, 2}
    tpl = template(tmp_path, "Qua 5 năm thực hiện công tác phát triển Hội, đã có 333 tổ chức Hội được thành lập mới "
                             "gồm: 10 chi hội và 323 tổ hội. Đến nay, đã có hơn 48,5 ngàn người cao tuổi được kết nạp "
                             "vào tổ chức Hội, nâng tổng số hội viên hiện nay lên trên 189 ngàn người.")
    assert values(tpl) == [333, 10, 323, 48_500, 189_000] and not tpl.standing


def test_a_decrease_stated_apart_and_compared_with_nothing_is_a_flow_of_its_own(tmp_path):
    # h-chilang-ccb-2022-h1 (after a semicolon); tinhdoantravinh.vn (in a sentence of its own).
    assert 42 in values(template(tmp_path, CHI_LANG))
    tpl = template(tmp_path, "Kết quả, trong năm 2020, các cấp bộ Hội đã phát triển thêm 9.942 hội viên mới. Đồng thời, "
                             "giảm 8.787 hội viên (trong đó làm ăn xa 859, xóa 3.705, trưởng thành 4.223).",
                   "Xảy ra 124 vụ. So với cùng kỳ năm 2023, tăng 22 vụ.")
    assert values(tpl)[:2] == [9942, 8787] and values(tpl)[-1] == 124


def test_a_list_of_name_value_pairs_labels_each_value_by_the_name_before_its_colon(tmp_path):
    # m-huulung-yte-2018-9t; h-chilang-ccb-2022-h1.
    tpl = template(tmp_path, "Trong đó, bệnh nhân điều trị ngoại trú tăng huyết áp: 4.290, bệnh nhân điều trị ngoại trú "
                             "tiểu đường: 4.149, bệnh nhân điều trị ngoại trú các bệnh khác: 2.222.",
                   "Đưa tổng số hội viên đến nay là 3.290 hội viên (trong đó hội viên chống Pháp: 33, chống Mỹ: 716, "
                   "bảo vệ Tổ quốc: 2.541).")
    assert rows(tpl) == [(4290, "bệnh nhân", "Số bệnh nhân điều trị ngoại trú tăng huyết áp"),
                         (4149, "bệnh nhân", "Số bệnh nhân điều trị ngoại trú tiểu đường"),
                         (2222, "bệnh nhân", "Số bệnh nhân điều trị ngoại trú các bệnh khác"),
                         (3290, "hội viên", "Tổng số hội viên đến nay"),
                         (33, "hội viên", "Số hội viên chống Pháp"), (716, "hội viên", "Số hội viên chống Mỹ"),
                         (2541, "hội viên", "Số hội viên bảo vệ Tổ quốc")]


def test_what_the_area_has_in_a_named_school_year_is_that_years_figure(tmp_path):
    # m-songma-gd-2018 (the only source of the set with "năm học … có"); without the school year, a standing fact.
    said = ("toàn huyện có 78 đơn vị trường học và 1 trung tâm GDNN - GDTX, gồm 1.417 lớp học, với trên 44.000 học sinh.")
    tpl = template(tmp_path, "Theo báo cáo của Phòng Giáo dục và Đào tạo huyện Sông Mã, năm học 2017-2018, " + said)
    assert values(tpl) == [78, 1, 1417, 44_000] and not tpl.standing
    tpl = template(tmp_path, "Hiện nay, " + said)
    assert not tpl.rows and {s.value for s in tpl.standing} == {78, 1, 1417, 44_000}


def test_the_share_after_a_pair_is_the_pairs_even_when_its_arithmetic_is_off(tmp_path):
    # m-quangbinh-truongchuan-2017 (324/590 is 54,9 %, the source writes 55,4 %: the checker's to flag); its
    # headline "Hơn 55%" restates that share.  The parts in brackets, "(tỷ lệ 32%)", are derived the same way.
    tpl = headlined(tmp_path, "Hơn 55% trường học đạt chuẩn quốc gia",
                    "Toàn tỉnh đã công nhận mới 23 trường, đưa tổng số trường mầm non, phổ thông được công nhận đạt "
                    "chuẩn quốc gia lên 324/590 trường, đạt tỷ lệ 55,4% (trong đó, có 160/206 trường tiểu học, đạt tỷ "
                    "lệ 77,3%).",
                    "Riêng vùng nông thôn có 47/147 trường mầm non đạt chuẩn quốc gia (tỷ lệ 32%).")
    assert [(r.value, r.plan) for r in tpl.rows] == [(23, None), (324, 590), (160, 206), (47, 147)]


def test_pairs_shares_in_brackets(tmp_path):
    # baonamdinh.vn and congthuong.vn (nông thôn mới): "5.775/8.227 xã (chiếm 70,2%)", "6.022/8.177 xã (73,65%)".
    tpl = template(tmp_path, "Tính đến hết tháng 6, cả nước có 5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới.",
                   "Đến 30/6/2023, cả nước có 6.022/8.177 xã (73,65%) đạt chuẩn nông thôn mới, 1.331 xã đạt chuẩn nông "
                   "thôn mới nâng cao.")
    assert [(r.value, r.plan) for r in tpl.rows] == [(5775, 8227), (6022, 8177), (1331, None)]


def test_units_of_the_whole_area_and_the_whole_parts_are_counted_in_are_standing(tmp_path):
    # k-gialai-giaoquan-2019 (a list of unit nouns before "trên toàn tỉnh"); m-khanhhoa-pcgd-2023 ("Trong số 139 xã,
    # có 82 xã …": the whole is standing, the parts are rows and their shares derived from it).
    tpl = template(tmp_path, "Sáng nay (20-2), 17 huyện, thị xã, thành phố trên toàn tỉnh đồng loạt tổ chức lễ giao-nhận "
                             "quân năm 2019. 2.250 thanh niên ưu tú đã hăng hái lên đường nhập ngũ.",
                   "Trong số 139 xã, có 82 xã đạt chuẩn phổ cập giáo dục THCS mức độ 3, chiếm tỷ lệ 59%; 55 xã đạt chuẩn "
                   "mức độ 2, chiếm 39,6% và 2 xã đạt chuẩn mức độ 1, chiếm 1,4%.")
    assert values(tpl) == [2250, 82, 55, 2]
    assert {s.value for s in tpl.standing} == {17, 139}


def test_the_accuracy_harness_lets_a_person_noun_fit_the_tables_generic_person_unit():
    from types import SimpleNamespace

    from evaluations.template_accuracy import unit_fits

    ref = SimpleNamespace(don_vi_tinh="người", chi_tieu="Số người đăng ký tham gia hiến máu", ghi_chu="")
    assert unit_fits("cán bộ", "count", ref) and not unit_fits("cán bộ", "count", ref, strict=True)
    assert not unit_fits("đơn vị", "count", ref)


def test_a_measure_or_a_membership_stated_again_is_the_same_row(tmp_path):
    # g-quangbinh-dongxuan-2019 (the lede then the body); h-vanninh-lhpn-2016 (members "represented", then the total);
    # the real a-nhat-quang case keeps two areas of 246 ha apart (lúa xuân, vụ mùa).
    tpl = template(tmp_path, "Vụ Đông Xuân 2019, sản lượng lương thực ước đạt 207 ngàn tấn",
                   "Sản lượng lương thực vụ Đông Xuân 2019 ước đạt 207 ngàn tấn, giảm 0,2% so vụ Đông Xuân năm trước.")
    assert values(tpl) == [207_000] and round(tpl.rows[0].base) == 207_415
    tpl = template(tmp_path, "Hơn 200 đại biểu đại diện hơn 29.000 hội viên phụ nữ trên địa bàn huyện tham dự đại hội.",
                   "Bên cạnh đó, hội kết nạp mới hơn 13.000 hội viên, nâng tổng số hội viên hiện nay hơn 29.000 người.")
    assert values(tpl) == [200, 13_000, 29_000]   # round 25: the members represented stand; the total is a row
    tpl = template(tmp_path, "Tổng diện tích gieo cấy lúa xuân là 246 ha, năng xuất đạt được 65 tạ/ha.",
                   "Về sản xuất vụ mùa 2021 tổng diện tích là 246 ha.")
    assert values(tpl) == [246, 65, 246]


# ---- written after the first look at the held-back n-/t- pages (their numbers after this are in-sample)

def test_a_rates_change_in_points_and_a_change_said_before_its_value_are_derivations(tmp_path):
    # n-ninhthuan-dskhhgd-2014 and n-gialai-dskhhgd-2019-h1 (rates, per mille); m-huulung-yte-2018-9t; n-thanhmien-
    # khuyenhoc-2018 and n-gialai (the change before the value it came to).
    tpl = template(tmp_path, "Tỷ lệ sinh con thứ 3 trở lên đạt 14,57% (giảm 1,49% so với năm 2013); tỷ lệ cặp vợ chồng "
                             "áp dụng BPTT hiện đại 71,9% (tăng 0,32% so với năm 2013).",
                   "Tính đến hết tháng 6-2019, tỷ suất sinh thô của tỉnh là 17,15%o, giảm 0,57%o so với cùng kỳ năm "
                   "2018; tỷ lệ sinh con thứ 3 trở lên giảm 0,4% so với cùng kỳ năm ngoái, còn 21,6%.",
                   "Quỹ Khuyến học các cấp ở huyện Thanh Miện tăng 300 triệu đồng so với cuối năm 2017, đạt 10,2 tỷ đồng.")
    got = [(r.value, r.unit, r.base) for r in tpl.rows]
    assert got[:5] == [(Decimal("14.57"), "%", Decimal("16.06")), (Decimal("71.9"), "%", Decimal("71.58")),
                       (Decimal("17.15"), "%o", Decimal("17.72")), (Decimal("21.6"), "%", Decimal("22.0")),
                       (10_200_000_000, "tỷ đồng", 9_900_000_000)]
    tpl = template(tmp_path, "Kim ngạch xuất khẩu 6 tháng năm 2018 tăng 16% so với cùng kỳ và cao hơn mức phấn đấu cả "
                             "năm là 10%.")   # h-hanoimoi-bct-2018-h1: the 10% is a target, not what 16% came to
    assert values(tpl) == [16]


def test_a_result_against_a_plan_is_no_standing_fact_and_a_rate_takes_its_named_plan(tmp_path):
    # n-ninhthuan-dskhhgd-2018-h1 ("Toàn tỉnh có 44.104 người mới …, đạt 94,3% kế hoạch"); n-kontum-dskhhgd-2013
    # ("65% các cặp vợ chồng …, đạt gần 105% kế hoạch đề ra").
    tpl = template(tmp_path, "Trong 6 tháng đầu năm, công tác dân số tỉnh ta đạt nhiều kết quả. Toàn tỉnh có 44.104 người "
                             "mới sử dụng các biện pháp tránh thai (BPTT) hiện đại, đạt 94,3% kế hoạch.",
                   "Giảm tốc độ gia tăng dân số tự nhiên xuống còn 12%o; 65% các cặp vợ chồng trong độ tuổi sinh đẻ đã "
                   "sử dụng biện pháp tránh thai hiện đại, đạt gần 105% kế hoạch đề ra.")
    assert [(r.value, r.unit, r.plan) for r in tpl.rows] == [(44104, "người", 46770), (12, "%o", None),
                                                             (65, "%", 62)]
    assert not tpl.standing
