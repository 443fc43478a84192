"""Round 67 (template): areas named as where the period's work took place (``tại``/``ở`` N xã), in a sentence
that names the period, are a row — not the area's make-up (placesreached.py). Three real sources; real negatives:
what the area has (``có 77 tổ hòa giải ở 11 xã``)."""

from pathlib import Path

from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "evaluations/cases/heldout"
KIEN_HAI = CASES / "zf-kien-giang-kien-hai-hdnd-tiep-xuc-cu-tri-2019-q1/source.txt"
HA_GIANG = CASES / "yz-ha-giang-chi-cuc-dan-so-khhgd-tinh-chien-dich-dot-1-2014/source.txt"
SONG_HINH = CASES / "zi-phu-yen-ban-dan-toc-tro-cap-song-hinh-2007-10/source.txt"
HOA_GIAI = CASES / "xj-phu-yen-song-hinh-ubnd-huyen-hoa-giai-co-so-2002-2007/source.txt"


def _row(path, value, unit):
    t = build_template(path)
    return any(r.value is not None and float(r.value) == value and r.unit.startswith(unit) for r in t.rows), \
        any(float(s.value) == value and s.noun.startswith(unit) for s in t.standing)


def test_kien_hai_hamlets_met_in_the_quarter_a_row():
    # "Trong quý I năm 2019, … tổ chức tiếp xúc cử tri sau kỳ họp thứ 7 của HĐND huyện, xã tại 13 ấp"
    assert _row(KIEN_HAI, 13, "ấp") == (True, False)


def test_ha_giang_communes_of_the_first_round_a_row():
    # "Trong đó, đợt 1 triển khai tại 93 xã"
    assert _row(HA_GIANG, 93, "xã") == (True, False)


def test_song_hinh_communes_of_this_round_a_row():
    # "trong đợt này, các hộ đồng bào dân tộc thiểu số khó khăn ở 11 xã, thị trấn của huyện"
    assert _row(SONG_HINH, 11, "xã")[0]


def test_what_the_area_has_stays_standing():
    # "Đến nay, toàn huyện có 77 tổ hòa giải ở 11 xã, thị trấn": a stock — no row
    row, standing = _row(HOA_GIAI, 11, "xã")
    assert standing and not row
