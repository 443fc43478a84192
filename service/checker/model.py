"""What the checker says about each number: the contract of drafting, .docx marks and evaluations."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Verdict = Literal["supported", "derived", "not_a_figure", "standing", "unverified", "unsupported", "stale"]
VERDICTS = ("supported", "derived", "not_a_figure", "standing", "unverified", "unsupported", "stale")
#: The text is shown wrong (or last period's): an alarm.
PROBLEM_VERDICTS = ("unsupported", "stale")
#: ``unverified``: a derivation the words declare (``tăng 3,2% so với cùng kỳ``, ``đạt 94% kế hoạch``) of a row whose
#: base (last year's value, the plan) the table does not hold. Nothing shows it wrong and nothing proves it: it is
#: never an alarm on a person's text, always a note for the reviewer, and a model's draft may not deliver it unmarked
#: (the model was given no base, so it made the comparison up).
REVIEW_VERDICTS = PROBLEM_VERDICTS + ("unverified",)
#: The verdicts a reviewer reads in a paragraph's note.
VERDICT_VN = {"unsupported": "không có nguồn", "stale": "số liệu cũ", "unverified": "chưa kiểm được"}


@dataclass
class NumberCheck:
    """One number found in text and the verdict on it.

    ``start``/``end`` are character offsets into the checked text.
    ``source`` names the cell that supports it: ``{"ma": "TQ-01", "column": "ky_bao_cao"}``.
    ``derivation`` says how a derived value was computed (``"TQ-02/TQ-01 = 1,94%"``).
    ``reason`` explains a problem verdict in words a reviewer understands.
    """

    text: str
    start: int
    end: int
    value: float | None
    unit: str | None
    kind: str                      # count, money, percent, ratio, change, date, year, reference, ...
    verdict: Verdict
    source: dict | None = None
    derivation: str | None = None
    reason: str | None = None
    expected: str | None = None    # what the source table holds, formatted (for comments/repair)

    @property
    def is_problem(self) -> bool:
        return self.verdict in PROBLEM_VERDICTS

    @property
    def needs_review(self) -> bool:
        """A problem, or a derivation nothing in the table can prove (``unverified``)."""
        return self.verdict in REVIEW_VERDICTS

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class CheckReport:
    """``text`` is the checked text as the caller gave it (not normalised): the offsets of ``numbers`` index into it."""

    numbers: list[NumberCheck] = field(default_factory=list)
    text: str | None = field(default=None, repr=False, compare=False)

    @property
    def problems(self) -> list[NumberCheck]:
        return [n for n in self.numbers if n.is_problem]

    @property
    def to_review(self) -> list[NumberCheck]:
        """Problems and unverified derivations: what a model's draft may not deliver unmarked."""
        return [n for n in self.numbers if n.needs_review]

    @property
    def summary(self) -> dict:
        counts = {v: 0 for v in VERDICTS}
        for n in self.numbers:
            counts[n.verdict] += 1
        counts["checked"] = len(self.numbers)
        counts["figures"] = counts["checked"] - counts["not_a_figure"]
        return counts

    def to_dict(self) -> dict:
        return {"numbers": [n.to_dict() for n in self.numbers], "summary": self.summary}
