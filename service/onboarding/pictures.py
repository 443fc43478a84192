"""A picture's index in a caption glued to its text (round 59): a site prints the headline, then ``ảnh N`` and the
caption with no space after the number — ``Thủy điện Hủa Na về đích sớm … của năm 2022 ảnh 1Thủy điện Hủa Na.
(Nguồn: pvn.vn)`` (t44-vietnamplus-thuy-dien-hua-na-2022: a row «Số Thủy điện Hủa Na ảnh» 1), ``Bộ Văn hóa, Thể thao
và Du lịch xếp hạng 21 di tích cấp quốc gia ảnh 1Phong cảnh vịnh Vĩnh Hy, Ninh Thuận. (Ảnh: …)``
(c42-vietnamplus-xep-hang-21-di-tich).

The grammar: the word ``ảnh`` (picture) right before a whole number, and a capital letter right after the number with
no space — the first word of the caption.  A count after ``ảnh`` is written with a space and a noun in lower case
(``ảnh 3 chiều``), and a count of pictures puts the number first (``trưng bày 200 ảnh``): neither is this.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

_PICTURE_WORD = re.compile(r"(?i)(?:^|\s)ảnh\s+$")
_CAPTION_GLUED = re.compile(r"[^\W\d_]")


def picture_index(p: Para, i: int, m: Mention) -> bool:
    """A whole number between ``ảnh`` and the caption it is glued to is the picture's index, no figure."""
    digits = p.text[m.num_start:m.num_end]
    if not re.fullmatch(r"\d{1,2}", digits) or not _PICTURE_WORD.search(p.text[max(0, m.num_start - 12):m.num_start]):
        return False
    after = p.text[m.num_end:m.num_end + 1]
    return bool(_CAPTION_GLUED.match(after)) and after.isupper()


PICTURES = (picture_index,)
