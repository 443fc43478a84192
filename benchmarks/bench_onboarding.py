"""Onboarding: the figures template read back from a report, against the tables built by hand, and the round
trip (template filled with the next period's values → draft).  See ``evaluations/template_accuracy.py`` and
``evaluations/template_roundtrip.py``; both run offline, no model, real stores."""

from __future__ import annotations

import time


def run() -> str:
    from evaluations import template_accuracy, template_roundtrip

    t0 = time.perf_counter()
    results = template_accuracy.run()
    read = time.perf_counter() - t0
    body = template_accuracy.markdown(results, sample=14)
    sources = sum(1 for r in results if r.error is None)
    body += (f"\nReading {sources} reports into templates took {read:.1f} s in all "
             f"({1000 * read / max(1, sources):.0f} ms a report, parsing included).\n").replace(".", ",", 1)
    body += template_roundtrip.markdown(template_roundtrip.run())
    return body
