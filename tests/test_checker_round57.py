"""Checker round 57 (chk57, issue 13): a finishing time written in hours, minutes and seconds is ONE number
(evaluations/sweep/checker-round57.md) — ``service.checker.racetime``, composed in ``extract.extract_numbers``.

Sources: the c47 road-race pages (``2 tiếng 16 phút 52 giây``, ``2 giờ 56 phút 50 giây``, ``2 tiếng 44 phút``) and
c29-hatinhtv (a track result with hundredths, ``14 phút 33 giây 54``). A time of day (``Khoảng 7 giờ 45 phút ngày
30/4``, ``Đến 11 giờ 20 phút ngày 15/3``) stays a time; one unit alone (``dưới 3 giờ``, ``Chỉ 17 giây sau``, ``chờ 21
phút``) is read as before.
"""

from __future__ import annotations

from decimal import Decimal

from service.checker.extract import extract_numbers
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, table, within

_HA_THI_HAU = "c47-thethaovietnamplus-ha-thi-hau-marathon-dem"
_DAN_SAO = "c47-vnexpress-all-star-2026-dan-sao-noi"
_SUB3 = "c47-vnexpress-sub3-vm-hanoi-midnight"
_ALL_STAR_2025 = "c47-vnexpress-vm-all-star-2025-dau-moc"
_ALL_STAR_2026 = "c47-vnexpress-vm-all-star-2026-thuong-100-trieu"
_HA_TINH_TV = "c29-hatinhtv-vdv-dien-kinh-ha-tinh-pha-2-ky-luc"


def _read(fragment: str):
    return [(fragment[m.start:m.end], m.value, m.unit, m.recogniser) for m in extract_numbers(fragment)]


# ---------------------------------------------------------------- one reading, in seconds

def test_hours_minutes_seconds_are_one_number_in_seconds():
    assert _read("cán đích sau 2 tiếng 16 phút 52 giây - thành tích tốt nhất") == [
        ("2 tiếng 16 phút 52 giây", Decimal(8212), "giây", "race-time")]
    assert _read("để về nhất với thành tích 2 giờ 49 phút 25 giây, phá sâu kỷ lục") == [
        ("2 giờ 49 phút 25 giây", Decimal(10165), "giây", "race-time")]
    assert _read("đạt thành tích cá nhân tốt nhất 2 tiếng 44 phút. Ban tổ chức") == [
        ("2 tiếng 44 phút", Decimal(9840), "giây", "race-time")]


def test_a_track_result_keeps_its_hundredths():
    (read,) = _read("đã giành Huy chương Vàng với thời gian 14 phút 33 giây 54. Kỷ lục")
    assert read == ("14 phút 33 giây 54", Decimal("873.54"), "giây", "race-time")


def test_a_time_no_row_keeps_is_one_flag_not_three(dummy):
    assert flagged_in(page(_HA_THI_HAU), dummy, "với thành tích 2 giờ 56 phút 50 giây, người") == [
        "2 giờ 56 phút 50 giây"]
    assert flagged_in(page(_DAN_SAO), dummy, "về đích với thông số 2 tiếng 19 phút 44 giây. Đây") == [
        "2 tiếng 19 phút 44 giây"]
    assert flagged_in(page(_SUB3), dummy, "hoàn thành cự ly thứ ba sau 2 tiếng 40 phút.") == ["2 tiếng 40 phút"]
    assert flagged_in(page(_ALL_STAR_2026), dummy, "với thành tích 2 tiếng 16 phút 52 giây - thông số") == [
        "2 tiếng 16 phút 52 giây"]
    assert flagged_in(page(_HA_TINH_TV), dummy, "với thời gian 14 phút 33 giây 54. Kỷ") == ["14 phút 33 giây 54"]


def test_a_row_in_seconds_supports_the_time_and_a_changed_digit_is_flagged_once(tmp_path):
    text = page(_ALL_STAR_2025)
    said = "cán đích sau 2 tiếng 16 phút 52 giây"
    kept = table(tmp_path, ["1,Thành tích vô địch nam cự ly 42km,giây,8212"])
    assert within(text, kept, said) == [("2 tiếng 16 phút 52 giây", "supported", "count")]
    changed = table(tmp_path, ["1,Thành tích vô địch nam cự ly 42km,giây,8213"])
    assert flagged_in(text, changed, said) == ["2 tiếng 16 phút 52 giây"]


# ---------------------------------------------------------------- negatives: what stays as it was

def test_an_old_record_stays_the_sports_rounds_claim(dummy):
    assert flagged_in(page(_HA_TINH_TV), dummy, "Kỷ lục trước đó là 14 phút 38 giây 92 do") == []


def test_a_time_of_day_in_hours_and_minutes_stays_a_time(dummy):
    assert flagged_in(page("c27-soha-quoc-lo-1a-ach-tac-km-so-4-2014"), dummy, "Khoảng 7 giờ 45 phút ngày 30/4") == []
    assert flagged_in(page("p37-hatinh24h-tag-cutri-none"), dummy, "Đến 11 giờ 20 phút ngày 15/3") == []
    assert flagged_in(page("c36-baomoi-hai-quan-thu-nsnn-2016"), dummy, "đến 14 giờ 15 phút chiều") == []
    assert [r for _, _, _, r in _read("Vào hồi 14 giờ 30 phút ngày 5/3")] == ["clock-hours", "day-month-cued"]
    assert [r for _, _, _, r in _read("lúc 8 giờ 30 phút 15 giây")][0] == "clock-hours"
    # ``H giờ M phút`` without seconds and without a result's cue is no finishing time
    assert all(r != "race-time" for _, _, _, r in _read("Đoàn xe xuất phát 2 giờ 30 phút"))


def test_one_unit_alone_is_read_as_before(dummy):
    assert flagged_in(page(_SUB3), dummy, "full marathon dưới 3 giờ và") == ["3"]
    assert flagged_in(page(_DAN_SAO), dummy, "Chỉ 17 giây sau") == ["17"]
    assert [(t, v) for t, v, _ in within(heldout("yo-ha-noi-so-y-te-kham-chua-benh-2014"), dummy,
                                         "chỉ phải chờ 21 phút")] == [("21", "unsupported")]


def test_minutes_or_seconds_past_59_are_no_duration():
    assert all(r != "race-time" for _, _, _, r in _read("sau 2 tiếng 75 phút"))
    assert all(r != "race-time" for _, _, _, r in _read("mất 4 phút 90 giây"))
