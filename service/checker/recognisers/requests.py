"""Money asked of a higher level, not given or spent: ``UBND huyện Kim Thành đã có văn bản đề nghị UBND tỉnh hỗ trợ
các xã trong huyện 17,4 tỷ đồng`` (c19-baohaiduong-kimthanh-denghi-2020), ``Ban Chỉ huy PCTT&TKCN tỉnh đề xuất hỗ trợ
hơn 27,1 tỷ đồng`` (baoquangnam.vn, bão số 4, 2022), ``UBND tỉnh Hà Tĩnh đã kiến nghị Chính phủ và các bộ, ngành hỗ
trợ 2.000 tỉ đồng`` (thanhnien.vn, 2025) — a request (``đề nghị``, ``kiến nghị``, ``đề xuất``, ``xin``) for support
(``hỗ trợ``, ``bổ sung``, ``phân bổ``, ``bố trí``), the amount asked: no figure of the period.

The grammar: the verb of asking, up to eight words (whom it asks: letters only, no number, no stop), the verb of
giving, up to six words (whom for), then the amount of money (a count is no request: ``Tổng số hộ đề nghị hỗ trợ là 120 hộ``).  Not the work of an inspection (``kiến nghị thu hồi
1,4 tỷ đồng``, ``đề nghị cấp có thẩm quyền xem xét xử lý 8.689 tỷ đồng``: no verb of giving; those are what the period
found; ``đã kiến nghị khôi phục quyền lợi hợp pháp và hỗ trợ bổ sung cho công dân 836,5 triệu đồng``, c3-thanhtra-191-cuoc:
what settling complaints restored — ``khôi phục``, ``trả``, ``bồi thường``, ``hoàn`` stop it), nor what was given after the request (``được hỗ trợ``, ``đã hỗ trợ``, ``đã cấp`` between: a result).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_ASK = r"(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|xin)"
_GIVE = r"(?:hỗ\s+trợ|bổ\s+sung|phân\s+bổ|bố\s+trí)"
#: a word between: letters only, not a mark of what was done ("được", "đã", "nhận") nor of an inspection's work
_WORD = r"(?!(?:được|đã|nhận|thu|xử|xem|kết|quả|là|khôi|trả|bồi|hoàn|giao)(?!\w))[^\W\d_]+"
_NUM = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"
REQUEST = Rule("request", "norm", "an amount asked of a higher level (đề nghị … hỗ trợ …), not given nor spent",
               re.compile(rf"(?i)(?<!\w){_ASK}\s+(?:{_WORD}[\s,]+){{0,8}}?{_GIVE}\s+(?:{_WORD}[\s,]+){{0,6}}?"
                          rf"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+|thêm\s+)?({_NUM}\s*(?:(?:tỷ|tỉ|triệu|nghìn|ngàn)\s*"
                          r"(?:đồng|USD)?|đồng|USD))(?!\w)"),
               needs=("đề nghị", "kiến nghị", "đề xuất", "xin"))
