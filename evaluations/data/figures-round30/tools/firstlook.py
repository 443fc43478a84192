"""Load round 30's four held-out tables (and the sheets) with the code on sys.path; print each one's score by its
expected rows, and with -v every figure and warning.  Run from the worktree's root with PYTHONPATH=<root of the
service/ to measure>:$PWD (main's: /tmp/fig30main, from `git archive 4d3f879 service`)."""
import sys
import service
print("service:", service.__file__)
from tests.test_fig30_sheets import HELD30, SHEETS30, _load, _missing27, _rows
for name in sorted(HELD30) + sorted(SHEETS30):
    rows = _rows(name)
    try:
        t = _load(name)
    except Exception as e:
        print(f"== {name}: REFUSED: {e}"[:900]); continue
    miss = _missing27(t, rows)
    print(f"== {name}: {len(rows)-len(miss)}/{len(rows)} ; {len(t.figures)} figures, {len(t.warnings)} warnings")
    for r in miss: print("   missing", r)
    if "-v" in sys.argv:
        for f in t: print("     ", f.ma, "|", f.muc, "|", f.chi_tieu, "|", f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ky_truoc, f.ke_hoach)
        for w in t.warnings: print("     W", w.row, w.column, w.message[:300])
