"""Round 32 of the period reader (evaluations/sweep/periods-round32.md): a page whose only period is the year in an
event's name and that dates the event by a day reports that day's month (round 31's convention: an event's day or days
are filed under the month they fall in) — real quotes of held-out sources and sweep pages."""

import unicodedata
from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period

ROOT = Path(__file__).resolve().parent.parent / "evaluations"
HELDOUT = ROOT / "cases" / "heldout"
PAGES = ROOT / "sweep" / "pages"


@pytest.mark.parametrize("text,code", [
    # held-out yq-tp-ho-chi-minh-hoi-chu-thap-do-tp-ngay-hoi-hien-mau-2025-10: the lead's day, "Ngày hội ... năm 2025"
    ("Ngày hội đã thu hút đông đảo sinh viên Trường Đại học Thủ Dầu Một và người dân địa phương tham gia.\n\n"
     "Ngày 25-10, tại phường Phú Lợi, Trung tâm Hiến máu nhân đạo TPHCM, Hội Chữ thập đỏ TPHCM đã phối hợp tổ chức "
     "Ngày hội hiến máu tình nguyện năm 2025.\n\nKết quả, Ban tổ chức đã tiếp nhận được 237 đơn vị máu.", "2025-10"),
    # held-out yp-kon-tum-...-hoi-thao-can-bo-cong-chuc-2017-05: "lần thứ VI, năm 2017", an edition
    ("Sáng 18/5, tại Nhà Văn hóa Lao động tỉnh, Công đoàn viên chức tỉnh tổ chức Lễ bế mạc và trao giải Hội thao cán "
     "bộ, công chức, viên chức, lao động tỉnh lần thứ VI, năm 2017.\n\nQua 2 ngày tranh tài quyết liệt ở 9 nội dung "
     "của hai môn bóng bàn, cầu lông, ...", "2017-05"),
    # held-out yp-binh-dinh-so-vhtt-giai-vo-co-truyen-...-2015-07: the day it is held on, in its sentence
    ("Giải võ cổ truyền miền Trung - Tây Nguyên năm 2015 diễn ra từ ngày 9.7, với sự tham dự của 123 VĐV đến từ 9 "
     "tỉnh, thành khu vực miền Trung - Tây Nguyên.", "2015-07"),
    # sweep p32-nhuxuan-daihoitdtt-bemac-2022-05: games, "Sau 3 ngày thi đấu"
    ("Bế mạc Đại hội Thể dục Thể thao huyện Như Xuân lần thứ IX\n\nSáng ngày 26/5, UBND huyện Như Xuân tổ chức Lễ bế "
     "mạc và trao giải cho các đoàn và vận động viên tham gia Đại hội Thể dục Thể thao huyện Như Xuân lần thứ IX, năm "
     "2022.\n\n       Sau 3 ngày thi đấu sôi nổi, hơn 600 vận động viên của 16 xã, thị trấn ...", "2022-05"),
    # sweep p32-baotintuc-xuanhong-ngaydau-2021-03: the year after the event's name with no "năm"
    ("Gần 800 đơn vị máu được hiến trong ngày đầu Lễ hội Xuân hồng 2021\n\nNgày 1/3, ngay trong ngày đầu tiên diễn ra "
     "Lễ hội Xuân hồng lần thứ XIV ..., đã có gần 800 đơn vị máu được bổ sung vào Ngân hàng máu.", "2021-03"),
])
def test_an_events_day_is_its_month(text, code):
    for t in (text, unicodedata.normalize("NFD", text)):
        assert find_period(t).code == code


def test_the_events_year_is_its_edition_not_a_year_reported():
    text = ("Sáng 18/5, tại Nhà Văn hóa Lao động tỉnh, Công đoàn viên chức tỉnh tổ chức Lễ bế mạc và trao giải Hội thao "
            "cán bộ, công chức, viên chức, lao động tỉnh lần thứ VI, năm 2017.")
    found = {m.recogniser: m for m in find_mentions(text)}
    assert found["year"].event and not found["year"].reported
    assert found["event-day"].period.code == "2017-05" and text[found["event-day"].start:found["event-day"].end] == "18/5"


@pytest.mark.parametrize("slug,code", [
    ("yq-tp-ho-chi-minh-hoi-chu-thap-do-tp-ngay-hoi-hien-mau-2025-10", "2025-10"),
    ("yp-kon-tum-cong-doan-vien-chuc-tinh-hoi-thao-can-bo-cong-chuc-2017-05", "2017-05"),
    ("yp-binh-dinh-so-vhtt-giai-vo-co-truyen-mien-trung-tay-nguyen-2015-07", "2015-07"),
    ("yo-ha-tinh-duc-tho-hoi-khuyen-hoc-huyen-trao-hoc-bong-2020-10", "2020-10"),
])
def test_held_out_event_pages(slug, code):
    assert parse_report(HELDOUT / slug / "source.txt").period == code


def test_the_pages_stamp_dates_an_event_of_its_year():
    # sweep p32-baohaugiang-hoikhoe-longmy-2019-09: no day in the text; the page's stamp of the event's year
    assert parse_report(PAGES / "p32-baohaugiang-hoikhoe-longmy-2019-09.txt").period == "2019-09"


@pytest.mark.parametrize("text,code", [
    # held-out x-tam-duong-dai-hoi-tdtt-2021 (a guard): games run for nearly a month, the case codes the year
    ("Chiều 18/04, tại Sân vận động huyện đã diễn ra Lễ Bế mạc Đại hội Thể dục thể thao huyện Tam Đường lần thứ V, năm "
     "2021.\nSau gần 1 tháng tổ chức Đại hội Thể dục, Thể thao huyện Tam Đường lần thứ V, năm 2021 đã thành công tốt "
     "đẹp.", "2021"),
    # sweep p10-festivalnghe-hue-2023 (a guard): a week across two months, no period
    ("Tối 5/5, sau 1 tuần tổ chức (28/4 - 5/5/2023), Lễ hội Festival nghề truyền thống Huế 2023 với chủ đề “Tinh hoa "
     "nghề Việt” chính thức khép lại tại sân khấu bia Quốc Học, Huế.", None),
    # sweep p32-vnanet-giothongxuthanh-none (a guard): a day of no year, an event of no year
    ("Ngày hội 'Giọt hồng Xứ Thanh' tiếp nhận 1.300 đơn vị máu\nNgày 18/7, tại Trung tâm hội nghị 25B, phường Hạc "
     "Thành, tỉnh Thanh Hóa, Ban Chỉ đạo Vận động hiến máu tình nguyện tỉnh tổ chức Ngày hội hiến máu “Giọt hồng Xứ "
     "Thanh”.", None),
    # another period reported beside the event's year (a guard, built on yq-tp-ho-chi-minh's lead): the year stays
    ("Ngày 25-10, Hội Chữ thập đỏ TPHCM đã phối hợp tổ chức Ngày hội hiến máu tình nguyện năm 2025. Trong 9 tháng đầu "
     "năm 2025, Hội đã tiếp nhận 120.000 đơn vị máu.", "2025-9T"),
])
def test_an_event_of_months_or_beside_another_period_is_left(text, code):
    got = find_period(text)
    assert (got.code if got else None) == code
