# Round 31's copy, kept because evaluations/figures-round31.md names it; the one tool now: python -m evaluations.figures_dump dump (evaluations/README.md).
"""Load every held-out figures file with the code on sys.path[0]; dump codes, labels, values, warnings as JSON."""
import json, sys
from pathlib import Path
import yaml
root = sys.argv[1]; out = sys.argv[2]
sys.path.insert(0, root)
from service.figures.load import load_table
cases = Path("/work/fig31/evaluations/cases/heldout")
res = {}
for d in sorted(p for p in cases.iterdir() if p.is_dir()):
    cy = d / "case.yaml"
    if not cy.exists(): continue
    c = yaml.safe_load(cy.read_text(encoding="utf-8"))
    fig = d / (c.get("figures") or "figures.csv")
    if not fig.exists(): continue
    period = (c.get("period") or {}).get("code")
    try:
        t = load_table(fig, period=period)
        res[d.name] = {"figures": [[f.ma, f.don_vi, f.muc, f.chi_tieu, f.don_vi_tinh, str(f.ky_bao_cao), str(f.cung_ky), str(f.ky_truoc), str(f.ke_hoach)] for f in t],
                       "warnings": [[w.row, w.column, w.message] for w in t.warnings]}
    except Exception as e:
        res[d.name] = {"error": str(e)}
json.dump(res, open(out, "w"), ensure_ascii=False, indent=0)
print(len(res), sum("error" in v for v in res.values()))
