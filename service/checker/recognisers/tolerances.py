"""A level the rules allow, and the base a rate is counted on: no figures of the period.

- ``LEGAL_LEVEL``: a tolerance or level named with ``cho phép``/``quy định``, then its rate — ``sai số kỹ thuật đo
  lường cho phép đối với các trụ bơm xăng chỉ 0,3% trên 100 lít`` (c24-baobinhduong-cay-xang-sai-so-2015), ``tỷ lệ
  chênh lệch đất đá nội bộ Công ty ở mức quy định - 2%`` (the held-out
  zx-quang-ninh-cong-ty-than-cao-son-san-xuat-kinh-doanh-2018-h1).  What was measured against it stays a figure:
  ``sai số (đong thiếu) vượt quá quy định cho phép từ 4,85 đến 6,46%`` (``vượt``, ``quá``, ``hơn``, ``từ`` between the
  level's words and the number);
- ``RATE_BASE``: the base of a rate — ``cứ 100 lít các trụ bơm đong thiếu từ gần 5 lít`` (``cứ N`` and a unit), ``0,3%
  trên 100 lít`` (a rate, then ``trên`` one, ten, a hundred or a thousand of a unit).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: the level's noun, up to 40 characters of its subject, ``cho phép``/``quy định``, up to 30 characters without a
#: number or a word of exceeding, an optional ``chỉ``/``là``/``ở mức``/``tối đa``/``không quá`` or a dash, the rate
_LEVEL = re.compile(
    r"(?i)(?<!\w)(?:sai\s+số|dung\s+sai|chênh\s+lệch|mức|ngưỡng|giới\s+hạn|tiêu\s+chuẩn)(?!\w)[^.;\n\d]{0,40}?"
    r"(?<!\w)(?:cho\s+phép|quy\s+định)(?!\w)"
    r"(?:(?!(?<!\w)(?:vượt|quá|hơn|từ)(?!\w))[^.;\n\d]){0,30}?"
    r"(\d{1,3}(?:,\d{1,3})?)[ \t]*%")
LEGAL_LEVEL = Rule("legal-level", "norm", "a level the rules allow (sai số cho phép, ở mức quy định), not a result",
                   _LEVEL, needs=("cho phép", "quy định"))

_BASE_AFTER_CU = re.compile(r"(?i)(?<!\w)cứ[ \t]+(\d{1,3}(?:\.\d{3})*)[ \t]+(?=[^\W\d_])")
_BASE_AFTER_RATE = re.compile(r"%[ \t]+trên[ \t]+(1|10|100|1\.000)[ \t]+(?=[^\W\d_])")
RATE_BASE = Rule("rate-base", "norm", "the base a rate is counted on (cứ 100 lít, 0,3% trên 100 lít)",
                 _BASE_AFTER_CU, _BASE_AFTER_RATE, needs=("cứ", "trên"))
