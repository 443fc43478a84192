"""Caught round 3 (helper caught3, issue 13): planted errors and false alarms on the held-out batches zx-, zw-, zv-
and the fresh set ``d3-`` (evaluations/sweep/caught-round3.md).

- a rate naming its aspect right after it (``tăng 7,5% về lượng``) is the quantity's rate, whatever number it
  follows; ``về trị giá`` the value's (``recognisers.aspects``, ``derive._rate_rows``, ``_counted_change_named``);
- one measure kept under several groups of the sheet (``Tháng 6/2020`` / ``6 tháng đầu năm 2020``): the group the
  nearest words before a number name decides, another group's value there is a swap (``attribution._line_group_named``;
  ``10 tháng`` is not ``tháng 10``: ``_period_tokens``).
"""

from __future__ import annotations

from tests.sweep_tables import ROOT, check_at, checks, csv_table, nfc, page

from service.checker.attribution import _period_tokens
from service.checker.recognisers.aspects import QUANTITY, VALUE, aspect_after, row_aspect


def sheet(tmp_path, case, period):
    d = ROOT / "evaluations" / "sweep" / "caught3" / case
    return csv_table(tmp_path, (d / "figures.csv").read_text(encoding="utf-8"), period)


# ---------------------------------------------------------------- a rate's aspect: về lượng / về trị giá

CAPHE = "d3-gialaitv-caphe-6t-2020"
LINE = "trị giá 237 triệu USD, tăng 7,5% về lượng và tăng 7,4% về trị giá so với tháng 5/2020"


def test_the_aspect_a_rate_names_after_it():
    at = LINE.index("7,5%") + len("7,5%")
    assert aspect_after(LINE, at) == QUANTITY
    assert aspect_after(LINE, LINE.index("7,4%") + len("7,4%")) == VALUE
    assert aspect_after("tăng 21,7% về trị giá", len("tăng 21,7%")) == VALUE
    assert aspect_after("giảm 18% về khối lượng nhưng", len("giảm 18%")) == QUANTITY
    assert aspect_after("tăng 7,5% so với tháng 5", len("tăng 7,5%")) is None
    assert row_aspect("Tháng 6/2020 - khối lượng tăng so với tháng 5/2020") == QUANTITY
    assert row_aspect("Kim ngạch xuất khẩu gạo") == VALUE
    assert row_aspect("Tiền lương bình quân") is None           # ``lương`` is no ``lượng``
    assert row_aspect("Giá xuất khẩu bình quân") is None


def test_a_rate_about_the_quantity_after_the_values_number(tmp_path):
    table = sheet(tmp_path, CAPHE, "2020-H1")
    text = nfc(page(CAPHE))
    assert LINE in text
    got = check_at(checks(text, table, "2020-H1"), text, "7,5% về lượng")
    assert got.verdict in ("supported", "derived"), got.reason   # was: "II.8 (… trị giá …) = 7,4%, không phải"
    bad = text.replace("tăng 7,5% về lượng và tăng 7,4%", "tăng 7,4% về lượng và tăng 7,4%")
    got = check_at(checks(bad, table, "2020-H1"), bad, "7,4% về lượng")
    assert got.verdict == "unsupported", got.verdict             # the value's rate said of the quantity
    assert check_at(checks(text, table, "2020-H1"), text, "7,4% về trị giá").verdict in ("supported", "derived")


# ---------------------------------------------------------------- one measure under several groups


def test_periods_are_read_in_their_order():
    assert "10thang" in _period_tokens("10 tháng năm 2020") and "thang10" not in _period_tokens("10 tháng năm 2020")
    assert "thang10" in _period_tokens("trong tháng 10 chủ yếu là bão")
    assert _period_tokens("Trong đó, đường bộ xảy ra 4.683 vụ TNGT") >= {"duong", "bo"}
    assert not {"4", "683", "4.683"} & _period_tokens("Trong đó, đường bộ xảy ra 4.683 vụ TNGT")


def test_another_groups_value_on_the_line_of_a_named_group(tmp_path):
    table = sheet(tmp_path, CAPHE, "2020-H1")
    text = nfc(page(CAPHE))
    line = "Tính chung 6 tháng đầu năm 2020, xuất khẩu cà phê ước đạt 955.000 tấn"
    assert line in text
    assert check_at(checks(text, table, "2020-H1"), text, "955.000 tấn", nth=1).verdict == "supported"
    assert check_at(checks(text, table, "2020-H1"), text, "140.000 tấn").verdict == "supported"   # June's own line
    bad = text.replace(line, line.replace("955.000", "140.000"))
    got = check_at(checks(bad, table, "2020-H1"), bad, "140.000 tấn", nth=1)
    assert got.verdict == "unsupported" and got.expected.replace(".", "").startswith("955000"), got.reason


SEAGAMES = "d3-24h-hn-seagames-tngt-2022"


def test_the_group_named_sentences_before_decides(tmp_path):
    table = sheet(tmp_path, SEAGAMES, "2022-05")
    text = nfc(page(SEAGAMES))
    line = "Trong đó, đường bộ xảy ra 4.683 vụ TNGT, làm chết 2.699 người, bị thương 3.068 người"
    assert line in text
    got = checks(text, table, "2022-05")
    for needle in ("4.683 vụ", "2.699 người", "3.068 người", "916 vụ", "477 người"):
        assert check_at(got, text, needle).verdict == "supported", needle   # each group's own line
    bad = text.replace(line, line.replace("4.683", "916"))
    got = check_at(checks(bad, table, "2022-05"), bad, "916 vụ TNGT")
    assert got.verdict == "unsupported", got.verdict                       # the month's on the five months' line


THIENTAI = "d3-baovephapluat-thientai-t10-2020"


def test_the_month_is_not_the_months_to_date(tmp_path):
    table = sheet(tmp_path, THIENTAI, "2020-10")
    text = nfc(page(THIENTAI))
    assert "thiên tai xảy ra trong tháng 10 chủ yếu là bão" in text
    got = checks(text, table, "2020-10")
    for needle in ("153 người chết", "222 người bị thương", "249 người chết", "516 người bị thương"):
        assert check_at(got, text, needle).verdict == "supported", needle
    bad = text.replace("làm 129 người chết và mất tích, 214", "làm 129 người chết và mất tích, 222")
    assert check_at(checks(bad, table, "2020-10"), bad, "222 người bị thương", nth=1).verdict == "unsupported"
