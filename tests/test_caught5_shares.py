"""Caught round 5 (helper caught5, issue 13): a share right after its count is that count's share
(evaluations/sweep/caught-round5.md).

``2 học sinh xếp vào học lực yếu (chiếm 0,4%)`` (d5-tinbong247-…), ``10 học sinh đạt loại khá (chiếm 0,7%)``
(d5-baogialai-…), ``có 03 thừa cân, tỷ lệ 0,97%`` (d4-mythanh-…): a clerk keeps the share beside the count as a row of
its own, the count's label said with ``Tỷ lệ`` (``Học sinh yếu`` → ``Tỷ lệ học sinh yếu``). Another share of the same
whole written there (``(chiếm 61,4%)``, the good pupils') had passed as a value of the table; it is that row's swap
(``named._own_rate_pass`` with ``_share_owner`` and ``_share_row_of``).
"""

from __future__ import annotations

from tests.sweep_tables import ROOT, checks, csv_table, nfc, page


def sheet(tmp_path, folder, case, period):
    d = ROOT / "evaluations" / "sweep" / folder / case
    return csv_table(tmp_path, (d / "figures.csv").read_text(encoding="utf-8"), period)


CASES = (  # (folder, case, period, the count and its share as written, the share, another share of the whole)
    ("caught5", "d5-tinbong247-dtnt-namhoc-2014-2015", "2014-2015",
     "2 học sinh xếp vào học lực yếu (chiếm 0,4%)", "0,4%", "61,4%"),
    ("caught5", "d5-baogialai-namhoc-2015-2016", "2015-2016",
     "10 học sinh đạt loại khá (chiếm 0,7%)", "0,7%", "99,3%"),
    ("caught4", "d4-mythanh-bentre-mamnon-2016", "2015-2016",
     "có 03 thừa cân, tỷ lệ 0,97%", "0,97%", "98,37%"),
)


def test_a_share_after_its_count_is_that_counts_share(tmp_path):
    for folder, case, period, line, share, other in CASES:
        table = sheet(tmp_path, folder, case, period)
        text = nfc(page(case))
        assert line in text, case
        got = next(n for n in checks(text, table, period) if n.start == text.index(line) + line.index(share))
        assert got.verdict == "supported", (case, got.reason)
        bad = text.replace(line, line.replace(share, other))
        pos = bad.index(line.replace(share, other)) + line.index(share)
        got = next(n for n in checks(bad, table, period) if n.start == pos)
        assert got.verdict == "unsupported", (case, other, got.verdict)
        assert got.expected.rstrip("%") == share.rstrip("%"), got.expected


def test_a_share_after_a_fraction_is_the_fractions_not_its_wholes_row(tmp_path):
    # "303/308 kênh bình thường, tỷ lệ 98,37%": 308 is also the count of children weighed (row 12, share 100%), but
    # the share follows the fraction: no swap to «Tỷ lệ trẻ được cân đo định kỳ»
    case = "d4-mythanh-bentre-mamnon-2016"
    table = sheet(tmp_path, "caught4", case, "2015-2016")
    text = nfc(page(case))
    line = "303/308 kênh bình thường, tỷ lệ 98,37%"
    assert line in text
    got = next(n for n in checks(text, table, "2015-2016") if n.start == text.index(line) + line.index("98,37"))
    assert got.verdict in ("supported", "derived"), got.reason


def test_the_share_row_is_kept_in_the_counts_own_group(tmp_path):
    # Gia Lai's two schools keep the same labels ("Học sinh giỏi"); only the first keeps shares: the second school's
    # count has no share row, the first school's "Tỷ lệ học sinh giỏi" is not its
    from service.checker.match import TableIndex
    from service.checker.named import NamedRows

    idx = TableIndex.of(sheet(tmp_path, "caught5", "d5-baogialai-namhoc-2015-2016", "2015-2016"))
    probe = NamedRows.__new__(NamedRows)
    probe.idx = idx
    by = {(r.fig.ma): r for r in idx.rows}
    assert [r.fig.ma for r in probe._share_row_of(by["A.4"])] == ["A.5"]
    assert probe._share_row_of(by["B.24"]) == []
