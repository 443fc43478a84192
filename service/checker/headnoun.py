"""A count's noun phrase and the words of its clause choose its row among the rows that count that noun (round 105, issue 13).

    Qua kiểm tra đã đề nghị Ban Thường vụ Huyện ủy xử lý kỷ luật đối với 1 tổ chức đảng trực thuộc đảng ủy cơ sở
                                       (wc-quang-nam-phuoc-son-huyen-uy-kiem-tra-ky-luat-2015-2017)
    Trong đó, có 784 tổ chức Đảng (đạt 88,48%) thực hiện tốt nhiệm vụ; 102 tổ chức Đảng (chiếm 11,52%) chưa làm tốt
    nhiệm vụ.                          (wc-ha-noi-ubkt-thanh-uy-kiem-tra-ky-luat-2018-h1)

A table of a party committee's inspections keeps many small counts of one noun (``Tổ chức đảng được kiểm tra`` 3,
``Tổ chức đảng (chi bộ) được giám sát`` 5, ``Tổ chức đảng đề nghị xử lý kỷ luật`` 1): a value is often held by some
row, so ``xử lý kỷ luật đối với 5 tổ chức đảng`` (the row said with its neighbour's 5) passed as that neighbour.

Grammar: a count (digits or words) followed straight by a noun phrase of two to four syllables (the shortest a row's
label carries; a unit alone says too little: ``đối tượng`` is the unit of every row of a police table, ``Toàn quốc``
and ``Cục Cảnh sát truy nã tội phạm bắt, vận động`` alike). Those rows, and the row that supported the value, compete.
What tells them apart is the rest of each label, less the words they all share: the action (``được kiểm tra``, ``đề
nghị xử lý kỷ luật``, ``chưa làm tốt nhiệm vụ``), a column's group (``ban Thường vụ Huyện ủy``). The clause says it: the
words back to the number before — past it when only that number's noun stands between (``kiểm tra đối với 13 tổ chức
đảng, 24 đảng viên``: the verb is the list's) — or to the clause's last comma, and those after the noun to the
clause's end, the next number or the next item (``và``, ``cùng``), brackets skipped. When the best rows share at least
three more of those words than the supporting row, and twice as many, and none of them holds the value, the value is
another row's: flagged, the best row's value expected when it is one.

A row whose unit is another count noun does not compete with a supporting row whose unit is the count's noun: ``tặng
02 suất quà … cho 02 đoàn viên có hoàn cảnh khó khăn`` — the row of ``suất`` quà given to ``đoàn viên`` counts the
gifts, the row in ``đoàn viên`` the members (the sample report ham-thuan-bac-2023-h1).

Negatives (tests, and the wider set's clean text): a noun no label carries (``35 trường hợp đảng viên``; ``1 dự án đạt
giải nhì`` where only the unit is ``dự án``); a count opening a bracket (``(6.042 công trình nước sạch, 5.906 …)``: the
parts of a whole said before); a value one of the best rows holds (``kiểm tra đối với 13 tổ chức đảng``, two rows say
``được kiểm tra``); a narrow lead (``có 125 tác phẩm tham gia`` where a ``Trong đó: của Chi hội Nhà báo Báo Tuyên
Quang`` row shares the page's names: 4 words against 2, stands); a count the checker set aside or derived (only
``supported`` counts are read).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import STOP, fold
from service.numbers import format_vn

#: function words of a clause or a label that tell no row apart (folded), beside the checker's own list
_GRAMMAR = STOP | {"doi", "bi", "da", "do", "ve", "thuoc", "dien", "qua", "nay", "vao", "ra", "o", "trong", "so"}
_SYLLABLE = re.compile(r"[^\W\d_]+")
#: where a clause ends: a sentence's or a list item's stop, a colon, a line
_CLAUSE_END = re.compile(r"[.;:!?\n]")
#: where one item of a list ends and the next begins
_ITEM = re.compile(r"[,]|(?<!\w)(?:và|cùng)(?!\w)", re.I)
_AFTER_END = re.compile(r"[.;,:!?\n]|\d|(?<!\w)(?:và|cùng)(?!\w)", re.I)
_BRACKET = re.compile(r"\([^()\n]{0,80}\)")
_KINDS = ("count",)
_DEBUG = False


def _syllables(s: str) -> list[str]:
    return _SYLLABLE.findall(fold(s))


def _noun_after(text: str, end: int, carriers) -> tuple[tuple[str, ...], int] | None:
    """The shortest run of two to four syllables straight after the count that some row carries, and where it ends
    (``5 đảng viên vi phạm``: ``đảng viên``; what follows it is the clause's, ``vi phạm`` naming no one row)."""
    m = re.match(r"[ \t]+((?:[^\W\d_]+[ \t]*){1,4})", text[end:end + 60])
    if not m:
        return None
    words = list(re.finditer(r"[^\W\d_]+", m.group(1)))
    for k in range(2, min(4, len(words)) + 1):
        noun = tuple(fold(w.group()) for w in words[:k])
        if carriers(noun):
            return noun, end + m.start(1) + words[k - 1].end()
    return None


def _unit(row) -> tuple[str, ...]:
    return tuple(_syllables(row.fig.don_vi_tinh or ""))


def _counts(row, noun: tuple[str, ...]) -> bool:
    """Whether ``row``'s unit is the count's noun (``02 đoàn viên`` and a row in ``đoàn viên``), or its head."""
    unit = _unit(row)
    return bool(unit) and noun[:len(unit)] == unit


def _has(seq: list[str], noun: tuple[str, ...]) -> bool:
    k = len(noun)
    return any(tuple(seq[i:i + k]) == noun for i in range(len(seq) - k + 1))


def _clause_words(text: str, numbers: list, start: int, noun_end: int) -> set[str]:
    """The words the count's clause says about it: back to the clause's start or the number before — past it when
    only that number's noun stands between (``kiểm tra đối với 13 tổ chức đảng, 24 đảng viên``: the verb is the
    list's) — and from its noun to the clause's end, the next number or the next item (``và``, ``cùng``), brackets
    skipped."""
    lo = max([0] + [m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)])
    befores = sorted((n.end for n in numbers if lo <= n.end <= start - 1), reverse=True)
    said, hi = [], start
    for end in befores:
        between = _ITEM.split(text[end:hi])
        said.append(between[-1])   # (no item's end between: the words are this count's own)
        if any(w not in _GRAMMAR for w in _syllables(said[-1])):
            break
        hi = end
    else:
        said.append(text[lo:hi].rpartition(",")[2])   # the clause's own part: ``Qua đó, Ban Thường vụ … đối với``
    after = _BRACKET.sub(" ", text[noun_end:noun_end + 200])
    cut = _AFTER_END.search(after)
    after = after[:cut.start()] if cut else after
    return {w for w in _syllables(" ".join(said) + " " + after) if w not in _GRAMMAR}


def _rests(rows, noun: tuple[str, ...]) -> dict[int, set[str]]:
    """What tells each row from the others: its label's words less the noun's, grammar words and the words every
    row says (a heading they share: ``Cuộc thi Khoa học kỹ thuật …: Giải Nhì``; its whole row keeps none)."""
    words = {id(r): {w for w in _syllables(r.fig.chi_tieu) if w not in _GRAMMAR and w not in noun} for r in rows}
    shared = set.intersection(*words.values()) if len(rows) > 1 else set()
    return {k: v - shared for k, v in words.items()}


def head_noun_rows(text: str, numbers: list, idx) -> None:
    """Flag, in place, each supported count whose noun's rows its clause tells apart and whose value none of the
    rows the clause names holds (see the module)."""
    counted = [r for r in idx.rows if r.kind in _KINDS]
    labels = {id(r): _syllables(r.fig.chi_tieu.partition(": ")[0]) for r in counted}

    def carrying(noun):
        return [r for r in counted if _has(labels[id(r)], noun)]

    for n in numbers:
        if n.verdict != "supported" or n.kind not in _KINDS or not n.source or n.value is None \
                or n.value != int(n.value):
            continue
        if text[max(0, n.start - 2):n.start].strip().endswith("("):
            continue   # "(6.042 công trình nước sạch, 5.906 …)": the parts of a whole said before, their rows' own
        got = _noun_after(text, n.end, carrying)
        if got is None:
            continue
        noun, noun_end = got
        rows = carrying(noun)
        own = next((r for r in counted if r.fig.ma == n.source.get("ma")), None)
        if own is not None and _counts(own, noun):
            rows = [r for r in rows if _counts(r, noun) or not _unit(r)]   # "cho 02 đoàn viên": a row of «suất» quà
            #   given to đoàn viên counts the gifts, not the members the supporting row counts (ham-thuan-bac-2023-h1)
        if own is not None and own not in rows:
            rows.append(own)   # the row that supported it competes too, whatever its label's noun
        said = _clause_words(text, numbers, n.start, noun_end)
        scores = {k: len(v & said) for k, v in _rests(rows, noun).items()}
        best = max(scores.values())
        if best == 0:
            continue
        value = Decimal(str(n.value))
        column = n.source.get("column") or "ky_bao_cao"
        tops = [r for r in rows if scores[id(r)] == best]
        if any(r.values.get(column, r.values.get("ky_bao_cao")) == value for r in tops):
            continue
        mine = scores[id(own)] if own is not None else 0
        if _DEBUG:
            print("HN", n.text, noun, n.source.get("ma"), mine, best, [r.fig.ma for r in tops], sorted(said)[:30])
        if mine * 2 > best or best - mine < 3:
            continue
        held = {r.values.get(column, r.values.get("ky_bao_cao")) for r in tops} - {None}
        n.verdict, n.reason = "unsupported", (
            f"«{n.text.strip()}» là số của chỉ tiêu khác; câu nói về «{tops[0].fig.chi_tieu}»"
            + (f" ({tops[0].fig.ma}), bảng số liệu ghi {_fmt(next(iter(held)))}" if len(held) == 1 else ""))
        n.expected = _fmt(next(iter(held))) if len(held) == 1 else None


def _fmt(v: Decimal) -> str:
    return format_vn(v)
