"""Every held-out figures table as one code's loader reads it, and two such dumps compared: the figures rounds' tool.

    python -m evaluations.figures_dump dump ROOT OUT.json [--cases DIR] [--skip PREFIX ...]
    python -m evaluations.figures_dump cmp MAIN.json BRANCH.json

``dump`` loads each case's figures file (``case.yaml``'s ``figures``, else ``figures.csv``) with the case's period,
with the ``service`` of the checkout ``ROOT`` (put first on the path: run it from a folder with no ``service`` of its
own, e.g. ``/tmp``, or with ``ROOT`` the working tree), and writes per case every figure (code, organisation, Mục,
label, unit, the period's, last year's, the previous edition's value, the plan) and every warning, or the error that
refused it. ``cmp`` prints the tables whose figures or warnings differ (at most 8 figures and 4 warnings each way).
Rounds 21 to 31 kept a copy of each in ``evaluations/data/figures-round*/tools/`` (``dumpall.py``, ``cmp.py``); this
is the one tool, the same JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELDOUT = Path(__file__).resolve().parent / "cases" / "heldout"


def dump(root: str, out: str, cases: Path = HELDOUT, skip: tuple = ()) -> dict:
    """Load every case's figures with the code at ``root``; write the JSON to ``out``; return it."""
    import yaml
    sys.path.insert(0, root)
    from service.figures.load import load_table
    res = {}
    for d in sorted(p for p in Path(cases).iterdir() if p.is_dir()):
        cy = d / "case.yaml"
        if not cy.exists() or d.name.startswith(tuple(skip)):
            continue
        c = yaml.safe_load(cy.read_text(encoding="utf-8"))
        fig = d / (c.get("figures") or "figures.csv")
        if not fig.exists():
            continue
        period = (c.get("period") or {}).get("code")
        try:
            t = load_table(fig, period=period)
            res[d.name] = {"figures": [[f.ma, f.don_vi, f.muc, f.chi_tieu, f.don_vi_tinh, str(f.ky_bao_cao),
                                        str(f.cung_ky), str(f.ky_truoc), str(f.ke_hoach)] for f in t],
                           "warnings": [[w.row, w.column, w.message] for w in t.warnings]}
        except Exception as e:   # a refused table is a result too
            res[d.name] = {"error": str(e)}
    with open(out, "w") as fh:
        json.dump(res, fh, ensure_ascii=False, indent=0)
    print(len(res), sum("error" in v for v in res.values()))
    return res


def compare(a: dict, b: dict) -> list[str]:
    """The lines ``cmp`` prints: the totals, then each table that differs."""
    out = [f"tables {len(a)} {len(b)} refused main {sum('error' in v for v in a.values())} "
           f"refused branch {sum('error' in v for v in b.values())}"]
    for k in sorted(set(a) | set(b)):
        x, y = a.get(k, {}), b.get(k, {})
        if x == y:
            continue
        if "error" in x or "error" in y:
            out.append(f"== {k}: main {'REFUSED' if 'error' in x else len(x['figures'])} -> branch "
                       f"{'REFUSED' if 'error' in y else len(y['figures'])}")
            if "error" in y:
                out.append("    " + y["error"][-250:])
            continue
        fx, fy = {tuple(f) for f in x["figures"]}, {tuple(f) for f in y["figures"]}
        wx, wy = {tuple(map(str, w)) for w in x["warnings"]}, {tuple(map(str, w)) for w in y["warnings"]}
        out.append(f"== {k}: figures -{len(fx - fy)} +{len(fy - fx)}; warnings -{len(wx - wy)} +{len(wy - wx)}")
        out += [f"   - F {f}" for f in sorted(fx - fy, key=str)[:8]] + [f"   + F {f}" for f in sorted(fy - fx, key=str)[:8]]
        out += [f"   - W {w[0]} {w[1]} {w[2][:200]}" for w in sorted(wx - wy)[:4]]
        out += [f"   + W {w[0]} {w[1]} {w[2][:200]}" for w in sorted(wy - wx)[:4]]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluations.figures_dump", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="load every held-out figures file with ROOT's code; write OUT as JSON")
    d.add_argument("root")
    d.add_argument("out")
    d.add_argument("--cases", type=Path, default=HELDOUT)
    d.add_argument("--skip", nargs="*", default=[], help="case-name prefixes to leave out (e.g. a lead's batch)")
    c = sub.add_parser("cmp", help="the tables whose figures or warnings differ between two dumps")
    c.add_argument("main")
    c.add_argument("branch")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.root, args.out, args.cases, tuple(args.skip))
    else:
        with open(args.main) as fa, open(args.branch) as fb:
            print("\n".join(compare(json.load(fa), json.load(fb))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
