"""Tidy 55: one bare-year recogniser (``recognisers/estimateverb.year_before_predicate``) read by the checker's
``classify.year`` and the template's ``bareyears``. A four-digit year before its clause's predicate — a verb of
estimating (``2016 ước đạt``) or of reaching, changing or being (``vụ đông 2020 đạt``) — is a year, not a count; a
count before its noun or after a verb of having stays a count. Real text from pages and held-out cases."""

import re
import unicodedata
from pathlib import Path

from service.checker.extract import extract_numbers
from service.onboarding.bareyears import bare_years_read

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
CASES = ROOT / "evaluations/cases/heldout"
VU_DONG = PAGES / "p24-danviet-vudong-2020.txt"
LUA_XUAN = PAGES / "d9-baonamdinh-luaxuan-2020.txt"
KBNN = CASES / "xj-toan-quoc-kbnn-kiem-soat-chi-2017-q1/source.txt"
THINH_SON = PAGES / "c18-doluong-thinhson-hnd-2018.txt"
KHANH_VINH = CASES / "yi-khanh-hoa-khanh-vinh-huyen-doan-tong-ket-cong-tac-doan-2015/source.txt"


def _sentence(path, words):
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    return next(s for s in re.split(r"(?<=\.)\s+|\n", text) if words in s)


def _kind(text, raw):
    return next(m.kind for m in extract_numbers(text) if m.raw == raw)


def test_a_year_before_a_verb_of_reaching_is_a_year_in_the_checker():
    # "Diện tích gieo trồng vụ đông 2020 đạt 375.000ha" (p24-danviet), "thóc vụ xuân 2020 đạt 503.258 tấn" (d9)
    assert _kind(_sentence(VU_DONG, "vụ đông 2020 đạt 375.000ha"), "2020") == "year"
    assert _kind(_sentence(LUA_XUAN, "vụ xuân 2020 đạt 503.258 tấn"), "2020") == "year"


def test_a_year_before_a_verb_of_estimating_is_a_year_in_both_readers():
    text = _sentence(KBNN, "lũy kế của 2016 ước đạt")
    assert _kind(text, "2016") == "year"
    assert not any(m.raw == "2016" and m.is_figure for m in bare_years_read(text, extract_numbers(text)))


def test_counts_before_their_noun_or_after_a_verb_of_having_stay_counts():
    # negatives: "có 2014 hội viên" (c18-doluong-thinhson), "lên 2004 đoàn viên" (yi-khanh-vinh)
    for path, words, raw in ((THINH_SON, "có 2014 hội viên", "2014"), (KHANH_VINH, "lên 2004 đoàn viên", "2004")):
        text = _sentence(path, words)
        assert _kind(text, raw) == "count"
        assert any(m.raw == raw and m.is_figure for m in bare_years_read(text, extract_numbers(text)))
