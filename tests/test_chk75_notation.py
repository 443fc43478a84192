"""Checker round 75 (chk75, issue 13): a number flagged for its notation keeps the flag when a later pass finds a
row it fits.

``listednoun`` (stop 54) proves an unsupported count whose noun lists the kinds one row's label lists. It took the
notation flag for "no row proved": a planted ``hơn 1.7 ngàn lượt hộ nghèo, cận nghèo …`` (q-cam-my-nhcsxh), ``khoảng
4.5 triệu lượt người dân và du khách`` (xe-…-le-hoi-song-nuoc) and ``hơn 2.6 triệu lượt người nghèo, người có hoàn
cảnh khó khăn`` (zw-…-tet-nhan-ai) passed as the row's value. Negatives: the same numbers written the Vietnamese way
stay their rows'; the rule's own sources (xj-da-nang ``67 sáng chế, giải pháp hữu ích và …``) keep
their proof.
"""

from __future__ import annotations

from types import SimpleNamespace

from service.checker.notationslip import notation_reason, notation_slip
from tests.sweep_tables import case_numbers as _numbers

CAM_MY = "q-cam-my-nhcsxh-2021-q1"
SONG_NUOC = "xe-tp-ho-chi-minh-so-du-lich-le-hoi-song-nuoc-2024-06"
NHAN_AI = "zw-toan-quoc-hoi-chu-thap-do-tet-nhan-ai-2023"
DA_NANG = "xj-da-nang-so-khcn-khen-thuong-cong-trinh-2021"


def _one(numbers, written):
    found = [n for n in numbers if n.text.strip() == written]
    assert len(found) == 1, [n.text for n in numbers]
    return found[0]


def test_planted_dot_in_a_listed_kinds_count_is_flagged():
    n = _one(_numbers(CAM_MY, "hơn 1,7 ngàn", "hơn 1.7 ngàn"), "1.7 ngàn")
    assert n.verdict == "unsupported" and notation_slip(n)


def test_second_source_listed_kinds_count_in_millions():
    n = _one(_numbers(NHAN_AI, "hơn 2,6 triệu", "hơn 2.6 triệu"), "2.6 triệu")
    assert n.verdict == "unsupported" and notation_slip(n)


def test_third_source_visitors_in_millions():
    n = _one(_numbers(SONG_NUOC, "khoảng 4,5 triệu", "khoảng 4.5 triệu"), "4.5 triệu")
    assert n.verdict == "unsupported" and notation_slip(n)


def test_negative_vietnamese_notation_stays_proved_by_the_listed_kinds():
    n = _one(_numbers(CAM_MY), "1,7 ngàn")
    assert n.verdict == "supported" and n.source["ma"] == "4.1"
    n = _one(_numbers(NHAN_AI), "2,6 triệu")
    assert n.verdict == "supported" and n.source["ma"] == "R-4"


def test_negative_the_rules_own_source_keeps_its_proof():
    found = [n for n in _numbers(DA_NANG) if n.text.strip() == "67"]   # the title's and the body's
    assert found and all(n.verdict == "supported" for n in found)
    assert any("tổng các loại đã kể" in (n.derivation or "") for n in found)


def test_notation_slip_reads_only_the_flag():
    flagged = SimpleNamespace(verdict="unsupported", reason=notation_reason(" 1.7 ngàn"))
    assert notation_slip(flagged) and flagged.reason.startswith("«1.7 ngàn» ")
    assert not notation_slip(SimpleNamespace(verdict="unsupported", reason="Câu này nói về 1.3 (Phá rừng) = 5 vụ"))
    assert not notation_slip(SimpleNamespace(verdict="supported", reason=None))
