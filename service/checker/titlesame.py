"""A title line's number that the body says again, the same value as written, with no qualifier: ``6 tháng ngành thuế
thu ngân sách đạt 54%`` over ``lũy kế 6 tháng đầu năm 2018 tổng thu ước đạt 8.356 tỷ đồng, bằng 54% dự toán HĐND
tỉnh giao`` (m-quangnam-thue-2018-h1), ``KHỐI XÃ, THỊ TRẤN THU NGÂN SÁCH 6 THÁNG ĐẦU NĂM ĐẠT 47%`` over ``các xã, thị
trấn mới thu ngân sách đạt 47% kế hoạch năm`` (yf-bac-kan-bach-thong-khoi-xa-thu-ngan-sach-2021-h1).

A title is short: it drops the words the body gives the number (``dự toán``, ``kế hoạch năm``), so the checker cannot
read what it is of; the body's number, read with its words, is. ``headline.titles_restated`` takes the body's verdict
for a title rounded with a qualifier (``trên 83%`` ⇐ 83,10%) or summed; this takes it for the same value written
the same way (same kind, same change, same decimals), in a body clause sharing a word of the title — only when the
checker read the title as no row's (no expected value): a title read as a row's (``Phát hiện 41 vụ`` where the row of
its words holds 114) keeps its flag even when the body says 41 of something else (the held-out swaps). A changed digit
in either breaks the equality: the title stays flagged (and the body's own number is checked as before).
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.checker.headline import KEPT, _around, _body_start, _is_title, _line, _same_kind, _title_end, _words
from service.checker.model import NumberCheck


def titles_said_again(text: str, mentions: list[Mention], results: list[NumberCheck | None]) -> None:
    """Re-verdict, in place, each unsupported bare number of a title line that the body states again as written."""
    last = min(_body_start(text), _title_end(text))
    for i, t in enumerate(mentions):
        r = results[i]
        if t.num_start >= last or r is None or r.verdict != "unsupported" or t.value is None or t.qualifier \
                or t.notation == "foreign" or not _is_title(text, t, last):
            continue
        if r.expected is not None or r.source is not None:
            continue   # the title is read as a row's ("Câu này nói về … = 114"): the body's equal value is another's
        a, b = _line(text, t.num_start)
        title = _words(text, a, b)
        same = next((j for j, m in enumerate(mentions) if m.num_start > b and m.value == t.value
                     and m.decimals == t.decimals and results[j] is not None and results[j].verdict in KEPT
                     and _same_kind(t, m) and m.comparison == t.comparison and title & _around(text, m)), None)
        if same is None:
            continue
        r.verdict = "unverified" if results[same].verdict == "unverified" else "derived"
        r.reason, r.expected, r.source = None, None, None
        r.derivation = f"tiêu đề nhắc lại «{mentions[same].raw.strip()}» ở thân bài"
        if r.verdict == "unverified":
            r.reason = f"Chưa kiểm được: {r.derivation}, số ở thân bài chưa kiểm được"
