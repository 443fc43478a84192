"""A count that describes one work named by its title and its author: a prize list's entry — no row (round 81).

``Trong đó: 5 giải A, gồm 1 tác phẩm báo in "Về quê làm nông nghiệp sạch" của tác giả Trần Thị Liên, …; 1 tác phẩm
báo điện tử "Nông nghiệp hữu cơ - hướng phát triển bền vững" của nhóm tác giả Nguyễn Thu Hằng, …; 1 tác phẩm báo hình
được trao cho tác phẩm "Khởi sắc nông nghiệp, …" của nhóm tác giả Thu Thường, …`` (wa-tuyen-quang-hoi-nha-bao-tinh-
cuoc-thi-bao-chi-nong-thon-moi-2021), ``Loạt 5 bài "Bất cập trong tuyển sinh lớp 6 nguồn”của tác giả Lục Thị Khánh Chi``
(wa-dong-nam-bo-tap-chi-nguoi-lam-bao-giai-bao-chi-mien-dong-2022): a count whose clause goes on to a title in quotes
and the name of its author (``của (nhóm) tác giả`` and a capitalised name) says what that one work is (a press piece,
a series of five articles) — the entry of a list of winners, never a figure of the period (the hands count the prizes
and the works entered, ``5 giải A``, ``125 tác phẩm``).

The grammar is ``service.checker.recognisers.titledwork.clause_names_authored_title`` (the checker reads the same idea,
a count running into a title, in its own shape there). Not a count of things of a kind named in quotes (``20 nhà “Mái
ấm công đoàn”``, ``39 mô hình “…”``: no author), nor a count of authors (``của 50 tác giả``: a number, no name, after
``tác giả``), nor a count after the author's name.
Tried with ``service.onboarding.recognisers.RECOGNISERS``, beside ``singled``.
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.checker.recognisers.titledwork import clause_names_authored_title
from service.onboarding.model import Para


def titled_work(p: Para, i: int, m: Mention) -> bool:
    """A count whose clause names one work by its quoted title and its author (see the module)."""
    return m.kind == "count" and m.value is not None and not m.comparison and clause_names_authored_title(p.text, m.end)


WORKS = (titled_work,)
