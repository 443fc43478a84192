"""A stock said in a sentence against a total the period brought: the note a stock said now carries, the result a count
of ``có`` leads to, and when a total is the period's figure rather than a standing fact.

These lived in ``recognisers``, which imports ``held`` at its top; ``held`` took them inside its functions to get round
the cycle. Here, below both, each imports them at its top (``recognisers`` keeps the old names: ``_RESULT_AFTER``,
``_moved``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.changewords import start_of
from service.onboarding.model import Para
from service.onboarding.phrases import noun_span

#: The plan named right after a number (``kế hoạch``, ``so với chỉ tiêu``, ``% KH``, ``dự toán``).
PLAN_AFTER = re.compile(r"(?i)^\s*(?:%\s*)?(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán)(?!\w)")


#: The note a stock said now carries on the standing sheet (``Hiện nay, Hội CCB tỉnh có hơn 16.000 hội viên``,
#: t5-khanhhoa-ccb-2016): the template keeps it standing, an agency that tracks it as the period's figure moves it.
STOCK_NOW = ("số hiện có tại thời điểm báo cáo, để ở số liệu cố định; nếu đơn vị theo dõi số này như chỉ tiêu của "
             "kỳ báo cáo thì chuyển dòng này sang bảng chỉ tiêu")


#: ``có 177 em học sinh … đạt HSG cấp tỉnh``, ``có 53 em … đạt giải``, ``có 12 người bị thương``: after ``có`` + count, a
#: verb of a result or an event in the count's own clause — what the period brought, not what the area has.
RESULT_AFTER = re.compile(r"(?i)^[^\d]{0,60}?(?<!\w)(?:đạt|đỗ|trúng\s+tuyển|xảy\s+ra|bị|được\s+(?:công\s+nhận|khen|"
                          r"tặng|trao|cấp|hỗ\s+trợ|giải\s+quyết|tuyên\s+dương)|"
                          r"(?:thành\s+lập|đăng\s+ký|kết\s+nạp|phát\s+triển)\s+mới|lên\s+đường)(?!\w)")
# ("toàn tỉnh có 606 doanh nghiệp thành lập mới", t4-lamdong-doanhnghiep-2022-5t: new ones, the period's flow;
# "huyện Ngọc Hồi có 92 tân binh lên đường nhập ngũ", zg-kon-tum-ngoc-hoi-giao-quan-2017: the year's recruits)


#: ``đưa tổng số hội viên đến nay là``, ``nâng tổng số … lên``: a total the period's changes brought it to.
_BROUGHT = re.compile(r"(?i)(?<!\w)(?:đưa|nâng)\s+(?:tổng\s+)?số\b|"
                      r"(?<!\w)tổng\s+số\s[^\d.;]{0,40}?lên\s+(?:tới|đến)\s*(?:trên|hơn|gần|khoảng)?\s*$")
_CHANGE_GAP = re.compile(r"^\s*[,(]?\s*$")


#: ``, đạt`` right after a number (its noun, if any, first): what follows is its share of a target.
_ACHIEVED_NEXT = re.compile(r"(?i)^[^\W\d_\s]*(?:\s+[^\W\d_]+){0,3}?\s*,\s*đạt\s*$")


def moved(p: Para, i: int, m: Mention, before: str) -> bool:
    """A total is a figure of the period, not a standing fact, when the period's changes brought it there (``đưa
    tổng số hội viên đến nay là 3.290``) or its change is stated with it (``tổng số chi hội hiện nay là 164 chi
    hội, giảm 13 chi hội so với năm 2021``)."""
    if _BROUGHT.search(before):
        return True
    nxt = p.figures[i + 1] if i + 1 < len(p.figures) else None
    if nxt is not None and nxt.kind == "percent" and p.sentence_of(nxt) == p.sentence_of(m) and \
            (PLAN_AFTER.match(p.text[nxt.end:]) or _ACHIEVED_NEXT.match(p.text[m.end:start_of(nxt)])
             and re.match(r"\s*(?:[.;]|$)", p.text[nxt.end:])):
        return True          # "Toàn tỉnh có 44.104 người mới sử dụng …, đạt 94,3% kế hoạch": a result against a plan
        # (tpl-hanam-yte-2019: "tổng số lần khám bệnh tuyến huyện là 351.536, đạt 101,6%." — the plan left unnamed)
    if nxt is None or nxt.comparison not in ("tăng", "giảm") or p.sentence_of(nxt) != p.sentence_of(m):
        return False
    return bool(_CHANGE_GAP.match(p.text[noun_span(p.text, m.end)[1]:start_of(nxt)]))
