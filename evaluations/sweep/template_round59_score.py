"""Score the t44- pages against round 59's labels (plain P, derivation D, optional O; anything else is wrong).

Labels written by hand from the pages before any rule of round 59 ran (``template-round59.md``, first look): the
sheet a clerk of each report would keep. Fields the sweep had few of: railways, a museum, hydropower, a heritage
site, veterinary vaccine, coal miners' pay, salt, blood donation, forest rangers, fire and rescue.
Per-plant and per-site breakdowns, standing facts (a plant's count, a district's forest area, reserves), a figure up to
an earlier day inside the period's own, and counts carried over from last year are optional (O); plans for later,
rules (``phải đạt từ 80 phần trăm``), thresholds (``thu nhập từ 300 triệu đồng/năm``), world facts and a linked
article's headline are no row.
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round59_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer)
from template_round33_score import sc  # noqa: E402  (a figure with a scale word)

T, M, B = 1000, 10**6, 10**9
L = {
 # RAILWAYS
 "t44-vnexpress-duong-sat-vnr-2024": dict(P=[sc(7, M), sc(5, M), sc(9700, B), sc(220, B), sc(13, M)],
                                          D=[14, 7.1, 11.4, 7.8, 7.9, 11], O=[sc(6, B), sc(1, M)]),
 # MUSEUM (a December report: the year's estimate is the period's figure)
 "t44-thoibaotaichinh-bao-tang-quang-ninh-2025": dict(P=[sc(1.1, M)], O=[sc(1, M)]),
 # HYDROPOWER
 "t44-vietnamplus-thuy-dien-hua-na-2022": dict(P=[sc(631.76, M), sc(801.92, B)], D=[100.15, 36.5]),
 "t44-baonghean-thuy-dien-6t-2017": dict(P=[sc(937, M), sc(1123.8, B), sc(158.8, B)],
                                         O=[12, sc(449, M), sc(520, B), sc(191, M), sc(182, B), sc(151, M),
                                            sc(166, B)]),                  # per plant; H2's plan: no row
 # HERITAGE SITE
 "t44-vietnamtourism-di-tich-hue-2015": dict(P=[sc(2, M), sc(200, B)],
                                             O=[sc(1.8, M), sc(188.7, B), 3, sc(2.5, M), sc(540, B), sc(5, M),
                                                sc(230, B), sc(1.3, M), sc(65, B)]),
 # VETERINARY
 "t44-tienphong-vaccine-lmlm": dict(P=[sc(1.2, M)]),                        # 28 days, 80 %: rules
 # MINING
 "t44-cafef-tho-mo-tkv-2021": dict(P=[3240], O=[sc(41, M), sc(6.6, B), sc(3.6, B), 90]),
 # SALT
 "t44-tienphong-san-luong-muoi": dict(P=[14800, 2900], O=[20, 20000, 5]),  # the linked headline's 1.400: no row
 # BLOOD DONATION
 "t44-baophapluat-hmtn-cao-bang-2020": dict(P=[1000]),
 # FOREST RANGERS
 "t44-baogialai-kiem-lam-kbang-2023": dict(P=[16, 17, 24.334, 700, sc(55, M), 2], D=[19],
                                           O=[121341, 2, 1, 1, 1]),
 "t44-baobinhdinh-kiem-lam-an-nhon": dict(P=[34, 17, 8, 1, 21, 11.9, 5, sc(268, M)]),
 # ELECTIONS (added while looking for a second source of a rule: labelled before the template ran on them)
 "t44-plo-bau-cu-khoa-xiv": dict(P=[496, 182, 312, 2, 86, 133, 21, 71, 160, 317, 310, 180, 6],
                                 D=[36.70, 62.90, 0.4, 0.4, 17.30, 26.80, 4.2, 14.3, 32.3, 63.9, 62.5, 36.3, 1.3],
                                 O=[4, 1, 15, 33.4, 4, 78, 17, 122, 42, 8.4, 21, 62, 12.4, 167, 33.4, 2, 0.4, 0.4]),
 "t44-thuonghieuviet-bau-cu-khoa-xiv": dict(P=[496, 320360, 99, 86, 133, 71, 310, 180, 6, 160, 317, 2],
                                            D=[17.30, 26.80, 62.50, 32.30, 1.9, 2],
                                            O=[6000, 120, 3, 4, 17, 21]),
 # WILDLIFE RESCUE (added later, labelled before the template ran on them)
 "t44-thiennhien-cuu-ho-dvhd-ha-noi-2018": dict(P=[73, 339, 13, 64, 11, 4, 88]),
 "t44-thiennhien-cuu-ho-dvhd-ha-noi-2021": dict(P=[65, 583, 47], D=[76]),
 # FIRE AND RESCUE
 "t44-antv-pccc-9t-2023": dict(P=[1500, 130, 99, sc(210, B)]),
}

if __name__ == "__main__":
    main(L)
