"""The lead's rules of stop 53, each on the real text that asked for it, with a second real source."""

import unicodedata
from pathlib import Path

from service.checker import check_text
from service.checker.recognisers.otherunits import own_unit
from service.figures.load import load_table

HELDOUT = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"


def _source(slug):
    return unicodedata.normalize("NFC", (HELDOUT / slug / "source.txt").read_text(encoding="utf-8"))


def test_a_unit_named_across_the_openings_end_is_read_whole_and_the_check_runs():
    # xh- Quảng Bình: `TP. Đồng Hới` starts at character 383; the harness planting `65` in words (`sáu mươi lăm`, ten
    # characters longer) moved it across the opening's end (400), read there as `đồng hớ`: a KeyError ended the check
    slug = "xh-quang-binh-tru-so-tiep-cong-dan-tiep-doan-dong-nguoi-2018-8t"
    text = _source(slug).replace("tiếp 65 lượt", "tiếp sáu mươi lăm lượt", 1)
    assert text.index("TP. Đồng Hới") < 400 < text.index("TP. Đồng Hới") + len("TP. Đồng Hới")
    table = load_table(HELDOUT / slug / "figures.csv", period="2018-8T")
    verdicts = {n.text.strip(): n.verdict for n in check_text(text, table).numbers}
    assert verdicts["sáu mươi lăm"] == "supported" and verdicts["23"] == "supported"


def test_a_district_named_across_the_openings_end_in_a_second_source():
    # g-dakrong-vnn-2000 (vietnamnet): `huyện Đakrông` named three times; moved so its first mention straddles 400
    text = _source("g-dakrong-vnn-2000")
    first = text.index("huyện Đakrông")
    moved = "\n" * 5 + " " * (400 - 5 - first - len("huyện Đak")) + text
    assert moved.index("huyện Đakrông") < 400 < moved.index("huyện Đakrông") + len("huyện Đakrông")
    level, names = own_unit(moved)
    assert level == "district" and "đakrông" in names
    assert own_unit(text) == own_unit(moved)   # the same reading as where the opening holds the name whole


def test_three_sweep_pages_that_ended_the_check_are_read():
    # checker round 64 met the same KeyError on three bare pages as they are stored (`hồ c`, `lục na`, `h` cut at 400)
    pages = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"
    for slug in ("c37-viettimes-xuat-khau-6-tinh-2015", "p18-hoinongdan-bacgiang-quyhtnd-2016-03",
                 "p25-nld-tinhnguyenhe-tphcm-2025-none"):
        text = unicodedata.normalize("NFC", (pages / f"{slug}.txt").read_text(encoding="utf-8"))
        own_unit(text)   # no KeyError: a name cut by the opening's end is not looked up among whole names
