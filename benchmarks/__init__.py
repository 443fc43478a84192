"""Benchmarks: ``python -m benchmarks [AREA ...]`` (``make bench`` runs them all).

Each ``bench_<area>.py`` has ``run() -> str`` returning a Markdown section whose
timings are ratios against a baseline measured in the same run.  The results
replace that area's section of ``docs/benchmarks.md`` and leave the others.
"""
