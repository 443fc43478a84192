"""Issue 14, round 3: the figures template's precision on reports nobody tuned it on.

Each test writes real sentences of the genre (public pages; the held-out ``t-*`` cases and the lead's
unseen set) as a prior report and asserts the rows of the template built from it: value, unit, label —
and, for numbers that are no figure of the period, that they make no row (or go to the standing sheet).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.onboarding.template import build_template

HEAD = "Báo cáo kết quả công tác 6 tháng đầu năm 2024\n\nI. KẾT QUẢ\n\n"


def template(tmp_path, *paragraphs: str):
    path = tmp_path / "prior.txt"
    path.write_text(HEAD + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return build_template(path)


def rows(tpl) -> list[tuple[Decimal, str, str]]:
    return [(r.value, r.unit, r.label) for r in tpl.rows]


def values(tpl) -> list[Decimal]:
    return [r.value for r in tpl.rows]


def test_a_required_minimum_is_a_norm_not_a_result(tmp_path):
    tpl = template(tmp_path, "Mỗi chi đoàn thực hiện ít nhất 01 hoạt động thiết thực chào mừng ngày thành lập Đoàn; "
                             "các chi đoàn đã tổ chức 36 hoạt động với 1.250 lượt đoàn viên tham gia.")
    assert values(tpl) == [36, 1250]


def test_targets_of_an_aiming_sentence_make_no_row_and_results_after_duoc_do(tmp_path):
    tpl = template(tmp_path,
                   "Hội đã xây dựng được 170 hộ sản xuất kinh doanh giỏi các cấp; mở 50 lớp chuyển giao khoa học kỹ "
                   "thuật. Nhiệm kỳ 2018-2023, Hội phấn đấu hàng năm có trên 90% chi Hội đạt khá và vững mạnh; kết nạp "
                   "mới 50 hội viên; 90% gia đình hội viên đạt gia đình văn hóa các cấp.",
                   "Tại Hội nghị sơ kết Hội Nông dân xã đề ra 11 nội dung thực hiện trong quý II năm 2022. Còn lại 5 chỉ "
                   "tiêu Hội Nông dân xã dự kiến phấn đấu đến tháng 9 hoàn thành.",
                   "Động viên đoàn viên, thanh niên hăng hái rèn luyện phấn đấu về mọi mặt, hoàn thành xuất sắc nhiệm vụ "
                   "được giao được 17 cuộc với 506 lượt đoàn viên thanh niên tham gia.")
    assert values(tpl) == [170, 50, 17, 506]


def test_a_part_picked_from_an_uncounted_whole_is_the_write_ups_own(tmp_path):
    tpl = template(tmp_path, "Năm qua, Ban Chấp hành đạt được nhiều kết quả, trong đó 2 kết quả nổi bật là công tác "
                             "tuyên truyền và xây dựng tổ chức Hội. Kết nạp 45 hội viên mới.")
    assert rows(tpl) == [(45, "hội viên", "Số hội viên mới kết nạp")]


def test_a_restructuring_gives_one_row_the_count_after_with_a_clean_label(tmp_path):
    tpl = template(tmp_path, "Thực hiện sắp xếp tổ chức bộ máy, cơ quan đã giảm từ 7 Ban xuống còn 3 Ban đạt được, "
                             "trong đó kết quả nổi bật.")
    [row] = tpl.rows
    assert (row.value, row.unit) == (3, "Ban")
    assert "xuống" not in row.label and "đạt được" not in row.label and row.label.startswith("Số Ban")
    assert [d.value for d in row.derived] == [7]


def test_make_up_units_of_the_whole_area_are_standing_facts(tmp_path):
    tpl = template(tmp_path, "Đã tổ chức tuyên truyền cho người dân 21 xã, thị trấn trong toàn huyện về phòng, chống "
                             "ma túy. Toàn huyện tổ chức 96 cuộc tuyên truyền.")
    assert values(tpl) == [96]
    assert [(s.value, s.noun) for s in tpl.standing] == [(21, "xã")]


def test_what_an_organisation_or_place_has_is_standing_and_an_abbreviation_counts_never_money(tmp_path):
    tpl = template(tmp_path, "Tính đến năm 2024, tỉnh Yên Bái có hơn 118.000 HVND, sinh hoạt tại hơn 1.290 chi hội. "
                             "Chỉ trong năm 2024, HND tỉnh đã kết nạp mới 1.848 hội viên.",
                   "Hội Nông dân xã Hoà Bình có 7 chi hội cơ sở với 504 hội viên. Hội đã mở 50 lớp tập huấn.")
    assert rows(tpl) == [(1848, "hội viên", "Số hội viên kết nạp mới"), (50, "lớp", "Số lớp tập huấn mở")]
    standing = {(s.value, s.noun) for s in tpl.standing}
    assert {(118000, "hvnd"), (1290, "chi hội"), (7, "chi hội"), (504, "hội viên")} <= \
        {(v, n.lower()) for v, n in standing}
    assert all(r.kind != "money" for r in tpl.rows)


def test_a_page_counter_is_no_row(tmp_path):
    tpl = template(tmp_path, "Toàn huyện tổ chức 12 cuộc tuyên truyền.", "0 bình luận mới nhất")
    assert values(tpl) == [12]


def test_a_share_written_right_after_its_figure_is_derived(tmp_path):
    tpl = template(tmp_path,
                   "Trong 6 tháng, trên địa bàn tỉnh xảy ra 123 vụ, chiếm 43,5% tổng số vụ của toàn khu vực.",
                   "Kết nạp được 42 đ/c đạt 67,75% so với LLDQ.",
                   "Kết nạp được 3.656 hội viên (đạt 100% so với hộ nông dân đủ điều kiện vào Hội), tỷ lệ 100% hội viên "
                   "được cấp, đổi thẻ (đạt 100% so với Nghị quyết).")
    assert [(r.value, r.unit) for r in tpl.rows] == [(123, "vụ"), (42, "đ/c"), (3656, "hội viên"), (100, "%")]
    assert [d.value for d in tpl.rows[0].derived] == [Decimal("43.5")]
    assert [d.value for d in tpl.rows[1].derived] == [Decimal("67.75")]


def test_a_rate_the_text_names_stays_a_row(tmp_path):
    tpl = template(tmp_path, "Hộ cận nghèo 201 hộ, đạt tỷ lệ 7,34%.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(201, "hộ"), (Decimal("7.34"), "%")]


def test_an_amount_over_its_plan_after_a_slash_is_one_row_with_its_plan(tmp_path):
    tpl = template(tmp_path, "Trong quý, vận động quỹ hỗ trợ nông dân được 62.515.000/53.781.000 đồng (đạt 116%).")
    [row] = tpl.rows
    assert (row.value, row.kind, row.plan) == (62515000, "money", 53781000)


def test_a_scaled_number_with_nothing_after_it_is_money(tmp_path):
    tpl = template(tmp_path, "Tổ chức vận động, đã đóng góp 996 triệu, 2.335 ngày công để làm mới và sửa chữa đường "
                             "giao thông liên thôn.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(996_000_000, "đồng"), (2335, "ngày công")]
    assert tpl.rows[0].label == "Số tiền đóng góp"


def test_a_clause_after_the_comma_is_no_part_of_the_label(tmp_path):
    tpl = template(tmp_path, "Trong năm xảy ra 14 vụ cháy, 1 vụ nổ, làm chết 1 người, nguyên nhân được xác định do "
                             "người dân tự chế tạo pháo.")
    assert rows(tpl) == [(14, "vụ", "Số vụ cháy"), (1, "vụ", "Số vụ nổ"), (1, "người", "Số người làm chết")]


@pytest.mark.parametrize("text", ["0 bình luận mới nhất", "Mỗi hộ trang bị tối thiểu 1 bình chữa cháy."])
def test_no_row_from_furniture_or_norms_alone(tmp_path, text):
    assert template(tmp_path, text).rows == []


def test_a_bare_fraction_in_brackets_is_the_parts_of_the_share_before_it(tmp_path):
    # round 8: the fraction that gives the rate is the row and its whole; the rate is derived from them
    tpl = template(tmp_path, "Năm 2024, công nhận 5 thành phố thuộc tỉnh đạt chuẩn đô thị loại I, đạt tỷ lệ 1,77% (5/283).")
    assert [(r.value, r.unit, r.plan) for r in tpl.rows] == [(5, "thành phố", 283)]
    assert [d.value for d in tpl.rows[0].derived] == [Decimal("1.77")]
