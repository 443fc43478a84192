"""A judgment's terms and the case's facts, as the news of a trial gives them: the sum a defendant is ordered to pay the
victim, and the victim's injury rate from the forensic examination.

    Đồng thời, tòa cũng tuyên buộc bị cáo Hoàng đền bù 6 triệu đồng; bị cáo Thiện đền bù 3,9 triệu đồng cho bị hại (bị
    cáo Hồng đã đền bù cho bị hại trước đó và tại phiên tòa hơn 10 triệu đồng). … Hoàng đã dùng sóng rựa đánh Hạt gây
    thương tích tỉ lệ 29% (vĩnh viễn 25%).        (c30-baophuyen-3-bi-cao-lanh-90-thang-tu)
    Ngoài ra, 2 bị cáo phải bồi thường cho bị hại hơn 365 triệu đồng. … gãy 2 răng, tỷ lệ tổn thương cơ thể do thương
    tích gây ra là 55%.                           (c30-thanhnien-hai-duong-danh-pho-chu-tich-xa)
    … tuyên phạt Nguyễn Phúc Hiền … 5 năm tù giam … và buộc bồi thường cho bị hại 45 triệu đồng. … ông Thanh tổn hại
    sức khỏe 41% …                                 (plo.vn, chem-hang-xom-vi-nghi-chat-chuoi-trom)

``COMPENSATION``: an amount of money after ``bồi thường``/``đền bù``/``bồi hoàn`` in a clause that names the defendant
(``bị cáo``), the victim (``bị hại``, ``nạn nhân``) or the order (``buộc``) before it — the court's order in one case,
not a figure of the period. A report's compensation paid (``đã bồi thường cho 120 hộ dân 35 tỷ đồng``: no defendant,
victim or order) keeps its amount.

``INJURY_RATE``: a percentage after ``gây thương tích``, ``tổn thương cơ thể``, ``tổn hại sức khỏe`` or ``tỷ lệ
thương tật`` (``tỉ lệ`` and a few words maybe between, no verb of change), and the permanent share in brackets after it
(``(vĩnh viễn 25%)``) — one victim's injury as the forensic examiners rated it. A health report's rate of injuries
(``tỷ lệ trẻ em bị tai nạn thương tích giảm còn 5,2%``) keeps its number. The court's sentences are read by
``durations``.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: an amount of money as a trial's news writes it: ``6 triệu đồng``, ``3,9 triệu đồng``, ``hơn 365 triệu đồng``
_AMOUNT = r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s*)?(?:đồng|đ)(?!\w))"
_COMPENSATION = re.compile(
    r"(?i)(?<!\w)(?:bị\s+cáo|bị\s+hại|nạn\s+nhân|buộc)(?:\s+[^\W\d_]+){0,6}?\s+(?:đã\s+|phải\s+|liên\s+đới\s+)*"
    r"(?:bồi\s+thường|đền\s+bù|bồi\s+hoàn)[^.;!?\n\d]{0,60}?(?:(?:hơn|gần|trên|khoảng|tổng\s+cộng)\s+)?" + _AMOUNT)

COMPENSATION = Rule("compensation", "norm", "the sum a court orders a defendant to pay (buộc bị cáo bồi thường …), not "
                    "a figure of the period", _COMPENSATION, needs=("bồi thường", "đền bù", "bồi hoàn"))

#: ``gây thương tích tỉ lệ 29%``, ``tỷ lệ tổn thương cơ thể do thương tích gây ra là 55%``, ``tổn hại sức khỏe 41%``
_RATE = r"(\d{1,3}(?:,\d+)?\s?%)"
_INJURY = re.compile(r"(?i)(?<!\w)(?:gây\s+thương\s+tích|tổn\s+thương\s+cơ\s+thể|tổn\s+hại\s+(?:cho\s+)?sức\s+khỏe|"
                     r"(?:tỉ|tỷ)\s+lệ\s+thương\s+tật)"
                     r"(?:\s+(?!(?:và|giảm|tăng|còn|đạt|chiếm)(?!\w))[^\W\d_]+){0,6}?\s+(?:là\s+)?" + _RATE)
_PERMANENT = re.compile(r"(?i)(?<=%)\s*\(\s*(?:vĩnh\s+viễn|tạm\s+thời)\s*:?\s*" + _RATE + r"\s*\)")

INJURY_RATE = Rule("injury-rate", "norm", "one victim's injury rate as the forensic examination gave it (gây thương "
                   "tích tỉ lệ 29%), not a figure of the period", _INJURY, _PERMANENT,
                   needs=("thương tích", "tổn thương", "tổn hại", "thương tật"))
