"""Round 42 of the period reader: a person's year of birth (service/periods/born.py) and a historical record's year
(service/periods/records.py) name no period; a page's one day dated by its ISO stamp and opened by ``Chiều tối``
(service/periods/mentions.py, recognisers.DAY_OPENS).  Real quotes from sweep pages and held-out cases, with negatives."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"


def _read(path):
    p = parse_report(path).period
    return getattr(p, "code", p) if p else None


def _years(text):
    return sorted({m.period.year for m in find_mentions(text) if m.period is not None and m.period.year})


# sweep p42-nld-gasaigon-tet-2026-02 (a Tết railway page of 2026-02, read 1992 before)
NLD = ("Đi tuyến về Quảng Ngãi, anh Nguyễn Văn Mỹ (sinh năm 1992, ngụ phường An Nhơn) cho biết năm nay anh và gia đình "
       "chủ động đến ga sớm hơn thường lệ.")
# held-out ye-tay-bac-cum-thi-dua-cong-an-so-2-toi-pham-ma-tuy-2024: the same bracket
TAY_BAC = ("Đồn Biên phòng Cửa khẩu quốc tế Thanh Thủy tiếp nhận đối tượng bị truy nã Lý Văn Hùng (sinh năm 1989, trú "
           "thôn Bắc Ngàn, xã Phú Linh, huyện")
# sweep t42-hoinguoicaotuoi-khap-noi-mung-tho-2017 (read 1907 before): after a comma
ELDER = "chính quyền địa phương đến thăm, tặng quà cụ Cô Văn Bông, sinh năm 1907, ở thị Trấn Đề"
# held-out z-lam-dong-bao-loc-thads-2021: "phát sinh" (arising), the year reported
BAO_LOC = ("trong đó, có 1.180 vụ việc cũ tồn đọng chuyển qua và 1.196 vụ mới phát sinh trong năm 2021. Số vụ đủ điều "
           "kiện thi hành")


def test_a_year_of_birth_names_no_period():
    assert _years(NLD) == []
    assert _years(TAY_BAC) == []
    assert _years(ELDER) == []


def test_arising_in_a_year_is_no_birth():
    assert _years(BAO_LOC) == [2021]


def test_the_birth_pages_no_longer_read_the_birth_year():
    assert _read(PAGES / "p42-nld-gasaigon-tet-2026-02.txt") != "1992"
    assert _read(PAGES / "t42-hoinguoicaotuoi-khap-noi-mung-tho-2017.txt") != "1907"


# sweep p42-cand-lula-dongha-none (no year of its own, read 1983 before)
DONG_HA = ("Đỉnh lũ tại trạm Đông Hà trên sông Hiếu (Quảng Trị) đo được chiều ngày 8/10 đã vượt lũ lịch sử năm 1983 là "
           "0,11m.")
# sweep p42-vietnamnet-lu-thubon-2025-10 (read 1964 before): a peak's record, the lunar year's name before its number
THU_BON = ("mực nước lũ trên sông Thu Bồn tại trạm Câu Lâu lên mức 5,62m, trên báo động 3 khoảng 1,62m; vượt đỉnh lịch "
           "sử 5,48m ghi nhận năm Thìn 1964 là 12cm. Tại trạm Hội An mực nước 3,39m, trên báo động 3 khoảng 1,39m - thấp "
           "hơn đỉnh lũ lịch sử năm 1964 (3,4m) là 1cm.")
# sweep p16c-thanhnien-hanman-2020 (labelled 2020): a drought's record
DROUGHT = ("tế đối với ngành nông nghiệp đã nghiêm trọng hơn so với đợt hạn mặn lịch sử xảy ra vào mùa khô năm 2016.")
# sweep p16-vdong-hanman-2019-2020: "lịch sử" without a record's noun is not read here (left to the comparison)
VDONG = ("Hạn hán, xâm nhập mặn tại Đồng bằng sông Cửu Long (ĐBSCL) năm 2019-2020 đến sớm và nghiêm trọng hơn lịch sử "
         "năm 2015-2016.")


def test_a_historical_record_year_names_no_period():
    assert _years(DONG_HA) == []
    assert _years(THU_BON) == []
    assert 2016 not in _years(DROUGHT)


def test_history_without_a_record_noun_is_left_alone():
    assert _years(VDONG) == [2016, 2020]     # as before the rule: the season 2015-2016 compared, 2019-2020


def test_the_record_pages_read_their_own_period():
    assert _read(PAGES / "p42-cand-lula-dongha-none.txt") is None
    assert _read(PAGES / "p42-vietnamnet-lu-thubon-2025-10.txt") == "2025-10"
    assert _read(PAGES / "p16c-thanhnien-hanman-2020.txt") == "2020"
    assert _read(PAGES / "p16-vdong-hanman-2019-2020.txt") == "2020"


def test_a_day_opened_by_evening_under_an_iso_stamp_is_its_month():
    # sweep c44-vietnamplus-brvt-3-tau-ca-2024-09: " date 2024-09 ... Chiều tối 24/9, Biên đội III/24 ..." and its
    # skippers' years of birth (read 1972 before)
    assert _read(PAGES / "c44-vietnamplus-brvt-3-tau-ca-2024-09.txt") == "2024-09"
