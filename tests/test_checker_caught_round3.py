"""Caught round 3 (helper caught3, issue 13): planted errors and false alarms on the held-out batches zx-, zw-, zv-
and the fresh set ``d3-`` (evaluations/sweep/caught-round3.md).

- a rate naming its aspect right after it (``tăng 7,5% về lượng``) is the quantity's rate, whatever number it
  follows; ``về trị giá`` the value's (``recognisers.aspects``, ``derive._rate_rows``, ``_counted_change_named``).
"""

from __future__ import annotations

import unicodedata

from tests.sweep_tables import ROOT, check_at, checks, csv_table, page

from service.checker.recognisers.aspects import QUANTITY, VALUE, aspect_after, row_aspect


def nfc(s):
    return unicodedata.normalize("NFC", s)


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
