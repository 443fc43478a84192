"""School years: the new one named as such, and the one a text's first sentence names (round 37).

``... hơn 22 triệu học sinh trên cả nước nô nức đi dự lễ khai giảng năm học mới 2015-2016.`` (p37-vov), ``hơn 21,9
triệu học sinh cả nước ... chính thức bước vào năm học mới 2018-2019`` (p37-vnexpress): ``năm học mới`` followed by
its two years is a school year as ``năm học 2018-2019`` is (:data:`SCHOOL_YEAR_WORDS`; round 10's recogniser read
only the bare form, and ``năm học mới`` was read only to date the school year before it,
:func:`.recognisers.past_school_year`).

``Hội Khuyến học tỉnh Bình Thuận tổ chức trao 356 suất học bổng “Tiếp bước cho em đến trường” năm học 2011-2012 cho
những học sinh ...`` (held-out yz-binh-thuan-hoi-khuyen-hoc-tinh-hoc-bong-tiep-buoc, coded 2011-2012; a digest of
scholarships whose later items name ``năm 2011``) and ``Sáng 5/9, ... khai giảng năm học mới 2015-2016.``: the school
year a text's lead names in its first sentence is the edition of what the text tells (:func:`in_lead`), reported as one
opening its clause or under review is (:func:`.recognisers.school_year_reported`), not a term in passing below a
year named later.  A part's school year there (``Riêng trong năm học ...``) stays a part, an exam's (``Kỳ thi tuyển sinh vào Lớp 10
THPT, năm học 2025-2026``, :func:`exam_edition`) the exam's edition; the new school year prepared for
(``Chuẩn bị cho năm học mới 2023-2024, ...``, :func:`prepared_for`) is the coming one, a plan, wherever it is named."""

from __future__ import annotations

import re

#: "năm học 2018-2019", "năm học mới 2018-2019", "năm học mới, 2023 - 2024": the words before a school year's two years
SCHOOL_YEAR_WORDS = r"\bnăm\s+học\s+(?:mới\s*,?\s*)?"

#: "Riêng trong năm học 2016-2017": a part of the years a text reviews (as :data:`.recognisers._PART`)
_PART = re.compile(r"\briêng\s+(?:trong\s+)?$", re.I)

#: the lead's first sentence: past a line of two words at most (a file's name, a section's label, as
#: :func:`.mentions._headline_end` passes it), up to a full stop, a question or exclamation mark before a space, or the
#: line's end
_SENTENCE = re.compile(r"(?:\s*\S+(?:[ \t]+\S+)?[ \t]*\n)?\s*[^\n]*?(?:[.!?](?=\s)|\n|$)")


def in_lead(t: str, head_end: int, start: int) -> bool:
    """Whether ``start`` lies in the first sentence after the text's headline (``t[:head_end]``, see
    :func:`.mentions._headline_end`; a headline's own years are read with its scope, the title's), and is no part
    (``Riêng trong năm học 2016-2017, ...``)."""
    return head_end <= start < _SENTENCE.match(t, head_end).end() and not _PART.search(t[max(0, start - 15):start])


#: "chuẩn bị cho năm học mới", "công tác chuẩn bị năm học mới", "chuẩn bị đón năm học mới": the coming school year
_PREPARED = re.compile(r"\bchuẩn\s+bị\s+(?:cho\s+|đón\s+|bước\s+vào\s+)?$", re.I)


def prepared_for(t: str, start: int) -> bool:
    """Whether the school year at ``start`` is one prepared for (the words before it say so)."""
    return bool(_PREPARED.search(t[max(0, start - 30):start]))


#: "Kỳ thi tuyển sinh vào Lớp 10 THPT, năm học 2025-2026": an exam named before the school year, in its sentence
_EXAM = re.compile(r"\b(?:kỳ|cuộc|hội)\s+thi\b[^.;:!?\n]{0,60}$", re.I)


def exam_edition(t: str, start: int) -> bool:
    """Whether the school year at ``start`` is an exam's edition (an exam named before it in its sentence): a digest's
    item (sweep p14-thtg-tiengiang-diemtin), no school year the page reports."""
    return bool(_EXAM.search(t[max(0, start - 80):start]))
