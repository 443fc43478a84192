"""Score the t24- pages against round 31's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``7,62 triệu tấn`` as 7,62 or 7.620.000).
Labels written by hand before the code ran on the pages (round 31's first look).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round31_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)


def sc(v, k):
    """A figure with a scale word: as written or as meant."""
    return (v, round(v * k, 6))


T, M, B = 1000, 10**6, 10**9
L = {
 # PEPPER EXPORTS
 "t24-baogialai-hotieu-6t-2023": dict(
     P=[25000, sc(92, M), 156000, sc(498, M), 3667, 3184],
     D=[3.4, 8.2, 26.6, 11, 18.1, 11.3, 29.7],
     O=[sc(67.5, M), sc(67.5, M), sc(68.5, M), sc(69, M), sc(69.5, M), sc(70.5, M), sc(70.5, M), sc(1, M)]),
 "t24-tbtco-hotieu-10t-2023": dict(
     P=[19401, sc(73.2, M), 225438, sc(755.63, M), 3772, 3352],
     D=[7.1, 8.4, 11.6, 10.6, 17.5, 9.7, 1.2, 0.8, 23.1],
     O=[69000, 72000, 69000, 69500, 70500, 72000, 1000, 1500, 1000, 1500]),
 "t24-vnbusiness-hattieu-10t-2018": dict(
     P=[sc(16, T), sc(48, M), sc(209, T), sc(683, M), 3009, 3269],
     D=[8.5, 4.9, 45.6, 4.9, 8.9, 32.8, 3.9, 34.7, 38.3],
     O=[56000, 57000, 56000, 57000, 56000, 3000, 61000]),
 "t24-danviet-hattieu-9t-2022": dict(
     P=[sc(174.53, T), sc(770.44, M), 4099, 4414],
     D=[18, 7.1, 0.7, 1.5, 30.7],
     O=[25.8, 25.3, 9.1, 7.7, 2500, 3000, 60500]),
 "t24-cafef-hattieu-15ngay-2018-09": dict(
     P=[sc(8.5, T), sc(24.6, M), sc(184, T), sc(608.79, M), 2872],
     D=[12.5, 15, 34, 20.3, 5.9, 34.6, 2.9, 40.5],
     O=[49000, 51000, 83000, 124000, sc(22.2, T), sc(65.14, M), sc(175.5, T), sc(584.18, M),
        4.1, 1.7, 10.8, 29.1, 4.9, 35.1]),
 # CEMENT
 "t24-batdongsan-ximang-2t-2018": dict(
     P=[sc(7.62, M), sc(5.02, M), sc(1.96, M), sc(2.60, M), sc(5.5, M), sc(18.55, M)],
     D=[38, 22.9, 11, 30, 121, 85]),
 "t24-batdongsan-ximang-8t-2018": dict(
     P=[sc(7.66, M), sc(5.65, M), sc(2.01, M), sc(63.85, M), sc(43.76, M), sc(20.09, M)],
     D=[sc(0.25, M), 3, sc(0.09, M), 44, 30, 76],
     O=[sc(20, M)]),
 "t24-vietbao-ximang-11t-2018": dict(P=[sc(94.97, M), sc(66, M), sc(28.97, M)], D=[44, 112, 65]),
 "t24-vietbao-ximang-10t-2018": dict(P=[sc(85.23, M), sc(23.87, M), sc(6.09, M)], D=[51, 100, 14, 7]),
 # STOCK EXCHANGES
 "t24-danviet-hose-2022-08": dict(
     P=[1280.51, 1279.72, 1301.44, sc(15607, B), sc(626.87, M), sc(14.41, B), sc(358962, B)],
     D=[6.15, 5.67, 5.64, 14.53, 18.23, 15.25, 35.68, 27.18, 39.29, 48.61],
     O=[15.51, 14.02, 9.27, 3.60]),
 "t24-vneconomy-hnx-2021-08": dict(
     P=[342.81, sc(3.4, B), sc(85.1, T * B), sc(158, M), sc(3870, B), sc(394, T * B), 792.2, 291.63, 266.57,
        403.75, 749.68, sc(1727, M), sc(47.6, T * B)],
     D=[32.7, 84.43, 8.8, 30.7, 40.4, 40.4, 5, 11.93, 33.25, 12.87, 28.96, 12.19, 30.14, 8.07, 75.86, 11.26,
        18.04, 49.66]),
 "t24-tbtco-hnx-2021-q3": dict(
     P=[357.33, sc(3.3, B), sc(67.2, T * B), sc(165, M), sc(3361, B), sc(414, T * B), 301.55, 309.07, 780.74,
        415.83, 819.97],
     D=[4.23, 4.94, 21, 4.5, 13.1, 5.1, 34.98, 13.12, 17.44, 5.98, 11.46, 1.45, 12.08, 2.99, 70.29, 9.38],
     O=[393, 4]),
 "t24-vietbao-hose-2022-05": dict(
     P=[1292.68, 1312.15, 1332.59, sc(14951, B), sc(540.22, M)],
     D=[5.42, 13.72, 6.64, 15.96, 5.98, 13.23, 32.40, 20.98]),
 "t24-tbtco-hose-2023-10": dict(
     P=[1028.19, 1028.02, 1039.38, sc(625.89, M), sc(14285, B), sc(47.05, M), sc(31.6, B), sc(49286, B)],
     D=[10.91, 2.10, 11.42, 5.91, 10.88, 3.40, 35.32, 38.68, 15.45, 55.82, 7.84],
     O=[20.22, 14.94, 14.30]),
 # COURTS
 "t24-baotayninh-toaan-2012": dict(
     P=[11041, 10736, 1319, 2318, 1312, 2286, 4512, 4288, 1732, 4797, 4732, 2848, 78, 76, 175, 175, 17, 160, 153],
     D=[97.24, 776, 26, 17, 99.74, 85, 95, 40, 823, 786, 98.64, 60.2, 42, 40, 97.44, 122, 123, 100, 9.71, 48, 31]),
 # TUBERCULOSIS
 "t24-tbtv-lao-thaibinh": dict(P=[1089, 90]),
}

if __name__ == "__main__":
    main(L)
