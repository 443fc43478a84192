"""A label's one-syllable name as the head of the full name the text writes: ``các cấp Hội`` for ``Hội Chữ thập đỏ``.

``propernames.names_said`` holds a label's name written only inside a longer name against the row (``thôn Hựu`` is
not ``xã Trù Hựu``: the longer name puts another syllable before it, another place).  A label's name of one
syllable that opens the text's longer run (``Suất quà … đã trao tặng (các cấp Hội)`` beside ``các cấp Hội Chữ thập
đỏ tại Gia Lai``, zv-gia-lai-hoi-chu-thap-do-tet-nhan-ai-2026) is the label's short form of that full name — the
organisation it heads — and no evidence against the row.
"""

from __future__ import annotations

import re

from service.checker.recognisers.propernames import label_names, name_runs


def names_said_or_headed(label: str, text: str) -> bool:
    """Every name of ``label`` is written in ``text`` whole, not at all, or (one syllable) opening a longer name."""
    runs = [r for _, r in name_runs(text)]
    for n in label_names(label):
        inside = [r for r in runs if r != n and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", r)]
        if not inside or n in runs:
            continue
        if " " not in n and any(r.startswith(n + " ") for r in inside):
            continue
        return False
    return True
