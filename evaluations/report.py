"""Human reports of a run: ``report.md`` and a self-contained ``report.html``.

Both are rendered from one list of blocks (headings, paragraphs, tables,
plots) so they never disagree; plots are matplotlib (Agg) PNGs, saved under
``plots/`` for the Markdown and embedded as base64 in the HTML.
"""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass, field
from pathlib import Path

from evaluations.metrics import METRICS

SUMMARY_COLUMNS = ["numeric_precision", "figure_recall", "stale_numbers", "stale_unmarked", "unsupported_unmarked",
                   "problems_marked", "section_coverage", "section_text_coverage", "first_person", "colloquial",
                   "abbr_unexpanded", "sentence_words_mean", "sentence_words_p95", "model_paragraph_share",
                   "fallback_paragraphs", "repair_rounds"]
SECTION_COLUMNS = ["numbers_figures", "numeric_precision", "figures_assigned", "figure_recall", "stale_numbers",
                   "unsupported_unmarked", "marked_paragraphs", "first_person", "sentence_words_mean"]


@dataclass
class Table:
    headers: list[str]
    rows: list[list]
    bad: set[tuple[int, int]] = field(default_factory=set)  # (row, col) cells to highlight


@dataclass
class Plot:
    name: str
    png: bytes
    caption: str


def fmt(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".") if abs(v) < 10 else f"{v:.1f}"
    return str(v)


def label(name: str) -> str:
    return METRICS[name].label if name in METRICS else name.replace("_", " ")


# -- plots ---------------------------------------------------------------------
def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return buf.getvalue()


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_cases(cases: list[dict]) -> Plot | None:
    """Precision, recall and coverage per case and engine, side by side."""
    ok = [c for c in cases if c["status"] == "ok"]
    if not ok:
        return None
    plt = _plt()
    keys = ["numeric_precision", "figure_recall", "section_text_coverage"]
    fig, ax = plt.subplots(figsize=(max(5, 1.8 * len(ok) + 2), 3.2))
    width = 0.8 / len(keys)
    for i, k in enumerate(keys):
        ax.bar([j + i * width for j in range(len(ok))], [c["metrics"].get(k) or 0 for c in ok], width, label=label(k))
    ax.set_xticks([j + width for j in range(len(ok))], [f"{c['case']}\n({c['engine']})" for c in ok], fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=3, frameon=False)
    ax.set_title("Fact consistency per case")
    return Plot("cases.png", _png(fig), "Numeric precision, figure recall and section coverage per case.")


def _short(title: str, width: int = 46) -> str:
    """Section titles differ at the end ("... với Hội Chữ thập đỏ"): keep both ends."""
    return title if len(title) <= width else title[:20] + "…" + title[-(width - 21):]


def plot_sections(case: dict) -> Plot | None:
    """Per section: figures stated well, problems, figures not stated."""
    rows = [s for s in case.get("sections", []) if s["metrics"]["numbers_figures"] or s["metrics"]["figures_assigned"]]
    if not rows:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(7, 0.32 * len(rows) + 1.2))
    names = [_short(s["title"]) for s in rows]
    good = [s["metrics"]["numbers_good"] for s in rows]
    bad = [s["metrics"]["numbers_figures"] - s["metrics"]["numbers_good"] for s in rows]
    miss = [s["metrics"]["figures_assigned"] - s["metrics"]["figures_stated"] for s in rows]
    y = range(len(rows))
    ax.barh(y, good, color="#4c9a2a", label="supported/derived")
    ax.barh(y, bad, left=good, color="#d1495b", label="unsupported/stale")
    ax.barh(y, miss, left=[g + b for g, b in zip(good, bad)], color="#bbbbbb", label="assigned, not stated")
    ax.set_yticks(list(y), names, fontsize=7)
    ax.invert_yaxis()
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=3, frameon=False)
    ax.set_title(f"{case['case']} ({case['engine']}): numbers per section", fontsize=9)
    return Plot(f"sections-{case['case']}-{case['engine']}.png", _png(fig),
                f"Numbers per section, {case['case']} ({case['engine']}).")


def plot_comparison(comp: dict) -> Plot | None:
    rows = [r for r in comp.get("rows", []) if r["delta"] and METRICS.get(r["metric"]) and METRICS[r["metric"]].better]
    if not rows:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(7, 0.3 * len(rows) + 1.2))
    colors = ["#d1495b" if r["regression"] else "#4c9a2a" for r in rows]
    ax.barh(range(len(rows)), [r["delta"] for r in rows], color=colors)
    ax.set_yticks(range(len(rows)), [f"{r['case']}/{r['engine']}: {label(r['metric'])}" for r in rows], fontsize=7)
    ax.axvline(0, color="black", linewidth=0.5)
    ax.invert_yaxis()
    ax.set_title("Change since previous run (red = regression)", fontsize=9)
    return Plot("comparison.png", _png(fig), "Metric deltas against the previous run.")


# -- blocks ----------------------------------------------------------------------
def blocks(data: dict) -> list:
    out: list = [("h1", "Fact-consistency evaluation")]
    run = data["run"]
    git = run.get("git") or {}
    out.append(("p", f"Run {run['started_at']} · engines {', '.join(run['engines'])} · prompt version "
                     f"{run.get('prompt_version') or 'latest'} · commit {(git.get('commit') or '?')[:10]}"
                     f"{' (dirty)' if git.get('dirty') else ''} · {run['seconds']} s"))
    zero = data["must_be_zero"]["unsupported_unmarked"]
    out.append(("p", ("**FAIL**: " if zero else "OK: ") + f"{zero} unsupported number(s) delivered unmarked "
                     "(must be 0)."))
    if data.get("errors"):
        out.append(("p", "**Cases that failed to draft:** " + "; ".join(f"{e['case']} ({e['engine']}): {e['error']}"
                                                                        for e in data["errors"])))
    cases = data["cases"]
    ok = [c for c in cases if c["status"] == "ok"]
    out.append(("h2", "Cases"))
    rows, bad = [], set()
    for i, c in enumerate(ok):
        rows.append([c["case"], c["engine"], ", ".join(c.get("models") or []) or "–",
                     ", ".join(c.get("prompts") or []) or "–"] + [fmt(c["metrics"].get(k)) for k in SUMMARY_COLUMNS])
        for k in ("unsupported_unmarked", "stale_unmarked"):
            if c["metrics"].get(k):
                bad.add((i, 4 + SUMMARY_COLUMNS.index(k)))
    out.append(("table", Table(["case", "engine", "model", "prompt"] + [label(k) for k in SUMMARY_COLUMNS], rows, bad)))
    p = plot_cases(cases)
    if p:
        out.append(("plot", p))
    if data.get("by_version"):
        out.append(("h2", "By engine / model / prompt version (pooled over sections)"))
        keys = ["numeric_precision", "figure_recall", "stale_numbers", "unsupported_unmarked", "marked_paragraphs",
                "first_person", "model_paragraph_share", "fallback_paragraphs", "repair_rounds"]
        out.append(("table", Table(["engine", "model", "prompt", "sections"] + [label(k) for k in keys],
                                   [[v["engine"], v["model"] or "–", v["prompt"] or "–", v["sections"]]
                                    + [fmt(v["metrics"].get(k)) for k in keys] for v in data["by_version"]])))
    if "comparison" in data:
        out += comparison_blocks(data["comparison"])
    for c in ok:
        out += case_blocks(c)
    out += checker_blocks(data.get("checker_accuracy", {}))
    return out


def comparison_blocks(comp: dict) -> list:
    prev = comp.get("previous_run", {})
    out = [("h2", "Comparison with the previous run"),
           ("p", f"Previous run {prev.get('started_at', '?')} (commit {((prev.get('git') or {}).get('commit') or '?')[:10]}). "
                 f"{len(comp['regressions'])} regression(s).")]
    changed = [r for r in comp["rows"] if r["delta"] or r["regression"]]
    if len(changed) < len(comp["rows"]):
        out.append(("p", f"{len(comp['rows']) - len(changed)} metric(s) unchanged (not listed)."))
    if changed:
        rows, bad = [], set()
        for i, r in enumerate(changed):
            rows.append([r["case"], r["engine"], label(r["metric"]), fmt(r["old"]), fmt(r["new"]),
                         fmt(r["delta"]), "REGRESSION" if r["regression"] else ""])
            if r["regression"]:
                bad |= {(i, 5), (i, 6)}
        out.append(("table", Table(["case", "engine", "metric", "previous", "now", "Δ", ""], rows, bad)))
    if comp.get("new_cases") or comp.get("missing_cases"):
        out.append(("p", f"New cases: {comp['new_cases'] or 'none'}; cases gone: {comp['missing_cases'] or 'none'}."))
    if comp.get("checker_accuracy"):
        out.append(("table", Table(["checker accuracy", "previous", "now", "Δ"],
                                   [[r["metric"], fmt(r["old"]), fmt(r["new"]), fmt(r["delta"])]
                                    for r in comp["checker_accuracy"]])))
    p = plot_comparison(comp)
    if p:
        out.append(("plot", p))
    return out


def case_blocks(c: dict) -> list:
    out = [("h2", f"Case {c['case']} — {c['engine']}")]
    if c.get("description"):
        out.append(("p", c["description"]))
    m = c["metrics"]
    out.append(("p", f"{m['numbers_good']}/{m['numbers_figures']} figures supported or derived; "
                     f"{m['figures_stated']}/{m['figures_assigned']} assigned figures stated; "
                     f"{m['stale_numbers']} stale (checker {m['stale_verdict']}, independent scan "
                     f"{m['stale_independent']}); {m['marked_paragraphs']}/{m['paragraphs']} paragraphs marked for "
                     f"review; outline: {c.get('outline_source') or '?'}; {c['seconds']} s."))
    rows, bad = [], set()
    for i, s in enumerate(c.get("sections", [])):
        sm = s["metrics"]
        v = s["version"]
        rows.append([s["path"], s["title"][:60], "/".join(x for x in (v.get("engine"), v.get("prompt")) if x) or "–"]
                    + [fmt(sm.get(k)) for k in SECTION_COLUMNS])
        if sm.get("unsupported_unmarked"):
            bad.add((i, 3 + SECTION_COLUMNS.index("unsupported_unmarked")))
        if sm.get("stale_numbers"):
            bad.add((i, 3 + SECTION_COLUMNS.index("stale_numbers")))
    out.append(("table", Table(["path", "section", "drafted by"] + [label(k) for k in SECTION_COLUMNS], rows, bad)))
    p = plot_sections(c)
    if p:
        out.append(("plot", p))
    d = c.get("details", {})
    lists = [("Unsupported numbers delivered unmarked", d.get("unsupported_unmarked"),
              lambda x: f"{x['section']}: {x['number']} ({x['verdict']}) — {x['context']}"),
             ("Stale numbers", d.get("stale"), lambda x: f"{x['section']}: {x['number']}"
              + ("" if x.get("marked") else " [UNMARKED]")
              + (f" ({x['ma']}: prior {x.get('prior_value', '?')}, now {x.get('current_value', '?')})" if x.get("ma") else "")
              + f" — {x['context']}"),
             ("Assigned figures not stated", d.get("figures_missing"), str),
             ("Sections of the prior edition missing", d.get("sections_missing"), str),
             ("Sections that had text and are now empty", d.get("sections_emptied"), str),
             ("First person", d.get("first_person"), str),
             ("Colloquial/foreign words", d.get("colloquial"), str),
             ("Abbreviations used before their expansion", d.get("abbreviations"),
              lambda x: f"{x['abbr']} ({x['expansion']}): {x['context']}")]
    for title, items, render in lists:
        if items:
            out.append(("list", f"{title} ({len(items)})", [render(x) for x in items[:40]]))
    base = c.get("baseline") or {}
    if base:
        keys = ["first_person", "colloquial", "abbr_unexpanded", "sentence_words_mean", "sentence_words_p95"]
        rows = [["this draft"] + [fmt(m.get(k)) for k in keys]]
        rows += [[name.replace("_register", " edition" if name.startswith("prior") else "")]
                 + [fmt(r.get(k)) for k in keys] for name, r in base.items()]
        out.append(("table", Table(["register"] + [label(k) for k in keys], rows)))
    return out


def checker_blocks(ca: dict) -> list:
    out = [("h2", "Checker accuracy suite")]
    if ca.get("status") != "ok":
        out.append(("p", f"{ca.get('status', 'skipped')}: {ca.get('reason') or ca.get('error') or ''}"))
        return out
    scalars = [[k, fmt(v)] for k, v in ca.items() if k != "status" and not isinstance(v, (dict, list))]
    out.append(("table", Table(["metric", "value"], scalars)))
    for k, v in ca.items():
        if not isinstance(v, dict) or not v:
            continue
        if all(isinstance(x, dict) for x in v.values()):  # e.g. detection per error type
            cols = list(dict.fromkeys(c for x in v.values() for c in x if not isinstance(x[c], (dict, list))))
            out.append(("table", Table([k] + cols, [[a] + [fmt(b.get(c)) for c in cols] for a, b in v.items()])))
        else:
            out.append(("table", Table([k, "value"], [[a, fmt(b) if not isinstance(b, (dict, list)) else
                                                       str(b)[:120]] for a, b in v.items()])))
    for k, v in ca.items():
        if isinstance(v, list) and v:
            out.append(("list", f"{k} ({len(v)})", [_one_line(x) for x in v[:15]]))
    return out


def _one_line(x) -> str:
    if isinstance(x, dict):
        return "; ".join(f"{k}: {v}" for k, v in x.items() if v not in (None, "", [], {}))[:240]
    return str(x)[:240]


# -- rendering -------------------------------------------------------------------
def to_markdown(bl: list) -> str:
    lines = []
    for b in bl:
        kind = b[0]
        if kind in ("h1", "h2"):
            lines += ["#" * int(kind[1]) + " " + b[1], ""]
        elif kind == "p":
            lines += [b[1], ""]
        elif kind == "table":
            t: Table = b[1]
            lines.append("| " + " | ".join(t.headers) + " |")
            lines.append("|" + "---|" * len(t.headers))
            for i, row in enumerate(t.rows):
                cells = [f"**{_md(v)}** ⚠" if (i, j) in t.bad else _md(v) for j, v in enumerate(row)]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
        elif kind == "plot":
            lines += [f"![{b[1].caption}](plots/{b[1].name})", ""]
        elif kind == "list":
            lines += [f"**{b[1]}**", ""] + [f"- {_md(x)}" for x in b[2]] + [""]
    return "\n".join(lines)


def _md(v) -> str:
    return str(v).replace("|", "\\|").replace("\n", " ")


_CSS = """body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}
th{background:#f3f3f3}td.bad{background:#fbd5d5;font-weight:bold}img{max-width:100%;margin:.5em 0}
.fail{color:#b00020;font-weight:bold}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}"""


def to_html(bl: list) -> str:
    parts = ["<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Evaluation report</title>",
             f"<style>{_CSS}</style></head><body>"]
    for b in bl:
        kind = b[0]
        if kind in ("h1", "h2"):
            parts.append(f"<{kind}>{html.escape(b[1])}</{kind}>")
        elif kind == "p":
            text = html.escape(b[1])
            text = text.replace("**FAIL**", "<span class='fail'>FAIL</span>")
            parts.append("<p>" + _bold(text) + "</p>")
        elif kind == "table":
            t: Table = b[1]
            parts.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in t.headers) + "</tr>")
            for i, row in enumerate(t.rows):
                parts.append("<tr>" + "".join(f"<td class='bad'>{html.escape(str(v))}</td>" if (i, j) in t.bad
                                              else f"<td>{html.escape(str(v))}</td>" for j, v in enumerate(row))
                             + "</tr>")
            parts.append("</table>")
        elif kind == "plot":
            data = base64.b64encode(b[1].png).decode()
            parts.append(f"<figure><img alt='{html.escape(b[1].caption)}' src='data:image/png;base64,{data}'>"
                         f"<figcaption>{html.escape(b[1].caption)}</figcaption></figure>")
        elif kind == "list":
            parts.append(f"<p><b>{html.escape(b[1])}</b></p><ul>"
                         + "".join(f"<li>{html.escape(x)}</li>" for x in b[2]) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _bold(text: str) -> str:
    while text.count("**") >= 2:
        text = text.replace("**", "<b>", 1).replace("**", "</b>", 1)
    return text


def write_reports(data: dict, out_dir: Path) -> None:
    bl = blocks(data)
    plots = out_dir / "plots"
    plots.mkdir(parents=True, exist_ok=True)
    for b in bl:
        if b[0] == "plot":
            (plots / b[1].name).write_bytes(b[1].png)
    (out_dir / "report.md").write_text(to_markdown(bl), encoding="utf-8")
    (out_dir / "report.html").write_text(to_html(bl), encoding="utf-8")
