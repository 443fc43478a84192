"""The checker's verdicts as Word comments a reviewer can answer and resolve.

A highlighted number alone says "look here"; the comment says why (the
checker's reason) and what the source table holds, so the fix is one edit.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.oxml.ns import qn
from docx.text.run import Run

from service.checker.model import NumberCheck


def describe_source(source: dict | None) -> str | None:
    """``{"ma": "TQ-01", "column": "ky_bao_cao"}`` as ``TQ-01 / ky_bao_cao``."""
    if not source:
        return None
    main = [str(source[k]) for k in ("ma", "column") if source.get(k)]
    rest = [f"{k}={v}" for k, v in source.items() if k not in ("ma", "column") and v not in (None, "")]
    return " / ".join(main + rest) or None


def check_comment_text(check: NumberCheck, marks: dict) -> str:
    """Why the number is flagged and what the table holds: one line each."""
    label = marks["labels"].get(check.verdict, check.verdict)
    lines = [f"{label}: «{check.text}»" + (f" — {check.reason}" if check.reason else "")]
    if check.expected:
        lines.append(marks["expected"].format(expected=check.expected))
    src = describe_source(check.source)
    if src:
        lines.append(marks["source"].format(source=src))
    return "\n".join(lines)


def marked_comment_text(note: str | None, marks: dict) -> str:
    return f"{marks['labels']['marked']}" + (f": {note}" if note else "")


def initials_of(author: str) -> str:
    return "".join(w[0] for w in author.split() if w).upper()[:4] or "BC"


def add_comment(doc: Document, runs: list[Run], text: str, author: str, when: dt.datetime | None) -> None:
    """Anchor a comment on ``runs[0]..runs[-1]``.

    When the last run sits inside a tracked insertion, the reference run is
    moved out of it: otherwise rejecting the insertion would delete the comment
    marker with it and Word reports the file as damaged.
    """
    comment = doc.add_comment(runs, text=text, author=author, initials=initials_of(author))
    if when is not None:
        comment._comment_elm.date = when
    ref_run = runs[-1]._r.getnext().getnext()  # commentRangeEnd, then the reference run
    wrapper = ref_run.getparent()
    if wrapper.tag in (qn("w:ins"), qn("w:del")):
        wrapper.addnext(ref_run)
