"""Template round 70: rates the hand keeps as rows and the template as a row's derivation (issue #14).

Scorer (evaluations/template_accuracy.py):
- ``column_rates_derived``: a hand rate column (``B-4`` «VĂN PHÒNG CỤC THUẾ QUẢN LÝ: so dự toán năm» 84) whose derivation
  the template states on the row paired with another column of the same hand row (``B-LK``, the running total the
  page's ``lũy kế … đạt 4.652,3 tỷ đồng, bằng 84% dự toán năm`` gives) — zm-lam-dong-cuc-thue, yl-thanh-hoa-so-vhttdl.
- ``headed_rates_derived``: a hand rate row naming what it measures before what it is measured against (``Tỷ lệ thu thuế
  nội địa so dự toán năm``; ``Tỷ lệ án bị hủy trên tổng số án được giải quyết``) — xm-binh-dinh-cuc-thue,
  yr-binh-phuoc-tand.
Negatives: a rate the template hung on another measure's row stays missed (xm-binh-dinh's ``Thu từ DN Nhà nước Trung
ương: tăng so cùng kỳ`` 40,2 held on «11 khoản thu»; xe-thai-nguyen-ctcp-tng's «Chi phí tài chính» on «Doanh thu hoạt
động tài chính»).

Template (service/onboarding/ratehead.py, used by ``rates.rate_of_rows``): a named rate whose head word neither row of
the quotient counts is a row (xc-nam-dinh ``tỷ lệ khỏi bệnh đạt khoảng 62%``, zr-…-xa-long-hai ``Tỷ lệ giải quyết tin
báo, tố giác tội phạm đạt trên 80%``); v-soc-trang-tu-phap's ``tỷ lệ hòa giải thành đạt 82,4%`` stays the derivation of
``hòa giải thành 1.310 vụ việc``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace as NS

from evaluations.template_accuracy import column_rates_derived, headed_rates_derived, run_source
from service.onboarding.ratehead import head_said, name_head
from service.onboarding.template import build_template

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _run(slug: str):
    d = HELDOUT / slug
    return run_source(slug, d / "source.txt", d / "figures.csv", True)


def _rows(slug: str):
    return build_template(HELDOUT / slug / "source.txt").rows


def test_rate_column_found_on_the_running_total_of_its_row():
    res = _run("zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08")
    for code in ("B-4 ", "B.1-4 ", "B.2-4 ", "C-4 ", "C.1-4 "):
        assert not any(code in m for m in res.missed), code
    res = _run("yl-thanh-hoa-so-vhttdl-kinh-doanh-du-lich-2022-9t")
    assert not any(m.startswith(("(as derived) 1-2 ", "(as derived) 2-2 ")) for m in res.missed)


def test_rate_row_naming_its_measure_before_its_comparison():
    res = _run("xm-binh-dinh-cuc-thue-thu-thue-noi-dia-2021-9t")
    assert not any("Tỷ lệ thu thuế nội địa" in m for m in res.missed)
    # a rate of another measure hung on «11 khoản thu»: still missed
    assert any("Thu từ DN Nhà nước Trung ương" in m for m in res.missed)
    res = _run("yr-binh-phuoc-tand-tinh-tong-ket-giai-quyet-an-2011")
    assert not any("Tỷ lệ án bị hủy" in m or "Tỷ lệ án bị sửa" in m for m in res.missed)


def test_a_rate_of_another_measure_is_still_not_counted():
    res = _run("xe-thai-nguyen-ctcp-tng-ket-qua-kinh-doanh-2019-q2")
    assert any("Chi phí tài chính" in m for m in res.missed)


def test_the_scorer_rules_on_their_own():
    own = NS(ma="B", chi_tieu="Văn phòng Cục Thuế", don_vi_tinh="tỷ đồng", ky_bao_cao=Decimal(489))
    running = NS(ma="B-LK", chi_tieu="Văn phòng Cục Thuế (từ đầu năm)", don_vi_tinh="tỷ đồng", ky_bao_cao=Decimal(4652))
    rate = NS(ma="B-4", chi_tieu="Văn phòng Cục Thuế: so dự toán năm", don_vi_tinh="%", ky_bao_cao=Decimal(84))
    other = NS(ma="BB-LK", chi_tieu="Văn phòng Cục Thuế khác", don_vi_tinh="tỷ đồng", ky_bao_cao=Decimal(1))
    row = NS(unit="tỷ đồng", derived=[NS(value=Decimal(84), how="tỷ lệ thực hiện so với kế hoạch", quote="84%")])
    ref = [own, running, rate, other]
    assert column_rates_derived(ref, [(running, row)], [rate]) == {id(rate)}
    assert column_rates_derived(ref, [(other, row)], [rate]) == set()        # «BB-LK» is no column of «B»
    base = NS(ma="1", chi_tieu="Thu thuế nội địa toàn tỉnh", don_vi_tinh="tỷ đồng", ky_bao_cao=Decimal(8654))
    named = NS(ma="2", chi_tieu="Tỷ lệ thu thuế nội địa so dự toán năm", don_vi_tinh="%", ky_bao_cao=Decimal("93.7"))
    cost = NS(ma="3", chi_tieu="Tỷ lệ chi thường xuyên so dự toán năm", don_vi_tinh="%", ky_bao_cao=Decimal("93.7"))
    row = NS(unit="tỷ đồng", derived=[NS(value=Decimal("93.7"), how="tỷ lệ thực hiện so với kế hoạch", quote="93,7%")])
    assert headed_rates_derived([base, named, cost], [(base, row)], [named, cost]) == {id(named)}
    assert headed_rates_derived([named, base], [(base, row)], [named]) == set()   # a rate stated before its row


def test_a_named_rate_nothing_on_the_page_counts_is_a_row():
    rows = _rows("xc-nam-dinh-nghia-hung-hoi-dong-y-huyen-kham-chua-benh-2016-h1")
    assert any(r.value == 62 and r.unit == "%" and "khỏi bệnh" in r.label for r in rows)
    assert not any(d.value == 62 for r in rows for d in r.derived)
    rows = _rows("zr-tp-ho-chi-minh-xa-long-hai-bcd-138-an-toan-giao-thong-2025")
    assert any(r.value == 80 and r.unit == "%" and "tin báo" in r.label for r in rows)


def test_a_named_rate_its_rows_count_stays_their_derivation():
    rows = _rows("v-soc-trang-tu-phap-2022-h1")
    part = next(r for r in rows if r.value == 1310)
    assert any(d.value == Decimal("82.4") for d in part.derived)
    assert not any(r.unit == "%" and r.value == Decimal("82.4") for r in rows)


def test_head_word():
    words = {"tỷ", "tỉ", "lệ", "số", "tổng", "đạt"}
    assert name_head("Tỷ lệ giải quyết tin báo, tố giác tội phạm", words) == "giải"
    assert not head_said("Tỷ lệ khỏi bệnh", words, "Số lượt bệnh nhân khám", "Số lượt bệnh nhân khám chữa bệnh")
    assert head_said("Tỷ lệ hòa giải thành", words, "Số vụ việc", "Số vụ việc hòa giải thành")
    assert head_said("Tỷ lệ", words, "Số vụ việc")

