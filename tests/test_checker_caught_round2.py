"""Caught round 2 (helper caught2, issue 13): planted errors the checker let pass on the last unseen batch (zv-) and
the fresh set ``d2-`` (evaluations/sweep/caught-round2.md).

- a habit or yearly average gives way to a row that keeps the per-year figure itself (``recognisers.habitual.
  yearly_row``, ``check._kept_per_year``);
- a share naming its whole without ``tổng`` (``chiếm 64,44% số hộ đăng ký``) is checked against the share row whose
  label holds that whole (``derive._share_row_of_whole``);
- a label's one-syllable name heading the text's full name (``các cấp Hội`` / ``Hội Chữ thập đỏ``) is no evidence
  against the row, unless the sentence says the value row's own words (``recognisers.shortnames``);
- a number's own words naming one of two stated rows alone (``làm chết 4.939 người``) decide (``attribution``).
"""

from __future__ import annotations

from tests.sweep_tables import HELDOUT, ROOT, check_at, checks, csv_table, heldout, nfc, page

from service.checker.recognisers.habitual import yearly_row
from service.checker.recognisers.shortnames import names_said_or_headed


def sheet(tmp_path, case, period, fresh=False):
    d = (ROOT / "evaluations" / "sweep" / "caught2" / case) if fresh else HELDOUT / case
    return csv_table(tmp_path, (d / "figures.csv").read_text(encoding="utf-8"), period)


# ---------------------------------------------------------------- a habit that is a row's own figure

HONG_SON = "zv-nghe-an-do-luong-hoi-nong-dan-xa-hong-son-sxkd-gioi-2016-2020"


def test_a_row_keeping_a_yearly_figure():
    assert yearly_row("Hộ nông dân đăng ký danh hiệu SXKD giỏi các cấp (bình quân hằng năm)", "hộ", None)
    assert yearly_row("Số hộ đạt danh hiệu", "hộ", "hộ/năm")
    assert not yearly_row("Số hộ nông dân đăng ký danh hiệu", "hộ", "gần 2.400 hộ")
    assert not yearly_row("Diện tích cây lâu năm", "ha", None)


def test_a_yearly_average_the_sheet_keeps_as_a_row_is_checked(tmp_path):
    table = sheet(tmp_path, HONG_SON, "2016-2020")
    text = nfc(heldout(HONG_SON))
    assert "tăng 5,3% đạt gần 2.400 hộ đăng ký" in text
    assert check_at(checks(text, table, "2016-2020"), text, "2.400 hộ đăng ký").verdict == "supported"
    for wrong in ("2.401", "2.160", "396"):
        bad = text.replace("gần 2.400 hộ đăng ký", f"gần {wrong} hộ đăng ký")
        got = check_at(checks(bad, table, "2016-2020"), bad, f"{wrong} hộ đăng ký")
        assert got.verdict == "unsupported" and got.expected.replace(".", "") == "2400", wrong


# ---------------------------------------------------------------- a share of a whole named without "tổng"

GIALAITV = "d2-gialaitv-sxkd-gioi-2017-2022"


def test_a_share_of_a_named_count_the_sheet_keeps(tmp_path):
    table = sheet(tmp_path, GIALAITV, "2017-2022", fresh=True)
    text = nfc(page(GIALAITV))
    assert "62.870 hộ/năm (chiếm 64,44% số hộ đăng ký)" in text
    assert check_at(checks(text, table, "2017-2022"), text, "64,44%").verdict == "supported"
    bad = text.replace("chiếm 64,44%", "chiếm 64,45%")
    got = check_at(checks(bad, table, "2017-2022"), bad, "64,45%")
    assert got.verdict == "unsupported" and got.expected == "64,44%"


# ---------------------------------------------------------------- the province's gifts and one event's

GIA_LAI = "zv-gia-lai-hoi-chu-thap-do-tet-nhan-ai-2026"


def test_a_one_syllable_name_heading_the_full_name():
    label = 'Suất quà "Tết Nhân ái" đã trao tặng (các cấp Hội)'
    said = "Thực hiện Phong trào \"Tết Nhân ái\" Xuân Bính Ngọ 2026, các cấp Hội Chữ thập đỏ tại Gia Lai đã vận động"
    assert names_said_or_headed(label, said)
    assert not names_said_or_headed("Chi hội thôn Hựu", "Phụ nữ Trù Hựu hơn 3 tỷ đồng")   # another place


def test_the_events_count_on_the_campaigns_line_is_flagged(tmp_path):
    table = sheet(tmp_path, GIA_LAI, "2026")
    text = nfc(heldout(GIA_LAI))
    numbers = checks(text, table, "2026")
    assert check_at(numbers, text, "121.150 suất quà Tết cho").verdict == "supported"
    assert check_at(numbers, text, "51 suất quà (mỗi").verdict == "supported"   # the hospital's, said as such
    for old in ("trao tặng 121.150 suất quà Tết cho", 'trao tặng 121.150 suất quà "Tết'):
        bad = text.replace(old, old.replace("121.150", "51"), 1)
        got = check_at(checks(bad, table, "2026"), bad, old.replace("121.150", "51")[len("trao tặng "):])
        assert got.verdict == "unsupported" and got.expected == "121.150", old
    # the hospital's line keeps its own count: its sentence names the hospital's row's words (bệnh nhi, Bồng Sơn)
    assert check_at(checks(text, table, "2026"), text, "51 bệnh nhi").verdict == "supported"


# ---------------------------------------------------------------- the dead and the injured of one line

CSGT = "zv-toan-quoc-cuc-csgt-tngt-xu-ly-vi-pham-2020-h1"


def test_the_dead_and_the_injured_swapped_on_one_line(tmp_path):
    table = sheet(tmp_path, CSGT, "2020-H1")
    text = nfc(heldout(CSGT))
    assert "xảy ra 6.783 vụ, làm chết 3.235 người, bị thương 4.939 người." in text
    numbers = checks(text, table, "2020-H1")
    assert check_at(numbers, text, "3.235 người, bị").verdict == "supported"
    assert check_at(numbers, text, "4.939 người.").verdict == "supported"
    bad = text.replace("làm chết 3.235 người", "làm chết 4.939 người", 1)
    got = check_at(checks(bad, table, "2020-H1"), bad, "4.939 người, bị")
    assert got.verdict == "unsupported" and got.expected == "3.235"
    bad = text.replace("bị thương 4.939 người.", "bị thương 3.235 người.", 1)
    got = check_at(checks(bad, table, "2020-H1"), bad, "3.235 người.")
    assert got.verdict == "unsupported" and got.expected == "4.939"


# ---------------------------------------------------------------- one line's pair is of one family of rows

HCM = "d2-24h-hcm-tngt-15ngay-2020"


def test_a_lines_pair_is_of_the_lines_family(tmp_path):
    table = sheet(tmp_path, HCM, "2020-06", fresh=True)
    text = nfc(page(HCM))
    assert "xảy ra 12 vụ tai nạn (từ ít nghiêm trọng trở lên), làm 11 người chết, 6 người bị thương." in text
    numbers = checks(text, table, "2020-06")
    assert check_at(numbers, text, "6 người bị thương").verdict == "supported"
    assert check_at(numbers, text, "bị thương 2 người", shift=len("bị thương ")).verdict == "supported"  # PC08's
    bad = text.replace("11 người chết, 6 người bị thương", "11 người chết, 2 người bị thương", 1)
    got = check_at(checks(bad, table, "2020-06"), bad, "2 người bị thương")
    assert got.verdict == "unsupported" and got.expected == "6"


def test_a_row_stated_in_the_numbers_own_sentence_is_no_swap_target(tmp_path):
    """``vận động được 106.492 hộ trang bị tối thiểu 1 bình chữa cháy``: ``bình chữa cháy`` names the households' row,
    whose value the sentence has just said — the ``1`` is no swap of it (real b-ha-tinh-pccc-2023-10t)."""
    d = ROOT / "evaluations" / "cases" / "real" / "b-ha-tinh-pccc-2023-10t"
    table = csv_table(tmp_path, (d / "figures.csv").read_text(encoding="utf-8"), "2023-10T")
    text = nfc((d / "source.txt").read_text(encoding="utf-8"))
    assert "106.492 hộ trang bị tối thiểu 1 bình chữa cháy" in text
    got = check_at(checks(text, table, "2023-10T"), text, "1 bình chữa cháy")
    assert got.verdict != "unsupported"
