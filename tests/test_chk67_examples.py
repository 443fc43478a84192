"""Checker round 67 (chk67, issue 13): one case cited as an example after the period's count of cases (``bắt 6 vụ``, then
``Điển hình là: …`` or ``* Ngày 19-3, … bắt quả tang …``) — its suspects, drugs and items are no figures of the period
(``recognisers.examplecase``, asked through ``incidents.incident_particulars``). Two real sources:
c49-qdnd-bien-phong-bat-6-vu-ma-tuy and c34-baosuckhoecongdong-ma-tuy-2019. Negatives: the period's counts themselves,
a paragraph that opens on ``Cụ thể,`` and counts cases (xh-lang-son-…-2023-9t, f31-plo-…-tet-2024), a page that leads
with one case and counts the period's cases only after it (p27-hatinh24h-danhbac-none), a one-seizure page that counts
no cases (c49-giadinh-bdbp-quang-tri-12000-vien). Checked against the one-row table holding none of a page's figures.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from service.checker import check_text
from tests.sweep_tables import flagged, page, within

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _nfc(text):
    return unicodedata.normalize("NFC", text)


def _on_page(slug, fragment, figures):
    return [(t, v) for t, v, _ in within(_nfc(page(slug)), figures, _nfc(fragment))]


def _flags(text, fragment, figures):
    return [t for t, v, _ in within(_nfc(text), figures, _nfc(fragment)) if flagged(v)]


# ---------------------------------------------------------------- first source: qdnd, border guards

def test_the_example_after_the_count_is_no_figure(dummy):
    got = _on_page("c49-qdnd-bien-phong-bat-6-vu-ma-tuy",
                   "phát hiện hai đối tượng giấu trong cốp xe 120 gam hê-rô-in và 5 viên hồng phiến", dummy)
    assert [t for t, _ in got] == ["hai", "120 gam", "5"]
    assert all(v == "not_a_figure" for _, v in got)


def test_a_dated_case_caught_in_the_act_is_no_figure(dummy):
    got = _on_page("c49-qdnd-bien-phong-bat-6-vu-ma-tuy", "đang vận chuyển 150 gam hê-rô-in", dummy)
    assert got == [("150 gam", "not_a_figure")]


def test_the_period_count_itself_stays_checked(dummy):
    got = _on_page("c49-qdnd-bien-phong-bat-6-vu-ma-tuy", "đã bắt 6 vụ, thu gần 400 gam hê-rô-in", dummy)
    assert [t for t, v in got if flagged(v)] == ["6", "400 gam"]


# ---------------------------------------------------------------- second source: suckhoecongdong, a year's drug cases

def test_second_source_a_dated_case_with_a_named_suspect(dummy):
    got = _on_page("c34-baosuckhoecongdong-ma-tuy-2019", "với 60 bánh heroin có tổng trọng lượng 21kg", dummy)
    assert got == [("60", "not_a_figure"), ("21kg", "not_a_figure")]


def test_second_source_the_years_count_stays_checked(dummy):
    assert _flags(page("c34-baosuckhoecongdong-ma-tuy-2019"), "bắt giữ 86 vụ, 283 đối tượng; thu giữ 612,5kg",
                  dummy) == ["86", "283", "612,5kg"]


# ---------------------------------------------------------------- negatives

def test_a_breakdown_opening_on_cu_the_that_counts_cases_stays_checked(dummy):
    src = (HELDOUT / "xh-lang-son-bo-doi-bien-phong-chong-buon-lau-2023-9t" / "source.txt").read_text(encoding="utf-8")
    assert _flags(src, "xử phạt vi phạm hành chính 13 vụ và 37 đối tượng", dummy) == ["13", "37"]
    assert _flags(page("f31-plo-cao-diem-tan-cong-toi-pham-tet-2024"), "khám phá 1.587 vụ", dummy) == ["1.587"]


def test_a_page_leading_with_one_case_keeps_its_particulars(dummy):
    # the period's count (``từ đầu năm đến nay, đơn vị đã bắt 11 vụ``) comes after the case: the case is the subject
    assert _flags(page("p27-hatinh24h-danhbac-none"), "bắt quả tang 5 đối tượng", dummy) == ["5"]
    assert _flags(page("p27-hatinh24h-danhbac-none"), "thu giữ 21,5 triệu đồng và 5 điện thoại", dummy) \
        == ["21,5 triệu đồng", "5"]


def test_a_one_seizure_page_counting_no_cases_keeps_its_particulars(dummy):
    text = _nfc(page("c49-giadinh-bdbp-quang-tri-12000-vien"))
    assert any(flagged(c.verdict) for c in check_text(text, dummy).numbers if "12.000" in c.text)
