"""Template round 76 (issue 14): stop 58's final batches' extras (evaluations/sweep/template-round76.md).

- ``earlier.same_measure``: the currency of last year's amount compared in any case (``71.530 USD`` under ``25,94
  triệu USD``) — xs-toan-quoc-tong-cuc-hai-quan-xuat-khau-gao-bangladesh-2021-4t;
- ``statements._YEAR_OF_FROM``: ``từ 11,18% hồi quý II/2019 xuống còn 9,32%`` (xs-…-viettel-post-…-2020-q2), ``từ 50,08
  ở thời điểm đầu năm xuống còn 42,74%`` (yd-tuyen-quang-na-hang-…-2016: undone by round 77, the hand keeps a row);
- ``aspecttimes.multiple_other_aspect``: ``tăng 3,5 lần về lượng và 2,2 lần về giá trị`` (xs-binh-thuan-…-thanh-long);
- ``memberbound``: ``Các tỉnh có tỷ lệ tốt nghiệp cao trên 99% … như Thái Bình``, ``Hà Nội, Hải Phòng … đều đạt tỷ lệ
  tốt nghiệp trên 98%`` (xr-toan-quoc-bo-gddt-…-2018), sweep p36-chomoi-cutri-12h30-2021-05, d4-plo-xuatkhau-chauphi-2011;
- ``reversedfrom.start_said_after``: ``tăng lên 65% từ 61%`` (xs-toan-quoc-vasep-xuat-khau-tom-2017-9t), ``giảm 45% về
  còn gần 103 tỷ đồng từ mức 243 tỷ đồng`` (sweep c24-vietnamdaily-vcp-dieu-chinh-ke-hoach-2020).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"
SWEEP = ROOT / "evaluations" / "sweep" / "pages"


def _template(tmp_path, text: str, period: str | None = None):
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return build_template(f, period=period)


def _values(rows) -> set:
    return {r.value for r in rows}


def _derived(rows) -> set:
    return {d.value for r in rows for d in r.derived}


# ------------------------------------------------------------------ last year's amount in another currency's case

def test_last_year_usd_amount_is_the_value_row_s_base():
    tpl = build_template(HELD / "xs-toan-quoc-tong-cuc-hai-quan-xuat-khau-gao-bangladesh-2021-4t" / "source.txt")
    assert Decimal(71530) not in _values(tpl.rows)               # the hand's «Cùng kỳ 4 tháng 2020» cell, not a row
    row = next(r for r in tpl.rows if r.value == Decimal("25940000.00"))
    assert Decimal(71530) in {d.value for d in row.derived}
    assert Decimal(146) not in _values(tpl.rows)                 # its tonnage, as before


def test_last_year_dong_amount_still_read(tmp_path):
    # the same grammar in đồng (the unit the comparison always matched)
    tpl = _template(tmp_path, "Tin tức\n\nTrong 6 tháng đầu năm 2019, toàn huyện thu ngân sách đạt 25,9 tỷ đồng. Cùng kỳ "
                              "năm trước, thu ngân sách chỉ đạt 20,1 tỷ đồng.", period="2019-H1")
    assert Decimal("20100000000") not in _values(tpl.rows)


# ------------------------------------------------------------------ a movement's start dated by a quarter or the year's start

def test_rate_from_quarter_of_last_year(tmp_path):
    tpl = _template(tmp_path, "Tin tức\n\nTrong quý II/2020, doanh thu của Viettel Post đạt 4.337 tỷ đồng. Tỷ suất lợi "
                              "nhuận gộp cũng giảm nhẹ từ 11,18% hồi quý II/2019 xuống còn 9,32% ở quý này.",
                    period="2020-Q2")
    assert Decimal("11.18") not in _values(tpl.rows)
    assert Decimal("9.32") in _values(tpl.rows) and Decimal("11.18") in _derived(tpl.rows)


def test_rate_from_the_year_s_start(tmp_path):
    # round 77: the hand keeps the year's opening rate as a row («thời điểm đầu năm 2016» 50,08): a start dated with
    # no year of its own is the period's opening value, no earlier period's (tests/test_tpl77.py)
    tpl = _template(tmp_path, "Tin tức\n\nNhờ làm tốt công tác lao động, việc làm nên đã góp phần giàm tỷ lệ hộ nghèo "
                              "toàn huyện từ 50,08 ở thời điểm đầu năm xuống còn 42,74% vào cuối năm 2016.",
                    period="2016")
    assert Decimal("50.08") in _values(tpl.rows)
    assert Decimal("42.74") in _values(tpl.rows)


# ------------------------------------------------------------------ the second multiple of an aspect pair

def test_thanh_long_second_multiple_is_no_row():
    tpl = build_template(HELD / "xs-binh-thuan-so-cong-thuong-xuat-khau-thanh-long-2013-4t" / "source.txt")
    assert not [r for r in tpl.rows if r.unit == "lần"]
    assert {Decimal("3.5"), Decimal("2.2")} <= _derived(tpl.rows)


def test_aspect_multiples_in_a_sentence_with_rows(tmp_path):
    # the gạo page's level sentence and its multiples' sentence said as one (on the page the multiples stand in a
    # paragraph of their own, after a caption that made the first a row: left, see aspecttimes' docstring)
    tpl = _template(tmp_path, "Tin tức\n\nTrong 4 tháng đầu năm 2021, xuất khẩu gạo sang Bangladesh đạt 42.875 tấn, trị "
                              "giá 25,94 triệu USD, tăng gần 300 lần về lượng và hơn 360 lần về giá trị so với cùng kỳ.",
                    period="2021-4T")
    assert {Decimal(42875), Decimal("25940000.00")} <= _values(tpl.rows)
    assert not {Decimal(300), Decimal(360)} & _values(tpl.rows)


# ------------------------------------------------------------------ a bound that members named or grouped reached

def test_group_bound_with_members_named_after(tmp_path):
    tpl = _template(tmp_path, "Tin tức\n\nTỷ lệ tốt nghiệp chung toàn quốc đạt 97,57%. Các tỉnh có tỷ lệ tốt nghiệp cao "
                              "trên 99% có truyền thống dạy tốt học tốt như Thái Bình, Nam Định, Hà Nam, Long An, Vĩnh "
                              "Long, Bắc Ninh.", period="2018")
    assert _values(tpl.rows) == {Decimal("97.57")}
    tpl = _template(tmp_path, "Tin tức\n\nTỷ lệ cử tri đi bầu toàn huyện đạt 99,5%. Trong đó, các xã đạt tỷ lệ người dân "
                              "đi bầu cao hơn 90% là: Tấn Mỹ, Mỹ An.", period="2021-05")
    assert _values(tpl.rows) == {Decimal("99.5")}


def test_bound_each_member_reached(tmp_path):
    tpl = _template(tmp_path, "Tin tức\n\nTỷ lệ tốt nghiệp chung toàn quốc đạt 97,57%. TP.Hà Nội, Hải Phòng có số lượng "
                              "dự thi cao đều đạt tỷ lệ tốt nghiệp trên 98%.", period="2018")
    assert _values(tpl.rows) == {Decimal("97.57")}
    tpl = _template(tmp_path, "Tin tức\n\nKim ngạch xuất khẩu sang châu Phi tăng 20%. Một số thị trường khác ở khu vực "
                              "này như Ai Cập, Algeria, Senegal, Cote d'Ivoire đều có mức tăng trưởng cao trên 40%.",
                    period="2011")
    assert Decimal(40) not in _values(tpl.rows)


def test_group_bound_negatives(tmp_path):
    # the place of a rate, no member named after it, no "đều": the hand's row (v-dak-song-nong-thon-moi-2019)
    tpl = _template(tmp_path, "Tin tức\n\nTỷ lệ người dân tham gia bảo hiểm y tế tại xã Thuận Hạnh năm 2019 đạt 87,7%, "
                              "mức độ hài lòng của người dân tại các xã đạt trên 90%.", period="2019")
    assert Decimal(90) in _values(tpl.rows)
    # a share of something counted after the rate (xf-long-an-kien-tuong-hoi-lhpn-…: the hand's row)
    tpl = _template(tmp_path, "Tin tức\n\nKết quả thực hiện các tiêu chí có trên 95% hộ gia đình đạt 8 tiêu chí gia "
                              "đình “5 không 3 sạch”.", period="2020")
    assert Decimal(95) in _values(tpl.rows)


def test_bo_gddt_thresholds_are_no_rows():
    tpl = build_template(HELD / "xr-toan-quoc-bo-gddt-ty-le-tot-nghiep-thpt-2018" / "source.txt")
    assert not {Decimal(99), Decimal(98)} & _values(tpl.rows)
    assert {Decimal("97.57"), Decimal("98.36"), Decimal("88.37")} <= _values(tpl.rows)


# ------------------------------------------------------------------ a movement said end first

def test_shares_moved_end_first():
    tpl = build_template(HELD / "xs-toan-quoc-vasep-xuat-khau-tom-2017-9t" / "source.txt")
    assert not {Decimal(61), Decimal(8), Decimal(31)} & _values(tpl.rows)
    assert {Decimal(65), Decimal(24), Decimal(11)} <= _values(tpl.rows)
    assert sorted(r.value for r in tpl.rows if r.value in (Decimal(65), Decimal(24), Decimal(11))) == \
        [Decimal(11), Decimal(24), Decimal(65)]                  # each once: the end said again is the share's row


def test_amount_moved_end_first_second_source():
    tpl = build_template(SWEEP / "c24-vietnamdaily-vcp-dieu-chinh-ke-hoach-2020.txt")
    row = next(r for r in tpl.rows if r.value == Decimal("103000000000"))
    assert Decimal("243000000000") in {d.value for d in row.derived}
    assert Decimal("243000000000") not in _values(tpl.rows)
