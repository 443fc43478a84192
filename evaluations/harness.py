"""Run evaluation cases: draft each with the real pipeline, score it, write results.

A case (``evaluations/cases/*.yaml``) is a report spec (paths relative to the
case file) plus an optional ``case:`` block (``name``, ``description``,
``reference``: a text of the same period to compare register with).  Every
case runs in its own temporary data directory so runs never share an index
or a figures store, and a run never touches the service's real data.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import yaml

from evaluations import metrics as M
from service.errors import BaocaoError, InputError
from service.spec import ReportSpec, spec_from_dict

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Case:
    name: str
    path: Path
    spec: ReportSpec
    description: str = ""
    reference: Path | None = None


def load_case(path: str | Path) -> Case:
    """Read a case file; a bad one is a one-line ``InputError`` like a bad spec."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: case file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        raise InputError(f"{path}: not valid YAML") from None
    if not isinstance(raw, dict):
        raise InputError(f"{path}: expected a mapping (spec fields plus an optional 'case' block)")
    meta = raw.pop("case", None) or {}
    spec = spec_from_dict(raw, base_dir=path.parent, label=str(path))
    ref = meta.get("reference")
    reference = (path.parent / ref).resolve() if ref else None
    if reference is not None and not reference.is_file():
        raise InputError(f"{path}: field 'case.reference': file not found: {reference}")
    return Case(name=meta.get("name") or path.stem, path=path, spec=spec,
                description=meta.get("description", ""), reference=reference)


def expected_sections(spec: ReportSpec, prior) -> list[tuple[str, str, bool]] | None:
    """(path, title, had_text) the draft should cover: the case's outline, else the prior edition's."""
    had_text = {s.path: bool(s.paragraphs) for s in prior.walk()} if prior else {}
    if spec.outline:
        from service import outline as outline_mod

        flat = outline_mod.flatten(outline_mod.from_spec(spec.outline))
        return [(s.path, s.title, had_text.get(s.path, False)) for s in flat]
    if prior is None:
        return None
    return [(s.path, s.title, bool(s.paragraphs)) for s in prior.walk()]


def _read_text(path: Path) -> list[str]:
    """Paragraphs of a reference/prior report, through the index's own reader."""
    from index.parse import parse_report

    r = parse_report(path)
    return list(r.preamble) + [p for s in r.walk() for p in [s.title, *s.paragraphs]] + list(r.closing)


def draft_case(case: Case, engine: str, prompt_version: int | None, data_dir: Path):
    """The pipeline's draft of one case, with a private data directory."""
    from service.pipeline import DraftPipeline
    from service.settings import load_settings

    settings = load_settings(data_dir=data_dir)
    return DraftPipeline(settings=settings, engine=engine, prompt_version=prompt_version).run(case.spec)


def evaluate_case(case: Case, engine: str, prompt_version: int | None, out_dir: Path,
                  data_dir: Path | None = None) -> dict:
    """Draft and score one case; errors are recorded, never raised (the run goes on).

    ``data_dir``: reuse ``data_dir/<case>`` (index, figures store) instead of a
    fresh temporary directory; re-indexing an unchanged report is then a no-op.
    """
    from index.parse import parse_report
    from service.figures.load import load_table

    t0 = time.perf_counter()
    result = {"case": case.name, "file": _rel(case.path), "description": case.description,
              "engine": engine, "prompt_version": prompt_version, "status": "ok"}
    try:
        if data_dir is not None:
            (data_dir / case.name).mkdir(parents=True, exist_ok=True)
            draft = draft_case(case, engine, prompt_version, data_dir / case.name)
        else:
            with tempfile.TemporaryDirectory(prefix=f"eval-{case.name}-") as tmp:
                draft = draft_case(case, engine, prompt_version, Path(tmp))
        spec = case.spec
        current = load_table(spec.resolve(spec.figures))
        prior_table = load_table(spec.resolve(spec.prior.figures)) if spec.prior.figures else None
        prior = parse_report(spec.resolve(spec.prior.report)) if spec.prior.report else None
        scored = M.draft_metrics(draft, current, prior_table, expected_sections(spec, prior))
        versions = [s["version"] for s in scored["sections"] if s["version"].get("engine")]
        result.update(engine=draft.provenance.get("engine", engine),
                      models=sorted({v["model"] for v in versions if v.get("model")}),
                      prompts=sorted({v["prompt"] for v in versions if v.get("prompt")}),
                      outline_source=draft.provenance.get("outline_source"), **scored)
        baseline = {}
        if prior is not None:
            baseline["prior_register"] = _register_only(_read_text(spec.resolve(spec.prior.report)))
        if case.reference is not None:
            baseline["reference_register"] = _register_only(_read_text(case.reference))
        result["baseline"] = baseline
        drafts = out_dir / "drafts"
        drafts.mkdir(parents=True, exist_ok=True)
        name = f"{case.name}.{engine}" + (f".p{prompt_version}" if prompt_version else "") + ".json"
        (drafts / name).write_text(json.dumps(draft.to_dict(), ensure_ascii=False, indent=1, default=str),
                                   encoding="utf-8")
        result["draft"] = f"drafts/{name}"
    except BaocaoError as exc:
        result.update(status="error", error=exc.message)
    except Exception as exc:  # a crashing stage is a finding of the run, not the end of it
        result.update(status="error", error=f"{type(exc).__name__}: {exc}",
                      traceback=traceback.format_exc(limit=8))
    result["seconds"] = round(time.perf_counter() - t0, 2)
    return result


def _register_only(texts: list[str]) -> dict:
    reg = M.register(texts)
    reg.pop("register_hits")
    return reg


def checker_accuracy() -> dict:
    """The checker's own accuracy suite (``evaluations/checker_accuracy.py``, owned by the checker)."""
    t0 = time.perf_counter()
    try:
        import evaluations.checker_accuracy as suite
    except ImportError as exc:
        return {"status": "skipped", "reason": f"evaluations.checker_accuracy not importable: {exc}"}
    fn = next((getattr(suite, n) for n in ("run", "evaluate", "run_suite", "main") if callable(getattr(suite, n, None))),
              None)
    if fn is None:
        return {"status": "skipped", "reason": "evaluations.checker_accuracy has no run()/evaluate()"}
    try:
        res = fn()
        res = res.to_dict() if hasattr(res, "to_dict") else res
        if not isinstance(res, dict):
            return {"status": "skipped", "reason": f"{fn.__name__}() returned {type(res).__name__}, not a dict"}
        return {"status": "ok", "seconds": round(time.perf_counter() - t0, 2), **res}
    except Exception as exc:
        return {"status": "error", "error": f"{type(exc).__name__}: {exc}"}


def by_version(cases: list[dict]) -> list[dict]:
    """Section metrics pooled per (engine, model, prompt) that actually drafted them."""
    groups: dict[tuple, list[dict]] = {}
    for c in cases:
        for s in c.get("sections", []):
            v = s["version"]
            if not v.get("engine"):
                continue
            groups.setdefault((v["engine"], v.get("model"), v.get("prompt")), []).append(s["metrics"])
    return [{"engine": e, "model": m, "prompt": p, "sections": len(rows), "metrics": M.aggregate(rows)}
            for (e, m, p), rows in sorted(groups.items(), key=lambda kv: tuple(str(x) for x in kv[0]))]


def run(case_paths: list[Path], out_dir: Path, engines: list[str], prompt_version: int | None = None,
        compare: Path | None = None, with_checker_suite: bool = True, on_case=None,
        data_dir: Path | None = None) -> dict:
    """Evaluate every case with every engine; write results.json, report.md, report.html."""
    from evaluations import compare as C
    from evaluations import report as R

    out_dir.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now(dt.timezone.utc)
    cases = [load_case(p) for p in case_paths]  # all bad files fail before any drafting
    results = []
    for engine in engines:
        for case in cases:
            res = evaluate_case(case, engine, prompt_version, out_dir, data_dir)
            results.append(res)
            if on_case:
                on_case(res)
    ok = [r for r in results if r["status"] == "ok"]
    data = {
        "schema": 1,
        "run": {"started_at": started.isoformat(timespec="seconds"),
                "seconds": round((dt.datetime.now(dt.timezone.utc) - started).total_seconds(), 1),
                "engines": engines, "prompt_version": prompt_version, "git": _git(),
                "llm_model": os.environ.get("BAOCAO_LLM_MODEL") if "llm" in engines else None},
        "cases": results,
        "totals": {e: M.aggregate([r["metrics"] for r in ok if r["engine"] == e]) for e in engines},
        "by_version": by_version(ok),
        "checker_accuracy": checker_accuracy() if with_checker_suite else {"status": "skipped",
                                                                           "reason": "disabled"},
        "must_be_zero": {"unsupported_unmarked": sum(r["metrics"]["unsupported_unmarked"] for r in ok)},
        "errors": [{"case": r["case"], "engine": r["engine"], "error": r["error"]} for r in results
                   if r["status"] != "ok"],
    }
    if compare is not None:
        data["comparison"] = C.compare(data, C.load_results(compare))
    (out_dir / "results.json").write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str),
                                          encoding="utf-8")
    R.write_reports(data, out_dir)
    return data


def _git() -> dict:
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                                timeout=5).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "-uno"], cwd=ROOT, capture_output=True,
                                    text=True, timeout=5).stdout.strip())
        return {"commit": commit or None, "dirty": dirty}
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}


def _rel(p: Path) -> str:
    try:
        return str(p.resolve().relative_to(ROOT))
    except ValueError:
        return str(p)
