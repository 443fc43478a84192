"""Issue 14, round 52 (fresh set t42-): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _values(tpl):
    return [r.value for r in tpl.rows]


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


# --- ages written after the word `tuổi` (ageword.py) -----------------------------------------------------------------

# t42-hoinguoicaotuoi-khap-noi-mung-tho-2017
MAI_SON = ("Tỉnh Sơn La: Nhân dịp Đinh Dậu 2017, UBND huyện Mai Sơn tổ chức mừng thọ cho 1.161 NCT từ 70 tuổi trở lên "
           "với số tiền hơn 410 triệu đồng; có 62 cụ tuổi 90, 14 cụ tuổi 100 và 38 cụ tuổi tuổi hơn 100.")
TRUC_LAM = ("Tỉnh Thanh Hóa: UBND xã Trúc Lâm, huyện Tĩnh Gia tổ chức mừng thọ cho 80 NCT ở các độ tuổi 70, 75, 80, "
            "85, 90, 95 và 100. Cùng ngày, tại Từ đường nhà thờ họ Hoàng Bá (gốc Mạc) thôn Giảng Tín, con cháu họ "
            "Hoàng Bá mừng thọ 7 cụ cao tuổi trong họ từ 80 tuổi trở lên, mỗi cụ 100 nghìn đồng.")
# p33-bachthong-quangthuan-chuctho-2017-02: the same notation, the list closed by `tuổi`
QUANG_THUAN = ("Năm 2017 toàn xã có 27 cụ thọ tuổi 95, 90, 85, 80, 75, 70 tuổi được trao Giấy chứng nhận người cao "
               "tuổi.")


def test_ages_after_tuoi_are_no_rows_and_the_counts_between_them_stay(tmp_path):
    tpl = template(tmp_path, "Khắp nơi mừng thọ người cao tuổi năm 2017", MAI_SON)
    values = _values(tpl)
    assert Decimal(90) not in values and Decimal(100) not in values
    assert [v for v in values if v in (62, 14, 38, 1161)] == [1161, 62, 14, 38]   # each count of cụ keeps its row


def test_a_list_of_ages_after_do_tuoi_is_no_row(tmp_path):
    tpl = template(tmp_path, "Khắp nơi mừng thọ người cao tuổi năm 2017", TRUC_LAM)
    assert _values(tpl) == [Decimal(80), Decimal(7)]


def test_a_list_closed_by_tuoi_stays_read_as_ages(tmp_path):
    tpl = template(tmp_path, "Xã Quang Thuận tổ chức chúc, mừng thọ năm 2017", QUANG_THUAN)
    assert _values(tpl) == [Decimal(27)]


def test_a_span_or_a_count_after_tuoi_keeps_its_noun(tmp_path):
    # n-hoahoi-nct-2024-h1: `Hội Người cao tuổi 6 tháng đầu năm` is a span; a count with its own noun after the age
    # word is a count
    from service.checker.extract import extract_numbers
    from service.onboarding.ageword import _AGE_LIST

    text = "hội nghị sơ kết công tác Hội Người cao tuổi 6 tháng đầu năm"
    six = next(m for m in extract_numbers(text) if m.raw.startswith("6"))
    assert _AGE_LIST.search(text[:six.num_start])     # the word is there …
    tpl = template(tmp_path, "Báo cáo năm 2017", "Hội Người cao tuổi xã có 25 chi hội, kết nạp mới tuổi 60 trở lên "
                   "120 hội viên.")
    assert Decimal(120) in _values(tpl)                 # … a count of 120 hội viên after it stays a row
