"""Score the t21- pages against round 28's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``150,1 triệu USD`` as 150.1 or 150.100.000).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round28_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)


def sc(v, k):
    """A figure with a scale word: as written or as meant."""
    return (v, round(v * k, 6))


T, M, B = 1000, 10**6, 10**9
L = {
 "t21-xuatnhapcanh-2024": dict(P=[59521947, 36247961, 17015677], D=[48.2, 60.9, 49], O=[100]),
 "t21-thanhnien-dautu-ranuocngoai-9t": dict(P=[41, sc(150.1, M), 15, sc(422.1, M)], D=[55.9, 2.6],
                                            O=[sc(300, M), sc(76, M), 1, sc(32, M)]),
 "t21-baobariavungtau-fdi-2024-q1": dict(
     P=[13, sc(1.556, B), 8, sc(1.452, B), 5, sc(104.79, M), 465, sc(33.103, B), 292, sc(15.408, B), 173,
        sc(17.695, B)],
     D=[15.5, sc(35.4, M), 60.7, sc(37.37, M)]),
 "t21-thanhnien-fdi-t1-2017": dict(
     P=[175, sc(1.24, B), 76, sc(179.2, M), sc(1.42, B), sc(850, M), sc(834.9, M), sc(297.4, M), sc(111.5, M),
        sc(666.2, M), sc(159.5, M), sc(108.7, M), 31, sc(416.7, M), sc(347.8, M), sc(310.1, M)],
     D=[37.8, 23, 6.6, 6.3, 67.1, 23.9, 9, 53.6, 12.8, 8.7]),
 "t21-kinhtedothi-fdi-980": dict(P=[980, sc(7256.80, M), 406, sc(4924.54, M), sc(12181.35, M), 431, sc(4392.70, M)]),
 "t21-cand-fdi-1ty": dict(P=[sc(1.05, B), 166, 61, 42, sc(306.2, M), sc(181.3, M), sc(168.1, M)], D=[10.5, 14.4, 13.4],
                          O=[19]),
 "t21-cand-fdi-t1-2024": dict(P=[sc(2.36, B), 190, sc(2, B), 75, sc(235, M), 35, sc(867, M), sc(282, M), 42, 5],
                              D=[40], O=[sc(600, M), 8]),
 "t21-vinanet-caphe-t11": dict(P=[80400, sc(1.17, M)], D=[34, 25.6], O=[sc(1.34, M), sc(19.5, M), 80000]),
 "t21-vinanet-caphe-t3-2014": dict(P=[278300, 882500], D=[51.4, 1.4], O=[sc(4.64, M)]),
 "t21-thuvienphapluat-tnld-2022": dict(
     P=[7718, 7923, 720, 568, 152, 754, 595, 159, 1647, 1466],
     D=[1214, 18.66, 1265, 18.99, 29, 3.87, 6, 1.05, 23, 13.14, 32, 4.07, 7, 1.16, 25, 13.58, 162, 10.9, 240, 19.6],
     O=[62]),
 "t21-baogiaothong-tnld-2014": dict(P=[4000, 3505, 58, 660, 1187, 14, 13]),
 "t21-tienphong-tnld-2018": dict(P=[7997, 1039, 1939], D=[3]),
 "t21-baohungyen-thuvien-2017": dict(P=[sc(13, T)]),
 "t21-plo-ngodoc-2017": dict(P=[91, 3200, 2500, 17]),
 "t21-thanhnien-ngodoc-t3-2018": dict(P=[12, 233, 216, 3, 2, 3, 3, 4]),
 "t21-plo-ngodoc-5nam": dict(P=[927, 30733, 229, 66.7, 72, 19.4, 33.3, 11.1, 36.1], D=[185, 6147, 46, 53.8],
                             O=[12, 20.6, 7, 13]),
}

if __name__ == "__main__":
    main(L)
