"""Reporting periods: ``6 tháng đầu năm 2024`` ↔ ``2024-H1``, and every other kind a series uses.

Codes (what the index, the figures store and the spec's ``period`` accept):

=============  ===========  ==============================================================
kind           code         wording read (any case, NFC or NFD), with its recogniser
=============  ===========  ==============================================================
``year``       ``2019``     ``năm 2019``, ``cả năm 2019``, ``tổng kết năm 2019`` (year);
                            ``Năm qua`` (past-year); ``vụ Đông Xuân 2018-2019`` (season: the year of the harvest);
                            ``Niên vụ 2022/2023`` (crop-year: the year it ends in, in passing unless nothing else)
``half``       ``2019-H1``  ``6 tháng đầu năm 2019``, ``sáu tháng đầu năm``, ``6 tháng năm 2019`` (half)
               ``2019-H2``  ``6 tháng cuối năm 2019``
                            a table of ``các tháng năm 2019`` headed ``Tháng 1 Tháng 2 ... Tháng 6``: the months its
                            heads run through from January (here ``2019-H1``; all twelve, the year)
``quarter``    ``2017-Q2``  ``quý II/2017``, ``quý II năm 2017``, ``Quý 2/2017`` (quarter), ``Q2/2017``
                            (quarter-code); ``3 tháng đầu năm 2017`` is ``2017-Q1``
``ytd``        ``2019-9T``  ``9 tháng đầu năm 2019``, ``9 tháng (của) năm 2019`` (months-to-date);
                            ``tính đến cuối tháng 9 năm 2019`` (to-date); ``Tính đến hết tháng 9,``
                            (to-month); ``từ đầu năm đến 9-2019`` (year-so-far); ``từ đầu năm đến nay``
                            (so-far: to the month before the text's date, through its month when dated from
                            its 16th, the year in December; to the month the text names its
                            count's end, ``Đến cuối tháng 4``);
                            ``lũy kế 9 tháng``, ``Tính chung 11 tháng`` (cumulative); ``từ tháng 1 đến tháng 9 năm 2019``
                            (month-range;
                            ``từ tháng 4 đến tháng 6/2023`` is ``2023-Q2``); ``từ 15/12/2022 tới 14/9/2023``, ``từ ngày
                            1/3 đến ngày 31/3/2022`` (date-range; across calendar years an agency's months,
                            named by the year they end in: ``từ ngày 01/12/2021 đến ngày 31/5/2022`` is
                            ``2022-H1``, ``01/10/2021 đến 30/9/2022`` the year 2022); ``ước tính đến ngày
                            30-9`` (to-day: the last day of a month); ``Trong 09 tháng,`` (length); a month
                            singled out, ``Riêng tháng 7-2020, xảy ra 707 vụ`` (its words and figures the
                            month's, the report the months so far through it).  Months counted from January:
                            1 is January, 3 ``Q1``, 6 ``H1``, 12 the year
``month``      ``2023-07``  ``tháng 7/2023``, ``tháng 7 năm 2023``, ``tháng 7.2023`` (month), ``tháng 5 và 5
                            tháng năm 2017`` (month-ytd), ``trong tháng Bảy``, ``tháng Giêng năm 2023``
                            (month-word; never a date ``ngày 05 tháng 7 năm 2023``, ``ngày 27 tháng Bảy``);
                            ``Trong tháng 10,``, ``tháng 7 vừa qua`` (month-bare, its year borrowed; a bare
                            month elsewhere, and a meeting's ``thường kỳ tháng 6``, is named in passing);
                            a month reported before the year so far to it (``Lũy kế 10 tháng``) is the period
                            ``tháng Thanh niên năm 2023`` (observance-month: Youth Month is March, Workers' Month
                            May, in passing); one day's Tết gifts, ``Nhân dịp Tết Bính Ngọ năm 2026, ngày 6/2``, the
                            day's month (the feast an occasion's edition: :mod:`.tet_occasion`)
``term``       ``2022-2023``  ``nhiệm kỳ 2022–2023``, ``giữa nhiệm kỳ 2015 - 2020`` (term: a term of office);
                            ``trong nhiệm kỳ qua`` (past-term: the term before the one a congress opens);
                            ``5 năm qua``, ``Trong ba năm qua`` at a congress (past-years: the years up to it);
                            ``Năm học 2018-2019,`` (school-year: a term of one year); ``trong năm học qua`` beside ``năm
                            học mới 2018-2019`` (past-school-year: the one before, 2017-2018); ``Từ năm 2015-2020,``
                            (years: a closed span, the period only when nothing else is named)
=============  ===========  ==============================================================

``T`` is *tháng*: ``2019-9T`` reads "9 tháng 2019", the cumulative report from
January to September, a kind of its own (not ``Q3``).

A period named without its year borrows one from the text ("6 tháng đầu năm ...
so với cùng kỳ năm 2020" is 2021; "tháng Bảy ... so với tháng 6/2024" is 2024),
else from the report's date.  Not the period a text reports on: plans ("phương
hướng, nhiệm vụ 6 tháng cuối năm", "đề ra 11 nội dung thực hiện trong quý II", "ban hành kế hoạch ... năm 2020",
a launch's headline "...: Triển khai công tác vận động Quỹ ... năm 2020."), the term a congress opens ("Đại hội ... lần thứ X, nhiệm kỳ 2024 - 2029": its write-up
reviews the term before), targets ("phấn đấu đến năm 2025", "Vụ xuân năm 2023, huyện ... có kế hoạch gieo cấy hơn
3,5 nghìn ha", "đến năm 2020" after
the text's date: never the period, nor a plan's edition), comparisons ("so với
cùng kỳ năm 2022", "so với cuối năm 2017", "so với các dự báo đưa ra trong quý III/2022") and baselines
("giảm từ 32,9% năm 2005 xuống còn 8,9%"), years of the term a congress opens reached "by" ("16 chỉ tiêu nhiệm kỳ
2020-2025 ... đến năm 2025 đạt"), dates and spans of years ("giai đoạn 2016 - 2021", "từ năm 2021 đến nay"), some
days ("9 ngày nghỉ Tết Ất Tỵ năm 2025", "15 ngày đầu tháng 8/2023"), a school term ("sơ kết học kỳ I năm học
2022-2023": its school year is then not reported either), a time within a month ("trong cuối tháng 6") and a month
naming an event ("Cách mạng tháng Tám").

Each wording is a small named recogniser (:data:`RECOGNISERS`) returning
:class:`Mention`\\ s with the spans of their index and year, so a text can be
moved to another period in its own notation (``quý II/2017`` → ``quý III/2017``,
``Q2/2017`` → ``Q3/2017``) by :func:`map_mention` / :meth:`Mention.rewrite`.

Two neighbours of a period matter to drafting and are different things:
:meth:`Period.cung_ky` is the same period a year earlier (what "so với cùng kỳ"
compares with); :meth:`Period.previous_edition` is the period the series'
previous report covered when nothing says otherwise (last quarter for a
quarterly or monthly series, last year's same period for half-year, 9-month
and yearly series).  A prior report's own parsed period always wins over it.

Four modules, imports pointing down: :mod:`.model` (the period, its codes and wordings, a mention), :mod:`.recognisers`
(the wordings as named recognisers), :mod:`.mentions` (every period a text names) and :mod:`.report` (the one it
reports on; words moved to another period).
"""

from .election_results import election_held
from .mentions import _reports_results, _text_stamp, day_reported, find_mentions
from .model import KINDS, Mention, Period, map_mention, parse_period, wording, ytd
from .recognisers import RECOGNISERS
from .report import at_quarter_end, choose, find_period, move_words, names_period, trich_yeu

__all__ = ["KINDS", "RECOGNISERS", "Mention", "Period", "at_quarter_end", "choose", "day_reported", "election_held", "find_mentions", "find_period",
           "map_mention", "move_words", "names_period", "parse_period", "trich_yeu", "wording", "ytd"]
