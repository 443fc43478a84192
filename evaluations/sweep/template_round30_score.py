"""Score the t23- pages against round 30's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``358,18 triệu USD`` as 358,18 or 358.180.000).
Labels written by hand before the code ran on the pages (round 30's first look).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round30_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)


def sc(v, k):
    """A figure with a scale word: as written or as meant."""
    return (v, round(v * k, 6))


T, M, B = 1000, 10**6, 10**9
L = {
 "t23-vtcnews-oto-2025-08": dict(P=[25973, 17304, 8367, 302, 12671, 13302], D=[31739, 22, 5, 53, 19, 17]),
 "t23-nld-oto-2021-08": dict(P=[2310, 2182], D=[1472, 54]),
 "t23-nld-oto-2021-09": dict(P=[13537], D=[50], O=[53, 64.7, 51.4, 8884, 45, 57]),
 "t23-vietbao-kieuhoi-hcm-2016": dict(P=[sc(5, B)], D=[57], O=[sc(700, M), 60]),
 "t23-vietbao-kieuhoi-hcm-2019-9t": dict(P=[sc(16.7, B)], D=[6.4, sc(16, B)], O=[10, 2.5, 55, 3.8]),
 "t23-quochoitv-kieuhoi-2022": dict(P=[sc(19, B)], D=[5, sc(1, B)]),
 "t23-baogialai-dieu-10t-2023": dict(
     P=[64320, sc(358.18, M), 516900, sc(2.95, B), 5569, 5703, sc(733, M), sc(522.3, M)],
     D=[13.3, 15.5, 47.7, 37.1, 21.8, 15.9, 2, 7.2, 4.8, 4.7, 46.6], O=[42.6, 2]),
 "t23-cafef-dieu-2019-04": dict(
     P=[sc(35.7, T), sc(271.18, M), sc(115.1, T), sc(910.49, M), 7601, 7910, 10634, 8923, 9124, 9412, sc(11.6, T),
        sc(88.52, M), sc(37, T), sc(294.62, M)],
     D=[11.6, 8.4, 10.9, 12.6, 8.4, 14.4, 2.9, 21.2, 21, 8.4, 19.6, 14.3, 15.3, 11.2, 30.6, 3.9, 24], O=[92.6]),
 "t23-langsontrade-dieu-8t-2023": dict(
     P=[sc(60.58, T), sc(333.83, M), sc(395.6, T), sc(2.28, B), sc(103.7, T), sc(592, M)],
     D=[10.8, 9.7, 29.2, 21.8, 15.5, 11.3, 5.4, 3.8],
     O=[7, sc(8.48, B), sc(5.8, B), sc(3.55, B), sc(3.16, B), sc(2.96, B), sc(1.62, B)]),
 "t23-lamdong-hiv-9t-2014": dict(P=[1195, 430, 290, 320, 93, 3]),
 "t23-sggp-hiv-2010-03": dict(P=[1628, 533, 225], D=[448], O=[156802, 70, 97]),
 "t23-baomoi-hiv-6t-2009": dict(P=[6101, 4104, 1056, 434, 149265, 32400, 43265], D=[3760], O=[1543, 860]),
 "t23-baoquangnam-hiv-2018-h1": dict(P=[417, 285, 634, 23, 4100, 373, 197, 16, 992], O=[0.1]),
 "t23-thanhnien-totnghiep-2019": dict(P=[71.97, 77.79, 28.34, 99.09, 52.92, 71.96, 7491, 8292, 90.34, 25219, 51.1],
                                      D=[97.29, 25, 17, 89.35, 7.34, 5.75], O=[10, 100, 33]),
 "t23-dantri-totnghiep-3tinh": dict(P=[90.7, 88.06, 97.21, 6079, 6702, 402, 761, 52.82, 69.6, 10614, 10918],
                                    D=[3, 5], O=[2, 55, 100, 8, 2, 55]),
 "t23-daibieunhandan-totnghiep-2011": dict(
     P=[97.56, 97.24, 15149, 13880, 1269, 99.37, 99.63, 89.3, 86.58, 87.45, 99.62, 265, 2964, 18, 15000],
     D=[0.7, 1, 8, 3.3, 38, 0.34, 14], O=[1.2, 17.2, 7, 10, 18]),
}

if __name__ == "__main__":
    main(L)
