"""Load each round-32 sheet with its period (the code on sys.path); print rows and warnings (or the error)."""
import sys
from pathlib import Path

from service.figures.load import load_table

HERE = Path(__file__).resolve().parent.parent
PERIODS = {"s01": "2024", "s02": "2024", "s03": "2023-Q1", "s04": "2020", "s05": "2017-5T", "s06": "2019-Q1",
           "s07": "2016", "s08": "2024-Q2", "s09": "2020-Q3", "s10": "2017-5T", "s11": "2020-9T", "s12": "2018-Q3", "s13": "2024",
           "s14": "2020-11T", "s15": "2020-9T", "s16": "2020", "s17": "2016", "s18": "2020"}

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
