"""Score the t17- pages against round 24's labels (plain P, derivation D, optional O, wrong X)."""
import sys, json
from decimal import Decimal as D
from pathlib import Path
from service.onboarding.template import build_template
from evaluations.template_accuracy import label_checks

L = {
 "t17-hoian-khach-2021-q1": dict(P=[54800, 3480, 17160, 37, 6820], D=[7.68, 9.37, 0.52, 3, 5.2, 2]),
 "t17-baogiaothong-xkld-2014": dict(P=[1600000, 1494000, 106000], D=[100, 3.6, 98.8, 2.7, 120.68, 119.1],
                                    O=[282000, 138000, 91000, 46000, 51000, 31000]),
 "t17-lamdong-vieclam-2022": dict(P=[25500, 10300, 250, 64, 47, 9, 8, 5093],
                                  D=[102, 2000, 103, 2750, 125, 50, 128, 101.86]),
 "t17-dongthap-vieclam-ngoaitinh": dict(P=[20000, 14500]),
 "t17-quangbinh-gplx-9t": dict(P=[11863, 6253, 5610, 32.1, 5594, 525, 5069, 4089]),
 "t17-petrotimes-nongdocon-45ngay": dict(P=[27000, 11, 160, 1132, 69, 25514, 31, 3, 140, 20466, 26920, 26667, 136.5,
                                            20219, 26667, 251, 2, 3.5, 247, 253],
                                         O=[8, 131, 1105, 61, 25328, 31, 3, 3, 29, 27, 8, 184]),
 "t17-tapchicongsan-gdp-2011-q1": dict(P=[5.43, 2.05, 5.47, 6.28, 0.24, 2.36, 2.83]),
 "t17-quangngai-niengiam-hongheo-2016": dict(P=[13.06, 5.35, 14.35]),
 "t17-namdinh-niengiam-grdp-2022": dict(P=[91965673, 17835922, 39225722, 30144319, 31989350, 2914679]),
 "t17-angiang-atgt-2023-h1": dict(P=[1685517, 3251819000000, 328213, 528461]),
 "t17-phuquoc-khach-10t-2023": dict(P=[5100000, 540323, 13200], D=[17.4, 86.6, 242.4, 54.4, 105.4, 14.8]),
 "t17-baomoi-xkld-10t": dict(P=[69731, 6923], D=[87]),
 "t17-baomoi-tongkiemsoat-2020-05": dict(P=[75, 101000, 16000, 6000]),
 "t17-sggp-csgt-hcm-caodiem": dict(P=[50000, 6127, 3230, 446, 125, 145, 180, 8592, 62, 9193, 45]),
 "t17-baolam-ngansach-2020-h1": dict(P=[85.6, 47.322, 34.4, 4.2, 421, 369.767, 51.097],
                                     D=[61, 27, 52, 106, 83, 242, 42, 55, 37, 60, 35]),
 "t17-tienphong-bhyt-2018-h1": dict(P=[84900000, 47309, 60, 13, 3], D=[9.4, 51.91, 17.4], O=[63]),
}

def same(a, b, unit=""):
    if isinstance(a, tuple):   # one figure written two ways (round 25: ``660.00 tấn``)
        return any(same(x, b, unit) for x in a)
    a, b = D(str(a)), D(str(b))
    if "đồng" not in (unit or ""):
        return a == b          # counts and rates: the value as the text states it, scaled by its own words
    return any(a == b * k or b == a * k for k in (1, 1000, 10**6, 10**9, 10**12))

def score(slug, verbose=False, labels=None):
    """One page's template against its labels (``labels``: round 24's own ``L`` unless given)."""
    tpl = build_template(Path(f"evaluations/sweep/pages/{slug}.txt"))
    lab = (labels or L)[slug]
    P = list(lab.get("P", [])); O = list(lab.get("O", [])); Dd = list(lab.get("D", []))
    found = 0; right = wrong = acc = 0; dfound = 0; out = []
    dvals = [d.value for r in tpl.rows for d in r.derived if d.value is not None]
    for r in tpl.rows:
        if r.value is None:
            wrong += 1; out.append(("WRONG", r)); continue
        k = next((i for i, v in enumerate(P) if same(v, r.value, r.unit)), None)
        if k is not None:
            P.pop(k); found += 1; right += 1; ok = all(label_checks(r).values()); acc += ok
            out.append(("right", r)); continue
        k = next((i for i, v in enumerate(O) if same(v, r.value, r.unit)), None)
        if k is not None:
            O.pop(k); right += 1; acc += all(label_checks(r).values()); out.append(("right~", r)); continue
        k = next((i for i, v in enumerate(Dd) if same(v, r.value, r.unit)), None)
        if k is not None and getattr(r, "rate_of", None) is not None:
            Dd.pop(k); dfound += 1; right += 1; acc += all(label_checks(r).values()); out.append(("right-d", r)); continue
        wrong += 1; out.append(("WRONG", r))
    for v in list(Dd):
        k = next((i for i, x in enumerate(dvals) if same(v, x)), None)
        if k is not None:
            dvals.pop(k); Dd.remove(v); dfound += 1
    nlab = len(lab.get("P", [])) + len(lab.get("D", []))
    if verbose:
        for tag, r in out:
            print(f"  {tag:7} {r.value} {r.unit} | {r.label[:70]} | {', '.join(str(d.value) for d in r.derived)}")
        print("  missed plain:", P, " missed d:", Dd, " standing:", [(s.value, getattr(s, 'unit', '')) for s in tpl.standing])
    return dict(slug=slug, labelled=nlab, found=found + dfound, rows=len(tpl.rows), right=right, wrong=wrong, acc=acc,
                plain=len(lab.get("P", [])), plain_found=found, d=len(lab.get("D", [])), d_found=dfound)

def main(labels):
    """Score every labelled page and print the round file's table (``-v``: each row too)."""
    verbose = "-v" in sys.argv
    res = []
    for s in sorted(labels):
        if verbose: print("==", s)
        res.append(score(s, verbose, labels))
    print("| page | labelled | found | rows | right rows | wrong rows | labels accepted (checks) |")
    print("|---|---|---|---|---|---|---|")
    for r in res:
        print(f"| {r['slug']} | {r['labelled']} | {r['found']} | {r['rows']} | {r['right']} | {r['wrong']} | {r['acc']} |")
    T = {k: sum(r[k] for r in res) for k in ("labelled", "found", "rows", "right", "wrong", "acc", "plain", "plain_found", "d", "d_found")}
    print(f"| **{len(res)} pages** | **{T['labelled']}** | **{T['found']} ({100*T['found']/T['labelled']:.1f} %)** | **{T['rows']}** | "
          f"**{T['right']} ({100*T['right']/max(T['rows'],1):.1f} %)** | **{T['wrong']}** | **{T['acc']}** |")
    print(json.dumps(T))


if __name__ == "__main__":
    main(L)
