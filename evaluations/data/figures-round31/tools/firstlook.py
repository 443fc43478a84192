"""Load each round-31 sheet with its period (the code on sys.path); print rows and warnings (or the error)."""
import sys
from pathlib import Path

from service.figures.load import load_table

HERE = Path(__file__).resolve().parent.parent
PERIODS = {"s01": "2026-02", "s02": "2021-03", "s03": "2023-12", "s04": "2023-01", "s05": "2016-03", "s06": "2018-03",
           "s07": "2018-01", "s08": "2015-8T", "s09": "2012-02", "s10": "2017-01", "s11": "2023-01"}

for f in sorted(HERE.glob("s*.*")):
    period = PERIODS[f.name[:3]]
    print(f"== {f.name} (--period {period})")
    try:
        t = load_table(f, period=period)
    except Exception as e:  # noqa: BLE001 - the first look records what the loader says
        print("   REFUSED:", str(e)[:400])
        continue
    for x in t:
        print(f"   {x.ma} | {x.chi_tieu} | {x.don_vi_tinh} | {x.ky_bao_cao} | ck {x.cung_ky} | kt {x.ky_truoc} | kh {x.ke_hoach}")
    for w in t.warnings:
        if "không có cột 'Mã'" in w.message:
            continue
        print(f"   W [{w.row} {w.column}] {w.message[:300]}")
