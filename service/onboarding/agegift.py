"""Each honoured elder's gift: the sum given to everyone of a round age, not a figure of the period (round 52).

=================  ==============================================================================================
``gift_by_age``    ``Các cụ tròn 100 tuổi được tặng quà của Chủ tịch nước số tiền 1 triệu đồng, các cụ tròn 90 tuổi
                   được tặng Giấy mừng thọ … kèm theo số tiền 400 nghìn đồng`` (t42-hoinguoicaotuoi-khap-noi-mung-
                   tho-2017); ``Dịp này, các cụ 90 tuổi nhận Thiếp mừng thọ của Chủ tịch nước trị giá 1.000.000
                   đồng và Giấy mừng thọ … cùng phần quà trị giá 200.000 đồng`` (ys-dong-nai-dinh-quan-hoi-nguoi-cao-
                   tuoi-xa-phu-loi-chuc-tho-2025-02, whose hand keeps both as the note «mỗi cụ: …» of its 12 cụ);
                   ``Đoàn đã trao Thiếp mừng thọ của Chủ tịch nước, 5m vải lụa và 2 triệu đồng tiền mặt
                   cho các cụ tròn 100 tuổi. Trao Bằng mừng thọ …, 1 triệu đồng tiền mặt và bánh, sữa, ngũ cốc cho các
                   cụ tròn 90 tuổi`` (t42-bienhoa-nct-quyet-thang-chuc-tho); ``42 cụ tròn 100 tuổi được Chủ tịch nước
                   … chúc thọ , tặng vải lụa và 1,2 triệu đồng tiền mặt`` (t29-binhson-nct-2022, labelled no row in
                   round 39): an amount of money whose receivers are named by their age (``[tròn] N tuổi``) — the
                   receivers before it with ``được``/``nhận``, or after it with ``cho`` — is what each of them gets:
                   the note of their count when the clause has one, no row. A total (``tổng``, ``với số tiền``,
                   ``kinh phí``) stays a row, as does an amount whose receivers are not named by their age.
=================  ==============================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, beside ``shares.SHARES`` (one unit's share).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Derivation, Para

#: Receivers named by their age (``cụ tròn 100 tuổi``, ``các cụ tròn 70, 75 tuổi``).
_ROUND_AGE = r"(?:tròn\s+)?\d{1,3}(?:\s*(?:,|và)\s*\d{1,3})*\s+tuổi"
#: … then ``được``/``nhận`` (the receivers are the subject), up to the amount, with no clause break (other
#: figures between must be amounts too: ``nhận Thiếp … trị giá 1.000.000 đồng và … phần quà trị giá 200.000 đồng``).
_BEFORE = re.compile(r"(?i)(?<!\w)" + _ROUND_AGE + r"\s+(?:được|nhận)(?!\w)")
#: The amount, then ``cho`` (+ ``các``/``những``) and the receivers named by their round age.
_AFTER = re.compile(r"(?i)^[^;.\d]*?(?<!\w)cho\s+(?:các\s+|những\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s+" + _ROUND_AGE)
#: Only the receivers' noun between their count and their age (``42 cụ tròn 100 tuổi``).
_NOUN_ONLY = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*")
#: A total said of the gifts, not one receiver's.
_TOTAL = re.compile(r"(?i)(?<!\w)(?:tổng|với\s+số\s+tiền|kinh\s+phí)(?!\w)")


def gift_by_age(p: Para, i: int, m: Mention) -> bool:
    """An amount given to each receiver of a round age: their count's note, no row."""
    if m.kind != "money" or m.value is None or m.comparison or m.per:
        return False
    s = p.sentence_of(m)
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    before = None
    for before in _BEFORE.finditer(p.text, s, start):   # the nearest receivers before it
        pass
    if before is not None and ";" in p.text[before.end():start]:
        before = None
    after = None if before else _AFTER.match(p.text[m.end:])
    if before is None and after is None:
        return False
    gap = p.text[before.end():start] if before else p.text[m.end:m.end + after.end()]
    if _TOTAL.search(gap):
        return False
    if before is not None and any(f.kind != "money" for f in p.figures[:i] if f.num_start >= before.end()):
        return False              # another count between the receivers and the amount: the amount is not theirs
    if before is not None:        # "42 cụ tròn 100 tuổi được … tặng … 1,2 triệu đồng": the count of the receivers
        named_at = before.start()
        counts = [k for k in range(i) if p.figures[k].end <= named_at and p.sentence_of(p.figures[k]) == s
                  and p.rows.get(k) is not None and p.rows[k].kind == "count"]
        if counts and _NOUN_ONLY.fullmatch(p.text[p.figures[counts[-1]].end:named_at]):
            row = p.rows[counts[-1]]
            row.derived.append(Derivation(p.quote(m), "mỗi người được tặng (một người)", m.value))
            p.rows[i] = row
    return True


AGE_GIFTS = (gift_by_age,)
