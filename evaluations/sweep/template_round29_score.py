"""Score the t22- pages against round 29's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``187 triệu USD`` as 187 or 187.000.000).
Labels written by hand before the code ran on the pages (round 29's first look).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round29_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)


def sc(v, k):
    """A figure with a scale word: as written or as meant."""
    return (v, round(v * k, 6))


T, M, B = 1000, 10**6, 10**9
L = {
 "t22-tienphong-blgd-9t": dict(P=[33904, 4185, 12699, 11683]),
 "t22-kenhthitruong-blgd-hanoi-2024": dict(P=[24]),
 "t22-dienbientv-duoinuoc-6t-2022": dict(P=[115], O=[30]),
 "t22-plo-duoinuoc-2016-h1": dict(P=[1645, 957], O=[50]),
 "t22-laodongthudo-duoinuoc-hoabinh-2018": dict(P=[7, 8]),
 "t22-thanhnien-catra-8t-2022": dict(P=[sc(187, M), sc(1.8, B), sc(500, M), sc(428, M), sc(3, B), sc(917, M)],
                                     D=[114, 81, 2, 29, 25, 90, 22.5, 3], O=[12, 33, 10, 13]),
 "t22-vov-thuysan-9t-2013": dict(P=[sc(558, M), sc(873.76, M), sc(335, M), 46], D=[10.6, 65.5],
                                 O=[21.6, 53, 13.8, 13, 0.6, 14.1, 2.6, 38, 3, 71, 10.8, 2.7, sc(250, M)]),
 "t22-nld-thuysan-2012-q1": dict(P=[sc(148.4, M), sc(138.6, M), sc(74, M), sc(67, M)], D=[88.2, 76.7, 75, 45.7],
                                 O=[10, 66, 7]),
 "t22-thiennhien-lamnghiep-11t-2019": dict(
     P=[5912, 1064, 323, 236, 73.4, 73, 19.6, 364, 73, 28, 27, 115, 2002, 4801, 2529, 2272, 104, 202, 1242.95],
     D=[662, 10, 298, 39, 187, 565, 2, 51, 966.97]),
 "t22-plo-duongsat-2021": dict(P=[sc(5.6, M), sc(1.4, M), sc(2600, B), sc(6290, B), sc(7.2, M), sc(5.6, M)],
                               D=[110.4, 36.7, 85, 94.6, 95.3, 84, 68]),
 "t22-doanhnghiephoinhap-duongsat-2024-h1": dict(P=[sc(4500, B), 650000, sc(401, B)], D=[10, sc(24.7, B), 72, 7.5],
                                                 O=[21]),
 "t22-baobariavungtau-benhdai-2024-02": dict(P=[17, 13, 422], D=[8]),
 "t22-phunuvagiadinh-benhdai-8t-2023": dict(P=[9, 6, 4, 20], O=[6, 4, 15]),
 "t22-nld-laodongnuocngoai-2014": dict(P=[76309, 5610, 74, 58, 28.5], D=[7.35]),
 "t22-baohaiduong-laodongnuocngoai-11t-2022": dict(P=[1400], D=[70, 10]),
 "t22-vietnamembassy-cainghien-2000": dict(P=[28126, 101000, 1200, 53, 700], D=[3.8, 3000, 46]),
}

if __name__ == "__main__":
    main(L)
