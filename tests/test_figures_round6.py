"""Figures loader round 6, and what the round trip on bare pages found (``python -m evaluations.template_roundtrip
--pages DIR``: each page's own template, filled with its values moved on, loaded back and drafted offline).

- ``8.300`` typed as text in a ``ha`` column is 8.300 hectares, as an agency types it, not 8,3: a dot is read as
  the decimal mark of a measure only when the file shows it elsewhere (``12.5``, ``84.61``).
- A count per a base (``bác sĩ/vạn dân``, ``tiêu chí/xã``, ``giường bệnh/10.000 dân``) is a rate with decimals,
  so the template of a health report (``đạt 10,8 bác sĩ/vạn dân``) loads back; two counts with a slash
  (``người/lượt``, ``vụ/đối tượng``) stay whole numbers.
- A change written in words (``tăng chín đơn vị so với cuối năm 2015``) crashed the offline engine; it is restated
  in digits from the new values, like a count in words.
"""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from index.model import Section
from service.drafting.base import SectionContext
from service.drafting.offline import OfflineEngine
from service.errors import InputError
from service.figures.load import load_table
from service.figures.units import read_unit
from service.periods import parse_period


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_a_dot_in_a_hectare_column_groups_thousands_as_an_agency_types_it(tmp_path):
    t = load_table(_xlsx(tmp_path / "rung.xlsx", [
        ["Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo"],
        ["Diện tích trồng rừng tập trung", "ha", "8.300"],
        ["Trong đó: rừng phòng hộ", "ha", "50"],
        ["Diện tích rừng được giao", "ha", "10.050"]]))
    assert [f.ky_bao_cao for f in t] == [8300, 50, 10050]
    assert not any("lớn hơn" in w.message for w in t.warnings)   # no false "part exceeds its whole" either


def test_a_file_that_writes_a_dot_as_its_decimal_mark_keeps_it(tmp_path):
    t = load_table(_xlsx(tmp_path / "may.xlsx", [
        ["Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo"],
        ["Diện tích lúa", "ha", "12.5"],
        ["Sản lượng", "tấn", "1.035"]]))
    assert [f.ky_bao_cao for f in t] == [Decimal("12.5"), Decimal("1.035")]


@pytest.mark.parametrize("unit", ["bác sĩ/vạn dân", "bác sĩ/vạn", "tiêu chí/xã", "giường bệnh/10.000 dân",
                                  "lượt/ngày"])
def test_a_count_per_a_base_is_a_rate(unit):
    assert read_unit(unit).integral is False


@pytest.mark.parametrize("unit", ["người/lượt", "vụ/đối tượng", "hộ/khẩu", "đ/c"])
def test_two_counts_with_a_slash_stay_whole(unit):
    assert read_unit(unit).integral is True


def test_a_rate_per_ten_thousand_loads_and_a_count_still_refuses_decimals(tmp_path):
    (tmp_path / "yte.csv").write_text("Chỉ tiêu,ĐVT,Kỳ báo cáo\nSố bác sĩ trên vạn dân,bác sĩ/vạn dân,\"10,8\"\n"
                                      "Số xã đạt Bộ tiêu chí quốc gia về y tế,xã,150\n", encoding="utf-8")
    assert [f.ky_bao_cao for f in load_table(tmp_path / "yte.csv")] == [Decimal("10.8"), 150]
    (tmp_path / "dem.csv").write_text("Chỉ tiêu,ĐVT,Kỳ báo cáo\nSố xã đạt chuẩn,xã,\"10,8\"\n", encoding="utf-8")
    with pytest.raises(InputError, match="không phải là số nguyên"):
        load_table(tmp_path / "dem.csv")


def test_a_change_written_in_words_is_left_for_the_reviewer_not_a_crash(tmp_path):
    """c-vn-ntm-2016 (sweep page): ``Có 24 đơn vị cấp huyện … đạt chuẩn nông thôn mới, tăng chín đơn vị so với
    cuối năm 2015``."""
    head = "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước\n"
    (tmp_path / "cu.csv").write_text(head + "NTM-01,Số đơn vị cấp huyện đạt chuẩn nông thôn mới,đơn vị,24,15\n",
                                     encoding="utf-8")
    (tmp_path / "moi.csv").write_text(head + "NTM-01,Số đơn vị cấp huyện đạt chuẩn nông thôn mới,đơn vị,30,24\n",
                                      encoding="utf-8")
    text = ("Có 24 đơn vị cấp huyện được Thủ tướng Chính phủ ban hành quyết định công nhận đạt chuẩn nông thôn mới, "
            "tăng chín đơn vị so với cuối năm 2015.")
    current, prior = load_table(tmp_path / "moi.csv"), load_table(tmp_path / "cu.csv")
    ctx = SectionContext(section=Section("I", "Kết quả", 1, "I"), prior_paragraphs=[text], figures=list(current),
                         current=current, period=parse_period("2017"), prior_table=prior,
                         prior_period=parse_period("2016"))
    [p] = OfflineEngine().draft(ctx).paragraphs
    assert "Có 30 đơn vị" in p.text and "tăng 6 đơn vị so với cuối năm 2016" in p.text and not p.marked
