"""The page's foot: the links to other articles a web page prints after the report (round 23).

``before_other_articles`` — ``Tin cùng chuyên mục``, ``Tin liên quan``, ``Các tin khác``, ``Bài viết liên quan``,
``Xem thêm``: a short line of no number that opens the list of other articles ends the report; the headlines and
ledes after it are other pages' (``Hai nhà lãnh đạo đã nhất trí …`` under ``Tin cùng chuyên mục``,
t16-happyvietnam-phocap-thcs-2023-2024).

``linked_headline`` (round 59) — a line the site opens with ``>`` or ``»`` marks is another article's headline
linked inside or under the report (``> Hỗ trợ gần 1.400 hộ diêm dân`` over t44-tienphong-san-luong-muoi, ``» Nghệ An
loại khỏi quy hoạch 14/46 dự án thủy điện …`` under t44-baonghean-thuy-dien-6t-2017): no line of the report, dropped.

``page_restarts`` (round 33) — a box of related links inside the page, not its foot: some sites print the headline
and the lede, then ``Tin liên quan`` with a link or two, then the article from its lede again and the body after it.
There the heading ends nothing.
"""

from __future__ import annotations

import re

from service.onboarding.suggested import suggested_reading

#: A heading of other articles: ``(Các|Những) tin/bài (viết) <cùng chuyên mục|liên quan|khác|đã đưa|cùng loại>``,
#: ``Xem/Đọc thêm`` — the line alone (up to six words), no number.
_OTHERS = re.compile(r"(?i)^\s*(?:(?:các|những)\s+)?(?:tin|bài(?:\s+viết)?)(?:\s+tức)?\s+(?:cùng\s+chuyên\s+mục|"
                     r"cùng\s+loại|liên\s+quan|khác|đã\s+đưa)\s*[:.]?\s*$|^\s*(?:xem|đọc)\s+thêm\s*[:.]?\s*$")


def other_articles_heading(text: str) -> bool:
    """``Tin cùng chuyên mục`` (t16-happyvietnam-phocap-thcs-2023-2024), ``Tin đã đưa`` (t16-quangngai-tp-ktxh-
    2019-9t), ``các tin khác`` (t16-chauphu-daohuucanh-2022-2023): a line alone that names other articles."""
    return len(text.split()) <= 6 and not re.search(r"\d", text) and bool(_OTHERS.match(text)) \
        or suggested_reading(text)


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


def listed_above(lines: list[str]) -> int:
    """How many lines the site's list of other articles' headlines takes when it opens the page, above the article
    (``-`` / ``Sabeco sẽ tăng cổ tức lên 50%, đặt mục tiêu lợi nhuận 4.835 tỷ đồng`` / ``-`` / ``Có 8 cổ đông nắm giữ
    gần 32% vốn MSB`` / … / ``VN-Index giảm 82,28 điểm sáng 3/4: … -`` / ``Cổ phiếu HNG … 5 tháng liên tiếp`` /
    ``Báo cáo tại Đại hội, …``, xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020): dashes alone and the headline after
    each (a line ending in a dash is followed by one more), up to the first line after no dash; 0 when the page does
    not open with such a list (``dash_separated_list`` at its first line). Those lines are not the report: they
    neither begin it nor end it."""
    k = 0
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or not dash_separated_list(lines, k):
        return 0
    while k < len(lines) and (_DASH_LINE.match(lines[k]) or k and _after_dash(lines[k - 1])):
        k += 1
    return k


def _after_dash(line: str) -> bool:
    line = line.rstrip()
    return bool(_DASH_LINE.match(line)) or line.endswith((" -", " –", " —"))


def _said_again(line: str, before: str) -> bool:
    return line.strip()[:60] in before


def page_restarts(lines: list[str], k: int) -> bool:
    """``Kiếm việc làm cho hơn 23.000 bạn trẻ. TT - Chiều 14-7, Hội LHTN TP.HCM …`` / ``Tin liên quan`` / ``Hội LHTNVN
    TP.HCM:`` / ``TT - Chiều 14-7, Hội LHTN TP.HCM …`` / ``Theo báo cáo, … hơn 4,5 tỉ đồng …`` (ym-tp-ho-chi-minh-
    hoi-lhtn-thanh-pho-so-ket-6-thang-2011-h1), ``Gần 3/4 học sinh lớp 1 … Cụ thể, con số này là 72,62%. …`` / ``Tin
    liên quan`` / ``Cụ thể, con số này là 72,62%. …`` / ``Theo bảng thống kê … 131.950 học sinh lớp 1`` (d6-vnn-hanoi-
    lop1-2013-2014): the first line of the report after the heading at ``k`` repeats one said before it, and a line
    of the report the page had not said comes later — the article restarting after a box of links. A foot that
    repeats only the page's own headline (``Bài liên quan`` / … / ``234 em bé chào đời dịp Tết Mậu Tuất``, the last
    line: ya-binh-thuan-so-y-te-kham-cap-cuu-dip-tet-mau-tuat-2018-02) is a foot."""
    before = "\n".join(lines[:k])
    after = [line for line in lines[k + 1:] if _a_report_line(line)]
    return bool(after) and _said_again(after[0], before) and any(not _said_again(x, before) for x in after[1:])


def _heading_at(raw: str | None) -> int | None:
    """Where the first line of the raw page that heads other articles ends, once the report has begun (a heading
    above the report — ``Tin khác`` in the site's menu over the headline, zu-ninh-thuan-thuan-nam-hat-kiem-lam-2019 —
    ends nothing); a list of headlines between dashes (``dash_separated_list``) ends it too."""
    at, begun = 0, False
    lines = (raw or "").splitlines(keepends=True)
    above = listed_above(lines)
    for k, line in enumerate(lines):
        if k < above:
            at += len(line)
            continue
        if begun and (other_articles_heading(line.strip()) and line.strip() and not page_restarts(lines, k)
                      or dash_separated_list(lines, k)):
            return at + len(line)
        begun = begun or _a_report_line(line)
        at += len(line)
    return None


#: A linked article's headline: one to three ``>``/``»`` marks opening the line, then a word (not a number: ``>90``,
#: a target's cell in yj-toan-quoc-bo-y-te-nien-giam-chi-tieu-muc-tieu-2020, is no link).
_LINKED = re.compile(r"^\s*(?:[>»]\s*){1,3}(?=[^\W\d_])")


def linked_headline(text: str) -> bool:
    """``> Hỗ trợ gần 1.400 hộ diêm dân`` (t44-tienphong-san-luong-muoi), `` » Nghệ An loại khỏi quy hoạch 14/46 dự án
    …`` (t44-baonghean-thuy-dien-6t-2017), ``>>Số người chết vì tai nạn giao thông tăng bất thường 2 ngày liên
    tiếp`` (t19-sggp-chay-tet-2014), ``>>>Bão số 9 đổ bộ …, sóng cao 8 mét trên biển`` (p18-giadinhonline-bao9-2020-10):
    a line opened by link marks is another article's headline."""
    return bool(_LINKED.match(text or ""))


def _without_linked(body: list) -> list:
    """The body without the lines that are other articles' linked headlines (``linked_headline``)."""
    return [(section, [t for t in paragraphs if not linked_headline(t)]) for section, paragraphs in body]


def before_other_articles(body: list, raw: str | None = None) -> list:
    """The body up to the first heading of other articles (see the module); all of it when there is none. The parse
    may drop the heading line itself (a short line of no sentence): then the page as written (``raw``) says where
    it stood, and a paragraph first found after it is the foot's. Other articles' linked headlines are dropped
    wherever they stand (``linked_headline``)."""
    cut = _heading_at(raw)
    body = _without_linked(_without_list_above(body))
    out = []
    begun = False
    said: list[str] = []
    for section, paragraphs in body:
        if begun and section is not None and other_articles_heading(getattr(section, "title", "") or ""):
            return out
        at = next((k for k, t in enumerate(paragraphs) if (begun or any(_a_report_line(p) for p in paragraphs[:k]))
                   and other_articles_heading(t) and not page_restarts(said + paragraphs, len(said) + k)
                   or (cut is not None and raw.find(t[:60]) >= cut)), None)
        begun = begun or any(_a_report_line(p) for p in paragraphs)
        if at is None:
            out.append((section, paragraphs))
            said += paragraphs
            continue
        if at:
            out.append((section, paragraphs[:at]))
        return out
    return out


def _without_list_above(body: list) -> list:
    """The body without the list of other articles' headlines that opens the page (``listed_above``)."""
    if not body:
        return body
    section, paragraphs = body[0]
    above = listed_above(paragraphs)
    return [(section, paragraphs[above:]), *body[1:]] if above else body


def a_listed_headline(line: str, raw: str | None) -> bool:
    """``line`` (the title a parse took from the page's first line of words) is one of the other articles' headlines
    listed above the article (``listed_above``), or a linked one (``linked_headline``): no headline of the report."""
    if linked_headline(line):
        return True
    lines = (raw or "").splitlines()
    said = " ".join(line.split())
    return bool(said) and any(" ".join(x.split()) == said for x in lines[:listed_above(lines)])
