import sys
sys.path.insert(0, ".")
from tests.test_fig26_sheets import SHEETS26, DATA, _missing
from service.figures.load import load_table
for name, (period, rows) in sorted(SHEETS26.items()):
    try:
        t = load_table(DATA / name, period=period)
    except Exception as e:
        print(f"== {name}: REFUSED: {e}"[:900]); continue
    miss = _missing(t, rows)
    print(f"== {name}: {len(rows)-len(miss)}/{len(rows)} ; {len(t.figures)} figures, {len(t.warnings)} warnings")
    for r in miss: print("   missing", r)
    if "-v" in sys.argv:
        for f in t: print("     ", f.ma, "|", f.muc, "|", f.chi_tieu, "|", f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ky_truoc, f.ke_hoach)
        for w in t.warnings: print("     W", w.row, w.column, w.message[:300])
