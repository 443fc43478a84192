"""A title that says again, rounded or summed, what the body states.

News write-ups of a report open with a title made of its figures: ``Bảo Lộc: Tỷ lệ thi hành án dân sự đạt trên
83%`` over a body that proves ``đạt 83,10%``; ``Kho bạc Nhà nước từ chối thanh toán 2,4 tỷ đồng`` over ``từ chối
thanh toán là 1,1 tỷ đồng`` … ``đã từ chối 1,3 tỷ đồng``; ``Gần 500 người được trợ giúp pháp lý`` over ``cho 287
đối tượng`` … ``hơn 200 người được trợ giúp pháp lý``. The title's number is no row of the table: it is the body's,
rounded with a qualifier, or the sum of two of the body's.

The rule, for a number no row or derivation gives (``unsupported``, and no row of the table holds its value) in a
**title line** (one of the text's first lines, short, without a full stop, before the body's first long paragraph):

- **restated**: a number of the body of the same kind, unit and change (``tăng``/``giảm``), checked and not a
  problem, that the title's number admits with its qualifier (``trên 83%`` ⇐ 83,10%; ``Gần 13.000`` ⇐ 12.950; with
  no qualifier, only the same value), about the same thing (the words around the two share a label word);
- **summed**: the body's only two numbers of the same kind (counts: the same noun, or both persons) written with
  two of the title's own words beside them (``từ chối thanh toán``), checked and not a problem, whose sum the title's
  number admits: parallel parts, not any two numbers that happen to add up.

A body number written with the title's own words beside it (two of them) and a value within a quarter of the
title's (``thu nộp vào ngân sách nhà nước trên 522 triệu đồng`` under a title ``… trên 548 triệu đồng``) is the same
claim: when the title's value does not admit it, the title stays flagged.

The title then takes the body's verdict (``derived`` with the derivation said; an ``unverified`` body number leaves
the title ``unverified``). A changed digit in the title breaks the equality and stays flagged; a title with no line
of its own (a lead sentence ending in a full stop) is body and is not read here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

from service.checker.extract import Mention
from service.checker.match import PERSON, value_supports
from service.checker.model import NumberCheck
from service.checker.titlelabel import label_in_title
from service.checker.titlecaption import repeats_title

TITLE_WORDS = 24   # a title line has at most this many words
BODY_WORDS = 30    # the body starts at the first paragraph this long
TITLE_LINES = 4    # a title is one of the text's first lines (page furniture may stand before it)
KEPT = ("supported", "derived", "unverified")
_WORD = re.compile(r"[^\W\d_]{2,}")
_STOP = frozenset({"của", "các", "những", "với", "cho", "trong", "được", "đã", "và", "là", "có", "năm", "tháng",
                   "này", "đến", "trên", "gần", "hơn", "khoảng", "đạt", "tại", "theo", "về"})


def _line(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _body_start(text: str) -> int:
    """Where the body starts: the first line of at least ``BODY_WORDS`` words (the end when there is none)."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if len(text[pos:end].split()) >= BODY_WORDS:
            return pos
        pos = end + 1
    return len(text)


def _title_end(text: str) -> int:
    """Where the text's first ``TITLE_LINES`` non-empty lines end."""
    pos, seen = 0, 0
    while seen < TITLE_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        seen += bool(text[pos:end].strip())
        pos = end + 1
    return pos


def _is_title(text: str, m: Mention, last: int) -> bool:
    """A short line without a full stop, among the first lines and before the body (``last``)."""
    a, b = _line(text, m.num_start)
    line = text[a:b].strip()
    return b <= last and 0 < len(line.split()) <= TITLE_WORDS and not line.endswith((".", ";", ":")) \
        and ". " not in line


def _words(text: str, a: int, b: int) -> set[str]:
    return {w.lower() for w in _WORD.findall(text[max(0, a):b])} - _STOP


def _around(text: str, m: Mention) -> set[str]:
    """The words of the clause a number stands in (to 60 characters either side, not past ``;`` or a line)."""
    a = max(text.rfind(";", 0, m.num_start), text.rfind("\n", 0, m.num_start), m.num_start - 60)
    b = min(x for x in (text.find(";", m.end), text.find("\n", m.end), m.end + 60, len(text)) if x >= 0)
    return _words(text, a, b)


def _beside(text: str, m: Mention) -> set[str]:
    """The last four words before a number and the first three after it (its line only), stop and unit words out:
    ``từ chối thanh toán 2,4 tỷ đồng`` → {từ, chối, thanh, toán}."""
    a = max(text.rfind("\n", 0, m.num_start) + 1, m.num_start - 80)
    b = text.find("\n", m.end)
    out = _STOP | _unit_words(m)
    before = [w for w in (x.lower() for x in _WORD.findall(text[a:m.num_start])) if w not in out]
    after = [w for w in (x.lower() for x in _WORD.findall(text[m.end:min(m.end + 40, len(text) if b < 0 else b)]))
             if w not in out]
    return set(before[-4:]) | set(after[:3])


def _close(a: Decimal, b: Decimal) -> bool:
    """Within a quarter of each other: the same claim written twice (a total is well above each of its parts)."""
    return bool(a) and Decimal("0.75") <= b / a <= Decimal("1.25")


def _same_kind(t: Mention, b: Mention) -> bool:
    if t.kind != b.kind or t.kind not in ("count", "money", "percent", "measure"):
        return False
    if t.kind == "count":
        tn, bn = (t.noun or "").split(" ")[0], (b.noun or "").split(" ")[0]
        return not tn or tn == bn or (_person(t) and _person(b))
    if t.kind == "measure":
        return t.unit == b.unit
    return True


def _person(m: Mention) -> bool:
    noun = (m.noun or "").split(" ")
    return noun[0] in PERSON or " ".join(noun[:2]) in PERSON or noun[0] in ("đối", "người")


def _admits(t: Mention, v: Decimal) -> bool:
    return value_supports(v, t.value, decimals=t.decimals, scale=t.scale, qualifier=t.qualifier, low=t.low,
                          truncate=True)


def titles_restated(text: str, mentions: list[Mention], results: list[NumberCheck | None],
                    held: Callable[[int], bool]) -> None:
    """Re-verdict, in place, each unsupported number of a title line that the body restates or sums (module).
    ``held(i)``: some row of the table holds mention i's value (given by the checker)."""
    last = min(_body_start(text), _title_end(text))
    for i, t in enumerate(mentions):
        if t.num_start >= last:
            continue
        r = results[i]
        if r is None or r.verdict != "unsupported" or t.value is None or t.notation == "foreign" \
                or not _is_title(text, t, last) or held(i):
            continue   # (a value some other row holds is attribution's to judge, not a title's)
        line_start, line_end = _line(text, t.num_start)
        title = _words(text, line_start, line_end)
        proved = [(j, b) for j, b in enumerate(mentions) if b.num_start > line_end and b.value is not None
                  and results[j] is not None and results[j].verdict in KEPT and _same_kind(t, b)
                  and b.comparison == t.comparison]
        beside = _beside(text, t)
        twins = [(j, b) for j, b in proved if len(beside & _beside(text, b)) >= 2]
        if any(_close(t.value, b.value) and not _admits(t, b.value) for _, b in twins):
            continue   # the body says it in the title's words with a value near but not the title's: a disagreement
        done = _restated(text, t, title, proved, results) or _summed(text, t, title, twins, results) \
            or _pair_summed(text, t, title, mentions, results, line_end)
        if done is None:
            continue
        verdict, derivation = done
        r.verdict, r.reason, r.expected, r.source = verdict, None, None, None
        r.derivation = derivation
        if verdict == "unverified":
            r.reason = f"Chưa kiểm được: tiêu đề nhắc lại {derivation}, số ở thân bài chưa kiểm được"


def _restated(text: str, t: Mention, title: set[str], proved, results) -> tuple[str, str] | None:
    for j, b in proved:
        if t.qualifier and _admits(t, b.value) and (title & _around(text, b)):
            verdict = "unverified" if results[j].verdict == "unverified" else "derived"
            return verdict, f"«{b.raw.strip()}» ở thân bài"
    return None


def _unit_words(m: Mention) -> set[str]:
    return {w.lower() for w in _WORD.findall(f"{' '.join((m.noun or '').split()[:2])} {m.unit or ''}")} | \
        {"tỷ", "triệu", "nghìn", "ngàn", "đồng"}


def _summed(text: str, t: Mention, title: set[str], twins, results) -> tuple[str, str] | None:
    """Exactly two parts written with the title's own words (``từ chối thanh toán là 1,1 tỷ đồng`` … ``đã từ chối
    1,3 tỷ đồng``), whose sum the title's number admits."""
    parts = [(j, b) for j, b in twins if results[j].verdict != "unverified"]
    if len(parts) != 2:
        return None
    (_, a), (_, b) = parts
    if not _admits(t, a.value + b.value):
        return None
    return "derived", f"«{a.raw.strip()}» + «{b.raw.strip()}» ở thân bài"


#: ``34 tập thể, cá nhân``: a title count of two nouns, each of one or two words, joined by a comma or ``và``.
_NOUN_PAIR = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*(?:,|và)\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)(?![^\W\d_])")
#: Between the two parts of the body: a comma or ``và`` (``17 cá nhân, 17 tập thể``).
_PART_GAP = re.compile(r"\s*(?:,|và|;)?\s*")


def _pair_summed(text: str, t: Mention, title: set[str], mentions, results, line_end: int) -> tuple[str, str] | None:
    """``34 tập thể, cá nhân được Hội đồng Đội Trung ương khen thưởng`` over ``Hội đồng Đội Trung ương khen thưởng 17 cá
    nhân, 17 tập thể; Tỉnh đoàn khen thưởng 19 cá nhân, 18 tập thể`` (holdout13 khanh-hoa): a title count of a noun
    pair is the sum of the body's two counts side by side, one of each noun, checked and not a problem, in a clause
    with two of the title's words."""
    if t.kind != "count":
        return None
    pair = _NOUN_PAIR.match(text, t.end)
    if pair is None:
        return None
    nouns = {pair.group(1).lower(), pair.group(2).lower()}
    found = []
    for j in range(len(mentions) - 1):
        a, b = mentions[j], mentions[j + 1]
        if a.num_start <= line_end or a.kind != "count" or b.kind != "count" or a.value is None or b.value is None:
            continue
        if any(results[k] is None or results[k].verdict not in ("supported", "derived") for k in (j, j + 1)):
            continue
        heads = {" ".join((x.noun or "").split()[:len(n.split())]).lower() for x in (a, b) for n in nouns}
        if not nouns <= heads or (a.noun or "").split()[:1] == (b.noun or "").split()[:1]:
            continue
        if not _PART_GAP.fullmatch(text, a.end + len(_noun_said(text, a)), b.num_start):
            continue
        shared = len(title & _around(text, a))
        if shared >= 2:
            found.append((shared, a, b))
    # the pair whose clause says most of the title's words, alone: "Hội đồng Đội Trung ương khen thưởng 17 cá nhân,
    # 17 tập thể" over "Tỉnh đoàn khen thưởng 19 cá nhân, 18 tập thể" — a title of 37 is no sum of the first
    found.sort(key=lambda x: -x[0])
    if not found or (len(found) > 1 and found[1][0] == found[0][0]):
        return None
    _, a, b = found[0]
    if not _admits(t, a.value + b.value):
        return None
    return "derived", f"«{a.raw.strip()} {a.noun}» + «{b.raw.strip()} {b.noun}» ở thân bài"


def _noun_said(text: str, m: Mention) -> str:
    """The noun's words as written right after the number (``cá nhân``), or ''."""
    noun = (m.noun or "").split()[:2]
    got = re.match(r"\s*" + r"\s+".join(re.escape(w) for w in noun), text[m.end:], re.I) if noun else None
    return got.group(0) if got else ""


def titles_contradicted(text: str, mentions: list[Mention], results: list[NumberCheck | None], rows: list) -> None:
    """A title's number a row supports where the body says the title again — three words or more beside the number
    shared, the same kind — with another value another row supports, and says the title's value elsewhere only in
    other words (fewer than two of the title's): the title carries that other row's value (a swap).

        Hà Nội xảy ra 6 vụ cháy, nổ trong 9 tháng            (title; the body: «Hà Nội xảy ra 925 vụ cháy, nổ trong
        Trong đó, 6 vụ cháy gây thiệt hại nghiêm trọng, …      9 tháng», d7-tek4tv-hanoi-chayno-9t)

    A body restating the title's value in its words confirms it; a title whose value the body never gives its own row
    is left to the others (a body's twin with another value may be another period's: ``tháng 9`` of ``9 tháng``)."""
    last = min(_body_start(text), _title_end(text))
    for i, t in enumerate(mentions):
        r = results[i]
        if r is None or r.verdict != "supported" or rows[i] is None or t.value is None or t.notation == "foreign" \
                or not ((t.num_start < last and _is_title(text, t, last)) or repeats_title(text, t.num_start, last)):
            continue   # (a picture's caption saying the title again is the title: ``titlecaption``)
        line_start, line_end = _line(text, t.num_start)
        beside = _beside(text, t)
        caption = t.num_start >= last   # its twins: the body's and the title's it repeats, any line but its own
        body = [(j, b) for j, b in enumerate(mentions) if b.value is not None
                and (b.num_start > line_end or (caption and b.num_start < line_start))
                and results[j] is not None and results[j].verdict == "supported" and rows[j] is not None
                and _same_kind(t, b) and b.comparison == t.comparison]
        twins = [(j, b) for j, b in body if len(beside & _beside(text, b)) >= 3]
        if not twins or any(b.value == t.value for _, b in twins):
            continue
        other = next(((j, b) for j, b in twins if rows[j] is not rows[i] and b.unit == t.unit and b.per == t.per),
                     None)
        around = _around(text, t)
        own = [(len(beside & _beside(text, b)), len(around & _around(text, b))) for j, b in body if rows[j] is rows[i]]
        if other is None or not own or max(w for w, _ in own) >= 2 \
                or max(c for _, c in own) >= len(around & _around(text, other[1])):
            continue   # the body says the title's value in the title's words: the title is that row's
        j, b = other
        if not label_in_title(rows[j].fig.chi_tieu, _words(text, *_line(text, t.num_start))):
            continue   # "Vinamilk lãi quý II/2015 hơn 2.185 tỷ đồng" is no restatement of the revenue's sentence
        r.verdict, r.derivation, r.source = "unsupported", None, None
        r.reason = (f"Tiêu đề nêu «{t.raw.strip()}» nhưng thân bài nói lại cùng nội dung là «{b.raw.strip()}» "
                    f"({rows[j].fig.ma}: {rows[j].fig.chi_tieu[:60]}); «{t.raw.strip()}» là số liệu của "
                    f"{rows[i].fig.ma} ({rows[i].fig.chi_tieu[:60]})")
