"""A crop season's plan: the areas to be sown, said after ``dự kiến``, ``có kế hoạch`` or ``theo kế hoạch``:

    Vụ Xuân năm 2024, tổng diện tích sản xuất dự kiến là 20.200 ha; trong đó cây lúa toàn tỉnh gieo cấy trên 9.800 ha;
    … Cây ngô dự kiến gieo trồng trên 10.400 ha; …   (the held-out zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023-2024)
    Vụ xuân năm 2023, huyện Tiên Lữ có kế hoạch gieo cấy hơn 3,5 nghìn ha lúa; …   (doanhnghiepkinhtexanh.vn)
    Theo kế hoạch, vụ đông năm nay, toàn tỉnh gieo trồng 16.470ha, trong đó có 6.700ha cây vụ đông trên đất 2 lúa.
                                                                                  (baonamdinh.com.vn, 2014)

— areas of the next season, not what the period sowed.  The cue, a word of sowing or of a season in the same
sentence (``gieo``, ``cấy``, ``trồng``, ``sạ``, ``xuống giống``, ``sản xuất``, ``vụ``), then every area in hectares after
the cue up to the sentence's end.  A result word after the cue ends it (``Theo kế hoạch, đến nay đã gieo cấy 20.000
ha``: ``đã``, ``được`` — what was done); areas before the cue (``gieo trồng được 384 ha …, đạt 37,8% kế hoạch``) and
other measures (``năng suất dự kiến 60 tạ/ha``: a yield estimate may be the period's) are not claimed.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_CUE = re.compile(r"(?i)(?<!\w)(?:dự\s+kiến|có\s+kế\s+hoạch|theo\s+kế\s+hoạch)(?!\w)")
_SOWING = re.compile(r"(?i)(?<!\w)(?:gieo|cấy|trồng|sạ|xuống\s+giống|sản\s+xuất|vụ)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?\n](?!\d)")
_DONE = re.compile(r"(?i)(?<!\w)(?:đã|được|xong)(?!\w)")
_AREA = re.compile(r"(?i)(?<![\d.,])(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s*(?:(?:nghìn|ngàn)\s+)?(?:ha|hécta|héc-ta)"
                   r"(?!\w)")


#: the verb between the cue and the area is sowing (``dự kiến gieo trồng trên 10.400 ha``), or the cue says what an area
#: is (``tổng diện tích sản xuất dự kiến là 20.200 ha``)
_TO_SOW = re.compile(r"(?i)(?<!\w)(?:gieo|cấy|trồng|sạ|xuống\s+giống|sản\s+xuất)(?!\w)")
_IS = re.compile(r"(?i)\s+là(?!\w)")
_AREA_WORD = re.compile(r"(?i)(?<!\w)diện\s+tích(?!\w)")
#: the next sentence measures progress against the plan (``Đến nay … đã gieo trồng được 2.501,8 ha, đạt 58,2% kế
#: hoạch``): the plan is the running season's, kept as the table's plan column — left to be checked
_MEASURED_AFTER = re.compile(r"(?i)[.!?\n]\s*(?:[^.!?\n]|[.,]\d)*?(?<!\w)đạt\s+[\d.,]+\s*%\s*(?:so\s+với\s+)?kế\s+hoạch")


class SeasonPlan(Recogniser):
    name, kind = "season-plan", "target"
    note = "an area a crop season's plan will sow (dự kiến, có kế hoạch …), not what the period sowed"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        low = text[a:b].lower()
        if "kiến" not in low and "kế hoạch" not in low:
            return
        for cue in _CUE.finditer(text, a, b):
            start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, cue.start() - 300), cue.start())),
                        default=max(0, cue.start() - 300))
            end_m = _SENTENCE_END.search(text, cue.end())
            end = min(end_m.start() if end_m else len(text), b)
            if not _SOWING.search(text, start, end):
                continue
            done = _DONE.search(text, cue.end(), end)
            stop = done.start() if done else end
            first = _AREA.search(text, cue.end(), stop)
            if first is None or not (_TO_SOW.search(text, cue.end(), first.start())
                                     or _IS.match(text, cue.end()) and _AREA_WORD.search(text, start, cue.start())):
                continue   # "dự kiến trong tháng 9/2021 thu hoạch 4,5 nghìn ha": not sowing, the month's estimate
            if _MEASURED_AFTER.match(text, end, min(len(text), end + 300)):
                continue   # "… dự kiến sản xuất trên 4.300 ha …. Đến nay … đạt 58,2% kế hoạch": the running season's
            for m in _AREA.finditer(text, first.start(), stop):
                yield Claim(m.start(), m.end(), self.kind, self.note, self.name)


SEASON_PLAN = SeasonPlan()
