"""Caught round 10 (helper caught10, issue 13): a rate whose base, named right after it, is the base its row's kept
rate names (in other words) is that row's — the kept rate proves or refutes it, no «chưa kiểm được»
(evaluations/sweep/caught-round10.md, ``service/checker/keptbase.py``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from service.checker.check import check_text
from service.checker.keptbase import same_kept_base

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"


def _at(text: str) -> int:
    return text.index("%") + 1


@pytest.mark.parametrize("said, label", [
    # zx NHCSXH 2025: the end of last year, said by its day in the sheet
    ("tăng 9,3% so với cuối năm 2024. Trong đó", "Tổng nguồn vốn tín dụng chính sách: tốc độ tăng so với 31/12/2024"),
    # zr cà phê 2018: last year's same half month, a part of last year's same period
    ("giảm 24,0% so với 15 ngày đầu tháng 9/2017. Lũy kế từ đầu năm",
     "Giá xuất khẩu bình quân: tốc độ tăng so với cùng kỳ năm 2017"),
    # the start of a year is the end of the year before
    ("tăng 15,68% so với đầu năm 2022 (hoàn thành", "Tổng dư nợ: tốc độ tăng so với 31/12/2021"),
])
def test_the_same_base_in_other_words(said, label):
    assert same_kept_base(said, _at(said), label)


@pytest.mark.parametrize("said, label", [
    ("giảm 5,2% so với 15 ngày đầu tháng 8/2018 và", "Giá xuất khẩu bình quân: tốc độ tăng so với cùng kỳ năm 2017"),
    ("tăng 9,3% so với cuối năm 2023.", "Tổng nguồn vốn tín dụng chính sách: tốc độ tăng so với 31/12/2024"),
    ("tăng 9,3% so với cuối năm 2024.", "Tổng nguồn vốn: tốc độ tăng so với cùng kỳ năm 2024"),   # an end, a period
    ("tăng 2,9% so với tháng trước và", "Tổng mức bán lẻ: so với cùng kỳ"),                       # no year at all
    ("tăng 2,9%, cao nhất từ năm 2015", "Tổng mức bán lẻ: so với cùng kỳ năm 2015"),               # no base after it
])
def test_another_base_or_none(said, label):
    assert not same_kept_base(said, _at(said), label)


@lru_cache(maxsize=None)
def _case(slug: str):
    from evaluations.checker_accuracy import load_real_table
    from evaluations.real import real_cases
    from service.checker.standing import from_case

    case = next(c for c in real_cases(HELDOUT) if c.slug == slug)
    table, _ = load_real_table(case)
    return case, table, {"standing": from_case(case.standing), "period": case.period_code}


def _verdict(slug: str, line: str, bad: str | None, number: str):
    case, table, kw = _case(slug)
    text = unicodedata.normalize("NFC", case.text)
    assert line in text, line
    if bad is not None:
        text, line = text.replace(line, bad, 1), bad
    s = text.index(line)
    got = [(n.verdict, n.reason or "") for n in check_text(text, table, **kw).numbers
           if s <= n.start < s + len(line) and n.text == number]
    assert got, (line, number)
    return got[0]


@pytest.mark.parametrize("slug, line, bad, number, kept", [
    ("zx-toan-quoc-nhcsxh-nguon-von-du-no-tin-dung-chinh-sach-2025-5t", "tăng 9,2% so với cuối năm 2024",
     "tăng 9,3% so với cuối năm 2024", "9,3%", "R-4-TL"),
    ("zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09", "giảm 24,8% so với 15 ngày đầu tháng 9/2017",
     "giảm 24,0% so với 15 ngày đầu tháng 9/2017", "24,0%", "I.3-TL"),
])
def test_a_wrong_rate_against_its_kept_base_is_flagged(slug, line, bad, number, kept):
    right = number.replace("9,3", "9,2").replace("24,0", "24,8")
    assert _verdict(slug, line, None, right)[0] in ("supported", "derived")
    verdict, reason = _verdict(slug, line, bad, number)
    assert verdict == "unsupported" and kept in reason, reason


def test_another_base_of_the_same_row_stays_unproved():
    # zr: the change against the half month before is another base; the table keeps none of it
    verdict, reason = _verdict("zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09",
                               "giảm 5,2% so với 15 ngày đầu tháng 8/2018", None, "5,2%")
    assert verdict == "unverified", reason
