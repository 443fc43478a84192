"""Issue 14, round 34: a change whose clause's own subject is a count (``số vụ vi phạm giảm 28 vụ``) or a measure
(``diện tích thiệt hại giảm 105.695 m2``) is that count's change — the derivation of the row of the section its
subject names, or no row at all when the page states no level (``recognisers.count_changed``, with the rate restating
it, ``rate_of_unstated``); a rate in brackets after a change found its row a paragraph before is that row's too
(``recognisers.change``).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

DAM_RONG = ("Thông tin từ Hạt Kiểm lâm Đam Rông cho biết, từ đầu năm đến nay, Hạt Kiểm lâm đã phối kết hợp chặt chẽ "
            "với các đơn vị chủ rừng, UBND các xã và các cơ quan chức năng có liên quan tăng cường công tác kiểm tra, "
            "truy quét trên địa bàn huyện, qua đó đã phát hiện và lập biên bản 45 vụ vi phạm Luật Lâm nghiệp (gồm 17 "
            "vụ có chủ và 28 vụ vắng chủ).")


def test_a_count_of_violations_fell_is_the_violations_change(tmp_path):
    # yn-lam-dong-dam-rong-hat-kiem-lam-vi-pham-luat-lam-nghiep-2021-7t: rows «Số vụ về số vụ vi phạm» 28 and
    # «Số m2 so về diện tích thiệt hại» 105.695; the hand: 45 vụ with -28 and -38,35, the area's level not stated
    tpl = template(tmp_path, "Báo cáo tình hình vi phạm Luật Lâm nghiệp 7 tháng năm 2021", DAM_RONG,
                   "Tình hình vi phạm Luật Lâm nghiệp trên địa bàn huyện có chiều hướng giảm cả về số vụ, diện tích "
                   "thiệt hại và mức độ thiệt hại so với cùng kỳ năm 2020. Cụ thể, về số vụ vi phạm giảm 28 vụ, tương "
                   "ứng giảm 38,35%; về diện tích thiệt hại giảm 105.695 m2 so với cùng kỳ, tương ứng giảm 68,65%.")
    assert [float(v) for v in derived(tpl, 45)] == [28, 38.35]
    assert not has(tpl, 105695) and not has(tpl, 68.65)
    assert not any(float(d.value) == 68.65 for r in tpl.rows for d in r.derived)


def test_a_ledes_changes_before_the_levels(tmp_path):
    # ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2022-01: rows «Số vụ tai nạn» 357, «Số người chết» 66
    tpl = template(tmp_path, "Báo cáo tình hình tai nạn giao thông tháng 1 năm 2022",
                   "Tháng đầu tiên năm 2022, tai nạn giao thông tiếp tục giảm sâu cả 3 tiêu chí; trong đó số vụ tai nạn "
                   "giảm 357 vụ, số người chết giảm 66 người và số người bị thương giảm 338 người.",
                   "Chánh Văn phòng Ủy ban An toàn giao thông Quốc gia Trần Hữu Minh cho biết tháng 1/2022 (số liệu tính "
                   "từ ngày 15/12/2021 đến ngày 14/1/2022), toàn quốc xảy ra 963 vụ tai nạn giao thông, làm chết 565 "
                   "người và làm bị thương 599 người.",
                   "So với tháng cùng kỳ năm năm ngoái giảm 357 vụ (27,05%), giảm 66 người chết (10,46%), giảm 338 "
                   "người bị thương (36,07%).")
    assert not has(tpl, 357) and not has(tpl, 66) and not has(tpl, 338) and not has(tpl, 27.05)
    assert [float(v) for v in derived(tpl, 963)] == [357, 27.05]


def test_a_count_of_fires_rose_after_its_level(tmp_path):
    # yl-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2016: a row «Số vụ cháy» 214
    tpl = template(tmp_path, "Báo cáo tình hình cháy, nổ năm 2016",
                   "Theo Cục Cảnh sát PCCC và cứu nạn, cứu hộ, năm 2016 có hơn 3.000 vụ cháy làm 98 người tử vong (tăng "
                   "36 người (58%) so với cùng kỳ), thiệt hại khoảng 1.240 tỉ đồng. Trong đó, số vụ cháy tăng 214 vụ. Cả "
                   "nước xảy ra 23 vụ nổ, làm chết bảy người.")
    assert not has(tpl, 214)


def test_counter_poor_households_reduced_stay_a_row(tmp_path):
    # the households that left poverty: the area is the subject, the count the figure
    tpl = template(tmp_path, "Báo cáo kết quả giảm nghèo năm 2021",
                   "Năm 2021, toàn huyện giảm 178 hộ nghèo, tỷ lệ hộ nghèo còn 3,2%.")
    assert has(tpl, 178)


def test_counter_a_rate_of_change_stays_a_row(tmp_path):
    # c8-dongnai-pccc-h1 (recognisers._row_named): a rate of a count named by its subject is kept as before
    tpl = template(tmp_path, "Báo cáo công tác phòng cháy chữa cháy 6 tháng đầu năm 2019",
                   "Toàn tỉnh xảy ra 29 vụ cháy, làm chết 10 người. So với cùng kỳ năm ngoái, số vụ cháy tăng 11,15%, số "
                   "người chết tăng 100%.")
    assert 11.15 in [float(v) for v in derived(tpl, 29)]
