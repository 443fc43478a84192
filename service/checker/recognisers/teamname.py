"""A team named by its work and its number: ``Tổ dịch vụ Nông nghiệp 3``, ``tổ kiểm tra 363`` — a name, no count.

    … đại biểu Ban nhân dân 13 thôn , 02 HTX và Tổ dịch vụ Nông nghiệp 3.
                                (xa-quang-nam-dien-ban-ubnd-xa-dien-hong-san-xuat-nong-nghiep-2022)
    Ông cũng cho biết đã có tổ kiểm tra 363 phát huy tốt từ khi ra mắt cho tới nay.
                                (c42-plo-cong-an-tphcm-2019-h1)

A team's noun (``tổ``, ``đội``, ``tiểu đội``, ``biên đội``), the words of its work (one to four, lower-case or
capitalised: ``dịch vụ Nông nghiệp``, ``kiểm tra``, ``phản ứng nhanh``), then a whole number of four digits at most that
no counted noun, scale or unit follows: the team's number. ``names.UNIT`` reads a capitalised unit with a capitalised
name (``Trung đoàn Bộ binh 6``); this reads the lower-case work between. Never ``tổ chức`` (organises), ``đội ngũ``
(the staff), a leader (``tổ trưởng``), a team counted or shared out before (``mỗi tổ``, ``3 tổ``, ``các đội``), nor a
number that counts (``tổ hòa giải 45 vụ``, ``đội xung kích 30 người``) or a grammatical word among the work's words
(``Tổ công tác đã kiểm tra 12``), nor the first end of a range (``Đội tuyển nam 12 - 14 người``).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser
from service.checker.recognisers.amountafter import amount_follows
from service.checker.recognisers.nouns import COUNTED

#: the team nouns (open: a team, a squad, a flotilla)
_TEAM = r"(?:tiểu[ \t]+đội|biên[ \t]+đội|tổ|đội)"
#: the word right after the team noun that makes another noun of it (organises, staff, a member, a leader …)
_NOT_A_TEAM = r"(?:chức|ngũ|viên|trưởng|phó|hợp|dân|quốc|hình|tiên|tông|ấm|chất|ngũ|bay|tàu|xe|quân|sản)"
_WORD = r"[^\W\d_]+"
_NAMED = re.compile(rf"(?i)(?<!\w){_TEAM}(?![ \t]+{_NOT_A_TEAM}(?!\w))((?:[ \t]+{_WORD}){{1,4}}?)[ \t]+"
                    r"(\d{1,4})(?![\d.,/:]?\d)(?!\w)(?![ \t]*[/%])(?![ \t]*(?:[-–]|đến|tới)[ \t]*\d)")
#: grammatical words that end a name (a closed class): the number then belongs to a verb's object
_FUNCTION_WORDS = frozenset("đã đang sẽ được bị có gồm là và với cho của tại đạt còn vừa mới cũng thì này đó trong "
                            "ra vào lên xuống từ đến nhận không chưa hơn trên dưới gần khoảng các những mỗi tổng "
                            "thêm lập số".split())
#: the team noun opens its noun phrase: the text's start, a mark, or a grammatical word before it (``và Tổ …``, ``có
#: tổ …``); a word of a compound before it makes another noun (``Bộ đội Biên phòng 46 nguồn tin``, ``Hội đồng Đội Trung
#: ương khen thưởng 17 cá nhân``, ``đồng đội``, ``Không đội mũ bảo hiểm 05``), and a count or ``mỗi``/``các`` shares
#: teams out (``mỗi tổ 02 người``, ``3 tổ``)
_OPENS = re.compile(r"(?i)(?:^|[.,;:!?()\[\]\"“”'‘’\-–—•+*\n]|(?<!\w)(?:và|có|của|cho|với|là|cùng|tại|hoặc|gồm|thì|được|"
                    r"như|do|bởi|nhờ|qua|theo))[ \t]*$")
#: a year is no team's number (``đồng đội giai đoạn 2015``)
_YEAR = re.compile(r"(?:19|20)\d\d")
#: a span of time after the number (``đội thi công 15 ngày``)
_TIME_AFTER = re.compile(r"(?i)[ \t]+(?:ngày|tháng|năm|giờ|tuần|lần|đợt|buổi|phút)(?!\w)")


class TeamName(Recogniser):
    name, kind = "team-name", "name"
    note = "a team's number (Tổ dịch vụ Nông nghiệp 3)"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        window = text[a:b].lower()
        if "tổ" not in window and "đội" not in window:
            return
        for m in _NAMED.finditer(text, a, b):
            words = m.group(1).split()
            if any(w.lower() in _FUNCTION_WORDS for w in words):
                continue
            if not _OPENS.search(text, max(0, m.start() - 12), m.start()) or _YEAR.fullmatch(m.group(2)):
                continue
            end = m.end(2)
            if COUNTED.match(text, end) or amount_follows(text, end) or _TIME_AFTER.match(text, end):
                continue
            yield Claim(m.start(2), end, self.kind, self.note, self.name)


TEAM_NAME = TeamName()
