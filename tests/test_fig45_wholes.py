"""Figures round 45, item 3: a column of the whole each row's value is out of («X trên tổng số Y»).

Sources (held-out): Bắc Giang's trade unions ``Năm 2012 (đến thời điểm báo cáo) | Trên tổng số`` («309/1.301 CĐCS tổ
chức đại hội», xj-bac-giang-ldld-tinh-dai-hoi-cong-doan-co-so-2012) and Châu Phú's ``Số đạt năm 2021 | Tổng số | Tỷ lệ
đạt (%)`` («100/100 ấp đạt chuẩn ấp văn hóa …, đạt tỷ lệ 100%», ya-an-giang-chau-phu-xet-danh-hieu-van-hoa-2021).  Both
were set aside; now each loads as the whole (``Kế hoạch``, the loader's convention for «39/45»).  Negatives: a share
titled so (``Tỷ lệ trên tổng số (%)``), a «trên tổng số» column with a number below its row's value, a ``Tổng số``
equal to the value with no rate to show it is the whole."""

from decimal import Decimal
from pathlib import Path

import pytest

from service.figures.load import load_table
from service.figures.wholes import names_the_whole, whole_by_its_rate

HERE = Path(__file__).resolve().parent
HELDOUT = HERE.parent / "evaluations" / "cases" / "heldout"
BAC_GIANG = HELDOUT / "xj-bac-giang-ldld-tinh-dai-hoi-cong-doan-co-so-2012" / "figures.csv"
CHAU_PHU = HELDOUT / "ya-an-giang-chau-phu-xet-danh-hieu-van-hoa-2021" / "figures.csv"


@pytest.mark.parametrize("title", ["Trên tổng số", "Trong tổng số", "trên tổng số CĐCS", "Trên tổng số xã"])
def test_titles_naming_the_whole(title):
    assert names_the_whole(title)


@pytest.mark.parametrize("title", ["Tỷ lệ trên tổng số (%)", "Trên tổng số (%)", "So với tổng số", "Tổng số",
                                   "Chiếm trong tổng số", "Trong đó: nữ", "Trên tổng kế hoạch", ""])
def test_titles_not_naming_the_whole(title):
    assert not names_the_whole(title)


def test_bac_giang_the_whole_out_of_which():
    by = {f.chi_tieu: f for f in load_table(BAC_GIANG, period="2012")}
    assert by["CĐCS đã tổ chức đại hội theo nhiệm kỳ"].ky_bao_cao == Decimal("309")
    assert by["CĐCS đã tổ chức đại hội theo nhiệm kỳ"].ke_hoach == Decimal("1301")
    assert by["CĐCS tổ chức hội nghị giữa nhiệm kỳ"].ke_hoach == Decimal("293")
    assert by["CĐ cấp trên cơ sở đăng ký danh hiệu thi đua"].ke_hoach == Decimal("28")   # 28/28: all of them
    assert by["Trong đó: đăng ký danh hiệu vững mạnh xuất sắc"].ke_hoach is None


def test_chau_phu_all_reached_shown_by_its_rate():
    t = load_table(CHAU_PHU, period="2021")
    by = {f.chi_tieu: f for f in t}
    assert by["Ấp đạt chuẩn ấp văn hóa"].ky_bao_cao == Decimal("100")
    assert by["Ấp đạt chuẩn ấp văn hóa"].ke_hoach == Decimal("100")
    assert by["Hộ đạt chuẩn gia đình văn hóa"].ke_hoach is None
    assert by["Hộ đạt chuẩn gia đình văn hóa: tỷ lệ đạt"].ky_bao_cao == Decimal("98.84")


def _sheet(tmp_path, header, *rows):
    p = tmp_path / "t.csv"
    p.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return load_table(p, period="2012")


def test_a_share_titled_on_the_whole_stays_a_share(tmp_path):
    t = _sheet(tmp_path, "STT;Nội dung;Đơn vị tính;Năm 2012;Tỷ lệ trên tổng số (%)",
               "1;CĐCS đã tổ chức đại hội;CĐCS;309;23,8", "2;CĐCS tổ chức hội nghị;CĐCS;14;4,8")
    by = {f.chi_tieu: f for f in t}
    assert by["CĐCS đã tổ chức đại hội"].ke_hoach is None


def test_a_number_below_its_value_is_no_whole(tmp_path):
    t = _sheet(tmp_path, "STT;Nội dung;Đơn vị tính;Năm 2012;Trên tổng số",
               "1;CĐCS đã tổ chức đại hội;CĐCS;309;1.301", "2;CĐCS tổ chức hội nghị;CĐCS;14;9")
    assert all(f.ke_hoach is None for f in t)


def test_an_equal_total_with_no_rate_stays_aside(tmp_path):
    t = _sheet(tmp_path, "Danh hiệu;Đơn vị tính;Số đạt năm 2012;Tổng số;Ghi chú",
               "Ấp đạt chuẩn ấp văn hóa;ấp;100;100;", "Hộ đạt chuẩn;hộ;55.086;;")
    assert all(f.ke_hoach is None for f in t)


def test_whole_by_its_rate_needs_the_rate_to_agree():
    rows = [["a", "100", "100", "100"], ["b", "55", "", "98,8"]]
    assert whole_by_its_rate(rows, 2, 1, [3])
    assert not whole_by_its_rate([["a", "100", "100", "90"]], 2, 1, [3])
    assert not whole_by_its_rate([["a", "90", "100", "90"]], 2, 1, [3])   # not equal: the strict rule's case
    assert not whole_by_its_rate(rows, 2, 1, [])
