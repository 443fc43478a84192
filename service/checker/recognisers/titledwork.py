"""A count that names a titled work: a prize list's entry, the work its title in quotes names — no figure of the
period. One idea, read by the checker (round 103, ``checker.titledwork``) and the figures template (round 81,
``onboarding.works``), each in the shape its reader needs.

    Trong đó: 5 giải A, gồm 1 tác phẩm báo in "Về quê làm nông nghiệp sạch" của tác giả Trần Thị Liên, …; 1 tác phẩm
    báo điện tử "Nông nghiệp hữu cơ - hướng phát triển bền vững" của nhóm tác giả …; 1 tác phẩm báo hình được trao cho
    tác phẩm "Khởi sắc nông nghiệp, …"        (wa-tuyen-quang-hoi-nha-bao-tinh-cuoc-thi-bao-chi-nong-thon-moi-2021)
    Loạt 5 bài "Bất cập trong tuyển sinh lớp 6 nguồn” của tác giả Lục Thị Khánh Chi …
                                              (wa-dong-nam-bo-tap-chi-nguoi-lam-bao-giai-bao-chi-mien-dong-2022)

Both read a title in quotes after the count (``OPEN_QUOTE``: straight, curly or guillemets, mixed as pages mix them):

- ``count_runs_into_title`` (the checker's): one thing (``1``), or a count right after a word for a series (``loạt``,
  ``chuỗi``, ``bộ``: the parts of one work), whose noun phrase — words only, no punctuation, digit or clause word
  between (``của``, ``và``, ``với`` …), at most ``_WORDS`` words — runs straight into an opening quote. Negatives: a
  count of several things of a kind the quote names (``20 nhà “MÂCĐ”``, ``16 tập thể “Tập thể lao động xuất sắc”``);
  ``5 giải A, gồm 1 tác phẩm …`` (a comma before any quote); ``2 tác phẩm của tác giả "…"`` (a clause word);
  ``125 tác phẩm tham gia`` (no quote).
- ``clause_names_authored_title`` (the template's): any count whose clause (no ``;``, no sentence stop, no other
  count) goes on to a title in quotes and its author — after an optional bracket, ``của (nhóm) tác giả`` and a
  capitalised name. Negatives: a count of things of a kind named in quotes (``20 nhà “Mái ấm công đoàn”``: no
  author), a count of authors (``của 50 tác giả``), a count after the author's name.

The checker's is the stricter on the count (one, or a series), the template's on what follows the title (an author):
the checker asks it only of a number no row supports, the template of every count it would make a row of.
"""

from __future__ import annotations

import re

#: a title's opening and closing quotes: straight, curly (mixed as pages mix them: ``"…”``), guillemets
OPEN_QUOTE = "\"“«"
_CLOSE_QUOTE = "\"”»"
#: a title in quotes: two to 160 characters, no quote or line break inside
_TITLE = rf"[{OPEN_QUOTE}][^{OPEN_QUOTE}{_CLOSE_QUOTE}\n]{{2,160}}[{_CLOSE_QUOTE}]"

_WORDS = 10
#: a word for a series right before the count: ``Loạt 5 bài``, ``chuỗi 3 phóng sự``, ``bộ 4 phim``
_SERIES = re.compile(r"(?i)(?<!\w)(?:loạt|chuỗi|bộ|xê-ri|sê-ri)\s*$")
#: words that open another part of the clause: the quote after them is no title of the count's noun
_CLAUSE = r"(?:của|và|với|tại|ở|trong|đạt|là|có|gồm|trên|từ|đến)"
#: the count's noun phrase, words only, straight into an opening quote
_NOUN_INTO_TITLE = re.compile(rf"(?i)(?:[ \t]+(?!{_CLAUSE}(?!\w))[^\W\d_]+){{1,{_WORDS}}}[ \t]*[{OPEN_QUOTE}]")
#: the count's clause (no stop, no quote, no other count), the title, an optional bracket, ``của (nhóm) tác giả``
_AUTHORED_TITLE = re.compile(rf"^[^;.!?\n{OPEN_QUOTE}{_CLOSE_QUOTE}\d]{{0,80}}{_TITLE}\s*(?:\([^()]{{0,60}}\)\s*)?,?\s*"
                             r"của\s+(?:nhóm\s+)?tác\s+giả\s+(?=\w)")


def count_runs_into_title(text: str, start: int, end: int, value) -> bool:
    """The count at ``start``–``end`` (``value``), one thing or a series' parts, runs into a quoted title through its
    noun phrase (the checker's shape, see the module)."""
    if value is None or not (value == 1 or value == int(value) and _SERIES.search(text[max(0, start - 12):start])):
        return False
    return _NOUN_INTO_TITLE.match(text, end) is not None


def clause_names_authored_title(text: str, end: int) -> bool:
    """The clause after a count ending at ``end`` names one work by its quoted title and its author's capitalised
    name (the template's shape, see the module)."""
    hit = _AUTHORED_TITLE.match(text[end:end + 320])
    return hit is not None and text[end + hit.end()].isupper()       # the author's name
