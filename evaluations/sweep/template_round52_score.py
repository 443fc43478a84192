"""Score the t42- pages against round 52's labels (plain P, derivation D, optional O; anything else is wrong).

Labels written by hand from the pages before any rule of round 52 ran (``template-round52.md``, first look): the
sheet a clerk of each report would keep. Per-person gifts (a sum given to each elder of an age), the ages of those
honoured, a diocese's standing facts (its area, population, faithful, priests), a company's standing staff, another
body's target, a meeting's number, a course's length, a parent's children and a headline restating the body are no
row; a sub-count of a meeting's handing out, places covered and an average per day are optional (O).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round52_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer)
from template_round33_score import sc  # noqa: E402  (a figure with a scale word)

T, M, B = 1000, 10**6, 10**9
L = {
 # SPORT
 "t42-baodaklak-dai-hoi-tdtt-krong-buk-2022": dict(P=[10, 500, 10, 5, 5], O=[7]),
 "t42-baogialai-dai-hoi-tdtt-xa-ya-hoi-2026": dict(P=[12, 200, 7]),
 "t42-ptpphuyen-dai-hoi-tdtt-dong-xuan-2022": dict(P=[10, 7, 3, 1000, 24]),
 "t42-tuoitre-the-thao-nguoi-khuyet-tat-tphcm-2012": dict(P=[1000, 26, 401, 317, 165, 22], O=[5]),
 # RELIGION
 "t42-giacngo-binh-dinh-tong-ket-phat-su-2021": dict(P=[313, 8, sc(6.1, B)], O=[8]),
 "t42-giacngo-khanh-hoa-tong-ket-phat-su-2016": dict(P=[159]),                   # `Hội nghị kỳ 5`: a meeting's number
 "t42-phatgiaodongnai-quy-nhon-tong-ket-phat-su-2019": dict(P=[10]),             # 75 tự viện standing; a 10-day course
 "t42-tonggiaophanhanoi-tan-tong-rua-toi-2022": dict(P=[1262, 166, 1096], D=[433, 90, 343],
                                                     O=[829, 76, 753]),         # the diocese's facts of 2019: standing
 # STATISTICS RELEASES
 "t42-cucthongkekg-gieo-sa-thu-dong-2023": dict(P=[85139], D=[19.46, 23.60]),    # the ministry's 50.000 ha: its aim
 "t42-quochoitv-cpi-tphcm-2022-01": dict(P=[0.25, 1.42, 0.15, 0.13, 0.07, 1.27]),
 "t42-cucthongkeyenbai-cpi-2021-01": dict(P=[0.32, 4.14, 0.13, 0.51, 0.12, 2.98, 0.15, 0.02, 0.04, 0.17, 0.46]),
 "t42-vietpress-du-lich-tet-at-ty-2025": dict(P=[70000, sc(2.1, M), 87358], D=[16.7, 16.5], O=[10000]),
 # ASSOCIATIONS (the elderly)
 "t42-binhlong-nct-phu-thinh-mung-tho-2021": dict(P=[65]),                       # 366 hội viên standing
 "t42-hoinguoicaotuoi-khap-noi-mung-tho-2017": dict(P=[1161, sc(410, M), 62, 14, 38, 142, 174, 2, 9, 19, 65, 80, 7]),
 "t42-bienhoa-nct-quyet-thang-chuc-tho": dict(P=[3, 25], O=[4]),                 # 5m, 2 triệu, 1 triệu: each elder's gift
 # COURTS, PROSECUTORS
 "t42-baoquangnam-vksnd-thang-binh-2020": dict(P=[116, 105, 109, 160, 84, 130, 65, 128]),
 # CULTURE, SCHOOLS
 "t42-thvl-thu-vien-vinh-long-luot-doc": dict(P=[125000, 99]),
 "t42-thanhnien-ha-noi-hoc-sinh-lop-1-2020": dict(P=[168000, 167113, 135320, sc(2.1, M)], D=[9565, 6298, 67594]),
 "t42-vtcnews-tieu-hoc-nguyen-binh-khiem-lop-1-2025": dict(P=[349]),             # a parent's two children: no row
 # ENTERPRISES
 "t42-giaoduc-truyen-tai-dien-10-nam-2018": dict(P=[]),                          # 7.651 staff standing; `số 1`
 "t42-nld-sang-kien-cai-tien-2012": dict(P=[641, sc(15, B), 29]),
}

if __name__ == "__main__":
    main(L)
