"""The lead's loader rules of stop 30: an account's amounts below zero, a crop season's two years."""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.errors import InputError
from service.figures.load import load_table


def _load(tmp_path, text: str, period: str | None = None):
    path = tmp_path / "bang.csv"
    path.write_text(text, encoding="utf-8")
    return load_table(path, period=period)


def test_a_loss_or_a_reversed_cost_loads_below_zero(tmp_path):
    # zm-tp-ho-chi-minh-sotrans-ket-qua-kinh-doanh-2011-q3; cafef LBE 2023 Q3 ("Lợi nhuận khác(40=31-32) | -1,201,230")
    table = _load(tmp_path, "Chỉ tiêu,Mã số,Đơn vị tính,Quý 3/2011\n"
                            "7. Chi phí tài chính,22,đồng,(156.817.731)\n"
                            "- Trong đó: Chi phí lãi vay,23,đồng,5.000.000\n"
                            "13. Lợi nhuận khác (40=31-32),40,đồng,-4.501.532\n"
                            "Lợi nhuận sau thuế,60,triệu đồng,\"(148,9)\"\n", period="2011-Q3")
    got = {f.ma: f.ky_bao_cao for f in table.figures}
    assert got["22"] == -156817731 and got["40"] == -4501532 and got["60"] == -148900000
    assert not any("lớn hơn" in p.message for p in table.warnings)   # a part over a negative whole: no bound


@pytest.mark.parametrize("row", ["Số tiền hỗ trợ xây dựng nhà nhân ái,đồng,-50000000",
                                 "Số vụ tai nạn,vụ,-4", "Thu ngân sách,tỷ đồng,(12)"])
def test_an_amount_that_cannot_fall_below_zero_is_still_refused(tmp_path, row):
    with pytest.raises(InputError) as exc:
        _load(tmp_path, "Chỉ tiêu,Đơn vị tính,Năm 2023\n" + row + "\n", period="2023")
    assert "số âm" in str(exc.value) or "không phải là số" in str(exc.value)


def test_a_crop_season_title_names_the_two_years_chosen(tmp_path):
    # zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023-2024: "VỤ ĐÔNG XUÂN 2023 - 2024" with --period 2023-2024
    text = ("PHƯƠNG ÁN PHÒNG CHỐNG RÉT VỤ ĐÔNG XUÂN 2023 - 2024\nChỉ tiêu,Đơn vị tính,Thực hiện\n"
            "Diện tích gieo trồng cây vụ Đông,ha,\"2.501,8\"\n")
    assert _load(tmp_path, text, period="2023-2024").figures[0].ky_bao_cao == Decimal("2501.8")
    with pytest.raises(InputError):
        _load(tmp_path, text, period="2022-2023")
