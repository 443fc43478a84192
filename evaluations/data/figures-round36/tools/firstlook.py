"""Load round 36's sheets and round 34's left ones (c09, c11) with their periods (the code on sys.path); print rows
and warnings (or the error)."""
from pathlib import Path

from service.figures.load import load_table

HERE = Path(__file__).resolve().parent.parent
R34 = HERE.parent / "figures-round34"
PERIODS = {"c09": "2011", "c11": "2019", "e01": "2012", "e02": "2024", "e03": "2018", "e04": "2017-8T",
           "e05": "2024-09", "e06": "2020-9T", "e07": "2023", "e08": "2024", "e09": "2020-04", "e10": "2022-09"}
FILES = sorted(f for f in R34.glob("c*.*") if f.name[:3] in PERIODS) + sorted(HERE.glob("e*.*"))

for f in FILES:
    period = PERIODS[f.name[:3]]
    print(f"== {f.name} (--period {period})")
    try:
        t = load_table(f, period=period)
    except Exception as e:  # noqa: BLE001 - the first look records what the loader says
        print("   REFUSED:", str(e).split(": bảng số liệu không được nạp: ")[-1][:400])
        continue
    for x in t:
        print(f"   {x.ma} | {x.muc} | {x.chi_tieu} | {x.don_vi_tinh} | {x.ky_bao_cao} | ck {x.cung_ky} | kt {x.ky_truoc}")
    for w in t.warnings:
        if "không có cột 'Mã'" in w.message:
            continue
        print(f"   W [{w.row} {w.column}] {w.message[:200]}")
