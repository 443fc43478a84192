"""Score the t39- pages against round 49's labels (plain P, derivation D, optional O; anything else is wrong).

Labels written by hand from the pages before any rule of round 49 ran (``template-round49.md``, first look): the
sheet a clerk of each report would keep. Background figures (the country's forest and borders, the blood donations
of 1994 and 2015 beside a campaign's own, ticket prices, a member's own takings), a congress's standing facts and a
branch's standing members are no row; another period's value given as a base, a plan, a multiplier and ranges said
of the period are optional (O).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round49_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer)
from template_round33_score import sc  # noqa: E402  (a figure with a scale word)

T, M, B = 1000, 10**6, 10**9
L = {
 # SPORT, FORESTS
 "t39-thethaovietnamplus-olympic-dai-hoi-2021": dict(P=[], O=[3]),          # a congress: nothing the clerk counts
 "t39-kiemlam-35-nam-xay-dung-2008": dict(P=[]),                             # the country's forest and borders: background
 "t39-vietnamplus-yok-don-lam-tac": dict(P=[18, 30, 20, 45, 10]),
 # A ZOO, TOURISM
 "t39-tcdulichtphcm-thao-cam-vien-2022": dict(P=[sc(145, B), sc(19, B), sc(13.4, B), sc(3, B)],
                                              O=[sc(80, B), 3, 3, 10000]),   # ticket prices standing; COVID months' spend no row
 "t39-nld-du-lich-mua-le-hoi-2024": dict(P=[sc(1.6, M), sc(1500, B), 16000, sc(7.3, M), sc(1.3, M), sc(2.8, M), 307885,
                                            sc(2352, B)], D=[9.3, 34.4, 19.1, 29.65], O=[3.4]),
 "t39-kyhoatour-le-hoi-song-nuoc-tphcm-2024": dict(P=[sc(4200, B), sc(4.5, M), sc(1.3, M), 121000, sc(1.1, M), 27, 20, 20,
                                                      103, 423, 21],
                                                   O=[6, 6, 210000, sc(15900, B), 15, 30, 40, 50]),
 # BLOOD, VETERANS
 "t39-cand-hien-mau-1-8-nghin-don-vi": dict(P=[341, 272, 57]),              # 1994's and 2015's country figures: background
 "t39-baotuyenquang-ccb-nghia-tinh-dong-doi": dict(P=[136, sc(4, B), sc(11, T), sc(322, B), sc(7, T), 3.57],
                                                   O=[11.58, 5, 1, sc(50, M), 5, 1.83]),   # 272 hội viên, 21 chi hội standing
 "t39-cuuchienbinh-cho-dua-hoi-vien-2011": dict(P=[1300000000, 9, 14, 12, 11, 34], O=[1.6]),
 # A PROVINCE'S SEA (added tenth, labelled before round 49's third rule)
 "t39-thuvientailieu-thuy-san-quang-ninh-2004": dict(P=[]),                  # the coast, the waters, the islands: background
}

if __name__ == "__main__":
    main(L)
