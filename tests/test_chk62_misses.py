"""Checker round 62 (chk62, issue 13): planted errors that passed on the final batch ``xg-*``.

- An amount per item (``mỗi giải trị giá 50 triệu đồng``) against a table that keeps the amount per item — by its
  typed unit (``triệu đồng/giải``, xg-toan-quoc-lien-hiep-hoi-khkt; the loader keeps ``đồng`` and now what it is per in
  ``Figure.per_unit``) or by its section (``II. Mức khen thưởng mỗi học sinh``, xf-quang-nam-so-gddt): a wrong one was
  set aside as "per-unit"; now checked. Negative: a table keeping no amount per unit still sets it aside (zk-nghe-an).
- A plan share in brackets (``(99,7% kế hoạch năm)``) where the loader keeps the column ``% kế hoạch năm`` as rows
  ``…: % kế hoạch năm`` (xg-hai-phong-ctcp-cap-nuoc, zx-toan-quoc-tap-doan-tkv): a wrong one was unverified.
"""

from __future__ import annotations

from service.figures.load import load_table
from tests.sweep_tables import case_line_verdicts, real_case

_KHKT = "xg-toan-quoc-lien-hiep-hoi-khkt-hoi-thi-sang-tao-2018-2019"
_QNAM = "xf-quang-nam-so-gddt-hoc-sinh-gioi-quoc-gia-2023-2024"
_ZK = "zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01"
_HP = "xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020"
_TKV = "zx-toan-quoc-tap-doan-tkv-san-xuat-kinh-doanh-2017-h1"


def _verdicts(slug, line, bad=None):
    return [(t, v) for t, v, _ in case_line_verdicts(slug, line, bad)]


# ---------------------------------------------------------------- amounts per item

_PRIZES = "6 giải nhất, mỗi giải trị giá 50 triệu đồng; 12 giải nhì, mỗi giải trị giá 40 triệu đồng"


def test_the_loader_keeps_what_a_money_row_is_per():
    _, table, _ = real_case(_KHKT)
    assert table.get("4").don_vi_tinh == "đồng" and table.get("4").per_unit == "giải"
    assert table.get("3.1").per_unit == ""                 # a count: nothing per
    _, zk, _ = real_case(_ZK)
    assert all(f.per_unit == "" for f in zk)                # totals in đồng


def test_amounts_per_prize_as_written_stay_supported():
    got = dict(_verdicts(_KHKT, _PRIZES))
    assert got["50 triệu đồng"] == "supported" and got["40 triệu đồng"] == "supported"


def test_a_wrong_amount_per_prize_is_caught():
    got = dict(_verdicts(_KHKT, _PRIZES, _PRIZES.replace("50 triệu", "60 triệu")))
    assert got["60 triệu đồng"] == "unsupported"
    got = dict(_verdicts(_KHKT, _PRIZES, _PRIZES.replace("40 triệu", "40 tỷ")))
    assert got["40 tỷ đồng"] == "unsupported"


_REWARD = "thưởng mỗi học sinh đoạt giải Nhất 5 triệu đồng, giải Nhì 3 triệu"


def test_amounts_per_pupil_under_a_section_saying_each():
    assert dict(_verdicts(_QNAM, _REWARD))["5 triệu đồng"] == "supported"
    got = dict(_verdicts(_QNAM, _REWARD, _REWARD.replace("Nhất 5 triệu", "Nhất 6 triệu")))
    assert got["6 triệu đồng"] == "unsupported"


def test_no_amount_per_unit_kept_still_sets_it_aside():
    line = "mỗi suất trị giá 850.000 đồng"
    assert _verdicts(_ZK, line) == [("850.000 đồng", "not_a_figure")]
    assert _verdicts(_ZK, line, "mỗi suất trị giá 950.000 đồng") == [("950.000 đồng", "not_a_figure")]


def test_a_total_row_in_dong_keeps_no_per_unit(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Tổng kinh phí,triệu đồng,500\n"
                    "2,Mức hỗ trợ,nghìn đồng/người,300\n3,Số người được hỗ trợ,người,20\n", encoding="utf-8")
    t = load_table(path)
    assert (t.get("1").per_unit, t.get("2").per_unit, t.get("3").per_unit) == ("", "người", "")


# ---------------------------------------------------------------- plan shares kept as "% kế hoạch" column rows

_HP_LINE = "đạt 876,9 tỷ đồng (99,7% kế hoạch năm), lợi nhuận trước thuế đạt 102,6 tỷ đồng (bằng 105,9% kế hoạch năm)"


def test_plan_shares_as_written_stay_supported():
    got = dict(_verdicts(_HP, _HP_LINE))
    assert got["99,7%"] == "supported" and got["105,9%"] == "supported"


def test_a_wrong_plan_share_is_caught_both_sources():
    got = dict(_verdicts(_HP, _HP_LINE, _HP_LINE.replace("(99,7%", "(69,7%").replace("105,9%", "125,9%")))
    assert got["69,7%"] == "unsupported" and got["125,9%"] == "unsupported"
    line = "đạt 51,1% kế hoạch năm, bằng 113% so với cùng kỳ 2016"
    assert dict(_verdicts(_TKV, line))["51,1%"] == "supported"
    got = dict(_verdicts(_TKV, line, line.replace("51,1%", "57,1%")))
    assert got["57,1%"] == "unsupported" and got["113%"] == "supported"   # the other rate untouched
