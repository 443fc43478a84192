"""Evaluation metrics on hand-made drafts: each count the issue asks for, seen to count."""

from __future__ import annotations

from decimal import Decimal

from evaluations import metrics as M
from service.checker.model import NumberCheck
from service.draft import Draft, DraftSection, Paragraph
from service.figures.model import Figure, FigureTable

CUR = FigureTable([
    Figure("NB-02", "Số lượt người nước ngoài", "lượt người", Decimal(40), cung_ky=Decimal(33)),
    Figure("NB-08", "Số người nghiện", "người", Decimal(210), cung_ky=Decimal(186)),
    Figure("QS-05", "Tổng trị giá quà", "đồng", Decimal(22900000), cung_ky=Decimal(23500000)),
    Figure("GD-01", "Số lớp", "lớp", Decimal(2), cung_ky=Decimal(1)),
])


def check(text, sub, verdict, ma=None, column="ky_bao_cao", value=None):
    start = text.index(sub)
    return NumberCheck(text=sub, start=start, end=start + len(sub), value=value, unit=None, kind="count",
                       verdict=verdict, source={"ma": ma, "column": column} if ma else None)


def para(text, specs, marked=False):
    return Paragraph(text=text, checks=[check(text, *s) for s in specs], marked=marked)


def draft(*paragraphs, title="Báo cáo"):
    sec = DraftSection(path="II/2.2", number="2.2", heading="Nắm tình hình", level=2, paragraphs=list(paragraphs),
                       provenance={"engine": "offline", "figures_used": ["NB-02"], "figures_unused": ["NB-08"]})
    return Draft(title=title, period="6 tháng đầu năm 2024", series="s", sections=[sec])


def test_precision_recall_and_not_a_figure_excluded():
    t = "Có 40 lượt người nước ngoài, tăng 07 lượt so với năm 2023; 999 vụ khác."
    d = draft(para(t, [("40", "supported", "NB-02"), ("07", "derived", "NB-02"), ("2023", "not_a_figure"),
                       ("999", "unsupported")], marked=True))
    m = M.draft_metrics(d, CUR)["metrics"]
    assert m["numbers_figures"] == 3 and m["numbers_good"] == 2
    assert m["numeric_precision"] == round(2 / 3, 4)
    assert m["figures_assigned"] == 4 and m["figures_stated"] == 1 and m["figure_recall"] == 0.25
    assert m["unsupported_unmarked"] == 0 and m["problems_marked"] == 1


def test_unmarked_unsupported_number_is_counted():
    t = "Phát hiện 999 vụ vi phạm."
    d = draft(para(t, [("999", "unsupported")], marked=False))
    r = M.draft_metrics(d, CUR)
    assert r["metrics"]["unsupported_unmarked"] == 1
    assert r["details"]["unsupported_unmarked"][0]["number"] == "999"
    assert r["sections"][0]["metrics"]["unsupported_unmarked"] == 1


def test_stale_counted_by_verdict_and_by_independent_scan():
    # 186 người is the prior value of NB-08 (now 210): stale even though the checker here says nothing.
    t = "Số người nghiện có hồ sơ quản lý là 186 người. Có 33 lượt người nước ngoài đến địa phương."
    d = draft(para(t, [("33", "stale", "NB-02")], marked=False))
    m = M.draft_metrics(d, CUR)["metrics"]
    assert m["stale_verdict"] == 1
    assert m["stale_independent"] == 2          # 186 người and 33 lượt
    assert m["stale_numbers"] == 2              # union, 33 not counted twice
    assert m["stale_unmarked"] == 2             # the paragraph is not marked


def test_stale_scan_spares_comparisons_changes_and_current_values():
    t = ("Có 40 lượt người, tăng 07 lượt so với cùng kỳ năm 2023 (33 lượt người); tổng trị giá 23,5 triệu đồng; "
         "mở 02 lớp, tăng 1 lớp.")
    hits = M.stale_scan(t, CUR, None)
    assert [h["number"] for h in hits] == ["23,5 triệu"]   # the comparison value 33 and the change 1 are fine
    assert hits[0]["ma"] == "QS-05"


def test_first_person_detected_reflexive_minh_is_not():
    assert M.first_person("Chúng tôi đã phối hợp tốt; chúng ta cần cố gắng.") == ["Chúng tôi", "chúng ta"]
    assert M.first_person("Các xã xây dựng kế hoạch cấp mình, nâng cao trách nhiệm của mình.") == []
    assert M.first_person("Mình đã làm tốt.") == ["Mình"]
    r = M.register(["Tôi thấy kết quả ok lắm, rất là tốt!"])
    assert r["first_person"] == 1 and r["colloquial"] == 3 and r["questions_exclamations"] == 1


def test_abbreviation_before_expansion_detected():
    bad = M.abbreviations_unexpanded("Giữ vững ANCT trên địa bàn. Sau đó nói an ninh chính trị (ANCT).")
    assert [x["abbr"] for x in bad] == ["ANCT"]
    ok = "Xây dựng lực lượng vũ trang (LLVT) vững mạnh; LLVT huyện phối hợp. Ban Chỉ huy quân sự (CHQS) huyện."
    assert M.abbreviations_unexpanded(ok) == []
    d = draft(para("Lực lượng DQTV được huấn luyện.", []), title="Báo cáo về dân quân tự vệ")
    assert M.draft_metrics(d, CUR)["metrics"]["abbr_unexpanded"] == 0   # expanded in the title, before use


def test_section_coverage_counts_missing_and_emptied_sections():
    d = draft(para("Có 40 lượt.", [("40", "supported", "NB-02")]))
    d.sections.append(DraftSection(path="III", number="III", heading="Đánh giá", level=1))
    expected = [("II/2.2", "2.2. Nắm", True), ("III", "III. Đánh giá", True), ("IV", "IV. Phương hướng", False)]
    r = M.draft_metrics(d, CUR, expected_sections=expected)
    m = r["metrics"]
    assert m["section_coverage"] == round(2 / 3, 4) and m["section_text_coverage"] == 0.5
    assert r["details"]["sections_missing"] == ["IV. Phương hướng"]
    assert r["details"]["sections_emptied"] == ["III. Đánh giá"]


def test_sentence_length_and_aggregate():
    s = M.sentence_stats(["Một hai ba bốn. Năm sáu bảy tám chín mười.", "Mười một mười hai."])
    assert s["sentences"] == 3 and s["sentence_words_mean"] == round((4 + 6 + 4) / 3, 1)
    agg = M.aggregate([{"numbers_figures": 4, "numbers_good": 4}, {"numbers_figures": 6, "numbers_good": 3}])
    assert agg["numeric_precision"] == 0.7


def test_model_usage_from_llm_provenance():
    d = draft(para("Có 40 lượt.", [("40", "supported", "NB-02")]), para("Đoạn hai.", []))
    d.sections[0].provenance.update(engine="llm", model="m", prompt={"name": "section_draft", "version": 2},
                                    fallback_paragraphs=1, repair_rounds=2, llm_calls=3)
    r = M.draft_metrics(d, CUR)
    m = r["metrics"]
    assert (m["model_paragraph_share"], m["fallback_paragraphs"], m["repair_rounds"], m["llm_calls"]) == (0.5, 1, 2, 3)
    assert r["sections"][0]["version"] == {"engine": "llm", "model": "m", "prompt": "section_draft.v2"}
    assert M.draft_metrics(draft(para("x", [])), CUR)["metrics"]["model_paragraph_share"] is None   # offline
