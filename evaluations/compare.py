"""Compare a run with a previous one: per case and engine, which metrics got worse.

A regression is a metric moving the wrong way by more than its tolerance
(``metrics.METRICS``); informational metrics are shown, never flagged.  Cases
are matched by (case, engine, prompt version); new or vanished cases are listed.
"""

from __future__ import annotations

import json
from pathlib import Path

from evaluations.metrics import METRICS
from service.errors import InputError


def load_results(path: Path) -> dict:
    """``path`` is a previous run directory (or its results.json)."""
    f = path / "results.json" if path.is_dir() else path
    if not f.is_file():
        raise InputError(f"--compare {path}: no results.json there")
    try:
        return json.loads(f.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{f}: not valid JSON ({exc.msg}, line {exc.lineno})") from None


def _key(r: dict) -> tuple:
    return r["case"], r["engine"], r.get("prompt_version")


def delta(name: str, old, new) -> dict | None:
    """One metric's change, with ``regression`` set when it got worse beyond tolerance."""
    if old is None and new is None:
        return None
    m = METRICS.get(name)
    d = None if old is None or new is None else round(new - old, 4)
    worse = False
    if m and m.better and d is not None:
        worse = (d < -m.tolerance) if m.better == "up" else (d > m.tolerance)
    if m and m.must_be_zero and (new or 0) > 0:
        worse = True
    return {"metric": name, "old": old, "new": new, "delta": d, "regression": worse}


def compare(current: dict, previous: dict) -> dict:
    prev = {_key(r): r for r in previous.get("cases", []) if r.get("status") == "ok"}
    cur = {_key(r): r for r in current.get("cases", []) if r.get("status") == "ok"}
    rows = []
    for key, r in cur.items():
        p = prev.get(key)
        if p is None:
            continue
        for name in METRICS:
            d = delta(name, p["metrics"].get(name), r["metrics"].get(name))
            if d:
                rows.append({"case": key[0], "engine": key[1], "prompt_version": key[2], **d})
    checker = []
    old_ca, new_ca = previous.get("checker_accuracy", {}), current.get("checker_accuracy", {})
    for k, v in new_ca.items():
        if isinstance(v, (int, float)) and not isinstance(v, bool) and isinstance(old_ca.get(k), (int, float)):
            checker.append({"metric": k, "old": old_ca[k], "new": v, "delta": round(v - old_ca[k], 4)})
    return {"previous_run": previous.get("run", {}), "rows": rows,
            "regressions": [r for r in rows if r["regression"]],
            "new_cases": [list(k) for k in cur if k not in prev],
            "missing_cases": [list(k) for k in prev if k not in cur],
            "checker_accuracy": checker}
