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


#: Columns of the figures table as its sheet titles them (what a reviewer reads), not as stored.
COLUMNS = {"ky_bao_cao": "Kỳ báo cáo", "cung_ky": "Cùng kỳ năm trước", "ke_hoach": "Kế hoạch"}


def column_words(column: str | None) -> str:
    """``ky_bao_cao`` → ``cột Kỳ báo cáo``; ``prior:ky_bao_cao`` → ``cột Kỳ báo cáo của bảng kỳ trước``."""
    if not column:
        return ""
    prior = column.startswith("prior:")
    col = column.removeprefix("prior:")
    words = f"cột {COLUMNS.get(col, col.replace('_', ' '))}"
    return words + (" của bảng kỳ trước" if prior else "")


def describe_source(source: dict | None, indicators: dict | None = None) -> str | None:
    """``{"ma": "TQ-01", "column": "ky_bao_cao"}`` as ``chỉ tiêu TQ-01 «Số thanh niên …», cột Kỳ báo cáo``."""
    if not source or not source.get("ma"):
        return None
    label = ((indicators or {}).get(source["ma"]) or {}).get("label")
    parts = [f"chỉ tiêu {source['ma']}" + (f" «{label}»" if label else "")]
    if source.get("column"):
        parts.append(column_words(source["column"]))
    return ", ".join(parts)


def check_comment_text(check: NumberCheck, marks: dict, indicators: dict | None = None) -> str:
    """Why the number is flagged and what the table holds: one line each, in a reviewer's words."""
    label = marks["labels"].get(check.verdict, check.verdict)
    lines = [f"{label}: «{check.text}»" + (f" — {check.reason}" if check.reason else "")]
    if check.expected:
        lines.append(marks["expected"].format(expected=check.expected))
    src = describe_source(check.source, indicators)
    if src:
        lines.append(marks["source"].format(source=src))
    return "\n".join(lines)


def marked_comment_text(note: str | None, marks: dict) -> str:
    return f"{marks['labels']['marked']}" + (f": {note}" if note else "")


def carried_comment_text(carried: dict, marks: dict) -> str:
    """``Giữ nguyên từ kỳ trước — cần xác nhận: nêu tên người «…»``."""
    reasons = "; ".join(carried.get("reasons") or [])
    head = marks["labels"]["carried"]
    return head + (f": {reasons}" if reasons else "") + "\n" + marks["carried_action"]


def duplicate_number_comment_text(number: str, first_title: str, marks: dict) -> str:
    return marks["duplicate_number"].format(number=number, first=first_title)


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
