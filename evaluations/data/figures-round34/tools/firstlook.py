"""Load each round-34 sheet with its period (the code on sys.path); print rows and warnings (or the error)."""
from pathlib import Path

from service.figures.load import load_table

HERE = Path(__file__).resolve().parent.parent
PERIODS = {"c01": "2025-8T", "c02": "2025-5T", "c03": "2019", "c04": "2018", "c05": "2018-9T", "c06": "2019-08",
           "c07": "2022-01", "c08": "2026-02", "c09": "2011", "c10": "2018", "c11": "2019", "c12": "2015-06",
           "c13": "2018-9T"}

for f in sorted(HERE.glob("c*.*")):
    period = PERIODS[f.name[:3]]
    print(f"== {f.name} (--period {period})")
    try:
        t = load_table(f, period=period)
    except Exception as e:  # noqa: BLE001 - the first look records what the loader says
        print("   REFUSED:", str(e)[:400])
        continue
    for x in t:
        print(f"   {x.ma} | {x.muc} | {x.chi_tieu} | {x.don_vi_tinh} | {x.ky_bao_cao} | ck {x.cung_ky} | kt {x.ky_truoc}")
    for w in t.warnings:
        if "không có cột 'Mã'" in w.message:
            continue
        print(f"   W [{w.row} {w.column}] {w.message[:200]}")
