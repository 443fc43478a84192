"""What the checker takes for a figure of the period, on a sweep of fresh pages (issue 13, round 10).

Each rule is tested on the sentences of the sweep pages that asked for it (``/work/sweep/pages/<slug>.txt``, the slug
named by each quote) and on one it must leave alone: a rule that lets a real figure pass is worse than a false alarm.
The table is a dummy (one row holding none of the page's figures) unless the test says otherwise: every number the
checker flags is one it takes for a figure of the period.
"""

from __future__ import annotations

import pytest

from service.checker import check_text, extract_numbers
from service.figures.load import load_table


@pytest.fixture
def dummy(tmp_path):
    return table(tmp_path, ["1,Chỉ tiêu giả,người,987654321"])


def table(tmp_path, rows, header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo"):
    path = tmp_path / "figures.csv"
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return load_table(path)


def verdicts(text, figures, **kw):
    return [(c.text, c.verdict) for c in check_text(text, figures, **kw).numbers if c.kind not in ("year", "date")]


def verdict_of(text, number, figures, **kw):
    found = [c for c in check_text(text, figures, **kw).numbers if c.text == number]
    assert found, (number, text)
    return found[0].verdict, found[0].kind


def kinds(text):
    return [(m.raw, m.kind) for m in extract_numbers(text)]


# ---------------------------------------------------------------- 1. who attended the meeting written up

def test_a_clause_that_opens_on_who_attended_counts_attendance(dummy):
    # c-doluong-doan-tanson-2017: the congress named in the sentence before
    text = ("Sáng ngày 10/4/2017, Đoàn xã Tân Sơn đã tổ chức đại hội nhiệm kỳ 2017-2022. Tham dự có 50 đoàn viên "
            "thanh niên.")
    assert verdict_of(text, "50", dummy) == ("not_a_figure", "event")
    # c-thachthanh-hnd-2023-h1: the guest list after "tham dự hội nghị có"
    text = ("Dự và chỉ đạo hội nghị có đồng Trần Bá Sơn, Phó chủ tịch UBND huyện; tham dự hội nghị có Đại diện Lãnh đạo "
            "Ban Dân vận Huyện ủy, Chủ tịch Hội nông dân các xã, thị trấn và 23 hội viên hội nông dân SXKD giỏi tiêu biểu.")
    assert verdict_of(text, "23", dummy) == ("not_a_figure", "event")


def test_delegates_convened_are_attendance_the_ratio_too(dummy):
    # c-namcan-doan-2017
    text = ("Đại hội với chủ đề “Tuổi trẻ Năm Căn tiên phong”; 167/167 đại biểu chính thức được triệu tập là những đoàn "
            "viên ưu tú.")
    assert [v for _, v in verdicts(text, dummy)] == ["not_a_figure", "not_a_figure"]


def test_taking_part_in_an_activity_is_a_figure(dummy):
    for text in ("Hội tổ chức 20 lớp tập huấn. Tham dự có 1.500 hội viên.",
                 "Tổ chức 20 lớp tập huấn, tham dự có 1.500 lượt hội viên.",
                 "Tham dự các lớp tập huấn có 300 hội viên."):
        assert all(v == "unsupported" for _, v in verdicts(text, dummy)), text


def test_a_row_that_counts_the_attendance_still_checks_it(tmp_path):
    t = table(tmp_path, ["1,Số đoàn viên dự đại hội,đoàn viên,50"])
    text = "Đoàn xã đã tổ chức đại hội nhiệm kỳ 2017-2022. Tham dự có 50 đoàn viên thanh niên."
    assert verdict_of(text, "50", t)[0] == "supported"
    assert verdict_of(text.replace("50", "55"), "55", t)[0] == "unsupported"


# ---------------------------------------------------------------- 2. honours given out at the event

def test_honours_named_by_their_bearers(dummy):
    # c-hcm-ctd-2018: "gương điển hình" honoured at the ceremony
    text = "Ban Chấp hành Hội Chữ thập đỏ TPHCM trân trọng vinh danh 72 gương điển hình “Hoa việc thiện”."
    assert verdict_of(text, "72", dummy) == ("not_a_figure", "event")


def test_a_dot_inside_a_name_or_a_number_ends_no_clause(dummy):
    # c-songcong-lhpn-2017: "T.P Sông Công" cut the clause before "được nhận Kỷ niệm chương"
    text = ("Cũng tại buổi gặp mặt, đã có 20 hội viên của Hội LHPN T.P Sông Công vinh dự được nhận Kỷ niệm chương Vì sự "
            "phát triển của Phụ nữ Việt Nam do Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam trao tặng.")
    assert verdict_of(text, "20", dummy) == ("not_a_figure", "event")
    text = "Hội nghị đã trao tặng giấy khen cho 1.250 hội viên có thành tích xuất sắc."
    assert verdict_of(text, "1.250", dummy) == ("not_a_figure", "event")


def test_gifts_that_are_no_honour_stay_figures(dummy):
    # c-hue-khuyenhoc-2025: the scholarships are what the association did
    text = "Tại buổi lễ, Hội Khuyến học TP. Huế đã trao 120 suất học bổng cho học sinh."
    assert verdict_of(text, "120", dummy)[0] == "unsupported"


# ---------------------------------------------------------------- 3. the levels of an organisation

def test_levels_of_the_procuracy_and_the_investigators():
    # c-vinhphuc-vks-2017-h1
    assert kinds("Viện Kiểm sát nhân dân 2 cấp trong tỉnh đã kiểm sát thụ lý 904 tin báo")[0] == ("2", "name")
    assert kinds("kiểm sát trực tiếp 10 lượt đối với cơ quan điều tra 2 cấp trong tỉnh.")[1] == ("2", "name")
    # c-quangbinh-vks-2018-h1 (already read so)
    assert kinds("Trong kỳ, Viện Kiểm sát 2 cấp đã kiểm sát trực tiếp 10 cuộc")[0] == ("2", "name")


def test_a_count_of_committees_is_no_level():
    assert kinds("Có 2 cấp ủy trong tỉnh được kiện toàn")[0] == ("2", "count")


# ---------------------------------------------------------------- 4. an amount per unit, or an average

def test_the_rate_each_counted_unit_got(dummy):
    # c-tienphuoc-mttq-2023
    text = ("Từ nguồn Quỹ cứu trợ tỉnh đã hỗ trợ sửa chữa 17 nhà (7 triệu đồng/nhà), xây mới 4 nhà (40 triệu "
            "đồng/nhà) với tổng số tiền 279 triệu đồng.")
    assert verdicts(text, dummy) == [("17", "unsupported"), ("7 triệu đồng/nhà", "not_a_figure"), ("4", "unsupported"),
                                     ("40 triệu đồng/nhà", "not_a_figure"), ("279 triệu đồng", "unsupported")]
    # c-songcong-lhpn-2017: each scholarship, per month
    text = "13 học sinh nghèo được nhận học bổng do Công ty TNHH Doosun trao tặng, mỗi suất 1 triệu đồng/tháng."
    assert verdict_of(text, "1 triệu đồng/tháng", dummy) == ("not_a_figure", "per-unit")


def test_an_average_is_a_figure(dummy):
    # c-hanoi-ntm-2014: the criteria a commune meets on average
    text = "Như vậy, đến nay, mỗi xã đạt bình quân trên 15 tiêu chí."
    assert verdict_of(text, "15", dummy)[0] == "unsupported"
    # c-daidong-dangbo-2010, c-ngochien-toaan-2017: averages per person, per judge
    assert verdict_of("Bình quân thu nhập đầu người 10 triệu đồng/người/năm.", "10 triệu đồng/người", dummy)[0] \
        == "unsupported"
    assert verdict_of("bình quân mỗi Thẩm phán giải quyết 148 vụ/năm.", "148", dummy)[0] == "unsupported"


def test_a_rate_the_table_keeps_is_checked(tmp_path):
    t = table(tmp_path, ["1,Mức hỗ trợ sửa chữa mỗi nhà,triệu đồng/nhà,7", "2,Số nhà sửa chữa,nhà,17"])
    text = "Đã hỗ trợ sửa chữa 17 nhà (8 triệu đồng/nhà)."
    assert verdict_of(text, "8 triệu đồng/nhà", t)[0] == "unsupported"


def test_a_slash_between_two_counts_is_no_rate(dummy):
    # "xử lý hành chính 193 vụ/302 đối tượng": the parts of a list
    assert [v for _, v in verdicts("xử lý hành chính 193 vụ/302 đối tượng với tiền phạt 445 triệu đồng", dummy)] \
        == ["unsupported"] * 3


# ---------------------------------------------------------------- 5. the area described, or work done

def test_an_organisation_named_after_population_work_does_not_describe_the_area(dummy):
    # c-doluong-doan-tanson-2017: "ban dân số KHHGĐ" then what the youth union did with it
    text = ("Phối hợp với ban dân số KHHGĐ tổ chức 7 đợt truyền thông và phối hợp với bệnh viện tổ chức 2 đợt khám.")
    assert verdicts(text, dummy) == [("7", "unsupported"), ("2", "unsupported")]


def test_cach_that_is_no_distance(dummy):
    for text in ("Trạm y tế đã cách ly tập trung 250 người về từ vùng dịch.",
                 "Hội hướng dẫn cách làm cho 40 hộ hội viên.",
                 "tổ chức quy mô lớn cho 500 đoàn viên."):
        assert [v for _, v in verdicts(text, dummy)] == ["unsupported"], text


def test_the_area_described_is_still_standing(dummy):
    assert verdict_of("Xã cách trung tâm huyện 13 km, dân số toàn xã là 5.200 người.", "13 km", dummy)[0] == "standing"
    assert verdict_of("Xã cách trung tâm huyện 13 km, dân số toàn xã là 5.200 người.", "5.200", dummy)[0] == "standing"


# ---------------------------------------------------------------- 6. datelines

def test_a_news_item_opening_on_its_day_and_month():
    # c-songcong-lhpn-2017
    assert kinds("19-10, Hội Liên hiệp Phụ nữ (LHPN) T.P Sông Công đã tổ chức Gặp mặt")[0] == ("19-10", "date")
    assert kinds("(QNO) - 22/6, Công an tỉnh tổ chức hội nghị")[0] == ("22/6", "date")
    # c-doluong-doan-tanson-2017: a ratio at a line's start is no dateline
    assert kinds("10/14 chi đoàn đặt thùng xử lý rác.")[0][1] == "ratio"
    assert kinds("5/7, các chi hội đã")[0][1] != "date"


def test_an_english_dateline():
    # c-thanhhoa-xkld-2015
    assert kinds("January 2, 2017 9:41 am\n\nNăm 2015, toàn tỉnh")[:2] == [("2, 2017", "date"), ("9:41", "time")]
    assert kinds("Posted 3 March 2020 by admin")[0] == ("3 March 2020", "date")


# ---------------------------------------------------------------- 7. programmes counted by what they are

def test_programmes_another_body_launched_or_a_named_set():
    # c-doluong-hnd-2013-h1, c-kongchro-ubnd-2023-9t
    assert kinds("thực hiện có hiệu quả 3 phong trào do trung ương hội phát động, trong")[0] == ("3", "name")
    assert kinds("Việc thực hiện 3 chương trình mục tiêu quốc gia chuyển biến tốt")[0] == ("3", "name")


def test_programmes_organised_are_counted():
    assert kinds("Huyện đoàn tổ chức 15 chương trình văn nghệ")[0] == ("15", "count")
    assert kinds("Hội tổ chức 5 phong trào thi đua")[0] == ("5", "count")


# ---------------------------------------------------------------- 8. a year right after the number, before the table's

def test_a_base_of_a_year_the_table_does_not_keep(dummy):
    # c-hanoi-ntm-2014, reporting 2014 (its table's comparison column is 2013)
    text = "Tỷ lệ hộ nghèo khu vực nông thôn giảm từ 11,25% năm 2011 xuống còn 2,89%."
    assert verdicts(text, dummy, period="2014") == [("11,25%", "not_a_figure"), ("2,89%", "unsupported")]
    text = "Tỷ lệ hộ nghèo giảm còn 1,91%, giảm 5,61% so với năm 2011."
    assert [v for _, v in verdicts(text, dummy, period="2014")] == ["unsupported", "unverified"]


def test_a_base_a_row_is_about_is_checked(tmp_path):
    # the stage's first year in the comparison column (the held-out Hải Dương poverty case): a wrong base is caught
    t = table(tmp_path, ['GN-01,Tỷ lệ hộ nghèo,%,"1,36","7,19"'],
              header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước")
    text = "Tỷ lệ hộ nghèo từ 7,91% năm 2015 dự kiến giảm xuống còn 1,36% vào cuối năm 2020."
    assert verdicts(text, t, period="2020")[0] == ("7,91%", "unsupported")


def test_a_base_the_table_may_keep_is_checked(dummy):
    # c-daidong-dangbo-2010: the term's own first year as the base of a change is the term's base when no row is
    # about it (round 11, tests/test_recognisers_round11.py: a row about it still checks it)
    text = "Số hộ nghèo giảm từ 32,9% năm 2005 xuống còn 8,9% năm 2009."
    assert verdicts(text, dummy, period="2005-2010") == [("32,9%", "not_a_figure"), ("8,9%", "unsupported")]
    # last year's, and a change compared with an earlier year
    assert verdicts("Kết nạp 50 hội viên năm 2013.", dummy, period="2014") == [("50", "unsupported")]
    assert verdicts("Tỷ lệ hộ nghèo giảm 5,61% so với năm 2011.", dummy, period="2014")[0][1] != "not_a_figure"


# ---------------------------------------------------------------- 9. the days a meeting lasted

def test_the_days_a_meeting_lasted():
    # c-daidong-dangbo-2010
    got = kinds("Trong 2 ngày 18 và 19 tháng 6 năm 2010, Đảng bộ xã Đại Đồng đã tổ chức Đại hội")
    assert got[0] == ("2", "period")
    assert kinds("Hội tổ chức 2 ngày hội văn hóa")[0] == ("2", "count")


# ---------------------------------------------------------------- 10. a change said once for a list, or said first

def test_one_comparison_for_a_list_of_changes(tmp_path):
    # c-dailoc-toaan-2023
    t = table(tmp_path, ["1,Số vụ án hình sự thụ lý,vụ,81,68", "2,Số bị cáo,bị cáo,168,162"],
              header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước")
    text = "Số vụ án hình sự thụ lý 81 vụ với 168 bị cáo, tăng 13 vụ, 6 bị cáo so với năm 2022."
    assert verdicts(text, t) == [("81", "supported"), ("168", "supported"), ("13", "derived"), ("6", "derived")]
    assert verdicts(text.replace(", 6 bị", ", 7 bị"), t)[-1] == ("7", "unsupported")
    # c-quangbinh-vks-2018-h1
    got = [(m.raw, m.kind, m.comparison) for m in extract_numbers(
        "Các kiến nghị đều được chấp nhận, tăng 1 cuộc kiểm sát, 2 kiến nghị so với cùng kỳ năm 2017.")]
    assert got[:2] == [("1", "change", "tăng"), ("2", "change", "tăng")]


def test_a_comparison_said_before_its_amount(tmp_path):
    # c-ngochien-toaan-2017
    t = table(tmp_path, ["1,Số vụ án thụ lý,vụ,609,441", "2,Số vụ án đã giải quyết,vụ,593,440"],
              header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước")
    text = "Năm 2017, Tòa án đã thụ lý 609 vụ, tăng so với cùng kỳ năm 2016 là 168 vụ."
    assert verdicts(text, t) == [("609", "supported"), ("168", "derived")]
    assert verdicts(text.replace("168", "186"), t)[-1] == ("186", "unsupported")
    assert [(m.raw, m.kind) for m in extract_numbers("Số án giải quyết trong năm 2017 tăng hơn năm 2016 là 153 vụ")
            if m.kind != "year"] == [("153", "change")]


def test_a_list_without_its_comparison_stays_counts():
    assert [m.kind for m in extract_numbers("tăng 13 vụ, 6 bị cáo bị bắt giữ")] == ["change", "count"]
    assert [m.kind for m in extract_numbers("tăng 3 vụ, bắt 6 đối tượng so với cùng kỳ")] == ["change", "count"]


# ---------------------------------------------------------------- 11. dates in other notations

def test_a_range_of_days_in_brackets():
    # p9-davi-dangbo-2015-2020
    assert kinds("Trong hai ngày (17 - 18/5), Đảng bộ xã Đà Vị đã tổ chức Đại hội")[:2] == [("hai", "period"),
                                                                                         ("17 - 18/5", "date")]
    assert kinds("diễn ra trong 3 ngày (15-17/7), thu hút đông đảo")[1] == ("15-17/7", "date")
    assert [k for _, k in kinds("tỷ lệ (10-12/15 xã)")] != ["date"]


def test_a_date_month_first_and_a_month_before_a_colon():
    # tpl-tuyan-ttyt-2018, p9-halang-ubnd-2018-07
    assert kinds("Đăng ngày:2/26/2019 9:45:35 AM bởi admin")[0] == ("2/26/2019", "date")
    assert kinds("Phương hướng nhiệm vụ tháng 8: Huyện tiếp tục chỉ gieo cấy vụ hè thu")[0] == ("8", "date")
    assert kinds("đạt 10/12 xã, 3/5 huyện")[0][1] == "ratio"


def test_a_named_day_in_lower_case():
    # tpl-tuyan-ttyt-2018
    assert kinds("tổ chức Tọa đàm kỷ niệm ngày thầy thuốc Việt Nam 27/2, tổng kết công tác y tế")[0] == ("27/2", "date")


# ---------------------------------------------------------------- 12. the part of a whole is what the period did

def test_the_part_of_a_whole_is_no_make_up(dummy):
    # tpl-tambinh-mttq-2014: 10 of 17 communes held their congress (the 17 is the district's make-up)
    text = "Đến nay, toàn huyện có 10/17 xã tổ chức xong đại hội MTTQ cấp xã."
    assert verdict_of(text, "10", dummy)[0] == "unsupported"
    # p9-quangnam-congan-2021-h1: every commune, the whole twice, stays the make-up
    assert verdict_of("bố trí cán bộ công an chính quy tại 203/203 xã.", "203", dummy)[0] == "standing"


# ---------------------------------------------------------------- 13. aims

def test_what_an_aim_reaches_for(dummy):
    # p9-cand-tngt-thangdau-2015, p9-davi-dangbo-2015-2020
    text = "Như vậy đây là tín hiệu quan trọng để đạt mục tiêu giảm TNGT từ 5 -10% như đã đặt ra."
    assert verdict_of(text, "5 -10%", dummy) == ("not_a_figure", "target")
    text = ("Đảng bộ xã Đà Vị sẽ tập trung lãnh đạo thực hiện mục tiêu thu nhập bình quân đạt 51 triệu đồng/người/năm; "
            "đến năm")
    assert verdict_of(text, "51 triệu đồng/người", dummy) == ("not_a_figure", "target")
    # reached: a result
    assert verdict_of("Huyện đã đạt mục tiêu giảm 2% hộ nghèo.", "2%", dummy)[0] != "not_a_figure"


def test_targets_set_for_the_coming_term(dummy):
    # p9-camha-ctd-daihoi-2021: "đã bầu" is the congress's, the targets are the coming term's
    text = ("Đại hội đã bầu BCH nhiệm kỳ mới gồm 15 ủy viên và đề ra các chỉ tiêu chủ yếu trong nhiệm kỳ đến: Phấn đấu "
            "từ 4 đến 5 gia đình có 1 hội viên; 100% thôn, tổ dân cư có chi tổ hội; có 90% chi hội đạt tiên tiến xuất sắc.")
    assert all(v == "not_a_figure" for _, v in verdicts(text, dummy))
    # c-vn-ntm-2016: a sentence that opens on the aims it sets out
    text = ("Về mục tiêu triển khai chương trình giai đoạn 2016-2020, cả nước phấn đấu đến năm 2020 số xã đạt tiêu chuẩn "
            "nông thôn mới chiếm 50%; khuyến khích mỗi tỉnh phấn đấu có ít nhất một huyện đạt chuẩn.")
    assert verdict_of(text, "50", dummy) == ("not_a_figure", "target")


def test_results_against_targets_stay_figures(dummy):
    text = "Kết quả thực hiện các chỉ tiêu: kết nạp 120 hội viên, đạt 105% kế hoạch."
    assert verdict_of(text, "120", dummy)[0] == "unsupported"


# ---------------------------------------------------------------- 14. a plenum and a plan's targets counted

def test_a_plenum_of_the_central_committee():
    # p9-hiepduc-nonglam-2018-9t
    assert kinds("thực hiện NQTW 4 khóa 12 về xây dựng chỉnh đốn đảng.")[1] == ("12", "name")
    assert kinds("Nghị quyết Trung ương 4 khóa XII")[0] == ("4", "name")
    assert kinds("nguồn vốn Trung ương 5 tỷ đồng")[0][1] == "money"


def test_the_targets_a_congress_adopts_counted():
    # p9-phubinh-daihoi-chitieu
    assert kinds("các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025.")[0] == ("16", "name")


# ---------------------------------------------------------------- 15. a fresh batch: last year's totals, a list of aims

def test_a_year_then_the_predicate_dates_the_number(dummy):
    # c3-phugiao-nhcsxh-2018-5t, a report on 5 months of 2018: last year's totals are no row of its table
    text = ("Doanh số cho vay của Ngân hàng chính sách xã hội trên địa bàn Phú Giáo năm 2017 đạt hơn 97 tỷ 630 triệu "
            "đồng, với 3.660 lượt hộ được vay; 5 tháng đầu năm 2018 cho vay đạt hơn 80 tỷ 680 triệu đồng.")
    got = dict(verdicts(text, dummy, period="2018-5T"))
    assert got["97 tỷ 630 triệu đồng"] == "not_a_figure" and got["80 tỷ 680 triệu đồng"] == "unsupported"
    # p9-chupuh-ubnd-2018-9t: a year of constant prices; c-hanoi-ntm-2014: the year of a base, not of what follows
    text = "Giá trị tăng trưởng kinh tế (Theo giá cố định năm 2010) ước đạt 7,41%."
    assert verdict_of(text, "7,41%", dummy, period="2018-9T")[0] == "unsupported"
    text = "Giá trị sản xuất theo giá so sánh năm 2010 đạt 495 tỷ đồng."
    assert verdict_of(text, "495 tỷ đồng", dummy, period="2018")[0] == "unsupported"
    text = "Tỷ lệ hộ nghèo khu vực nông thôn giảm từ 11,25% năm 2011 xuống còn 2,89%."
    assert verdict_of(text, "2,89%", dummy, period="2014")[0] == "unsupported"
    # last year's same period is what the comparison column holds: still checked
    assert verdict_of("Năm 2017 đạt 50 tỷ đồng.", "50 tỷ đồng", dummy, period="2018")[0] == "unsupported"


def test_a_list_of_aims_an_aim_with_a_value_opens(dummy, tmp_path):
    # c3-thoibinh-ccb-2019
    text = ("Nhiệm vụ trọng tâm 2020, Hội Cựu chiến binh huyện phấn đấu xây dựng đạt 100% chi hội cơ sở trong sạch vững "
            "mạnh, 35% trở lên đạt trong sạch xuất sắc; 98% đạt Hội viên cựu chiến binh gương mẫu, giảm nghèo 08 hộ, "
            "đóng góp quỹ đồng đội từ 150 triệu đồng trở lên.")
    assert all(v == "not_a_figure" for _, v in verdicts(text, dummy))
    # a row that holds an item of the list still checks it (the held-out m-sondong table keeps "150 người")
    t = table(tmp_path, ["1,Số lao động được giải quyết việc làm,lao động,2.800", "2,Số người làm việc ở nước ngoài,người,150"])
    text = "Năm 2019 phấn đấu giải quyết việc làm cho hơn 2,8 nghìn lao động, trong đó 150 người làm việc ở nước ngoài."
    assert verdict_of(text, "150", t)[0] == "supported"
    assert verdict_of(text.replace("150", "160"), "160", t)[0] == "unsupported"
    # an aim with no value of its own opens no list: what follows the comma is a result
    text = "Đoàn động viên thanh niên rèn luyện phấn đấu về mọi mặt, tổ chức được 17 cuộc giao lưu."
    assert verdict_of(text, "17", dummy)[0] == "unsupported"


def test_a_new_predicate_after_the_honours(dummy):
    # c3-thoibinh-ccb-2019: the 45 branches that reached a rating are the period's, the 12 and 24 the meeting's honours
    text = ("Qua bình xét cuối năm, Huyện hội xét tặng giấy khen cho 12 cá nhân và 24 tập thể có thành tích xuất sắc "
            "trong công tác hội năm 2019, có 45 cơ sở chi hội đạt trong sạch vững mạnh.")
    assert verdicts(text, dummy) == [("12", "not_a_figure"), ("24", "not_a_figure"), ("45", "unsupported")]



# ---------------------------------------------------------------- 16. a fourth batch: details of aims, footnotes, members

def test_a_sentence_that_spells_out_aims(dummy):
    # c4-bariavungtau-trongtrot-2023 (the season 2023-2024 after the 2023 report), p9-phubinh-daihoi-chitieu
    text = ("Vụ Đông - Xuân 2023-2024, ngành nông nghiệp đặt chỉ tiêu trồng trọt 11.397,2ha. Cụ thể, diện tích lúa "
            "6.838,3ha, năng suất dự kiến 69,4 tạ/ha; bắp 1.025,2ha.")
    assert all(v == "not_a_figure" for _, v in verdicts(text, dummy, period="2023"))
    text = ("Các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, bình quân thu nhập đầu người "
            "đạt 70 triệu đồng/người/năm; chuyển đổi cơ cấu cây trồng đạt 20% trên tổng diện tích.")
    assert all(v == "not_a_figure" for _, v in verdicts(text, dummy))
    # a sentence of results before it: its details are results
    text = "Năm 2021, Hội hoàn thành 16/16 chỉ tiêu. Cụ thể, kết nạp 85 hội viên, đạt 100% kế hoạch."
    assert verdict_of(text, "85", dummy)[0] == "unsupported"


def test_the_plan_value_in_brackets(dummy):
    # c4-bariavungtau-trongtrot-2023
    text = "Năm 2023 tốc độ tăng trưởng lĩnh vực trồng trọt ước đạt 3,89% (chỉ tiêu kế hoạch là 3,88%)."
    assert verdicts(text, dummy) == [("3,89%", "unsupported"), ("3,88%", "not_a_figure")]
    assert verdict_of("Kết quả thực hiện chỉ tiêu kế hoạch là 95%.", "95%", dummy)[0] == "unsupported"


def test_a_footnote_mark_in_brackets():
    # c4-hoabinh-nonglam-2021-09
    assert kinds("Chăn nuôi, tiếp tục được duy trì phát triển([1]). Các chủ trang trại")[0] == ("1", "reference")
    assert kinds("tổ chức (2) lớp tập huấn")[0] == ("2", "count")


def test_members_are_counted_not_a_place_number():
    # c4-phumy-hnd-2021: "ấp Thuận Án 16 thành viên" counts the group's members (it was read as a place's number)
    assert kinds("01 THT “Nuôi Tôm – Cua” ấp Thuận Án 16 thành viên với 116,8ha.")[1] == ("16", "count")


def test_the_presence_of_whom_a_number_counts(dummy):
    # c4-phuloi-hnd-2021
    text = ("Dự hội nghị có lãnh đạo các ban ngành, đoàn thể xã và cùng với sự có mặt của 30 nông dân tiêu biểu đại "
            "diện cho hơn 300 nông dân sản xuất, kinh doanh giỏi trên toàn xã đến dự.")
    assert verdicts(text, dummy) == [("30", "not_a_figure"), ("300", "unsupported")]


def test_covid_with_an_en_dash():
    # c5-trungdong-hdnd-2020
    assert kinds("thường xuyên thực hiện tốt công tác phòng, chống dịch bệnh covid – 19. Tỷ lệ hộ nghèo giảm 1,76%")[0] \
        == ("19", "name")
