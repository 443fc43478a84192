"""Score the t43- pages against round 55's labels (plain P, derivation D, optional O; anything else is wrong).

Labels written by hand from the pages before any rule of round 55 ran (``template-round55.md``, first look): the
sheet a clerk of each report would keep. Fields the sweep had few of: road accidents, air and rail transport,
coffee, rice and shrimp exports, civil judgment enforcement, forest-law breaches, the Red Cross, natural disasters.
Averages per day, per-province breakdowns, shares, the plan's targets, one case's facts inside a year's result and a
whole-year estimate inside a nine-month report are optional (O); what a congress or a plan will do, past years'
gaps and a headline restating the body are no row.
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round55_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer)
from template_round33_score import sc  # noqa: E402  (a figure with a scale word)

T, M, B = 1000, 10**6, 10**9
L = {
 # ROAD ACCIDENTS
 "t43-kinhtedothi-tngt-6t-2022": dict(P=[5684, 3286], O=[31, 19]),              # per day: optional
 "t43-baomoi-da-nang-tngt-6t": dict(P=[99, 66, 83]),
 "t43-baogialai-tngt-6t-2018": dict(P=[6.19, 0.75, 11.44]),                       # rates with no level: their own rows
 # AIR AND RAIL TRANSPORT
 "t43-hanoionline-hang-khong-tet-duong-lich": dict(P=[sc(1.33, M), 16360, 3900, 665000, 3200, 520000],
                                                   D=[22.16, 6.04]),
 "t43-stockproxx-duong-sat-tet-2024": dict(P=[225000, sc(18.3, B)], D=[105, 104], O=[36]),
 # EXPORTS
 "t43-thoibaotaichinh-ca-phe-9-2024": dict(P=[17305, sc(87, M), 15155, sc(76.583, M), 5053, 1129, sc(4.705, M),
                                              4166], D=[18, 55.1], O=[887]),   # May's 32 USD/tấn gap: past
 "t43-thanhnien-gao-9t-2024": dict(P=[sc(7, M), sc(4.4, B), 624, sc(33, M)], D=[9, 23.5, 13],
                                   O=[sc(43, M)]),                               # the whole year's estimate
 "t43-plo-gao-7t-2020": dict(P=[sc(3.9, M), sc(1.9, B)], D=[1.4, 11],
                             O=[488, 13, 19.6, 2.8, 460000, 90]),                # six months' price, markets
 "t43-vinanet-tom-my-2018-01": dict(P=[sc(67.4, M), sc(86.88, M), sc(258.6, M), sc(157.6, M), sc(80.64, M)],
                                    D=[337.6, 163, 64.3, 143.5, 96, 37.7, sc(15.4, M)], O=[22.2, 61, 31.18]),
 "t43-vasep-tom-7-2022": dict(P=[sc(381, M), sc(2.7, B)], D=[14, 22], O=[54, 17]),
 # JUSTICE, FORESTS
 "t43-thitruonghanghoa-thads-2025": dict(P=[577000, sc(150000, B)], D=[0.35, 4.23],
                                         O=[83.90, 51.90, 30, 43000, sc(50000, B), 1000]),
 "t43-baodaknong-vi-pham-lam-luat": dict(P=[73, 43.697, 2, 7.748, 5, 8.553, 2, 6.366, 2, 1, 2, 76, 62, 14,
                                            sc(471, M)]),
 # RED CROSS (terms of five years)
 "t43-hanoimoi-chu-thap-do-2017-2022": dict(P=[sc(23128, B), sc(18.3, M)], D=[2.36]),   # 2022-2027's aims: no row
 "t43-tienphong-chu-thap-do-2020-2025": dict(P=[sc(102, M), sc(29186, B)], D=[45]),    # the congress to come: no row
 # NATURAL DISASTERS
 "t43-plo-thien-tai-2025-07": dict(P=[4, 11, 19, 1736, 32, 55.6, 137.2, 33.5, 60.6, 36],
                                   O=[1, 1, 1, 1, 7, 28, 1]),                    # per province: optional
 "t43-giadinh-mua-da-2020-04": dict(P=[5, 1, 25, 10330, 920, 2700, 650, 32, sc(130, B), 10, 40, sc(2970, B),
                                       sc(470, B), sc(2500, B)], O=[2, 1, 1, 1, 1, 2170, 2060, 1690]),
}

if __name__ == "__main__":
    main(L)
