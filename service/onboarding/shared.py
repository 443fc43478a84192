"""Names listed in groups, each group closed by the count every name in it has (round 48).

``Những địa phương có giải nhất là Hội An, Phú Ninh (mỗi đơn vị có 7 giải), Tam Kỳ (3), Duy Xuyên, Điện Bàn, Quế Sơn,
Phước Sơn (2), Thăng Bình, Nam Giang, Đông Giang (1).`` (yz-quang-nam-so-gddt-thi-hoc-sinh-gioi-lop-9-2020-2021), ``Hai
đơn vị xếp cuối là Bạc Liêu và Hậu Giang, mỗi tỉnh có 3 giải.`` (t38-thanhnien-hsg-quoc-gia-2018): after ``là`` or a
colon, proper names separated by commas or ``và``; a group of them closed by ``mỗi <noun> (có) N …`` — in a bracket
or after a comma — says each name has N.  Once a list has said so, a bracket that holds a bare count closing a later
group (``Duy Xuyên, Điện Bàn, Quế Sơn, Phước Sơn (2)``) says it the same way.  The hand keeps one row per name (the
sheet has a line to fill for each place), as ``each.each_place_pass`` does for ``các tỉnh A, B mỗi tỉnh …``.

Not this: a list no ``mỗi`` closes (``Bình Dương (1.111), TP. Hồ Chí Minh (935)``, p33-viettimes-covid-4-8-2021-08:
each bracket is its own name's, read as before), names that are not proper (``chở quá số người 01``), a bracket
holding more than a count.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.onboarding.each import _proper
from service.onboarding.model import Para, Row

#: Where a list opens: ``là``, ``gồm``, ``như`` or a colon.
_OPENER = re.compile(r"(?i)(?:(?<!\w)(?:là|gồm|như)(?!\w)|:)\s*")
#: One item: a name, then its bracket if any; or a closing clause ``mỗi <noun> (có) N …``.
_ITEM = re.compile(r"\s*(?:(?P<each>mỗi\s+[^,;.()]*?\d[^,;.()]*)|(?P<name>[^,;.()]+?)\s*(?:\((?P<br>[^()]*)\))?)"
                   r"\s*(?:,|;|(?<!\w)và(?!\w)|$)")
_EACH = re.compile(r"(?i)^mỗi\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?:có\s+|được\s+|đạt\s+)?"
                   r"(?P<num>\d+)\s*(?P<unit>[^\W\d_]+)?")
_BARE = re.compile(r"^\s*(?P<num>\d+)\s*$")
_END = re.compile(r"[.;!?](?:\s|$)|\n")


def groups_of(text: str, at: int) -> tuple[list[tuple[list[str], int, int]], str] | None:
    """The groups (names, count, where the count stands) of the list whose ``mỗi`` clause starts at ``at``, and the
    unit it names; None when the text around is no such list."""
    start = max([0] + [e.end() for e in _END.finditer(text, 0, at)])
    openers = [o for o in _OPENER.finditer(text, start, at)]
    if not openers:
        return None
    lo = openers[-1].end()
    end_hit = _END.search(text, at)
    hi = end_hit.start() if end_hit else len(text)
    groups, names, unit, said_each = [], [], "", False
    pos = lo
    while pos < hi:
        item = _ITEM.match(text, pos, hi)
        if not item or item.end() == pos:
            return None
        pos = item.end()
        if item.group("each"):
            each = _EACH.match(item.group("each"))
            if not each or not names:
                return None
            groups.append((names, int(each.group("num")), item.start("each") + each.start("num")))
            names, unit, said_each = [], unit or (each.group("unit") or ""), True
            continue
        name = item.group("name").strip()
        if not _proper(name):
            return None
        names.append(name)
        br = item.group("br")
        if br is None:
            continue
        each, bare = _EACH.match(br.strip()), _BARE.match(br)
        if not (each or bare):
            return None
        num = each or bare
        offset = item.start("br") + (len(br) - len(br.lstrip()) if each else 0)
        groups.append((names, int(num.group("num")), offset + num.start("num")))
        if each:
            unit, said_each = unit or (each.group("unit") or ""), True
        names = []
    if names or not said_each or sum(len(g[0]) for g in groups) < 2:
        return None
    return groups, unit


def _drop(p: Para, i: int) -> None:
    """Figure ``i``'s own row out of the reading, or its note out of the row it was put on."""
    m, row = p.figures[i], p.rows.pop(i, None)
    if row is None:
        return
    if row.quote == p.quote(m):
        for rows in (p.reading.rows, p.section_rows):
            if row in rows:
                rows.remove(row)
    else:
        row.derived = [d for d in row.derived if d.quote != p.quote(m)]


def shared_counts_pass(p: Para) -> None:
    """Each name of a list of groups closed by ``mỗi … N`` (see the module's note) a row of its group's N."""
    for hit in re.finditer(r"(?i)(?<!\w)mỗi(?!\w)", p.text):
        found = groups_of(p.text, hit.start())
        if found is None:
            continue
        groups, unit = found
        at = {m.num_start: k for k, m in enumerate(p.figures)}
        if not unit or not all(g[2] in at and p.figures[at[g[2]]].value == g[1] for g in groups):
            continue
        made = []
        for names, count, where in groups:
            i = at[where]
            m = p.figures[i]
            _drop(p, i)
            for name in names:
                made.append(Row(value=Decimal(count), unit=unit, kind="count", label=f"Số {unit} {name}",
                                section=p.section_title, path=p.section.path if p.section else "", quote=p.quote(m),
                                organisation=p.orgs[i] or "", sentence=(p.key, p.sentence_of(m))))
            p.rows[i] = made[-1]
        p.reading.rows.extend(made)
        p.section_rows.extend(made)
        return
