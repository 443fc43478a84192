"""Score the t27- pages against round 36's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``277,14 nghìn tấn`` as 277,14 or 277.140).
Labels written by hand before the code ran on the pages (round 36's first look, ``template-round36.md``).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round36_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)
from template_round33_score import sc  # noqa: E402  (a figure with a scale word, the scale multiplied in decimal)

T, M, B = 1000, 10**6, 10**9
L = {
 # CASSAVA EXPORTS
 "t27-danviet-san-t1-2022": dict(
     P=[sc(277.14, T), sc(117.35, M), 423.4, sc(94, T), sc(25.6, M), 272.4],
     D=[4.9, 2.6, 40.5, 32, 2.2, 14.3, 19, 15.2, 42.6, 35.3, 3.2, 12.6],
     O=[96.4, sc(267.11, T), sc(112.14, M), 7.4, 4.8, 40.2, 31.9]),
 "t27-langsontrade-san-11t-2021": dict(
     P=[sc(2.61, M), sc(1.06, B), sc(276.1, T), sc(126.59, M), 458.5, sc(771.97, T), sc(199.94, M)],
     D=[7.7, 22.4, 50.9, 55, 0.6, 19.8, 2.8, 20.6, 34.4, 52.9],
     O=[sc(2.44, M), sc(994.24, M), 10.3, 25.5, 93.5]),
 "t27-thuonghieucongluan-san-11t": dict(
     P=[sc(90.7, M), sc(230, T), sc(2.3, M), sc(1.04, B)], D=[30.8, 19.2, 12.8, 10],
     O=[530000, sc(10, M), sc(2.15, M), sc(958, M), 11.5, 9, 3, 445, sc(43, T), sc(23, M), 5, 537, 5]),
 "t27-kdtt-san-7t-2023": dict(
     P=[sc(1.65, M), sc(665.6, M)], D=[14.4, 20.8], O=[sc(1.47, M), sc(589.27, M), 15.9, 23.2]),
 "t27-vnexpress-san-5t-2018": dict(
     P=[223400, sc(100.1, M), sc(1.3, M), sc(468.1, M), 356.9], D=[12.9, 20.8, 23.6, 10.1, 44.4],
     O=[88.5, sc(1.1, M), sc(408.2, M), 25.4, 8.7, 45.81, 43400, 3.3, sc(11.7, M), 7.9, 30, 18900, 18800, 17300, 10100,
        40.4, 15.7, 3.8, 2.6, 24, 240.17]),
 "t27-thanhnien-san-q1-2024": dict(
     P=[314860, sc(142.09, M), 944930, sc(430.44, M), 451.3, 455.5],
     D=[45.1, 47.6, 14.7, 35.5, 3.3, 15.6, 1.7, 18.2, 19.5],
     O=[94.24, 299260, sc(133.56, M), 50.7, 55.1, 33.2, sc(1, B), sc(1.2, M)]),
 # SQUID AND OCTOPUS EXPORTS
 "t27-vtcnews-muc-10t-2025": dict(P=[sc(627, M), sc(83, M)], D=[19]),
 "t27-vcci-muc-8t-2022": dict(
     P=[sc(276, M), sc(213, M)], D=[56.4, 47, 43.6, 24],
     O=[0.5, 36, 22, 10, 113, 53, 152, 76, 193, sc(52, M), 34, 1, 152, 76, 83, 49, 42, 9, 79]),
 "t27-cafef-muc-t8-2018": dict(
     P=[sc(64, M), sc(417, M)], D=[7.8, 3.5],
     O=[sc(26, M), 19, sc(155, M), 14, 12, sc(14.5, M), 0.7, sc(95, M), sc(7.8, M), 24]),
 "t27-vinanet-muc-t11-2016": dict(
     P=[sc(49.05, M)], D=[27],
     O=[91.2, sc(766, T), 70, sc(2.1, M), 16, sc(147.5, M), 1.4, 37.7, 25, sc(12.4, M), sc(97.7, M), 4.1,
        sc(60.3, M), 6.6]),
 "t27-dautu-muc-h1-2025": dict(
     P=[sc(335, M), sc(194, M), sc(141, M)], D=[16, 58, 24, 42, 7],
     O=[sc(122, M), 36, 7, sc(96, M), 20, sc(300, M)]),
 "t27-baomoi-muc-5t-2025": dict(P=[sc(274, M)], D=[14], O=[sc(100, M), 36, 6, sc(69, M), 19]),
 # MEASLES, MALARIA, HAND-FOOT-AND-MOUTH
 "t27-laodong-soi-hanoi-2018": dict(P=[240], D=[60]),
 "t27-kinhtedothi-soi-hanoi-tuan": dict(P=[25, 20, 5], D=[9]),
 "t27-vtv-sotret-hcm-6t-2022": dict(P=[5, 2]),
 "t27-gddt-tcm-hcm-tuan39": dict(P=[6358, 640]),
}

if __name__ == "__main__":
    main(L)
