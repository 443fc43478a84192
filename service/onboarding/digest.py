"""A digest of signed news items: the first item is the report, the items after it are other articles (round 42).

Newspapers print short items one after another, each opening with a star and closed by its reporter's name — on a
line of its own (``… trong 6 tháng đầu năm 2015, với gần 4 tỷ đồng …`` / ``SƠN KIM`` / ``* Gần 1 tỷ
đồng đóng góp … tỉnh Bạc Liêu …``, yv-quang-ngai-hoi-nan-nhan-chat-doc-da-cam-cham-lo-nan-nhan-2015-h1) or in
brackets ending the item (``… giúp tổng cộng trên 1,9 tỷ đồng. … (AN PHÚ)`` / ``* 52 học viên khuyết tật …``,
t32-sggp-hoat-dong-tu-thien-post269384; ``… (A.T)`` / ``* Hội đồng hương Phú Ninh …``, t32-baoquangnam-nhip-cau-
nhan-ai-2014; ``… (N.T)`` / ``* Trao học bổng, xe đạp …``, t32-thanhnien-tang-tivi-nguoi-gia-tre-mo-coi-2007).
Each item is another unit's news; a report built on such a page is its first item.  ``digest_first``: the body
up to the first starred paragraph that follows a signed one (the name line may be read as a section's heading).
A starred list inside one report (no signature before the star), a signature that closes the page (nothing starred
after it) and one heading of capitals over a starred list (one name, one star: ``DIGEST_ITEMS``) end nothing.
"""

from __future__ import annotations

import re

from service.checker.recognisers.byline import name_bracket, name_line

#: An item's opening: a star (or a bullet) first.
_STARRED = re.compile(r"^\s*[*•]\s*\S")
#: A heading's numbering: a letter or Roman numeral and a dot, then a space (``I. KẾT QUẢ``, ``A. KINH TẾ``); a
#: reporter's initials run on with no space (``A.T``, ``L.T.NGÂN``).
_NUMBERED = re.compile(r"^[A-ZĐ]{1,4}\.\s")


def signed(text: str) -> bool:
    """The paragraph is a reporter's name alone, or ends with one in brackets (``recognisers.byline``)."""
    flat = " ".join(text.split())
    if not flat or _NUMBERED.match(flat):
        return False
    return name_bracket(flat) or name_line(flat)


def _separators(body: list) -> list[tuple[int, int]]:
    """(section index, paragraph index) of each starred paragraph right after a signed one."""
    found, previous = [], ""
    for n, (section, paragraphs) in enumerate(body):
        title = getattr(section, "title", "") or ""
        if title.strip():
            previous = title   # a reporter's name in capitals is read as a heading (``SƠN KIM`` over ``* Gần …``)
        for k, text in enumerate(paragraphs):
            if previous and signed(previous) and _STARRED.match(text):
                found.append((n, k))
            if text.strip():
                previous = text
    return found


#: A digest signs two items at least: one name over one star may be a heading over a list.
DIGEST_ITEMS = 2


def digest_first(body: list) -> list:
    """The body up to the first starred paragraph right after a signed one (see the module), when the page signs
    ``DIGEST_ITEMS`` items at least; all of it when the page is no digest."""
    found = _separators(body)
    if len(found) < DIGEST_ITEMS:
        return body
    n, k = found[0]
    return body[:n] + ([(body[n][0], body[n][1][:k])] if k else [])
