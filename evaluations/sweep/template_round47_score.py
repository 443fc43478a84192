"""Score the t37- pages against round 47's labels (plain P, derivation D, optional O; anything else is wrong).

Labels written by hand from the pages before any rule of round 47 ran (``template-round47.md``, first look): the
sheet a clerk of each report would keep. A stock the area has (reservoirs, a railway's length, a museum's holdings)
is no row (the standing sheet's); the museum's holdings and another year's counts are optional (O).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round47_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer)
from template_round33_score import sc  # noqa: E402  (a figure with a scale word)

T, M, B = 1000, 10**6, 10**9
L = {
 # WATER, DYKES AND DISASTERS
 "t37-nhandan-thuy-loi-tuoi-lua-2023": dict(P=[sc(6.889, M), sc(2.870, M), sc(1.80, M), sc(1.455, M), sc(698, T),
                                               34640], O=[4]),
 "t37-baomoi-ho-dap-an-toan-2023": dict(P=[]),            # an inventory of reservoirs and their classes: standing
 "t37-mard-pctt-tong-ket-2023": dict(P=[1145, 169, sc(8236, B)], O=[17, 6, 3, 14]),
 "t37-nhandaoonline-de-dieu-tap-huan-2023": dict(P=[1, 20, 139], O=[1072, 21, 3]),   # 2022's counts: optional
 # RAILWAYS AND TRANSPORT
 "t37-dantocmiennui-duong-sat-ha-tang": dict(P=[]),       # the network's standing facts
 "t37-bnews-duong-sat-hanh-khach-2025-05": dict(P=[sc(189, B), sc(101, B), sc(464, M), 14.5, 15.7, 12.1, 11, 5.5,
                                                   9.7, 19, 18.7, 21, 154], D=[11.5, 13, 13]),
 "t37-vneconomy-san-luong-van-tai-thang-7": dict(P=[80, 300]),
 "t37-baomoi-duong-sat-hanh-khach-giam": dict(P=[]),      # a pace over years since 2006
 # A MUSEUM
 "t37-baothanhhoa-bao-tang-tinh-2021": dict(P=[], O=[7, 28000, 2000, 100, 3]),
}

if __name__ == "__main__":
    main(L)
