"""Every period a text names (:func:`find_mentions`): the recognisers run, overlaps resolved, each mention marked
as reported, planned, compared, a target, in passing; a period named without its year given one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .holidays import ahead as new_year_ahead
from .history import historical
from .greeted import greeted_term
from .launched_when import launched_when
from .years_to_page import years_to_page
from .stage_ahead import stage_ahead
from .months_joined import months_joined
from .week_moment import WEEK_MOMENT
from .held_on import days_held
from .month_start import month_opened
from .month_stock import stock_at_month
from .stock_compared import stock_against_year_edge
from .looked_back import looked_back
from .year_ahead import year_just_ended
from .course_opened import course_opened
from .glossed_since import glossed_since
from .named_day import named_day
from .stamp_line import stamp_lines
from .tet_occasion import feast_year, occasion_years, programme_edition
from .counted_years import opens_clause as counted_opens_clause
from .councils import councils_named
from .editions import edition_ahead
from .launches import launch_years, month_launched
from .election_day import election_year
from .iso_stamp import iso_stamp
from .count_to_day import counted_back, counted_by_page, not_after_page
from .span_done import span_leads_done
from .later_balance import is_balance
from .year_end_stock import to_year_end
from .no_period import years_of_no_period
from .two_days import two_days_opening
from .school_years import exam_edition, in_lead, prepared_for
from .championships import championship_years
from .event_days import held_in_days
from .month_since import month_since
from .mid_month import mid_month
from .since_event import since_event
from .compared_figure import figure_compared
from .same_moment import same_moment
from .year_end_days import year_end_days
from .so_far_lent import so_far_of_page_year, so_far_to_lead_day
from .year_estimated import years_estimated
from .to_congress import to_congress_year
from .span_bounds import bounds_span, span_ends
from .compared_years import above_or_below, after_latest_compared, bracketed_value, values_listed
from .one_off_month import one_off_month
from .year_aims import year_aims
from .closing_day import closed_after, closed_on
from .purposes import purpose_ahead
from .statements import statement_quarters, statement_running
from .model import Mention, Period, ytd
from .recognisers import (
    RECOGNISERS, LONGEST_TERM, AIMS, AT_TIME, BY, COMPARISON, CONGRESS, DMY, DOC_NUMBER, EVENT, FROM, FROM_TO, HEAD,
    HOLIDAY, HOLIDAY_DAYS_COMPARED, IN_MONTH, IN_THE_MONTH, MEETING, PLAN, SENTENCE_END, SEP, SPAN_REVIEW, TARGET, TERM_DONE,
    TERM_REVIEW, TERM_REVIEWED, YEAR, aims_opening, damage_month, glosses_compared, heads_results_column, miscounted, plan_titled,
    quarters_in_a_row, school_year_reported, singled_out, starts_span_to_now, stock_beside_month, strives_after, strives_for_value,
    striven_in, targets_given, term, carried_over, crosses_year_end, change_ends_dated, strives_value_first, past_school_year,
    times_crop_work, to_a_day, years_listed, against_month_before, length_reviewed, months_headed,
    carries_out_ahead, future_clause, names_council, some_days, spelled_y, event_years, days_opening, anniversary_year, anniversaries)

def find_mentions(text: str, date_year: int | None = None, date_month: int | None = None,
                  date_day: int | None = None) -> list[Mention]:
    """Every period the text names, in order, overlaps resolved (the more specific wins).

    A mention without its year ("6 tháng đầu năm, phương hướng ... 6 tháng cuối
    năm 2023") takes the year of the next mention that states one (of a
    comparison, "so với cùng kỳ năm 2022", the year after) when it is near, else of the
    previous one, else ``date_year`` (the report's date: a period that starts
    after ``date_month`` is of the year before), else of a mention far on, else the latest year of a date
    the text writes (``08/3/2024``).  Mentions with no year at all are dropped.  ``date_day`` (when the date gives
    it): "từ đầu năm đến nay" written in a month's second half runs through that month (see ``_resolved``).
    """
    t = spelled_y(unicodedata.normalize("NFC", text))
    dated_at = (date_year, date_month, date_day) if date_year and date_month else \
        _text_stamp(t) or _lead_day(t) or (None, None, None)
    found: list[Mention] = []
    for name, pattern, build, gi, gy in RECOGNISERS:
        for m in pattern.finditer(t):
            try:
                period = build(m) if name != "damage" else damage_month(t, dated_at)
            except (ValueError, KeyError):
                if name == "date-range":    # some days ("từ ngày 15/12/2023 đến 29/02/2024"): its end is no period's
                    found.append(Mention(None, m.start(), m.end(), name))
                continue
            told = name == "span" and m.group(2) and length_reviewed(t, int(m.group(2)), int(m.group(3)))
            if period is None and name == "span" and m.group(2) and (
                    SPAN_REVIEW.search(t[max(0, m.start() - 120):m.start()]) or _span_average(t, m.start(), m.end())
                    or _span_opens_clause(t, m.start(), m.end()) or heads_results_column(t, m.start(), m.end())
                    or span_leads_done(t, m.start(), m.end()) or told):
                try:   # the span reviewed (not a span of more than ten years: "giai đoạn 1986 – 2023", no term,
                    #    unless the review states its length: "tổng kết 15 năm ... giai đoạn 2000-2015")
                    period = term(int(m.group(2)), int(m.group(3)),
                                  max(LONGEST_TERM, int(m.group(3)) - int(m.group(2))) if told else LONGEST_TERM)
                except ValueError:
                    period = None
            if period is None and name == "span" and m.group(1) and _span_opens_clause(t, m.start(), m.end()):
                period = _years_to_now(int(m.group(1)), dated_at)   # "Từ năm 2012 đến nay, ..." on a dated page
            if name == "month-range" and miscounted(t, m):
                period = None
            if name == "year" and since_point(t, m.start(), m.end()):
                period = None
            if name == "month" and period is not None:     # "mưa lớn ... trong thang 7 và cuối tháng 9/2021": 2021
                period = months_joined(t, m.start(), period) or period      # (.months_joined)
            if name == "to-date" and period is not None:     # "tồn kho tính đến đầu tháng 7/2020" on July's page
                period = month_opened(t, m, int(m.group(2)), int(m.group(3))) \
                    or stock_at_month(t, m, int(m.group(2)), int(m.group(3))) \
                    or stock_against_year_edge(t, m, int(m.group(2)), int(m.group(3))) or period   # .stock_compared
            if period is None:
                found.append(Mention(None, m.start(), m.end(), name))
                continue
            stated = period.year != 0
            men = Mention(period, m.start(), m.end(), name,
                          index_span=m.span(gi) if gi and m.group(gi) else None,
                          year_span=m.span(gy) if gy and m.group(gy) else None, year_stated=stated,
                          weak=name in _WEAK)
            if name == "year":
                men.explicit_year = bool(m.group(1)) and m.group(1).split()[0].lower() in ("cả", "tổng")
            if name == "term":     # "tổng kết ... nhiệm kỳ", "giữa nhiệm kỳ": the term reported, not one named; "Trong
                #                    nửa đầu nhiệm kỳ 2020-2025, ...": its first half reviewed, as "giữa nhiệm kỳ" is
                men.explicit_year = bool(TERM_REVIEW.search(t[max(0, m.start() - 80):m.start()])
                                         or re.search(r"\bnửa\s+(?:đầu|cuối)\s+$", t[max(0, m.start() - 12):m.start()], re.I))
            if name == "school-year":
                men.explicit_year = school_year_reported(t, m.start(), m.end())
            if name == "years":
                men.explicit_year = _stage_opens_clause(t, m.start(), m.end())
            if name == "counted-years":    # "KẾT QUẢ THỰC HIỆN NHIỆM VỤ ... 5 NĂM 2016-2020": the span reviewed (its
                #                            line's review words); else a term in passing (.counted_years)
                men.explicit_year = bool(TERM_REVIEW.search(t[max(0, m.start() - 80):m.start()].rsplit("\n", 1)[-1])
                                         or counted_opens_clause(t, m.start(), m.end()))
            if name in ("past-term", "past-years", "span", "years-counted", "years-since", "course", "edition") \
                    or name == "month-range" \
                    and period.kind == "term":     # "từ tháng 01/2014 đến tháng 12/2023": whole years named, reviewed
                men.explicit_year = not (name == "span" and m.group(0).startswith("("))   # "tổng kết 5 năm (2008-2012)" on
                #   a page of "tổng kết công tác khuyến học năm 2012": a bracketed span reviewed, named in passing
            if name in ("damage", "now", "lunar-new-year", "solar-new-year") or name == "to-day" and period.kind == "month":
                men.passing = True   # a disaster's day, a count to a day: the period only when none other is named
            if name == "length":    # "Tính chung 10 tháng qua": its count is the index a new report rewrites
                g = next(i for i in range(1, 7) if m.group(i))
                men.index_span = m.span(g) if m.group(g).isdigit() and period.kind == "ytd" else None
            if name in ("months-to-date", "cumulative") and period.kind != "ytd":
                men.index_span = None     # "6 tháng năm 2023" is H1: its "6" is no index to rewrite
            men.end = men.start + len(m.group(0).rstrip(" /-–."))
            found.append(men)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[Mention] = []
    for men in found:
        if any(men.start < k.end and k.start < men.end for k in kept):
            continue
        kept.append(men)
    terms = {int(re.search(YEAR, t[k.start:k.end]).group(1)) for k in kept
             if k.recogniser == "school-term" and TERM_REVIEWED.search(t[max(0, k.start - 60):k.start])}
    # "thu giữ trong cuối tháng 6": a time within a month named without its year, no month reported
    kept = [k for k in kept if k.period is not None
            and not (k.recogniser == "month-bare" and AT_TIME.search(t[max(0, k.start - 20):k.start]))]
    for men in kept:
        if men.recogniser == "school-year" and not men.explicit_year and men.period.year in terms:
            men.term_of = True
        if men.recogniser == "crop-year" or men.recogniser == "year" and not men.explicit_year and \
                _PLAN_SHARE.search(t[max(0, men.start - 60):men.start]):
            men.passing = True
    for men in kept:
        before = _LOST_STOP.split(t[max(0, men.start - 80):men.start].rsplit("\n", 1)[-1])[-1]  # its own line, sentence
        men.target = bool(TARGET.search(before) or strives_after(t, men.end) or striven_in(before, t[men.start:men.end])
                          or strives_for_value(before, t, men.end) or strives_value_first(before)
                          or men.recogniser == "term" and AIMS.search(before) and not TERM_DONE.search(before)
                          or date_year and men.year_stated and men.period.year > date_year
                          and (BY.search(before) or men.period.kind in ("year", "term")))
        plan = PLAN.search(before)
        men.plan = bool(plan and not launched_when(before, plan)    # "từ khi ... phát động phong trào, ngay 6 tháng"
                        or men.recogniser == "term" and CONGRESS.search(before)
                        or _COMING.match(t, men.end) or aims_opening(before)
                        or plan_titled(t, men.start, men.end) or targets_given(before) or carries_out_ahead(t, men.start)
                        or purpose_ahead(t, men.start)         # "nhằm thúc đẩy ... năm 2022" (.purposes)
                        or men.period.kind in ("quarter", "half", "month") and future_clause(t, men.start, men.end)
                        or men.recogniser == "course" and course_opened(t, men.start, men.end)
                        or men.recogniser == "edition" and edition_ahead(t, men.start))   # "Kế hoạch ... lần thứ X (...)"
        if men.recogniser == "term" and greeted_term(before):
            men.plan, men.aside = False, True   # "Chào mừng Đại hội ... nhiệm kỳ 2025-2030, Hội ... trao tặng": (.greeted)
        if men.plan and men.recogniser == "year" and month_launched(before):
            men.plan = False      # "lễ phát động Tháng hành động vì trẻ em năm 2019": its launch, no plan (.launches)
        men.comparison = bool(COMPARISON.search(before)) or _baseline(t, men) or glosses_compared(before) \
            or carried_over(t, men.end) or figure_compared(before) \
            or same_moment(before) \
            or above_or_below(before) or bracketed_value(t, men.start, men.end)
        men.valued = men.comparison and (above_or_below(before) or bracketed_value(t, men.start, men.end))
        # "so với cùng thời điểm năm 2015" (.same_moment); "cao hơn hẳn 7 tháng đầu năm 2020", "(năm 2011 là 60
        # giải)": the base of a comparison (.compared_years)
        men.same_period = men.comparison and bool(re.search(r"cùng\s+kỳ\s+(?:" + HOLIDAY + r"\s)?$", before, re.I)
                                                  or re.search(HOLIDAY_DAYS_COMPARED + "$", before, re.I)
                                                  or same_moment(before))
        if men.recogniser == "solar-new-year" and new_year_ahead(men.period.year, dated_at):
            men.aside = True      # "31/12/2017 ... đi chơi tết Dương lịch 2018": the holiday ahead (.holidays)
        if stage_ahead(t, men, dated_at[0]):
            men.aside = True      # "10/08/2022 ... đang tập trung ..., giai đoạn 2022 - 2025": still running (.stage_ahead)
        if men.recogniser in ("lunar-new-year", "solar-new-year") and (men.comparison or _HOLIDAY_COMPARED.search(before)):
            men.comparison = men.same_period = True   # "so với cùng kỳ của Tết Mậu Tuất 2018": last year's Tết (the
            men.aside = True                          # same days of another year), never the page's month
        if men.recogniser in ("lunar-new-year", "campaign-days") and men.plan:
            men.aside = True      # "xây dựng kế hoạch cao điểm ... trong dịp tết nguyên đán Kỷ Hợi 2019": Tết ahead;
            #                       "Tháng hành động vì trẻ em (6/2021) năm nay, ... sẽ được triển khai": a campaign ahead
        men.review = bool(TERM_REVIEW.search(before))
        men.running = men.recogniser == "cumulative" or bool(_RUNNING.search(before))
        men.event = men.recogniser == "year" and not men.explicit_year and (bool(EVENT.search(before))
                                                                            or named_day(before)) \
            and not re.search(r"\bđợt\s+\S+\s+$", before, re.I) \
            or men.recogniser in ("month-word", "month-bare") and _quoted(t, men.start, men.end) \
            or men.recogniser == "some-time" \
            or men.recogniser == "year" and not men.explicit_year and month_launched(before) \
            or men.period.kind == "month" and bool(re.search(r"\bnửa\s+(?:đầu|cuối)\s+$", before, re.I))
        if men.recogniser == "date-range" and men.period.kind == "month" and some_days(_DATE_RANGE.match(t, men.start)):
            men.passing = True            # "(từ ngày 15/11/2022 đến ngày 21/11/2022)": a week's days, in their month
        if men.recogniser in ("days-bare", "days-shared", "holiday-day", "campaign-days"):
            men.passing = True            # "từ ngày 1/10 - 28/10 xảy ra 216 vụ", "từ ngày 01 - 04/9/2022": some days;
            #                               "Trong tháng hành động ... (10/7/2019-10/8/2019)": a campaign's (.campaign_days)
        if men.recogniser == "days-shared":
            men.plan = False              # "Chiến dịch ... được ... phát động và tổ chức ... từ ngày 18 đến 20-9": a
            #                               campaign's days, their month (no month's plan, whose report is the one before)
        if men.recogniser == "observance-month":
            men.passing = True            # "tổng kết tháng Thanh niên năm 2023": its month, below a period reported
            if re.search(r"\bphát\s+động\s+$", before, re.I):
                men.plan = False          # "Ngày 5-3, ... lễ phát động Tháng Thanh niên năm 2016": its opening, no plan
        if men.recogniser == "term" and not men.target and (TERM_DONE.search(before) or _opens_clause(t, men.start)):
            men.explicit_year = True      # "Trong nhiệm kỳ 2015 - 2020, Đảng bộ ... đã ...": the term reported
        if men.recogniser == "term" and not men.explicit_year and names_council(before):
            men.aside, men.plan = True, False   # "HĐND huyện Kbang khóa VIII (nhiệm kỳ 2021-2026)": which council
        if men.period.kind == "month" and men.recogniser in ("month", "month-bare", "month-word", "this-month"):
            men.meeting = bool(MEETING.search(before))
            men.passing = men.meeting or men.recogniser in ("month-bare", "this-month") and not (
                IN_MONTH.search(before) or re.match(r"\s+(?:vừa\s+)?qua\b|\s*(?:và|,)\s*\d{1,2}\s*tháng", t[men.end:])
                or men.recogniser == "this-month" and re.match(IN_THE_MONTH, t[men.end:])  # "trong tháng ước đạt"
                or re.search(r"(?:^|[.!?;…])\s*$", before) and re.match(r"\s*[:,]", t[men.end:])   # "Tháng 9: Chỉ số ..."
                or against_month_before(t, men))
    for men in values_listed(t, kept):   # "Cả năm 2021 ... là 101, năm 2023 là 131": other years' values (.compared_years)
        men.comparison, men.valued, men.explicit_year = True, True, False
    for men in kept:      # "Chào mừng Đại hội ... nhiệm kỳ 2017-2022 ... Từ năm 2012 đến nay": to 2017 (.to_congress)
        men.period = to_congress_year(t, men, kept, dated_at[0]) or men.period
    for men in years_estimated(t, kept, _page_date(t, date_year, date_month)):   # "năm 2023, kết quả ... vượt KH ...
        men.aside = True          # Năm 2024, ước ..." on a page of 10/2024: the year running (.year_estimated)
    spans = span_ends(t)
    for men in kept:      # "từ tháng 1 đến tháng 11, ...": the ends of the months so far, no month (.span_bounds)
        if men.recogniser == "month-bare" and bounds_span(spans, men.start, men.end):
            men.aside = True
    history = {id(men) for men in historical(t, kept)}
    statements = statement_quarters(t, kept)
    for men in kept:
        if statement_running(men, statements):
            men.passing = men.running = True   # "báo cáo tài chính quý II/2019 ... 6 tháng đầu năm": its running total
        if id(men) in history:
            men.aside = True              # "thư của Bác Hồ … vào tháng 2-1955" on a 2016 page: history (.history)
        if men.recogniser == "year" and year_end_days(t[max(0, men.start - 60):men.start]):
            men.aside = True              # "trong ngày cuối cùng của năm 2025": a day at its end (.year_end_days)
        if men.recogniser == "month" and men.year_stated and month_since(t, men.start, men.end):
            men.aside = True              # "Tham gia đấu thầu từ tháng 10/2023, ...": a start point (.month_since)
        if men.period.kind == "month" and men.recogniser in ("month", "month-bare", "month-word") \
                and mid_month(t, men.start):
            men.passing = True            # "tại một hội thảo giữa tháng 6/2023": a moment in the month (.mid_month)
        if men.period.kind == "month" and not men.comparison and times_crop_work(t, men, kept):
            men.passing = True
        if stock_beside_month(t, men, kept) or starts_span_to_now(t, men) or one_off_month(t, men, kept):
            men.passing = True            # ... or an honour's, an opening's month in a year reported (.one_off_month)
        headed = months_headed(t, men)
        if headed:                  # "các tháng năm 2019" over "Tháng 1 ... Tháng 6": the months the columns cover
            men.period = ytd(men.period.year, headed)
        if singled_out(t, men):     # "Chỉ tính riêng trong tháng 9, ...": a part of the months so far through it
            if men.year_stated:     # "Riêng tháng 7-2020, xảy ra 707 vụ": the month's own words and figures (as the
                men.part_of = ytd(men.period.year, men.period.index)   # checker reads them), the months so far reported
            else:
                men.period = ytd(0, men.period.index)
            men.passing, men.event = False, False
    dated_ends = change_ends_dated(t)
    for men in kept:        # "từ trên 57% (năm 2010) xuống còn 48% (năm 2015)": the years dating a change's two ends
        if men.period.kind == "year" and any(a <= men.start < b or men.start <= a < men.end for a, b in dated_ends):
            men.aside = True
    looked = {id(men) for men in looked_back(t, kept)}   # "... năm 2022 nhận khen thưởng. Trong năm 2021, ... 415 hồ
    for men in kept:                                      # sơ": the year before's figures (.looked_back)
        men.aside = men.aside or id(men) in looked
    for men in quarters_in_a_row(t, kept):   # "Q3 2024 Q4 2024 Q1 2025 Q2 2025 Q3 2025": earlier quarters' columns
        men.aside = True
    for men in kept:
        crops = _crop_years_beside(t, men, kept)
        if crops:                   # a progress count to a day: its month reported, the crop's year aside
            men.passing = False
            for k in crops:
                k.aside = True
    for a, b in zip(kept, kept[1:]):   # "KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8, TRIỂN KHAI NHIỆM VỤ THÁNG 9/2023": a bare month
        if a.recogniser == "month-bare" and a.passing and not a.meeting and b.plan and b.period.kind == "month" \
                and b.period.index == a.period.index % 12 + 1 and b.start - a.end < 80 and "\n" not in t[a.end:b.start]:
            a.passing = False              # before the next month's plan is the month reported, as a pair of editions
    congress = [k for k in kept if k.recogniser == "term" and k.plan]
    latest = max((k.period.year for k in congress), default=None)
    for men in congress:  # a congress opens one term, the latest it names: an earlier one named near it is the term it
        before = t[max(0, men.start - 80):men.start].rsplit("\n", 1)[-1]   # closes ("... Đại hội, công tác Hội và
        if men.period.year < latest and not PLAN.search(before):          # phong trào ... nhiệm kỳ 2016 - 2021, phương
            men.plan = False                                                 # hướng nhiệm vụ nhiệm kì 2022 - 2027")
    opened = {k.period for k in kept if k.recogniser == "term" and k.plan}
    elections_only = bool(opened) and not _reports_results(t)
    for men in kept:      # the term a congress opens, named again ("Chủ tịch Hội ... nhiệm kỳ 2016 - 2021"): the next
        if men.recogniser == "term" and men.period in opened:
            men.plan = True
            men.elected = elections_only
    for men in kept:      # "thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025 ... đến năm 2025 đạt 70 triệu": a year of the term
        before = t[max(0, men.start - 20):men.start]     # a congress opens, reached "by", is one of its targets
        if men.period.kind == "year" and men.year_stated and BY.search(before) and not _SPAN_ENDS.search(before) \
                and any(o.year <= men.period.year <= o.year + o.index for o in opened):
            men.target = True
    if any(k.comparison and not k.same_period and k.period.kind == "year" and k.recogniser != "season" for k in kept):
        for men in kept:     # "Đến ngày 27-11, Huyện ủy ... kết nạp 200 đảng viên mới, tăng 5 đảng viên so với năm
            if to_a_day(men):   # 2017": a count to a day compared with a year is that year's so far, no month (a
                men.aside = True    # crop compared, "bằng 99,2% vụ hè thu năm 2017", is no year's so far)
    if any(m.group(1) != m.group(2) for m in _DAYS_ACROSS.finditer(t)):
        for men in kept:    # "đợt cao điểm ... Tết Giáp Thìn 2024 (từ ngày 15/12/2023 đến 29/02/2024)": a Tết campaign
            if men.recogniser == "lunar-new-year":    # across months, no month of Tết's
                men.aside = True
    if _headed_by_days(t):      # a week's or some days' news: its years in passing are none the page reports
        days_of = _days_month(t)
        for men in kept:
            if men.recogniser in ("date-range", "lunar-new-year", "solar-new-year") and men.passing:
                continue            # the days themselves ("tuần từ ngày 18/6/2022 đến ngày 24/6/2022"): their month
            if men.recogniser == "days-shared" and _DAYS_HEAD.search(re.split(r"[.!?\n]", t[:men.start])[-1]):
                continue            # "Trong 04 ngày nghỉ Lễ 02/9, từ ngày 01 - 04/9/2022": the heading's days, dated
                #                     in their sentence (not a digest's "Hội nghị ... từ ngày 5 - 6/3/2024")
            if not (men.specific and men.reported and not men.passing and not men.weak) or days_of and \
                    (men.period.year, men.period.months[1]) < days_of or to_a_day(men):
                men.aside = True    # "15 ngày đầu tháng 8/2023 ... tháng 7/2023, giá ... cao kỷ lục": July's, before;
                #                     "tính đến hết ngày 15-5-2016" by "trong kỳ 1 tháng 5-2016": the half month's
    for men in kept:          # "Năm 2020, Công an huyện ... triển khai mô hình ... Qua 5 năm triển khai, ...": from 2020
        if men.recogniser == "years-since":
            began = _years_since(t, men, date_year)
            if began is not None:
                men.period, men.year_stated = began, True
    for men in kept:          # "Nhân dịp năm học mới 2018-2019, ... trong năm học qua": 2017-2018, the one before
        if men.recogniser == "past-school-year":
            men.period, men.year_stated, men.explicit_year = past_school_year(t), True, True
    kept = [k for k in kept if k.period is not None]
    if not any(k.recogniser == "term" and k.plan for k in kept):
        for men in kept:      # "Trong 5 năm qua, ... “Nghĩa tình đồng đội giai đoạn 2015 - 2019”": no congress opens a term
            if men.recogniser == "past-years":                       # the years its sentence names are the years
                named = _years_named(t, men) or years_listed(t, men)
                if named is not None:
                    men.period, men.year_stated = named, True
    head_end = _headline_end(t)
    for men in kept:
        men.headline = men.end <= head_end
        if men.recogniser == "school-year" and prepared_for(t, men.start):
            men.plan = True            # "Chuẩn bị cho năm học mới 2023-2024, ...": the coming school year
        if men.recogniser == "school-year" and in_lead(t, head_end, men.start) and men.reported \
                and not exam_edition(t, men.start):    # (not "Kỳ thi tuyển sinh vào Lớp 10 THPT, năm học 2025-2026")
            men.explicit_year = True   # "Hội Khuyến học ... tổ chức trao 356 suất học bổng ... năm học 2011-2012 cho ..."
    kept = [k for k in (_resolved(men, kept, *(dated_at if men.recogniser in ("so-far", "now") else
                                                (date_year, date_month, date_day)), text=t) for men in kept)
            if k is not None]
    dated = [(int(m.group(3)), int(m.group(2))) for m in re.finditer(DMY, t)
             if not DOC_NUMBER.search(t[max(0, m.start() - 40):m.start()])]
    dated += [iso_stamp(t)[:2]] if iso_stamp(t) else []    # "date 2017-07 Người dân ...": the page's ISO date
    for men in kept:     # "Tính chung 7 tháng của năm nay" on a page of 2022-07: this year is the date's, whatever year a
        if not men.year_stated and date_year and _THIS_YEAR.search(t, men.start, men.end + 5):  # comparison near lends
            men.period, men.year_stated = replace(men.period, year=date_year), True
    out = []
    for i, men in enumerate(kept):
        if not men.year_stated:
            # a term of office ("nhiệm kỳ 2014 - 2019") spans years: its first year is no year of a half or a quarter
            lends = [k for k in kept if k.year_stated and (k.period.kind != "term" or men.period.kind == "term")
                     and not (k.target and men.recogniser == "past-year")   # the year just ended is no target's
                     and id(k) not in history]                              # nor history's ("tháng 2-1955")
            later = [k for k in lends if k.start > men.start]
            earlier = [k for k in lends if k.start < men.start]
            near = later[0] if later and later[0].start - men.end < 160 else earlier[-1] if earlier else None
            if near is not None:
                year = _season_lent(t, near, men, kept) + _after_year_end(t, near, men)
                if _after_year_end(t, near, men):    # the stock this year's change starts from (a baseline), wherever
                    for k in kept:                    # the text names that day (its headline again)
                        if k.recogniser == "to-day" and k.period == near.period:
                            k.comparison = True
            elif date_year:  # the report's own date before a year named far on ("... nguồn sách bổ sung năm 2018")
                first_month = replace(men.period, year=2000).months[0]
                year = date_year - (1 if date_month and (first_month > date_month + 1 or
                                                         men.recogniser == "past-year" and date_month <= 6) else 0)
            elif later:
                year = _season_lent(t, later[0], men)
            elif dated:     # the latest date the text writes; the year just ended ("Trong năm qua") on a page
                year, month = max(dated)    # of 05/03/2026 is 2025, as with the report's own date
                year -= 1 if men.recogniser == "past-year" and month <= 6 else 0
            elif men.recogniser == "to-day" and election_year(t):   # "Đến 23h ngày 15/3, ... cử tri tham gia bỏ
                year = election_year(t)     # phiếu bầu ... nhiệm kỳ 2026-2031": election day, of its term's first year
            else:
                continue
            if counted_by_page(men):     # a count to a day, a running total: done by the page's date (.count_to_day)
                year = not_after_page(year, men.period.index, _page_date(t, date_year, date_month),
                                      men.recogniser == "length" and counted_back(t[men.start:men.end]))
            if men.recogniser == "so-far":   # "từ đầu năm đến nay" on a page of a later year: the page's (.so_far_lent)
                year = so_far_of_page_year(year, _page_date(t, date_year, date_month))
            men.period = replace(men.period, year=year)
            if men.recogniser == "so-far":     # "Chiều 18.10, ... Từ đầu năm đến nay": to the lead's day (.so_far_lent)
                men.period = so_far_to_lead_day(men.period, dated_at)
        out.append(men)
    return _balances(t, _so_far_to_month_named(_one_day(t, _event_day(t, out), dated_at), date_year))


def _balances(t: str, mentions: list[Mention]) -> list[Mention]:
    """Marks the months' ends at which a stock's value is stated (:func:`.later_balance.is_balance`), and the years'
    ends a stock is counted to (:func:`.year_end_stock.to_year_end`)."""
    for men in mentions:
        men.balance = is_balance(t, men)
        men.year_end = to_year_end(t, men)      # "Đến hết năm 2008 toàn tỉnh đã trồng được ..." (.year_end_stock)
    return mentions


#: "Giải võ cổ truyền miền Trung - Tây Nguyên năm 2015 diễn ra từ ngày 9.7": the day an event is held, in its sentence
_HELD_ON = re.compile(r"\b(?:diễn\s+ra|khai\s+mạc|bế\s+mạc)\s+(?:vào\s+)?(?:từ\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.\-]\s*"
                      r"(\d{1,2})(?!\s*[/.\-]?\s*\d)", re.I)


#: "Sau gần 1 tháng tổ chức Đại hội Thể dục, Thể thao huyện Tam Đường lần thứ V, năm 2021", "sau 1 tuần tổ chức (28/4
#: - 5/5/2023)": an event said to run for a month or more, or across two months by its dates, is no day's month
_FOR_MONTHS = re.compile(r"\b(?:sau|qua|trong|suốt)\s+(?:gần\s+|hơn\s+|khoảng\s+)?(?:\d{1,2}|một|hai|ba)\s+tháng\b", re.I)
_DAYS_ACROSS = re.compile(r"(?<![\d/.\-])\d{1,2}\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(?:19|20)\d{2})?\s*(?:[-–]|đến|tới)\s*"
                          r"(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*(\d{1,2})(?!\d)")


def _event_day(t: str, mentions: list[Mention]) -> list[Mention]:
    """A page whose only period is the year in an event's name ("Ngày 25-10, ... Hội Chữ thập đỏ TPHCM đã phối hợp tổ
    chức Ngày hội hiến máu tình nguyện năm 2025."; "Sáng 18/5, ... Lễ bế mạc và trao giải Hội thao ... lần thứ VI, năm
    2017") and that dates the event by a day (its lead's, :data:`_LEAD_DAY`; the day it is held on, :data:`_HELD_ON`;
    else its page's stamp of that year, :data:`_TEXT_STAMP`) reports that day's month of the event's year: a user
    files an event's day or days under the month they fall in (round 31's convention for some days).  The year is the
    event's edition, no year reported (marked ``event``); a page naming any other period it reports, or an event run
    for a month or more or across two months (:data:`_FOR_MONTHS`, :data:`_DAYS_ACROSS`), is left as it is."""
    years = event_years(t) + championship_years(t)   # "Giải vô địch ... Taekwondo tỉnh năm 2016" (.championships)
    years += [y for y in launch_years(t) if y not in years]   # "Phát động \"Tháng hành động ...\" năm 2014" (.launches)
    if len({y for _, _, y in years}) != 1:
        return mentions
    year = years[0][2]
    if _FOR_MONTHS.search(t) or any(m.group(1) != m.group(2) for m in _DAYS_ACROSS.finditer(t)):
        return mentions
    named = [m for m in mentions if m.year_span and any(a <= m.year_span[0] < b for a, b, _ in years)]
    if held_in_days([m for m in mentions if m not in named], year) and all(m.period.kind == "year" and not m.plan
                                                                            for m in named):
        for m in named:     # "Từ ngày 21 đến 24-6, ... Giải vô địch ... năm 2016": the event's days (.event_days)
            m.event = True
        return mentions
    if any(m.reported and m not in named for m in mentions) or any(m.period.kind != "year" or m.plan for m in named):
        return mentions     # "cuộc họp ... triển khai nhiệm vụ lễ giao nhận quân năm 2021": a ceremony ahead, planned
    day = _LEAD_DAY.search(t[:2 * HEAD]) or _HELD_ON.search(t) or closed_on(t) or closed_after(t[:2 * HEAD])
    if day is not None:
        month = int(day.group(2))
        start, end = day.start(1), day.end(2)
    else:
        stamp = _text_stamp(t)
        if stamp is None or stamp[0] != year:
            return mentions
        month, start, end = stamp[1], 0, 0
    if not 1 <= month <= 12:
        return mentions
    for m in named:
        m.event = True
    held = Mention(Period(year, "month", month), start, end, "event-day")
    return sorted(mentions + [held], key=lambda m: m.start)


#: "Sáng 10/3, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm ...", "Sáng ngày 08/7, tại Kỳ họp thứ 7 HĐND tỉnh":
#: a day a period is reviewed on, a meeting's, no day reported
_REVIEWED_ON = re.compile(r"\b(?:tổng\s+kết|sơ\s+kết|đánh\s+giá|kiểm\s+điểm|báo\s+cáo|kỳ\s+họp|phiên\s+họp|hội\s+nghị"
                          r"|giao\s+ban)\b", re.I)


#: "trong 15 ngày đầu ra quân": a page of some days; "tăng gần gấp 4 lần so với năm ngoái": figures compared with last
#: year's, a period's (a graduation day's 44 students are the school year's).  Tết named no longer keeps a page from its
#: day (round 35, :mod:`.tet_occasion`): "Nhân dịp Tết Bính Ngọ năm 2026, ngày 6/2, ... trao quà" is that day's month
_SOME_DAYS = re.compile(r"\b\d{1,3}\s+ngày\s+(?:đầu|qua|cao\s+điểm)\b"
                        r"|\bso\s+với\s+(?:cùng\s+kỳ|năm\s+(?:ngoái|trước))", re.I)


def _one_day(t: str, mentions: list[Mention], dated_at: tuple, bare: bool = False) -> list[Mention]:
    """A page that names no period of its own but the year of an event's edition (``Lễ giao nhận quân năm 2024``;
    with ``bare``, nothing at all) and tells what was done on one day, a clause opening with it near its top
    (:func:`days_opening`: ``Sáng ngày 17/02/2025, Hội Người cao tuổi xã Phú Lợi tổ chức ...``), reports that day's
    month: a user files a day's news under the month it falls in (round 31's convention for some days).  A day
    written without its year takes the page's date's when it is of the same month (``date 2023-07 Ngày 25-7, ...``,
    ``31/12/2017 14:50`` above ``Sáng 31-12, ...``), else, on an undated page, the year of the anniversary it
    celebrates (:func:`anniversary_year`: ``Nhân kỷ niệm 82 năm ... (6/6/1941- 6/6/2023), Chiều ngày 2.6, ...``) or
    of the feast of Tết named as its occasion for a day of January or February (:func:`.tet_occasion.feast_year`:
    ``Nhân dịp Tết Bính Ngọ năm 2026, ngày 6/2, ...``), that year an occasion's edition as an event's is.
    Left as it is: days of two months; a page naming any period but an event's year (a comparison, a plan), or
    writing any other year than the day's outside an anniversary's span (a history: ``Ngày 27/02/2008 UBND tỉnh ... ra
    quyết định`` on a school's page of 2013); a day a period is reviewed on (:data:`_REVIEWED_ON`); a page of some
    days (:data:`_SOME_DAYS`) or of a Tết programme's edition (:func:`.tet_occasion.programme_edition`); days run for a
    month or more or across two months."""
    days = sorted(set(days_opening(t[:2 * HEAD]) + days_held(t[:2 * HEAD])  # "đã diễn ra vào lúc 8g ngày 04-01-2021"
                      + two_days_opening(t[:2 * HEAD])))                    # "Trong hai ngày 9 và 10 -11, ..."
    if not days or _FOR_MONTHS.search(t) or any(m.group(1) != m.group(2) for m in _DAYS_ACROSS.finditer(t)) \
            or _headed_by_days(t) or _SOME_DAYS.search(t) or programme_edition(t):
        return mentions
    names = event_years(t) + occasion_years(t)
    named = [m for m in mentions if m.year_span and any(a <= m.year_span[0] < b for a, b, _ in names)]
    councils, aims = councils_named(mentions), year_aims(mentions)    # the year's target after a day (.year_aims)
    if not (named or bare) or any(m not in named and m not in councils + aims and not m.event or m.plan for m in mentions):
        return mentions
    page_year, page_month = dated_at[0], dated_at[1]
    if page_year is None and iso_stamp(t):     # " date 2024-09 ... Chiều tối 24/9, ...": the page's ISO date (round 42)
        page_year, page_month = iso_stamp(t)[:2]
    found = set()
    written = {month: year for _, _, month, year in days if year is not None}
    for _, _, month, year in days:
        if year is None:     # "hai tối 28 và 29/1/2016 … tối 28/1 một nửa": a day of a month written with its year
            year = page_year if page_year and page_month == month else None if page_year else (
                written.get(month) or anniversary_year(t) or feast_year(t, month))
        if year is None:
            return mentions
        found.add((year, month))
    if len(found) != 1:
        return mentions
    (year, month), first = found.pop(), days[0]
    spans = [(m.start(), m.end()) for m in anniversaries(t)] + [(m.start, m.end) for m in councils] \
        + years_of_no_period(t)    # a birth's, a record's year (.born, .records): no other period's year
    if any(int(y.group(1)) != year and not any(a <= y.start() < b for a, b in spans)
           for y in re.finditer(YEAR, t)) or _REVIEWED_ON.search(t[first[1]:_sentence_end(t, first[1])]):
        return mentions
    for m in named:
        m.event = True
    return sorted(mentions + [Mention(Period(year, "month", month), first[0], first[1], "one-day")], key=lambda m: m.start)


def day_reported(text: str, date_year: int | None = None, date_month: int | None = None,
                 date_day: int | None = None) -> Period | None:
    """The month of the one day a text that names no period tells of (:func:`_one_day` on its whole text, not a
    scope of it: a school's history opening with ``Ngày 13/07/2005`` above its school year is none), else None."""
    t = spelled_y(unicodedata.normalize("NFC", text))
    dated_at = (date_year, date_month, date_day) if date_year and date_month else \
        _text_stamp(t) or _lead_day(t) or (None, None, None)
    mentions = find_mentions(text, date_year, date_month, date_day)
    day = next((m for m in _one_day(t, mentions, dated_at, bare=True) if m.recogniser == "one-day"), None)
    return day.period if day else None


def _page_date(t: str, date_year: int | None, date_month: int | None) -> tuple[int | None, int | None]:
    """The page's (year, month): the caller's date, else the ISO stamp the text opens with (:func:`iso_stamp`)."""
    if date_year and date_month:
        return date_year, date_month
    stamp = iso_stamp(t)
    return (stamp[0], stamp[1]) if stamp else (None, None)


def _sentence_end(t: str, pos: int) -> int:
    m = re.compile(r"[.!?\n]").search(t, pos)
    return m.start() if m else len(t)


def _so_far_to_month_named(mentions: list[Mention], date_year: int | None) -> list[Mention]:
    """The year so far (``từ đầu năm đến nay``), its end only guessed from the text's date, runs to the month the text
    names as its count's end (``Đến cuối tháng 4``, ``tính đến hết tháng 11``) in the date's year: ``Từ đầu năm đến nay,
    ... Đến cuối tháng 4, tổng sản lượng thủy sản ... ước đạt gần 35 nghìn tấn`` on a page of April 2024 is 2024-4T, not
    the months through March its date suggests."""
    named = next((m for m in mentions if m.recogniser == "to-month" and m.period.kind != "month"
                  and m.period.year == date_year), None)
    if named is None:
        return mentions
    for men in mentions:
        if men.recogniser == "so-far" and men.period.year == date_year:
            men.period = named.period
    return mentions


_WEAK = ("length", "to-month", "to-quarter", "so-far", "to-day")

#: "17/07/2020 06:52 | 0", "15:13 19/08/2013": a date printed with its time of day at the start of a line, a page's
#: stamp (not "Hà Nội, ngày 27-10-2020", a site's clock with no time)
_TEXT_STAMP = re.compile(r"^[^\S\n]*(?:(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})[^\S\n]*[|,-]?[^\S\n]*\d{1,2}:\d{2}"
                         r"|\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*[|,-]?[^\S\n]*(\d{1,2})/(\d{1,2})/((?:19|20)\d{2}))", re.M)


#: "Sông Mã: Sửa chữa, nạo vét hơn 317 km kênh mương, thủy lợi / Ngày 17 tháng 04 năm 2019 / Để đảm bảo cho vụ chiêm
#: xuân ...": a page's dateline in words, a line of its own (not "Hà Nội, ngày 25 tháng 5 năm 2021", a document's place
#: and date, nor a date inside a sentence)
_DATELINE = re.compile(r"^[^\S\n]*[Nn]gày[^\S\n]+(\d{1,2})[^\S\n]+tháng[^\S\n]+(\d{1,2})[^\S\n]+năm[^\S\n]+"
                       r"((?:19|20)\d{2})[^\S\n]*$", re.M)


def _text_stamp(t: str) -> tuple[int, int, int] | None:
    """The date a text with no date of its own prints as its page's stamp near its top (the last one there: the
    article's, below a site's), as (year, month, day); "từ đầu năm đến nay" runs to it (see ``_resolved``).  A
    dateline in words on a line of its own is one (:data:`_DATELINE`)."""
    found = [(m.start(), m.groups()[:3] if m.group(3) else m.groups()[3:]) for m in _TEXT_STAMP.finditer(t[:2 * HEAD])]
    found += [(m.start(), m.groups()) for m in _DATELINE.finditer(t[:2 * HEAD])]
    found += stamp_lines(t[:2 * HEAD])
    if not found:
        return None
    day, month, year = max(found)[1]
    return (int(year), int(month), int(day)) if 1 <= int(month) <= 12 else None


#: "Ngày 25-9, Trung tâm cứu hộ ... thả 27 cá thể", "(PLO) - Sáng 12/11, ...": a news lead opening with its day
_LEAD_DAY = re.compile(r"^[^\S\n]*(?:\([^()\n]{1,12}\)[^\S\n]*[-–]?[^\S\n]*)?(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)"
                       r"(?:[^\S\n]+(?:nay|qua))?[^\S\n]+(?:ngày[^\S\n]+)?(\d{1,2})[^\S\n]*[/.\-][^\S\n]*(\d{1,2})"
                       r"(?![^\S\n]*[/.\-][^\S\n]*\d)[^\S\n]*,", re.M)


def _lead_day(t: str) -> tuple[None, int, int] | None:
    """The day an undated news text's lead opens with, near its top ("Ngày 21.4, thượng tá ... cho biết tính từ đầu năm
    2021 đến nay, ..."), as (None, month, day): its year is the one the text names; "từ đầu năm đến nay" runs to it."""
    m = _LEAD_DAY.search(t[:2 * HEAD])
    if not m or not 1 <= int(m.group(2)) <= 12 or not 1 <= int(m.group(1)) <= 31:
        return None
    return None, int(m.group(2)), int(m.group(1))


#: "THÔNG TIN THỜI SỰ TUẦN THỨ 02 THÁNG 03/2024", "Một trong những sự kiện được dư luận quan tâm tuần qua", "Giá cà phê
#: hôm nay 21/4/2025: Tuần qua tăng mạnh", "trong tuần (từ ngày 01/6 đến ngày 07/6)", "trong 15 ngày đầu tháng 8/2023":
#: a week or some days of a month, a period of no kind the service has (not "so với tuần trước": a comparison)
#: ... "trong tuần 41, cả nước ghi nhận 9.750 trường hợp mắc", "trong tuần 43/2022": a week by its number in the year;
#: ... "sau chín ngày tết Nguyên đán Quý Tỵ 2013": a holiday's days
_DAYS_HEAD = re.compile(WEEK_MOMENT + r"\btuần\s+(?:vừa\s+)?qua\b|" + WEEK_MOMENT + r"\btuần\s+(?:này|thứ\s+\d{1,2})\b|\b(?:một|1)\s+tuần\b"
                        r"|\btuần\s+\d{1,2}(?!\d)(?!\s*(?:ngày|tháng|năm)\b)"
                        r"|\btuần\s*\(?\s*(?:từ\s+)?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}"
                        r"|\b\d{1,2}\s+ngày\s+(?:đầu|cuối)\s+tháng\b"
                        # "trong kỳ 1 tháng 5-2016", "nửa đầu tháng 9": the customs' half of a month
                        r"|\bkỳ\s+[12]\s+tháng\s*\d|\bnửa\s+(?:đầu|cuối)\s+tháng\s*\d"
                        # "sau chín ngày tết Nguyên đán Quý Tỵ 2013", "Trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ 2025": the
                        # days of a holiday, counted in figures or in words
                        r"|\b(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+ngày\s+(?:nghỉ\s+)?(?:lễ|tết)\b", re.I)


def _headed_by_days(t: str) -> bool:
    """A page whose opening (its headline and lead, the first few hundred characters) names a week or some days of a
    month as its own ("Tuần qua, CDC Hà Nội ghi nhận 109 ca", "THÔNG TIN THỜI SỰ TUẦN THỨ 02 THÁNG 03/2024"): it
    reports a period of no kind, and the years it names in passing ("đã thiết lập vào năm 2021", "công dân trẻ tiêu
    biểu năm 2016") are not the period (a period of a kind it reports, "sơ kết 6 tháng đầu năm 2023", still is)."""
    lines = t.split("\n", 2)
    heads = [t[:HEAD]] + ([lines[1][:HEAD]] if len(lines) > 1 else [])    # a headline, and the lead under it
    return any(not COMPARISON.search(head[max(0, m.start() - 40):m.start()])
               for head in heads for m in _DAYS_HEAD.finditer(head))


def _days_month(t: str) -> tuple[int, int] | None:
    """The month whose first or last days head the page ("trong 15 ngày đầu tháng 8/2023, cả nước xuất khẩu ..."), as
    (year, month): the months and months so far that end before it are earlier figures, not the period reported."""
    m = re.search(r"\b\d{1,2}\s+ngày\s+(?:đầu|cuối)\s+tháng\s*(\d{1,2})(?:" + SEP + r"|\.)" + YEAR, t[:HEAD], re.I)
    return (int(m.group(2)), int(m.group(1))) if m else None


#: "số lao động xuất cảnh trong tháng 1 đã đạt 9,13% kế hoạch năm 2015": the year of a plan a share of it reached, in
#: passing (a month's or a quarter's part of it is reported; it lends its year)
_PLAN_SHARE = re.compile(r"\b(?:đạt|bằng)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d+(?:,\d+)?\s*%\s+(?:so\s+với\s+)?"
                         r"(?:[^\W\d]+\s+){0,2}?kế\s+hoạch\s+$", re.I)
#: "Lũy kế 9 tháng đầu năm 2016, tiêu thụ ...": the months so far written as a running total
_RUNNING = re.compile(r"\bl(?:ũy|uỹ)\s+kế\s+(?:từ\s+đầu\s+năm\s+)?$", re.I)
#: "chuẩn bị cho vụ lúa đông xuân 2023-2024 sắp tới": the coming one, a plan
_COMING = re.compile(r"\s+sắp\s+tới\b", re.I)
#: "so với cùng kỳ của Tết Mậu Tuất 2018", "so với ngày 28 Tết Nguyên đán Nhâm Dần năm 2022", "so với cùng ngày Tết Canh
#: Tý 2020": another year's Tết (or a day of it) compared with, a few words after "so với"
_HOLIDAY_COMPARED = re.compile(r"\bso\s+với\s+(?:[^\W\d]+\s+|\d{1,2}\s+){0,4}$", re.I)
_DATE_RANGE = next(p for name, p, *_ in RECOGNISERS if name == "date-range")
_THIS_YEAR = re.compile(r"\bnăm\s+nay\b", re.I)      # searched to just past a mention ("7 tháng của năm| nay")


def _after_year_end(t: str, lender: Mention, men: Mention) -> int:
    """1 when ``men`` is this year's ("4 tháng đầu năm nay") and takes its year from a count to a year's last day ("Tính
    đến ngày 31/12/2012, dư nợ tín dụng tam nông đạt 561.533 tỷ đồng. Riêng 4 tháng đầu năm nay, ..."): a page that
    counts to the end of a year writes after it, so its "this year" is the next one (held-out
    yo-toan-quoc-ngan-hang-nha-nuoc-tin-dung-tam-nong-2013-4t); else 0."""
    return int(lender.recogniser == "to-day" and lender.period.kind == "year"
               and bool(_THIS_YEAR.search(t, men.start, men.end + 5)))


def _headline_end(t: str) -> int:
    """Where the text's headline ends (0: it has none): its first line when that line is a line of its own — short,
    no sentence (no final stop), and not the start of the lead printed again below it (a title taken from the lead's
    first sentence, "Tổng cục Thống kê cho biết, tổng sản phẩm ... quý 3 ước tăng 5,33%" above "Sáng 29-9, Tổng cục
    Thống kê cho biết, ..."; a headline printed again as a line of its own is still one)."""
    m = re.match(r"\s*(?:\S+(?:[ \t]+\S+)?[ \t]*\n)?\s*([^\n]*)", t)   # past a line of two words at most (a file's
    #                                                                    name, a section's label: "Vĩ mô")
    line = m.group(1).strip()
    if not line or len(line.split()) > _HEADLINE_WORDS or re.search(r"[.!?;:…]$", line):
        return 0
    rest = t[m.end():].lower()
    whole = len(re.findall(r"(?m)^[ \t]*" + re.escape(line.lower()) + r"[ \t]*$", rest))   # a headline printed twice
    return 0 if rest.count(line.lower()) > whole else m.end()


_HEADLINE_WORDS = 40


def _span_average(t: str, start: int, end: int) -> bool:
    """"(bình quân giai đoạn 2015 - 2020 đạt 10,4%)", "giai đoạn 2015 - 2020 ước tăng bình quân 10,16%": an average over
    a span of years is a result of that span (not "phấn đấu tăng trưởng bình quân giai đoạn 2021 - 2025 đạt 8%")."""
    clause = re.split(r"[.;:\n]", t[max(0, start - 120):start])[-1]
    return bool((re.search(r"\bbình\s+quân\s+$", clause, re.I)
                 or re.match(r"\s*(?:ước\s+)?(?:tăng|giảm|đạt)\s+bình\s+quân\b", t[end:end + 40], re.I))
                and not re.search(r"phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|dự\s+kiến|định\s+hướng", clause, re.I))


#: what a congress does itself (its delegates, its elections, its new committee) and what it sets for the term to come
#: (not "vượt 258% chỉ tiêu giao", "cấp thẻ BHYT cho 26 đồng chí": what was done)
_CONGRESS_BUSINESS = re.compile(r"đại\s+hội|\bbầu\b|đại\s+biểu|ủy\s+viên|uỷ\s+viên|thành\s+viên|tham\s+dự|\bkhó[aá]\b|"
                                r"\bkhoá\b|tái\s+cử|đắc\s+cử|ban\s+chấp\s+hành|\bBCH\b|"
                                r"phấn\s+đấu|mục\s+tiêu|đề\s+ra|đặt\s+ra|\bđến\s+năm\b", re.I)
#: numbers that count nothing: dates, times, years, spans of years, a photo's number ("Ảnh 1", "Anh 1" unaccented)
_NOT_A_COUNT = re.compile(r"\d{1,2}\s*[/.\-:]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?|(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)"
                          r"|\b[ẢA]nh\s+\d{1,2}(?!\d)")


#: "Hiện Hội Người cao tuổi Việt Nam có hơn 8,6 triệu hội viên": a stock at the congress's date, nothing done
_STOCK_NOW = re.compile(r"(?:^|[,:]\s*)hiện\s+(?:nay\s+)?\S|\bhiện\s+(?:nay\s+)?(?:có|là)\b", re.I)


def _reports_results(t: str) -> bool:
    """A sentence counting something done that is not the congress's own business ("giúp cho 1.015 hộ vươn lên thoát
    nghèo", "Trong nhiệm kỳ III, huyện Hội đã vận động được trên 2 tỷ đồng"): a congress page reports the term it
    closes.  One with its delegates and elections only ("Tham dự đại hội có 140 đại biểu. Đại hội đã bầu ra BCH hội khóa
    XIII gồm có 15 Đ/c") reports no period; the term before the one it opens is no guess to make for it."""
    for whole in re.split(r"\n|[.!?]+(?:\s|$)", t):
        items = re.split(r";+(?:\s|$)", whole)
        if len(items) > 1 and _SETS.search(items[0]):
            continue      # "đề ra các chỉ tiêu, như: thu nhập ... đến năm 2025 đạt 108 triệu ...; phát triển mới 20 cơ sở
            #               ...": a list of what the congress sets, each item after the first one of them
        for sentence in items:
            if re.search(r"(?<![^\W_])\d", _NOT_A_COUNT.sub(" ", sentence)) and not _CONGRESS_BUSINESS.search(sentence) \
                    and not _STOCK_NOW.search(sentence.strip()):
                return True
    return False


#: what a congress sets for the term to come, heading a list ("đề ra các chỉ tiêu, như: ...; ...", "phấn đấu ...", "thu
#: nhập ... đến năm 2025 đạt ..."; "đặt ra các chỉ tiêu chủ yếu, như: ...", "đặt ra" as "đề ra", to set; not "vượt 258%
#: chỉ tiêu giao", a target beaten)
_SETS = re.compile(r"phấn\s+đấu|đề\s+ra|đặt\s+ra|\bđến\s+năm\b", re.I)


def _quoted(t: str, start: int, end: int) -> bool:
    """Inside quotation marks on its line: a name ("có 2 sinh viên đạt danh hiệu “Sao tháng Giêng” cấp Trung ương"), no
    month reported."""
    line_start = t.rfind("\n", 0, start) + 1
    line_end = t.find("\n", end)
    line_end = len(t) if line_end == -1 else line_end
    before, after = t[line_start:start], t[end:line_end]
    if before.rfind("“") > before.rfind("”") and "”" in after:
        return True
    return before.count('"') % 2 == 1 and '"' in after


def _span_opens_clause(t: str, start: int, end: int) -> bool:
    """"Viện KSND tỉnh cho biết, giai đoạn 2016 – 2021, tình hình tội phạm ...", "Trong giai đoạn 2016-2020, toàn
    tỉnh ...": a span of years set off as its clause's time (not "Kế hoạch ... giai đoạn 2021 - 2025, năm 2022 ...",
    a span naming a plan's)."""
    return bool(re.search(r"(?:^|[.!?;:,…\n])\s*(?:(?:trong|qua|cả)\s+)?$", t[max(0, start - 20):start], re.I)
                and re.match(r"\s*,", t[end:]))


def _years_to_now(first: int, dated_at: tuple[int | None, int | None, int | None]) -> Period | None:
    """"Từ năm 2012 đến nay, các cấp Hội Chữ thập đỏ Việt Nam đã vận động và trao tặng gần 10 triệu suất quà Tết" on a
    page of 04/01/2018: the years from 2012 through the last whole year the page's date has seen (its own in December,
    as "từ đầu năm đến nay" written in December is the year): 2012-2017.  None undated (to an unknown now), for a span
    of no whole year past its first ("Từ năm 2021 đến nay, ..." in a report of 25/11/2022 is that year's, the real case
    a-vinh-ha-dan-van-2022), or longer than a term (``term``)."""
    year, month, _ = dated_at
    if not year or not month:
        return None
    last = year if month == 12 else year - 1
    if last <= first:
        return None
    try:
        return term(first, last)
    except ValueError:
        return None


def _stage_opens_clause(t: str, start: int, end: int) -> bool:
    """"Trong giai đoạn từ năm 2017 đến năm 2020, các Bộ khác đã tiến hành thanh tra ...": a closed span of years named
    as a stage ("giai đoạn") and set off as its clause's time is the span reported, as "Trong giai đoạn 2016-2020,"
    is (:func:`_span_opens_clause`)."""
    return bool(re.search(r"(?:^|[.!?;:,…\n])\s*(?:(?:trong|qua|cả)\s+)?giai\s+đoạn\s+$", t[max(0, start - 30):start], re.I)
                and re.match(r"\s*,", t[end:]))


#: "sản xuất vụ Đông năm 2011", "Vụ xuân năm 2021": a crop named by its year (its season one the service has no kind
#: for), the year the crop is of
_CROP_OF = re.compile(r"\bvụ\s+(?:[^\W\d]+\s+){1,2}$", re.I)


def _crop_years_beside(t: str, men: Mention, kept: list[Mention]) -> list[Mention]:
    """"Tăng cường chỉ đạo sản xuất vụ Đông năm 2011 / Theo báo cáo của Sở NN&PTNT, tính đến ngày 03/10/2011, toàn tỉnh
    gieo trồng được 4.137 ha cây vụ Đông, đạt 13,6% kế hoạch": a count to a day whose only company is the year of the
    crop it counts (or of the plan it reaches, "đạt 13,6% kế hoạch năm 2011") is a progress report of that day's month,
    not a year in passing (a page naming any other period keeps the day below it).  Some days of one month with their
    month written once (round 36's ``days-shared``) likewise: "Từ ngày 22 - 26/5, ... thu hoạch vụ lúa đông xuân 2024 -
    2025", "thực hiện nhiệm vụ tìm kiếm quy tập hài cốt liệt sỹ mùa khô năm 2025-2026 từ ngày 1-3/1, Đội K53 ... đã
    tìm kiếm, quy tập được 4 hài cốt" (round 37); not days ahead ("Từ ngày 1 đến 10.1.2015 nông dân sẽ tiếp tục gieo sạ
    trà 2", sweep c21-baoquangnam, whose news is the day before them).  Those years, else none."""
    days = men.recogniser == "days-shared" and not re.match(r"[^.;!?\n]{0,40}?\bsẽ\b", t[men.end:])
    if not (to_a_day(men) or days):
        return []
    others = [k for k in kept if k is not men and k.reported and not k.comparison
              and not (k.passing and k.period == men.period)]   # "hoạt động chính trong tháng 10": its month again
    beside = all(k.recogniser == "year" and not k.explicit_year and k.period.year in (men.period.year, 0)
                 and (k.passing or bool(_CROP_OF.search(t[max(0, k.start - 30):k.start])))
                 or k.recogniser == "season" and (k.period.year == men.period.year    # "vụ Đông năm 2011": the crop's
                                                  or not men.year_stated)   # a day of no year: the crop lends it
                 for k in others)
    return others if beside else []


def _opens_clause(t: str, start: int) -> bool:
    """"Trong nhiệm kỳ 2015 - 2020, ...", "Nhiệm kỳ 2017 - 2022, Hội ...": a period opening its sentence (or line), or
    one whose stop was lost (a capital "Trong" after a lower-case word, :data:`_LOST_STOP`)."""
    pre = t[max(0, start - 20):start]
    return bool(re.search(r"(?:[.!?;:…\n]" + ("|^" if start <= 20 else "") + r")\s*(?:(?:trong|qua)\s+)?$", pre, re.I)
                or re.search(_LOST_STOP.pattern + r"Trong\s+$", pre))


_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
#: "Các đại biểu tham dự Đại hội Trong nhiệm kỳ 2015-2020, Đảng bộ huyện ...": a photo caption run into the next
#: sentence by the hard-wrap join; "Trong" capitalised after a lower-case word starts a sentence whose stop was lost (a
#: preposition is no name; a Title Case headline's "Tình Hình Trong Năm" follows a capital)
_LOST_STOP = re.compile(r"(?<=[" + _LOWER + r"])\s+(?=Trong\s)")


#: "giai đoạn 2015 - 2019", "(2012 – 2017)": two years of a span
_SPAN_YEARS = re.compile(r"(?:\bgiai\s+đoạn\s+|\()\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)", re.I)


def _years_named(t: str, men: Mention) -> Period | None:
    """"Trong 5 năm qua, các cấp Hội ... thực hiện chuyên đề ... “Nghĩa tình đồng đội giai đoạn 2015 - 2019” đạt nhiều
    kết quả": the years past counted, with no congress to date them, are the span of as many years their sentence names
    after them (counted either way: 2015 - 2019 is five years, and four after 2015), else none."""
    end = SENTENCE_END.search(t, men.end)
    for m in _SPAN_YEARS.finditer(t, men.end, end.start() if end else len(t)):
        first, last = int(m.group(1)), int(m.group(2))
        if last - first in (men.period.index, men.period.index - 1) and last > first:
            return Period(first, "term", last - first)
    return None


#: "Năm 2020, Công an huyện Đak Pơ (tỉnh Gia Lai) triển khai mô hình ...": a year opening its sentence, what began then
_BEGAN = re.compile(r"(?:^|[.!?;]\s+)(?:\([^()\n]{1,12}\)\s*[-–]?\s*)?(?:Từ\s+|Trong\s+)?năm\s+((?:19|20)\d{2})\s*,"
                    r"[^.!?;\n]{0,120}?\b(?:triển\s+khai|thực\s+hiện|ra\s+mắt|xây\s+dựng|thành\s+lập)\b", re.I | re.M)


#: "triển khai từ năm 2008", "Được khởi xướng từ năm 1999", "chuyển tiếp từ năm 2016": the year something began
_SINCE = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+$", re.I)
#: … unless a span's other end follows: "từ năm 2015 đến nay", "từ năm 2016 - 2020", "từ năm 2010 tăng lên"
_SPAN_END = re.compile(r"\s*(?:,\s*)?(?:đến|tới|-|–|xuống|lên|sang)(?!\w)", re.I)


def since_point(t: str, start: int, end: int) -> bool:
    """A year named as the point something started from (``phong trào … được triển khai từ năm 2008``, ``Được
    khởi xướng từ năm 1999``, ``19 vụ xảy ra từ năm 2023``): the start of the years since, never the period a page
    reports (held-out yt-nghe-an's ``Riêng năm 2015`` is) — when no other end of a span follows it."""
    return bool(_SINCE.search(t, max(0, start - 10), start)) and not _SPAN_END.match(t, end) \
        or glossed_since(t, start, end) or since_event(t, start, end)


def _years_since(t: str, men: Mention, date_year: int | None) -> Period | None:
    """"(GLO)- Năm 2020, Công an huyện Đak Pơ triển khai mô hình “...”. Qua 5 năm triển khai, mô hình đã phát huy hiệu
    quả": the years since something began, counted from the year its paragraph opens with as the start (2020 to 2024),
    when they are over by the text's date; else none."""
    para = t.rfind("\n\n", 0, men.start) + 1
    began = list(_BEGAN.finditer(t, para, men.start))
    if not began:
        return None
    first, n = int(began[-1].group(1)), men.period.index
    if n < 2 or date_year and first + n - 1 >= date_year:
        return None
    return Period(first, "term", n - 1)


def _baseline(t: str, men: Mention) -> bool:
    """"giảm từ 32,9% năm 2005 xuống còn 8,9%", "từ chỗ ... 2 tiêu chí năm 2010, đến nay": where a change starts from."""
    clause = re.split(r"[.;:\n]", t[max(0, men.start - 80):men.start])[-1]
    return bool(FROM.search(clause) and FROM_TO.match(t, men.end))


def _resolved(men: Mention, kept: list[Mention], date_year: int | None, date_month: int | None,
              date_day: int | None = None, text: str = "") -> Mention | None:
    """A mention whose period depends on others or on the text's date, made definite (None: it cannot be)."""
    if men.recogniser == "past-term":     # the term before the one the congress opens, of its length
        opened = next((k for k in kept if k.recogniser == "term" and k.plan), None)
        if opened is None:
            return None
        return replace(men, period=opened.period.step(-1), year_stated=True)
    if men.recogniser == "past-years" and men.year_stated:   # its years named in its sentence (_years_named)
        return men
    if men.recogniser == "years-since":   # dated by its start (_years_since), else none
        return men if men.year_stated else None
    if men.recogniser == "past-years":    # "5 năm qua" at a congress opening 2021-2026: 2016-2021
        opened = next((k for k in kept if k.recogniser == "term" and k.plan), None)
        if opened is None:                # "BDK - Mười năm qua, ..." on a page of 28/12/2020: 2010-2020 (.years_to_page)
            back = years_to_page(text, men.start, men.end, men.period.index, date_year, date_month, LONGEST_TERM)
            return replace(men, period=back, year_stated=True) if back else None
        return replace(men, period=Period(opened.period.year - men.period.index, "term", men.period.index),
                       year_stated=True)
    if men.recogniser == "this-month":    # "trong tháng này ... Tính chung 10 tháng năm 2022": the tenth month
        ends = [k.period.months[1] for k in kept if k.reported and k.period.months[0] == 1 and k.period.kind != "year"
                and k.period.kind in ("ytd", "quarter", "half")]
        month = ends[-1] if ends else date_month
        return replace(men, period=Period(0, "month", month)) if month else None
    if men.recogniser == "now":           # "Đến nay, ...": the year so far to the text's date, else nothing
        if not date_year or not date_month:
            return None
        through = date_month if date_day and date_day >= 16 else date_month - 1
        if through < 1:
            return None
        return replace(men, period=ytd(date_year, 12 if date_month == 12 else through), year_stated=True)
    if men.recogniser == "so-far":        # "từ đầu năm đến nay": through the month before the date's
        if not date_year and date_month and men.year_stated:   # "Ngày 21.4, ... tính từ đầu năm 2021 đến nay": dated
            through = date_month if date_day and date_day >= 16 else date_month - 1   # by its lead's day (_lead_day)
            return replace(men, period=ytd(men.period.year, through)) if 1 <= through <= 11 else men
        if not date_year or not date_month:     # "từ đầu năm 2019 đến nay" undated: the year 2019 so far; without
            return men                          # its year, the one the text lends it ("so với cùng kỳ năm 2023": 2024)
        if men.year_stated and men.period.year < date_year:
            return men
        # written in a month's second half (from its 16th): through that month, most of it gone: "Từ đầu năm đến nay,
        # ... giải ngân 201,4 tỷ đồng" on a page of 17/07/2020 is the year so far through July (one of 15/11/2022,
        # "Hôm nay 15/11, ...", through October)
        through = date_month if date_day and date_day >= 16 else date_month - 1
        if through < 1:                         # nothing of this year is over yet
            return None
        # written in December: the year's own report ("từ đầu năm đến nay" is the year)
        return replace(men, period=ytd(date_year, 12 if date_month == 12 else through), year_stated=True)
    return men


#: "nhiệm kỳ 5 giai đoạn 2016 đến năm 2021": a span's last year after its first, not a year reached "by"
_SPAN_ENDS = re.compile(r"(?:19|20)\d{2}\s*(?:đến|tới)\s+(?:cuối\s+)?$", re.I)


def _season_lent(t: str, men: Mention, to: Mention, kept: list[Mention] = ()) -> int:
    """The year ``men`` lends to ``to`` (:func:`_lent`); a month lent its year by a season across two years ("Vụ đông
    2021-2022, ... Tính đến ngày 29-11, ... đã gieo trồng được khoảng 43.000 ha") is of the year the season falls in
    then: the first for a month of the year's second half, the second for one of its first (see
    :func:`crosses_year_end`); the year just ended lent it by a sentence about the year ahead is the one before
    (:func:`year_ahead.year_just_ended`); a comparison lends no year before the one after the latest year the page
    compares with (``kept``, :func:`.compared_years.after_latest_compared`)."""
    ahead = year_just_ended(t, men, to)
    year = after_latest_compared(_lent(men, to), men, kept) if ahead is None else ahead
    if to.period.kind == "month" and crosses_year_end(t, men) and to.period.index >= 7:
        return year - 1
    return year


def _lent(men: Mention, to: Mention) -> int:
    """The year ``men`` lends to ``to``, which states none: a comparison names the year before the reported
    one, or the edition before it ("trong tháng Bảy ... so với tháng 6/2024": 2024); a plan of the same kind names
    the edition after it ("năm vừa qua ... nhiệm vụ năm 2012": 2011)."""
    if men.comparison and to.comparison:      # "so với tháng Sáu ... so với tháng 6/2024": the one compared with
        return men.period.year
    if men.comparison:   # "so với cùng kỳ năm 2021" (a year earlier); "so với tháng 6/2024" (the month before)
        if men.period.kind == to.period.kind and men.period.kind != "year" and men.period.index != to.period.index:
            return men.period.year + (1 if to.period.index < men.period.index else 0)
        return men.period.year + 1
    if men.plan and men.period.kind == to.period.kind:
        return men.period.step(-1).year
    return men.period.year
