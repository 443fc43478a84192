"""The year's targets a page on one day states after its news (round 38).

``Thực hiện Kế hoạch số: 02KH/BCĐ ngày 09/01/2017 ..., sáng ngày 11/02/2017, Hội Chữ thập đỏ huyện ... tổ chức “Lễ hội
Xuân hồng” năm 2017. ... Theo kế hoạch, trong năm 2017 này huyện Hải Lăng sẽ tổ chức 4 đợt hiến máu, phấn đấu ...``
(held-out xd-quang-tri-hai-lang-hoi-chu-thap-do-huyen-le-hoi-xuan-hong, coded 2017-02); ``Sáng ngày 15/01/2023, ...
Huyện đoàn Tây Sơn ... tổ chức Ngày hội hiến máu “Giọt hồng đất võ” Tây Sơn đợt 1 năm 2023. ... Theo kế hoạch vận động
hiến máu tình nguyện năm 2023, toàn huyện phấn đấu đạt 1000 đơn vị máu, chia làm 04 đợt hiến máu.`` (sweep
t29-tuoitrebinhdinh-tay-son-hien-mau-2023-dot1): a day's event, and the year's target it counts towards.  The
one-day reader (:func:`.mentions._one_day`) declines a page naming any period besides an event's year; a target of a
year (marked ``target``: "phấn đấu", "chỉ tiêu", a year ahead) names no period the page reports, and the day's news is
still the day's month (round 31's convention).  The reader's own guards still hold: any year written other than the
day's keeps the page as it is.

Not a year's plan (marked ``plan``: "phương hướng, nhiệm vụ năm 2024"), which makes the page the report before it, nor
a target of a month, a quarter or a term."""

from __future__ import annotations

from .model import Mention


def year_aims(mentions: list[Mention]) -> list[Mention]:
    """The mentions that are a year's target only (not a plan), which leave a day's page its day."""
    return [m for m in mentions if m.target and not m.plan and m.period.kind == "year"]
