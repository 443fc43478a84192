"""Score the t26- pages against round 34's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``9,4 nghìn tấn`` as 9,4 or 9.400).
Labels written by hand before the code ran on the pages (round 34's first look, ``template-round34.md``).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round34_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)
from template_round33_score import sc  # noqa: E402  (a figure with a scale word, the scale multiplied in decimal)

T, M, B = 1000, 10**6, 10**9
L = {
 # TEA EXPORTS
 "t26-quochoitv-che-2023": dict(P=[121000, sc(211, M), 1737], D=[17, 11, 7], O=[67, 2600]),
 "t26-cafef-che-4t-2019": dict(
     P=[sc(9.4, T), sc(15.9, M), sc(36, T), sc(62.6, M), 1699.8, 1737.1],
     D=[1.5, 3.8, 3.4, 15.1, 5.4, 11.3],
     O=[10.2, 1961.9, 9.1, sc(10.6, T), sc(20.9, M), 10, 14.4, 1515.3, 4, sc(7, M), 94]),
 "t26-cafef-che-q1-2024": dict(
     P=[sc(9, T), sc(14.2, M), 1572, sc(26.6, T), sc(43.2, M), 1627],
     D=[70.4, 71.6, 16.2, 12.4, 3.2, 24.8, 23, 1.5],
     O=[1027, sc(1.33, M), 232.4, 45, 1912]),
 "t26-soha-che-t1-2024": dict(
     P=[12398, sc(21, M), 1694, 16], D=[9.7, 10, 85, 3, 1, 3],
     O=[36.7, 43.7, 4556, 9.2, 33, 52, 2013, 928, sc(1.4, M), 86, 87, 913, sc(1.2, M), 191]),
 # SEAPORTS
 "t26-qpvn-cangbien-t1": dict(P=[sc(60, M), sc(2, M)]),
 "t26-vietnambiz-container-h1-2021": dict(
     P=[sc(363, M), sc(12.4, M), sc(4, M), sc(4.1, M), sc(4.3, M)], D=[7, 22, 17, 26, 24],
     O=[74, 50, 17, 38, 97, 60, 10]),
 # FERTILISER EXPORTS
 "t26-quochoitv-phanbon-11t-2022": dict(P=[sc(1, B), sc(1.6, M)], D=[34, 2.2, 84, sc(559, M)]),
 "t26-vneconomy-phanbon-15-6": dict(
     P=[615710, sc(212.867, M)], D=[49, 1.76],
     O=[342.3, 0.9, 14, 322, 11, 37, 39, 214136, sc(72.7, M), 63.3, 76.5, 8.1, 339.5, 41293, sc(8.6, M), 208.2, 23,
        24330, sc(8.98, M), 4]),
 "t26-vinanet-phanbon-q1-2018": dict(
     P=[sc(100.8, T), sc(32, M), sc(227.5, T), sc(72.3, M), 317.69], D=[57.1, 53, 6.8, 26.1, 18],
     O=[33, sc(75.2, T), sc(26.2, M), 29.63, 36.74, 5.48, 348.67, sc(43.7, T), sc(8.6, M), 4.16, 9.2, 197.36, 4.84,
        50.32, 46.29, 390.16, 250.62, 0.04, 277.84, 96.25, 96.16, 993, sc(275.8, T), 36, 38.2]),
 # TUNA EXPORTS
 "t26-vasep-cangu-t3-2021": dict(P=[sc(31, M), sc(63, M)], D=[33, 2.1]),
 "t26-vasep-cangu-t6-2024": dict(P=[sc(85, M), sc(472, M)], D=[32, 23]),
 "t26-vasep-cangu-t4-2022": dict(P=[sc(108, M), sc(368, M)], D=[46, 63]),
 # MILK IMPORTS
 "t26-vneconomy-sua-2t-2019": dict(
     P=[sc(155, M), sc(90, M)], D=[21, 65],
     O=[sc(65, M), 18.1, 20.5, sc(15.19, M), 36, 32.8, sc(8.5, M), sc(4.8, M), 1.7, 32, sc(4.3, M), 126, 206, 104]),
 "t26-vinanet-sua-4t-2021": dict(
     P=[sc(120.18, M)], D=[6.5, 37.6],
     O=[sc(124.16, M), 1.1, 30.6, sc(37.56, M), 4.3, 144, sc(78.15, M), 21.5, 19.3, 32.3, 38.5, sc(29.2, M), 6.4, 37.4,
        sc(18.12, M), 26.7, sc(71.63, M), 17.7, 0.6, 23.4, sc(14.17, M), 12.7, sc(53.81, M), 13.3]),
 "t26-vinanet-sua-q1-2017": dict(
     P=[sc(61.3, M), sc(214.6, M)], D=[22.1, 10.6], O=[27.3, sc(58.7, M), 20.59, sc(20.1, M), 68.35, 60, 40]),
 # RICE (another country's exports, the page's subject)
 "t26-angimex-gaothai-t3-2015": dict(
     P=[785891, sc(384.9, M), sc(2.128, M), 392760, 120211, 98754, 12659, 157057, 4450],
     D=[7, 732151, 2, 799534, 4, sc(369.58, M), 4, sc(402.54, M), sc(2.205, M), 50, 15, 12.5, 1.6, 20, 0.5],
     O=[50, sc(10, M)]),
}

if __name__ == "__main__":
    main(L)
