"""An open bound inside a clause opened by ``nếu`` (if): the condition a rule or a reckoning sets, no figure of the
period.

    Thí sinh đăng ký dự tuyển vào Trường THPT Dĩ An nếu có tổng điểm từ 26,80 trở lên và không có môn thi nào dưới 4
    thì trúng tuyển …            (xr-binh-duong-so-gddt-tuyen-sinh-lop-10-diem-chuan-2025)
    Nếu tính mức điểm chuẩn từ 12 trở xuống có 16 trường nằm trong danh sách này
                                 (sweep c28-dantri-35-diem-mon-trung-tuyen-lop-10-tphcm-2023)

The grammar: ``nếu``, a few words with no stop, colon or number (what the condition is on), ``từ``/``trên``/``dưới``,
the number (a percent sign or a short unit may follow), then ``trở lên``/``trở xuống``.  A bound with no ``nếu``
before it is the other readers' (a count's size class, ``bounds``); a value without the open end (``nếu đạt 26,80
điểm``) stays a figure.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_NUM = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"
IF_BOUND = Rule("if-bound", "norm", "an open bound a condition (nếu …) sets, not a figure of the period",
                re.compile(r"(?i)(?<!\w)nếu\s+(?:[^\W\d_]+\s+){0,8}?(?:từ|trên|dưới)\s+(" + _NUM +
                           r")\s*%?\s*(?:[^\W\d_]{1,6}\s+)?trở\s+(?:lên|xuống)(?!\w)"),
                needs=("nếu",))
