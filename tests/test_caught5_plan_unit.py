"""Caught round 5 (helper caught5, issue 13): a row whose unit says a rate of the plan (``% KH``, ``% kế hoạch``,
``% dự toán``) keeps that rate (evaluations/sweep/caught-round5.md).

``Gieo cấy lúa | % KH | 100`` (yc-bac-kan-bach-thong-xa-vi-huong-hdnd-2019): the loader read ``% KH`` as ``%`` and
the plan was lost, so ``gieo cấy lúa thực hiện đạt 130% KH`` was a rate of a plan the table does not hold
(unverified, no alarm). The unit now says it in the label, as a column of that title does (``Gieo cấy lúa: tỷ lệ % so
kế hoạch``), unless the label says it already (yc-gia-lai-kbang-…: ``Tổng thu ngân sách so với chỉ tiêu tỉnh giao``).
"""

from __future__ import annotations

from tests.sweep_tables import HELDOUT, checks, csv_table, heldout, nfc

VIHUONG = "yc-bac-kan-bach-thong-xa-vi-huong-hdnd-2019"
KBANG = "yc-gia-lai-kbang-tong-ket-kinh-te-xa-hoi-2020"


def sheet(tmp_path, case, period):
    return csv_table(tmp_path, (HELDOUT / case / "figures.csv").read_text(encoding="utf-8"), period)


def test_the_plan_unit_is_said_in_the_label(tmp_path):
    labels = {f.chi_tieu: f.don_vi_tinh for f in sheet(tmp_path, KBANG, "2020")}
    assert labels["Tổng diện tích gieo trồng: tỷ lệ % so kế hoạch"] == "%"
    assert labels["Tổng thu ngân sách so với chỉ tiêu tỉnh giao"] == "%"      # says it already: as typed
    assert labels["Tốc độ tăng giá trị sản xuất"] == "%"                      # a plain per cent: untouched
    labels = {f.chi_tieu for f in sheet(tmp_path, VIHUONG, "2019")}
    assert {"Gieo cấy lúa: tỷ lệ % so kế hoạch", "Cây màu: tỷ lệ % so kế hoạch",
            "Thu ngân sách: tỷ lệ % so kế hoạch"} <= labels


def test_a_rate_of_the_plan_against_a_row_kept_in_a_plan_unit(tmp_path):
    table = sheet(tmp_path, VIHUONG, "2019")
    text = nfc(heldout(VIHUONG))
    for right, wrong in (("gieo cấy lúa thực hiện đạt 100% KH", "gieo cấy lúa thực hiện đạt 130% KH"),
                         ("thu ngân sách đạt 101,5% KH", "thu ngân sách đạt 701,5% KH")):
        assert right in text
        pos = text.index(right) + right.index("đạt ") + 4
        got = next(n for n in checks(text, table, "2019") if n.start == pos)
        assert got.verdict == "supported", (right, got.verdict, got.reason)
        bad = text.replace(right, wrong)
        got = next(n for n in checks(bad, table, "2019") if n.start == pos)
        assert got.verdict == "unsupported", (wrong, got.verdict, got.reason)
