"""Score the t19- pages against round 26's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``24,23 tỷ USD`` as 24,23 or 24.230.000.000).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round26_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)


def sc(v, k):
    """A figure with a scale word: as written or as meant."""
    return (v, round(v * k, 6))


T, M, B = 1000, 10**6, 10**9
L = {
 "t19-tapchicaosu-vrg-2014-06": dict(P=[59874, 13028, 75308, 81810, 42043, 39767, 3728, 45.5],
                                     D=[23.1, 19.1, 22.2, 28.8, 24.6, 75.6]),
 "t19-sado-vrg-2014-08": dict(P=[114397, 46.6, 40, 48.3, 29352, 149742, 148138, 67462, 80676, 6261.7],
                              D=[44.1, 96.7, 97.3, 98.1, 87, 43.1, 1115, 41.2]),
 "t19-tapchicaosu-dautieng-10t-2014": dict(P=[21450, 4240, 29350, 25350, 1237, sc(44.25, M), 41.7, 273.5], D=[75, 70]),
 "t19-nhipcaudautu-dongphu-06": dict(P=[2209, 5759, 55.9, sc(196, T), 75, 172],
                                     D=[60, 30, 54.4, 0.7, sc(27.79, M), 33]),
 "t19-thanhnien-tet-2019-capcuu": dict(P=[3442, 1820, 11, 13955, 16, 18, 275], D=[32, 10]),
 "t19-viettimes-tet-2023-capcuu": dict(P=[60460, 7291, 11522, 311, 1511, 128, 29, 2, 604, 4],
                                       D=[1.7, 12, 103, 33.1, 20.7, 4.1, 22.6]),
 "t19-plo-tngt-tet-2012": dict(P=[191, 161, 187], D=[53, 34]),
 "t19-plo-tngt-tet-2010": dict(P=[6, 5, 1, 650, 20, 455, 925, 10], D=[100, 1, 2, 5, 19.5, 30]),
 "t19-vnexpress-ulaw-totnghiep-2025": dict(P=[1600, 44, 2.76, 28.67, 1047, 65.7], D=[10, 4], O=[50, 30, 5]),
 "t19-vov-chayno-2023-04": dict(P=[3, 2, 7, 12, 932, 5650, 196, 59, 84, 48, 18, 13, 12, 7, 2, 1, 1, 1, 14],
                                D=[15, 14.71, 1, 12, 21.15, 3, 2, 7, 15, 1, 7, 5, 4.39, 1, 1, 7,
                                   41.03, 15.38, 11.11, 10.26, 5.98, 1.71, 0.85, 0.85, 0.85, 11.97], O=[211]),
 "t19-sggp-chay-tet-2014": dict(P=[96, 1, 9, 7.8], D=[19, 5, 1]),
 "t19-hatinh-nongnghiep-2017-h1": dict(P=[5.73, 2.65, 5.08, 4.31, 2.01, sc(455.6, T), sc(334.5, T), sc(207.7, T),
                                          sc(222.3, T), sc(304.6, T), sc(488, T), sc(448.3, T)],
                                       D=[0.78, 0.2, 4.4, 7.1, 26.8, 24.8, 16.4, 2.2], O=[0.43]),
 "t19-tinhuyquangtri-nlts-2021-h1": dict(P=[sc(24.23, B), sc(3.14, B), 3.84, 3.71, 3.98, 4.25, 3.82, 3.69, 3.98, 4.25,
                                            1.2, sc(3.0, M), 13.1, 2.5, 11.6, 5.4, sc(3.16, M), 265550],
                                         D=[11.6, 22.58]),
 "t19-pccchn-chayno-2023-h1": dict(P=[881, 45, 43, 87.15, 149.08, 5, 3, 10, 565, 193, 389, 502, 379,
                                      320, 124, 99, 82, 60, 24, 12, 11, 4, 3, 142, 455, 299, 79, 7, 3],
                                   D=[57.0, 43.0, 33.6, 13.4, 10.7, 8.9, 6.5, 2.6, 1.3, 1.2, 0.4, 0.3, 16.1,
                                      49.2, 32.4, 8.5, 0.8, 0.3]),
 "t19-baolangson-nongsan-9t-2018": dict(P=[sc(29.54, B), sc(15.16, B), sc(2.5, B), sc(3.07, B), sc(473, M), sc(523, M),
                                           sc(6.395, B), sc(1.61, B), sc(2.62, B), sc(6.757, B), sc(6.41, B),
                                           sc(248, M), sc(405, M)],
                                        D=[9.3, 73, 1.3, 4.4, 23.2, 17.1, 27.8, 21.1, 7.2, 24.6, 4.5, 15.8, 15, 27.7,
                                           5.2], O=[17]),
 "t19-cand-hocbong-pvd": dict(P=[616, 1.2], O=[2, 1.5]),
}

if __name__ == "__main__":
    main(L)
