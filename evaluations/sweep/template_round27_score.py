"""Score the t20- pages against round 27's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``373 nghìn chuyến`` as 373 or 373.000).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round27_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)


def sc(v, k):
    """A figure with a scale word: as written or as meant."""
    return (v, round(v * k, 6))


T, M, B = 1000, 10**6, 10**9
L = {
 "t20-baogiaothong-hangkhong-10t-2018": dict(
     P=[sc(87.4, M), sc(373, T), sc(374, T), sc(1.23, M), sc(58.7, M), sc(999, T),
        sc(36.6, T), sc(36.4, T), sc(8.3, M), sc(131, T), sc(3.9, M), sc(37, T)],
     D=[11, 10.4, 13.5, 9.5, 13.6, 6.9, 12.6, 5.3, 5.3, 8.6, 3.9, 38.6], O=[sc(105, M)]),
 "t20-plo-matuy-2019": dict(P=[86, 283, 612.5, 120.54, (2, 2000), 231814, 23328, 36222, 1222, 6253, 1053099],
                            D=[5], O=[276]),
 "t20-thanhnien-sxh-9t-2020": dict(P=[65.6, 0.01, 399, 228, 2201, 163], D=[32, 0.09, 76, 4083],
                                   O=[0.36, 0.16, 0.22]),
 "t20-baokhanhhoa-ctd-nhatrang-2018-q1": dict(P=[3.8, 800, 4100, 706, 800, 600]),
 "t20-infonet-sxh-hanoi-2022": dict(P=[6779, 5, 9750, 1, 258480, 102], D=[3.2, 4.8, 81]),
 "t20-mrdoom-doanhnghiep-8t": dict(P=[92000, 73400, 18700, 50.9, 14924, 25500], D=[19.7, 65.1, 32.7, 8.3]),
 "t20-moitruongngaynay-doanhnghiep-11t-2019": dict(
     P=[12265, 139.9, sc(112.5, T), 11.4, 3326, sc(126.7, T), sc(1.5, 10**15), sc(1.1, M), 12.4, 2101.3,
        sc(36.5, T), 3675.7, sc(36.9, T), sc(163.6, T)],
     D=[0.7, 2.5, 18.9, 3.2, 12.1, 54.1, 2.3, 4.5, 27.5, 11.8, 22, 15.7, sc(14.9, T)], O=[sc(1.9, T)]),
 "t20-vneconomy-doanhnghiep-t1-2024": dict(
     P=[13536, 151451, 64.4, 48.7, 44.3, 34.6, 31.9, 27.0, 25.5, 23.2, 12432, 10177, 3208, 151, 774, 399, 1021],
     D=[24.8, 52.8, 91.8, 26.7, 75.2, 24.4, 23.7, 26.3, 1.1, 20.8, 48.3, 44.0], O=[13, 6]),
 "t20-ketoanhoasen-doanhnghiep-t7-2019": dict(P=[12352, 139200, 11.3, 94925, 2690, 2501, 2471, 1434],
                                              D=[9.7, 14.0, 3.9, 17.4, 9.4, 2.4, 4.0, 32.2]),
 "t20-thanhtra-vipham-1075-canhan": dict(
     P=[36, 4.1, sc(457.4, T), 3.8, sc(445.6, T), 978, 280, sc(11.7, T), 3, 12, 6, 1, 5, 63, 3.5, 1.1,
        sc(6.7, T), 7766, 940, 1075, 342, 92, 1.9, 747, 4.7, 7.4], D=[78]),
 "t20-baodauthau-thanhtra-2020": dict(P=[6154, 3737, 6124, 13456, 6025, 1113, 607, 12343, 5417, 824, 625, 750,
                                         353, 5382, 240, 572, 265, 4723, 92, 102, 245, 670, 23, 25]),
 "t20-thaihuuha-thanhtra-dat-6t-2020": dict(P=[452, 52, 409, 40.3, 401, 11, 44.6, 23, 72, 2, 2]),
 "t20-thiennhien-thanhtra-dat-2011": dict(P=[75600, 286000, 11845, 9.4, 6.3]),
 "t20-cand-gialai-donthu": dict(P=[836, 92], D=[30]),
 "t20-ninhthuan-tiepcongdan-6t-2020": dict(P=[866, 964, 5, 75], D=[146, 127, 1012, 1091, 7, 166, 12, 241]),
 "t20-tienphong-hssea-2013": dict(P=[101, 50, 27, 24], O=[9, 25, 24, 18, 8, 3, 2, 3]),
}

if __name__ == "__main__":
    main(L)
