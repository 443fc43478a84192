"""Issue 14, round 28: a headline's rounded count that names its noun in its own words is the body's count said
again (``service.onboarding.rows.rounded_count_named_otherwise``).  Held-out text (the working batch yd-'s first
look, evaluations/sweep/template-round28.md); each rule has its counter-case."""

from __future__ import annotations

from tests.template_rows import has, row

HEADLINE = "Thêm gần 6.600 lượt hộ nghèo và các đối tượng chính sách được vay vốn ưu đãi"
BODY = ("Đến nay, tổng dư nợ của chi nhánh NHCSXH tỉnh Vĩnh Phúc đạt trên 3.300 tỷ đồng, tăng gần 118 tỷ đồng so với "
        "đầu năm, đạt 96,25% kế hoạch tăng trưởng. Trong quý I.2022, dù chịu tác động không nhỏ do ảnh hưởng của đại "
        "dịch COVID-19 nhưng doanh số cho vay của chi nhánh đạt trên 275 tỷ đồng, với 6.579 khách hàng được vay vốn.")


def _page(tmp_path, headline, body):
    from service.onboarding.template import build_template

    path = tmp_path / "page.txt"
    path.write_text(f"{headline}\n\n05/05/2022\n\n{body}\n\nTheo Báo Vĩnh Phúc\n", encoding="utf-8")
    return build_template(path)


def test_a_headlines_rounded_count_in_other_words_is_the_bodys(tmp_path):
    # yd-vinh-phuc-ngan-hang-chinh-sach-xa-hoi-du-no-cho-vay-2022-q1 (held-out): "6.600 lượt" had been a row of its
    # own ("Số lượt hộ nghèo và các đối tượng chính sách …"); its hand table has 6.579 khách hàng only
    tpl = _page(tmp_path, HEADLINE, BODY)
    assert not has(tpl, 6600)
    assert any("6.600" in q for q in row(tpl, 6579).repeats)


def test_a_headlines_count_two_body_counts_could_stand_for_stays_a_row(tmp_path):
    # counter-case: 6.579 khách hàng and 6.590 hộ both round to "gần 6.600" — which one is not said
    tpl = _page(tmp_path, HEADLINE, BODY.replace("với 6.579 khách hàng được vay vốn",
                                                 "với 6.579 khách hàng được vay vốn, trong đó 6.590 hộ đã trả nợ"))
    assert has(tpl, 6600)


def test_a_headlines_count_no_body_count_rounds_to_stays_a_row(tmp_path):
    # counter-case: the body's 6.379 is no "gần 6.600"
    tpl = _page(tmp_path, HEADLINE, BODY.replace("6.579", "6.379"))
    assert has(tpl, 6600) and has(tpl, 6379)


def test_a_headlines_rounded_count_over_the_bodys_abbreviation(tmp_path):
    # c12-bentre-hcc-2020: "hơn 78 ngàn hồ sơ" had been a row of its own beside the body's "78,76 ngàn HS" (the
    # body's abbreviation of hồ sơ)
    from service.onboarding.template import build_template

    path = tmp_path / "page.txt"
    path.write_text("Năm 2020, Trung tâm Phục vụ hành chính công giải quyết hơn 78 ngàn hồ sơ các loại\n\n"
                    "17/01/2021 - 19:14\n\n"
                    "BDK - Năm 2020, Trung tâm Phục vụ hành chính công (Trung tâm) tỉnh đã tiếp nhận 80,4 ngàn hồ sơ "
                    "(HS) các loại (số tròn).\n\n"
                    "Cơ quan chức năng đã giải quyết 78,76 ngàn HS các loại (đạt tỷ lệ 97,9%).\n", encoding="utf-8")
    tpl = build_template(path)
    assert not has(tpl, 78000)
    assert any("78 ngàn" in q for q in row(tpl, 78760).repeats)


def test_a_body_number_with_no_noun_of_its_own_leaves_the_headlines_row(tmp_path):
    # counter-case, zr-toan-quoc-bo-noi-vu-sap-xep-thon-to-dan-pho-2019-2021 (held-out; found by the folder's measure
    # of the first version, which lost its matched row): the body's 16.321 names no noun after it (the template gave
    # it the "tỉnh thành" before it), so the headline's "Hơn 16.000 thôn", which names it, stays the row
    from service.onboarding.template import build_template

    path = tmp_path / "page.txt"
    path.write_text(" date 2025-10-20 Hơn 16.000 thôn, tổ dân phố sáp nhập trong 3 năm\n\n"
                    "Giai đoạn 2019-2021, 45 tỉnh thành đã rà soát, hợp nhất 16.321 trong tổng số 86.282 thôn, tổ dân "
                    "phố không đạt chuẩn về quy mô hộ hoặc diện tích. Kết quả, cả nước còn 69.961 thôn và 20.547 tổ dân "
                    "phố.\n", encoding="utf-8")
    tpl = build_template(path)
    assert has(tpl, 16000)
