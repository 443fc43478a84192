"""Checker round 69 (chk69): a percent alone on its line in a pasted table opens no noun phrase.

A table pasted as text puts each cell on its own line, the next row's label on the line after the last cell:
``Tỷ lệ lợi nhuận trả cổ tức`` / ``68,30%`` / ``82,82%`` / ``Tỷ lệ lợi nhuận sau thuế trên vốn chủ sở hữu``
(xi-bac-na-thuy-dien-ket-qua-kinh-doanh-2018), ``Diện tích trồng (tr ha)`` / … / ``-0,70%`` / ``Sản lượng (tr tấn)``
(sweep s15-trung-quoc-nchmfnews-dien-tich-san-luong-ngo-dau-tuong-2017-06). The label after the cell is the next
row's, not the percent's noun phrase (``sharenoun.cell_line_before``). Negatives: a percent in running text before
its noun phrase (ym-ninh-thuan-ninh-son ``80% tổ chức cơ sở Đoàn được kiểm tra giám sát``, tests/test_caught10_share_noun.py)
still names its row; a cell line with words on it is no pasted cell.
"""

from __future__ import annotations

from service.checker.sharenoun import cell_line_before, share_phrase
from tests.sweep_tables import case_line_verdicts

_BACNA = "xi-bac-na-thuy-dien-ket-qua-kinh-doanh-2018"
_CELLS = "68,30%\n\n82,82%"


def test_bacna_the_cells_of_the_dividend_rate_stand():
    assert [v for _, v, _ in case_line_verdicts(_BACNA, _CELLS)] == ["supported", "supported"]


def test_bacna_a_wrong_cell_is_still_caught():
    got = case_line_verdicts(_BACNA, _CELLS, _CELLS.replace("82,82%", "83,82%"))
    assert got[-1][1] == "unsupported"


_S15 = ("Ngô\nDiện tích trồng (tr ha)\n38,12\n36,76\n35,84\n35,59\n-0,70%\nSản lượng (tr tấn)\n224,63\n219,57\n"
        "213,18\n211,65\n-0,72%\nNhập khẩu (tr tấn)\n")


def test_s15_the_next_row_s_label_is_no_phrase_of_the_cell():
    at = _S15.index("-0,70%") + len("-0,70%")
    assert share_phrase(_S15, at) is None
    assert cell_line_before(_S15, at, _S15.index("Sản lượng"))


_NINH_SON = ("100% cơ sở Đoàn tổ chức cho đoàn viên học tập, quán triệt Nghị quyết; 90% cơ sở Đoàn trở lên đạt danh "
             "hiệu khá, vững mạnh hàng năm, 80% tổ chức cơ sở Đoàn được kiểm tra giám sát; 100% cán bộ Đoàn được tập "
             "huấn")


def test_running_text_keeps_its_noun_phrases():
    at = _NINH_SON.index("80%") + 3
    assert share_phrase(_NINH_SON, at) == "tổ chức cơ sở Đoàn được kiểm tra giám sát"
    wrapped = _NINH_SON.replace("80% tổ chức", "80%\ntổ chức")   # a line wrapped inside a sentence: words before it
    assert cell_line_before(wrapped, wrapped.index("80%") + 3, wrapped.index("tổ chức cơ sở Đoàn được")) is False
