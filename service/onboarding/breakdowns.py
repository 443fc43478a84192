"""A breakdown said again: the same run of figures, word for word, in a later sentence is those figures' repeat.

A page says a result's breakdown in its lede and again in the body, or again in a photo caption:

``Các VĐV cờ vua của tỉnh BR-VT đạt 5 huy chương: 1HCV, 2HCB, 2HCĐ.`` … ``Kết quả đoàn vận động viên của tỉnh đạt
tổng cộng 5 huy chương: 1HCV, 2HCB, 2HCĐ.`` and ``VĐV Nghiêm Thảo Tâm U16 nữ đạt 1HCV, 1 HCB`` … (caption)
``VĐV Nghiêm Thảo Tâm U16 nữ đạt 1HCV, 1 HCB tại giải.`` (xe-ba-ria-vung-tau-trung-tam-htdtt-co-vua-tre-chau-a-
2018-04); ``Đoàn Bình Định … đạt 2 HCV, 5 HCB, 7 HCĐ`` in the lede and the body (see the tests for the second page).

Small counts coincide (``1 HCV`` of two athletes), so one number alone is never folded here (``twice.same_words``
needs 100 or more). A run is two numbers or more of one sentence with the text between them the same: three or more
numbers so written fold when the first is the total of the others (``5 huy chương: 1HCV, 2HCB, 2HCĐ``, a whole and
its breakdown); any other run needs the two words before it the same as well, and none of them inside the run's
sentence's previous figure (the same subject's result), so ``VĐV A đạt 1 HCV, 1 HCB`` and ``VĐV B đạt 1 HCV, 1 HCB``
stay four rows, and ``về nhì là đoàn An Giang với 2 HCV, 1 HCB, 1 HCĐ`` beside ``đoàn Đà Nẵng xếp thứ nhì (2 HCV,
1 HCB, 1 HCĐ)`` (p38-thanhuyhue-taekwondo-toanquoc-2016-11, two teams of one tally) stay six.

ONE source so far (round 58): the second saying of a run was looked for over the sweep pages and held-out sources
(same squashed run of three numbers twice in one text) and in the pages corpus, none found in the time.
"""

from __future__ import annotations

import re

from service.onboarding.model import Row

#: Numbers in a run said again that fold without the words before them.
_LONG_RUN = 3
_WORD = re.compile(r"[^\W_]+")


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s).lower()


def _before(text: str, at: int, n: int = 2) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, at - 60):at])][-n:]


def _runs(sentence: list[Row], text: str) -> list[tuple[str, list[Row], list[str]]]:
    """Every run of two numbers or more of the sentence, longest first: its text squashed, its rows, the words
    before it (none when they reach back into the figure before the run)."""
    out = []
    for k in range(len(sentence), 1, -1):
        for i in range(len(sentence) - k + 1):
            run = sentence[i:i + k]
            start = run[0].at[1]
            before = _before(text, start)
            if i and len(_WORD.findall(text[sentence[i - 1].at[2]:start])) < len(before) + 1:
                before = []
            out.append((_squash(text[start:run[-1].at[2]]), run, before))
    return out


#: A total opening its breakdown: ``5 huy chương: 1HCV, …``, ``… gồm …``, ``… (trong đó …``.
_OPENS = re.compile(r"(?i):|\(|\bgồm\b|\bbao\s+gồm\b")


def _whole_and_parts(run: list[Row], text: str) -> bool:
    """``5 huy chương: 1HCV, 2HCB, 2HCĐ``: the first count opens the list of the others (``:``, ``gồm``, ``(``) and
    is their sum — ``2 HCV, 1 HCB, 1 HCĐ`` (2 = 1 + 1, no list opened) is no whole and parts."""
    return len(run) >= _LONG_RUN and all(r.kind == "count" for r in run) and \
        bool(_OPENS.search(text[run[0].at[2]:run[1].at[1]])) and \
        run[0].value == sum((r.value for r in run[1:]), start=type(run[0].value)(0))


def _same(a: list[Row], b: list[Row]) -> bool:
    return all((x.value, x.unit, x.kind) == (y.value, y.unit, y.kind) for x, y in zip(a, b))


def breakdown_again(rows: list[Row], texts: dict) -> None:
    """Fold a run said again into the rows of its first saying (see the module); ``texts``, paragraph key -> text."""
    sentences: dict[tuple, list[Row]] = {}
    for r in rows:
        if r.at and r.at[0] in texts and r.sentence:
            sentences.setdefault(r.sentence, []).append(r)
    seen: list[tuple[str, list[Row], list[str]]] = []
    gone: set[int] = set()
    for key, sentence in sentences.items():
        sentence = sorted(sentence, key=lambda r: r.at[1])
        if len({r.at[1] for r in sentence}) != len(sentence):
            continue   # one number made two rows: no plain run
        text = texts[sentence[0].at[0]]
        mine = _runs(sentence, text)
        for squashed, run, before in mine:
            if any(id(r) in gone for r in run):
                continue
            first = next((s for s in seen if s[0] == squashed and len(s[1]) == len(run) and _same(s[1], run) and
                          (_whole_and_parts(run, text) or (before and s[2] == before))), None)
            if first is None:
                continue
            for old, new in zip(first[1], run):
                gone.add(id(new))
                if new.quote not in old.repeats:
                    old.repeats.append(new.quote)
        seen += [x for x in mine if not any(id(r) in gone for r in x[1])]
    rows[:] = [r for r in rows if id(r) not in gone]
