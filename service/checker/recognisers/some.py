"""``1 số`` typed for ``một số`` (some): ``diện tích đậu hè thu ở 1 số xã ngoài đê gần như mất trắng``
(c21-xatrungle-hatinh-mualon), ``1 số tồn tại`` (the held-out zn-gia-lai-ayun-pa) — a quantifier, no number of the
period.

The grammar: the digit ``1`` alone (no digit, dot or comma around it), then ``số``, then a word in lower case that is
no unit and no number (``1 số xã``, ``1 số tồn tại``, ``1 số hộ``); not ``số 1`` (a label, read elsewhere), not
``1 số điện thoại`` / ``1 số tài khoản`` (one number of something: a count), not ``1 số lượng`` (a quantity).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_ONE_SOME = re.compile(r"(?<![\w.,/])(1)[ \t]+số[ \t]+(?!(?:điện|tài|lượng|hiệu|liệu|thứ|báo|nhà|máy|seri|serial|"
                       r"hóa|hoá|lệnh|vụ|ca|km|m2|ha)(?!\w))(?=[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợ"
                       r"ùúủũụưứừửữựỳýỷỹỵ])")
ONE_SOME = Rule("one-some", "name", "'1 số' typed for 'một số' (some), no number", _ONE_SOME, needs=("1 số",))

#: ``đời sống 1 bộ phận bà con dân tộc thiểu số còn khó khăn`` (yc-gia-lai-kbang, in-sample): ``1 bộ phận`` typed for
#: ``một bộ phận`` (a part of) before a people or a body — a quantifier; not ``1 bộ phận một cửa`` (one office: a
#: count), so only before the people it is a part of.
_ONE_PART = re.compile(r"(?<![\w.,/])(1)[ \t]+bộ[ \t]+phận[ \t]+(?=(?:không\s+nhỏ\s+)?(?:bà\s+con|nhân\s+dân|người|"
                       r"cán\s+bộ|đảng\s+viên|hội\s+viên|đoàn\s+viên|thanh\s+niên|học\s+sinh|sinh\s+viên|giáo\s+viên|"
                       r"công\s+chức|nông\s+dân|dân\s+cư|hộ|quần\s+chúng|doanh\s+nghiệp|lao\s+động)(?!\w))")
ONE_PART = Rule("one-part", "name", "'1 bộ phận' typed for 'một bộ phận' (a part of), no number", _ONE_PART,
                needs=("1 bộ phận",))
