"""Load round 35's sheets and round 34's left ones with their periods (the code on sys.path); print rows and
warnings (or the error)."""
from pathlib import Path

from service.figures.load import load_table

HERE = Path(__file__).resolve().parent.parent
R34 = HERE.parent / "figures-round34"
PERIODS = {"c05": "2018-9T", "c07": "2022-01", "c08": "2026-02", "c09": "2011", "c11": "2019", "c13": "2018-9T",
           "d01": "2017", "d02": "2021-10", "d03": "2014-09"}
FILES = sorted(f for f in R34.glob("c*.*") if f.name[:3] in PERIODS) + sorted(HERE.glob("d*.*"))

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
