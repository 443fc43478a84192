"""Round 50: the missed hand rows of a template_accuracy JSON, sorted by cause (what the template did with the number)."""
import json, re, sys, collections
from decimal import Decimal
d = json.load(open(sys.argv[1]))
H = 'evaluations/cases/heldout/'
def vn(v):
    # vietnamese formats of a Decimal
    s = format(v.normalize(), 'f') if v == v.to_integral() else format(v, 'f')
    if '.' in s: i, f = s.split('.'); f = f.rstrip('0')
    else: i, f = s, ''
    neg = i.startswith('-'); i = i.lstrip('-')
    g = ''
    while len(i) > 3: g = '.' + i[-3:] + g; i = i[:-3]
    g = i + g
    out = {g + (',' + f if f else ''), i + (',' + f if f else '')}
    out.add(s.replace('.', ','))
    return out
cats = collections.Counter(); ex = collections.defaultdict(list); per = collections.Counter()
for r in d:
    if not r['unseen'] or not r['missed']: continue
    try: text = open(H + r['slug'] + '/source.txt').read()
    except Exception: text = ''
    extras = []
    for e in r['extra']:
        m = re.match(r'(\S+) (\S+) (.*?) — (.*)', e)
        if m:
            try: extras.append((Decimal(m.group(2)), m.group(3), e))
            except Exception: pass
    for ms in r['missed']:
        m = re.match(r'(\(as \w+\) )?(\S+) (\S+) (.*?) — (.*)', ms)
        tag, ma, v, u, lab = m.groups()
        try: v = Decimal(v)
        except Exception: cats['no value'] += 1; continue
        if tag: c = 'as ' + tag.strip('() ').split()[1]
        elif any(x[0] == v for x in extras): c = 'extra same value (unit/label fit)'
        elif v and any(x[0] != 0 and (x[0] / v) in (Decimal(1000), Decimal(10**6), Decimal(10**9), Decimal('0.001'), Decimal('1E-6'), Decimal('1E-9'), Decimal(100), Decimal('0.01')) for x in extras): c = 'extra scaled value'
        else:
            forms = vn(abs(v))
            found = any(re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text) for f in forms)
            if not found and v == v.to_integral() and abs(v) < 10:
                found = True  # small numbers may be words
            c = 'in text, no row' if found else 'not in text as written'
        cats[c] += 1; ex[c].append((r['slug'], ms)); per[r['slug']] += 1
for k, n in cats.most_common(): print(n, k)
print(sum(cats.values()))
