"""A whole and the parts it breaks down into, mixed into the checker (``check._Checker``): no part is larger than its
whole.

    … toàn tỉnh có 931 tổ hợp tác và 833 hợp tác xã (trong đó 788 HTX đang hoạt động, 45 HTX ngừng hoạt động, 6 HTX
    giải thể).                                                    (ze-ha-tinh-kinh-te-tap-the-htx-2015-h1)

A value the table holds may still be the wrong one here: ``… và 6 hợp tác xã (trong đó 788 HTX …)`` states a whole
smaller than one of its own parts — another row's value (a swap), whatever row the words fit.  Only a part the
table holds (supported) and larger than the whole is said: the sum of the parts is no proof (a ``trong đó`` list may add what is not a part of the
whole — the six cooperatives dissolved above are no part of the 833).
"""

from __future__ import annotations

import re

from service.numbers import format_vn

#: ``(trong đó``, ``, trong đó có``, ``. Trong đó:`` right after a whole's noun phrase; or ``, gồm`` / ``, bao gồm:``
#: (``tổng số 71 giải, gồm 41 giải thưởng cấp tỉnh, 4 …``: a comma first, so ``Đoàn gồm 5 người`` opens no list), or
#: a bracket (``189 trường có học sinh tiểu học (gồm 174 trường tiểu học và 15 trường …)``)
_BREAKS_DOWN = re.compile(r"(?i)[^.;:\n\d()]{0,40}?(?P<open>\()?\s*(?:trong\s+đó\s*(?:có\s+)?[:,]?|,\s*(?:bao\s+)?gồm\s*:?"
                          r"|(?<=\()\s*(?:bao\s+)?gồm\s*:?)\s*")
#: a sentence's end: its stop, a semicolon, a line's end, or an ellipsis before a capital (``SVR CV 50… Lũy kế 4
#: tháng``; ``“Tuần lễ …”… đã tiêu thụ`` goes on)
_END = re.compile(r"[.;\n](?:\s|$)|…\s+(?P<next>\w)")


def _said(opener: str) -> str:
    """The words that opened the list, as a reader knows them: ``gồm`` or ``trong đó``."""
    return "gồm" if "gồm" in opener.lower() else "trong đó"


def _sentence_end(text: str, pos: int) -> int:
    for end in _END.finditer(text, pos):
        if end.group("next") is None or end.group("next").isupper():
            return end.start()
    return len(text)


#: the end of a list's sentence: its stop or a line's end (a semicolon separates the list's items)
_LIST_END = re.compile(r"[.\n](?:\s|$)")


def _list_end(text: str, pos: int) -> int:
    end = _LIST_END.search(text, pos)
    return end.start() if end else len(text)


class Breakdown:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_result`` (``check._Checker``)."""

    def _breakdown_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or row is None or m.kind not in ("count", "money", "measure") \
                    or m.value is None or m.partner is not None:
                continue
            opened = _BREAKS_DOWN.match(self.text, m.end)
            if opened is None:
                continue
            if opened.group("open"):
                close = self.text.find(")", opened.end())
                stop = close if close >= 0 else len(self.text)
            else:
                stop = _sentence_end(self.text, opened.end())
            larger = [k for k in range(i + 1, len(self.mentions))
                      if opened.end() <= self.mentions[k].num_start < stop
                      and self.mentions[k].kind == m.kind and self.mentions[k].is_figure
                      and self.mentions[k].value is not None and self.mentions[k].value > m.value
                      and self.results[k] is not None and self.results[k].verdict == "supported"  # (held: an
                      # unsupported part is the suspect, not the whole)
                      and (m.kind != "count" or self.idx.unit_fit(self.mentions[k].noun, row) > 0)
                      and (m.kind == "count" or self.mentions[k].unit == m.unit)]
            if not larger:   # (a whole smaller than a part is the suspect itself; else a part may say the whole)
                # its parts run on past a semicolon (``trong đó, xuất khẩu … 666,6 triệu USD; nhập khẩu … 2.086,38
                # triệu USD``, zs-lang-son-hai-quan-huu-nghi): only a part saying the whole's own row is judged there
                listed = stop if opened.group("open") else _list_end(self.text, opened.end())
                self._whole_again(i, row, opened.end(), listed, _said(opened.group()))
                continue
            part = self.mentions[larger[0]]
            self.results[i] = self._result(m, "unsupported", reason=(
                f"«{m.raw.strip()}» nhỏ hơn một phần của chính nó nêu ngay sau («{_said(opened.group())}» "
                f"{part.raw.strip()} = {format_vn(part.value)}): số tổng này không đúng"))

    def _whole_again(self, i: int, row, start: int, stop: int, said: str = "trong đó") -> None:
        """``trên 57 tỷ đồng, trong đó, hơn 8 tỷ đồng do Trung ương cấp, hơn 57 tỷ đồng do tỉnh cấp, …``: a part tied to
        the whole's own row, beside other parts, says the whole again where one of its parts was meant (the parts
        would then add up to more than the whole)."""
        m = self.mentions[i]
        parts = [k for k in range(i + 1, len(self.mentions))
                 if start <= self.mentions[k].num_start < stop and self.mentions[k].kind == m.kind
                 and self.mentions[k].is_figure and self.mentions[k].value]
        if len(parts) < 2:
            return
        for k in parts:
            r = self.results[k]
            if r is None or r.verdict != "supported" or self.rows[k] is not row or r.derivation:
                continue
            mk = self.mentions[k]
            self.results[k] = self._result(mk, "unsupported", reason=(
                f"«{mk.raw.strip()}» là một phần («{said}») của {m.raw.strip()} nhưng bằng chính số tổng đó "
                f"({row.fig.ma}): các phần cộng lại sẽ lớn hơn tổng; cần số của phần này"))
            self.rows[k] = None
