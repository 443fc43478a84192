"""Every held-out figures table loaded with no period (as first_look loads them), with the service at argv[1]; the
JSON to argv[2].  Run: `python noperiod_dump.py /work/main main.json` and again with the branch, then compare."""
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import yaml
from service.figures.load import load_table
res = {}
for d in sorted(p for p in (Path(__file__).resolve().parents[3] / 'cases' / 'heldout').iterdir() if p.is_dir()):
    cy = d / "case.yaml"
    if not cy.exists():
        continue
    c = yaml.safe_load(cy.read_text(encoding="utf-8"))
    fig = d / (c.get("figures") or "figures.csv")
    if not fig.exists():
        continue
    try:
        t = load_table(fig)
        res[d.name] = {"figures": [[f.ma, f.chi_tieu, f.don_vi_tinh, str(f.ky_bao_cao), str(f.cung_ky), str(f.ky_truoc), str(f.ke_hoach)] for f in t],
                       "warnings": [w.message for w in t.warnings]}
    except Exception as e:
        res[d.name] = {"error": str(e)}
json.dump(res, open(sys.argv[2], "w"), ensure_ascii=False)
print(len(res), sum("error" in v for v in res.values()))
