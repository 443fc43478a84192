"""Caught round 8 (helper caught8, issue 13): a value whose subject is a row's whole label, written out, is that
row's (``service/checker/labelsaid.py``; evaluations/sweep/caught-round8.md).

``sản lượng sản xuất ô tô 6 tháng đạt 978.238 xe`` (the motorbikes' value, d8 Vĩnh Phúc) and ``Tổng Quỹ HTND toàn
tỉnh trên 4,4 tỷ đồng`` (the communes' fund, d8 Hải Dương) passed: the value is a row's of the same unit.
"""

from __future__ import annotations

import pytest

from service.checker.labelsaid import names_label
from tests.test_caught8_own_index import HELDOUT, SWEEP, _flagged, _verdicts


@pytest.mark.parametrize("slug, line, bad, wrong", [
    ("d8-dangcongsan-vinhphuc-grdp-6t-2018", "sản lượng sản xuất ô tô 6 tháng đạt 30.925 xe",
     "sản lượng sản xuất ô tô 6 tháng đạt 978.238 xe", "978.238"),
    ("d8-danviet-haiduong-quyhtnd-2013", "Tổng Quỹ HTND toàn tỉnh trên 32 tỷ đồng",
     "Tổng Quỹ HTND toàn tỉnh trên 4,4 tỷ đồng", "4,4 tỷ đồng"),
])
def test_a_value_after_a_rows_whole_label_is_that_rows(slug, line, bad, wrong):
    assert not _flagged(_verdicts(SWEEP, slug, line))
    got = _verdicts(SWEEP, slug, line, bad)
    assert _flagged(got) == [wrong], got
    why = next(r for t, v, r in got if t == wrong)
    # the label-said reason, or the attribution's naming the row the words are about (both point at that row)
    assert "lời ngay trước nó là tên chỉ tiêu đó" in why or why.startswith("Câu này nói về "), got


@pytest.mark.parametrize("slug, line", [
    # the same indicator of another period: the ten months' value after the label the month's row also holds
    ("yh-toan-quoc-tong-cuc-thong-ke-san-luong-thuy-san-2021-10",
     "Sản lượng thủy sản nuôi trồng đạt 3.812,2 nghìn tấn, giảm 0,8%; sản lượng thủy sản khai thác đạt 3.363,2 nghìn tấn"),
    # a bracket's part after its whole's label (za Tuyên Quang)
    ("za-tuyen-quang-none-dai-ptth-2020", "390 chương trình truyền hình trực tiếp (366 chương trình thời sự trực tiếp"),
    # a label of two words names too much (q Lâm Hà «Diện tích»)
    ("q-lam-ha-qlrph-2020", "102.294 m2"),
])
def test_labels_of_another_period_a_bracket_or_two_words_stand(slug, line):
    got = _verdicts(HELDOUT, slug, line)
    assert got and not _flagged(got), got


@pytest.mark.parametrize("subject, label, names", [
    ("san luong san xuat o to 6 thang dat", "san luong san xuat o to", True),
    ("tong quy htnd toan tinh", "tong quy htnd toan tinh", True),
    ("trong do san luong san xuat o to xuat khau", "san luong san xuat o to", False),   # more words: another row
    ("san luong thit lon hoi xuat chuong giam", "san luong thit lon hoi xuat chuong", False),  # a change, not a level
])
def test_names_label_at_the_subjects_end(subject, label, names):
    assert names_label(subject, label) is names
