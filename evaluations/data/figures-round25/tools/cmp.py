# Round 25's copy, kept because evaluations/figures-round25.md names it; the one tool now: python -m evaluations.figures_dump cmp (evaluations/README.md).
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
print("tables", len(a), len(b), "refused main", sum('error' in v for v in a.values()), "refused branch", sum('error' in v for v in b.values()))
for k in sorted(set(a) | set(b)):
    x, y = a.get(k, {}), b.get(k, {})
    if x == y: continue
    if 'error' in x or 'error' in y:
        print(f"== {k}: main {'REFUSED' if 'error' in x else len(x['figures'])} -> branch {'REFUSED' if 'error' in y else len(y['figures'])}")
        if 'error' in y: print("   ", y['error'][-250:])
        continue
    fx = {tuple(f) for f in x['figures']}; fy = {tuple(f) for f in y['figures']}
    wx = {tuple(map(str, w)) for w in x['warnings']}; wy = {tuple(map(str, w)) for w in y['warnings']}
    print(f"== {k}: figures -{len(fx-fy)} +{len(fy-fx)}; warnings -{len(wx-wy)} +{len(wy-wx)}")
    for f in sorted(fx - fy, key=str)[:8]: print("   - F", f)
    for f in sorted(fy - fx, key=str)[:8]: print("   + F", f)
    for w in sorted(wx - wy)[:4]: print("   - W", w[0], w[1], w[2][:200])
    for w in sorted(wy - wx)[:4]: print("   + W", w[0], w[1], w[2][:200])
