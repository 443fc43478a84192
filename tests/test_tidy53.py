"""Tidy 53 (b): the row of one figure (``make_row``, ``keep_own_row``) moved from ``onboarding/rows`` down into
``onboarding/onerow``, so the readers that claim a figure as that row (``marks``, ``indexrows``, ``pricerange``,
``statements``' own pair rows) import it at their tops, with no cycle back through ``rows`` → ``recognisers``; one
``keep_row`` keeps a row for ``keep_own_row``, ``ranks.rank`` and ``rows.read_paragraph``. No reading moves: these
tests pin the imports' direction and the rows kept on real text (template before/after identical on all held-out
cases, docs/tidy-53.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from service.checker.match import TableIndex
from service.checker.perunitrow import keeps_amount_per_unit, per_what
from service.onboarding import indexrows, marks, onerow, pricerange, ranks, rows, statements
from tests.sweep_tables import case_line_verdicts, real_case
from tests.test_onboarding_round6 import template

_ONBOARDING = Path(rows.__file__).parent


def _imported(module) -> set[str]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}


def test_the_row_of_one_figure_imports_none_of_its_callers():
    callers = {f"service.onboarding.{m}" for m in ("rows", "recognisers", "statements", "marks", "indexrows",
                                                    "pricerange", "ranks", "template")}
    assert not _imported(onerow) & callers


def test_the_readers_that_keep_a_row_import_it_from_below_not_from_rows():
    for module in (marks, indexrows, pricerange, statements, ranks):
        assert "service.onboarding.onerow" in _imported(module), module.__name__
        assert "service.onboarding.rows" not in _imported(module), module.__name__


def test_the_old_names_are_the_same_objects():
    assert rows.make_row is onerow.make_row is statements.make_row
    assert rows.label is onerow.label and rows.handled is onerow.handled
    assert marks.keep_own_row is indexrows.keep_own_row is pricerange.keep_own_row is onerow.keep_own_row
    assert ranks.keep_row is rows.keep_row is onerow.keep_row


def test_each_moved_module_imports_first_in_a_fresh_interpreter():
    for module in ("onerow", "marks", "indexrows", "pricerange", "statements", "ranks", "rows"):
        done = subprocess.run([sys.executable, "-c", f"import service.onboarding.{module}"],
                              capture_output=True, text=True, cwd=_ONBOARDING.parent.parent)
        assert done.returncode == 0, (module, done.stderr)


# ---------------------------------------------------------------- the same rows kept on real text

def test_a_rank_is_still_kept_once_as_its_row_and_its_group_s(tmp_path):
    # r-ba-ria-vung-tau-cchc-2015-2020 ("PCI xếp thứ 16/63 tỉnh, thành phố"); baobariavungtau.com.vn 2022 ("chỉ số SIPAS
    # đạt 86,72%, xếp thứ 38/63 tỉnh"); negative q-ba-ria-vung-tau-du-lich-2014-9t ("xếp hạng từ 1- 5 sao": no rank)
    tpl = template(tmp_path, "Báo cáo tổng kết công tác cải cách hành chính giai đoạn 2016-2020",
                   "Chỉ số PAR INDEX xếp 9/63 tỉnh, thành phố (tăng 26 bậc so với năm 2015); PCI xếp thứ 16/63 tỉnh, "
                   "thành phố (tăng 2 bậc so với năm 2015).")
    assert [(r.value, r.unit, r.label) for r in tpl.rows] == [(9, "hạng", "Xếp hạng Chỉ số PAR INDEX"),
                                                              (16, "hạng", "Xếp hạng PCI")]
    sipas = template(tmp_path, "Báo cáo công tác cải cách hành chính năm 2021",
                     "Năm 2021, chỉ số SIPAS đạt 86,72%, xếp thứ 38/63 tỉnh, thành phố trong cả nước.")
    assert [(r.value, r.unit) for r in sipas.rows][-1] == (38, "hạng") and 63 not in [r.value for r in sipas.rows]
    stars = template(tmp_path, "Báo cáo tình hình du lịch 9 tháng năm 2014",
                     "Toàn tỉnh hiện có 205 cơ sở lưu trú đang hoạt động với 9.515 phòng, trong đó 139 cơ sở đã được "
                     "xếp hạng từ 1- 5 sao và hạng cao cấp.")
    assert not [r for r in stars.rows if r.unit == "hạng"]


def test_a_handled_pair_still_keeps_the_whole_just_before_the_part(tmp_path):
    # rows.read_paragraph through keep_row(said_with=whole): zt-quang-nam-cum-thi-dua-cong-an-cac-huyen-mien-nui-2024
    # ("đã điều tra làm rõ 91/97 vụ tội phạm xâm phạm trật tự xã hội") and
    # yk-binh-thuan-cong-an-tinh-cao-diem-tan-cong-tran-ap-toi-pham-2023-08 ("đã điều tra, khám phá 65/74 vụ phạm tội
    # về trật tự xã hội xảy ra"): the whole that occurred, then the part handled
    for head, text, whole, part in (
            ("Báo cáo kết quả công tác công an năm 2024",
             "Năm 2024, công an các huyện miền núi tiếp nhận và xử lý 193/193 thông tin; 158 vụ/287 bị can thụ lý điều "
             "tra, đã điều tra làm rõ 91/97 vụ tội phạm xâm phạm trật tự xã hội.", 97, 91),
            ("Báo cáo kết quả đợt cao điểm tấn công trấn áp tội phạm tháng 8 năm 2023",
             "Đối với đợt cao điểm tấn công trấn áp tội phạm, sau 1 tháng thực hiện, công an toàn tỉnh đã điều tra, "
             "khám phá 65/74 vụ phạm tội về trật tự xã hội xảy ra.", 74, 65)):
        kept = [(r.value, r.label.split()[0]) for r in template(tmp_path, head, text).rows]
        at = kept.index((Decimal(whole), "Tổng"))
        assert kept[at + 1] == (Decimal(part), "Số")


def test_a_price_range_still_keeps_its_lowest_before_its_highest(tmp_path):
    # xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-heo-2025-11 and c26-danviet-gia-lon-hoi-xuat-chuong-mien-bac
    # (pricerange → onerow.keep_own_row(said_with=…)); negative c26-thitruongbiz: a change said as a range
    for text, lows in (("Giá heo hơi của các công ty đưa về cơ sở giết mổ tại TP HCM tăng nhẹ 1.000 đồng, dao động "
                        "54.000 – 62.000 đồng/kg.", [Decimal(54000), Decimal(62000)]),
                       ("Hiện giá lợn hơi hôm nay đã hạ nhiệt, bình quân cả nước dao động từ 45.000 - 52.000 đồng/kg.",
                        [Decimal(45000), Decimal(52000)])):
        tpl = template(tmp_path, "Bản tin giá lợn hơi", text)
        prices = [(r.value, r.label) for r in tpl.rows if r.value >= 10000]
        assert [v for v, _ in prices] == lows
        assert prices[0][1].endswith(" - thấp nhất") and prices[1][1].endswith(" - cao nhất")
    change = template(tmp_path, "Giá lợn hơi ngày 24/8", "Tại khu vực miền Nam, giá lợn hơi hôm nay tăng/giảm trái "
                      "chiều với mức điều chỉnh từ 1.000 - 3.000 đồng/kg và dao động trong khoảng 62.000 - 70.000 đồng/kg.")
    assert Decimal(1000) not in [r.value for r in change.rows]


# ---------------------------------------------------------------- (a) one test of "a row keeps an amount per unit"

def test_an_amount_per_prize_is_checked_against_the_row_kept_per_prize():
    # xg-toan-quoc-lien-hiep-hoi-khkt-hoi-thi-sang-tao-2018-2019: «Trị giá giải nhất» in «triệu đồng/giải» (the loader
    # keeps «đồng» and Figure.per_unit «giải»): the amount said per prize is that row's, a wrong one caught
    slug = "xg-toan-quoc-lien-hiep-hoi-khkt-hoi-thi-sang-tao-2018-2019"
    line = "6 giải nhất, mỗi giải trị giá 50 triệu đồng; 12 giải nhì, mỗi giải trị giá 40 triệu đồng"
    assert [v for _, v, _ in case_line_verdicts(slug, line)] == ["supported"] * 4
    wrong = case_line_verdicts(slug, line, line.replace("50 triệu", "55 triệu"))
    assert [v for t, v, _ in wrong if t == "55 triệu đồng"] == ["unsupported"]


def test_what_a_row_is_per_is_its_per_unit_or_its_unit_after_the_slash():
    # the same table («triệu đồng/giải» → per_unit «giải») and yi-hau-giang-cong-doan-nganh-giao-duc-tet-sum-vay-2021
    # («Mức hỗ trợ mỗi suất» in «đồng/suất»); negative: a count row of either table («Giải nhất» in «giải») is per none
    for slug, label, per in (("xg-toan-quoc-lien-hiep-hoi-khkt-hoi-thi-sang-tao-2018-2019", "Trị giá giải nhất", "giải"),
                             ("yi-hau-giang-cong-doan-nganh-giao-duc-tet-sum-vay-2021", "Mức hỗ trợ mỗi suất", "suất")):
        rows = TableIndex(real_case(slug)[1]).rows
        row = next(r for r in rows if r.fig.chi_tieu == label)
        assert per_what(row.fig).strip() == per and keeps_amount_per_unit(row)
    counts = TableIndex(real_case("xg-toan-quoc-lien-hiep-hoi-khkt-hoi-thi-sang-tao-2018-2019")[1]).rows
    prize = next(r for r in counts if r.fig.chi_tieu == "Giải nhất")
    assert per_what(prize.fig) == "" and not keeps_amount_per_unit(prize)
