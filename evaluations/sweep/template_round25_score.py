"""Score the t18- pages against round 25's labels (plain P, derivation D, optional O; anything else is wrong).

A value in a tuple is one figure written two ways (``660.00 tấn``: 660 as written, 660.000 as meant): either is it.
Run with ``PYTHONPATH=$PWD .venv/bin/python evaluations/sweep/template_round25_score.py [-v]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_round24_score import main  # noqa: E402  (round 24's scorer, these labels)

L = {
 "t18-plo-tkv-2024-h1": dict(
     P=[3280000, 4600000, 12520000, 22022, 124000, 115300, 9180, 2099, 885, 18260, 955000000, 6000, 15000, 21000, 15824,
        88980, 27360000, 20610000, 79960000, 130726, 26770000, 23470000],
     D=[50.8, 106.6, 52.9, 111, 53.2, 103.7, 52.1, 130.8, 100.5, 53.5, 108.6, 56, 112.5], O=[2000000]),
 "t18-soha-tkv-2025-h1": dict(
     P=[3240000, 21090000, 3400000, 20820000, 3500000, 2950000, 21480000, 14180000, 83520000, 133750, 756870],
     D=[104.6, 55.4, 103.2, 56.6, 103, 109.2, 54.5, 107.2, 107, 58.2, 103]),
 "t18-tienphong-tkv-2018-h1": dict(
     P=[65970, 8519, 2000, 20420000, 19300000, 21960000, (660, 660000), 681800, 5780, 4030, 5500, 5341, 87610, 92750,
        5070000000, 35000],
     D=[58, 120, 62, 115, 100, 57.8, 102, 58.7, 108, 61, 121, 3800000, 53.7, 124, 55.4, 154, 48.2, 102, 33.6, 66, 48.6,
        94, 50, 97, 46.1, 91, 46.4, 99, 54.3, 104, 57.4]),
 "t18-vov-tkv-2023-h1": dict(P=[20000000, 25000000, 87033], D=[51.1, 90.6, 51.5, 99, 107]),
 "t18-cand-dien-7t": dict(P=[65140000000, 59500000000], D=[15.5]),
 "t18-cucthongke-mucsong-2013": dict(P=[88.5, 84.2, 91.2, 46.8, 49.3, 45.3, 66, 84, 82, 85, 90, 77, 61, 13.7, 20, 17.2,
                                        24.2]),
 "t18-thainguyentv-hailong-2022": dict(P=[9, 4]),
 "t18-moitruong-sipas-2020": dict(P=[85.48], D=[84.45]),
 "t18-angiang-hnd-daihoi-coso-2018": dict(P=[120, 9, 7, 12, 13, 17, 13, 18, 15],
                                          D=[78.94, 100, 100, 85.71, 100, 100, 100, 100, 100],
                                          O=[152, 9, 7, 14, 13, 17, 13, 18, 15]),
 "t18-vnpost-congdoan-daihoi-xii": dict(O=[161, 22]),
 "t18-suckhoedoisong-congdoan-xiii": dict(O=[29]),
 "t18-tienphong-truongson-doan-daihoi-2025": dict(O=[19, 5, 5]),
 "t18-thanhnien-vinhhanh-doan-daihoi-2022": dict(P=[18], O=[15, 20]),
 "t18-doanthanhnien-sonduong-daihoi-2012": dict(),
 "t18-thanhnien-hagiang-doan-daihoi-2012": dict(O=[33]),
 "t18-luatduonggia-ksms-2022": dict(P=[4670000], D=[11.1], O=[46995, 63]),
}

if __name__ == "__main__":
    main(L)
