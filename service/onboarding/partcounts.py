"""A small count of programmes whose total the paragraph counted as a row is a part of that row (round 72).

``… 20 chương trình, đề án khuyến công, tổng kinh phí 2,52 tỉ đồng. Cụ thể, …  (3 chương trình, đề án với kinh phí
hỗ trợ 262,5 triệu đồng); … (2 chương trình tuyên truyền về hoạt động khuyến công, 60 triệu đồng); … (2 chương
trình, gần 162,5 triệu đồng)`` (xo-binh-dinh-ubnd-tinh-khuyen-cong-dia-phuong-2017) and ``Ban Tổ chức đã nhận được
128 giải pháp tham gia thuộc 5 lĩnh vực. Trong đó, … có 19 giải pháp; Y tế có 05 giải pháp; giáo dục đào tạo có 60
giải pháp. … đã chọn 08 giải pháp đạt giải cao`` (sweep p41-binhthuan-hoithi-stkt-2016-2017): ``recognisers.
programme`` reads a count of ten or fewer ``chương trình``/``giải pháp`` as the programmes an agency runs (``triển
khai 5 giải pháp``), no figure of the period — but here the paragraph has already counted the same noun as a row
(20 chương trình, 128 giải pháp), so the small count is a part of it, a row like its total (the hand keeps 3, 2 and
2; 23 + 21 + 19 + 5 + 60 = 128 needs the 05).

The grammar: an earlier figure of the paragraph that made a row counts a larger number of the same programme noun
(``chương trình …`` after ``chương trình``).  Not read: a programme count alone in its paragraph (``triển khai 2
cuộc vận động lớn``: still a programme), a count with a larger one of the same noun only after it, a programme noun
counted earlier but read as no row (``6 nhiệm vụ trọng tâm, 6 giải pháp thực hiện``, v-dien-bien-tu-phap-2022-h1).

Wraps the programme reader where it stands in ``service.onboarding.recognisers.RECOGNISERS``
(``unless_part_of_counted``), as ``kindlists.unless_listed_kind`` does.
"""

from __future__ import annotations

from typing import Callable, Sequence

from service.checker.extract import Mention
from service.onboarding.model import Para


def _noun_of(m: Mention, nouns: Sequence[str]) -> str | None:
    noun = (m.noun or "").lower()
    return next((w for w in nouns if noun == w or noun.startswith(w + " ")), None)


def part_of_counted(p: Para, i: int, m: Mention, nouns: Sequence[str]) -> bool:
    """``m`` counts fewer of a programme noun an earlier row of its paragraph counted (module docstring)."""
    if m.value is None or m.kind != "count":
        return False
    noun = _noun_of(m, nouns)
    if noun is None:
        return False
    return any(k in p.rows and f.value is not None and f.value > m.value and _noun_of(f, (noun,)) == noun
               for k, f in enumerate(p.figures[:i]))


def unless_part_of_counted(held: Callable[[Para, int, Mention], bool],
                           nouns: Sequence[str]) -> Callable[[Para, int, Mention], bool]:
    """``held`` (a reader of programmes counted, by ``nouns``), except for a part of a total counted as a row."""
    def kept(p: Para, i: int, m: Mention) -> bool:
        return not part_of_counted(p, i, m, nouns) and held(p, i, m)
    kept.__name__ = held.__name__
    kept.__doc__ = held.__doc__
    return kept
