"""Template round 72: a count of ten or fewer programmes (``chương trình``, ``giải pháp``) whose paragraph already
counted the same noun as a row is a part of that total, a row like it (service/onboarding/partcounts.py, wrapping
``recognisers.programme``).  Sources: xo-binh-dinh-ubnd-tinh-khuyen-cong-dia-phuong-2017 (``20 chương trình, đề án``
then ``(3 chương trình, đề án …)``, ``(2 chương trình tuyên truyền …)``, ``(2 chương trình, gần 162,5 triệu
đồng)``), sweep p41-binhthuan-hoithi-stkt-2016-2017 (``128 giải pháp`` then ``Y tế có 05 giải pháp``, ``đã chọn 08
giải pháp``).  Negative: a programme count alone (sweep t6-binhdinh-mttq-2011: ``Sơ kết 2 cuộc vận động lớn``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"
PAGES = ROOT / "evaluations" / "sweep" / "pages"


def _counts(tpl, noun: str) -> list:
    return sorted(r.value for r in tpl.rows if r.unit and r.unit.startswith(noun))


def test_the_parts_of_twenty_programmes_are_rows():
    tpl = build_template(HELD / "xo-binh-dinh-ubnd-tinh-khuyen-cong-dia-phuong-2017" / "source.txt")
    assert _counts(tpl, "chương trình") == [Decimal(2), Decimal(2), Decimal(3), Decimal(20)]


def test_the_parts_of_128_solutions_are_rows():
    tpl = build_template(PAGES / "p41-binhthuan-hoithi-stkt-2016-2017.txt")
    got = _counts(tpl, "giải pháp")
    assert Decimal(5) in got and Decimal(8) in got and Decimal(128) in got


def test_a_programme_count_alone_stays_no_row():
    tpl = build_template(PAGES / "t6-binhdinh-mttq-2011.txt")
    assert Decimal(2) not in [r.value for r in tpl.rows if r.unit and r.unit.startswith("cuộc")]
