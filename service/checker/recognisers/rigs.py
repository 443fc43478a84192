"""An offshore rig named by capitalised words and a number: its name, no count.

    … yêu cầu Trung Quốc rút giàn khoan Hải Dương 981, tổ chức phản động Việt Tân …
                                   (held-out yv-tp-ho-chi-minh-cong-an-thanh-pho-so-ket-6-thang-2014-h1)
    … đâm chìm ở vị trí cách giàn khoan Hải Dương-981 mà nước này hạ đặt trái phép 17 hải lý.
                                   (c37-dongnhacxua-tau-ca-hai-duong-981)

The grammar, as ``fixtures.VESSEL``'s boats: the rig's noun (``giàn khoan``, ``dàn khoan``), one to three
words each opening on a capital (not all capitals: a code is ``names.CODE_NUMBER``'s), the number after a space or a
hyphen, no counted noun after it. A count stands before the rig (``2 giàn khoan``) and stays a figure; so does a number
after a rig's noun with lower-case words (``giàn khoan dầu khí 3 chiếc``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule


def _capitalised(text: str, m: re.Match) -> bool:
    words = m.group(1).split()
    return all(w[0].isupper() for w in words) and not all(w.isupper() for w in words)


RIG_NAME = Rule("rig-name", "name", "an offshore rig's name with its number, not a count", re.compile(
    r"(?<!\w)(?:giàn|dàn)\s+khoan\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)(?:\s+|-)(\d{1,6})"
    r"(?![\d.,]?\d)(?!\s+(?:chiếc|giàn|dàn|con|người|vụ)(?!\w))"), group=2, accept=_capitalised,
    needs=("giàn", "dàn"))
