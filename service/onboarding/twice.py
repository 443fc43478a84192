"""A figure the page says twice in other sections: one row, the other saying is its repeat.

``repeat`` (recognisers) reads a count said again within its section, ``without_copies`` a paragraph said again
whole; a web page also says its lede's figure again in the body under a sub-heading, and its headline again in the
links at its foot:

==================  ===============================================================================================
``same_words``      ``(NLĐO) - Ước tính Hội chợ mùa Xuân thu hút khoảng 500.000 lượt người trong 10 ngày tổ
                    chức.`` … ``Hội chợ đã thu hút khoảng 500.000 lượt người trong 10 ngày tổ chức``: the same amount
                    with the same words from its qualifier on (four words or more) is the same figure
``headline_again``  ``Vận động hơn 1,8 tỷ đồng từ tổ chức phi chính phủ nước ngoài`` after ``Mới nhất`` at the
                    page's foot: a row whose phrase another row already holds as its headline's (``nêu lại``)
``rise_end_again``  ``(tăng từ 63,1% năm 2014 lên 80% năm 2024)`` after ``… lần lượt là 95,7%, 91,6% và 80%``: the
                    end of a change ``từ A lên B`` equal to an earlier row is that row said again (round 23)
``same_change``     ``xuất cảng thép VN trong 10 tháng qua đạt hơn 3,9 triệu tấn, tăng trên 31%`` … ``Trong đó, xuất
                    cảng đạt hơn 3,9 triệu tấn, tăng hơn 31%``: the same amount with the same change is the same
                    figure, whatever words frame it (round 33)
``exact_again``     ``lần đầu tiên xuất khẩu phân bón nước ta đã đạt khối lượng 615.710 tấn, tương đương giá trị
                    212,867 triệu USD...`` … ``xuất khẩu phân bón đạt 615.710 tấn, tương đương giá trị 212,867 triệu
                    USD, tăng 49% về lượng``: an exact amount (four significant digits or more, no price per unit)
                    said again with the same words after it, or beside another exact amount said again with it, is
                    the same figure — the saying with its changes is the row, in the first's place (round 34)
==================  ===============================================================================================
"""

from __future__ import annotations

import re

from service.onboarding.model import Row

#: The words of a row's phrase from the number on (with the word right before it: its verb or qualifier).
_TAIL_WORDS = 4
_SMALL = 100


def _tail(row: Row) -> list[str]:
    words = row.quote.lower().split()
    at = next((k for k, w in enumerate(words) if re.search(r"\d", w)), None)
    return [] if at is None else words[max(0, at - 1):]


def same_words(a: Row, b: Row) -> bool:
    """``thu hút khoảng 500.000 lượt người trong 10`` twice (t15-nld-hoicho-muaxuan-2026): same value, unit and kind,
    and the same words from the word before the number to the phrase's end — four words at least, an amount of 100
    or more (small counts coincide). ``401 đơn vị máu`` beside ``400 đơn vị máu`` (another value) stays two rows."""
    if (a.value, a.unit, a.kind) != (b.value, b.unit, b.kind) or a.value < _SMALL or a.sentence == b.sentence:
        return False
    ta, tb = _tail(a), _tail(b)
    return len(ta) >= _TAIL_WORDS and ta == tb


def headline_again(a: Row, b: Row) -> bool:
    """``Vận động hơn 1,8 tỷ đồng từ tổ chức phi`` as a row of its own at the page's foot (t15-baoquangnam-huunghi-
    6t-2013) when the body's row of that value already holds the headline's phrase as its repeat."""
    return (a.value, a.unit, a.kind) == (b.value, b.unit, b.kind) and b.quote in a.repeats


def rise_end_again(a: Row, b: Row) -> bool:
    """``tỷ lệ đi học đúng tuổi … THPT … lần lượt là 95,7%, 91,6% và 80%`` then ``(tăng từ 63,1% năm 2014 lên 80%
    năm 2024)`` (t16-vietnamplus-dihoc-dungtuoi-2024): where a change runs ``từ A lên B``, B is the state it reached
    — when an earlier row holds the same amount (value, unit, kind) in another sentence, B is that figure said again
    with its history, not a second figure. ``từ 63,1% lên 80%`` with no 80 % before stays a row."""
    return (a.value, a.unit, a.kind) == (b.value, b.unit, b.kind) and a.sentence != b.sentence and \
        any(d.how == "số trước khi thay đổi" for d in b.derived) and \
        not any(d.how == "số trước khi thay đổi" for d in a.derived)


def same_change(a: Row, b: Row) -> bool:
    """``đạt hơn 3,9 triệu tấn, tăng trên 31%`` in the lede and ``xuất cảng đạt hơn 3,9 triệu tấn, tăng hơn 31%`` at the
    end (t25-vietbao-thep-10t-2018): same value, unit and kind in another sentence, an amount of 100 or more, and the
    same changes (every rate of change one row holds, the other holds too, one at least) — two figures that
    coincide in both their amount and their change are one figure said twice (over the held-out sources and the
    sweep pages it folds three sayings, each the same figure: t25-vietbao-thep-10t-2018, p19-baoquangnam-banle-2020-11
    ``đạt gần 42,3 nghìn tỷ đồng, giảm 12,4%`` in the lede and the body, c9-quangngai-ktxh-2017-05 ``lúa đạt 38.872
    ha, giảm 0,6% (218 ha)`` twice). ``3.652 xe du lịch, giảm 36%`` beside ``3.652 xe thương mại, giảm 40%`` (another
    change) stays two rows; two subjects of one size with one change would be folded (none seen)."""
    if (a.value, a.unit, a.kind) != (b.value, b.unit, b.kind) or a.value is None or a.value < _SMALL or \
            a.sentence == b.sentence:
        return False
    changes = [sorted((d.how, d.value) for d in r.derived if d.value is not None and d.how.startswith(("tăng", "giảm")))
               for r in (a, b)]
    return bool(changes[0]) and changes[0] == changes[1]


#: An exact amount: this many significant digits as written (``615.710``, ``212,867 triệu``, ``20.332``, ``1.015 tỷ``).
_EXACT_DIGITS = 4
#: The words after the number that must be the same for a lone exact amount to be the same figure.
_AFTER_WORDS = 3


def _exact(row: Row) -> bool:
    """An amount written exactly: a count, a measure or money (no price per unit — ``1.275 USD/tấn`` is two countries'
    price on p14-etime-dieu-2022-q1), with four significant digits or more as the text wrote it."""
    if row.value is None or row.kind not in ("count", "measure", "money") or "/" in (row.unit or "") or row.per:
        return False
    written = format((row.value / (row.scale or 1)).normalize(), "f")
    return len(written.replace(".", "").strip("0")) >= _EXACT_DIGITS


def _words_after(row: Row) -> list[str]:
    tail = _tail(row)
    return [w.strip(".,;:()…") for w in tail[2:2 + _AFTER_WORDS]] if len(tail) >= 2 + _AFTER_WORDS else []


def exact_again(a: Row, b: Row, rows: list[Row]) -> bool:
    """``đã đạt khối lượng 615.710 tấn, tương đương giá trị 212,867 triệu USD...`` in the lede and ``tính từ đầu năm
    đến ngày 15/6, xuất khẩu phân bón đạt 615.710 tấn, tương đương giá trị 212,867 triệu USD, tăng 49% về lượng``
    (t26-vneconomy-phanbon-15-6: four rows for two figures), ``đã trồng được 20.332 ha cây vụ đông các loại`` and
    ``toàn tỉnh trồng 20.332 ha cây vụ đông các loại`` (c19-baoninhbinh-vudong-2008): the same exact amount (value,
    unit and kind; four significant digits or more) in another sentence, with the same three words after it — or
    with another exact amount of its sentence said again in the first's — is the same figure. Two facts rarely
    coincide to the unit in four digits and in what follows. ``… triệu đồng và 3.447 m2 đất; kiến nghị thu hồi`` and
    ``… triệu đồng, đạt tỷ lệ 99%) và 3.447 m2 đất (đạt tỷ lệ 100%)`` (t4-thanhhoa-thanhtra-127ty: recommended and
    recovered, one size) go on otherwise, beside other amounts: two rows."""
    if (a.value, a.unit, a.kind) != (b.value, b.unit, b.kind) or a.sentence == b.sentence or not _exact(a):
        return False
    after = _words_after(a)
    if after and after == _words_after(b):
        return True
    return any(x is not b and x.sentence == b.sentence and _exact(x) and
               any(y is not a and y.sentence == a.sentence and (y.value, y.unit, y.kind) == (x.value, x.unit, x.kind)
                   for y in rows) for x in rows)


def said_twice(rows: list[Row]) -> None:
    """Fold the later saying of a figure into the row that said it first (see the module)."""
    kept: list[Row] = []
    every = list(rows)
    for r in rows:
        first = next((k for k in kept if same_words(k, r) or headline_again(k, r) or rise_end_again(k, r)
                      or same_change(k, r)), None)
        if first is None and (first := next((k for k in kept if exact_again(k, r, every)), None)) is not None:
            if not first.derived and r.derived:   # the saying with its changes (and its words) is the row, in the
                kept[kept.index(first)] = r       # first saying's place; the bare saying is its repeat
                r.repeats[:0] = [*first.repeats, first.quote]
                continue
        if first is None:
            kept.append(r)
        elif r.quote not in first.repeats:
            first.repeats.append(r.quote)
    rows[:] = kept
