"""Proper names, compared whole: ``thôn Hựu`` is not ``xã Trù Hựu``.

Label words are matched one by one elsewhere (``match.TableIndex.fit``), and a rare syllable of a place's name weighs
much there: ``Phụ nữ Trù Hựu hơn 3 tỷ đồng`` (the commune) would name the row ``Chi hội thôn Hựu`` (a village).  A
name is a run of capitalised syllables inside a phrase (not its first word, which any sentence capitalises); a row
whose label holds a name is about what the text says only where the text writes that very run — not the run inside a
longer one.                                                   (ze-bac-giang-luc-ngan-xa-tru-huu-hoi-phu-nu-2017)
"""

from __future__ import annotations

import re
import unicodedata

#: a run of capitalised syllables (``Hải Yên``, ``Trù Hựu``, ``Mịn Con``)
_RUN = re.compile(r"(?<![\w])(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]"
                  r"[^\W\d_]*)(?:[ \t]+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][^\W\d_]*)*")


def name_runs(s: str) -> list[tuple[int, str]]:
    s = unicodedata.normalize("NFC", s)
    return [(m.start(), m.group()) for m in _RUN.finditer(s)]


def label_names(label: str) -> list[str]:
    """The proper names of a label: its capitalised runs, but a first word alone (any label capitalises it);
    all-capital words, abbreviations, are no names."""
    out = []
    for start, run in name_runs(label):
        words = [w for w in run.split() if not w.isupper() or len(w) == 1]
        if start == len(label) - len(label.lstrip()) and len(words) == 1 and run.startswith(words[0]):
            words = []                 # "Chi hội …": the label's first word alone ("Hội Liên hiệp" stays a name)
        if words:
            out.append(" ".join(words))
    return out


def names_said(label: str, text: str) -> bool:
    """False when a name of the label stands in ``text`` only inside a longer name (``Trù Hựu`` for ``thôn Hựu``):
    the text then names something else.  A name written whole (``Hựu``), or not at all (an abbreviation, ``CCB``
    for ``Cựu chiến binh``), is no evidence against the row."""
    runs = [r for _, r in name_runs(text)]
    for n in label_names(label):
        inside = [r for r in runs if r != n and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", r)]
        if inside and n not in runs:
            return False
    return True


def name_written(name: str, subject: str) -> bool:
    """``name`` stands in ``subject`` as a name: a word-bounded part of one of its capitalised runs, and the whole run
    when the name is one syllable."""
    name = _DASH.sub(" ", name)   # "Trường THPT chuyên Hà Nội - Amsterdam" written "… Hà Nội Amsterdam"
    for _, run in name_runs(subject):
        run = _DASH.sub(" ", run)
        if run == name or (" " in name and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", run)):
            return True
    return False


_DASH = re.compile(r"\s+[-–]\s+")
