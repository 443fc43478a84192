"""Caught round 5 (helper caught5, issue 13): a name made of a word and a number (``khối 11``, ``lớp 5``) picks its row
out of rows the same but for that number (evaluations/sweep/caught-round5.md).

``thuộc 7 lớp khối 10, 6 lớp khối 11 và 5 lớp khối 12`` (d5-tinbong247-…): ``5 lớp khối 11`` had passed as ``Số lớp
khối 12`` = 5; ``tỷ lệ học sinh lớp 5 hoàn thành chương trình giáo dục tiểu học đạt 99,99%`` (zt-khanh-hoa-so-gddt-…):
``đạt 99,18%`` had passed as the rate of ``lớp 1 đến lớp 4`` (``named._label_number_pass``).
"""

from __future__ import annotations

from tests.sweep_tables import HELDOUT, ROOT, checks, csv_table, heldout, nfc, page

from service.checker.named import _label_numbers

CLASSES = "d5-tinbong247-dtnt-namhoc-2014-2015"
PRIMARY = "zt-khanh-hoa-so-gddt-hoan-thanh-chuong-trinh-tieu-hoc-2021-2022"


def at(text, table, period, needle, offset=0):
    pos = text.index(needle) + offset
    return next(n for n in checks(text, table, period) if n.start == pos)


def test_the_numbers_a_name_carries():
    assert _label_numbers("so lop khoi 12") == {"khoi": {"12"}}
    assert _label_numbers("ty le hoc sinh lop 1 den lop 4 hoan thanh") == {"lop": {"1", "4"}}
    # words of time and order are the period passes': no name
    assert _label_numbers("thang 6 nam 2020 quy ii lan 2") == {}
    # (a level of a standard names its row since caught round 6: tests/test_caught6_level_age.py)


def test_a_class_year_picks_its_row(tmp_path):
    d = ROOT / "evaluations" / "sweep" / "caught5" / CLASSES
    table = csv_table(tmp_path, (d / "figures.csv").read_text(encoding="utf-8"), "2014-2015")
    text = nfc(page(CLASSES))
    line = "thuộc 7 lớp khối 10, 6 lớp khối 11 và 5 lớp khối 12"
    assert line in text
    for needle in ("7 lớp khối 10", "6 lớp khối 11", "5 lớp khối 12"):
        assert at(text, table, "2014-2015", needle).verdict == "supported", needle
    for old, new, row in (("6 lớp khối 11", "5 lớp khối 11", "Số lớp khối 11"),      # khối 12's value
                          ("5 lớp khối 12", "7 lớp khối 12", "Số lớp khối 12")):     # khối 10's value
        got = at(text.replace(old, new), table, "2014-2015", new)
        assert got.verdict == "unsupported" and row in got.reason, (new, got.verdict, got.reason)


def test_a_grades_rate_is_not_the_other_grades(tmp_path):
    table = csv_table(tmp_path, (HELDOUT / PRIMARY / "figures.csv").read_text(encoding="utf-8"), "2021-2022")
    text = nfc(heldout(PRIMARY))
    line = "tỷ lệ học sinh lớp 5 hoàn thành chương trình giáo dục tiểu học đạt 99,99%"
    assert line in text
    off = line.index("99,99")
    assert at(text, table, "2021-2022", line, off).verdict == "supported"
    assert at(text, table, "2021-2022", "từ lớp 1 đến lớp 4 hoàn thành chương trình lớp học đạt 99,18%",
              len("từ lớp 1 đến lớp 4 hoàn thành chương trình lớp học đạt ")).verdict == "supported"
    bad = text.replace(line, line.replace("99,99%", "99,18%"))
    got = at(bad, table, "2021-2022", line.replace("99,99%", "99,18%"), off)
    assert got.verdict == "unsupported" and got.expected == "99,99%", (got.verdict, got.reason)
