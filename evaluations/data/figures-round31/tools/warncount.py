"""Count the warnings of every held-out table (dumpall.py's JSON), grouped by kind: the message with quoted titles,
«…» examples and numbers blanked, cut at its first colon or semicolon.  Usage: warncount.py main.json branch.json."""
import json
import re
import sys
from collections import Counter


def kind(msg: str) -> str:
    keep = re.match(r"(?:bảng )?không có cột '[^']*'", msg)   # which column is missing is the kind
    m = (keep.group(0) + re.sub(r"'[^']*'|«[^»]*»|\([^)]*\)", "…", msg[keep.end():]) if keep else
         re.sub(r"'[^']*'|«[^»]*»|\([^)]*\)", "…", msg))
    m = re.sub(r"\d[\d.,]*", "N", m)
    return re.split(r"[:;]", m, maxsplit=1)[0].strip()[:90]


def counts(path: str) -> Counter:
    c = Counter()
    for v in json.load(open(path, encoding="utf-8")).values():
        for w in v.get("warnings", []):
            c[kind(w[2])] += 1
    return c


a, b = counts(sys.argv[1]), counts(sys.argv[2])
print("| warning (kind) | base | branch |\n|---|---|---|")
for k in sorted(set(a) | set(b), key=lambda k: -max(a[k], b[k])):
    if a[k] != b[k] or max(a[k], b[k]) >= 15:
        print(f"| {k.replace('|', '/')} | {a[k]} | {b[k]} |")
print(f"| all warnings | {sum(a.values())} | {sum(b.values())} |")
