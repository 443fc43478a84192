"""A fresh batch's first look: every measure of issues #13 and #14 on a folder of hand-built cases, in one run.

Run: ``.venv/bin/python -m evaluations.first_look --cases evaluations/cases/heldout --prefix zc- [--details]
[--no-plants] [--out DIR]``.

Per case (``evaluations/real.py`` format: ``source.txt``, ``case.yaml``, ``figures.csv``/``.xlsx``) it reports

- **periods**: the period the case states against the one ``parse_report`` reads;
- **checker** (``checker_accuracy.run_real_case``): rows loaded, figures, flags on the clean text (and how many are
  the source's own errors), planted errors caught, swaps caught;
- **template** (``template_accuracy.run_source``): recall, precision, labels that fit;
- **round trip** (``template_roundtrip``): the template filled with next period's values drafts, the share of new
  values stated, numbers left unsupported or stale in unmarked paragraphs.

and the totals against the issues' targets.  ``--details`` lists every flag and every missed planted error, which is
what a developer reads first; the totals are what a batch's README records, once, before any rule is written for it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

TARGETS = {"false_alarms_per_100": 2.0, "caught": 0.95, "swaps": 0.80, "recall": 0.90, "precision": 0.90,
           "stated": 0.90}


def _period(case) -> tuple[str | None, str | None]:
    from index.parse import parse_report

    want = case.period_code
    try:
        got = parse_report(case.text_path).period
    except Exception as exc:  # an unreadable page is a result of the run
        got = f"({type(exc).__name__})"
    got = getattr(got, "code", got)
    return (str(want) if want else None), (str(got) if got else None)


def _roundtrip(case, base: Path) -> dict:
    from evaluations.template_roundtrip import _next_of, _page_next, error_text, next_table, run_pair

    try:
        nxt = _next_of(case) or _page_next(case.text_path)
        prior = case.dir / "report.docx" if (case.dir / "report.docx").is_file() else case.text_path
        return run_pair(case.slug, prior, next_table(case, base), base, nxt)
    except Exception as exc:  # a page the pipeline cannot draft is a result, not a crash of the run
        return {"name": case.slug, "error": error_text(exc)}


def run(root: Path, prefixes: tuple[str, ...] = (), plants: bool = True, template: bool = True) -> list[dict]:
    import os

    from evaluations.checker_accuracy import run_real_case
    from evaluations.real import real_cases
    from evaluations.template_accuracy import run_source

    cases = [c for c in real_cases(root) if c.figures_path is not None and (not prefixes or c.slug.startswith(prefixes))]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("BAOCAO_DATA_DIR", str(Path(tmp) / "data"))
        for case in cases:
            want, got = _period(case)
            right = (want or "").upper() == (got or "").upper()   # a case's code typed "2016-h1" is 2016-H1
            r = {"case": case.slug, "period": {"want": want, "got": got, "right": right}}
            r["checker"] = run_real_case(case, limit=None if plants else 1)
            if template:
                text = case.dir / case.meta["docx"] if case.meta.get("docx") else case.text_path
                t = run_source(case.slug, text, case.figures_path, True, case.kind)
                r["template"] = {"error": t.error, "ref_rows": t.ref_rows, "rows": t.rows, "matched": t.matched,
                                 "by_derivation": t.by_derivation, "labels_ok": t.labels_ok, "missed": t.missed, "extra": t.extra,
                                 "bad_labels": t.bad_labels}
                r["roundtrip"] = _roundtrip(case, Path(tmp))
            out.append(r)
    return out


def totals(results: list[dict]) -> dict:
    t: Counter = Counter()
    per_type: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        t["cases"] += 1
        t["periods_right"] += int(r["period"]["right"])
        c = r["checker"]
        if c["status"] != "ok":
            t["not_loaded"] += 1
        else:
            for k in ("figures", "flags", "false_alarms", "planted", "detected"):
                t[k] += c[k]
            for typ, d in c["detection"].items():
                per_type[typ]["planted"] += d["planted"]
                per_type[typ]["detected"] += d["detected"]
        tp = r.get("template")
        if tp and not tp["error"]:
            for k in ("ref_rows", "rows", "matched", "labels_ok"):
                t["t_" + k] += tp[k]
            t["t_by_derivation"] += tp.get("by_derivation", 0)   # absent from runs before stop 45
        rt = r.get("roundtrip")
        if rt:
            if "error" in rt:
                t["rt_errors"] += 1
            else:
                t["rt_drafted"] += 1
                t["rt_filled"] += rt["filled"]
                t["rt_stated"] += rt["stated"]
                t["rt_unmarked"] += len(rt["unmarked_problems"])
    swaps = per_type.get("swap", Counter())
    return {
        **t, "per_type": {k: dict(v) for k, v in per_type.items()},
        "false_alarms_per_100": 100 * t["false_alarms"] / max(t["figures"], 1),
        "flags_per_100": 100 * t["flags"] / max(t["figures"], 1),
        "caught": t["detected"] / max(t["planted"], 1),
        "swaps": swaps["detected"] / max(swaps["planted"], 1),
        "recall": (t["t_matched"] + t["t_by_derivation"]) / max(t["t_ref_rows"], 1),
        "recall_rows": t["t_matched"] / max(t["t_ref_rows"], 1),
        "precision": t["t_matched"] / max(t["t_rows"], 1),
        "labels_fit": t["t_labels_ok"] / max(t["t_rows"], 1),
        "stated": t["rt_stated"] / max(t["rt_filled"], 1),
    }


def _pct(x: float) -> str:
    return f"{100 * x:.1f}".replace(".", ",") + "%"


def markdown(results: list[dict], details: bool = False) -> str:
    lines = ["| case | period (stated → read) | rows | figures | flags (source's own) | caught | swaps | "
             "template recall / precision | round trip stated / unmarked |", "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        c, p = r["checker"], r["period"]
        per = f"{p['want']} → {p['got']}" + ("" if p["right"] else " ✗")
        if c["status"] != "ok":
            lines.append(f"| {r['case']} | {per} | not loaded: {c.get('reason', '')[:80]} | | | | | | |")
            continue
        sw = c["detection"].get("swap", {})
        swaps = f"{sw.get('detected', 0)}/{sw.get('planted', 0)}" if sw else "–"
        tp, rt = r.get("template"), r.get("roundtrip")
        tcol = ("error" if tp["error"] else f"{_pct((tp['matched'] + tp.get('by_derivation', 0)) / max(tp['ref_rows'], 1))} / "
                f"{_pct(tp['matched'] / max(tp['rows'], 1))}") if tp else "–"
        rcol = ("error" if "error" in rt else f"{rt['stated']}/{rt['filled']} / {len(rt['unmarked_problems'])}") \
            if rt else "–"
        lines.append(f"| {r['case']} | {per} | {c['rows']} | {c['figures']} | {c['flags']} "
                     f"({c['flags'] - c['false_alarms']}) | {c['detected']}/{c['planted']} | {swaps} | {tcol} | {rcol} |")
    t = totals(results)
    lines += ["", f"**{t['cases']} cases**: {t['cases'] - t.get('not_loaded', 0)} tables load; periods read right "
              f"{t['periods_right']}/{t['cases']}.",
              f"- checker: {t.get('figures', 0)} figures, {t.get('flags', 0)} flags, {t.get('false_alarms', 0)} false alarms "
              f"= **{t['false_alarms_per_100']:.1f} per 100** (target ≤ {TARGETS['false_alarms_per_100']:.0f}); "
              f"planted errors caught **{_pct(t['caught'])}** ({t.get('detected', 0)}/{t.get('planted', 0)}; target ≥ 95%); "
              f"swaps **{_pct(t['swaps'])}** (target ≥ 80%)"]
    if t["per_type"]:
        lines.append("- by type: " + ", ".join(f"{k} {v['detected']}/{v['planted']}"
                                              for k, v in sorted(t["per_type"].items())))
    if t.get("t_ref_rows"):
        lines.append(f"- template: recall **{_pct(t['recall'])}**, precision **{_pct(t['precision'])}** (targets ≥ 90%), "
                     f"labels that fit {_pct(t['labels_fit'])}; recall of template rows alone {_pct(t['recall_rows'])} "
                     f"(the rest: rates kept as their row's derivation)")
    if t.get("rt_drafted") or t.get("rt_errors"):
        lines.append(f"- round trip: {t.get('rt_drafted', 0)}/{t.get('rt_drafted', 0) + t.get('rt_errors', 0)} drafted, "
                     f"new values stated **{_pct(t['stated'])}** (target ≥ 90%), unmarked problems "
                     f"**{t.get('rt_unmarked', 0)}** (target 0)")
    if details:
        for r in results:
            c = r["checker"]
            lines += ["", f"## {r['case']}"]
            for f in c.get("flags_on_clean", []):
                own = " [the source's own error]" if f["source_error"] else ""
                lines.append(f"- FLAG {f['verdict']} «{f['text']}»{own}: {f['reason'][:160]} … {f['context']}")
            for m in c.get("misses", []):
                lines.append(f"- MISS {m['type']} «{m['old']}» → «{m['new']}»: … {m['context']}")
            tp = r.get("template") or {}
            lines += [f"- template missed: {m}" for m in tp.get("missed", [])]
            lines += [f"- template extra: {e}" for e in tp.get("extra", [])]
            rt = r.get("roundtrip") or {}
            if "error" in rt:
                lines.append(f"- round trip error: {rt['error']}")
            lines += [f"- round trip unmarked: «{u}»" for u in rt.get("unmarked_problems", [])]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, required=True, help="a folder of real-format cases")
    ap.add_argument("--prefix", nargs="*", default=[], help="only the cases whose slug starts with one of these")
    ap.add_argument("--details", action="store_true", help="every flag, missed planted error and template miss")
    ap.add_argument("--no-plants", action="store_true", help="flags only (no planted errors): a quick look")
    ap.add_argument("--no-template", action="store_true", help="the checker and periods only")
    ap.add_argument("--json", type=Path, help="write every result as JSON here")
    args = ap.parse_args(argv)
    results = run(args.cases, tuple(args.prefix), plants=not args.no_plants, template=not args.no_template)
    sys.stdout.write(markdown(results, args.details))
    if args.json:
        args.json.write_text(json.dumps({"totals": totals(results), "cases": results}, ensure_ascii=False, indent=1,
                                        default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
