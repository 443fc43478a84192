"""A span of years opening its sentence, with no comma, as the time of what was done (round 50).

``Giai đoạn 2015 - 2018 tỉnh Nghệ An đã giải quyết việc làm cho 150.510 người, đạt 100,47% so với kế hoạch đề án``
(held-out xm-nghe-an-so-ldtbxh-xuat-khau-lao-dong, coded 2015-2018) and ``Giai đoạn 2016- 2018 đã tiếp xúc, mời gọi
104 nhà đầu tư`` (held-out yp-vinh-long-bql-cac-khu-cong-nghiep): a span of years that opens its sentence and is
followed, before the clause ends, by a perfective ``đã`` is the time of what its sentence reports done, as the span
set off by a comma (``Trong giai đoạn 2016-2020, toàn tỉnh ...``, :func:`.mentions._span_opens_clause`) is.  Not a
span inside a sentence (``Chương trình ... giai đoạn 2016-2020``), nor one opening a sentence of what is to be done
(``Trong giai đoạn 2021-2025 quá trình cơ cấu lại ngành nông nghiệp được đẩy mạnh``, sweep p36-hethongphapluat, a
request's plan), nor of a count with no deed (``Giai đoạn 2017-2019 số hộ đăng ký danh hiệu ... là trên 2...``,
sweep c23-qrt-nongson)."""

from __future__ import annotations

import re

#: the sentence (or line) opens just before the span: "... kế hoạch. Giai đoạn", "\nTrong giai đoạn"
_OPENS = re.compile(r"(?:^|[.!?;:…\n])\s*(?:(?:trong|qua|cả)\s+)?$", re.I)
#: the span's clause, up to its first stop or comma, says what was done: "tỉnh Nghệ An đã giải quyết"
_DONE = re.compile(r"[ \t]+(?=\S)(?![,;:])[^,.;:!?\n]{0,60}?\bđã\s+\w", re.I)
#: what is to be done is no deed
_AHEAD = re.compile(r"\b(?:sẽ|phấn\s+đấu|dự\s+kiến|kế\s+hoạch)\b", re.I)


def span_leads_done(t: str, start: int, end: int) -> bool:
    """The span at ``t[start:end]`` opens its sentence and its clause reports what was done in it."""
    if not _OPENS.search(t[max(0, start - 20):start]):
        return False
    done = _DONE.match(t, end)
    return bool(done) and not _AHEAD.search(done.group(0))
