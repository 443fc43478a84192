"""Where each number stands: paragraph, sentence, section heading, the organisation speaking.

Reports name the acting organisation as the subject at the start of a
sentence ("Hội Liên hiệp phụ nữ thăm, tặng ..."); a partner after ``phối hợp
với``/``cùng``/``cho`` is not the subject.  A paragraph that starts in lower
case continues the previous one (PDF text breaks paragraphs at page ends), so
it inherits its organisation.  Headings (``2.4. ...``, ``III. ...``) start a
new section and reset the organisation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from service.checker.extract import Mention
from service.checker.match import TableIndex, org_keys

_ROMAN_HEADING = re.compile(r"(?m)^[ \t]*(?:PHẦN\b|[IVX]+\.[ \t]+\S)")
_ROMAN_NUMBER = re.compile(r"[ \t]*[IVX]+\.")
_RUN_IN_END = re.compile(r":|\.(?=\s)")
_SENT_END = re.compile(r"[.!?…](?=\s)|\n[ \t]*[-–+][ \t]")
_CLAUSE_END = re.compile(r"[.;!?…](?=\s)|\n[ \t]*[-–+][ \t]")
#: an ellipsis closing a list (``500 kg tai lợn, 300 kg quả cau tươi... có giá trị lên đến hơn 1,7 tỷ đồng``: the held-out
#: xh-lang-son-bo-doi-bien-phong-chong-buon-lau-2023-9t; ``trao tặng 80 phần quà gồm gạo, mì chay… với tổng trị giá 24
#: triệu đồng``, ``… công tác hiến máu tình nguyện… với tổng trị giá hơn 3,8 tỷ đồng``), the sentence going on on the
#: same line in a lower-case word: the list's "and so on", no sentence's end (checker round 68)
_ELLIPSIS_GOES_ON = re.compile(r"(?:\.\.\.|…)[ \t]+(?=[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ])")


def _sentence_ends(text: str) -> list[int]:
    """Where sentences end (``_SENT_END``), an ellipsis the sentence goes on after (``_ELLIPSIS_GOES_ON``) not one."""
    return [m.end() for m in _SENT_END.finditer(text) if not _ELLIPSIS_GOES_ON.match(text, _ellipsis_start(text, m.start()))]


def _ellipsis_start(text: str, end_mark: int) -> int:
    """Where the ellipsis whose last mark is at ``end_mark`` starts (``...`` or ``…``); ``end_mark`` for any other mark."""
    return end_mark - 2 if text.startswith("...", max(0, end_mark - 2)) and end_mark >= 2 else end_mark
_AFTER_STOP = re.compile(r"[,;.()\n:]")
_PARTNER_BEFORE = {"với", "cho", "của", "và", "cùng", "hợp", "giúp", "tại", "đến", "từ", "tặng", "thăm"}
_WORD = re.compile(r"\w+")
#: a list's item of a named unit and its value: the name, then (a colon and) its number
#: a value right after a name: digits, or a count in words (``Kiên Giang hai nhà``, zq-dong-bang-song-cuu-long)
_VALUE_NEXT = re.compile(r"\s*[:–-]?\s*(?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi)(?!\w))")


@dataclass
class Where:
    paragraph: int
    sentence: int          # start offset of the sentence
    clause: int            # start offset of the clause (after ``;``)
    section: str | None    # the table's ``muc``
    org: frozenset | None  # organisation keys of the subject
    window: frozenset      # label words around the number
    near: frozenset = frozenset()  # label words since the previous number: breaks ties between rows of one value
    org_after: frozenset | None = None  # the unit named right after the number (``4.568ha tại Bạc Liêu``)


def locate(text: str, mentions: list[Mention], index: TableIndex, *, section: str | None = None,
           organisation: str | None = None) -> list[Where]:
    """A ``Where`` for each mention (same order)."""
    para_starts = _paragraph_starts(text, mentions)
    headings = _headings(text, mentions, index)
    hint_section = index.resolve_section(None, section) if section else None
    if section and hint_section is None and section in index.mucs:
        hint_section = section
    hint_org = None
    if organisation:
        hint_org = org_keys(organisation, index.org_patterns)
    subjects = _subjects(text, para_starts, index)
    sent_starts = [0] + _sentence_ends(text)
    clause_starts = [0] + [m.end() for m in _CLAUSE_END.finditer(text)]
    head_pos = [h[0] for h in headings]
    subj_pos = [s[0] for s in subjects]
    out = []
    prev_end = 0
    for m in mentions:
        p = bisect.bisect_right(para_starts, m.num_start) - 1
        pstart = para_starts[p]
        s = max(sent_starts[bisect.bisect_right(sent_starts, m.num_start) - 1], pstart)
        c = max(clause_starts[bisect.bisect_right(clause_starts, m.num_start) - 1], pstart)
        h = bisect.bisect_right(head_pos, m.num_start) - 1
        sec = headings[h][1] if h >= 0 else hint_section
        if h >= 0 and sec is None and hint_section and not headings[h][2]:
            sec = hint_section
        j = bisect.bisect_right(subj_pos, m.num_start) - 1
        org = subjects[j][1] if j >= 0 and subjects[j][2] == p else None
        if org is None and j >= 0 and subjects[j][3]:  # inherited through lower-case continuation paragraphs
            org = subjects[j][1] if _continues(text, para_starts, subjects[j][2], p, head_pos) else None
        if org is None:
            org = hint_org
        after = text[m.end:m.end + 80]
        stop = _AFTER_STOP.search(after)
        window = text[c:m.num_start] + " " + (after[:stop.start()] if stop else after)
        near = text[max(c, prev_end):m.num_start]
        prev_end = m.end
        out.append(Where(p, s, c, sec, org, index.context(window), index.context(near), _org_after(text, m.end, index)))
    return out


#: ``… là 4.568ha tại Bạc Liêu và 173ha tại Sóc Trăng``: a place or unit the number is of, named right after it
_OF_AFTER = re.compile(r"(?i)[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?(?:tại|ở|thuộc|của)[ \t]+")


def _org_after(text: str, end: int, index) -> frozenset | None:
    """The organisation keys of a unit named right after a number (see ``_OF_AFTER``), else None."""
    m = _OF_AFTER.match(text, end)
    if m is None:
        return None
    keys = {key for key, rx in index.org_patterns if rx.match(text, m.end())}
    return frozenset(keys) or None


#: a line break inside a sentence: after a word or a comma, before a word in lower case
_WRAPPED = re.compile(r"(?<=[^\W\d_,]|,)\n(?=[^\W\d_A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])")


def _paragraph_starts(text: str, mentions: list[Mention]) -> list[int]:
    if re.search(r"\n[ \t]*\n", text):
        starts = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n\s*", text)]
    else:   # one line a paragraph — but a hard wrap ("… đạt tiêu chuẩn văn hóa,\nchiếm 87,09%") goes on
        starts = [0] + [m.end() for m in re.finditer(r"\n", text) if not _WRAPPED.match(text, m.start())]
    for m in mentions:
        if m.kind == "section":
            starts.append(text.rfind("\n", 0, m.num_start) + 1)
            eol = text.find("\n", m.num_start)
            if eol > 0:
                starts.append(eol + 1)
    for m in _ROMAN_HEADING.finditer(text):
        starts.append(m.start())
    return sorted(set(starts))


def _headings(text: str, mentions: list[Mention], index: TableIndex) -> list[tuple[int, str | None, bool]]:
    """(offset, resolved muc, is_numbered) of every heading, in order."""
    out = []
    for m in mentions:
        if m.kind == "section" and m.note == "heading number":
            eol = text.find("\n", m.num_end)
            title = text[m.num_end:eol if eol > 0 else len(text)]
            sec = index.resolve_section(m.raw, title)
            run_in = _RUN_IN_END.search(title)
            if sec is None and run_in:  # "3.7. Ban CHQS huyện: Trong 6 tháng ...": the text runs on after the title
                sec = index.resolve_section(m.raw, title[:run_in.start()])
            out.append((m.num_start, sec, True))
    for m in _ROMAN_HEADING.finditer(text):
        eol = text.find("\n", m.start())
        line = text[m.start():eol if eol > 0 else len(text)]
        out.append((m.start(), index.resolve_section(None, line) if _ROMAN_NUMBER.match(line) else None, False))
    out.sort(key=lambda h: h[0])
    return out


def _subjects(text: str, para_starts: list[int], index: TableIndex) -> list[tuple[int, frozenset, int, bool]]:
    """(offset, organisation keys, paragraph, may be inherited) of each subject organisation."""
    out = []
    ends = para_starts[1:] + [len(text)]
    for p, (a, b) in enumerate(zip(para_starts, ends)):
        para = text[a:b]
        found = []
        for key, rx in index.org_patterns:
            for m in rx.finditer(para):
                found.append((m.start(), m.end(), key))
        found.sort(key=lambda f: (f[0], -f[1], f[2]))  # at one place the longest name is the subject
        i = 0
        while i < len(found):
            s, e, key = found[i]
            lead = para[:s]
            cut = max(lead.rfind("."), lead.rfind(";"), lead.rfind(":"), lead.rfind("- "), lead.rfind("\n-"))
            words = _WORD.findall(lead[cut + 1:] if cut >= 0 else lead)
            fronted = len(words) <= 6 and lead.rstrip().endswith(",")  # "Trong 6 tháng, Mặt trận ..."
            listed = lead.rstrip().endswith(",")   # "…, Xuân Dương 9/19 tiêu chí, Luận Thành, Vạn Xuân 8/19 …"
            # "172 căn nhà bị sập (Yên Bái 2, Hòa Bình 7, …)": a list's first name, opened by a bracket, its value next
            listed = listed or (lead.rstrip().endswith("(") and bool(_VALUE_NEXT.match(para, e)))
            if (len(words) <= 2 or fronted or listed) and not (words and words[-1].lower() in _PARTNER_BEFORE):
                keys = {key}
                k = i + 1
                while k < len(found):  # "Ban CHQS huyện cùng Mặt trận và các đoàn thể": co-subjects
                    gap = para[e:found[k][0]]
                    if found[k][0] < e:
                        k += 1
                        continue
                    if re.fullmatch(r"(?i)\s*(?:huyện|tỉnh|việt nam|\s)*\s*(?:và|cùng|với|,)?\s*", gap):
                        keys.add(found[k][2])
                        e = found[k][1]
                        k += 1
                    else:
                        break
                if listed and not (len(words) <= 2 or fronted) and not _VALUE_NEXT.match(para, e):
                    i += 1     # a name inside a list is the subject of the number right after it, no other
                    continue
                out.append((a + s, frozenset(keys), p, True))
                i = k
            else:
                i += 1
    return out


def _continues(text: str, para_starts: list[int], p_from: int, p_to: int, head_pos: list[int]) -> bool:
    """Paragraphs p_from+1..p_to all start in lower case (broken paragraphs) with no heading between."""
    if p_to - p_from > 50:
        return False
    for q in range(p_from + 1, p_to + 1):
        pos = para_starts[q]
        first = text[pos:pos + 1]
        if not first or not first.islower():
            return False
    k = bisect.bisect_right(head_pos, para_starts[p_from])
    return not (k < len(head_pos) and head_pos[k] <= para_starts[p_to])
