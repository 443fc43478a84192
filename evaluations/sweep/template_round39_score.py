"""Score the t29- pages against round 39's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (a scale word: ``563,7 triệu đồng`` as 563,7 million).
Labels written by hand before the code ran on the pages (round 39's first look, ``template-round39.md``).
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round39_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)
from template_round33_score import sc  # noqa: E402  (a figure with a scale word, the scale multiplied in decimal)

T, M, B = 1000, 10**6, 10**9
L = {
 # LONGEVITY GIFTS (per-person amounts and ages are no figure of the period)
 "t29-baodongthap-tam-nong-nct-2017": dict(P=[], O=[1131, 1058, 2, 71]),
 "t29-binhson-nct-2022": dict(P=[], O=[42, 415]),
 "t29-sontinh-nct": dict(P=[sc(563.7, M), 33, sc(22.7, M), 89, sc(51.1, M)]),
 "t29-cand-qua-cu-100-tuoi": dict(P=[145]),
 "t29-tinhuyquangtri-hoc-bong-dakrong": dict(P=[sc(588, M)]),
 # INSPECTIONS
 "t29-baophuyen-tuy-an-thanh-tra": dict(P=[4, sc(227, M), sc(166, M)], O=[2]),
 "t29-thanhtra-ha-tinh-t5-2023": dict(P=[sc(116, M), sc(79, M), 17, 13, 4]),
 "t29-thanhtra-ba-ria-q1": dict(P=[sc(754.8, M), 67, 2898, 266, 34, sc(795.9, M)]),
 # A FARMERS' ASSOCIATION'S CONGRESS
 "t29-hatrung-hnd-ha-ngoc-2023": dict(P=[113, 4185, 12, 347, sc(120, M), 275, 155, 8, 35, 112],
                                      D=[89, sc(345, T)], O=[76, 300, 5]),
 # BLOOD DONATION
 "t29-tuoitretamdai-hien-mau": dict(P=[143, 131, 5, 22], O=[23]),
 "t29-vihuong-hien-mau-2023": dict(P=[12, 9]),
 "t29-tuoitrebinhdinh-tay-son-hien-mau-2023-dot1": dict(P=[321]),
 "t29-tuoitrebinhdinh-tay-son-hien-mau-2022-dot3": dict(P=[350, 120, 400]),
 "t29-tuoitrebinhdinh-tay-son-hien-mau-2023-lan2": dict(P=[267]),
 "t29-chuthapdo-tayninh-hien-mau-2016": dict(P=[200, 136]),
}

if __name__ == "__main__":
    main(L)
