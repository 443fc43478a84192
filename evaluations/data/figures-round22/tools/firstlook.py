import sys
sys.path.insert(0, ".")
from tests.test_fig22_sheets import SHEETS22, DATA
from tests.figures_sheets import find
from service.figures.load import load_table
for name, (period, rows) in sorted(SHEETS22.items()):
    try:
        t = load_table(DATA / name, period=period)
    except Exception as e:
        print(f"== {name}: REFUSED: {e}"[:900]); continue
    used = set()
    miss = [r for r in rows if find(t, r, used) is None]
    print(f"== {name}: {len(rows)-len(miss)}/{len(rows)} ; {len(t.figures)} figures, {len(t.warnings)} warnings")
    for r in miss: print("   missing", r)
    if "-v" in sys.argv:
        for f in t: print("     ", f.muc, "|", f.chi_tieu, "|", f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ky_truoc, f.ke_hoach)
        for w in t.warnings: print("     W", w.row, w.column, w.message[:200])
