"""A grade or level named by ``cấp`` and a number after a noun: ``nhà cấp 4``, ``ngành công nghiệp cấp 2``.

    … khiến toàn bộ phần mái căn nhà cấp 4 của gia đình bị sập.   (held-out zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10)
    Trong 24 ngành công nghiệp cấp 2, có 50% số ngành có chỉ số tăng … có tới 15/20 ngành cấp 2 có chỉ số sản xuất giảm
                                                                    (c38-dbkcqdnbacninh-iip-thang-9-tang-2-38)
    … ngành công nghiệp trọng điểm cấp 2, một số ngành có chỉ số …   (p15-mekongasean-iip-2023-10)

The grammar: a noun, ``cấp``, one digit (1 to 5), and nothing counted after it — the phrase ends (a mark, the end) or
goes on with a word that is no noun (``của``, ``có``, ``bị``, ``được``, ``và``, ``là`` …).  The number names the
class of the noun before it (a house's build grade, an industry's level in the classification, a school's level),
not how many of anything.  ``cấp`` as the verb "to issue" takes a counted noun after the number (``cấp 2 sổ``), or
stands after an auxiliary (``đã cấp 2``, ``được cấp 3``): those stay counts.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: words that make ``cấp`` the verb "to issue, to grant" (``đã cấp``, ``được cấp``, ``đề nghị cấp``)
_VERB_BEFORE = r"(?:đã|được|sẽ|đang|chưa|không|mới|nghị|xuất|xét|cho|vừa|phải|lại)"
#: what may follow a grade: the end of the phrase, or a word that is no counted noun
_AFTER = (r"(?=\s*(?:[,;.:()\n]|$)|\s+(?:của|có|bị|được|và|là|đã|đều|thì|tại|ở|trong|trên|với|nay|này|khác|"
          r"gồm|chiếm|tăng|giảm)(?!\w))")

GRADE_LEVEL = Rule("grade-level", "ordinal", "a grade or level a noun is of (nhà cấp 4, ngành cấp 2), not a count",
                   re.compile(r"(?i)(?<![\w.,])(?!" + _VERB_BEFORE + r"\s)[^\W\d_]+\s+cấp\s+([1-5])(?![\d.,]?\d)(?!\w)"
                              + _AFTER),
                   needs=("cấp",))
