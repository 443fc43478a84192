"""What the checker takes for a figure of the period, on a fifth sweep of fresh pages (issue 13, round 15: the `c9-`
pages of ``evaluations/sweep/pages``, weighted to notation: statistics releases, prices, energy, transport, trade
fairs, crops and their varieties, pages before 2014).

Each rule is tested on the sentences of the pages that asked for it (the slug named by each quote) and on one it must
leave alone: a rule that lets a real figure pass is worse than a false alarm.
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import dummy, table  # noqa: F401  (dummy: a fixture)


def verdicts(text, figures, **kw):
    return {c.text: c.verdict for c in check_text(text, figures, **kw).numbers}


# ---------------------------------------------------------------- a full stop glued to the next sentence

def test_an_aim_does_not_read_on_across_a_full_stop_glued_to_the_next_sentence(dummy):
    # c9-quangngai-ktxh-2017-05: the page lost the blank after «05/6/2017.»; the harvest's figures were read as aims
    text = ("Theo lịch thời vụ, lúa đại trà vụ hè thu sẽ gieo sạ trong khoảng thời gian từ ngày 25/5/2017 đến ngày "
            "05/6/2017.Diện tích gieo trồng cây lương thực có hạt vụ đông xuân đạt 43.550 ha, giảm 0,4% (176 ha) so "
            "với cùng vụ năm 2016. Trong đó, diện tích gieo trồng lúa đạt 38.872 ha, giảm 0,6% (218 ha).")
    got = verdicts(text, dummy)
    assert got["43.550 ha"] == "unsupported" and got["176 ha"] == "unsupported"
    assert got["38.872 ha"] == "unsupported"
    assert got["0,4%"] != "not_a_figure"


def test_an_aim_in_its_own_sentence_is_still_an_aim_and_abbreviations_are_no_stop(dummy):
    # c9-vinhphuc-vantai-2018-07 «1.307 triệu tấn.km», c9-ninhbinh-vantai-2008-11 «281,3 Tr.người.Km»: no boundary
    assert verdicts("Năm 2018, huyện sẽ xây dựng 16 công trình.", dummy)["16"] == "not_a_figure"
    assert verdicts("Phấn đấu đến cuối năm tại TP.HCM có 30 trạm mới.", dummy)["30"] == "not_a_figure"
    got = verdicts("Tính chung 7 tháng năm 2018, luân chuyển đạt 1.307 triệu tấn.km, tăng 9,06% về tấn.", dummy)
    assert got["1.307 triệu tấn.km"] == "unsupported"   # a unit of its own (tests/test_checker_final_batch_lead.py)


# ---------------------------------------------------------------- a measure after «dứt điểm» is no document's point

def test_a_measure_after_dut_diem_is_a_figure(dummy):
    # c9-baclieu-ktxh-2015-05: «điểm» (a document's point) read the harvested area as a reference
    text = "Đến cuối tháng 5/2015, toàn tỉnh đã thu hoạch dứt điểm 46.632 ha lúa Đông Xuân 2014 – 2015."
    assert verdicts(text, dummy)["46.632 ha"] == "unsupported"
    assert verdicts("Căn cứ điểm 3 khoản 2 Điều 9 Nghị định.", dummy)["3"] == "not_a_figure"


# ---------------------------------------------------------------- an address's percent-encoding

def test_percent_encoded_text_is_page_furniture(dummy):
    # c9-vn-ktxh-2019-05: the address's category printed as text under the portal's name
    text = ("CỔNG THÔNG TIN KINH TẾ VIỆT NAM\n\nS%E1%BB%91%20li%E1%BB%87u%20th%E1%BB%91ng%20k%C3%AA\n\n"
            "Vụ lúa đông xuân năm nay cả nước gieo cấy được 3.123,4 nghìn ha, bằng 100,7% cùng kỳ năm trước.")
    got = verdicts(text, dummy)
    assert "91%" not in got and "87" not in got and "20" not in got
    assert got["3.123,4 nghìn ha"] == "unsupported"
    assert verdicts("Tỷ lệ tăng 15%, 20% và 30%.", dummy)["20%"] != "not_a_figure"


# ---------------------------------------------------------------- varieties named by a code or a name and a number

def test_varieties_of_rice_in_a_price_report(dummy):
    # c9-vn-gialua-ngay-22-2: the varieties a price is quoted for
    text = ("Cụ thể, lúa IR 50404 có giá trong khoảng 6.300 - 6.500 đồng/kg. Lúa OM 5451 được thương lái thu mua với "
            "giá trong khoảng 6.400 - 6.600 đồng/kg. Giá lúa OM 18 ổn định trong khoảng 6.700 - 6.800 đồng/kg. Giá "
            "lúa Đài thơm 8 dao động trong khoảng 6.800 - 7.000 đồng/kg. Lúa Nàng Hoa 9 được thu mua với giá 6.800 - "
            "7.100 đồng/kg.")
    got = verdicts(text, dummy)
    for name in ("50404", "5451", "18", "8", "9"):
        assert got[name] == "not_a_figure", name
    assert got["6.300 - 6.500 đồng/kg"] == "unsupported"


def test_varieties_listed_after_giong(dummy):
    # c9-quangngai-ktxh-2017-05 (codes after «Giống lúa … là»), c8-vn-nonglam-2015-08 (a glued code and a name)
    got = verdicts("Giống lúa chủ yếu sử dụng trong vụ đông xuân này là ĐH815-6, ĐV 108, KD đột biến, HT1…", dummy)
    assert set(got.values()) == {"not_a_figure"}
    got = verdicts("diện tích lúa chất lượng cao (như giống lai 27T31 kháng bạc lá, Thiên ưu 8). Trong tháng", dummy)
    assert set(got.values()) == {"not_a_figure"}


def test_a_crop_and_its_season_with_a_quantity_stay_figures(dummy):
    text = ("Gieo cấy lúa Mùa 300 ha; hỗ trợ giống cho Hội Nông dân 300 hội viên, giống cho xã Tân Hòa 15 hộ; "
            "lúa lai 5 ha.")
    got = verdicts(text, dummy)
    assert got["300 ha"] == "unsupported" and got["300"] == "unsupported"
    assert got["15"] == "unsupported" and got["5 ha"] == "unsupported"


# ---------------------------------------------------------------- dates and stretches of days

def test_a_month_and_year_joined_by_a_dot(dummy):
    # c9-vn-xuatnhapkhau-2018-q1
    got = verdicts("Ở chiều ngược lại, kim ngạch nhập khẩu tháng 3.2018 ước đạt 19 tỷ USD, tăng 3,1%.", dummy)
    assert got["3.2018"] == "not_a_figure" and got["19 tỷ USD"] == "unsupported"


def test_a_day_and_month_joined_by_a_dot_in_brackets(dummy):
    # c9-vn-heohoi-2019-08
    got = verdicts("giá heo hơi hôm nay (9.8) tại tỉnh này đạt 33.000 đồng/kg", dummy)
    assert got["9.8"] == "not_a_figure" and got["33.000 đồng/kg"] == "unsupported"


def test_days_counted_as_a_stretch_of_time(dummy):
    # c9-hanoi-hoicho-muaxuan-2026 (×2), c9-vn-heohoi-2019-08
    text = ("Với 10 ngày tổ chức, hội chợ đã thu hút khoảng 500.000 lượt người. Ước tính có tới 75% đơn vị tham gia "
            "đạt mức tăng trưởng doanh thu vượt bậc trong hai ngày cuối tuần. Giá cũng trở lại mức 34.000 đồng/kg "
            "(tăng 2.000 đồng/kg so với hai ngày trước).")
    got = check_text(text, dummy).numbers
    days = [c for c in got if c.text in ("10", "hai")]
    assert len(days) == 3 and all(c.verdict == "not_a_figure" for c in days)
    assert verdicts(text, dummy)["500.000"] == "unsupported"
    assert verdicts("Ra quân 5 ngày công lao động, làm 20 ngày công.", dummy)["20"] == "unsupported"


def test_the_base_year_of_constant_prices(dummy):
    # c9-vn-gso-2012-q1 (no «năm» before it), c9-vn-xaydung-2017-q1 (with «năm»)
    text = "Tổng sản phẩm trong nước (GDP) quý I năm 2012 theo giá so sánh 1994 ước tính tăng 4,00% so với cùng kỳ."
    assert verdicts(text, dummy)["1994"] == "not_a_figure"


def test_a_span_of_opening_hours(dummy):
    # c9-hanoi-hoicho-muaxuan-2026
    got = verdicts("tại Trung tâm Triển lãm Việt Nam; mở cửa từ 9 - 21h hàng ngày, đón 500.000 lượt người.", dummy)
    assert got["9 - 21"] == "not_a_figure" and got["500.000"] == "unsupported"


# ---------------------------------------------------------------- a scale word before a counted thing is no money

def test_a_scale_word_before_a_physical_unit_or_a_counted_thing_is_no_money(dummy):
    from service.checker.extract import extract_numbers
    # the brief's kinds: zz-nghe-an-do-luong-hoi-nguoi-mu-2014 (held-out) «1,3 tỷ gói tăm tre trị giá 390 triệu
    # đồng»; c9-vn-dien-2015-05 «sản lượng … ước đạt 62,178 tỷ kWh» after a money word in the clause
    got = {m.text: m.kind for m in extract_numbers("Doanh thu từ 1,3 tỷ gói tăm tre trị giá 390 triệu đồng.")}
    assert got["1,3 tỷ"] == "count" and got["390 triệu đồng"] == "money"
    got = {m.text: m.kind for m in extract_numbers("Giá trị sản lượng điện sản xuất và mua ước đạt 62,178 tỷ kWh.")}
    assert got["62,178 tỷ"] == "count"
    # a money word and a verb after the scale: still money
    got = {m.text: m.kind for m in extract_numbers("Tổng kinh phí 1,5 tỷ hỗ trợ các hộ.")}
    assert got["1,5 tỷ"] == "money"


def test_a_row_in_billions_of_kwh_still_checks_the_text(tmp_path):
    # w-vinh-phuc-dien-luc-2017-8t (held-out): the row's unit «tỷ kWh»; a wrong value stays flagged
    figures = table(tmp_path, ['1,Sản lượng điện thương phẩm,tỷ kWh,"1,5"'])
    text = "8 tháng năm 2017, sản lượng điện thương phẩm trên địa bàn tỉnh đạt hơn {} tỷ kWh, tăng gần 20%."
    assert verdicts(text.format("1,5"), figures)["1,5 tỷ"] == "supported"
    assert verdicts(text.format("1,8"), figures)["1,8 tỷ"] == "unsupported"


def test_a_quarter_or_months_to_date_abbreviated(dummy):
    # the brief's notations (no sweep page of this round wrote them; made-up sentences in the register of a
    # statistics release): «Q.3/2020», «6T/2020»
    got = verdicts("Doanh thu Q.3/2020 đạt 50 tỷ đồng; 6T/2020 đạt 5 tấn, 9T.2023 đạt 7 tấn.", dummy)
    assert got["Q.3/2020"] == "not_a_figure" and got["6T/2020"] == "not_a_figure" and got["9T.2023"] == "not_a_figure"
    assert got["50 tỷ đồng"] == "unsupported" and got["5 tấn"] == "unsupported"


# ---------------------------------------------------------------- /work/holdout13 FINDINGS #6, #7 (and one more)

def test_a_day_and_a_zero_led_month_is_a_date(dummy):
    # holdout13 dong-nai-long-tan-nguoi-co-cong-2020-07 (FINDINGS #6)
    text = "Nhận và cấp phát tiền lễ 27/07 của chủ tịch nước và tiền hỗ trợ của tỉnh, 114 phần quà."
    got = verdicts(text, dummy)
    assert got["27/07"] == "not_a_figure" and got["114"] == "unsupported"
    # both padded and a counted noun after: a ratio, still checked
    got = verdicts("Đến nay hoàn thành 05/07 chỉ tiêu, 5/07 hộ.", dummy)
    assert got["05"] == "unsupported" and got["07"] == "unsupported"


def test_a_date_whose_accents_a_font_dropped(dummy):
    # holdout13 toan-quoc-none-bao-ve-thuc-vat-2013 (FINDINGS #7): «H Ni, ngy 20 thng 12 nm 2013»
    got = verdicts("H Ni, ngy 20 thng 12 nm 2013\n\nTng din tch nhim 719.554,35 ha", dummy)
    assert got["20 thng 12 nm 2013"] == "not_a_figure" and got["719.554,35 ha"] == "unsupported"


def test_the_nations_wars_are_a_set_phrase(dummy):
    # holdout13 dong-nai-long-tan-nguoi-co-cong-2020-07: «trong 02 cuộc chiến trang bảo vệ Tổ quốc» (the page's typo)
    text = "đã hy sinh một phần xương máu của mình trong 02 cuộc chiến trang bảo vệ Tổ quốc . Xã tổ chức 3 cuộc thi."
    got = verdicts(text, dummy)
    assert got["02"] == "not_a_figure" and got["3"] == "unsupported"


# ---------------------------------------------------------------- trade fairs and price releases (probes beyond c9-)

def test_an_events_length_and_its_edition_year_after_its_ordinal(dummy):
    # https://amp.vtcnews.vn/nhung-dau-an-kho-quen-cua-hoi-cho-mua-xuan-2026-ar1003406.html (a probe page of round 15)
    text = ("Kết thúc 12 ngày hoạt động sôi nổi, Hội chợ Mùa Xuân lần thứ nhất 2026 khép lại với kết quả rực rỡ: hơn "
            "nửa triệu lượt khách tham quan. Khoảng 75% đơn vị tham gia đạt mức tăng trưởng vượt bậc.")
    got = verdicts(text, dummy)
    assert got["12"] == "not_a_figure" and got["2026"] == "not_a_figure" and got["75%"] == "unsupported"
    # a year after an edition's ordinal that counts a noun stays a count
    assert verdicts("Hội chợ tổ chức lần thứ hai 2025 lượt khách.", dummy)["2025"] == "unsupported"


def test_the_groups_of_a_standing_classification_framing_its_parts(dummy):
    # c8-vn-cpi-2021-08 (round 14's unfixed kind): «trong 11 nhóm hàng hóa và dịch vụ tiêu dùng chính có 4 nhóm tăng
    # giá»; http://baoquangnam.vn/…/chi-so-gia-tieu-dung-9-thang-dau-nam-tang-gan-4-93408.html (a probe):
    # «Tháng 9, trong 11 nhóm hàng hóa và dịch vụ chính, chỉ có 2 nhóm …»
    got = verdicts("Tháng Tám, trong 11 nhóm hàng hóa và dịch vụ tiêu dùng chính có 4 nhóm tăng giá so với tháng "
                   "trước.", dummy)
    assert got["11"] == "not_a_figure" and got["4"] == "unsupported"
    got = verdicts("Tháng 9, trong 11 nhóm hàng hóa và dịch vụ chính, chỉ có 2 nhóm là may mặc và giao thông.", dummy)
    assert got["11"] == "not_a_figure" and got["2"] == "unsupported"
    # a whole of the period framing its parts (no «chính»): both checked
    got = verdicts("Trong 120 vụ vi phạm, có 80 vụ đã xử lý.", dummy)
    assert got["120"] == "unsupported" and got["80"] == "unsupported"


def test_places_listed_after_giong_keep_their_counts(dummy):
    # a made-up sentence in the register of a farming report: places capitalise every word, varieties do not
    got = verdicts("Cấp phát giống cho các huyện: Ea Kar 120, Krông Pắc 80.", dummy)
    assert got["120"] == "unsupported" and got["80"] == "unsupported"
