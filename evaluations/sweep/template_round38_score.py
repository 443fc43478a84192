"""Score the t28- pages against round 38's labels (plain P, derivation D, optional O; anything else is wrong).

Labels written by hand before the code ran on the pages (round 38's first look, ``template-round38.md``): a figure
of the period is P; a rate of change or of a plan beside its amount is D; a plan, a breakdown by province of a
regional page, a standing fact's whole (``5.343/8.267 xã``: the 8.267), a part of a per-house support, an area of a
house are O; last year's figures, dates, ordinals, ``cấp 4``, ``3 sao`` and the page's furniture are wrong.
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round38_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)

L = {
 # BLOOD DONATION
 "t28-baomoi-giangthanh-hienmau-2024": dict(P=[172, 688], D=[22, 122.2], O=[563, 3]),
 "t28-ctdbinhdinh-anlao-hmtn-2020": dict(P=[350, 269, 60], D=[122]),
 "t28-vov-tag-hienmau-2024": dict(P=[29000, 21500, 13300, 1500], D=[10, 62], O=[22, 40, 500, 32]),
 # FORESTS PLANTED
 "t28-moitruong-thainguyen-trongrung-2023": dict(P=[4325, 1110], D=[125.8, 3.85, 73], O=[25.8]),
 "t28-vnff-trongrung-mienbac-2015": dict(
     P=[1.7, 2.3, 169800, 11700, 38300, 14500, 2800, 7200, 13100],
     D=[15, 28, 1.7, 14.9, 5.9, 14.4, 37.7, 38.6],
     O=[29265, 5.7, 16982, 29.4, 15136.4, 27.8, 2071, 33.5, 3236, 21.1, 3370, 12.3]),
 # JOBS AND LABOUR EXPORT
 "t28-baovinhlong-xkld-t5-2022": dict(P=[2980, 259], O=[20000, 1700]),
 # FARMERS' SUPPORT FUND
 "t28-baokhanhhoa-dienkhanh-quyhtnd-2018": dict(P=[7.9, 420], O=[10, 13, 800, 250]),
 "t28-thuonghieucongluan-tuyenquang-quyhtnd": dict(P=[45], O=[36]),
 # SOLIDARITY HOUSES, FUND FOR THE POOR
 "t28-thuanbac-nhadoanket-2024": dict(P=[9, 5, 4, 90], O=[70, 20, 16, 40, 50]),
 "t28-baoninhthuan-ninhphuoc-nhadoanket": dict(P=[104, 5.2], O=[50, 50]),
 "t28-baoninhthuan-quyvinguoingheo-22nha": dict(P=[500, 10, 3, 150, 7, 350, 5, 22, 1.1], O=[50]),
 "t28-krongbong-nhadoanket-2019": dict(P=[117, 20, 65], O=[80]),
 "t28-thuonghieucongluan-vinhphuc-vinguoingheo-2020": dict(P=[11, 10, 5, 1.5, 252, 14, 63, 400]),
 # NEW COUNTRYSIDE, OCOP
 "t28-tintucnamdinh-ntm-6t-2021": dict(
     P=[5343, 16.68, 351, 38, 192, 12, 4, 4847, 2655], D=[202, 109, 17, 14],
     O=[8267, 664, 51, 100, 61, 37.9, 62.2, 36.1, 1.7]),
 "t28-vovgov-haugiang-ocop-2023": dict(P=[175, 7]),
}

if __name__ == "__main__":
    main(L)
