"""Load round 38's sheets and round 36's e09 with their periods (the code on sys.path first: run from the checkout
to measure, or with PYTHONPATH naming another checkout's copy); print rows and warnings (or the error)."""
from pathlib import Path

from service.figures.load import load_table

HERE = Path(__file__).resolve().parent.parent
R36 = HERE.parent / "figures-round36"
PERIODS = {"e09": "2020-04", "g01": "2019-04", "g02": "2019-04", "g03": "2019-05", "g04": "2023-05", "g05": "2018-07"}
FILES = sorted(R36.glob("e09*.*")) + sorted(f for f in HERE.glob("g*.*") if f.name[:3] in PERIODS)

for f in FILES:
    period = PERIODS[f.name[:3]]
    print(f"== {f.name} (--period {period})")
    try:
        t = load_table(f, period=period)
    except Exception as e:  # noqa: BLE001 - the first look records what the loader says
        print("   REFUSED:", str(e).split(": bảng số liệu không được nạp: ")[-1][:600])
        continue
    for x in t:
        print(f"   {x.ma} | {x.chi_tieu} | {x.don_vi_tinh} | {x.ky_bao_cao} | ck {x.cung_ky} | kt {x.ky_truoc} | {x.column}")
    for w in t.warnings:
        if "không có cột 'Mã'" in w.message:
            continue
        print(f"   W [{w.row} {w.column}] {w.message[:300]}")
