"""Labels, organisations and derivations read from real sentences (the sample reports and the real material)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from evaluations.real import real_cases
from index.model import ParsedReport, Section
from service.onboarding.rows import read_figures
from service.onboarding.template import build_template


def reading(*paragraphs: str, heading: str = "Phối hợp thực hiện công tác tuyển quân"):
    report = ParsedReport(source="t.txt", title="Báo cáo 6 tháng đầu năm 2023", period="2023-H1",
                          sections=[Section("2.4", heading, 2, "2.4", list(paragraphs))])
    return read_figures(report)


def row(r, value):
    found = [x for x in r.rows if x.value == Decimal(str(value))]
    assert found, f"no row of {value}: {[(x.value, x.label) for x in r.rows]}"
    return found[0]


def test_the_counted_noun_and_its_phrase_make_the_label():
    r = reading("Có 155 thanh niên trúng tuyển lên đường nhập ngũ, trong đó có 03 đảng viên, đạt 1,9%.")
    assert row(r, 155).label == "Số thanh niên trúng tuyển lên đường nhập ngũ"
    assert row(r, 155).unit == "thanh niên"
    assert [x.value for x in r.rows] == [155, 3]            # 1,9% = 3/155: a derivation, no row
    assert "tỷ lệ" in row(r, 3).derived[0].how


def test_a_short_noun_takes_the_verb_before_it():
    r = reading("Tham gia hoà giải các mâu thuẫn trong nhân dân 143 vụ, hoà giải thành công 83 vụ.")
    assert row(r, 83).label == "Số vụ hoà giải thành công"


def test_money_is_the_value_of_what_the_clause_counted():
    r = reading("Ủy ban MTTQ Việt Nam thăm, tặng 1.783 phần quà cho các đối tượng chính sách, trị giá 264 triệu đồng.")
    money = row(r, 264000000)
    assert money.unit == "triệu đồng" and money.label.startswith("Trị giá") and "phần quà" in money.label
    assert money.organisation.startswith("Ủy ban MTTQ")


def test_comparisons_plans_and_per_unit_amounts_are_derivations_of_rows():
    r = reading("Phát hiện, bắt 34 vụ/57 đối tượng tàng trữ trái phép chất ma túy, tăng 25 vụ so với cùng kỳ năm 2022. "
                "Kết nạp đảng viên mới được 22/26 đ/c, đạt 84,61% so với chỉ tiêu được giao. "
                "Thăm, tặng quà 155 thanh niên lên đường nhập ngũ (1.000.000đ/suất), với tổng số tiền là 155 triệu đồng.")
    assert row(r, 34).base == 9 and row(r, 57).base is None
    assert row(r, 22).plan == 26
    assert not any(x.value in (25, Decimal("84.61"), 1000000) for x in r.rows)
    assert any("mỗi suất" in d.how for d in row(r, 155000000).derived)


def test_no_change_sets_the_comparison_value_and_a_comparison_in_the_next_sentence_finds_its_row():
    r = reading("Có 10 Việt kiều (không tăng, không giảm) về địa phương.",
                "Xảy ra 124 vụ tai nạn giao thông, làm chết 49 người. So với cùng kỳ năm 2023 tăng 22 vụ (tỷ lệ 21,6%).")
    assert row(r, 10).base == 10
    assert row(r, 124).base == 102
    assert [x.value for x in r.rows] == [10, 124, 49]


def test_standing_facts_are_not_rows():
    r = reading("Ban CHQS huyện phối hợp với 06 đoàn thể của huyện tổ chức 45 cuộc tuyên truyền.",
                "Toàn tỉnh hiện có 118.000 hội viên phụ nữ, trong đó có 2.413 hội viên người dân tộc thiểu số.")
    assert [x.value for x in r.rows] == [45]
    assert {(s.value, s.noun) for s in r.standing} >= {(6, "đoàn thể")}
    assert {s.value for s in r.standing} >= {6, 118000, 2413}


def test_a_plan_section_is_left_out():
    report = ParsedReport(source="t.txt", title="Báo cáo 6 tháng đầu năm 2023", period="2023-H1", sections=[
        Section("II", "KẾT QUẢ", 1, "II", ["Tổ chức 12 cuộc tuyên truyền."]),
        Section("III", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023", 1, "III", ["Phấn đấu tổ chức 20 cuộc."])])
    r = read_figures(report)
    assert [x.value for x in r.rows] == [12] and r.skipped_sections == ["III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023"]


CASES = [c for c in real_cases() if c.figures_path is not None]


@pytest.mark.parametrize("case", CASES, ids=[c.slug for c in CASES])
def test_no_label_of_the_real_material_is_empty_or_a_number(case):
    t = build_template(case.dir / case.meta["docx"] if case.meta.get("docx") else case.text_path)
    for r in t.rows:
        assert re.search(r"[^\W\d_]", r.label), (r.code, r.label)
        assert not re.fullmatch(r"[\d\s.,%]+", r.label)
        assert len(r.label.split()) <= 18
        assert r.code and r.quote


def test_the_subject_is_the_body_the_sentence_starts_with():
    from service.onboarding.subjects import subject

    assert subject("Trong 6 tháng, Mặt trận và các đoàn thể đã chỉ đạo tuyên truyền cho 135.697 lượt người.", 40) \
        == "Mặt trận"
    assert subject("Đảng ủy – Ban CHQS huyện đã trao 17 phần quà cho 17 đồng chí DQTT.", 30) == "Đảng ủy – Ban CHQS huyện"
    assert subject("- Ủy ban MTTQ Việt Nam nhân dịp Tết thăm, tặng 1.783 phần quà.", 40) == "Ủy ban MTTQ Việt Nam"
    assert subject("Phối hợp với Hội Nông dân tổ chức 12 cuộc.", 30) is None   # a partner is no subject


@pytest.mark.parametrize("text,whole,part,label", [
    # b-lam-dong-ma-tuy-2020-h1: the cases that occurred and the ones investigated, no plan
    ("6 tháng đầu năm, cơ quan chức năng cũng đã điều tra 341/360 vụ phạm tội về trật tự xã hội, khám phá 35 vụ.",
     360, 341, "Số vụ phạm tội về trật tự xã hội được điều tra"),
    # b-thanh-chuong-qpan-2021
    ("Trong năm, công an huyện đã điều tra làm rõ 52/53 vụ xâm phạm trật tự xã hội.", 53, 52, None),
    ("Tiếp nhận và giải quyết 45/50 đơn thư khiếu nại, tố cáo.", 50, 45, None),
])
def test_handled_of_what_the_period_brought_is_two_rows_not_a_value_and_its_plan(text, whole, part, label):
    r = reading(text)
    assert row(r, part).plan is None and row(r, whole).label.startswith("Tổng số")
    assert [x.value for x in r.rows][:2] == [Decimal(whole), Decimal(part)]
    if label:
        assert row(r, part).label == label


def test_x_of_y_with_a_plan_or_a_whole_of_units_stays_a_value_and_its_plan():
    r = reading("Kết quả tiếp nhận được 551/500 đơn vị máu, đạt 110,2% kế hoạch; 593/942 chi hội hoàn thành nghị quyết.")
    assert (row(r, 551).plan, row(r, 593).plan) == (Decimal(500), Decimal(942))


@pytest.mark.parametrize("text,value,label", [
    # brvt-cong-an-2023-h1 (tests/fixtures/reports/pages): the subject before "đã" is no part of what is counted
    ("Cơ quan Công an đã điều tra làm rõ 331 vụ, 713 đối tượng xâm phạm TTXH.", 331, "Số vụ điều tra làm rõ"),
    # a causative "làm" is no verb of the count
    ("Địa bàn tỉnh đã xảy ra 391 vụ, giảm 43 vụ làm 15 người chết, 67 người bị thương.", 15, "Số người chết"),
    # a verb phrase opening its sentence loses its capital when the noun comes first
    ("Án rất nghiêm trọng và đặc biệt nghiêm trọng xảy ra 65 vụ, điều tra làm rõ 63 vụ.", 65,
     "Số vụ án rất nghiêm trọng và đặc biệt nghiêm trọng xảy ra"),
    # "với N …": an accompanying count says what it counts itself
    ("Công an tỉnh đã thực hiện 6.376 ca tuần tra, đảm bảo trật tự an toàn giao thông (TTATGT) với 26.215 lượt "
     "CBCS tham gia.", 26215, "Số lượt CBCS tham gia"),
    # a time adverbial without its comma is no part of the label (b-tam-duong-cong-an-2019-h1)
    ("Trong 6 tháng đầu năm lực lượng công an từ huyện đến cơ sở đã sử lý 13 vụ việc.", 13, "Số vụ việc sử lý"),
    # X vụ/Y đối tượng: the vụ are of the phrase after Y, not of "đối tượng"; Y shares X's verb
    ("Các đơn vị cũng phát hiện 31 vụ/45 đối tượng vi phạm trên lĩnh vực kinh tế.", 31,
     "Số vụ vi phạm trên lĩnh vực kinh tế"),
    ("Cơ quan điều tra đã thụ lý 249 vụ /359 bị can, trong đó đã xử lý 176 vụ/267 bị can.", 359, "Số bị can thụ lý"),
    # "name: value" (c-ia-dok-chi-doan-2010)
    ("- Tổng số đoàn viên 8 đ/c: Trong đó: nữ 5 đ/c - BCH: 2 đ/c: Trong đó: Nữ: 1 đ/c.", 2, "Số đ/c BCH"),
    ("+ Hộ nghèo: 189 hộ, tỷ lệ 6,9%.", "6.9", "Tỷ lệ hộ nghèo"),
    # a percentage after tăng with no base is the row's growth rate (c-huong-thuy-ktxh-2018-h1)
    ("Sản phẩm chủ yếu như: Sản phẩm sợi tăng 7%; bia tăng 10,5%, vật liệu xây dựng.", "10.5", "Tốc độ tăng bia"),
    # a period inside the noun phrase is no part of it
    ("UBND huyện tặng giấy khen cho 15 cá nhân có thành tích xuất sắc trong công tác Hội năm 2019.", 15,
     "Số cá nhân có thành tích xuất sắc trong công tác Hội"),
])
def test_labels_by_grammar_on_real_sentences(text, value, label):
    assert row(reading(text), value).label == label


def test_a_number_inside_a_period_or_counting_nothing_is_no_row():
    r = reading("Trong tháng 7.2022, Công an tỉnh điều tra, khám phá 51/61 vụ xâm phạm trật tự xã hội; kỷ niệm ngày "
                "Thương binh - liệt sĩ 27.7.")
    assert [x.value for x in r.rows] == [Decimal(61), Decimal(51)]
