"""Caught round 6 (helper caught6, issue 13): a movement's two ends (evaluations/sweep/caught-round6.md).

``tỷ lệ hộ nghèo giảm nhanh từ 9,94% năm 2010 xuống còn 0,19% năm 2018`` (zy-quang-nam-nui-thanh-…),
``thu nhập bình quân từ 10,5 triệu đồng/người/năm (năm 2015) lên 16,96 triệu đồng/người/năm (năm 2019)``,
``diện tích trồng rừng tăng từ 26,58 ha (năm 2015) lên 67,60 ha (năm 2019)`` (zo-bac-kan-cho-don-…): each end is a
cell of its own year's row, so a swap that writes one end's value at the other passed twice. ``từ A … lên B`` says
A ≠ B and A < B (``xuống``/``còn``: A > B): both ends of a movement between equal values, or the wrong way, are shown
wrong (``movement.Movements``), and a movement as published is left alone.
"""

from __future__ import annotations

from tests.sweep_tables import checks, held, nfc, heldout

NUI_THANH = ("zy-quang-nam-nui-thanh-xa-tam-nghia-nong-thon-moi-2018", "2018")
CHO_DON = ("zo-bac-kan-cho-don-xa-xuan-lac-dang-bo-2015-2020", "2015-2020")
HAI_DUONG = ("p-haiduong-giamngheo-2020", "2020")

CASES = (  # (case, the movement as published, its old end, its new end)
    (NUI_THANH, "giảm nhanh từ 9,94% năm 2010 xuống còn 0,19%", "9,94%", "0,19%"),
    (NUI_THANH, "tăng từ 25 triệu đồng (năm 2010) lên 36,07 triệu đồng", "25 triệu đồng", "36,07 triệu đồng"),
    (CHO_DON, "từ 10,5 triệu đồng/người/năm (năm 2015) lên 16,96 triệu đồng", "10,5 triệu", "16,96 triệu"),
    (CHO_DON, "tăng từ 26,58 ha (năm 2015) lên 67,60 ha", "26,58 ha", "67,60 ha"),
)


def _ends(text, table, period, line, old, new):
    """The checks of the movement's two ends in ``text`` (the line's first and last number)."""
    s = text.index(line)
    ns = [n for n in checks(text, table, period) if s <= n.start < s + len(line) and n.kind != "year"]
    return ns[0], ns[-1]


def test_a_movement_as_published_passes(tmp_path):
    for (case, period), line, old, new in CASES:
        table, text = held(tmp_path, case, period), nfc(heldout(case))
        assert line in text, case
        a, b = _ends(text, table, period, line, old, new)
        assert a.verdict == "supported" and b.verdict == "supported", (case, line, a.reason, b.reason)


def test_a_movement_between_equal_ends_is_shown_wrong(tmp_path):
    for (case, period), line, old, new in CASES:
        table, text = held(tmp_path, case, period), nfc(heldout(case))
        for bad_line in (line.replace(old, new.split()[0] + old[len(old.split()[0]):], 1),   # the new end written twice
                         line[::-1].replace(new.split()[0][::-1], old.split()[0][::-1], 1)[::-1]):  # the old twice
            bad = text.replace(line, bad_line)
            a, b = _ends(bad, table, period, bad_line, old, new)
            assert a.verdict == "unsupported" and b.verdict == "unsupported", (case, bad_line, a.verdict, b.verdict)
            assert "bằng nhau" in a.reason and bad_line.split()[0] in a.reason, a.reason


def test_a_movement_the_wrong_way_is_shown_wrong(tmp_path):
    (case, period), line = NUI_THANH, "giảm nhanh từ 9,94% năm 2010 xuống còn 0,19%"
    table, text = held(tmp_path, case, period), nfc(heldout(case))
    bad_line = "giảm nhanh từ 0,19% năm 2010 xuống còn 9,94%"   # the two ends swapped: a fall to a larger value
    a, b = _ends(text.replace(line, bad_line), table, period, bad_line, "0,19%", "9,94%")
    assert a.verdict == b.verdict == "unsupported"
    assert "số sau lớn hơn số trước" in b.reason


def test_a_fall_said_right_is_left_alone(tmp_path):
    # "tỷ lệ hộ nghèo giảm từ 4,27% xuống còn 2,36%" (p-haiduong-giamngheo-2020): two different ends, the right way
    (case, period) = HAI_DUONG
    table, text = held(tmp_path, case, period), nfc(heldout(case))
    line = "giảm từ 4,27% xuống còn 2,36%"
    assert line in text
    s = text.index(line)
    got = [n for n in checks(text, table, period) if s <= n.start < s + len(line)]
    assert got and not any(n.reason and "câu nói số liệu" in n.reason for n in got), [(n.text, n.reason) for n in got]
