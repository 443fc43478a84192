#!/usr/bin/env python3
"""cmpbase.py BASE.json[,BASE2.json] NEW.json[,NEW2.json] : per-case changes of flags, catches, periods."""
import json, sys
def load(spec):
    d = {}
    for f in spec.split(","):
        for r in json.load(open(f))["cases"]:
            d[r["case"]] = r
    return d
b, n = load(sys.argv[1]), load(sys.argv[2])
changed = gained_fa = lost = 0
for s in sorted(set(b) & set(n)):
    cb, cn = b[s]["checker"], n[s]["checker"]
    out = []
    if b[s]["period"]["got"] != n[s]["period"]["got"]:
        out.append(f"  period {b[s]['period']['got']} -> {n[s]['period']['got']} (want {n[s]['period']['want']})")
    if cb.get("status") != cn.get("status"):
        out.append(f"  status {cb.get('status')} -> {cn.get('status')}")
    fb = {(f['text'], f['context']) for f in cb.get("flags_on_clean", [])}
    fn = {(f['text'], f['context']) for f in cn.get("flags_on_clean", [])}
    for f in sorted(fn - fb): out.append(f"  +FLAG «{f[0]}» … {f[1][:120]}")
    for f in sorted(fb - fn): out.append(f"  -FLAG «{f[0]}» … {f[1][:120]}")
    mb = {(m['type'], m['old'], m['new'], m['context']) for m in cb.get("misses", [])}
    mn = {(m['type'], m['old'], m['new'], m['context']) for m in cn.get("misses", [])}
    for m in sorted(mn - mb): out.append(f"  +MISS {m[0]} {m[1]}→{m[2]} … {m[3][:100]}")
    for m in sorted(mb - mn): out.append(f"  -MISS {m[0]} {m[1]}→{m[2]} … {m[3][:100]}")
    if cb.get("false_alarms") != cn.get("false_alarms") or cb.get("detected") != cn.get("detected") or cb.get("planted") != cn.get("planted"):
        out.append(f"  FA {cb.get('false_alarms')}->{cn.get('false_alarms')} caught {cb.get('detected')}/{cb.get('planted')}->{cn.get('detected')}/{cn.get('planted')}")
    if out:
        changed += 1
        gained_fa += (cn.get("false_alarms") or 0) > (cb.get("false_alarms") or 0)
        lost += any(l.startswith("  +MISS") for l in out)
        print(s); print("\n".join(out))
print(f"== {changed} cases changed; {gained_fa} gained a false alarm; {lost} gained a miss; only base {len(set(b)-set(n))}, only new {len(set(n)-set(b))}")
