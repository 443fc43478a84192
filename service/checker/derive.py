"""Pass 2: numbers that are no cell of the table but a derivation of cells.

A change against ``cung_ky`` (``tăng 25 vụ``, ``giảm 32,2%``, ``không tăng, không
giảm``), a share (``đạt 84,61%`` of ``ke_hoach``, ``1,9%`` of another row), a
sum of rows or count × per-unit amount among the rows the same clause states,
``vượt`` (this period less the target), and a change the table holds as a row
of its own (``Hộ nghèo giảm``) or as an index or rate row (``Chỉ số ... so với
cùng kỳ`` = 92,8).  A rate is of the row of the number it follows (``đạt 18,5
tỷ USD, tăng 8,1%``; ``lần lượt`` maps rates to rows in order); when its words
name the base (``so với cùng kỳ``, ``kế hoạch``) it is that ratio of that row or
wrong; and when only a row the text states nowhere explains it, the number it
follows was that row's (a moved number).  The rows a derivation may use are those the
text has tied numbers to nearby (clause, sentence, paragraph), else those of
the section and organisation, else, in a text that names neither, the table.
When nothing derives the number, ``_unsupported`` says what the table holds.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from decimal import Decimal

from service.checker.otherstretch import stretch_base_apart
from service.checker.changenoun import ruled_out_by_noun
from service.checker.basebefore import base_before_direction
from service.checker.beforerow import apart_for_a_year_ago_rate, before_index_of, said_by_before_index
from service.checker.boundverdict import RANGE_REASON, RATE_RANGE_REASON, far_from, unproved_range
from service.checker.childsum import children_total
from service.checker.listedwhole import listed_parts_whole, turned_direction, turned_rate
from service.checker.context import Where
from service.checker.extract import Mention
from service.checker.match import MORE, Row, TableIndex, fold, same_line, tokens, value_supports
from service.checker.model import NumberCheck
from service.checker.joinedrows import joined_nouns, rows_named
from service.checker.keptbase import same_kept_base
from service.checker.levelafter import level_after
from service.checker.respective import governing_cue
from service.checker.indexchild import index_by_parent
from service.checker.indexvalue import INDEX_LABEL, change_of_compared
from service.checker.onewaychange import change_said
from service.checker.ownindex import rate_base
from service.checker.samemonth import month_of
from service.checker.perunitrow import keeps_amount_per_unit
from service.checker.periodrow import stands_for
from service.checker.wording import fmt_like, fmt_row_value
from service.checker.keptindex import kept_index_of
from service.checker.monthorder import other_stretch
from service.checker.namedmultiple import quantity_row
from service.checker.notefigure import note_figures, noted_derivation
from service.figures.model import kept_rate_of
from service.checker.recognisers import aspects, casepairs, changes, counted, listwhole, multiples, plans, rates, wordranges
from service.checker.recognisers import spreadunits
from service.checker.recognisers.bareshare import subject_of_bare_share
from service.checker.recognisers.opensubject import opening_subject
from service.checker.recognisers.targetgap import gap_to_plan
from service.checker.recognisers.aboutwords import head_named, words_named
from service.checker.recognisers.bases import bracketed_base, pair_base
from service.checker.shareunder import share_under
from service.checker.recognisers.shares import (REACH, enumeration_parts, fraction_beside, named_whole,
                                               quotient_right_after, reads_as_share, whole_candidates)
from service.numbers import format_vn

#: how well the words of a clause must fit a row for its plan share to be judged against that row (``_subject_fits``)
SUBJECT_FIT = 0.3
_PERIOD_WORDS = frozenset("ngày tuần tháng quý năm kỳ đợt lần".split())
#: ``, mẹ Việt Nam Anh Hùng ``: a comma, then the words naming whom the next amount of a list is for.
_LIST_ITEM_GAP = re.compile(r"(?i)\s*,\s*(?!.*(?<!\w)(?:tổng|cộng|tất\s+cả|toàn\s+bộ|số\s+tiền|thành\s+tiền|kinh\s+phí|"
                            r"trị\s+giá|với|là)(?!\w))(?:[^\W\d_]+\s+){1,6}")
#: ``500.000 đồng tiền mặt và 10kg gạo``: the first amount's noun, then ``và`` — the same gift's next part.
_AND_GAP = re.compile(r"(?i)\s+(?:[^\W\d_]+\s+){0,3}và\s+")
_EACH_BEFORE = re.compile(r"(?i)(?<!\w)mỗi(?:\s+[^\W\d_]+){1,6}\s+$")
_PER_UNIT = re.compile(r"(?i)mỗi|mức|hằng tháng|hàng tháng|bình quân|đơn giá|/")
#: (not across ``và``: ``động viên 17 học sinh vượt khó học giỏi và 5 giáo viên`` — the next item of a list)
OVER_BEFORE = re.compile(r"(?i)(?<!\w)vượt(?:\s+(?:mức|chỉ tiêu|kế hoạch))?(?:(?!\svà\s)[^.;\d]|\d{4}){0,50}$")
#: Labels of rows that count a change themselves ("Hộ nghèo giảm", "Hội viên tăng thực", "phát triển mới").
_CHANGE_LABEL = re.compile(r"\b(?:tang|giam|moi|them|phat trien|ket nap)\b")
#: ``vượt 587 người``, ``vượt chỉ tiêu 587 người``: the excess of a result over its plan.
_EXCESS_BEFORE = re.compile(r"(?i)(?<!\w)(?:vượt|hụt|thiếu)(?:\s+(?:chỉ\s+tiêu|kế\s+hoạch|KH))?\s*$")
#: ``trong đó``, ``trong số đó``: what follows is a part of the number before.
_SUBSET = re.compile(r"(?i)(?<!\w)trong\s+(?:số\s+)?đó(?!\w)")
#: ``chiếm``, ``chiếm tỷ lệ``, ``chiếm tỷ trọng`` right before a percentage: a part's share of a whole.
_SHARE_CUE = re.compile(r"(?i)(?<!\w)chiếm(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?(?:\s+(?:khoảng|gần|hơn|trên|là))?\s*$")
#: Labels of rows that count an increase or a decrease (not what is new: "thụ lý mới 58 tin (tăng 9 tin)").
#: a row that counts a change: "Số hội viên giảm", "Hộ nghèo tăng" — with their accents: "Giam giữ" (detention) and
#: "tầng" are no change (zf-lam-dong-nguoi-nghien-ma-tuy-2022-09)
_COUNTED_CHANGE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)")
#: a row that is a rate against the plan: "…: tỷ lệ % so dự toán HĐND tỉnh giao", "Tỷ lệ đạt so với kế hoạch"
#: A row that keeps the excess over the plan itself (``Vượt kế hoạch năm (%)`` = 11,7), not the rate of the plan.
_EXCESS_LABEL = re.compile(r"(?<!\w)vuot(?!\w)")
#: a word saying the number is a sum of the parts named: "tổng cộng", "cả hai huyện", "chung", "gồm", "tất cả"
_SUM_WORD = re.compile(r"\b(?:tong|cong|ca|chung|gom|tat ca|toan bo|cong lai)\b")
#: (or a column titled ``% kế hoạch năm``: the loader's ``Doanh thu: % kế hoạch năm``, xg-hai-phong-ctcp-cap-nuoc and
#: zx-toan-quoc-tap-doan-tkv)
_PLAN_SHARE_LABEL = re.compile(r"\b(?:so(?: voi)?|dat|vuot)\b.{0,20}\b(?:du toan|ke hoach|kh|chi tieu|nghi quyet)\b"
                               r"|%\s*(?:du toan|ke hoach|kh)\b")
_RATE_WORDS = frozenset({"ty", "le"})
#: a whole named with its period: "số hồ sơ trực tuyến của quý I năm 2022", "của cả năm 2021", "cùng kỳ"
_OF_ANOTHER_PERIOD = re.compile(r"(?i)(?<!\w)của\s+(?:cả\s+)?(?:(?:quý|tháng)\s+[\dIVX]+\s+|\d+\s+tháng\s+(?:đầu\s+)?)?"
                                r"năm\s+(?P<year>(?:19|20)\d\d)(?!\d)")
#: An aspect named right after a rate: ``tăng 3,6% về lượng``, ``giảm 5,3% về trị giá``, ``tăng 2% theo giá trị``.
_ASPECT_AFTER = re.compile(r"\s*(?:về|theo)\s+\w")
#: A base other than last year's same period named right after a rate: ``so với ngày 10/9/2018``, ``so với tháng
#: trước``, ``so với 15 ngày đầu tháng 8``, ``so với đầu năm`` (``so với năm 2013``, ``năm trước`` are last year's).
_OTHER_BASE = re.compile(r"(?i)\s*(?:[,;]\s*)?(?:\S+\s+){0,4}?so\s+(?:với\s+)?(?:ngày|\d+\s+ngày|(?:tháng|quý|kỳ|tuần)"
                         r"\s+trước|đầu\s+(?:năm|tháng|kỳ)|cuối\s+năm)")
#: The code suffix of a running total's row (``3-LK``, ``3-LKDN``, primed when taken).
_RUNNING_CODE = re.compile(r"-LK(?:DN)?'*$")
#: A sentence that goes on to a whole's parts: ``…, trong đó khu vực …``, ``Trong đó: …``.
_PART_OPENS = re.compile(r"(?i)(?<!\w)trong\s+đó(?!\w)")
_PART_RATE_WORDS = frozenset({"tang", "giam", "dat", "bang", "muc", "toc", "do"})
#: A kept rate measured against last year (folded label): ``…: tốc độ tăng so với cùng kỳ năm 2017``.
_YEAR_AGO_LABEL = re.compile(r"\bcung (?:ky|thoi ky|thang)\b|\bnam truoc\b")
_CLAUSE_STOP = re.compile(r"[.;:!?\n]|,\s|\s(?:và|nhưng)\s")
_NAMED_UNIT_AFTER = re.compile(r"\s*(?:về\s+)?số\s+(\w+(?: \w+)?)")
_NAMED_UNIT_BEFORE = re.compile(r"số\s+(\w+(?: \w+)?)\s*$")
#: What stands between a change and its rate: ``giảm 29 vụ (16,1%)``, ``tăng 22 vụ, tỷ lệ 21,6%``, ``giảm 4 người chết
#: (bằng 7%)``, ``tăng 263 vụ tương ứng với 7,85%`` (the ministry's notices restate every change so, no comma),
#: ``tăng 243 nghìn thành viên (khoảng 4%)``, ``tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%``, the rate typed with
#: its sign (``tăng 224 vụ (+6,72%)``, ``giảm 226 số đối tượng bị bắt giữ, xử lý (-3,63%)``).
_RATE_AFTER_CHANGE = re.compile(r"(?i)(?:,?[ \t]+[^\W\d_]+){0,8}?[ \t]*(?:(?:\([ \t]*|,[ \t]*)(?:(?:chiếm[ \t]+)?(?:tỷ|tỉ)[ \t]+"
                                r"lệ|bằng|tương[ \t]+(?:ứng|đương)(?:[ \t]+(?:với|tỷ[ \t]+lệ))?)?|(?<=[ \t])tương[ \t]+"
                                r"(?:ứng|đương)(?:[ \t]+(?:với|tỷ[ \t]+lệ))?)[ \t]*(?:giảm|tăng)?[ \t]*"
                                r"(?:(?:khoảng|gần|hơn|trên|xấp[ \t]+xỉ)[ \t]+)?[+\-−]?[ \t]*")
#: What stands between a change and the same change written the other way: ``tăng 2,63% (1,32 tạ/ha)``,
#: ``giảm 160 lượt = 44,82%``, ``giảm 1.686ha (bằng 2,24%)``, ``tăng 5 vụ, tương ứng 12,5%``.
_OTHER_FORM = re.compile(r"(?i)[ \t]*%?(?:[ \t]*[^\W\d_]+(?:/[^\W\d_]+)?){0,4}?[ \t]*"
                         r"(?:\([ \t]*|=[ \t]*|,[ \t]*(?=tương)|(?<=[ \t])(?=tương[ \t]+(?:ứng|đương)))"
                         r"(?:(?:tương[ \t]+(?:ứng|đương)(?:[ \t]+với)?|bằng|khoảng)[ \t]*)?(?:=[ \t]*)?")
#: ``gấp 2,7 lần so với cùng kỳ``, ``tăng 2,3 lần so với cùng kỳ năm 2012``: a multiple of last period's value.
_TIMES_BEFORE = multiples.TIMES_BEFORE
_TIMES_AFTER = re.compile(r"(?i)\s*lần\s+" + multiples.ABOUT_BEFORE_BASE
                          + r"(?:so\s+(?:với\s+)?)?(?:cùng\s+kỳ|năm\s+trước|kỳ\s+trước|năm\s+\d{4})")
#: ``nộp ngân sách … gần 32,2 tỷ đồng (tăng gấp hơn 2 lần)``: a rise as a multiple, its base left unsaid — last period's.
#: ``gấp hơn 1,2 lần so với nhóm hộ giàu nhất``: a multiple of another unit's value, named after ``so với``.
_TIMES_OTHER_AFTER = re.compile(r"(?i)\s*lần\s+so\s+(?:với\s+)?[^\W\d_]")
_RISE_TIMES_BEFORE = multiples.RISE_BEFORE
_TIMES_BARE_AFTER = re.compile(r"\s*lần\s*(?:\)|[.,;](?=\s|$)|$)")
#: ``giảm 8,6% về số doanh nghiệp và tăng 34,9% về số vốn đăng ký so với cùng kỳ`` (yn-lam-dong-ubnd-tinh-doanh-
#: nghiep): ``về`` after a rate names what the rate is of
_ABOUT_AFTER = re.compile(r"(?i)[ \t]+về[ \t]+(?:số[ \t]+|mặt[ \t]+)?([^\W\d_][^,;.:()\n\d]{1,40}?)"
                          r"(?=[ \t]+(?:so[ \t]+với|và|cùng|của)(?!\w)|[ \t]*(?:[,;.:()\n]|$))")
_PHRASE_STOP = re.compile(r"[,;.()\n]")
_CUNG_KY_NAMED = re.compile(r"(?i)\bcùng\s+kỳ|\bso\s+(?:với\s+)?(?:năm|kỳ|vụ)\b")
#: Units of a rate per mille (``17,15%o``, ``‰``): a change written in them is in points, as a percentage's is.
_PER_MILLE = frozenset({"%o", "‰", "%0", "phần nghìn"})
#: ``67,75% so với LLDQ``, ``1,15% so với dân số``: a base named that is no period and no plan.
_NAMED_OTHER = re.compile(r"(?i)[ \t]*so[ \t]+với[ \t]+(?!(?:cùng|năm|kỳ|kế|kh|chỉ|tháng|quý|dự|mục|trước|đầu|cuối|vụ"
                          r"|thời|giai|nhiệm|đợt|lần|nghị|ngày|tuần|tổng)(?!\w))((?:[^\W\d_]+[ \t]*){1,5})(?=[).,;:\n]|$)")
#: ``bình quân mỗi năm``, ``bình quân hằng năm``, ``trung bình mỗi năm``: a change spread over the years.
_EACH_YEAR = re.compile(r"(?i)(?<!\w)(?:bình\s+quân|trung\s+bình)\s+(?:mỗi|hằng|hàng|một)\s+năm(?!\w)")
#: ``so với tháng trước``, ``so với quý liền trước``, ``so với kỳ trước``: the previous period as a change's base.
_PREVIOUS_NAMED = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}?so\s+(?:với\s+)?(?:(?:tháng|quý|kỳ|tuần)\s+(?:liền\s+)?trước"
                             r"|(?:tháng|quý|kỳ|tuần|thời\s+gian|giai\s+đoạn)\s+liền\s+kề)(?!\w)")
#: a sentence that opens on the previous stretch as its base: ``So với tuần liền kề trước đó giảm 49 vụ (-19,76%), giảm
#: 34 người chết (-25,56%)`` (yp-toan-quoc-cuc-csgt-tai-nan-giao-thong-tuan-dau-cao-diem-tet-2022-11)
_OPENS_ON_PREVIOUS = re.compile(r"(?i)\s*(?:[^\W\d_]+\s*,\s*)?so\s+(?:với\s+)?(?:(?:tháng|quý|kỳ|tuần)\s+(?:liền\s+)?trước"
                                r"|(?:tháng|quý|kỳ|tuần|thời\s+gian|giai\s+đoạn)\s+liền\s+kề)(?:\s+trước\s+đó)?(?!\w)")
#: a change's rate after a dash or its base: "tăng 16 vụ - tương đương 160%", "tăng 40 vụ so với thời gian liền kề -
#: tương đương 68,97%"
_RATE_AFTER_PREVIOUS = re.compile(r"(?i)(?:\s*[^\W\d_]+){0,2}?(?:\s*so\s+(?:với\s+)?[^\W\d_][^\d,;()–\-]{0,30}?)?\s*[,\-–(]\s*"
                                  r"(?:tương\s+(?:đương|ứng)(?:\s+với)?|bằng)\s*[+\-−]?\s*")
#: the change's rate said right after it, before its base: "tăng 96 vụ, tương đương 80% so với thời gian liền kề"
_RESTATED_RATE = re.compile(r"(?i)\s*(?:[^\W\d_]+\s*){0,2}?[,\-–(]?\s*(?:tương\s+(?:đương|ứng)(?:\s+với)?|bằng)\s*"
                            r"[+\-−]?\s*\d[\d.,]*\s*%\)?")
#: ``so với tháng 6/2017``, ``so với quý II năm 2023``: a month or quarter named by its number (``_previous_dated``)
_PREVIOUS_DATED = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}?so\s+(?:với\s+)?(tháng|quý)\s+(\d{1,2}|[IVX]{1,3})"
                             r"(?:\s*[/.\-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/])")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_SO_VOI_DATED = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+)?(?:tháng|quý)\s")
#: another base between a dated one and the change: the dated one no longer governs it
_ANOTHER_BASE = re.compile(r"(?i)(?<!\w)(?:so\s+(?:với\s+)?|cùng\s+kỳ|kế\s+hoạch|chỉ\s+tiêu)")
#: the change's own base after it, before its clause ends ("…; người bị thương giảm 3 người so với cùng kỳ")
_BASE_AFTER = re.compile(r"(?i)[^.;:\n]*?(?<!\w)(?:so\s+(?:với\s+)?|cùng\s+kỳ)")
#: a change in per cent, then the same change in the count's unit in brackets: "giảm 5,2% (54 trường hợp)"
_RATE_THEN_COUNT = re.compile(r"(?i)(?<!\w)(tăng|giảm)\s+[\d.,]+\s*%\s*\(\s*$")
#: "tăng 46 vụ/85 đối tượng so với cùng kỳ", "(giảm 78 vụ/276 bị can)": the count after the slash changes too
_CHANGE_SLASHED = re.compile(r"(?i)(?<!\w)(tăng|giảm)(?:\s+(?:thêm|bớt))?\s+[\d.,]+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/\s*$")
#: a sentence that opens with the period compared: "Cụ thể, so với tháng 9/2014, …"
_OPENS_WITH_COMPARISON = re.compile(r"(?i)\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*,\s*)?(\s*so\s+(?:với\s+)?(?:tháng|quý)\s+[^,.;\n]{1,12}),")
#: ``so dự toán giao đạt 42%``, ``so với kế hoạch năm bằng 55%``: the base named right before the rate's verb.
_BASE_BEFORE = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+)?([^\W\d_][^,.;:()\d]{1,40}?)\s+(?:ước\s+)?(?:đạt|bằng)"
                          r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
#: ``so cùng kỳ 2019``, ``so với năm 2015``: the year a comparison is with, named right after it.
_OTHER_YEAR = re.compile(r"(?i)[^.;()\n\d]{0,25}?(?<!\w)so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:năm\s+)?((?:19|20)\d\d)(?!\d)")
#: ``thấp hơn 5,25% so với chỉ tiêu …``, ``vượt 0,05% so với chỉ tiêu …``: a gap to a target (``_gap_to_stated_target``).
_GAP_AFTER = re.compile(r"(?i)\s*so\s+(?:với\s+)?(?:[^\W\d_]+\s+){0,3}?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|dự\s+toán|KH)"
                        r"(?!\w)")
_GAP_WORD = re.compile(r"(?i)(?<!\w)(thấp|cao|kém|hụt|thiếu|vượt|giảm|tăng|chậm|nhanh)(?:\s+hơn)?(?:\s+(?:khoảng|gần|hơn|trên|"
                       r"xấp\s+xỉ))?\s*$")
#: ``còn thiếu trên 15,42% so với chỉ tiêu của Tổng cục giao là trên 32%``: the target itself said after the gap
_TARGET_STATED = re.compile(r"(?i)\s*so\s+(?:với\s+)?[^\d;.]{0,60}?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)[^\d;.]{0,40}?"
                            r"(?:là|bằng|:)\s*$")
#: ``đạt 105% kế hoạch``, ``bằng 55% so với dự toán``: a rate of the plan itself (its gap is to 100%)
_PLAN_RATE = re.compile(r"(?i)\s*(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|KH|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu)(?!\w)")
_PLAN_NAMED = re.compile(r"(?i)\bkế\s+hoạch|\bKH\b|\bchỉ\s+tiêu|\bdự\s+toán|\bmục\s+tiêu|\bnhiệm\s+vụ\s+(?:thu|chi)\b")
#: ``So với dự toán Trung ương giao, thu ngân sách … đạt 72%``: the base named at the head of the sentence.
#: ``so với HĐND huyện giao``, ``so với chỉ tiêu UBND tỉnh giao`` (c14-ninhthuan-huyen-2022-h1): a plan named by its
#: words or by who set it, ``so với`` before it at most (``_second_plan``).
_SO_VOI_LEAD = re.compile(r"(?i)^so\s+(?:với\s+)?")
_A_PLAN = re.compile(r"(?i)\bkế\s+hoạch|\bKH\b|\bchỉ\s+tiêu|\bdự\s+toán|\bmục\s+tiêu|\bnhiệm\s+vụ\s+(?:thu|chi)\b"
                     r"|(?:(?:UBND|HĐND|Ủy\s+ban|Hội\s+đồng)\s+(?:nhân\s+dân\s+)?)?(?:tỉnh|huyện|thành\s+phố|thị\s+xã)"
                     r"\s+giao\b")
_BASE_OPENS = re.compile(r"(?i)\s*(?:[-–+•]\s*)?so\s+(?:với\s+)?([^,.;:\d]{2,60}),")
#: ``đạt 55,5%``, ``ước đạt 48,2%``: a rate reached, whose base the words around it may name.
_REACHED_RATE = re.compile(r"(?i)(?<!\w)(?:ước\s+)?đạt(?:\s+(?:tỷ\s+lệ|khoảng|gần|hơn|trên))?\s*$")
#: ``10.100 con, ``, ``823,7 tỷ đồng, ``: an amount's unit words, then a comma, before the rate of it.
_AMOUNT_THEN = re.compile(r"(?:\s*[^\W\d_]+){0,2}\s*,\s*")
#: ``so với …``: the words after a rate name its base (whatever it is).
_SO_VOI = re.compile(r"(?i)(?<!\w)so(?:\s+với)?(?!\w)")
#: ``năm 2017 đạt``, ``tháng 5 đạt``: the rate's own words give it a time.
_OWN_TIME = re.compile(r"(?i)(?<!\w)(?:năm|tháng|quý|kỳ)\s+(?:\d{1,4}|trước|này)\s+(?:ước\s+)?đạt")
#: ``Trong đó,``: the sentence breaks down the one before it.
_BREAKS_DOWN = re.compile(r"(?i)\s*trong\s+(?:đó|số\s+đó)\s*[,:]")
#: A share's row: ``Tỷ lệ gia đình văn hóa so với tổng số gia đình toàn tỉnh`` (folded).
_SHARE_ROW = re.compile(r"\bty le\b|\bty trong\b|\bso voi tong\b|\btren tong\b")
#: A rate of change's label (folded): ``Tốc độ tăng``, ``Tăng trưởng``, ``Tỷ lệ tăng``; also a column of changes in both
#: directions the loader keeps in the label, ``… so với cùng kỳ (tăng/giảm %)``, ``… tăng (+)/giảm (-) so với tháng
#: trước``: a change, not an index, even where ``so với cùng kỳ`` or ``Chỉ số`` names the base (xi-toan-quoc-tong-cuc-
#: thong-ke-chi-so-iip-2018-10t, yi-toan-quoc-tong-cuc-thong-ke-chi-so-gia-tieu-dung-2012-10)
_RATE_LABEL = re.compile(r"\btoc do (?:tang|phat trien)|\btang truong\b|\bty le tang\b|\bmuc tang\b"
                         r"|\btang\s*(?:\(\+\)\s*)?[/,]\s*giam\b")
#: The whole a share names right after it without ``tổng``: ``(chiếm 64,44% số hộ đăng ký)`` (d2-gialaitv).
_COUNT_WHOLE_NAMED = re.compile(r"(?i)\s*(?:của\s+|trong\s+|so\s+với\s+)?((?:tổng\s+)?số\s+[^\W\d_]+"
                                r"(?:\s+[^\W\d_]+){0,4})")


def _same_direction(m: Mention, row: Row) -> bool:
    """A row counting a change says which way (``Hộ nghèo giảm``); anything else counts an increase."""
    label = fold(row.fig.chi_tieu)
    down = bool(re.search(r"\bgiam\b", label))
    return (m.comparison == "giảm") == down


_LESS = {"gần", "dưới", "chưa đến"}
#: ``99,93% tổng dư nợ toàn chi nhánh``: the whole a share is of, named right after it (``recognisers.shares``).
_WHOLE_NAMED = re.compile(r"(?i)\s*(?:của\s+|trong\s+|so\s+với\s+)?(tổng\s+(?:số\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,5})")


def _within_qualified_part(part: Mention, whole: Decimal, share: Mention) -> bool:
    """``… số tiền đủ điều kiện thi hành là 10,6 tỷ đồng. … đã đạt hơn 5,6 tỷ đồng, đạt 53,47%``: a part written with
    ``hơn``/``trên`` (or ``gần``) and rounded at its last written digit lies within one unit of that digit above (or
    below) what it says, so its share of the whole lies within the matching interval (5,6–5,7 of 10,6: 52,8–53,8%)."""
    if part.qualifier not in MORE | _LESS or part.value is None or not whole or share.value is None:
        return False
    digits = part.raw.strip().split()[0] if part.raw.strip() else ""
    if part.decimals:
        step = Decimal(1).scaleb(-part.decimals)
    else:
        plain = re.sub(r"\D", "", re.sub(r",\d*$", "", digits)) or "1"
        step = Decimal(10) ** (len(plain) - len(plain.rstrip("0"))) if plain.strip("0") else Decimal(1)
    step *= part.scale
    lo, hi = (part.value, part.value + step) if part.qualifier in MORE else (part.value - step, part.value)
    a, b = lo / whole * 100, hi / whole * 100
    half = Decimal(1).scaleb(-share.decimals) / 2
    return a - half <= share.value <= b + half


def _within_qualified_whole(part: Mention, whole: Mention, share: Mention) -> bool:
    """``kim ngạch xuất khẩu … ước tính đạt trên 240 tỷ USD`` … ``khu vực có vốn đầu tư nước ngoài … đạt 177,8 tỷ USD,
    …, chiếm 73,9% tổng kim ngạch xuất khẩu`` (c14-vn-xuatkhau-2021-9t: 177,8 + 62,72 = 240,52): a whole written with
    ``trên``/``hơn`` (or ``gần``) lies within one unit of its last written digit above (or below) what it says, so a
    part's share of it lies within the matching interval (177,8 of 240–241: 73,8–74,1%)."""
    if whole.qualifier not in MORE | _LESS or whole.value is None or part.value is None or share.value is None:
        return False
    step = Decimal(1).scaleb(-whole.decimals) * whole.scale
    lo, hi = (whole.value, whole.value + step) if whole.qualifier in MORE else (whole.value - step, whole.value)
    if lo <= 0:
        return False
    a, b = part.value / hi * 100, part.value / lo * 100
    half = Decimal(1).scaleb(-share.decimals) / 2
    return a - half <= share.value <= b + half



#: A label that says a change or a comparison of its own (then its group's heading says nothing of its value).
_CHANGE_WORDS = re.compile(r"\b(?:tang|giam|chenh|vuot|so voi|so cung|chi so|ty le|toc do)\b")


def heading_words(row: Row) -> str:
    """The folded heading of the group a row stands under (``Figure.muc``), its number (``B.``, ``II.``) dropped."""
    return re.sub(r"^\s*[0-9A-Za-z]{1,4}[.)]\s*", "", fold(row.muc or ""))


def rate_by_heading(row: Row) -> bool:
    """A percent row whose label is a bare name (``Khu vực Thái Bình`` = 65 %) under a group whose heading says what
    its values are (``B. Tốc độ tăng khối lượng hàng hóa thông qua một số khu vực cảng biển``): a rate of change,
    as a label ``Khu vực Thái Bình: tốc độ tăng …`` would say (ya-toan-quoc-cuc-hang-hai-hang-hoa-qua-cang-bien-
    2021-h1; d4-thoibaotaichinh-cangbien-3t-2021, d4-baobariavungtau-container-9t-2021)."""
    if row.kind != "percent" or not row.muc:
        return False
    label = fold(row.fig.chi_tieu)
    return not _CHANGE_WORDS.search(label) and _RATE_LABEL.search(heading_words(row)) is not None


#: How much of a unit's label (idf-weighted) a rate's own phrase must say to be that unit's (``_named_rates``).
UNIT_NAMED = 0.5


def rate_words(row: Row) -> str:
    """The folded words that say what a rate row's value is: its label, or for a row whose group's heading says it
    (``rate_by_heading``) that heading."""
    return heading_words(row) if rate_by_heading(row) else fold(row.fig.chi_tieu)


#: the plan named right before its value after «vượt»: ``vượt mục tiêu đưa 110.000 lao động``, ``vượt kế hoạch 110.000``
#: (ys-toan-quoc-cuc-quan-ly-lao-dong: the year's aim, which the table keeps as the row's Kế hoạch)
_PLAN_NAMED_BEFORE = re.compile(r"(?i)(?<!\w)vượt\s+(?:các\s+)?(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)(?:\s+[^\W\d_]+){0,3}\s*$")


def _falls(row: Row, x: Decimal) -> bool:
    """A rate row's value says a fall: below zero, or a positive rate of a row that names only a fall (``Tốc độ
    giảm …``) — in its label, or in its group's heading when the label is a bare name (``rate_by_heading``)."""
    label = rate_words(row)
    named_fall = re.search(r"\bgiam\b", label) is not None and re.search(r"\btang\b", label) is None
    return x < 0 or (named_fall and x > 0)


#: a code of a child row: its parent's code, a dot, its own number (``II.5.3`` under ``II.5``)
_CHILD_CODE = re.compile(r"^(.+)\.(\d+)$")


def _parent_code(code: str) -> str | None:
    """The parent's code of a child row's code (``II.5.3`` → ``II.5``), None for a code that says no parent (``3``,
    ``R-12``, ``TN-03``): a sum of rows is of parts of one whole, children of one row, where the codes say so."""
    m = _CHILD_CODE.match(code or "")
    return m.group(1) if m else None

class Derivations:
    """Pass 2, mixed into the checker (``check._Checker``): it reads ``mentions``, ``where``, ``rows``, ``idx``."""

    def _local_rows(self, i: int, scope: str) -> list[Row]:
        """Rows the text has tied numbers to in the same clause/sentence/paragraph as mention i."""
        w = self.where[i]
        key = {"clause": ("clause", w.paragraph, w.clause), "sentence": ("sentence", w.paragraph, w.sentence),
               "paragraph": ("paragraph", w.paragraph)}[scope]
        out = []
        for k in self._groups.get(key, ()):
            r = self.rows[k]
            if r is not None and k != i and r not in out:
                out.append(r)
        return out

    def _scope_rows(self, i: int, kind: str | None = None) -> list[Row]:
        """Rows of the mention's section and organisation (none when neither is known)."""
        w = self.where[i]
        key = (w.section, w.org, kind)
        cache = self.__dict__.setdefault("_scope_cache", {})
        if key not in cache:
            cache[key] = self._scope_rows_uncached(w, kind)
        return list(cache[key])

    def _scope_rows_uncached(self, w: Where, kind: str | None) -> list[Row]:
        rows = []
        for r in self.idx.rows:
            if w.section and r.muc != w.section and r.fig.ma not in self.placed:
                continue
            if not w.section and not w.org:
                continue
            if not self._org_ok(w, r):
                continue
            if kind and r.kind != kind:
                continue
            rows.append(r)
        return rows

    def _derived(self, i: int) -> NumberCheck:
        m = self.mentions[i]
        if self._rate_range_end(i):   # "Hà Tĩnh tăng từ 22% đến 28%": an end of several units' changes (boundverdict)
            return self._result(m, "unverified", reason=RATE_RANGE_REASON.format(raw=m.raw.strip()))
        other = self._gap_to_unstated_target(i) or self._other_form_of_change(i) or self._multiple_of_last(i) \
            or self._multiple_of_quantity(i)
        if other is not None:
            return other
        term = self._term_of_share(i)
        if term is not None:
            return term
        other_period = self._of_another_period(i)
        if other_period is not None:
            return other_period
        if m.kind == "count" and rates.per_one(self.text, m.num_start, m.num_end):
            return self._result(m, "not_a_figure", derivation="đơn vị tính bình quân (1 người, 1 tháng), không phải số đếm")
        if m.kind in ("count", "percent") and m.comparison is None and m.value is not None:
            ranged = changes.rate_range(self.text, m.num_start, m.num_end) \
                or wordranges.range_in_words(self.text, m.num_start, m.num_end)
            if ranged:  # "tăng từ 40 - 46%": a range of rates of change of several units, no row's
                m.comparison = ranged
                return self._unverified(i, None, "cung_ky")
        if m.kind == "percent" and m.comparison is None:
            said = changes.adverbed(self.text, m.num_start, price_kept=self._row_stated_after(i) is not None) \
                or changes.aspects(self.text, m.num_start)
            if said:  # "giảm nhẹ 2% so với tháng 8", "vẫn tăng rất cao là 22,8%": a rate of change
                m.comparison = said
            resp = changes.respective(self.text, m.num_start) if not said else None
            if resp:  # "tăng lần lượt 18% và 27% so với cùng kỳ": the first of the list is a change too
                m.comparison = resp
                return self._change_against_previous(i) or self._against_other_year(i) or self._change(i)
        times = self._multiple_of_stated(i) or self._multiple_of_other(i)
        if times is not None:
            return times
        daily = self._average_per_day(i)
        if daily is not None:
            return daily
        restated = _RATE_THEN_COUNT.search(self.text, max(0, m.num_start - 30), m.num_start) \
            if m.kind == "count" and m.comparison is None else None
        if restated:  # "giảm 5,2% (54 trường hợp)": the same change, in the count's unit
            m.kind, m.comparison = "change", restated.group(1).lower()
        slashed = _CHANGE_SLASHED.search(self.text, max(0, m.num_start - 40), m.num_start) \
            if m.kind == "count" and m.comparison is None else None
        if slashed:
            m.kind, m.comparison = "change", slashed.group(1).lower()
            return self._change(i)
        listed = changes.listed(self.text, m.num_start) if m.kind == "count" and m.comparison is None else None
        if listed:  # "giảm sâu số hộ nghèo là: Hiệp Hòa (gần 1,2 nghìn hộ); Sơn Động (982 hộ)": each unit's change
            m.kind, m.comparison = "change", listed
            return self._change(i)
        over = self._gap_to_stated_target(i) or self._over_target(i)
        if over is not None:
            return over
        if m.kind == "change" or (m.kind == "percent" and m.comparison):
            return self._joined_rows(i) or self._change_against_previous(i) or self._against_other_period(i) \
                or self._average_change(i) or self._against_other_year(i) or self._change(i)
        if m.kind == "percent":
            yearly = changes.yearly_average(self.text, m.num_start) if not m.comparison else None
            if yearly:  # "giảm bình quân hằng năm trên 2,5%": a change over years, not last year's
                m.comparison = yearly
                return self._average_change(i) or self._rate_as_cell(i) or self._unverified(i, None, "cung_ky")
            return self._rate_of_previous_change(i) or self._rate_of_unverified_change(i) or self._percent(i)
        return self._joined_rows(i) or self._persons_of_pair(i) or self._over_stated_base(i) \
            or self._quotient_of_rows(i) or self._count_of_list(i) or self._children_total(i) or self._combination(i)

    def _rate_range_end(self, i: int) -> bool:
        """A rate (``tăng từ 22% đến 28%``, ``giảm từ 13% - 27%``) that is one end of a range of rates of change
        (``wordranges``, ``changes.rate_range``), whatever the extractor read before it."""
        m = self.mentions[i]
        return m.kind == "percent" and m.comparison in (None, "tăng", "giảm") and m.value is not None and bool(
            changes.rate_range(self.text, m.num_start, m.num_end)
            or wordranges.range_in_words(self.text, m.num_start, m.num_end))

    def _children_total(self, i: int) -> NumberCheck | None:
        """``Trao 23 giải`` where ``Tác phẩm đạt giải`` = 23 keeps its prizes as children of ``giải``
        (``childsum.children_total``): the children's sum."""
        m = self.mentions[i]
        if m.kind != "count" or m.comparison is not None or m.value is None:
            return None
        found = children_total(self.idx, m.noun, Decimal(str(m.value)))
        if found is None:
            return None
        parent, kids = found
        d = " + ".join(k.fig.ma for k in kids) + f" = {format_vn(Decimal(str(m.value)))} (các phần của {parent.fig.ma})"
        return self._result(m, "derived", row=kids[0], column="ky_bao_cao", derivation=d)

    def _joined_rows(self, i: int) -> NumberCheck | None:
        """``tăng 46 người chết và bị thương``, ``33 người chết và mất tích``: two rows said as one
        (``joinedrows``), derived when the number is the sum of their values (of their changes, for a change)."""
        m = self.mentions[i]
        nouns = joined_nouns(self.text, m.end) if m.kind in ("count", "change") and m.value is not None else None
        if nouns is None:
            return None
        change = m.kind == "change"
        col = "cung_ky" if change else "ky_bao_cao"
        usable = [r for r in self.idx.rows if self._kind_ok(m, r) and r.kind == "count"
                  and r.values.get("ky_bao_cao") is not None and r.values.get(col) is not None]
        firsts, seconds = rows_named(usable, nouns)
        for a, b in itertools.product(firsts, seconds):
            if _parent_code(a.fig.ma) != _parent_code(b.fig.ma):
                continue
            if change:
                x = sum(r.values["ky_bao_cao"] - r.values["cung_ky"] for r in (a, b))
                x = x if m.comparison != "giảm" else -x
                how = f"({a.fig.ma} + {b.fig.ma}): kỳ này − cùng kỳ"
            else:
                x, how = a.values["ky_bao_cao"] + b.values["ky_bao_cao"], f"{a.fig.ma} + {b.fig.ma}"
            if x > 0 and value_supports(x, m.value, decimals=m.decimals, scale=m.scale, low=m.low,
                                        qualifier=m.qualifier if m.qualifier in MORE else None):
                self.rows[i] = a
                return self._result(m, "derived", row=a, column=col if change else "ky_bao_cao",
                                    derivation=f"{how} = {format_vn(x)}")
        return None

    def _persons_of_pair(self, i: int) -> NumberCheck | None:
        """``triệt phá 118 vụ với 176 đối tượng`` (``recognisers.casepairs``): the persons of the row the cases are
        of.  The sheet keeps them beside the cases in that row (``Số vụ | Số đối tượng``; the loader puts such a
        column of wholes in ``ke_hoach``): that value or wrong; a row that keeps only its cases cannot prove them
        (unverified, not a false alarm)."""
        m = self.mentions[i]
        if m.kind != "count" or m.comparison is not None or i == 0:
            return None
        k = i - 1
        first, row, done = self.mentions[k], self.rows[k], self.results[k]
        if row is None or done is None or not done.source or done.source.get("column") != "ky_bao_cao" \
                or self.where[k].sentence != self.where[i].sentence \
                or not casepairs.persons_of_pair(self.text, first.num_end, m.num_start, m.num_end):
            return None
        second = row.values.get("ke_hoach")
        if second is None or second < row.values.get("ky_bao_cao", 0):
            stem = row.fig.chi_tieu.rpartition(":")[0]
            cells = [r for r in self.idx.rows if r is not row and stem and r.fig.chi_tieu.rpartition(":")[0] == stem
                     and r.values.get("ky_bao_cao") is not None and r.unit != row.unit
                     and self.idx.unit_fit(m.noun, r) >= 0]
            said = casepairs.persons_noun(self.text, m.num_end)   # "bị can" names "số đối tượng, bị can, bị cáo"
            cell = next((r for r in cells if said and said in fold(r.fig.chi_tieu.rpartition(":")[2])),
                        cells[0] if cells else None)
            if cell is not None:  # a two-way sheet (``Số vụ | Số đối tượng``) loaded as one row per cell: the
                row, second = cell, cell.values["ky_bao_cao"]   # persons' cell of the same line
                self.rows[i] = row
                if value_supports(second, m.value, decimals=m.decimals, scale=m.scale, low=m.low, qualifier=m.qualifier):
                    return self._result(m, "supported", row=row, column="ky_bao_cao")
                return self._result(m, "unsupported", row=row, column="ky_bao_cao", reason=(
                    f"{row.fig.ma} ({row.fig.chi_tieu[:70]}) = {fmt_row_value(row, second)}, "
                    f"không phải «{m.raw.strip()}»"), expected=fmt_like(m, second))
            if any(self.idx.unit_fit(m.noun, r) > 0 or casepairs.persons_unit(r.unit) for r in self.idx.rows):
                return None   # the sheet counts such persons somewhere: the rows' own checks speak
            return self._result(m, "unverified", reason=(
                f"Chưa kiểm được: bảng số liệu chỉ giữ số vụ của {row.fig.ma} ({row.fig.chi_tieu[:70]}), không giữ "
                f"số người của các vụ đó để đối chiếu «{m.raw.strip()}»"))
        self.rows[i] = row
        if value_supports(second, m.value, decimals=m.decimals, scale=m.scale, low=m.low, qualifier=m.qualifier):
            return self._result(m, "supported", row=row, column="ke_hoach")
        return self._result(m, "unsupported", row=row, column="ke_hoach", reason=(
            f"{row.fig.ma} ({row.fig.chi_tieu[:70]}): {format_vn(row.values['ky_bao_cao'])} vụ, "
            f"{format_vn(second)} người — không phải «{m.raw.strip()}»"), expected=fmt_like(m, second))

    def _quotient_of_rows(self, i: int) -> NumberCheck | None:
        """``tổng số hộ chăn nuôi gia súc lớn là 41.944 hộ với 125.494 con; … số đầu gia súc bình quân 2,99 con/hộ``
        (zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023-2024): an amount per unit that is one row its paragraph states
        divided by another — the first in the amount's unit, the second counting what it is per."""
        m, w = self.mentions[i], self.where[i]
        if not m.per or m.value is None or m.kind not in ("count", "money", "measure"):
            return None
        stated = {id(r): r for k, r in enumerate(self.rows) if r is not None and k != i
                  and self.where[k].paragraph == w.paragraph and r.values.get("ky_bao_cao")}.values()
        tops = [r for r in stated if self._kind_ok(m, r) and (m.kind != "count" or self.idx.unit_fit(m.noun, r) > 0)]
        bases = [r for r in stated if r.kind == "count" and self.idx.unit_fit(m.per, r) > 0]
        for a in tops:
            for b in bases:
                if a is b:
                    continue
                x = a.values["ky_bao_cao"] / b.values["ky_bao_cao"]
                if value_supports(x, m.value, decimals=m.decimals, scale=m.scale, qualifier=m.qualifier,
                                  truncate=True):
                    self.rows[i] = a
                    return self._result(m, "derived", row=a, column="ky_bao_cao", derivation=(
                        f"{a.fig.ma}/{b.fig.ma}: {format_vn(a.values['ky_bao_cao'])} / "
                        f"{format_vn(b.values['ky_bao_cao'])} = {format_vn(x, 3)}"))
        return None

    def _other_form_of_change(self, i: int) -> NumberCheck | None:
        """``tăng 2,63% (1,32 tạ/ha) so với vụ mùa 2018``, ``giảm 0,34% (3.042 tấn)``, ``[giảm 160 lượt = 44,82% so
        cùng kỳ]``: the same change written the other way (an amount after a rate, a rate after an amount), right
        after it in brackets or after ``=``/``tương ứng``.  Derived when it is that row's change; otherwise left to
        the other readings (a wrong value is still caught there)."""
        m = self.mentions[i]
        if i == 0 or m.comparison or m.value is None:
            return None
        k, prev = i - 1, self.mentions[i - 1]
        row, done = self.rows[k], self.results[k]
        if prev.comparison not in ("tăng", "giảm") or row is None or done is None or done.verdict != "derived" \
                or (done.source or {}).get("column") != "cung_ky" or (prev.kind == "percent") == (m.kind == "percent"):
            return None
        if not _OTHER_FORM.fullmatch(self.text, prev.num_end, m.num_start):
            return None
        cur, old = row.values.get("ky_bao_cao"), row.values.get("cung_ky")
        if cur is None or not old or (cur > old) != (prev.comparison == "tăng"):
            return None
        diff = abs(cur - old)
        if m.kind == "percent":
            x, truncate, scale = diff / old * 100, True, 1
        else:
            if self.idx.unit_fit(m.noun, row) < 0:
                return None
            x, truncate, scale = diff, None, m.scale
        if not value_supports(x, m.value, decimals=m.decimals, scale=scale, low=m.low, qualifier=m.qualifier,
                              truncate=truncate):
            return None
        how = f"({format_vn(cur)} − {format_vn(old)})/{format_vn(old)} = {format_vn((cur - old) / old * 100, 2)}%" \
            if m.kind == "percent" else f"{format_vn(cur)} − {format_vn(old)} = {format_vn(cur - old)}"
        self.rows[i] = row
        return self._result(m, "derived", row=row, column="cung_ky", derivation=f"{row.fig.ma}: {how}")

    def _multiple_of_last(self, i: int) -> NumberCheck | None:
        """``đạt 1.521.000 lượt, …, gấp 2,7 lần so với cùng kỳ``, ``tăng 2,3 lần so với cùng kỳ năm 2012``, ``(tăng gấp hơn
        2 lần)`` (a rise whose base goes unsaid: last period's): this period
        as a multiple of last year's — derived from the row it follows when the table keeps last year, ``unverified``
        when it does not (as a rate of change without its base), wrong when the multiple is not the row's."""
        m = self.mentions[i]
        if m.value is None or m.kind not in ("count", "change") or m.comparison not in (None, "tăng") \
                or not _TIMES_BEFORE.search(self.text, max(0, m.num_start - 16), m.num_start):
            return None
        if not _TIMES_AFTER.match(self.text, m.num_end) and not (
                _TIMES_BARE_AFTER.match(self.text, m.num_end)
                and (_RISE_TIMES_BEFORE.search(self.text, max(0, m.num_start - 24), m.num_start)
                     or multiples.after_amount(self.text, m.num_start))):
            return None
        row = self._row_it_follows(i, "cung_ky")
        if row is None or not row.values.get("cung_ky"):
            return self._unverified(i, self._row_it_follows(i, "ky_bao_cao"), "cung_ky")
        cur, old = row.values["ky_bao_cao"], row.values["cung_ky"]
        x = cur / old
        how = f"{row.fig.ma}: {format_vn(cur)}/{format_vn(old)} = {format_vn(x, 2)} lần"
        if value_supports(x, m.value, decimals=m.decimals, scale=1, low=m.low, qualifier=m.qualifier, truncate=True):
            return self._result(m, "derived", row=row, column="cung_ky", derivation=how)
        return self._result(m, "unsupported", row=row, column="cung_ky", reason=(
            f"{how}, không phải «{m.raw.strip()} lần»"), expected=fmt_like(m, x.quantize(Decimal(1).scaleb(-m.decimals))))

    def _multiple_of_quantity(self, i: int) -> NumberCheck | None:
        """``tăng đến 3 lần nguồn vốn ngân sách chuyển sang NHCSXH``: a rise as a multiple of the quantity named after
        ``lần`` (``multiples.times_of_quantity``), over its last period's (unsaid) — derived from the quantity's row
        (``namedmultiple.quantity_row``) when the table keeps its last year, unproved when it does not."""
        m = self.mentions[i]
        if m.value is None or m.kind not in ("count", "change") or m.comparison not in (None, "tăng"):
            return None
        words = multiples.times_of_quantity(self.text, m.num_start, m.num_end)
        if words is None:
            return None
        row = quantity_row(words, self._scope_rows(i) or self.idx.rows)
        if row is None or not row.values.get("cung_ky") or not row.values.get("ky_bao_cao"):
            return self._unverified(i, row, "cung_ky")
        cur, old = row.values["ky_bao_cao"], row.values["cung_ky"]
        x = cur / old
        how = f"{row.fig.ma}: {format_vn(cur)}/{format_vn(old)} = {format_vn(x, 2)} lần"
        if value_supports(x, m.value, decimals=m.decimals, scale=1, low=m.low, qualifier=m.qualifier, truncate=True):
            return self._result(m, "derived", row=row, column="cung_ky", derivation=how)
        return self._result(m, "unsupported", row=row, column="cung_ky", reason=f"{how}, không phải «{m.raw.strip()} lần»",
                            expected=fmt_like(m, x.quantize(Decimal(1).scaleb(-m.decimals))))

    def _average_per_day(self, i: int) -> NumberCheck | None:
        """``chỉ trong một tuần (từ 27.4 đến 3.5.2018) đã có 722 lượt …, trung bình mỗi ngày có 180 lượt giao dịch``
        (c12-quangnam-hcc-2018-05): an average per day of a total of its noun the text states near it — derived when the
        total over the days (a week's, the report period's) gives it; over a week that it does not fit, unproved (its
        working days and holidays the text does not count); over the report period, wrong as any figure.  With no total
        near, the average is a figure as written."""
        m = self.mentions[i]
        if m.value is None or m.comparison or m.kind not in ("count", "measure", "money") \
                or not rates.per_day(self.text, m.num_start, m.per):
            return None
        totals = [x for x in self.mentions if x is not m and x.value is not None and x.value > m.value
                  and x.kind == m.kind and x.unit == m.unit and not x.per and not x.comparison
                  and abs(x.num_start - m.num_start) <= 600
                  and (not x.noun or not m.noun or x.noun.split()[:1] == m.noun.split()[:1])]
        if not totals:
            return None
        for x in totals:
            for days in rates.days_of(self.text, min(x.start, m.start), max(x.end, m.end), self.report):
                v = x.value / days
                if value_supports(v, m.value, decimals=m.decimals, scale=m.scale, qualifier=m.qualifier, low=m.low,
                                  truncate=True):
                    return self._result(m, "derived", row=self.rows[self.mentions.index(x)], column="ky_bao_cao",
                                        derivation=f"«{x.raw.strip()}»/{days} ngày = {format_vn(v, 1)}")
        if not rates.within_a_week(self.text, min([m.start] + [x.start for x in totals]),
                                   max([m.end] + [x.end for x in totals])):
            return None   # over the report period's calendar days and no fit: the usual reasons (a wrong average)
        return self._result(m, "unverified", reason=(
            f"Chưa kiểm được: «{m.raw.strip()}» là bình quân mỗi ngày trong tuần; văn bản không nói bao nhiêu ngày làm "
            f"việc để tính từ «{totals[0].raw.strip()}»"))

    def _multiple_of_other(self, i: int) -> NumberCheck | None:
        """``nhân khẩu bình quân 1 hộ nhóm hộ nghèo nhất … là 4,0 người, cao gấp hơn 1,2 lần so với nhóm hộ giàu nhất``
        (c14-vn-ksms-2018): a multiple of another unit's value the text does not state (when it does,
        ``_multiple_of_stated``; last year's, ``_multiple_of_last``): unproved, not wrong."""
        m = self.mentions[i]
        if m.value is None or m.kind not in ("count", "change") or m.comparison not in (None, "tăng"):
            return None
        if not multiples.range_of_times(self.text, m.num_start, m.num_end) and (
                not _TIMES_BEFORE.search(self.text, max(0, m.num_start - 16), m.num_start)
                or not (_TIMES_OTHER_AFTER.match(self.text, m.num_end) or multiples.times_named_base(self.text, m.num_end))):
            return None
        return self._result(m, "unverified", reason=(
            f"Chưa kiểm được: «{m.raw.strip()} lần» so với một số văn bản không nêu"))

    def _multiple_of_stated(self, i: int) -> NumberCheck | None:
        """``thu nhập … ở khu vực thành thị đạt 6,9 triệu đồng (…), gấp hơn 1,5 lần khu vực nông thôn đạt 4,5 triệu
        đồng`` (c12-vn-thunhap-2024): a multiple of two values its sentence states, this one before it and the other's
        right after — derived when their quotient gives it (else the other readings decide)."""
        m, w = self.mentions[i], self.where[i]
        if m.value is None or m.kind not in ("count", "change") or m.comparison not in (None, "tăng") \
                or not _TIMES_BEFORE.search(self.text, max(0, m.num_start - 16), m.num_start) \
                or not re.match(r"\s*lần(?!\w)", self.text[m.num_end:m.num_end + 8]):
            return None
        same = lambda k: self.where[k].sentence == w.sentence and self.where[k].paragraph == w.paragraph
        other = next((k for k in range(i + 1, len(self.mentions)) if same(k)), None)
        if other is None or self.mentions[other].value is None or not self.mentions[other].value \
                or self.mentions[other].kind not in ("count", "money", "measure") \
                or self.mentions[other].num_start - m.num_end > 60 \
                or _SO_VOI.search(self.text, m.num_end, self.mentions[other].num_start):
            return None
        o = self.mentions[other]
        # the amount before may be the change itself (``tăng tới 832 triệu USD …, tương đương tăng gần 19 lần (cùng kỳ
        # 44,2 triệu USD)``, xs-…-sau-rieng-2023-h1): the multiple of the rise over its base
        this = next((k for k in range(i - 1, -1, -1) if same(k) and self.mentions[k].kind in (o.kind, "change")
                     and self.mentions[k].unit == o.unit and self.mentions[k].value is not None), None)
        if this is None:
            return None
        x = self.mentions[this].value / o.value
        if not value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True,
                              low=m.low):
            return None
        return self._result(m, "derived", row=self.rows[this], column="ky_bao_cao", derivation=(
            f"«{self.mentions[this].raw.strip()}»/«{o.raw.strip()}» = {format_vn(x, 2)} lần"))

    def _rate_of_unverified_change(self, i: int) -> NumberCheck | None:
        """``So với cùng kỳ năm 2018, giảm 29 vụ (16,1%)``: the rate of the change right before it (in brackets, or
        after ``tỷ lệ``/``bằng``). When that change is itself unproved for want of its base (``unverified``), so is its
        rate: the same column would prove both. A change the table does prove leaves its rate to ``_percent``."""
        m = self.mentions[i]
        if i == 0 or m.comparison:
            return None
        k, prev = i - 1, self.mentions[i - 1]
        if prev.kind != "change" or prev.comparison not in ("tăng", "giảm") or self.results[k] is None \
                or self.results[k].verdict != "unverified":
            return None
        if not _RATE_AFTER_CHANGE.fullmatch(self.text, prev.end, m.num_start):
            return None
        return self._result(m, "unverified", reason=(
            f"Chưa kiểm được: bảng số liệu không có số cùng kỳ năm trước để tính ra «{m.raw.strip()}» (tỷ lệ của mức "
            f"{prev.comparison} «{prev.raw.strip()}{(' ' + prev.noun.split(' ')[0]) if prev.noun else ''}»)"))

    def _change(self, i: int) -> NumberCheck:
        m, w = self.mentions[i], self.where[i]
        pct = m.kind == "percent"
        if pct and m.comparison == "tăng" and self._named_base(i) == "ke_hoach" \
                and (over := self._over_kept_rate(i)) is not None:
            return over   # "tăng 9,5% so với kế hoạch năm" beside a kept rate of the plan (109,5): that rate less 100%
        local = [r for r in self._local_rows(i, "clause") + self._local_rows(i, "sentence")
                 if "cung_ky" in r.values]
        if m.comparison == "không đổi":
            before = [k for k in range(i) if self.rows[k] is not None and self.where[k].sentence == w.sentence]
            row = self.rows[before[-1]] if before else (local[0] if local else None)
            named = _NAMED_UNIT_AFTER.match(self.text[m.end:m.end + 40]) or \
                _NAMED_UNIT_BEFORE.search(self.text[max(0, m.start - 30):m.start])
            if named:  # "không tăng, không giảm về số vụ": the row counted in that unit
                fitting = [self.rows[k] for k in before if self.idx.unit_fit(named.group(1), self.rows[k]) > 0]
                row = fitting[-1] if fitting else row
            if row is None or "cung_ky" not in row.values:   # "giữ nguyên so với cùng kỳ" with no base: said, as
                return self._result(m, "unverified", row=row, column="cung_ky", reason=(  # any change with none
                    "Chưa kiểm được: bảng số liệu không có số cùng kỳ để so sánh"))
            ky, ck = row.values["ky_bao_cao"], row.values["cung_ky"]
            if ky == ck:
                return self._result(m, "derived", row=row, column="cung_ky",
                                    derivation=f"{row.fig.ma}: {format_vn(ky)} = {format_vn(ck)} (cung_ky)")
            return self._result(m, "unsupported", row=row, column="cung_ky", reason=(
                f"{row.fig.ma} có thay đổi so với cùng kỳ: {format_vn(ck)} → {format_vn(ky)}"))
        clause = [r for r in self._local_rows(i, "clause") if "cung_ky" in r.values]
        sentence = [r for r in self._local_rows(i, "sentence") if "cung_ky" in r.values and r not in clause]
        scope = [r for r in (self._scope_rows(i) or ([] if w.section or w.org else self.idx.rows))
                 if "cung_ky" in r.values]
        if not pct:
            fits = lambda rows: [r for r in rows if self._kind_ok(m, r) and self.idx.unit_fit(m.noun, r) >= 0]
            # rows of the change's unit first ("tăng 22 vụ, giảm 22 người chết"), then the clause's whatever their
            # unit ("38 trường hợp vi phạm ... giảm 13 vụ"), then the section's
            unit_near = [fits(clause), fits(sentence)]
            ctx = self._context(i)  # "tăng 29 người bị thương": the section's row its words name, past the nearby ones
            # (a row of the change's own noun may be named by fewer words: "giảm 3.203 người bị thương" for "Số người
            # bị thương do tai nạn giao thông"; the change must still be that row's to the unit)
            named = [r for r in fits(scope) if self.idx.fit(ctx, r) >= 0.5
                     or (self.idx.unit_fit(m.noun, r) == 1 and self.idx.fit(ctx, r) >= 0.3)]
            # "Án dân sự ...: thụ lý 6.218 vụ, việc, đã giải quyết 5.209 vụ, việc. So với cùng kỳ, thụ lý tăng 594
            # vụ, việc; giải quyết tăng 107 vụ, việc": the rows the paragraph stated, before the section's
            para = fits([r for r in self._local_rows(i, "paragraph") if "cung_ky" in r.values
                         and r not in clause and r not in sentence])
            groups = unit_near + [clause, sentence] + ([para, named] if any(unit_near) else [fits(scope)])
        else:
            own = self._row_it_follows(i, "cung_ky")
            stated = self._row_it_follows(i, "ky_bao_cao") if own is None else None
            if stated is not None and "cung_ky" not in stated.values and stated.kind != "percent" \
                    and not stated.unit.startswith("%") and not _NAMED_UNIT_AFTER.match(self.text, m.end):
                # "đạt gần 3.136 tỷ đồng, giảm 8% so với cùng kỳ": that row's change, whose base the table lacks —
                # never another row's of the sentence that happens to have one
                return self._unverified(i, stated, "cung_ky")
            named = _NAMED_UNIT_AFTER.match(self.text, m.end)
            if named and own is not None and self.idx.unit_fit(named.group(1), own) < 0:
                # "xâm hại 1.233 trẻ em, tăng 2,6% số vụ và tăng 13,3% số trẻ em": the noun after the rate names
                # another row of the sentence
                said = [r for r in clause + sentence if self.idx.unit_fit(named.group(1), r) > 0]
                own = said[0] if said else own
            # "đạt 18,5 tỷ USD, tăng 8,1% so với cùng kỳ": the rate of the row of the number it follows, not of any
            # row of the sentence; without one, the clause's and the sentence's rows
            named_here = self._named_in_phrase(i, scope) if own is None else []
            groups = [[own]] if own is not None else [named_here, clause, sentence] if clause or sentence \
                else [named_here, scope]
        groups = [g for g in groups if g]
        rows = groups[0] if groups else []
        wrong_sign = None
        for group in groups:
            for source, table_rows in (("current", self._rows_with_current(group)), ("prior", self._prior_rows(group))):
                for row, cur, old in table_rows:
                    diff = cur - old
                    x = (diff / old * 100) if pct and old else (None if pct else abs(diff))
                    points = pct and (row.kind == "percent" or row.unit in _PER_MILLE) and value_supports(
                        abs(diff), m.value, decimals=m.decimals, scale=1, low=m.low, qualifier=m.qualifier)
                    if points:  # "đạt 115,7% kế hoạch, tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)": a rate's
                        x = diff  # change in percentage points
                    if x is None:
                        continue
                    if not points and not value_supports(abs(x), m.value, decimals=m.decimals, scale=m.scale,
                                                         low=m.low, qualifier=m.qualifier, truncate=pct or None):
                        continue
                    up = diff > 0
                    if not pct and ruled_out_by_noun(self.idx, m.noun, row, lambda: self._rows_of_groups(groups),
                                                     lambda size: value_supports(size, m.value, decimals=m.decimals,
                                                                                 scale=m.scale, low=m.low,
                                                                                 qualifier=m.qualifier)):
                        continue   # "tăng 7 người tử vong" beside the cases' row that rose by 7: the deaths' decide
                    if (m.comparison == "tăng") == up and diff != 0:
                        d = (f"{row.fig.ma}: {format_vn(cur)} − {format_vn(old)} = {format_vn(diff, 2)} điểm %"
                             if points else f"{row.fig.ma}: ({format_vn(cur)} − {format_vn(old)})/{format_vn(old)} = "
                             f"{format_vn(x, 2)}%" if pct else
                             f"{row.fig.ma}: {format_vn(cur)} − {format_vn(old)} = {format_vn(diff)}")
                        if source == "current":
                            self.rows[i] = row  # "tăng 22 vụ (tỷ lệ 21,6%)": the rate that follows is of this row
                            return self._result(m, "derived", row=row, column="cung_ky", derivation=d)
                        now = self._change_now(row, pct)
                        return self._result(m, "stale", row=row, column="prior:cung_ky", derivation=d,
                                            reason=f"Mức tăng/giảm của kỳ trước ({row.fig.ma})"
                                                   + (f"; kỳ này: {now}" if now else ""))
                    if source == "current" and wrong_sign is None:
                        wrong_sign = (row, cur, old)
        if wrong_sign:
            row, cur, old = wrong_sign
            direction = "tăng" if cur > old else "giảm"
            return self._result(m, "unsupported", row=row, column="cung_ky", reason=(
                f"{row.fig.ma} {direction} so với cùng kỳ ({format_vn(old)} → {format_vn(cur)}), "
                f"không phải «{m.comparison} {m.raw.strip()}»"),
                expected=("tăng " if cur > old else "giảm ") + fmt_like(m, abs(cur - old) if not pct else m.value))
        direct = self._change_as_cell(i) or (self._rate_as_cell(i) if pct else None)
        if direct is not None:
            return direct
        follows = (self._row_named_after(i) if pct else None) or self._row_it_follows(i, "ky_bao_cao")
        rate = pct and follows is not None and follows.kind == "percent"  # "đạt tỷ lệ 90,34%, giảm 7,34% so với năm 2018"
        if follows is not None and not follows.values.get("cung_ky") and (follows.kind != "percent" or pct) \
                and (not clause or rate) \
                and (pct or self.idx.unit_fit(m.noun, follows) >= 0):  # "14 đối tượng, tăng 6 vụ": not that row's
            # "27 vụ, giảm 26 vụ so với cùng kỳ": the change of the row it follows, whose last year the table lacks
            return self._unverified(i, follows, "cung_ky")
        if rows:
            row = rows[0]
            cur, old = row.values["ky_bao_cao"], row.values["cung_ky"]
            return self._result(m, "unsupported", row=row, column="cung_ky", reason=(
                f"{row.fig.ma}: kỳ này {format_vn(cur)}, cùng kỳ năm trước {format_vn(old)}, "
                f"{self._change_now(row, pct) or 'không tăng, không giảm'}"), expected=self._change_now(row, pct))
        return self._unverified(i, None, "cung_ky")

    def _kept_index_refutes(self, i: int) -> NumberCheck | None:
        """An index against last year that the kept rate of the row it follows refutes (``keptindex``)."""
        m = self.mentions[i]
        follows = self._row_named_after(i) or self._row_it_follows(i, "ky_bao_cao")
        kept = kept_index_of(self._rate_rows(i), self._line_root(follows) if follows is not None else None,
                             self._rate_subject)
        if kept is None or value_supports(kept[1], m.value, decimals=m.decimals, qualifier=m.qualifier, truncate=True):
            return None
        r, index = kept
        return self._result(m, "unsupported", row=r, column="ky_bao_cao", reason=(
            f"{r.fig.ma} ({r.fig.chi_tieu[:70]}) = {format_vn(index - 100, 2)}%: so với cùng kỳ bằng {format_vn(index, 2)}%, "
            f"không phải «{m.raw.strip()}»"), expected=fmt_like(m, index))

    def _unverified(self, i: int, row: Row | None, base: str) -> NumberCheck:
        """A derivation the words declare whose base the table does not hold: nothing proves it, nothing shows it
        wrong (``model.REVIEW_VERDICTS``), and the reason tells the reviewer which column would prove it — unless the
        table counts this change in a row of its own, or keeps rates of change or indices as rows: then a number no
        such row gives is wrong (``unsupported``)."""
        m = self.mentions[i]
        if base == "cung_ky" and m.kind == "percent" and m.comparison is None:
            refuted = self._kept_index_refutes(i)
            if refuted is not None:
                return refuted   # "bằng 84% so với cùng kỳ" where the table keeps the row's rate, −6: the index is 94
        if m.kind != "percent" and m.comparison in ("tăng", "giảm"):
            ctx = self._context(i)
            follows = self._row_it_follows(i, "ky_bao_cao")
            counted = [r for r in self._scope_rows(i) or self.idx.rows if r.values.get("ky_bao_cao") is not None
                       and r is not follows and _COUNTED_CHANGE.search(unicodedata.normalize("NFC", r.fig.chi_tieu))
                       and (_same_direction(m, r) or r.values["ky_bao_cao"] == m.value)
                       and self._kind_ok(m, r) and self.idx.unit_fit(m.noun, r) >= 0 and self.idx.fit(ctx, r) >= 0.3]
            if counted:  # "giảm 32 hội viên" where the table counts "Số hội viên giảm" = 42; "Tăng 178 hộ nghèo"
                # where it counts "Hộ CCB nghèo giảm" = 178
                r = counted[0]
                return self._result(m, "unsupported", row=r, column="ky_bao_cao", reason=(
                    f"{r.fig.ma} ({r.fig.chi_tieu[:70]}) = {fmt_row_value(r, r.values['ky_bao_cao'])}, "
                    f"không phải «{m.raw.strip()}»"), expected=fmt_like(m, r.values["ky_bao_cao"]))
        if m.comparison in ("tăng", "giảm"):
            named = self._counted_change_named(i)
            if named is not None:
                return named
        rate = self._named_rates(i, self._rate_rows(i)) if m.kind == "percent" and m.comparison else []
        said_base = rate_base(self.text, self.where[i].sentence, m.qualifier_start or m.num_start, m.end, self.year,
                              month_of(getattr(self, "report", None))) if m.kind == "percent" and m.comparison else ""
        rate = [(r, x, how) for r, x, how in rate if not apart_for_a_year_ago_rate(said_base, r.fig.chi_tieu)]
        # (a rate against last year is never another row's month-before index: ``beforerow``)
        for r, x, how in rate:  # the rate row that gives it (a text naming a year the table's change is against)
            if _falls(r, x) == (m.comparison == "giảm") and value_supports(abs(x), m.value, decimals=m.decimals,
                                                                       qualifier=m.qualifier, truncate=True):
                self.rows[i] = r
                return self._result(m, "derived", row=r, column="ky_bao_cao", derivation=f"{r.fig.ma}: {how}")
        for r, x, how in rate:
            if m.comparison == "tăng" and how.endswith("− 100%") and x > 0 and m.qualifier is None \
                    and value_supports(x + 100, m.value, decimals=m.decimals):
                # "kim ngạch xuất nhập khẩu … tăng 146,5% so với cùng kỳ" where the table keeps the index (146,5):
                # the index itself, loosely said as the rise (zy-ha-noi-chi-cuc-hai-quan-…) — as "tăng 133,3% dự
                # toán" is the rate of the plan; said so for the reviewer
                self.rows[i] = r
                return self._result(m, "supported", row=r, column="ky_bao_cao", derivation=(
                    f"{r.fig.ma}: chỉ số so với cùng kỳ {format_vn(x + 100)}% (viết «tăng {m.raw.strip()}»; mức tăng "
                    f"là {format_vn(x, 2)}%)"))
        followed = (self._row_named_after(i) or self._row_it_follows(i, "ky_bao_cao")
                    or self._row_stated_after(i)) if rate else None
        refuting = [(r, x, how) for r, x, how in rate if self._rate_subject(r) is r
                    or (followed is not None and self._rate_subject(r) is self._line_root(followed)
                        and (not self._rate_of_another(i, self._line_root(followed))
                             or same_kept_base(self.text, m.end, r.fig.chi_tieu)))
                    or self._named_by(i, self._rate_subject(r)) >= 0.75
                    or self._opening_names(i, self._rate_subject(r))]
        # ("Tổng sản lượng thủy sản trong 10 tháng đầu năm 2022, tăng 3,1% so với cùng kỳ": the sentence opens on
        # the rate's subject, no amount before it — ``opensubject``)
        whole = listed_parts_whole(self.mentions, self.rows, lambda j: self.where[j].sentence, self.idx, i) \
            if rate and not refuting else None
        refuting = refuting or [(r, x, how) for r, x, how in rate if whole is not None and self._rate_subject(r) is whole]
        # ("371 chuyến bay trong nước và 396 chuyến bay quốc tế, tăng 46%": the listed parts' whole's rate, 767's —
        # ``listedwhole``)
        # (a base said in other words than the kept row's label is still that row's: "tăng 9,3% so với cuối năm 2024"
        # against "…: tốc độ tăng so với 31/12/2024", "giảm 24,0% so với 15 ngày đầu tháng 9/2017" against "…: tốc độ
        # tăng so với cùng kỳ năm 2017" — ``keptbase``)
        # (a row's own rate the loader kept, ``<mã>-TL``, refutes a rate that follows that row's number — not its
        # running total's — unless the rate's words make it another's: "trị giá 2,64 tỷ USD, tăng 17,3% về lượng",
        # "giảm 0,9% so với ngày 10/9"; or one whose own words name the row)
        if refuting and m.comparison in ("tăng", "giảm") and rate_base(
                self.text, self.where[i].sentence, m.qualifier_start or m.num_start, m.end, self.year,
                month_of(getattr(self, "report", None))) != "year-ago" \
                and all(_YEAR_AGO_LABEL.search(fold(r.fig.chi_tieu)) for r, _, _ in refuting):
            refuting = []   # "giảm 21,3% về trị giá so với 15 ngày đầu tháng 8/2018": no rate of last year's refutes it
        turned = turned_rate(rate, m, _falls, value_supports) if not refuting and m.comparison in ("tăng", "giảm") \
            else None
        if turned is not None:   # "sản lượng mảng này đã tăng 5%" where the one fitting kept rate is −5 (``listedwhole``)
            r, x, how = turned
            return self._result(m, "unsupported", row=r, column="ky_bao_cao", reason=turned_direction(
                r.fig.ma, r.fig.chi_tieu, x, _falls(r, x), m.comparison, m.raw.strip(), how))
        if refuting:  # "giảm hơn 8%" where the table holds "Chỉ số ... so với cùng kỳ" = 92,8
            r, x, how = refuting[0]
            if rate_by_heading(r):   # "khu vực Thái Bình giảm 65%" under "Tốc độ tăng …": say the direction
                said = "giảm" if _falls(r, x) else "tăng"
                return self._result(m, "unsupported", row=r, column="ky_bao_cao", reason=(
                    f"{r.fig.ma} ({r.fig.chi_tieu[:50]}, mục «{(r.muc or '')[:60]}») = {format_vn(abs(x), 2)}%: "
                    f"{said} {format_vn(abs(x), 2)}%, không phải «{m.comparison} {m.raw.strip()}»"),
                    expected=f"{said} {fmt_like(m, abs(x))}")
            if _falls(r, x) != (m.comparison == "giảm"):   # the rate's size said, its direction turned: say which
                return self._result(m, "unsupported", row=r, column="ky_bao_cao", reason=turned_direction(
                    r.fig.ma, r.fig.chi_tieu, x, _falls(r, x), m.comparison, m.raw.strip(), how))
            return self._result(m, "unsupported", row=r, column="ky_bao_cao", reason=(
                f"{r.fig.ma} ({r.fig.chi_tieu[:70]}): {how} = {format_vn(x, 2)}%, không phải «{m.raw.strip()}»"))
        if m.kind == "percent" and m.comparison and any(
                r.kind == "percent" and r.values.get("ky_bao_cao") is not None and self._rate_subject(r) is r
                and (_RATE_LABEL.search(fold(r.fig.chi_tieu)) or INDEX_LABEL.search(fold(r.fig.chi_tieu)))
                and not apart_for_a_year_ago_rate(said_base, r.fig.chi_tieu)
                for r in self._scope_rows(i) or self.idx.rows) and not self._rate_of_an_amount_row(i):
            # (a row's own rate kept by the loader where its last year's value could not be had, ``<mã>-TL``, says
            # nothing of the rates of the other rows: not counted)
            # "bia tăng 10,7%" where the section keeps its rates of change as rows ("Tốc độ tăng sản phẩm bia" =
            # 10,5) and none the words name gives it: a rate the table would hold, wrong — unless the row whose
            # words the sentence shares gives it ("tăng 4,56% so với năm 2019", ze-thua-thien-hue-cap-nuoc-2020)
            ctx = self._context(i)
            for r in self._scope_rows(i) or self.idx.rows:
                v = r.values.get("ky_bao_cao")
                if r.kind != "percent" or v is None:
                    continue
                label = fold(r.fig.chi_tieu)
                # an index row (``Chỉ số giá tiêu dùng chung: chỉ số tháng 4/2018 so với tháng trước`` = 100,13)
                # says its change as the index less 100: the headline's ``Chỉ số giá tiêu dùng tăng 0,13%``
                said = change_said(v, r.fig.chi_tieu) if INDEX_LABEL.search(label) else None
                x = v if _RATE_LABEL.search(label) else said[0] if said is not None else None
                if x is not None and _falls(r, x) == (m.comparison == "giảm") and self.idx.fit(ctx, r) >= 0.3 \
                        and value_supports(abs(x), m.value, decimals=m.decimals, qualifier=m.qualifier, truncate=True):
                    self.rows[i] = r
                    return self._result(m, "supported", row=r, column="ky_bao_cao")
            return self._result(m, "unsupported", reason=(
                f"Bảng số liệu giữ tốc độ tăng/giảm thành chỉ tiêu riêng; không chỉ tiêu nào cho ra «{m.raw.strip()}»"))
        share = self._plan_share(i) if m.kind == "percent" and base == "ke_hoach" else None
        if share is not None:
            for r in [self._row_it_follows(i, "ky_bao_cao")] + self._local_rows(i, "sentence"):
                plan = r.values.get("ke_hoach") if r is not None and r.kind == "percent" else None
                if plan is not None and value_supports(plan, m.value, decimals=m.decimals, qualifier=m.qualifier):
                    # "tăng 5,69% so với cùng kỳ (kế hoạch là 4%)": the plan of the rate row just said, a cell
                    self.rows[i] = r
                    return self._result(m, "supported", row=r, column="ke_hoach")
            # "thu phí, lệ phí đạt 65,2% dự toán" where the table keeps each rate against the plan as a row ("Thu phí,
            # lệ phí: tỷ lệ % so dự toán" = 45,2) and none gives it: a rate the table would hold, wrong
            fit, best = share
            v = best.values["ky_bao_cao"]
            said = fmt_row_value(best, v)
            if _EXCESS_LABEL.search(fold(best.fig.chi_tieu)) and m.comparison == "vượt" and fit >= 0.5 \
                    and value_supports(v, m.value, decimals=m.decimals, low=m.low, qualifier=m.qualifier, truncate=True):
                # "vượt 9% về việc" where the table keeps the excess itself ("Vượt chỉ tiêu giao về việc" = 9)
                self.rows[i] = best
                return self._result(m, "supported", row=best, column="ky_bao_cao")
            if _EXCESS_LABEL.search(fold(best.fig.chi_tieu)) and m.comparison != "vượt":
                # "đạt 111,7% kế hoạch" where the table keeps the excess itself ("Vượt kế hoạch năm (%)" = 11,7)
                v = v + 100
                said = f"{format_vn(v)}%"
                if fit >= 0.5 and value_supports(v, m.value, decimals=m.decimals, low=m.low, qualifier=m.qualifier,
                                                 truncate=True):
                    self.rows[i] = best
                    return self._result(m, "derived", row=best, column="ky_bao_cao", derivation=(
                        f"{best.fig.ma}: vượt kế hoạch {format_vn(v - 100)}% + 100% = {format_vn(v)}%"))
            return self._result(m, "unsupported", row=best if fit >= 0.5 else None, column="ky_bao_cao", reason=(
                "Bảng số liệu giữ tỷ lệ so với kế hoạch/dự toán thành chỉ tiêu riêng; không chỉ tiêu nào cho ra "
                f"«{m.raw.strip()}»" + (f"; câu này nói về {best.fig.ma} = {said}" if fit >= 0.5
                                        else "")), expected=fmt_like(m, v) if fit >= 0.5 else None)
        what = {"cung_ky": "số cùng kỳ năm trước", "ke_hoach": "kế hoạch (chỉ tiêu giao)"}[base]
        of = f" của {row.fig.ma} ({row.fig.chi_tieu[:70]})" if row is not None else ""
        return self._result(m, "unverified", reason=(
            f"Chưa kiểm được: bảng số liệu không có {what}{of} để tính ra «{m.raw.strip()}»"))

    def _counted_change_named(self, i: int) -> NumberCheck | None:
        """``đã kéo giảm 90 hộ nghèo toàn xã`` beside a sheet that keeps the change as a row of its own (``Số hộ nghèo
        giảm so với kỳ rà soát trước`` = 90) and no last year to derive it from: the row whose subject the words name
        in full (``recognisers.counted``; the most words first: ``… khu vực thị trấn`` before the district's) gives
        the change and its direction — another amount, or the other way (``kéo tăng 90``, ``kéo giảm 91``), is
        wrong.  A percent change is a percent row's, a count's a row of its kind and unit."""
        m = self.mentions[i]
        pct = m.kind == "percent"
        words = self._context(i) | self._words.between(self.where[i].sentence, m.num_start)
        asp = aspects.aspect_after(self.text, m.end) if pct else None
        said = self.text[self.where[i].sentence:m.num_start]
        found = []
        for r in self._scope_rows(i) or self.idx.rows:
            v = r.values.get("ky_bao_cao")
            if v is None or v < 0 or not _COUNTED_CHANGE.search(unicodedata.normalize("NFC", r.fig.chi_tieu)) \
                    or _RATE_LABEL.search(fold(r.fig.chi_tieu)) or INDEX_LABEL.search(fold(r.fig.chi_tieu)):
                continue
            if other_stretch(r.fig.chi_tieu, said):
                continue   # "11 tháng … tăng 19,7%" is not "… tháng 11 tăng so với tháng 10" (``monthorder``)   # (a signed rate of change, "tốc độ tăng so với cùng kỳ" = -8: the rate rows' own check)
            kept = aspects.row_aspect(r.fig.chi_tieu) if asp else None
            if kept is not None and kept != asp:
                continue   # "tăng 7,5% về lượng": not the row of the value's change (d3-gialaitv-caphe-6t-2020)
            if (r.kind == "percent") != pct or (not pct and (not self._kind_ok(m, r)
                                                             or self.idx.unit_fit(m.noun, r) < 0)):
                continue
            n = counted.subject_named(r.fig.chi_tieu, words if kept is None else
                                      words | self.idx.context(aspects.aspect_words(r.fig.chi_tieu)))
            if n:
                found.append((n, _same_direction(m, r), r))
        if not found:
            return None
        most = max(n for n, _, _ in found)
        best = [(same, r) for n, same, r in found if n == most]
        for same, r in best:
            if same and value_supports(r.values["ky_bao_cao"], m.value, decimals=m.decimals, scale=m.scale,
                                       low=m.low, qualifier=m.qualifier):
                self.rows[i] = r
                return self._result(m, "supported", row=r, column="ky_bao_cao")
        same, r = next((b for b in best if b[0]), best[0])
        word = "giảm" if re.search(r"\bgiam\b", fold(r.fig.chi_tieu)) else "tăng"
        return self._result(m, "unsupported", row=r, column="ky_bao_cao", reason=(
            f"{r.fig.ma} ({r.fig.chi_tieu[:70]}) = {fmt_row_value(r, r.values['ky_bao_cao'])}, "
            f"không phải «{m.comparison} {m.raw.strip()}»"), expected=f"{word} {fmt_like(m, r.values['ky_bao_cao'])}")

    def _average_change(self, i: int) -> NumberCheck | None:
        """``Tỷ lệ hộ nghèo từ 7,19% năm 2015 … giảm xuống còn 1,36% vào cuối năm 2020, bình quân mỗi năm giảm
        1,17%``: the change from the comparison value to this period's, spread over the years the sentence spans
        (a rate's in points)."""
        m, w = self.mentions[i], self.where[i]
        if m.comparison not in ("tăng", "giảm") or not _EACH_YEAR.search(self.text, w.clause, m.num_start):
            return None
        years = [self.mentions[k].value for k in self._groups.get(("sentence", w.paragraph, w.sentence), ())
                 if self.mentions[k].kind == "year" and self.mentions[k].value is not None]
        span = int(max(years) - min(years)) if len(years) >= 2 else 0
        if span < 2:
            return None
        for row in self._local_rows(i, "sentence"):
            cur, old = row.values.get("ky_bao_cao"), row.values.get("cung_ky")
            if cur is None or old is None or cur == old or (cur > old) != (m.comparison == "tăng"):
                continue
            per = abs(cur - old) / span if (row.kind == "percent" or m.kind != "percent") else abs(cur - old) / old * 100 / span
            if value_supports(per, m.value, decimals=m.decimals, scale=1 if m.kind == "percent" else m.scale,
                              low=m.low, qualifier=m.qualifier, truncate=True):
                return self._result(m, "derived", row=row, column="cung_ky", derivation=(
                    f"{row.fig.ma}: |{format_vn(cur)} − {format_vn(old)}|/{span} năm = {format_vn(per, 3)}"))
        return None

    def _part_named_apart(self, i: int, rows: list[Row]) -> bool:
        """The rate's subject is a part after ``trong đó`` (to the rate, since the last ``;``) whose words name none of
        ``rows`` (less than half a label's weight): ``trong đó khu vực nông, lâm nghiệp và thủy sản tăng 2,93%`` beside «Tốc độ tăng tổng
        sản phẩm trong nước (GDP)»."""
        m = self.mentions[i]
        opened = list(_PART_OPENS.finditer(self.text, self.where[i].sentence, m.num_start))
        if not opened:
            return False
        a = max([opened[-1].end()] + [k + 1 for k in (self.text.rfind(";", opened[-1].end(), m.num_start),) if k >= 0])
        said = self.text[a:m.qualifier_start or m.num_start]
        if re.search(r"\d", said):
            return False   # "Trong đó, xuất khẩu trong tháng 7/2017 đạt 17,67 tỷ USD, giảm 0,7%": the value's own rate
        words = frozenset(tokens(said)) - _PART_RATE_WORDS
        return len(words) >= 2 and all(self.idx.fit(words, r) < 0.5 for r in rows)   # «sản» alone names no GDP

    def _change_against_previous(self, i: int) -> NumberCheck | None:
        """``ước đạt 547 tỷ đồng, tăng 4,3% so với tháng trước``: a change its words compare with the previous
        period, checked against the ``Kỳ trước`` column of the row it is about (unverified when that row keeps
        none)."""
        m = self.mentions[i]
        if m.comparison not in ("tăng", "giảm") or not (self._previous_named_after(m.end)
                                                      or self._previous_opening(self.where[i].sentence, m.num_start)
                                                      or self._previous_dated(m.end)
                                                      or self._previous_dated(m.num_start, self.where[i].sentence)):
            return None
        pct = m.kind == "percent"
        # "So với tháng 2-2023, số vụ cháy giảm 52 vụ, giảm 33,77%; số người chết tăng 5 người": no number of the
        # row said, its words are — before the rows the rest of the sentence ties
        # "…, số trường hợp tử vong giảm 34,2% (75 trường hợp)": the words of its own phrase weigh most (_about)
        ctx, own, about = self._context(i), self._own(i), self._about(i)
        named = sorted((r for r in self._scope_rows(i) or self.idx.rows if r.values.get("ky_truoc")
                        and (self.idx.fit(ctx, r) >= 0.5 or self.idx.fit(own, r) > 0)), key=about, reverse=True)
        restated = [self._row_of_result(i - 1)] if i and _RATE_THEN_COUNT.search(
            self.text, max(0, m.num_start - 30), m.num_start) else []
        near = restated + [self._row_it_follows(i, "ky_bao_cao")] + self._local_rows(i, "clause") + named \
            + self._local_rows(i, "sentence")
        fits = lambda r: pct or (self._kind_ok(m, r) and self.idx.unit_fit(m.noun, r) >= 0)
        rows = [r for r in dict.fromkeys(r for r in near if r is not None) if fits(r)]
        # "1. Số vụ phạm tội về trật tự xã hội: … xảy ra 3.558 vụ; … So với tháng 4/2022, tăng 224 vụ": a change naming
        # no row is its paragraph's row when that row's two values give it (a match only, never a verdict against)
        para = [r for r in self._local_rows(i, "paragraph") if r not in rows and fits(r)]
        for row in rows + para:
            found = self._against_previous_value(m, row, pct)
            if found is not None:
                return found
        if not rows or not any(r.values.get("ky_truoc") and r.values.get("ky_bao_cao") is not None for r in rows):
            for row in rows if pct else ():   # the row's own month-before index (``beforerow``)
                kept = said_by_before_index(m.comparison, m.value, m.decimals, m.qualifier, row, self.idx.rows)
                if kept is not None:
                    self.rows[i] = kept[0]
                    return self._result(m, "derived", row=kept[0], column="ky_bao_cao",
                                        derivation=f"{kept[0].fig.ma}: {kept[2]}")
            own = next((kept for row in rows if pct and (kept := before_index_of(row, self.idx.rows))), [])
            said = change_said(own[0].values["ky_bao_cao"], own[0].fig.chi_tieu) if own else None
            if said is not None:   # the nearest row keeping its own month-before index says otherwise
                r, (x, how) = own[0], said
                return self._result(m, "unsupported", row=r, column="ky_bao_cao", reason=(
                    f"{r.fig.ma} ({r.fig.chi_tieu[:70]}): {how} = {'giảm' if x < 0 else 'tăng'} "
                    f"{format_vn(abs(x), 2)}%, không phải «{m.comparison} {m.raw.strip()}»"),
                    expected=f"{'giảm' if x < 0 else 'tăng'} {fmt_like(m, abs(x))}")
            of = f" của {rows[0].fig.ma} ({rows[0].fig.chi_tieu[:70]})" if rows else ""
            return self._result(m, "unverified", row=rows[0] if rows else None, column="ky_truoc", reason=(
                f"Chưa kiểm được: bảng số liệu không có số kỳ trước{of} để tính ra «{m.raw.strip()}»"))
        if rows:
            row = next(r for r in rows if r.values.get("ky_truoc") and r.values.get("ky_bao_cao") is not None)
            if self._part_named_apart(i, [r for r in rows if r.values.get("ky_truoc")]):
                # "GDP quý III … tăng 2,62% …, trong đó khu vực nông, lâm nghiệp và thủy sản tăng 2,93%"
                # (yk-toan-quoc-tong-cuc-thong-ke-tang-truong-gdp): a part named in words of its own, which no row
                # of the table keeps — its rate is no wrong value of the whole's
                return self._result(m, "unverified", reason=(
                    f"Chưa kiểm được: «{m.comparison} {m.raw.strip()}» nói về một phần (sau «trong đó») mà bảng số liệu "
                    f"không có chỉ tiêu riêng; {row.fig.ma} ({row.fig.chi_tieu[:60]}) là của cả tổng thể"))
            return self._result(m, "unsupported", row=row, column="ky_truoc", reason=(
                f"{row.fig.ma}: kỳ này {format_vn(row.values['ky_bao_cao'])}, kỳ trước "
                f"{format_vn(row.values['ky_truoc'])}, không phải «{m.comparison} {m.raw.strip()}»"))
        return None

    def _against_other_period(self, i: int) -> NumberCheck | None:
        """``giảm nhẹ 2% so với tháng 8``, ``tăng 7,2% so với quý II năm nay (tăng 7% so với quý I)`` in a report of
        nine months (c14-vn-xuatkhau-2021-9t): a change on a month or quarter that is neither the previous edition
        (``_change_against_previous``) nor the same time last year — no column of the table: unproved, not wrong."""
        m = self.mentions[i]
        dm = _PREVIOUS_DATED.match(self.text, m.end) if m.comparison in ("tăng", "giảm") else None
        stretch = stretch_base_apart(self.text, m.end, self.report) if m.comparison in ("tăng", "giảm") else None
        if stretch is not None:   # "tăng 40% so với 8 tháng đầu năm 2020" in a report of 10 months 2020
            return self._result(m, "unverified", reason=(
                f"Chưa kiểm được: «{m.raw.strip()}» {stretch}; bảng số liệu không có số của kỳ đó"))
        if dm is None:
            return None
        word, number, year = dm.group(1).lower(), dm.group(2), dm.group(3) or dm.group(4)
        index = _ROMAN.get(number.upper()) if not number.isdigit() else int(number)
        report = self.report
        if report is not None and report.kind in ("month", "quarter") and (word == "tháng") == (report.kind == "month") \
                and index == report.index:
            return None  # "so với tháng 9/2022" in September's report: the same month last year, the table's
        return self._result(m, "unverified", reason=(
            f"Chưa kiểm được: «{m.raw.strip()}» so với {word} {number}; bảng số liệu không có số của kỳ đó"))

    def _against_previous_value(self, m: Mention, row: Row, pct: bool) -> NumberCheck | None:
        """The change (or its rate) from the row's ``Kỳ trước`` to its ``Kỳ báo cáo``, when it gives ``m``."""
        cur, old = row.values.get("ky_bao_cao"), row.values.get("ky_truoc")
        if cur is None or not old or cur == old:
            return None
        diff = cur - old
        x = diff / old * 100 if pct else abs(diff)
        if (m.comparison == "tăng") == (diff > 0) and value_supports(
                abs(x), m.value, decimals=m.decimals, scale=1 if pct else m.scale, low=m.low,
                qualifier=m.qualifier, truncate=pct or None):
            return self._result(m, "derived", row=row, column="ky_truoc", derivation=(
                f"{row.fig.ma}: ({format_vn(cur)} − {format_vn(old)})/{format_vn(old)} = {format_vn(x, 2)}%"
                if pct else f"{row.fig.ma}: {format_vn(cur)} − {format_vn(old)} = {format_vn(diff)} (kỳ trước)"))
        return None

    def _row_of_result(self, k: int) -> Row | None:
        """The row mention k was tied to, or the row its verdict names."""
        res = self.results[k]
        if self.rows[k] is not None or res is None or not res.source:
            return self.rows[k]
        return next((r for r in self.idx.rows if r.fig.ma == res.source["ma"]), None)

    def _rate_of_previous_change(self, i: int) -> NumberCheck | None:
        """``So với tháng 4/2022, … tăng 150 số vụ khám phá (+5,18%)``: the rate of a change right before it that the
        previous edition's value proved — the same row's two values give the rate, or it is wrong."""
        m = self.mentions[i]
        if i == 0 or m.comparison or self.results[i - 1] is None:
            return None
        prev, res = self.mentions[i - 1], self.results[i - 1]
        if prev.kind != "change" or prev.comparison not in ("tăng", "giảm") or res.verdict != "derived" \
                or not res.source or res.source.get("column") != "ky_truoc" \
                or not (_RATE_AFTER_CHANGE.fullmatch(self.text, prev.end, m.num_start)
                        or _RATE_AFTER_PREVIOUS.fullmatch(self.text, prev.end, m.num_start)):
            return None
        row = self._row_of_result(i - 1)
        if row is None:
            return None
        m.comparison = prev.comparison
        found = self._against_previous_value(m, row, True)
        if found is not None:
            return found
        cur, old = row.values["ky_bao_cao"], row.values["ky_truoc"]
        x = (cur - old) / old * 100
        return self._result(m, "unsupported", row=row, column="ky_truoc", reason=(
            f"{row.fig.ma}: kỳ này {format_vn(cur)}, kỳ trước {format_vn(old)}: tỷ lệ {format_vn(abs(x), 2)}%, không "
            f"phải «{m.raw.strip()}»"), expected=fmt_like(m, abs(x)))

    def _previous_named_after(self, end: int) -> bool:
        """``giảm 0,7% so với tháng trước``, ``tăng 96 vụ, tương đương 80% so với thời gian liền kề``: the previous
        edition named right after the change, or after the change's rate restated."""
        if _PREVIOUS_NAMED.match(self.text, end):
            return True
        rate = _RESTATED_RATE.match(self.text, end)
        return bool(rate and _PREVIOUS_NAMED.match(self.text, rate.end()))

    def _previous_opening(self, start: int, end: int) -> bool:
        """The sentence (from ``start``) opens on the previous stretch as its base (``So với tuần liền kề trước đó giảm
        49 vụ``), and no other base is named between it and the number at ``end``."""
        opening = _OPENS_ON_PREVIOUS.match(self.text, start)
        return opening is not None and opening.end() <= end and not _ANOTHER_BASE.search(self.text, opening.end(), end)

    def _previous_dated(self, end: int, start: int | None = None) -> bool:
        """``giảm 0,7% so với tháng 6/2017`` in the report on July 2017: the previous edition named by its date —
        after the change, or (``start``: the sentence's start) opening its sentence (``Cụ thể, so với tháng 9/2014, số
        người có HIV được phát hiện tháng 10/2014 giảm 5,2%``, zf-toan-quoc-hiv-aids-phat-hien-2014-10)."""
        report = self.report
        if start is not None:
            opening = _OPENS_WITH_COMPARISON.match(self.text, start)
            dm = _PREVIOUS_DATED.match(self.text, opening.start(1)) if opening and opening.end() <= end else None
            if dm is None:  # "xảy ra 399 vụ, so với tháng 4/2022 tăng 52 vụ": named right before the change's words
                last = None
                for last in _SO_VOI_DATED.finditer(self.text, start, end):
                    pass
                dm = _PREVIOUS_DATED.match(self.text, last.start()) if last else None
                if dm is not None and not (dm.end() <= end and not _ANOTHER_BASE.search(self.text, dm.end(), end)
                                           and not _BASE_AFTER.match(self.text, end)):
                    dm = None
        else:
            dm = _PREVIOUS_DATED.match(self.text, end)
        if report is None or dm is None or report.kind not in ("month", "quarter", "ytd"):
            return False
        word, number, year = dm.group(1).lower(), dm.group(2), dm.group(3) or dm.group(4)
        if report.kind == "ytd":
            # "trong tháng 10 … So với tháng 9, số vụ giảm 2 vụ" in the ten months' report: the month before the
            # period's last month, which the table keeps as its last month's Kỳ trước (yr-ninh-thuan-ban-atgt-tinh)
            last = report.months[1]
            return word == "tháng" and number.isdigit() and int(number) == last - 1 \
                and (year is None or int(year) == report.year)
        if (word == "tháng") != (report.kind == "month"):
            return False
        index = _ROMAN.get(number.upper()) if not number.isdigit() else int(number)
        prev = report.previous_edition()
        return index == prev.index and (year is None or int(year) == prev.year)

    def _over_target(self, i: int) -> NumberCheck | None:
        """``vượt 0,6% so với chỉ tiêu``, ``vượt kế hoạch ... là 1,5 tỷ đồng``: this period's value less the target."""
        m, w = self.mentions[i], self.where[i]
        if not OVER_BEFORE.search(self.text, max(w.clause, m.num_start - 70), m.qualifier_start or m.num_start):
            return None
        rows = self._local_rows(i, "sentence") or self._scope_rows(i) or \
            ([] if w.section or w.org else self.idx.rows)
        if m.kind == "percent" and not any(r.values.get("ke_hoach") for r in rows) \
                and not any(r.values.get("ke_hoach") for r in self.idx.rows):
            # "vượt 5,41% chỉ tiêu Tổng cục giao": no plan anywhere, unless the table keeps the rate of the plan
            return self._over_kept_rate(i) or self._unverified(i, None, "ke_hoach")
        for r in rows:
            ky, ke = r.values.get("ky_bao_cao"), r.values.get("ke_hoach")
            if ky is None or not ke:
                continue
            if m.kind == "percent" and r.kind != "percent":
                x, how = (ky / ke - 1) * 100, f"{format_vn(ky)}/{format_vn(ke)} − 100%"
            elif self._kind_ok(m, r) or (m.kind == "percent" and r.kind == "percent"):
                x, how = ky - ke, f"{format_vn(ky)} − {format_vn(ke)}"
            else:
                continue
            if x > 0 and value_supports(x, m.value, decimals=m.decimals, scale=m.scale if m.kind != "percent" else 1, low=m.low,
                                        qualifier=m.qualifier, truncate=True):
                self.rows[i] = r
                return self._result(m, "derived", row=r, column="ke_hoach",
                                    derivation=f"{r.fig.ma}: vượt kế hoạch {how} = {format_vn(x, 3)}")
        if _PLAN_NAMED_BEFORE.search(self.text, max(w.clause, m.num_start - 40), m.qualifier_start or m.num_start):
            for r in rows:   # "vượt mục tiêu đưa 110.000 lao động": the plan exceeded, named and then stated
                ke = r.values.get("ke_hoach")
                if ke and self._kind_ok(m, r) and value_supports(ke, m.value, decimals=m.decimals, scale=m.scale,
                                                                 low=m.low, qualifier=m.qualifier):
                    self.rows[i] = r
                    return self._result(m, "supported", row=r, column="ke_hoach")
        return self._over_kept_rate(i) if m.kind == "percent" else None

    def _rate_of_an_amount_row(self, i: int) -> bool:
        """``Kim ngạch xuất khẩu … đạt 48,6 tỷ USD, tăng 14,9% so với năm 2020`` where the table keeps the growth of
        other indicators as rows (``Tốc độ tăng giá trị gia tăng …``): the rate follows an amount a row holds, and
        no rate row is that row's or fits the words — its rate, whose base the table lacks, not a wrong rate row."""
        followed = self._row_it_follows(i, "ky_bao_cao")
        if followed is None or followed.kind == "percent":
            return False
        ctx = self._context(i)
        own = fold(followed.fig.chi_tieu)
        return not any(r.kind == "percent"
                       and (_RATE_LABEL.search(fold(r.fig.chi_tieu)) or INDEX_LABEL.search(fold(r.fig.chi_tieu)))
                       and (self._rate_subject(r) is self._line_root(followed) or own in fold(r.fig.chi_tieu)
                            or self.idx.fit(ctx, r) >= 0.5)
                       for r in self._scope_rows(i) or self.idx.rows)

    def _plan_share(self, i: int) -> tuple[float, Row] | None:
        """(fit, row) of the rate-of-the-plan row (``…: tỷ lệ % so dự toán``) whose words fit mention i's best, among
        the rows in its scope; None when the table keeps no such row."""
        shares = [r for r in self._scope_rows(i) or self.idx.rows if r.kind == "percent"
                  and r.values.get("ky_bao_cao") is not None and _PLAN_SHARE_LABEL.search(fold(r.fig.chi_tieu))]
        if not shares:
            return None
        about = aspects.about_after(self.text, self.mentions[i].end)
        said = [r for r in shares if about and about in aspects.about_in_label(r.fig.chi_tieu)]
        if said:   # "vượt 9% về việc": the rows saying "về việc", not those "về tiền"
            shares = said
        named = aspects.rows_naming(aspects.about_words(self.text, self.mentions[i].end), shares)
        if len(named) == 1:   # "vượt 6% kế hoạch về lượng … và vượt gần 8% về kim ngạch": the row of kim ngạch
            return 1.0, named[0]
        shares = named or shares   # several rows of kim ngạch (exports', imports'): the words around decide among them
        own = [r for r in self._rows_of_followed(i) if r in shares]
        if len(own) == 1:
            return 1.0, own[0]
        ctx = self._context(i)
        return max(((self.idx.fit(ctx, r), r) for r in shares), key=lambda c: c[0])

    def _rows_of_followed(self, i: int) -> list[Row]:
        """The rows the loader made of the row whose value the number follows (``6 triệu tấn …, tăng 9,5% so với kế
        hoạch năm và tăng 20,19% so với năm 2013`` after ``Sản lượng … = 6 triệu tấn``: its ``1-2`` so với KH and
        ``1-TL`` so với cùng kỳ, zq-da-nang-cong-ty-cp-cang-da-nang-san-luong-doanh-thu-2014): their rates are the
        sentence's, whatever words it repeats; or of the row ``về …`` after the rate names (``_row_named_after``)."""
        follows = self._row_named_after(i) or self._row_it_follows(i, "ky_bao_cao") or self._row_stated_after(i)
        if follows is None:
            return []
        base = follows.fig.ma.split("-")[0]
        if base not in self.idx.by_code and ":" in follows.fig.chi_tieu:
            # the cells of one line of a two-way table (``Kết nạp đoàn viên: thực hiện`` 2-3, ``…: tổng số đến cuối``
            # 2-4, ``…: vượt kế hoạch năm`` 2-2, zs-hai-duong-ldld): no row of the line's own, the same stem
            return [r for r in self.idx.rows if same_line(follows, r)]
        # after another rate of the same row ("tăng 9,5% so với kế hoạch năm và tăng 20,19% …"): that row's own row
        follows = self.idx.by_code.get(base, follows)
        head = follows.fig.ma + "-"
        return [r for r in self.idx.rows if r.fig.ma.startswith(head) and r.fig.chi_tieu.startswith(follows.fig.chi_tieu)]

    def _over_kept_rate(self, i: int) -> NumberCheck | None:
        """``Thu phí, lệ phí tham quan đạt hơn 2,3 tỷ đồng, vượt chỉ tiêu giao 4%`` where the table keeps the rate
        against the plan as a row of its own (``Thu phí, lệ phí tham quan: tỷ lệ so kế hoạch`` = 104) and no plan
        (zm-binh-thuan-bao-tang-tinh-khach-tham-quan-2023): the excess is that rate less 100%.  The row the sentence
        is about is the one whose words fit it best; another row's rate gives no excess here."""
        m, share = self.mentions[i], self._plan_share(i)
        if share is None:
            return None
        fit, best = share
        v = best.values["ky_bao_cao"]
        if _EXCESS_LABEL.search(fold(best.fig.chi_tieu)):
            # "Vượt kế hoạch năm (%)" = 11,7 (zs-hai-duong-ldld-thanh-lap-cong-doan-co-so-2020): the excess itself
            if fit >= 0.5 and value_supports(v, m.value, decimals=m.decimals, low=m.low, qualifier=m.qualifier,
                                             truncate=True):
                self.rows[i] = best
                return self._result(m, "supported", row=best, column="ky_bao_cao")
            return None
        x = v - 100
        if fit < 0.5 or x <= 0:
            return None
        if value_supports(v, m.value, decimals=m.decimals, low=m.low, qualifier=m.qualifier, truncate=True):
            self.rows[i] = best   # "tăng 133,3% dự toán" (zo-thanh-hoa-xa-trieu-son): the rate itself, loosely said
            return self._result(m, "supported", row=best, column="ky_bao_cao")
        if not value_supports(x, m.value, decimals=m.decimals, low=m.low, qualifier=m.qualifier, truncate=True):
            # "tăng 8,5% so với kế hoạch năm" after the row whose rate of the plan the table keeps (109,5): its excess
            # is 9,5%
            return self._result(m, "unsupported", row=best, column="ky_bao_cao", reason=(
                f"{best.fig.ma} ({best.fig.chi_tieu[:70]}): {format_vn(v)}% − 100% = {format_vn(x, 2)}%, không phải "
                f"«{m.raw.strip()}»"), expected=fmt_like(m, x))
        self.rows[i] = best
        return self._result(m, "derived", row=best, column="ky_bao_cao",
                            derivation=f"{best.fig.ma}: vượt kế hoạch {format_vn(v)}% − 100% "
                                       f"= {format_vn(x, 3)}%")

    def _of_another_period(self, i: int) -> NumberCheck | None:
        """``bằng 205,6% số hồ sơ trực tuyến của quý I năm 2022`` (zf-kon-tum-giai-quyet-tthc-truc-tuyen-2023-q1): a
        percentage of a whole its clause dates in an earlier year, which this period's table does not hold: unproved,
        not wrong (a wrong plan or last year's rate still goes the usual way where the table keeps that base)."""
        m = self.mentions[i]
        if m.kind != "percent" or m.comparison or not self.year:
            return None
        end = _CLAUSE_STOP.search(self.text, m.end)
        said = _OF_ANOTHER_PERIOD.search(self.text, m.end, end.start() if end else len(self.text))
        if said is None or not said.group("year") or int(said.group("year")) >= self.year:
            return None
        return self._result(m, "unverified", reason=(
            f"Chưa kiểm được: «{m.raw.strip()}» so với số liệu {said.group(0).strip()}, không có trong bảng số liệu"))

    def _against_other_year(self, i: int) -> NumberCheck | None:
        """``bằng 73,5% so cùng kỳ 2019``, ``tăng 8,1% so cùng kỳ 2019`` in a report of 2023 (c12-vn-hangkhong): a
        comparison with a year before last year — not the table's ``Cùng kỳ năm trước``: unproved, not wrong."""
        m = self.mentions[i]
        named = _OTHER_YEAR.match(self.text, m.end)
        if named is None or not self.year or int(named.group(1)) >= self.year - 1:
            return None
        return self._result(m, "unverified", reason=(
            f"Chưa kiểm được: «{m.raw.strip()}» so với năm {named.group(1)}; bảng số liệu chỉ có số cùng kỳ năm trước"))

    def _gap_to_stated_target(self, i: int) -> NumberCheck | None:
        """``tỷ lệ độ bao phủ BHYT mới đạt 86,25% dân số, thấp hơn 5,25% so với chỉ tiêu được giao tại Quyết định số
        546/QĐ-TTg … (91,5%) và thấp hơn 5,75% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy (92%)``
        (c12-brvt-bhxh): the gap in points between the rate stated before and a target the text gives in brackets
        (``recognisers.bases``) — each target its own, a second plan the table does not keep included.  Derived when
        the two give it; wrong when they do not (the text contradicts itself)."""
        m, w = self.mentions[i], self.where[i]
        if m.kind != "percent" or m.value is None or not _GAP_AFTER.match(self.text, m.end):
            return None
        before = self.text[max(w.sentence, m.num_start - 30):m.qualifier_start or m.num_start]
        direction = _GAP_WORD.search(before)
        if direction is None:
            return None
        lower = direction.group(1).lower() in ("thấp", "kém", "hụt", "thiếu", "giảm", "chậm")
        level = next((k for k in range(i - 1, -1, -1) if self.where[k].sentence == w.sentence
                      and self.mentions[k].kind == "percent" and not self.mentions[k].comparison
                      and self.mentions[k].value is not None and self.mentions[k].is_figure
                      and not bracketed_base(self.text, self.mentions[k].start, self.mentions[k].end)), None)
        target = next((k for k in range(i + 1, len(self.mentions)) if self.where[k].sentence == w.sentence
                       and self.mentions[k].kind == "percent" and self.mentions[k].value is not None
                       and self.mentions[k].num_start - m.end < 200
                       and (bracketed_base(self.text, self.mentions[k].start, self.mentions[k].end) == "target"
                            or _TARGET_STATED.fullmatch(self.text, m.end, self.mentions[k].qualifier_start
                                                        or self.mentions[k].num_start))), None)
        if level is None or target is None or any(
                self.mentions[k].kind == "percent" for k in range(i + 1, target) if self.where[k].sentence == w.sentence):
            return None
        lv, tv = self.mentions[level].value, self.mentions[target].value
        if (lv < tv) != lower or lv == tv:
            return None
        x = abs(lv - tv)
        how = f"«{self.mentions[level].raw.strip()}» − «{self.mentions[target].raw.strip()}»"
        if value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, low=m.low):
            return self._result(m, "derived", row=self.rows[level], column="ke_hoach",
                                derivation=f"chênh lệch với chỉ tiêu câu này nêu: {how} = {format_vn(x, 3)} điểm %")
        return self._result(m, "unsupported", row=self.rows[level], column="ke_hoach", reason=(
            f"Chênh lệch giữa {how} là {format_vn(x, max(m.decimals, 2))} điểm %, không phải «{m.raw.strip()}»"),
            expected=fmt_like(m, x.quantize(Decimal(1).scaleb(-m.decimals))))

    def _gap_to_unstated_target(self, i: int) -> NumberCheck | None:
        """``đạt tỷ lệ 83,5% (cao hơn chỉ tiêu Quốc hội đề ra 8,5%)`` (``recognisers.targetgap``): the gap in points
        between the rate the sentence just stated and a target it does not give.  Derived when the rate's row keeps
        its plan and the difference is the number; where the table keeps no plan for that rate, nothing proves the
        gap and nothing shows it wrong: unverified, its base named."""
        m, w = self.mentions[i], self.where[i]
        if m.kind != "percent" or m.value is None \
                or not gap_to_plan(self.text, m.num_start, m.end, w.sentence):
            return None
        level = next((k for k in range(i - 1, -1, -1) if self.where[k].sentence == w.sentence
                      and m.num_start - self.mentions[k].end < 120 and self.mentions[k].kind == "percent"
                      and not self.mentions[k].comparison and self.mentions[k].is_figure), None)
        if level is None or _PLAN_RATE.match(self.text, self.mentions[level].end) \
                or self._gap_to_stated_target(i) is not None:
            return None   # "đạt 105% kế hoạch, vượt 5%": the gap to 100%; a target the sentence states
        row = self.rows[level]
        plan = row.values.get("ke_hoach") if row is not None and row.kind == "percent" else None
        if plan is not None:   # the rate's plan kept (``Kế hoạch năm 2020`` = 80): the gap derived, or left to others
            x = row.values["ky_bao_cao"] - plan
            if x != 0 and value_supports(abs(x), m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier,
                                         low=m.low, truncate=True):
                self.rows[i] = row
                return self._result(m, "derived", row=row, column="ke_hoach", derivation=(
                    f"{row.fig.ma}: {format_vn(row.values['ky_bao_cao'])} − {format_vn(plan)} (kế hoạch) = "
                    f"{format_vn(x, 3)} điểm %"))
            return None
        of = f" của {row.fig.ma} ({row.fig.chi_tieu[:70]})" if row is not None else ""
        return self._result(m, "unverified", reason=(
            f"Chưa kiểm được: «{m.raw.strip()}» là chênh lệch giữa tỷ lệ «{self.mentions[level].raw.strip()}» và chỉ "
            f"tiêu được giao; bảng số liệu không có chỉ tiêu (kế hoạch){of} để tính ra"))

    def _change_as_cell(self, i: int) -> NumberCheck | None:
        """``giảm 178 hộ nghèo``, ``phát triển tăng 3.163 hội viên``: the change is itself a row of the table."""
        m = self.mentions[i]
        if m.comparison == "không đổi":
            return None
        ok, _ = self._cells(i, self.idx, columns=("ky_bao_cao",))
        ctx = self._context(i)
        ok = [c for c in ok if self.idx.unit_fit(m.noun, c[0]) >= 0 and _same_direction(m, c[0])
              and (_CHANGE_LABEL.search(fold(c[0].fig.chi_tieu)) or self.idx.fit(ctx, c[0]) >= 0.5)]
        if not ok:
            return None
        row = ok[0][0]
        self.rows[i] = row
        return self._result(m, "supported", row=row, column="ky_bao_cao")

    def _rate_as_cell(self, i: int) -> NumberCheck | None:
        """``chỉ số sản xuất ngành công nghiệp giảm hơn 7% so với cùng kỳ`` against a percent row the words name that
        is an index (``Chỉ số ... so với cùng kỳ`` = 92,8: the same period is 100) or a rate (``Tốc độ tăng ...`` =
        12,1): the change is the index less 100, or the rate itself, in the direction written."""
        m = self.mentions[i]
        for r, x, how in self._rate_rows(i):
            if x == 0 or (x > 0) != (m.comparison == "tăng"):
                continue
            if value_supports(abs(x), m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True,
                              low=m.low):
                self.rows[i] = r
                return self._result(m, "derived", row=r, column="ky_bao_cao",
                                    derivation=f"{r.fig.ma}: {how} = {format_vn(x, 2)}%")
        return None

    def _share_row_named(self, i: int) -> Row | None:
        """The percent row a share of a named whole is about, when the sheet keeps that share as a row of its own
        (its label's words are the sentence's, half of them at least, and it names a whole: ``so với tổng số``,
        ``tỷ lệ``), and that row's value is not the number's (a right one was supported before)."""
        ctx = self._context(i)
        fits = [(self.idx.fit(ctx, r), k, r) for k, r in enumerate(self._scope_rows(i) or self.idx.rows)
                if r.kind == "percent" and r.values.get("ky_bao_cao") is not None
                and _SHARE_ROW.search(fold(r.fig.chi_tieu))]
        fits = [f for f in fits if f[0] >= 0.5]
        if not fits:
            return None
        # rows of one label kept under several wholes ("Tỷ trọng trong tổng kim ngạch xuất khẩu cả nước" under the
        # group's total and under TP. Hồ Chí Minh's): the one under the row whose value the share follows
        follows = self._row_it_follows(i, "ky_bao_cao")
        return max(fits, key=lambda f: (f[0], follows is not None and share_under(f[2], follows), f[1]))[2]

    def _named_in_phrase(self, i: int, rows: list[Row]) -> list[Row]:
        """The rows a rate's own phrase names, best first (``số người chết giảm 4,1%`` after a bracket of other
        rows' rates: «Số người chết», not the row of the last number before it): those whose label the phrase's words
        cover three quarters of, at least."""
        own = self._own(i)
        fits = sorted(((self.idx.fit(own, r), k, r) for k, r in enumerate(rows)), key=lambda f: (-f[0], f[1]))
        return [r for f, _, r in fits if f >= 0.75]

    def _share_row_of_whole(self, i: int, whole: str) -> Row | None:
        """The percent row that keeps the share of the whole the words after the number name (``chiếm 64,44% số hộ
        đăng ký`` with ``Tỷ lệ hộ đạt danh hiệu so với số hộ đăng ký`` = 64,44): a share row whose label holds the
        whole's first words (``số hộ đăng``) and that the sentence's words fit — one such row only."""
        key = " ".join(fold(whole).split()[:3])
        if len(key.split()) < 3:
            return None
        ctx = self._context(i)
        kept = [r for r in self.idx.rows if r.kind == "percent" and r.values.get("ky_bao_cao") is not None
                and _SHARE_ROW.search(fold(r.fig.chi_tieu)) and key in fold(r.fig.chi_tieu)
                and self.idx.fit(ctx, r) >= 0.5]
        return kept[0] if len(kept) == 1 else None

    def _rate_rows(self, i: int) -> list[tuple[Row, Decimal, str]]:
        """Percent rows the words name that are an index against the same period or a rate of change:
        (row, the change they say, how)."""
        ctx = self._context(i)
        out = []
        own = self._rows_of_followed(i)
        asp = aspects.aspect_after(self.text, self.mentions[i].end)
        for r in own + [r for r in self._scope_rows(i) or self.idx.rows if r not in own]:
            v = r.values.get("ky_bao_cao")
            if r.kind != "percent" or v is None:
                continue
            kept = self._aspect_fit(ctx, r, asp)
            if kept is False:
                continue   # "tăng 7,5% về lượng" after the value's number: not the value's rate row
            fit = kept if isinstance(kept, float) else self.idx.fit(ctx, r)
            if r not in own and fit < 0.5 and (
                    self._rate_subject(r) is r or self._named_by(i, self._rate_subject(r)) < 0.75):
                continue
            label = fold(r.fig.chi_tieu)
            if _RATE_LABEL.search(label) or rate_by_heading(r):
                out.append((r, v, f"{format_vn(v)}%"))
            elif (INDEX_LABEL.search(label) or index_by_parent(r, self.idx.by_code, INDEX_LABEL.search)) \
                    and change_said(v, r.fig.chi_tieu) is not None:
                out.append((r, *change_said(v, r.fig.chi_tieu)))   # (``onewaychange``: ``… tăng so với`` = 33)
        return out

    def _named_rates(self, i: int, rate: list[tuple[Row, Decimal, str]]) -> list[tuple[Row, Decimal, str]]:
        """Rates of units kept under a heading (``rate_by_heading``: ``Khu vực Hải Phòng`` = 15 under ``Tốc độ
        tăng …``) are said with the unit's name: when the number's own phrase names such units (half its label's
        weighted words at least: ``khu vực TP. Hồ Chí Minh (tăng gần 7%)``), only the units it names best give or
        refute it — another unit's rate on its line (``khu vực Hải Phòng (tăng 179%)``, Thái Bình's) is a swap
        (d4-thoibaotaichinh-cangbien-3t-2021); when it names none, they say nothing of the number (``tỷ lệ tăng
        trưởng tín dụng trong quý I/2012 chỉ giảm 0,4%`` is no branch's: zf-toan-quoc-agribank-du-no-2012-q1's
        ``Chi nhánh Bình Phước`` = 16 under ``Tăng trưởng dư nợ một số chi nhánh``)."""
        heading = [t for t in rate if rate_by_heading(t[0])]
        if not heading:
            return rate
        own = self._own(i)
        fits = [self.idx.fit(own, r) for r, _, _ in heading]
        best = max(fits)
        if best < UNIT_NAMED:
            return [t for t in rate if not rate_by_heading(t[0])]
        return [t for t, f in zip(heading, fits) if f >= best]

    def _aspect_fit(self, ctx: frozenset, r: Row, asp: str | None) -> float | bool | None:
        """A rate naming its aspect right after it (``tăng 7,5% về lượng``, ``recognisers.aspects``) against a rate row
        keeping one: False for the other aspect's row (``… trị giá tăng so với tháng 5/2020``), and for its own
        aspect's the fit of the words with ``về lượng`` read as the label's ``khối lượng`` (d3-gialaitv-caphe-6t-2020);
        None when either names none."""
        kept = aspects.row_aspect(r.fig.chi_tieu) if asp else None
        if kept is None:
            return None
        if kept != asp:
            return False
        return self.idx.fit(ctx | self.idx.context(aspects.aspect_words(r.fig.chi_tieu)), r)

    def _rate_of_another(self, i: int, row: Row) -> bool:
        """The words right after a rate make it the rate of another aspect than ``row`` (``về lượng`` after the
        value's number; ``về trị giá`` is the value's own) or against another base than last year's same period
        (``so với ngày 10/9/2018``, ``so với tháng trước``)."""
        m = self.mentions[i]
        after = self.text[m.end:m.end + 60]
        aspect = _ASPECT_AFTER.match(after)
        if aspect and self._about_subject(i) is row:
            return False   # "trị giá 1,124 tỷ USD, tăng 2,8% về lượng": the quantity said before in the sentence
        if aspect:
            words = re.split(r"[,;.(]|\s(?:so|và|nhưng)\s", after[aspect.end() - 1:])[0]
            return self.idx.fit(self.idx.context(words), row) < 0.3
        if base_before_direction(self.text, m.qualifier_start or m.num_start) is not None:
            # "so cùng kỳ giảm 3%, so ngày thường tăng 58%": its own base said before it, the next clause's after it
            return rate_base(self.text, self.where[i].sentence, m.qualifier_start or m.num_start, m.end,
                             self.year) != "year-ago"
        base = self._named_base(i, siblings=False)
        return base not in (None, "cung_ky") or _OTHER_BASE.match(after) is not None

    def _line_root(self, r: Row) -> Row:
        """The row of the line the loader made ``r`` of (``1-2`` «Sản lượng …: so với KH» → ``1``), a running total's
        row staying its own (``R-4-LK`` is not ``R-4``)."""
        while "-" in r.fig.ma:
            code, last = r.fig.ma.rsplit("-", 1)
            up = self.idx.by_code.get(code)
            if last.rstrip("'").startswith("LK") or up is None or not r.fig.chi_tieu.startswith(up.fig.chi_tieu):
                break
            r = up
        return r

    def _named_by(self, i: int, r: Row) -> float:
        """How much of row r's label the number's own phrase says; a running total's row by its line's label too
        (``Số người chết (từ đầu năm)``: the loader's words, which the text says once for the paragraph)."""
        own = self._own(i)
        line = self.idx.by_code.get(_RUNNING_CODE.sub("", r.fig.ma))
        return max(self.idx.fit(own, r), self.idx.fit(own, line) if line is not None and line is not r else 0.0)

    def _opening_names(self, i: int, r: Row) -> bool:
        """The words opening mention i's sentence are its subject (``recognisers.opensubject``) and name row r's label
        (or its line's, for a running total's row), as ``_named_by`` weighs a number's own phrase."""
        m = self.mentions[i]
        subject = opening_subject(self.text, self.where[i].sentence, m.num_start)
        if subject is None:
            return False
        said = self.idx.context(subject)
        line = self.idx.by_code.get(_RUNNING_CODE.sub("", r.fig.ma))
        return max(self.idx.fit(said, r), self.idx.fit(said, line) if line is not None and line is not r else 0.0) \
            >= 0.75

    def _about_subject(self, i: int) -> Row | None:
        """The row a rate's ``về …`` words name among the rows its sentence said before it: ``đạt 111,5 nghìn tấn,
        trị giá 1,124 tỷ USD, tăng 2,8% về lượng`` is the quantity's (``aspects.row_aspect``), ``có 26.785 DN thành
        lập mới với số vốn đăng ký là 278.489 tỷ đồng, tăng 1,2% về số DN`` the enterprises' (``aboutwords``) —
        whatever number it follows; None when they name none or several."""
        m = self.mentions[i]
        words = aspects.about_words(self.text, m.end)
        if not words:
            return None
        sentence = self.where[i].sentence
        said = []
        for j in range(i - 1, -1, -1):
            if self.where[j].sentence != sentence:
                break
            r = self.rows[j]
            if r is not None and self.mentions[j].kind != "percent" and r not in said:
                said.append(r)
        asp = aspects.aspect_after(self.text, m.end)
        if asp is not None:
            named = [r for r in said if aspects.row_aspect(r.fig.chi_tieu) == asp]
        else:
            fits = {id(r): words_named(words, r.fig.chi_tieu) for r in said}
            best = max(fits.values(), default=0.0)
            named = [r for r in said if fits[id(r)] == best] if best >= 0.5 else []
            if len(named) > 1:   # "về số DN" after the enterprises and their capital: the label it heads
                named = [r for r in named if head_named(words, r.fig.chi_tieu)]
        return named[0] if len(named) == 1 else None

    def _rate_subject(self, r: Row) -> Row:
        """The row a sheet's kept rate is the rate of (``R-2.b-LK-TL`` «Va chạm giao thông (từ đầu năm): tốc độ tăng so
        cùng kỳ 7 tháng» → ``R-2.b-LK``): the words after the colon are the rate's, which the text says by ``tăng …%``
        itself; the row itself when it is none."""
        base = kept_rate_of(r.fig.ma)
        return self.idx.by_code.get(base, r) if base is not None else r

    def _change_now(self, row: Row, pct: bool) -> str | None:
        cur, old = row.values.get("ky_bao_cao"), row.values.get("cung_ky")
        if cur is None or old is None or cur == old:
            return None
        word = "tăng" if cur > old else "giảm"
        if pct:
            return f"{word} {format_vn(abs(cur - old) / old * 100, 2)}%" if old else None
        return f"{word} {format_vn(abs(cur - old))}"

    def _prior_rows(self, rows: list[Row]):
        """(row, this, previous) pairs: current table's change first, then last period's (stale)."""
        out_current = [(r, r.values["ky_bao_cao"], r.values["cung_ky"]) for r in rows if "cung_ky" in r.values]
        if self.pidx is None:
            return []
        out = []
        for r, *_ in out_current:
            p = self.pidx.by_code.get(r.fig.ma)
            if p is not None and "cung_ky" in p.values:
                out.append((r, p.values["ky_bao_cao"], p.values["cung_ky"]))
        return out

    def _rows_with_current(self, rows):
        return [(r, r.values["ky_bao_cao"], r.values["cung_ky"]) for r in rows if "cung_ky" in r.values]

    def _rows_of_groups(self, groups):
        return [t for g in groups for t in self._rows_with_current(g)]

    def _row_it_follows(self, i: int, column: str) -> Row | None:
        """The row of the number mention i follows in its clause (``18,5 tỷ USD, tăng 8,1%``), if it has ``column``.

        Numbers in brackets closed before i are asides (``18,5 tỷ USD (nông sản 5 tỷ USD), tăng 8,1%``).  After
        ``lần lượt`` (respectively) the k-th rate is the k-th row's: ``18,5 và 15 tỷ USD, lần lượt tăng 8,1% và 7,1%``.
        """
        w = self.where[i]
        before = [k for k in self._groups.get(("clause", w.paragraph, w.clause), ()) if k < i]
        cue = governing_cue(self.text, w.clause, self.mentions[i].num_start)   # the last cue: ``respective``
        if cue:
            tied = [k for k in before if self.mentions[k].num_start < cue.start() and self.rows[k] is not None
                    and not self._aside(k, cue.start())]
            rates = [k for k in before if self.mentions[k].num_start > cue.start()
                     and self.mentions[k].kind == self.mentions[i].kind]
            said = [k for k in self._groups.get(("clause", w.paragraph, w.clause), ())
                    if self.mentions[k].num_start > cue.start() and self.mentions[k].kind == self.mentions[i].kind]

            if len(said) > len(tied):  # "đạt 386 triệu tấn. Trong đó, container đạt 13,3 triệu TEU, tăng lần lượt 18%
                # và 27%": the first rows were stated in the sentences before
                earlier = [k for k in self._groups.get(("paragraph", w.paragraph), ()) if k < i
                           and self.rows[k] is not None and self.where[k].clause != w.clause]
                need = len(said) - len(tied)
                if len(earlier) >= need:
                    tied = earlier[-need:] + tied

            if len(rates) < len(tied):
                row = self.rows[tied[len(rates)]]
                return row if column in row.values else None
        for k in reversed(before):
            if self.rows[k] is not None and not self._aside(k, self.mentions[i].num_start):
                row = self.rows[k]
                return row if column in row.values else None
        return None

    def _row_named_after(self, i: int) -> Row | None:
        """The row of the sentence that ``về …`` after a rate names (``tăng 34,9% về số vốn đăng ký``), when its
        words fit one row of the sentence's clearly better than any other."""
        about = _ABOUT_AFTER.match(self.text, self.mentions[i].end)
        if about is None:
            return None
        said = frozenset(tokens(about.group(1)))
        fits = sorted(((self.idx.fit(said, r), n, r) for n, r in enumerate(self._local_rows(i, "sentence"))
                       if r.kind != "percent"), key=lambda f: (-f[0], f[1]))
        if not fits or fits[0][0] < 0.3 or (len(fits) > 1 and fits[1][0] >= fits[0][0] * 0.8):
            return self._about_subject(i)   # few words, or an aspect, naming one of the rows said before
        return fits[0][2]

    def _row_stated_after(self, i: int) -> Row | None:
        """The row of the amount a rate brought its quantity to, said right after it (``kim ngạch lại giảm 3%, ở mức
        2,63 tỷ USD``, ``tăng 9,41%, đạt 191.889 lượt khách``: ``levelafter``), when nothing before it in its clause
        names its row. The next figure of the sentence only, an amount (not another rate) with a row."""
        m, w = self.mentions[i], self.where[i]
        for k in range(i + 1, len(self.mentions)):
            n = self.mentions[k]
            if self.where[k].sentence != w.sentence or self.where[k].paragraph != w.paragraph:
                return None
            if not n.is_figure:
                continue
            row = self.rows[k]
            if n.kind in ("percent", "change") or row is None or row.kind == "percent" \
                    or not level_after(self.text, m.end, n.qualifier_start or n.num_start):
                return None
            return row
        return None

    def _aside(self, k: int, until: int) -> bool:
        """Mention k stands in brackets that close before ``until``."""
        m = self.mentions[k]
        opened = self.text.rfind("(", self.where[k].clause, m.num_start)
        return opened >= 0 and self.text.find(")", m.end, until) >= 0 and \
            self.text.rfind(")", opened, m.num_start) < 0

    def _percent(self, i: int) -> NumberCheck:
        m = self.mentions[i]
        sentence = self._local_rows(i, "sentence")
        share = self._share_of_total(i)  # "chiếm 69,5% tổng dự toán": a part over a whole, not the row's own ratio
        if share is not None:
            return share
        own = self._row_named_after(i) or self._row_it_follows(i, "ky_bao_cao")
        base = self._named_base(i)
        if own is not None and own.kind == "percent" and base == "ke_hoach":
            # "39,059 tỉ USD, tăng 18,6% so với cùng kỳ năm 2006, đạt 83,5% kế hoạch": the plan's share is the value's,
            # not the rate of change's between (``ratechain``)
            chained = self._chain_value_row(i)
            own = chained if chained is not None and chained.values.get("ke_hoach") else own
        other_year = self._against_other_year(i) if base == "cung_ky" else None
        if other_year is not None:
            return other_year
        if own is not None and base and own.values.get(base):
            # "57 ha, ..., bằng 98,3% so với cùng kỳ": the ratio the words name, of the row of the number it follows
            return self._ratio_of(i, own, base)
        moved = self._moved_number(i, own, base)
        if moved is not None:
            return moved
        plan = self._rate_of_plan_stated(i) if own is None and base in (None, "ke_hoach") else None
        if plan is not None:
            return plan
        listed = self._share_of_listed_whole(i) if base is None else None
        if listed is not None:
            return listed
        if own is not None:  # "đạt 18,5 tỷ USD, bằng 74% KH năm": the row of the number it follows first
            sentence = [own] + [r for r in sentence if r is not own]
        para = [r for r in self._local_rows(i, "paragraph")]
        found = self._percent_search(i, sentence, para, self.idx, current=True)
        if found:
            row, col, d = found
            return self._result(m, "derived", row=row, column=col, derivation=d)
        if self.pidx is not None:
            prior_rows = lambda rows: [self.pidx.by_code[r.fig.ma] for r in rows if r.fig.ma in self.pidx.by_code]
            found = self._percent_search(i, prior_rows(sentence), prior_rows(para), self.pidx, current=False)
            if found:
                row, col, d = found
                return self._result(m, "stale", row=self.idx.by_code.get(row.fig.ma, row), column="prior:" + col,
                                    derivation=d, reason="Tính từ số liệu kỳ trước")
        stated = self._over_stated_base(i)
        if stated is not None:
            return stated
        other = self._ratio_to_named_row(i, own)
        if other is not None:
            return other
        hint = None
        for r in sentence + para:
            if "ke_hoach" in r.values and r.values["ke_hoach"]:
                hint = (r, r.values["ky_bao_cao"] / r.values["ke_hoach"] * 100, "ky_bao_cao/ke_hoach")
                break
        if base and (own is not None and not own.values.get(base)
                     or own is None and (base == "cung_ky" or not hint)):
            # "đạt 94,17% kế hoạch", "bằng 72% so với cùng kỳ" of a row whose plan or last year the table lacks;
            # "26.112 lao động (đạt hơn 130% so với chỉ tiêu), ... 1.900 lao động (đạt hơn 67% so với chỉ tiêu)": the
            # second's own row has no plan, whatever the first's
            return self._unverified(i, own, base)
        named = self._plan_row_named(i) if own is None and base == "ke_hoach" else None
        if named is not None:
            # "Công tác giải ngân vốn đầu tư xây dựng cơ bản trên địa bàn huyện đạt 58% so với kế hoạch" (c14-datdo):
            # the rate of an amount the text does not state, whose row its words name — not of the nearest row's (a
            # rate that does not fit goes on as before: checked against the rows the text has stated)
            row, x = named, named.values["ky_bao_cao"] / named.values["ke_hoach"] * 100
            if value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True, low=m.low):
                return self._result(m, "derived", row=row, column="ke_hoach", derivation=(
                    f"{row.fig.ma}: {format_vn(row.values['ky_bao_cao'])}/{format_vn(row.values['ke_hoach'])} = "
                    f"{format_vn(x, 3)}%"))
        if hint and own is None and base == "ke_hoach" and not self._subject_fits(i, hint[0]):
            # "thu từ doanh nghiệp nhà nước T.Ư đạt 110% dự toán" beside a table that keeps only the total's plan:
            # the share of a plan of something the table does not hold, not a wrong share of the total's
            return self._unverified(i, None, base)
        if hint and not (base is None and own is not None and own is not hint[0] and not own.values.get("ke_hoach")):
            # (not "2.689 hộ an toàn (chiếm 99,26%)" after another row's "2.390/2.974 hộ (chiếm 80,36%)": a share
            # of the row it follows, whose whole is not kept, is no share of the other row's plan)
            r, x, _ = hint
            return self._result(m, "unsupported", row=r, column="ke_hoach", reason=(
                f"Tỷ lệ thực hiện so với kế hoạch của {r.fig.ma} là {format_vn(x, max(m.decimals, 2))}%, "
                f"không phải «{m.raw.strip()}»"),
                expected=fmt_like(m, x.quantize(Decimal(1).scaleb(-m.decimals))))
        whole = _WHOLE_NAMED.match(self.text, m.end)
        if whole is not None and not self.rows[i] and not self._a_whole_is_stated(i) \
                and (kept := self._share_row_named(i)) is not None:
            # "71.450 hộ – chiếm gần 54% tổng số gia đình trên địa bàn toàn tỉnh" where the sheet keeps that share as
            # a row ("Tỷ lệ gia đình văn hóa so với tổng số gia đình toàn tỉnh" = 64): its value, not this one
            v = kept.values["ky_bao_cao"]
            return self._result(m, "unsupported", row=kept, column="ky_bao_cao", reason=(
                f"Câu này nói về {kept.fig.ma} ({kept.fig.chi_tieu[:70]}) = {fmt_row_value(kept, v)}, "
                f"không phải «{m.raw.strip()}»"), expected=fmt_like(m, v))
        if whole is not None and not self.rows[i] and not self._a_whole_is_stated(i):
            # "chiếm 99,93% tổng dư nợ toàn chi nhánh": a share of a whole the text names but states nowhere, nor the
            # table: a derivation without its base (said, not flagged), as a rate of change without last year's value
            return self._result(m, "unverified", reason=(
                f"Chưa kiểm được: không có số liệu «{whole.group(1).strip()}» (cơ sở của tỷ lệ này) để tính ra "
                f"«{m.raw.strip()}»"))
        counted = _COUNT_WHOLE_NAMED.match(self.text, m.end) if not self.rows[i] else None
        if counted is not None and not self._a_whole_is_stated(i) \
                and (kept := self._share_row_of_whole(i, counted.group(1))) is not None:
            # "62.870 hộ/năm (chiếm 64,45% số hộ đăng ký)" where the sheet keeps that share ("Tỷ lệ hộ đạt danh hiệu
            # so với số hộ đăng ký" = 64,44): the row's value, not this one — no "share of an unstated whole"
            v = kept.values["ky_bao_cao"]
            return self._result(m, "unsupported", row=kept, column="ky_bao_cao", reason=(
                f"Câu này nói về {kept.fig.ma} ({kept.fig.chi_tieu[:70]}) = {fmt_row_value(kept, v)}, "
                f"không phải «{m.raw.strip()}»"), expected=fmt_like(m, v))
        if not self.rows[i] and self._share_of_unstated(i):
            # "Hộ cận nghèo còn hơn 19,9 nghìn hộ, chiếm 4,25%", "thu nội địa đạt hơn 2.310 tỷ đồng, chiếm 67,6%": the
            # part's share of a total the text never states (nor the table): unproved, not wrong
            return self._result(m, "unverified", reason=(
                f"Chưa kiểm được: văn bản và bảng số liệu không có tổng số (cơ sở của tỷ lệ «{m.raw.strip()}»)"))
        parts = self._complement(i) or self._listed_parts(i)   # parts.PartShares
        if parts is not None:
            return parts
        if not self.rows[i] and plans.implied(self.text, m.num_start, m.end):
            # "thu ngân sách trên địa bàn đạt 76,75%": an amount's share of a plan the text leaves unsaid
            return self._unverified(i, None, "ke_hoach")
        if m.low is not None and not self.rows[i] and spreadunits.several_units_before(self.text, m.start):
            # "một số điểm đến ven biển đạt tỷ lệ lấp đầy 95-100%": each unit's rate in a range, no row's
            return self._result(m, "unverified", reason=(
                f"Chưa kiểm được: «{m.raw.strip()}» là khoảng tỷ lệ của nhiều đơn vị, bảng số liệu không giữ tỷ lệ "
                "riêng của từng đơn vị"))
        bare = self._bare_share(i)
        if bare is not None:
            return bare
        return self._result(m, "unsupported", reason=("Không có chỉ tiêu hay tỷ lệ giữa các chỉ tiêu "
                                                              "nêu gần đó cho ra tỷ lệ này"))

    def _bare_share(self, i: int) -> NumberCheck | None:
        """``Số HTX hoạt động khá chiếm 37,6%`` (``recognisers.bareshare``): a share of a part named, not counted, no
        row's — unverified unless the table keeps a rate its clause's words name (a wrong kept share stays caught).
        A population's share (``100% cơ sở Hội đạt vững mạnh``) stays flagged: checker round 83 tried it as unverified
        and left it out (eight older tests expect it flagged; evaluations/sweep/checker-round83.md)."""
        m = self.mentions[i]
        if self.rows[i] or m.low is not None or self._rate_row_near(i):
            return None
        start = m.qualifier_start if m.qualifier and m.qualifier_start is not None else m.num_start
        subject = subject_of_bare_share(self.text, start)
        if subject is not None:
            return self._result(m, "unverified", reason=(
                f"Chưa kiểm được: văn bản và bảng số liệu không có số của «{subject}» hay tổng của nó (cơ sở của tỷ lệ "
                f"«{m.raw.strip()}»)"))
        return None

    def _plan_row_named(self, i: int) -> Row | None:
        """The row with a plan whose words the clause before the rate at ``i`` names best, when no number of its own
        stands in that clause (see ``_percent``)."""
        m, w = self.mentions[i], self.where[i]
        if any(self.where[k].clause == w.clause and self.where[k].paragraph == w.paragraph and k < i
               and self.mentions[k].is_figure for k in range(i)):
            return None
        words = self.idx.context(self.text[w.clause:m.qualifier_start or m.num_start])
        scored = sorted(((self.idx.fit(words, r), n, r) for n, r in enumerate(self._scope_rows(i) or self.idx.rows)
                         if r.values.get("ke_hoach") and r.values.get("ky_bao_cao") is not None),
                        key=lambda t: (-t[0], t[1]))
        if not scored or scored[0][0] < SUBJECT_FIT or len(scored) > 1 and scored[1][0] >= scored[0][0]:
            return None
        return scored[0][2]

    def _subject_fits(self, i: int, r: Row) -> bool:
        """The words of the clause before the number at ``i`` describe row ``r`` at all."""
        m, w = self.mentions[i], self.where[i]
        words = self.idx.context(self.text[w.clause:m.qualifier_start or m.num_start])
        return self.idx.fit(words, r) >= SUBJECT_FIT

    def _share_of_unstated(self, i: int) -> bool:
        """``chiếm``/``chiếm tỷ lệ`` right before the percentage at ``i``, a part stated before it in its clause (a
        count, an amount or a measure), and no whole of the part's unit stated before it (``_a_whole_is_stated``)."""
        m, w = self.mentions[i], self.where[i]
        start = m.qualifier_start if m.qualifier and m.qualifier_start is not None else m.num_start
        if not _SHARE_CUE.search(self.text, max(0, start - 24), start):
            return False
        parts = [k for k in range(i) if self.where[k].clause == w.clause and self.where[k].paragraph == w.paragraph
                 and self.mentions[k].is_figure and self.mentions[k].kind in ("count", "money", "measure")
                 and self.mentions[k].value is not None
                 and (self.results[k] is None or self.results[k].verdict != "not_a_figure")]
        if not parts:
            return False
        pm = self.mentions[parts[-1]]
        # no larger number of any unit before it, which might be its whole ("352 hồ sơ … 227 trường hợp (chiếm 64,4%)")
        return not any(x.is_figure and x.value is not None and x.value > pm.value and m.start - x.end <= REACH
                       and x.kind in ("count", "money", "measure", "ratio") and (self.results[k] is None
                                                                        or self.results[k].verdict != "not_a_figure")
                       for k, x in enumerate(self.mentions[:i]))

    def _over_stated_base(self, i: int) -> NumberCheck | None:
        """A rate, an excess or a multiple over a base the text gives in brackets (``recognisers.bases``): ``… là
        59.177 người …; so với chỉ tiêu giao của UBND (70.544 người) đạt 84%``, ``(8.700 người) đạt 107%, vượt 587
        người``, ``đạt 13,57% so với lực lượng lao động (436.210)``, ``gấp 1,3 lần của tỉnh(83,5/64 triệu đồng)``:
        derived when a number stated before it in its paragraph over (or less) that base gives it."""
        m, w = self.mentions[i], self.where[i]
        if m.value is None or m.kind not in ("percent", "count", "change"):
            return None
        excess = m.kind != "percent" and _EXCESS_BEFORE.search(self.text, max(0, m.num_start - 14), m.num_start)
        times = m.kind != "percent" and _TIMES_BEFORE.search(self.text, max(0, m.num_start - 16), m.num_start)
        if m.kind != "percent" and not excess and not times:
            return None
        for k, b in enumerate(self.mentions):
            if k == i or b.value is None or not b.value or self.where[k].sentence != w.sentence \
                    or abs(b.num_start - m.num_start) > 160:
                continue
            pair = times and b.pair_role == "denominator" and b.partner is not None and k > i
            if not pair and not (bracketed_base(self.text, b.start, b.end) or pair_base(self.text, b.start, b.end)):
                continue
            parts = [b.partner] if pair else [
                p for p in range(i - 1, -1, -1) if p != k and self.where[p].paragraph == w.paragraph
                and self.mentions[p].is_figure and self.mentions[p].value is not None
                and self.mentions[p].kind in ("count", "money", "measure") and m.start - self.mentions[p].end <= REACH
                and (self.mentions[p].unit == b.unit or m.kind == "percent" and b.unit is None)]
            for p in parts:
                pv = self.mentions[p].value
                if m.kind == "percent" or times:
                    x, scale = pv / b.value * (100 if m.kind == "percent" else 1), 1
                else:
                    x, scale = pv - b.value, m.scale
                if x > 0 and value_supports(x, m.value, decimals=m.decimals, scale=scale, qualifier=m.qualifier,
                                            truncate=True, low=m.low):
                    how = "−" if excess else "/"
                    return self._result(m, "derived", row=self.rows[p], column="ky_bao_cao", derivation=(
                        f"«{self.mentions[p].raw.strip()}» {how} «{b.raw.strip()}» = {format_vn(x, 3)}"
                        f"{'%' if m.kind == 'percent' else ''}"))
        return None

    def _a_whole_is_stated(self, i: int) -> bool:
        """Before the share at ``i``: a number of the unit of the part it follows, larger than it, within ``REACH`` —
        a whole the text states (a share that disagrees with it stays an alarm)."""
        m, w = self.mentions[i], self.where[i]
        part = next((k for k in range(i - 1, -1, -1) if self.where[k].paragraph == w.paragraph
                     and self.mentions[k].kind in ("count", "money", "measure")), None)
        if part is None:
            return True  # no part to speak of: nothing says what the share is of
        pm = self.mentions[part]
        return any(x.unit == pm.unit and x.kind == pm.kind and x.value is not None and pm.value is not None
                   and x.value > pm.value and m.start - x.end <= REACH for x in self.mentions[:i] if x is not pm)

    def _share_of_total(self, i: int) -> NumberCheck | None:
        """``Trong số 139 xã, có 82 xã …, chiếm tỷ lệ 59%``; ``đã thu hơn 5.626 tỷ đồng, …, chiếm 67% tổng thu``:
        the part the clause states over a whole of the same unit stated earlier (``recognisers.shares``) — as
        written in the text, or, for a part tied to a plan/last-year cell, the same column of a row stated before
        (``dự toán giao 10.766 tỷ đồng (chiếm 69,5% tổng dự toán …)``)."""
        m = self.mentions[i]
        start = m.qualifier_start if m.qualifier and m.qualifier_start is not None else m.num_start
        share = reads_as_share(self.text, start, m.end)

        def ok(x):
            return value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True,
                                  low=m.low)

        for fraction in fraction_beside(self.text, self.mentions, self._same_sentence, i):
            if not share and fraction[0] < i:
                continue
            n, d = (self.mentions[k] for k in fraction)
            if n.value is not None and d.value and ok(x := n.value / d.value * 100):
                # "57 /104 xã …, đạt tỷ lệ 54,8%", "100% xã đạt chuẩn (7/7 xã)": the fraction's quotient
                row = self.rows[fraction[0]]
                return self._result(m, "derived", row=row, column="ky_bao_cao" if row is not None else None,
                                    derivation=f"«{n.raw.strip()}»/«{d.raw.strip()}» = {format_vn(x, 3)}%")
        if not share:
            return None
        w = self.where[i]
        part = next((k for k in range(i - 1, -1, -1) if self.where[k].clause == w.clause
                     and self.where[k].paragraph == w.paragraph and self.mentions[k].is_figure
                     and self.mentions[k].kind in ("count", "money", "measure")
                     and (self.results[k] is None or self.results[k].verdict != "not_a_figure")), None)
        if part is None:
            return None
        pm = self.mentions[part]

        def is_part(k):  # a number followed in its clause by a share of its own
            for j in range(k + 1, len(self.mentions)):
                if self.where[j].clause != self.where[k].clause or self.where[j].paragraph != self.where[k].paragraph:
                    return False
                mj = self.mentions[j]
                if mj.kind == "percent":
                    s = mj.qualifier_start if mj.qualifier and mj.qualifier_start is not None else mj.num_start
                    return reads_as_share(self.text, s, mj.end)
                if mj.is_figure and mj.kind in ("count", "money", "measure"):
                    return False
            return False

        def subset_of(k):  # "Hộ nghèo có 10.689 hộ, chiếm 3,20% …, trong đó có 3.373 hộ …": a whole, its share aside
            return bool(_SUBSET.search(self.text, self.mentions[k].end, pm.num_start))

        for k in whole_candidates(self.mentions, part, i, lambda a, b: a.unit == b.unit,
                                  lambda k: is_part(k) and not subset_of(k)):
            x = pm.value / self.mentions[k].value * 100
            if ok(x) or _within_qualified_part(pm, self.mentions[k].value, m) \
                    or _within_qualified_whole(pm, self.mentions[k], m):
                whole = self.mentions[k]
                return self._result(m, "derived", row=self.rows[part], column="ky_bao_cao", derivation=(
                    f"«{pm.raw.strip()}»/«{whole.raw.strip()}» = {format_vn(x, 3)}%"))
        parts = enumeration_parts(self.mentions, self._same_sentence, is_part, part)
        total = sum(self.mentions[k].value for k in parts)
        if parts and total > pm.value and ok(x := pm.value / total * 100):
            # "60 THT trồng trọt (chiếm 26,32%), 65 THT … (chiếm 28,51%), …": shares of the parts' sum
            terms = " + ".join(f"«{self.mentions[k].raw.strip()}»" for k in parts)
            return self._result(m, "derived", row=self.rows[part], column="ky_bao_cao", derivation=(
                f"«{pm.raw.strip()}»/({terms}) = {format_vn(x, 3)}%"))
        row, src = self.rows[part], self.results[part].source if self.results[part] is not None else None
        col = src.get("column") if src else None
        if row is None or not col or col == "ky_bao_cao" or not row.values.get(col):
            return None  # this period's wholes are the numbers the text states (above); a plan's may be unstated
        seen = []
        for k in range(part - 1, -1, -1):
            r = self.rows[k]
            if r is None or r is row or r in seen or r.unit != row.unit or m.start - self.mentions[k].end > REACH:
                continue
            seen.append(r)
            whole = r.values.get(col)
            if whole and whole > row.values[col] and ok(x := row.values[col] / whole * 100):
                return self._result(m, "derived", row=row, column=col, derivation=(
                    f"{row.fig.ma}/{r.fig.ma} ({col}): {format_vn(row.values[col])}/{format_vn(whole)} = "
                    f"{format_vn(x, 3)}%"))
        return None

    def _fraction_pass(self) -> None:
        """``99% xã đạt chuẩn (7/7 xã)``, ``100% … (7/2 xã)``: a share with a fraction in brackets right after it
        that gives another quotient — the text contradicts itself: the share and the fraction's terms are flagged,
        whatever cells they match elsewhere."""
        for j, pc in enumerate(self.mentions):
            if pc.kind != "percent" or pc.value is None or self.results[j] is None:
                continue
            beside = fraction_beside(self.text, self.mentions, self._same_sentence, j)
            pairs = [f for f in beside if f[0] > j]
            if not pairs:
                before = [f for f in beside if f[0] < j]
                self._share_of_fraction_before(j, before)
                self._quotient_of_fraction_before(j, before)
                continue
            n, d = (self.mentions[k] for k in pairs[0])
            if n.value is None or not d.value or value_supports(
                    x := n.value / d.value * 100, pc.value, decimals=pc.decimals, scale=1, truncate=True):
                continue
            if self._change_of_pair(j, n, d):
                continue
            why = (f"«{pc.raw.strip()}» và «{n.raw.strip()}/{d.raw.strip()}» ({format_vn(x, 2)}%) không khớp nhau")
            for k in (j, *pairs[0]):
                if not self.results[k].is_problem:
                    self.results[k] = self._result(self.mentions[k], "unsupported", reason=why)

    def _change_of_pair(self, j: int, n: Mention, d: Mention) -> bool:
        """``giảm 5,83% (3.389/3.599 vụ)``: a rate of change with the two values it compares in brackets after it, this
        period's over the base's — derived from them when they give it (its own verdict kept when the table proves it),
        and the pair is no share (yc-lam-dong, in-sample)."""
        pc = self.mentions[j]
        if pc.comparison not in ("tăng", "giảm"):
            return False
        change = (n.value - d.value) / d.value * 100
        if change == 0 or (change < 0) != (pc.comparison == "giảm") or not value_supports(
                abs(change), pc.value, decimals=pc.decimals, scale=1, truncate=True):
            return False
        if self.results[j].verdict in ("unsupported", "unverified"):
            self.results[j] = self._result(pc, "derived", derivation=(
                f"«{n.raw.strip()}»/«{d.raw.strip()}»: ({format_vn(n.value)} − {format_vn(d.value)})/"
                f"{format_vn(d.value)} = {format_vn(change, 2)}%"))
        return True

    def _share_of_fraction_before(self, j: int, pairs: list) -> None:
        """``sửa chữa 10.760/10.760 căn nhà (đạt 100%)``: a share no row gives, right after the fraction it is the
        quotient of, both terms checked: derived from them."""
        pc, r = self.mentions[j], self.results[j]
        if not pairs or r is None or r.verdict != "unsupported" or r.expected is not None:
            return
        for pair in pairs:   # nearest first
            n, d = (self.mentions[k] for k in pair)
            if n.value is None or not d.value or any(self.results[k] is None or self.results[k].verdict not in
                                                     ("supported", "derived") for k in pair):
                continue
            if value_supports(n.value / d.value * 100, pc.value, decimals=pc.decimals, scale=1, truncate=True):
                self.results[j] = self._result(pc, "derived", derivation=(
                    f"{n.raw.strip()}/{d.raw.strip()} = {format_vn(n.value / d.value * 100, 2)}%"))
                return

    def _quotient_of_fraction_before(self, j: int, pairs: list) -> None:
        """``xã cẩm Ninh 41/61 đạt 69%`` (41/61 is 67,2%): a share right after the fraction it is the quotient of,
        whose terms hold, is that quotient — whatever other pair of rows gives 69% (61/88 does): flagged when not."""
        pc, r = self.mentions[j], self.results[j]
        if not pairs or r is None or r.verdict not in ("supported", "derived"):
            return
        k_n, k_d = pairs[0]   # the nearest
        n, d = self.mentions[k_n], self.mentions[k_d]
        if n.partner == k_d and not n.same_unit_pair:
            return   # "giải quyết 32 vụ/47 bị can (đạt 76,19%)": cases and persons, no fraction of one whole
        if n.value is None or not d.value or not quotient_right_after(self.text, d.end, pc.start) \
                or any(self.results[k] is None or self.results[k].verdict not in ("supported", "derived")
                       for k in (k_n, k_d)):
            return
        x = n.value / d.value * 100
        if value_supports(x, pc.value, decimals=pc.decimals, scale=1, qualifier=pc.qualifier, truncate=True,
                          low=pc.low):
            if r.verdict == "derived":   # the fraction's own quotient, not another pair of rows that happens to fit
                self.results[j] = dataclasses.replace(r, derivation=(
                    f"{n.raw.strip()}/{d.raw.strip()} = {format_vn(x, 2)}%"))
            return
        self.results[j] = self._result(pc, "unsupported", reason=(
            f"«{n.raw.strip()}/{d.raw.strip()}» là {format_vn(x, 2)}%, không phải «{pc.raw.strip()}»"),
            expected=fmt_like(pc, x.quantize(Decimal(1).scaleb(-pc.decimals))))

    def _same_sentence(self, a: int, b: int) -> bool:
        wa, wb = self.where[a], self.where[b]
        return wa.paragraph == wb.paragraph and wa.sentence == wb.sentence

    def _term_of_share(self, i: int) -> NumberCheck | None:
        """``đạt tỷ lệ 1,77% (5/283)``, ``57 /104 xã …, đạt tỷ lệ 54,8%``: a term of the fraction a share beside it
        is the quotient of, when that share holds (by the table or by the fraction itself) and the quotient is it."""
        m = self.mentions[i]
        if m.pair_role not in ("numerator", "denominator"):
            return None
        for j in range(max(0, i - 4), min(len(self.mentions), i + 4)):
            pc = self.mentions[j]
            if pc.kind != "percent" or not self._same_sentence(i, j):
                continue
            pair = next((f for f in fraction_beside(self.text, self.mentions, self._same_sentence, j) if i in f), None)
            done = self.results[j]
            if pair is None or done is None or done.is_problem:
                continue
            n, d = (self.mentions[k] for k in pair)
            if n.value is not None and d.value and value_supports(
                    n.value / d.value * 100, pc.value, decimals=pc.decimals, scale=1, truncate=True):
                return self._result(m, "derived", derivation=(
                    f"«{n.raw.strip()}»/«{d.raw.strip()}» = {format_vn(n.value / d.value * 100, 3)}% "
                    f"(«{pc.raw.strip()}»)"))
        return None

    def _ratio_to_named_row(self, i: int, own: Row | None) -> NumberCheck | None:
        """``huy động 271 quân nhân, đạt 67,75% so với LLDQ``: a percentage of a base its words name that is neither a
        period nor a plan.  A row the base's words name gives the ratio (the row the number follows over it); a base
        the table does not hold leaves the percentage unverified (said, not flagged)."""
        m = self.mentions[i]
        named = _NAMED_OTHER.match(self.text, m.end)
        if named is not None:
            words = named.group(1).strip()
        else:  # "374.764 người, …, đạt 22,30% lực lượng lao động trong độ tuổi": a whole named with no "so với"
            start = m.qualifier_start if m.qualifier and m.qualifier_start is not None else m.num_start
            words = named_whole(self.text, start, m.end)
            part = self._part_before(i)
            if words is None or part is None or self.rows[i] is not None or self._rate_row_near(i) \
                    or self._named_whole_stated(i, part, words):
                return None
            own = own or self.rows[part]
        ctx = self.idx.context(re.sub(r"(?i)^về\s+", "", words))  # "đạt 90,27% về diện tích"
        bases = [r for r in self.idx.rows if r is not own and r.values.get("ky_bao_cao")
                 and (self.idx.fit(ctx, r) >= 0.5 or (words.isupper() and words in r.fig.chi_tieu))]
        if own is not None and own.values.get("ky_bao_cao") is not None:
            for r in bases:
                x = own.values["ky_bao_cao"] / r.values["ky_bao_cao"] * 100
                if value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True,
                                  low=m.low):
                    return self._result(m, "derived", row=own, column="ky_bao_cao", derivation=(
                        f"{own.fig.ma}/{r.fig.ma}: {format_vn(own.values['ky_bao_cao'])}/"
                        f"{format_vn(r.values['ky_bao_cao'])} = {format_vn(x, 3)}%"))
        if bases and not (own is not None and ctx and ctx <= own.tokens):
            # a base the table holds that gives another ratio: the usual reasons follow — unless the words name the
            # part's own quantity ("diện tích 270.103 ha, đạt 96,85% diện tích": of all the area to be done)
            return None
        return self._result(m, "unverified", reason=(
            f"Chưa kiểm được: bảng số liệu không có «{words}» (cơ sở của tỷ lệ này) để tính ra «{m.raw.strip()}»"))

    def _part_before(self, i: int) -> int | None:
        """The last count, amount or measure of the period stated before the percentage at ``i`` in its sentence."""
        w = self.where[i]
        return next((k for k in range(i - 1, -1, -1) if self.where[k].sentence == w.sentence
                     and self.where[k].paragraph == w.paragraph and self.mentions[k].is_figure
                     and self.mentions[k].kind in ("count", "money", "measure") and self.mentions[k].value is not None
                     and (self.results[k] is None or self.results[k].verdict != "not_a_figure")), None)

    def _named_whole_stated(self, i: int, part: int, words: str) -> bool:
        """A number of the part's unit, larger than it, stated before the share with the whole's words beside it
        (``Lực lượng lao động 450.000 người; … 191.379 người, chiếm 42,53% lực lượng lao động``): the whole is stated,
        and a share that disagrees with it stays an alarm."""
        pm, m = self.mentions[part], self.mentions[i]
        key = " ".join(words.lower().split()[:2])
        return any(x.unit == pm.unit and x.value is not None and pm.value is not None and x.value > pm.value
                   and m.start - x.end <= REACH and key in self.text[max(0, x.start - 60):x.end + 60].lower()
                   and self.where[k].paragraph == self.where[i].paragraph  # not the last paragraph's "diện tích"
                   for k, x in enumerate(self.mentions[:i]) if x is not pm)

    def _rate_row_near(self, i: int) -> bool:
        """The table keeps a rate its clause's words name (``Tỷ lệ tham gia BHXH``): a wrong rate stays caught.  The
        per cent sign says ``tỷ lệ`` itself (``kiểm tra 11.990 công trình (đạt 100% công trình)`` names ``Tỷ lệ công
        trình được kiểm tra``)."""
        ctx = self._context(i) | _RATE_WORDS
        return any(r.kind == "percent" and self.idx.fit(ctx, r) >= 0.5 for r in self.idx.rows)

    def _base_of(self, phrase: str) -> str | None:
        if _CUNG_KY_NAMED.search(phrase):
            return "cung_ky"
        if _PLAN_NAMED.search(phrase):
            return "ke_hoach"
        return None

    def _in_brackets(self, i: int) -> bool:
        m = self.mentions[i]
        opened = self.text.rfind("(", self.where[i].sentence, m.num_start)
        return opened >= 0 and self.text.rfind(")", opened, m.num_start) < 0

    def _sibling_base(self, i: int) -> str | None:
        """The base of a rate reached whose own words name none (``chi đầu tư phát triển 2.000 tỷ đồng, đạt 55,5% và
        chi thường xuyên 2.900 tỷ đồng đạt 55,4% so với nhiệm vụ chi``): what its sentence names at its head (``So với
        dự toán Trung ương giao, … đạt 72%``), or the base of another rate reached in its sentence, or — in a sentence
        that opens ``Trong đó,`` — in the sentence it breaks down (``… đạt 22,9% dự toán năm. Trong đó, chi cho đầu tư
        phát triển là 823,7 tỷ đồng, ước đạt 48,2%``)."""
        m, w = self.mentions[i], self.where[i]
        start = m.num_start
        if not _REACHED_RATE.search(self.text, max(0, start - 30), start) \
                or _OWN_TIME.search(self.text, max(0, start - 40), start) or self._in_brackets(i):
            return None   # "(năm 2017 đạt 277,1%)": another period's, or an aside
        head = _BASE_OPENS.match(self.text, w.sentence, start)
        if head is not None and self._base_of(head.group(1)):
            return self._base_of(head.group(1))
        # only a rate right after the amount it rates ("10.100 con, đạt 117,87%"), not a rate of its own ("tỷ lệ tập hợp
        # đạt 100%", "tốc độ tăng trưởng … ước đạt 3,89%", "số trẻ em … được tiêm đủ 8 loại vắcxin đạt 94,8%")
        prev = self.mentions[i - 1] if i > 0 else None
        cue = _REACHED_RATE.search(self.text, max(0, start - 30), start)
        if prev is None or prev.kind not in ("count", "money", "measure") or prev.value is None \
                or not _AMOUNT_THEN.fullmatch(self.text, prev.end, cue.start()):
            return None
        sentences = [w.sentence]
        if _BREAKS_DOWN.match(self.text, w.sentence, start):
            sentences += [self.where[k].sentence for k in range(i - 1, -1, -1)
                          if self.where[k].paragraph == w.paragraph and self.where[k].sentence != w.sentence][:1]
        # "Sản lượng lương thực có hạt ước 56.300 tấn, đạt 54,37%. Sản lượng thủy, hải sản ước đạt 13.750 tấn, đạt 52%
        # kế hoạch." (c12-kimson): the next sentence of its paragraph, a rate reached right after its amount too
        sentences += [self.where[k].sentence for k in range(i + 1, len(self.mentions))
                      if self.where[k].paragraph == w.paragraph and self.where[k].sentence != w.sentence][:1]
        for k, mk in enumerate(self.mentions):
            if k == i or mk.kind != "percent" or mk.comparison or self.where[k].sentence not in sentences:
                continue
            if not _REACHED_RATE.search(self.text, max(0, mk.num_start - 30), mk.num_start):
                continue
            base = self._named_base(k, siblings=False)
            if base is not None:
                return base
        return None

    def _named_base(self, i: int, siblings: bool = True) -> str | None:
        """The column the words right after a percent name as its base: ``so với cùng kỳ`` → ``cung_ky``,
        ``kế hoạch``/``KH``/``chỉ tiêu``/``dự toán`` → ``ke_hoach`` (None when they name none)."""
        m = self.mentions[i]
        nxt = self.mentions[i + 1].num_start if i + 1 < len(self.mentions) else len(self.text)
        stop = _PHRASE_STOP.search(self.text, m.end, max(m.end, nxt))
        phrase = self.text[m.end:stop.start() if stop else min(nxt, m.end + 60)]
        named = self._base_of(phrase)
        if named is None:  # "là 404 tỷ đồng, so dự toán giao đạt 42%": the base named before the verb
            said = _BASE_BEFORE.search(self.text, max(0, m.num_start - 50), m.qualifier_start or m.num_start)
            named = self._base_of(said.group(1)) if said else None
        if named or not siblings or _SO_VOI.search(phrase):
            return named   # "(đạt 104% so với Nghị quyết)", "đạt 700% so với hộ nông dân đủ điều kiện": a base of its own
        return self._sibling_base(i)

    def _ratio_of(self, i: int, row: Row, base: str) -> NumberCheck:
        m = self.mentions[i]
        ky, b = row.values["ky_bao_cao"], row.values[base]
        x = ky / b * 100
        if value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True, low=m.low):
            what = " (cung_ky)" if base == "cung_ky" else ""
            return self._result(m, "derived", row=row, column=base,
                                derivation=f"{row.fig.ma}: {format_vn(ky)}/{format_vn(b)}{what} = {format_vn(x, 3)}%")
        prior = self.pidx.by_code.get(row.fig.ma) if self.pidx is not None else None
        if prior is not None and prior.values.get(base) and value_supports(
                prior.values["ky_bao_cao"] / prior.values[base] * 100, m.value, decimals=m.decimals, scale=1,
                qualifier=m.qualifier, truncate=True, low=m.low):
            return self._result(m, "stale", row=row, column="prior:" + base, reason="Tính từ số liệu kỳ trước",
                                expected=fmt_like(m, x.quantize(Decimal(1).scaleb(-m.decimals))))
        second = self._second_plan(i, row) if base == "ke_hoach" else None
        if second is not None:
            return second
        what = "so với cùng kỳ" if base == "cung_ky" else "so với kế hoạch"
        return self._result(m, "unsupported", row=row, column=base, reason=(
            f"Tỷ lệ {what} của {row.fig.ma} là {format_vn(x, max(m.decimals, 2))}%, không phải «{m.raw.strip()}»"),
            expected=fmt_like(m, x.quantize(Decimal(1).scaleb(-m.decimals))))

    def _share_of_listed_whole(self, i: int) -> NumberCheck | None:
        """``+ Tổng số hộ tự nhiên: 297.899 hộ`` / ``+ Tổng số hộ nghèo: 13.455 hộ; Tỷ lệ: 4,52%`` (a decision's annex
        lines, ``recognisers.listwhole``): the rate is its line's number over the whole of the list's first line."""
        m = self.mentions[i]
        if m.comparison or i == 0 or self.rows[i - 1] is None:
            return None
        part_m, part = self.mentions[i - 1], self.rows[i - 1]
        if not listwhole.rate_of_line(self.text, part_m.num_end, m.num_start):
            return None
        first = listwhole.first_line_of_list(self.text, m.num_start)
        if first is None:
            return None
        j = next((k for k in range(i - 1) if self.mentions[k].num_start >= first), None)
        whole = self.rows[j] if j is not None else None
        if whole is None or whole is part or whole.unit != part.unit \
                or listwhole.line_start(self.text, self.mentions[j].num_start) != first:
            return None
        a, b = part.values.get("ky_bao_cao"), whole.values.get("ky_bao_cao")
        if not a or not b or a >= b:
            return None
        x = a / b * 100
        how = f"{part.fig.ma}/{whole.fig.ma}: {format_vn(a)}/{format_vn(b)} = {format_vn(x, 3)}%"
        if value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True, low=m.low):
            return self._result(m, "derived", row=part, column="ky_bao_cao", derivation=how)
        return self._result(m, "unsupported", row=part, column="ky_bao_cao", reason=(
            f"Tỷ lệ của dòng này trên tổng số ở dòng đầu danh sách: {how}, không phải «{m.raw.strip()}»"),
            expected=fmt_like(m, x.quantize(Decimal(1).scaleb(-m.decimals))))

    def _rate_of_plan_stated(self, i: int) -> NumberCheck | None:
        """``So với kế hoạch Thủ tướng Chính phủ giao (8.412,5 tỷ đồng), tỷ lệ giải ngân đạt 24,5%; so với kế hoạch
        HĐND tỉnh giao (9.477,5 tỷ đồng), tỷ lệ giải ngân đạt 21,76% kế hoạch vốn``: one amount against two plans,
        each plan's amount stated right before its rate.  The rate is of the plan stated last before it in its
        sentence (no other number between), so each rate is checked against its own plan — the other plan's rate
        there is wrong, not unproved."""
        m, w = self.mentions[i], self.where[i]
        if m.comparison or i == 0:
            return None
        k = i - 1
        done = self.results[k]
        if self.where[k].sentence != w.sentence or done is None or not done.source \
                or done.source.get("column") != "ke_hoach" or self.rows[k] is None:
            return None
        row = self.rows[k]
        ky, ke = row.values.get("ky_bao_cao"), row.values.get("ke_hoach")
        if not ky or not ke or self.mentions[k].value != ke:
            return None
        x = ky / ke * 100
        if value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True, low=m.low):
            return self._result(m, "derived", row=row, column="ke_hoach", derivation=(
                f"{row.fig.ma}: {format_vn(ky)}/{format_vn(ke)} = {format_vn(x, 3)}%"))
        return self._result(m, "unsupported", row=row, column="ke_hoach", reason=(
            f"Tỷ lệ so với kế hoạch nêu ngay trước đó ({row.fig.ma}: {fmt_row_value(row, ke)}) là "
            f"{format_vn(x, max(m.decimals, 2))}%, không phải «{m.raw.strip()}»"),
            expected=fmt_like(m, x.quantize(Decimal(1).scaleb(-m.decimals))))

    def _plan_words(self, i: int) -> str:
        """The words naming the plan right after the rate at ``i`` (``kế hoạch HĐND huyện giao``), lower case."""
        m = self.mentions[i]
        stop = _PHRASE_STOP.search(self.text, m.end, min(len(self.text), m.end + 80))
        return " ".join(self.text[m.end:stop.start() if stop else m.end + 80].split())

    def _second_plan(self, i: int, row: Row) -> NumberCheck | None:
        """``285,3 tỷ đồng, đạt 60% kế hoạch tỉnh giao, đạt 58% kế hoạch HĐND huyện giao`` (the brief's leftover; the
        pages of Gia Lai's districts write every amount so): two plans of one amount, named apart, and the table keeps
        one — the rate its plan gives is that one's; the other's is of a plan no column holds: unproved, not wrong."""
        m, w = self.mentions[i], self.where[i]
        ky, ke = row.values.get("ky_bao_cao"), row.values.get("ke_hoach")
        mine = _SO_VOI_LEAD.sub("", self._plan_words(i))
        start = m.qualifier_start if m.qualifier and m.qualifier_start is not None else m.num_start
        if not ky or not ke or not _A_PLAN.match(mine) or _SHARE_CUE.search(self.text, max(0, start - 24), start):
            return None   # "(chiếm 69,5% tổng dự toán thu nội địa)": a share of the total plan, no second plan
        for k, mk in enumerate(self.mentions):
            if k == i or mk.kind != "percent" or mk.value is None or self.where[k].sentence != w.sentence \
                    or abs(mk.num_start - m.num_start) > 120 or self._row_it_follows(k, "ky_bao_cao") is not row:
                continue
            theirs = _SO_VOI_LEAD.sub("", self._plan_words(k))
            if theirs.lower() == mine.lower() or not _A_PLAN.match(theirs):
                continue
            if value_supports(ky / ke * 100, mk.value, decimals=mk.decimals, scale=1, qualifier=mk.qualifier,
                              truncate=True, low=mk.low):
                return self._result(m, "unverified", reason=(
                    f"Chưa kiểm được: «{m.raw.strip()}» là tỷ lệ so với {mine}; bảng số liệu giữ kế hoạch mà "
                    f"«{mk.raw.strip()}» ({theirs}) so với"))
        return None

    def _moved_number(self, i: int, own: Row | None, base: str | None) -> NumberCheck | None:
        """``gieo trồng được 82 ha cây trồng vụ Đông xuân, đạt 37,8% kế hoạch``: the number the percent follows
        belongs to a row without a plan (or last year's value), while a row the text states nowhere, which the
        words describe, gives the percent: that row's number was meant, the one written is another row's."""
        k = self._mention_it_follows(i)
        m = self.mentions[i]
        if own is None or k is None or m.value == 100 or (base and own.values.get(base)):
            return None
        stated = {id(r) for r in self.rows if r is not None}
        ctx = self._context(k)
        for r in self.idx.rows:
            if id(r) in stated or r.kind != own.kind or r.unit != own.unit or self.idx.fit(ctx, r) < 0.5:
                continue
            for col in ((base,) if base else ("ke_hoach", "cung_ky")):
                ky, b = r.values.get("ky_bao_cao"), r.values.get(col)
                if not ky or not b or not value_supports(ky / b * 100, m.value, decimals=m.decimals, scale=1,
                                                         qualifier=m.qualifier, truncate=True):
                    continue
                mk, v = self.mentions[k], r.values["ky_bao_cao"]
                self.results[k] = self._result(mk, "unsupported", row=r, column="ky_bao_cao", reason=(
                    f"Câu này nói về {r.fig.ma} ({r.fig.chi_tieu[:70]}) = {fmt_row_value(r, v)}; "
                    f"«{mk.raw.strip()}» là số liệu của {own.fig.ma}"), expected=fmt_like(mk, v))
                self.rows[k] = r
                return self._result(m, "derived", row=r, column=col, derivation=(
                    f"{r.fig.ma}: {format_vn(ky)}/{format_vn(b)} = {format_vn(ky / b * 100, 3)}%"))
        return None

    def _mention_it_follows(self, i: int) -> int | None:
        w = self.where[i]
        for k in reversed([k for k in self._groups.get(("clause", w.paragraph, w.clause), ()) if k < i]):
            if self.rows[k] is not None and not self._aside(k, self.mentions[i].num_start):
                return k
        return None

    def _percent_search(self, i: int, sentence: list[Row], para: list[Row], idx: TableIndex, current: bool):
        m = self.mentions[i]
        def ok(x):
            return value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True,
                                  low=m.low)

        for r in sentence + para:
            ky, ke, ck = r.values.get("ky_bao_cao"), r.values.get("ke_hoach"), r.values.get("cung_ky")
            if ke:
                x = ky / ke * 100
                if ok(x):
                    return r, "ke_hoach", f"{r.fig.ma}: {format_vn(ky)}/{format_vn(ke)} = {format_vn(x, 3)}%"
            if ck:
                x = ky / ck * 100
                if ok(x):
                    return r, "cung_ky", f"{r.fig.ma}: {format_vn(ky)}/{format_vn(ck)} (cung_ky) = {format_vn(x, 3)}%"
                x = abs(ky - ck) / ck * 100  # "tăng 22 vụ (tỷ lệ 21,6%)": the change as a rate, of a row of the sentence
                if ky != ck and r in sentence and ok(x):
                    return r, "cung_ky", (f"{r.fig.ma}: |{format_vn(ky)} − {format_vn(ck)}|/{format_vn(ck)} = "
                                          f"{format_vn(x, 3)}%")
        pool = [r for r in para if r.kind == "count"]
        near = self._nearest_before(i)
        pairs = [(near, b) for b in pool if near is not None and b is not near and near.kind == "count"]
        # "giải quyết 4.975 vụ/6.755 bị can, đạt tỷ lệ 95,9%" (of the 5.185 vụ stated before): the pair's first term
        # too, over a number of its own unit (holdout13 quang-nam)
        first = self._pair_first_before(i)
        pairs += [(first, b) for b in pool if first is not None and first is not near and b is not first
                  and first.kind == "count" and b.unit == first.unit and (first, b) not in pairs]
        clause = self._local_rows(i, "clause")  # "thiệt hại 538 triệu đồng, thu hồi 388 triệu đồng (đạt 72,1%)"
        # ... never over the number the rate follows: "Vốn ngân sách nhà nước đạt 744 tỷ đồng, chiếm 38,2% và các thành
        # phần kinh tế 1.202 tỷ đồng, chiếm 61,8%" (c14-ninhthuan): 744/1.202 is no share of 1.202's
        follows = self._row_it_follows(i, "ky_bao_cao")
        pairs += [(a, b) for a in clause for b in clause
                  if a is not b and a.kind == b.kind and a.kind in ("count", "money") and (a, b) not in pairs
                  and (a.unit == b.unit or a.kind == "money") and (follows is None or b is not follows)]
        for a, b in pairs:
            va, vb = a.values.get("ky_bao_cao"), b.values.get("ky_bao_cao")
            if vb and va < vb:
                x = va / vb * 100
                if ok(x):
                    return a, "ky_bao_cao", (f"{a.fig.ma}/{b.fig.ma}: {format_vn(va)}/{format_vn(vb)} "
                                             f"= {format_vn(x, 3)}%")
        return None

    def _pair_first_before(self, i: int) -> Row | None:
        """The row of the first term of the pair (``4.975 vụ/6.755 bị can``) right before mention i in its sentence."""
        k = i - 1
        if k < 0 or self.where[k].sentence != self.where[i].sentence:
            return None
        mk = self.mentions[k]
        if mk.pair_role == "denominator" and mk.partner is not None and mk.partner < k:
            return self.rows[mk.partner]
        return None

    def _nearest_before(self, i: int) -> Row | None:
        for k in range(i - 1, -1, -1):
            if self.where[k].sentence != self.where[i].sentence:
                return None
            if self.rows[k] is not None:
                return self.rows[k]
        return None

    def _count_of_list(self, i: int) -> NumberCheck | None:
        """``1.Cục THADS TP.Hà Nội: 08 Chi cục:`` and then a line a ``- Chi cục …``: the count of the list its noun heads,
        checked by counting the list's lines (unproved when the page ends inside the list); ``2 nhóm dịch vụ tăng mạnh
        là: Dịch vụ …; dịch vụ …``: the items a colon opens on the count's line, counted."""
        m = self.mentions[i]
        if m.kind != "count" or m.value is None or m.value != int(m.value):
            return None
        listed, what = listwhole.items_listed_after(self.text, m.end), "dòng"
        if listed is None:
            inline = listwhole.items_inline_after(self.text, m.end)
            if inline is None:
                return None
            listed, what = (inline, False), "mục"
        items, cut = listed
        if items == m.value:
            return self._result(m, "derived", derivation=f"số {what} của danh sách liệt kê ngay sau: {items}")
        if cut and items < m.value:
            return self._result(m, "unverified", reason=(
                f"Chưa kiểm được: văn bản dừng giữa danh sách «{m.raw.strip()}» (mới liệt kê {items})"))
        return self._result(m, "unsupported", reason=(
            f"Danh sách liệt kê ngay sau có {items} {what}, không phải «{m.raw.strip()}»"),
            expected=fmt_like(m, Decimal(items)))

    def _combination(self, i: int) -> NumberCheck:
        """Sums of rows and count × per-unit amounts, among rows the same clause states.

        Only rows tied to other numbers of the clause (up to ``;``) take part, the written
        number must be the exact (or rounded) result — no qualifier slack — and
        a part may not be the sum of the others: round sums of unrelated rows
        would otherwise excuse wrong numbers.
        """
        m = self.mentions[i]
        pool = self._local_rows(i, "clause")

        def ok(x):
            return value_supports(x, m.value, decimals=m.decimals, scale=m.scale, low=m.low,
                                  qualifier=m.qualifier if m.qualifier in MORE else None)

        same = [r for r in pool if self._kind_ok(m, r)]
        if m.kind in ("count", "ratio") and m.noun:
            strict = [r for r in same if self.idx.unit_fit(m.noun, r) == 1]
            if strict or self.idx.lead_unit(m.noun):
                same = strict
        named = self._parts_named(i, same)
        if named is not None:
            same = [r for r in same if r in named]
        by_unit: dict[str, list[Row]] = {}
        for r in same:
            by_unit.setdefault(r.unit, []).append(r)
        for unit_rows in by_unit.values():
            for k in (2, 3, 4):
                if len(unit_rows) < k:
                    break
                for parts in itertools.combinations(unit_rows[:10], k):
                    groups = {_parent_code(p.fig.ma) for p in parts}
                    if None not in groups and len(groups) > 1:
                        continue   # "(với 23 HCV, 3 HCB, 6 HCĐ)" for Bình Định's 4: its 4 and Lâm Đồng's 2 are no one whole
                    values = [p.values["ky_bao_cao"] for p in parts]
                    total = sum(values)
                    if ok(total) and not any(2 * v == total for v in values):
                        d = " + ".join(p.fig.ma for p in parts) + f" = {format_vn(total)}"
                        return self._result(m, "derived", row=parts[0], column="ky_bao_cao", derivation=d)
        if m.kind == "money":
            counts = [r for r in pool if r.kind == "count"]
            money = [r for r in pool if r.kind == "money" and _PER_UNIT.search(r.fig.chi_tieu)]
            for c, p in itertools.product(counts, money):
                n, a = c.values["ky_bao_cao"], p.values["ky_bao_cao"]
                if m.per is None and ok(n * a):
                    return self._result(m, "derived", row=p, column="ky_bao_cao",
                                        derivation=f"{c.fig.ma} × {p.fig.ma} = {format_vn(n)} × {format_vn(a)}")
            totals = [r for r in pool if r.kind == "money"]
            for c, p in itertools.product(counts, totals):
                n, a = c.values["ky_bao_cao"], p.values["ky_bao_cao"]
                if m.per is not None and n and ok(a / n):
                    return self._result(m, "derived", row=p, column="ky_bao_cao",
                                        derivation=f"{p.fig.ma} / {c.fig.ma} = {format_vn(a)} / {format_vn(n)}")
        res = self._unsupported(i)
        if named is not None and len(named) == 1 and res.verdict == "unsupported" and not res.source:
            r = named[0]
            v = r.values["ky_bao_cao"]
            if v is not None and value_supports(v, m.value, decimals=m.decimals, scale=m.scale, low=m.low):
                # "467 học sinh …, 13 gia đình hiếu học và 25 giáo viên" (ym-khanh-hoa, II.8 = 13), "trong đó có 7 chỉ
                # tiêu vượt kế hoạch" (yb-ha-noi-quan-thanh-xuan, row 2 = 7): the row named right before holds the number
                return self._result(m, "supported", row=r, column="ky_bao_cao")
            return self._result(m, "unsupported", reason=(
                f"«{m.raw.strip()}» đứng ngay sau tên của {r.fig.ma} ({r.fig.chi_tieu[:70]}) = {fmt_row_value(r, v)}; "
                f"không phải tổng của các chỉ tiêu khác"), expected=fmt_like(m, v))
        return res

    def _parts_named(self, i: int, pool: list[Row]) -> list[Row] | None:
        """In an enumeration of units each count is said right after its unit's name (``tại huyện Hương Khê xảy ra 55
        vụ, Hương Sơn 52 vụ, huyện Kỳ Anh 13 vụ, …``; ``cấp tỉnh 705 lượt hộ, cấp huyện 1.702 lượt hộ``): when the
        number's own phrase names rows of the table with a value of their own (three quarters of a label's words,
        ``_named_in_phrase``) and says no word of a sum (``tổng``, ``cộng``, ``cả``, ``chung``, ``gồm``), the number is
        those rows' — a sum may only join the rows it names (``Can Lộc và Đức Thọ cùng 1 vụ`` names two), never other
        rows of the clause whose values happen to add up to it (``Hương Khê xảy ra 56 vụ`` is no «52 + 3 + 1»,
        yc-ha-tinh-kiem-lam-vi-pham-lam-nghiep-2021). None when the phrase names no such row (the old pool stands)."""
        m = self.mentions[i]
        start = self._phrase_start(i)
        if _SUM_WORD.search(fold(self.text[start:m.num_start])):
            return None
        if not m.noun or self.text[:m.num_start].endswith("/"):   # "155/226 trường": a fraction's whole, no item
            return None
        rows = [r for r in self._scope_rows(i) or self.idx.rows if r.values.get("ky_bao_cao") is not None
                and self._kind_ok(m, r) and self.idx.unit_fit(m.noun, r) == 1]   # "xây 2 nhà" names no family's row
        named = self._named_in_phrase(i, rows)
        return named or None

    def _unsupported(self, i: int) -> NumberCheck:
        m, w = self.mentions[i], self.where[i]
        if self._per_unit_unkept(m):
            m.kind, m.note = "per-unit", f"an amount per {m.per.split()[0]} (mỗi …), the table keeps no amount per unit"
            return self._result(m, "not_a_figure", derivation=m.note)
        if self._per_unit_list_goes_on(i):
            m.kind, m.note = "per-unit", "an amount per unit, the list of amounts per unit (mỗi …) going on"
            return self._result(m, "not_a_figure", derivation=m.note)
        noted = self._noted(i)
        if noted is not None:
            return noted
        conflict = getattr(self, "_conflict", {}).get(i)
        if conflict:
            row = conflict[0][0]
            if not self._in_section(w, row):
                why = f"Là số liệu của {row.fig.ma} thuộc mục '{row.muc[:40]}', không thuộc mục này"
            else:
                why = f"Là số liệu của {row.fig.ma} thuộc {row.fig.don_vi}, nhưng đoạn này nói về đơn vị khác"
            return self._result(m, "unsupported", row=row, column=conflict[0][1], reason=why,
                                expected=self._best_guess(i))
        for alt in m.alternatives:
            ok, _ = self._cells(i, self.idx, value=alt)
            if ok:
                row, col, v, _ = ok[0]
                written = fmt_like(m, v)
                return self._result(m, "unsupported", row=row, column=col, reason=(
                    f"«{m.raw.strip()}» đọc là {format_vn(m.value)} {m.unit or ''}".rstrip()
                    + f"; có phải là {written} ({row.fig.ma})?"), expected=written)
        of_unit = [r for r in self.idx.rows if self._kind_ok(m, r)
                   and (m.kind not in ("count", "ratio") or self.idx.unit_fit(m.noun, r) == 1)]
        if unproved_range(m.low, self.idx.rows, of_unit) and far_from(
                Decimal(str(m.low)), Decimal(str(m.value)), (v for r in of_unit for v in r.values.values())):
            # "đạt từ 61,3 - 126,3 triệu tấn" beside rows in tấn all outside it: a bound (boundverdict)
            return self._result(m, "unverified", reason=RANGE_REASON.format(raw=m.raw.strip()))
        guess = self._best_row(i)
        if guess:
            row = self._by_time_cue(i, guess)  # a running total or the month's: the words of time choose
            v = row.values["ky_bao_cao"]
            return self._result(m, "unsupported", reason=(
                f"Không có chỉ tiêu hay phép tính nào trong bảng số liệu cho ra «{m.raw.strip()}»; câu này "
                f"có vẻ nói về {row.fig.ma} ({row.fig.chi_tieu[:70]}) = {fmt_row_value(row, v)}"),
                expected=fmt_like(m, v))
        return self._result(m, "unsupported", reason=(
            f"Không có chỉ tiêu hay phép tính nào trong bảng số liệu cho ra «{m.raw.strip()}»"))

    def _noted(self, i: int) -> NumberCheck | None:
        """A number a row's ``Ghi chú`` records in the text's words (``notefigure``): several rows may note the same
        words, so the note is the row's whose value the sentence said last before it (``chế biến, chế tạo tăng 12,7%,
        đóng góp 9,8 điểm phần trăm``: A1's, = 12,7), else the row the words around name best; right when that note
        says its value, wrong when it says another; None when no note records it."""
        m = self.mentions[i]
        notes = note_figures(self.text, m.num_start, self._scope_rows(i) or self.idx.rows)
        if not notes:
            return None
        note = self._note_of_value_before(i, notes)
        if note is None:
            ctx = self._context(i)
            note = max(notes, key=lambda n: self.idx.fit(ctx, n.row))
        r = note.row
        if value_supports(note.value, m.value, decimals=m.decimals, qualifier=m.qualifier):
            return self._result(m, "supported", derivation=noted_derivation(r.fig.ma, note.phrase))
        return self._result(m, "unsupported", reason=(
            f"Ghi chú của {r.fig.ma} ({r.fig.chi_tieu[:60]}) ghi «{note.phrase[:80]}»: {format_vn(note.value)}, "
            f"không phải «{m.raw.strip()}»"), expected=fmt_like(m, note.value))

    def _note_of_value_before(self, i: int, notes: list) -> object | None:
        """The note among ``notes`` whose row holds the value of the nearest number before ``i`` in its sentence."""
        sentence = self.where[i].sentence
        for j in range(i - 1, max(i - 4, -1), -1):
            if self.where[j].sentence != sentence:
                break
            v = self.mentions[j].value
            for note in notes:
                if v is not None and v in note.row.values.values():
                    return note
        return None

    def _per_unit_list_goes_on(self, i: int) -> bool:
        """``114 phần mỗi phần 200.000đ, mẹ Việt Nam Anh Hùng 400.000đ, tổng là 23.200.000đ`` (holdout13 dong-nai): an
        amount right after an amount per unit, joined by a comma and the words naming whom it is for, is the same
        list's next rate — no total of the period, where the table keeps no amount per unit."""
        m = self.mentions[i]
        if i == 0 or m.kind not in ("money", "measure") or m.per:   # "mỗi phần quà gồm 500.000 đồng … và 10kg gạo"
            return False
        prev = self.mentions[i - 1]
        if prev.kind not in ("money", "per-unit") or not prev.per:   # (a hard wrap may split the list: the gap says)
            return False
        if not (_LIST_ITEM_GAP.fullmatch(self.text, prev.end, m.num_start)
                or _AND_GAP.fullmatch(self.text, prev.end, m.num_start)):
            return False
        return prev.kind == "per-unit" or self._per_unit_unkept(prev)  # "per-unit": already read so

    def _per_unit_unkept(self, m) -> bool:
        """``mỗi phần trị giá 400.000đ``, ``mỗi huyện có 10 học sinh``, ``200.000đ/suất``: an amount per unit is a
        figure only where the table keeps amounts per unit (a row of its kind whose label or unit says so:
        ``Mức hỗ trợ mỗi suất``, ``đồng/suất``); otherwise it is the rate behind a total, not a total of the period.
        Per period (``mỗi năm``, ``/tháng``) is a rate of the period itself, and stays a figure — unless a unit is
        said each first (``mỗi suất 1 triệu đồng/tháng``); an average (``mỗi xã đạt bình quân 15 tiêu chí``) is a
        figure (``recognisers.rates``)."""
        if not m.per or not m.is_figure or rates.average(self.text, m.start):
            return False
        if m.per.split()[0] in _PERIOD_WORDS:
            if not rates.each_before(self.text, m.start):
                return False
        # only "mỗi …" said before it, or the units a count right before counts ("17 nhà (7 triệu đồng/nhà)"): a slash
        # also joins the parts of a list ("6 ngàn phương tiện/hơn 137 ngàn thuyền viên", "31 vụ/45 đối tượng")
        elif not (_EACH_BEFORE.search(self.text, max(0, m.start - 40), m.start)
                  or (m.kind == "money" and rates.of_counted(self.text, m.start, m.per))):
            return False
        # "Thanh Giang, Ngũ Hùng mỗi nơi có 1,6 tỷ đồng": each named place's own figure, when the table has their rows
        # (the names right before "mỗi", not a programme named earlier in the sentence: "chương trình “Tết Sum vầy”
        # …, mỗi phần quà gồm 500.000 đồng")
        each = _EACH_BEFORE.search(self.text, max(0, m.start - 40), m.start)
        upto = each.start() if each else m.start
        clause = re.split(r"[.;:\n]", self.text[max(0, upto - 60):upto])[-1]
        names = re.findall(r"[A-ZĐÂĂÊÔƠƯ][^\W\d_]*(?:\s[A-ZĐÂĂÊÔƠƯ][^\W\d_]*)+", clause)
        if any(n.lower() in r.fig.chi_tieu.lower() for n in names for r in self.idx.rows):
            return False
        return not any(r.kind == m.kind and keeps_amount_per_unit(r) for r in self.idx.rows)

    def _best_row(self, i: int, exclude: Row | None = None) -> Row | None:
        m, w = self.mentions[i], self.where[i]
        best, score = None, 0.0
        for r in self._scope_rows(i) or self.idx.rows:
            if r is exclude or not self._kind_ok(m, r) or self.idx.unit_fit(m.noun, r) < 0:
                continue
            if not self._org_ok(w, r) or not stands_for(self, i, r):
                continue   # a row of another period only for a number said of it (periodrow)
            f = self.idx.fit(w.window, r) + 0.5 * max(self.idx.unit_fit(m.noun, r), 0)
            if f > score:
                best, score = r, f
        return best if score >= 0.35 else None

    def _best_guess(self, i: int) -> str | None:
        row = self._best_row(i)
        return fmt_like(self.mentions[i], row.values["ky_bao_cao"]) if row else None
