"""Checker round 73 (chk73, issue 13): the whole of ``X/Y`` that the table keeps for ``X``'s row
(``service/checker/slashwhole.py``) — in the part's note (``trên tổng số 142``) or a share row's label (``Tỷ lệ hội
viên/người cao tuổi``). Sources: xh-lam-dong-hoi-nguoi-cao-tuoi-tinh-bao-tro-xa-hoi-2021-7t (``140/142 xã`` → ``140/342``
passed as the province's standing make-up) and xh-quang-nam-hoi-nguoi-cao-tuoi-tinh-tong-ket-2018 (``160.874/188.744
NCT (chiếm 85,2%)`` → ``188.754`` passed, the share rounding alike); second sources of the notations: the held-out
notes ``trên tổng số 216 trường``/``139 xã`` and ze-ha-noi-so-xay-dung-trat-tu-xay-dung-2019-9t's ``Tỷ lệ công trình vi
phạm / số công trình kiểm tra``. Negatives: the published texts stay proved; ``87.759/102.804 người`` (no whole kept
for the members) stays; a note without ``trên tổng số`` keeps no whole.
"""

from __future__ import annotations

from decimal import Decimal

from service.checker.match import TableIndex
from service.checker.slashwhole import kept_whole_value, noted_whole, share_named_whole
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, anchor_verdicts as _verdicts

LD = "xh-lam-dong-hoi-nguoi-cao-tuoi-tinh-bao-tro-xa-hoi-2021-7t"
QN = "xh-quang-nam-hoi-nguoi-cao-tuoi-tinh-tong-ket-2018"
ZE = "ze-ha-noi-so-xay-dung-trat-tu-xay-dung-2019-9t"


def _idx(case):
    return TableIndex(load_table(HELDOUT / case / "figures.csv"))


def test_noted_whole_published_and_changed():
    anchor = "87.759/102.804 người. Toàn tỉnh hiện cũng có 140/142 xã"
    got = _verdicts(LD, "2021-7T", anchor)
    assert got["142"] != "unsupported" and got["140"] == "supported" and got["102.804"] == "supported"
    got = _verdicts(LD, "2021-7T", anchor, "140/142", "140/342")
    assert got["342"] == "unsupported"
    assert got["102.804"] == "supported"     # the members' whole: no whole kept for them, left as it was


def test_share_label_whole_published_and_changed():
    anchor = "160.874/188.744 NCT (chiếm 85,2%)"
    assert _verdicts(QN, "2018", anchor)["188.744"] == "supported"
    assert _verdicts(QN, "2018", anchor, "188.744", "188.754")["188.754"] == "unsupported"


def test_the_note_gives_the_whole_only_when_it_says_tren_tong_so():
    idx = _idx(LD)
    assert noted_whole(idx.by_code["9"]) == Decimal(142)
    assert noted_whole(idx.by_code["7"]) is None      # no note
    qn = _idx(QN)
    assert noted_whole(qn.by_code["HV2"]) is None     # note "hiện nay": no whole


def test_second_source_share_label_names_part_and_whole():
    idx = _idx(ZE)
    assert share_named_whole(idx, idx.by_code["3"]) is idx.by_code["1"]   # vi phạm / số công trình kiểm tra
    assert share_named_whole(idx, idx.by_code["1"]) is None               # the whole has no whole
    qn = _idx(QN)
    assert kept_whole_value(qn, qn.by_code["HV2"])[0] == Decimal(188744)
    assert kept_whole_value(qn, qn.by_code["HV1"]) is None                # new members: the label names no whole
