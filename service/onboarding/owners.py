"""Whose figure a row is, when the sheet holds the same words for several: the body the sentence names as its subject.

A list of bodies each with the same kinds of counts (t13-dntm-laocai-bcd389-list: ``Lực lượng Công an phát hiện, xử lý
78 vụ …; 50 vụ gian lận thương mại …``, ``Cục Quản lý thị trường phát hiện, xử lý 08 vụ …; 11 vụ gian lận thương
mại …``), or a total's parts said again for each level (zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08: ``Riêng Cục Thuế,
trong tháng 8 thu 489,1 tỷ đồng … Trong đó, thuế phí tháng 8 thu 308,4 tỷ đồng``, ``Tại các Chi cục Thuế, … Trong đó,
thuế phí tháng 8 thu 289,4 tỷ đồng``) gives rows whose labels are the same words: each says whose it is. A label that
is only the verb (``Thu``: the sentence's subject is the body's name alone) takes the body's name before it.

The name is read by grammar, not by a list of bodies: the words before a pair of coordinated verbs of one length
(``phát hiện, xử lý``; ``thanh tra, kiểm tra``) right before the number; a fronted topic (``Riêng Cục Thuế,``, ``Tại
các Chi cục Thuế,``); else the body ``subjects.subject`` reads. A sentence naming none keeps the paragraph's last.
"""

from __future__ import annotations

import re

from service.onboarding import phrases as P
from service.onboarding import subjects
from service.onboarding.model import Row

#: What may open a sentence before its subject: a list dash, ``Trong đó:``, ``Ngoài ra,``.
_OPENER = re.compile(r"(?i)^\s*(?:[-–+•*]\s*)?(?:(?:trong\s+đó|ngoài\s+ra|bên\s+cạnh\s+đó)\s*[:,]\s*)?")
#: A fronted topic: ``Riêng Cục Thuế,``, ``Tại các Chi cục Thuế,``, ``Đối với Hải quan Lạng Sơn,``.
_TOPIC = re.compile(r"^(?:Riêng|Tại|Đối\s+với|Còn)\s+(?P<name>(?:các\s+)?[" + P.UPPER + r"][^,;:.\d()]{1,60}?)\s*,")
_WORD = re.compile(r"[^\W\d_]+$")
_MOST = 6          # words of a body's name
_LABEL_MOST = 18   # words of a label (``labels``)


def _coordinated(rest: str) -> str | None:
    """``Cục Quản lý thị trường phát hiện, xử lý 08 vụ``: the words before ``phát hiện`` — the first of two verbs
    of one length joined by a comma right before the number."""
    m = re.match(r"([^,;:.()\d]+),([^,;:.()\d]+?)\s+\d", rest)
    if not m:
        return None
    before, after = m.group(1).split(), m.group(2).split()
    k = len(after)
    if not 2 <= k <= 3 or len(before) <= k or not all(_WORD.match(w) for w in before + after):
        return None
    if after[0].lower() in _NOT_A_VERB or after[-1].lower() in _PERIOD_WORDS:   # "Lũy kế từ đầu năm, đã phát hiện
        return None                                            # 975 vụ": a fronted adverbial; "…, trong tháng 8 thu"
    name = before[:-k]
    if not 2 <= len(name) <= _MOST or not name[0][:1].isupper() or _FRONTED.match(" ".join(name)) or \
            any(w.lower() in _PERIOD_WORDS for w in name):
        return None
    return " ".join(name)


#: Words that open no verb of a coordinated pair: an aspect, a preposition (``…, đã phát hiện``, ``…, trong tháng``).
_NOT_A_VERB = frozenset("đã đang sẽ cũng vẫn còn trong tại từ đến qua với và là có được".split())
_PERIOD_WORDS = frozenset("năm tháng quý ngày tuần kỳ".split())
#: A sentence opened by an adverbial or a topic, not by its subject: ``Lũy kế …``, ``Tính chung …``, ``Riêng …``.
_FRONTED = re.compile(r"(?i)^(?:lũy|luỹ|tính|riêng|tại|đối|còn|ngoài|bên|trong|theo|qua|sau|đến|từ)(?!\w)")


def named_subject(text: str, start: int) -> str | None:
    """The body the sentence starting at ``start`` names as its subject, or None."""
    rest = text[start:start + 200]
    rest = rest[_OPENER.match(rest).end():]
    topic = _TOPIC.match(rest)
    if topic and 2 <= len(topic.group("name").split()) <= _MOST:
        return topic.group("name").strip()
    name = _coordinated(rest)
    if name:
        return name
    name = subjects.subject(text, start)   # a body's head and a word or two ("Cơ quan", "Cục Quản") names nobody
    return name if name and len(name.split()) >= 3 else None


def mark(rows: list[Row], text: str, key: tuple) -> None:
    """``Row.said_by`` of the rows made from paragraph ``text`` (``key``): its sentence's body, else the last one named
    before it in the paragraph."""
    last, seen = None, {}
    for r in sorted((r for r in rows if r.sentence and r.sentence[0] == key), key=lambda r: r.sentence[1]):
        s = r.sentence[1]
        if s not in seen:
            seen[s] = named_subject(text, s) or last
            last = seen[s]
        r.said_by = seen[s] or ""


_BRACKET_END = re.compile(r"\s*(\([^()]*\))$")


def _with_owner(label: str, owner: str) -> str:
    tail = _BRACKET_END.search(label)
    base, bracket = (label[:tail.start()], " " + tail.group(1)) if tail else (label, "")
    if len(base.split()) == 1:   # "Thu": the verb alone, the subject was the body's name
        return f"{owner} {base[:1].lower()}{base[1:]}{bracket}"
    return f"{base} của {owner}{bracket}"


def tell_apart(rows: list[Row]) -> None:
    """Labels the same words for rows of different bodies, and a verb alone for a label, say whose they are."""
    groups: dict[str, list[Row]] = {}
    for r in rows:
        groups.setdefault(r.label, []).append(r)
    for label, group in groups.items():
        bare = len(_BRACKET_END.sub("", label).split()) == 1
        owners = {r.said_by for r in group if r.said_by}
        if not (bare or len(owners) >= 2):
            continue
        for r in group:
            if not r.said_by or P.fold_word(r.said_by) in P.fold_word(label):
                continue
            new = _with_owner(label, r.said_by)
            if len(new.split()) <= _LABEL_MOST:
                r.label = new
