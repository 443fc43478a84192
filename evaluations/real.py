"""Real public texts of the genre, each with a figures table built by hand (``evaluations/cases/real/``).

The two sample reports shaped the service; these did not.  Each case is a folder:

- ``source.txt``: the text exactly as its public source gave it (furniture, typos, NFD kept);
- ``case.yaml``: where it comes from (``source.url``), what it is (``kind``: news, report,
  report-excerpt), its ``agency``, ``area`` and ``period`` (``code`` and ``text``), the expected
  ``headings`` when it has structure, the ``standing`` facts and ``non_figures`` it states;
- ``figures.csv`` or ``figures.xlsx``: the table as the agency would keep it (Vietnamese column
  titles, units as written, ``STT``, title rows, totals), one row per figure of the period
  (``figures: null`` for a report shape whose stored excerpt states no figure);
- optionally ``next``: a synthetic next-period table (``c-tools/make_next.py``) to draft into.

Ingest, outline, checker and onboarding tests and evaluations read the cases through
:func:`real_cases`, so a new folder is picked up everywhere without code changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

REAL_DIR = Path(__file__).resolve().parent / "cases" / "real"


@dataclass
class RealCase:
    slug: str
    dir: Path
    meta: dict = field(repr=False)

    @property
    def text_path(self) -> Path:
        return self.dir / self.meta.get("text", "source.txt")

    @property
    def text(self) -> str:
        """The source text as stored (not normalised: offsets must hold in the user's own characters)."""
        return self.text_path.read_text(encoding="utf-8")

    @property
    def figures_path(self) -> Path | None:
        name = self.meta.get("figures")
        return self.dir / name if name else None

    @property
    def url(self) -> str:
        return (self.meta.get("source") or {}).get("url", "")

    @property
    def kind(self) -> str:
        return self.meta.get("kind", "news")

    @property
    def period_code(self) -> str | None:
        return (self.meta.get("period") or {}).get("code")

    @property
    def period_text(self) -> str | None:
        return (self.meta.get("period") or {}).get("text")

    @property
    def headings(self) -> list[str]:
        return list(self.meta.get("headings") or [])

    @property
    def standing(self) -> list[dict]:
        return list(self.meta.get("standing") or [])

    @property
    def non_figures(self) -> list[dict]:
        return list(self.meta.get("non_figures") or [])


def real_cases(root: Path = REAL_DIR) -> list[RealCase]:
    """Every case folder under ``root`` with a ``case.yaml``, in name order."""
    out = []
    for case_file in sorted(root.glob("*/case.yaml")):
        meta = yaml.safe_load(case_file.read_text(encoding="utf-8")) or {}
        out.append(RealCase(case_file.parent.name, case_file.parent, meta))
    return out
