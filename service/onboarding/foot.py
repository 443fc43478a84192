"""The page's foot: the links to other articles a web page prints after the report (round 23).

``before_other_articles`` — ``Tin cùng chuyên mục``, ``Tin liên quan``, ``Các tin khác``, ``Bài viết liên quan``,
``Xem thêm``: a short line of no number that opens the list of other articles ends the report; the headlines and
ledes after it are other pages' (``Hai nhà lãnh đạo đã nhất trí …`` under ``Tin cùng chuyên mục``,
t16-happyvietnam-phocap-thcs-2023-2024).
"""

from __future__ import annotations

import re

#: A heading of other articles: ``(Các|Những) tin/bài (viết) <cùng chuyên mục|liên quan|khác|đã đưa|cùng loại>``,
#: ``Xem/Đọc thêm`` — the line alone (up to six words), no number.
_OTHERS = re.compile(r"(?i)^\s*(?:(?:các|những)\s+)?(?:tin|bài(?:\s+viết)?)(?:\s+tức)?\s+(?:cùng\s+chuyên\s+mục|"
                     r"cùng\s+loại|liên\s+quan|khác|đã\s+đưa)\s*[:.]?\s*$|^\s*(?:xem|đọc)\s+thêm\s*[:.]?\s*$")


def other_articles_heading(text: str) -> bool:
    """``Tin cùng chuyên mục`` (t16-happyvietnam-phocap-thcs-2023-2024), ``Tin đã đưa`` (t16-quangngai-tp-ktxh-
    2019-9t), ``các tin khác`` (t16-chauphu-daohuucanh-2022-2023): a line alone that names other articles."""
    return len(text.split()) <= 6 and not re.search(r"\d", text) and bool(_OTHERS.match(text))


#: A line of the report itself: a sentence (eight words at least) that states a number.
_REPORTED = re.compile(r"\d")


def _a_report_line(line: str) -> bool:
    return len(line.split()) >= 8 and bool(_REPORTED.search(line))


#: A line that is a dash alone: the separator a site prints between the headlines of its list of other articles.
_DASH_LINE = re.compile(r"^\s*[-–—•]\s*$")


def dash_separated_list(lines: list[str], k: int) -> bool:
    """``H.T`` / ``-`` / ``Triệt phá đường dây sản xuất ma túy tổng hợp "nghìn tỷ"`` / ``-`` / ``Hà Nội phân luồng
    …`` (t17-petrotimes-nongdocon-45ngay, round 24): line ``k`` is a dash alone, a line of words after it and
    another dash alone right after that — the site's list of other articles' headlines, which ends the report."""
    return bool(_DASH_LINE.match(lines[k])) and k + 2 < len(lines) and bool(lines[k + 1].strip()) and \
        not _DASH_LINE.match(lines[k + 1]) and bool(_DASH_LINE.match(lines[k + 2]))


def _heading_at(raw: str | None) -> int | None:
    """Where the first line of the raw page that heads other articles ends, once the report has begun (a heading
    above the report — ``Tin khác`` in the site's menu over the headline, zu-ninh-thuan-thuan-nam-hat-kiem-lam-2019 —
    ends nothing); a list of headlines between dashes (``dash_separated_list``) ends it too."""
    at, begun = 0, False
    lines = (raw or "").splitlines(keepends=True)
    for k, line in enumerate(lines):
        if begun and (other_articles_heading(line.strip()) and line.strip() or dash_separated_list(lines, k)):
            return at + len(line)
        begun = begun or _a_report_line(line)
        at += len(line)
    return None


def before_other_articles(body: list, raw: str | None = None) -> list:
    """The body up to the first heading of other articles (see the module); all of it when there is none. The parse
    may drop the heading line itself (a short line of no sentence): then the page as written (``raw``) says where
    it stood, and a paragraph first found after it is the foot's."""
    cut = _heading_at(raw)
    out = []
    begun = False
    for section, paragraphs in body:
        if begun and section is not None and other_articles_heading(getattr(section, "title", "") or ""):
            return out
        at = next((k for k, t in enumerate(paragraphs) if (begun or any(_a_report_line(p) for p in paragraphs[:k]))
                   and other_articles_heading(t) or (cut is not None and raw.find(t[:60]) >= cut)), None)
        begun = begun or any(_a_report_line(p) for p in paragraphs)
        if at is None:
            out.append((section, paragraphs))
            continue
        if at:
            out.append((section, paragraphs[:at]))
        return out
    return out
