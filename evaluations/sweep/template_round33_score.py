"""Score the t25- pages against round 33's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``2,35 triệu tấn`` as 2,35 or 2.350.000).
Labels written by hand before the code ran on the pages (round 33's first look, ``template-round33.md``).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round33_score.py [-v]``."""
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)


def sc(v, k):
    """A figure with a scale word: as written or as meant (the scale multiplied in decimal: 65,6 tỷ is
    65.600.000.000, not 65.599.999.999,99999)."""
    return (v, float(Decimal(str(v)) * k))


T, M, B = 1000, 10**6, 10**9
# t25-vietbao-thep-10t-2018's plain 20 triệu tấn is written at its scale only: round 24's scorer takes the first mark
# whose number is equal whatever the unit, and the page's hope `20%` (marked ~) would take it.
L = {
 # WOOD EXPORTS
 "t25-vietbao-go-2017": dict(
     P=[sc(7.252, B), sc(7.6, B), sc(8.525, B), sc(695.3, M), sc(6.9, B), sc(2.957, B), sc(964.4, M)],
     D=[3, 11, 17.6, 6.76]),
 "t25-danviet-go-t11-2022": dict(P=[sc(1.1, B), sc(713, M)], D=[8.3, 14.6, 8.1, 23]),
 "t25-baogialai-go-5t-2024": dict(
     P=[sc(1.25, B), sc(6.14, B), sc(851.4, M), sc(621.4, M), sc(233.3, M)],
     D=[8, 18.1, 23.6, 23.1, 23.9, 9.8],
     O=[sc(3, B), 27.7, 61.4, sc(14.2, B), 6, 170]),
 # STEEL
 "t25-thanhnien-thep-t8-2021": dict(P=[sc(2.35, M), sc(1.9, M)], D=[1.9, 9.4, 8]),
 "t25-cafef-thep-t8-2020": dict(
     P=[2345931, 2070852, 462138, 16000612, 14437201, 2742139],
     D=[11.36, 12.6, 5.88, 13.9, 8.81, 29.9, 5.0, 6.9, 13.8]),
 "t25-cafef-thep-t4-2019": dict(
     P=[1277546, 1334454, 5066045, 4964236, 948397, 923590, 3505390, 3635590],
     D=[28, 7, 4, 13, 37, 29, 14, 3.64, 9.6, 7.1, 9.7, 17.7]),
 "t25-vietbao-thep-10t-2018": dict(P=[sc(3.9, M), 20 * M, sc(18, M)], D=[31, 17.7, 27.7], O=[20]),
 "t25-vietbao-thep-5t-2018": dict(
     P=[2083816, 9678653, 6698893, 1568826], D=[4, 27, 24, 35.2, 47.7], O=[sc(6.7, M), 35]),
 "t25-baogialai-thep-5t-2023": dict(P=[sc(7.5, M), sc(7.6, M), sc(11, M), sc(10.4, M)], D=[21, 17, 21.8, 19.4]),
 # FORESTRY
 "t25-cafef-lamnghiep-t7-2019": dict(
     P=[sc(14.8, T), sc(6.4, M), sc(1470, T), sc(1.5, M), sc(124.8, T), sc(40.8, M), sc(8500, T), sc(10.7, M)],
     D=[11, 2.7, 3.6, 3.2, 5.8, 3.1, 4.3, 1.7],
     O=[sc(105, T), sc(102.4, T), sc(48.8, T), sc(31.1, T), sc(8.3, T), 9.1, 19.7, 11, 2, 3]),
 # ANIMAL DISEASE
 "t25-nhanongxanh-dtlcp-2020": dict(
     P=[47, 25, 22, 22, 12037, 2, 7435, 6930, 12, 1182, 10, 78, 94, 27662], O=[7, 5, 42, 16]),
 # OIL AND GAS
 "t25-qdnd-pvn-t1-2019": dict(
     P=[sc(1.13, M), sc(0.95, M), sc(0.12, M), sc(0.92, B), sc(1.76, B), sc(142.94, T), sc(1.123, M),
        sc(56.8, T * B), sc(8.2, T * B)],
     D=[3.7, 3.6, 4.2, 8.6, 95.8, 4.4, 6.7]),
 "t25-vnexpress-pvn-5t-2023": dict(
     P=[sc(0.92, M), sc(4.41, M), sc(0.77, M), sc(3.66, M), sc(0.73, B), sc(3.42, B)],
     D=[15.6, 2.6, 13.7, 47.5, 18.5, 3, 0.8, 16.3, 48.6, 24.5, 0.6, 78.5, 21.2, 57.6]),
 "t25-cand-xangdau-5t": dict(
     P=[sc(7.6, M), sc(4.5, B), sc(301.6, T), sc(530.8, T), sc(2.78, M)], D=[7.4, 1.6, 4.2, 8.8, 11.1]),
 "t25-baobariavungtau-pvn-2024-q1": dict(P=[sc(0.87, M), sc(618, M)], D=[20.1, 9.3, 35.7, 20], O=[19]),
 # TRANSPORT
 "t25-phapluatxahoi-vantai-t5-2019": dict(
     P=[sc(417.4, M), sc(19.1, B), sc(2073.4, M), sc(93.9, B), sc(2065.8, M), sc(73.1, B), sc(7.6, M), sc(20.8, B),
        sc(1960, M), sc(65.6, B), sc(84.9, M), sc(1656.1, M), sc(3.2, M), sc(189.4, M), sc(22, M), sc(25.1, B),
        sc(3.3, M), sc(1350.3, M)],
     D=[0.4, 0.3, 10.6, 9.3, 10.6, 9.1, 10.5, 9.9, 10.8, 10.1, 7.8, 6.7, 8.1, 9.8]),
}

if __name__ == "__main__":
    main(L)
