"""Load round 29's sheets with the code on sys.path; print each sheet's score by its expected rows, and with -v every
figure and warning.  Run from the worktree's root with PYTHONPATH=$PWD (or another service first on the path)."""
import sys
sys.path.insert(0, ".")
from tests.test_fig29_sheets import ALL29, SHEETS29, _load, _missing29
for name in ALL29:
    rows = SHEETS29[name][1]
    try:
        t = _load(name)
    except Exception as e:
        print(f"== {name}: REFUSED: {e}"[:1200]); continue
    miss = _missing29(t, rows)
    print(f"== {name}: {len(rows)-len(miss)}/{len(rows)} ; {len(t.figures)} figures, {len(t.warnings)} warnings")
    for r in miss: print("   missing", r)
    if "-v" in sys.argv:
        for f in t: print("     ", f.ma, "|", f.muc, "|", f.chi_tieu, "|", f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ky_truoc, f.ke_hoach)
        for w in t.warnings: print("     W", w.row, w.column, w.message[:300])
