"""Tally a template_accuracy JSON's misses and wrong rows by coarse cause (round 28, step 1).

Run: python3 evaluations/sweep/template_round28_causes.py /work/tpl38end.json [prefix ...]"""
import json,re,sys,collections
d=json.load(open(sys.argv[1]))
pref=tuple(sys.argv[2:]) or ('',)
M=collections.Counter(); X=collections.Counter(); ex={}
def val(s):
    m=re.match(r'(?:\(as \w+\) )?\S+ (-?[\d.]+) ',s); return float(m.group(1)) if m else None
for c in d:
    if not c['slug'].startswith(pref): continue
    xv={val(e) for e in c['extra']}; mv={val(m) for m in c['missed']}
    for m in c['missed']:
        lab=m.split(' — ',1)[-1]
        if m.startswith('(as derived)'): k='found only as a derivation'
        elif m.startswith('(as standing)'): k='found only as a standing fact'
        elif val(m) in xv or (val(m) is not None and any(x and abs(x-val(m)*1e6)<1 or x and abs(x*1e6-val(m))<1 for x in xv)): k='value made a row, unit/scale not fitting'
        elif ' % ' in m and re.search(r'kế hoạch|chỉ tiêu|Nghị quyết|dự toán',lab): k='rate of a plan (no row)'
        elif ' % ' in m: k='other rate (no row)'
        else: k='count/amount not read'
        M[k]+=1; ex.setdefault(('M',k),[]).append(c['slug']+': '+m[:110])
    for e in c['extra']:
        lab=e.split(' — ',1)[-1]
        if val(e) in mv: k='value of a hand row, unit/scale not fitting'
        elif ' % ' in e and re.search(r'^(Tỷ lệ|Tốc độ) (tăng|giảm)',lab): k='a rate of change made a row'
        elif ' % ' in e: k='another rate made a row'
        else: k='count/amount no hand row'
        X[k]+=1; ex.setdefault(('X',k),[]).append(c['slug']+': '+e[:140])
print('MISSES',sum(M.values())); [print(' ',n,k) for k,n in M.most_common()]
print('EXTRAS',sum(X.values())); [print(' ',n,k) for k,n in X.most_common()]
import random; random.seed(1)
for (t,k),v in ex.items():
    print('##',t,k); [print('   ',s) for s in random.sample(v,min(6,len(v)))]
