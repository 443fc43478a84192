"""Checker round 45 (chk45, issue 13): stop 47's final batch's leftovers (``yw-``) and the fresh set ``c38-``
(evaluations/sweep/checker-round45.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- two rows said as one, their nouns joined by ``và`` (``tăng 46 người chết và bị thương``, ``33 người chết và mất
  tích``): the sum of the two rows' values or changes — ``joinedrows`` with ``derive._joined_rows``;
- a rate's gap to a target the text does not give (``đạt tỷ lệ 83,5% (cao hơn chỉ tiêu Quốc hội đề ra 8,5%)``):
  unverified, or derived where the rate's row keeps its plan — ``recognisers.targetgap`` with
  ``derive._gap_to_unstated_target``.
"""

from __future__ import annotations

from service.checker.joinedrows import joined_nouns
from service.checker.recognisers.targetgap import gap_to_plan
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import check_at, checks, csv_table, flagged_in, heldout, page, table

_FIRE = "yw-toan-quoc-cuc-canh-sat-pccc-chay-no-2023"
_THADS = "yq-toan-quoc-tong-cuc-thads-thi-hanh-an-dan-su-2020"
_BHXH = "m-hatinh-bhxh-2022-q1"
_HELD = "evaluations/cases/heldout/"


def _held_table(tmp_path, case, period):
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    return csv_table(tmp_path, (root / _HELD / case / "figures.csv").read_text(encoding="utf-8"), period)


# ---------------------------------------------------------------- two rows said as one

def test_the_joined_nouns_after_a_number():
    # yw-toan-quoc-cuc-canh-sat-pccc-chay-no-2023
    text = "So sánh với năm 2022, số vụ cháy tăng 206 vụ; tăng 46 người chết và bị thương; thiệt hại"
    assert joined_nouns(text, text.index("46") + 2) == ("chet", "bi thuong")
    # c38-dantri-mua-lu-mien-nui-phia-bac-2018-06-28
    text = "Cụ thể, 33 người chết và mất tích, trong đó 23 người chết"
    assert joined_nouns(text, text.index("33") + 2) == ("chet", "mat tich")
    # no pair: one noun, or a second number after "và"
    text = "làm chết 146 người, bị thương 109 người"
    assert joined_nouns(text, text.index("146") + 3) is None
    text = "Xảy ra 16 vụ nổ, làm 11 người chết và 27 người bị thương"
    assert joined_nouns(text, text.index("11") + 2) is None


def test_a_change_of_two_rows_said_as_one_is_their_sum(tmp_path):
    # the held-out fire year: deaths 146/119 (+27) and injuries 109/90 (+19) of fires: "tăng 46 người chết và bị thương"
    figures = _held_table(tmp_path, _FIRE, "2023")
    text = heldout(_FIRE)
    n = check_at(checks(text, figures, "2023"), text, "46 người chết và bị thương")
    assert n.verdict == "derived" and "I.2 + I.3" in n.derivation
    # a wrong sum stays wrong
    wrong = text.replace("tăng 46 người chết và bị thương", "tăng 47 người chết và bị thương")
    n = check_at(checks(wrong, figures, "2023"), wrong, "47 người chết và bị thương")
    assert n.verdict == "unsupported"


def test_a_value_of_two_rows_said_as_one_is_their_sum(tmp_path):
    # c38-dantri: "33 người chết và mất tích, trong đó 23 người chết (…); 10 người mất tích"
    text = page("c38-dantri-mua-lu-mien-nui-phia-bac-2018-06-28")
    figures = table(tmp_path, ["1,Số người chết,người,23", "2,Số người mất tích,người,10", "3,Nhà bị đổ trôi,nhà,161"])
    n = check_at(checks(text, figures, "2018-06"), text, "33 người chết")
    assert n.verdict == "derived" and n.derivation.startswith("1 + 2")
    # rows that do not add up to it prove nothing: flagged as before
    figures = table(tmp_path, ["1,Số người chết,người,23", "2,Số người mất tích,người,11", "3,Nhà bị đổ trôi,nhà,161"])
    assert check_at(checks(text, figures, "2018-06"), text, "33 người chết").verdict == "unsupported"


# ---------------------------------------------------------------- a rate's gap to an unsaid target

def test_the_words_of_a_gap_to_a_plan():
    # c38-baonghean-138-nam-2020
    text = "đạt tỷ lệ 83,5% (cao hơn chỉ tiêu Quốc hội đề ra 8,5%); án rất nghiêm trọng"
    s = text.index("8,5%")
    assert gap_to_plan(text, s, s + 4)
    # yq-toan-quoc-tong-cuc-thads-thi-hanh-an-dan-su-2020: the plan after the number
    text = "đạt tỉ lệ 81,41% (tăng 2,82% so với năm 2019, cao hơn 1,41% so với chỉ tiêu được giao)"
    s = text.index(" 1,41%") + 1
    assert gap_to_plan(text, s, s + 5)
    # a change against last year is no gap to a plan
    s = text.index("2,82%")
    assert not gap_to_plan(text, s, s + 5)


def test_a_gap_to_a_target_the_table_does_not_keep_is_unverified(dummy, tmp_path):
    # c38-baonghean: two gaps, no target anywhere
    text = page("c38-baonghean-138-nam-2020")
    assert flagged_in(text, dummy, "(cao hơn chỉ tiêu Quốc hội đề ra 8,5%)") == []
    assert flagged_in(text, dummy, "(cao hơn chỉ tiêu giao 1,13%)") == []
    # the rates themselves stay checked
    assert flagged_in(text, dummy, "đạt tỷ lệ 83,5%") == ["83,5%"]
    # m-hatinh: "đạt tỷ lệ 23,4% (vượt chỉ tiêu giao 2,9%)", the table keeping the amount's plan, not the rate's
    figures = _held_table(tmp_path, _BHXH, "2022-Q1")
    text = heldout(_BHXH)
    assert check_at(checks(text, figures, "2022-Q1"), text, "giao 2,9%", shift=5).verdict == "unverified"


def test_a_gap_to_a_kept_plan_is_derived_or_wrong(tmp_path):
    # the held-out civil judgments: "Kế hoạch năm 2020" keeps 80 and 38: 81,41 − 80 = 1,41; 40,09 − 38 = 2,09
    figures = _held_table(tmp_path, _THADS, "2020")
    text = heldout(_THADS)
    numbers = checks(text, figures, "2020")
    assert check_at(numbers, text, "1,41% so với chỉ tiêu").verdict == "derived"
    assert check_at(numbers, text, "2,09% so với chỉ tiêu").verdict == "derived"
    wrong = text.replace("cao hơn 1,41%", "cao hơn 1,51%")
    assert check_at(checks(wrong, figures, "2020"), wrong, "1,51%").verdict == "unsupported"
    # the rate of a plan itself ("đạt 105% kế hoạch, vượt 5%") is the gap to 100%: not this rule's
    text = "Thu ngân sách đạt 1.050 tỷ đồng, đạt 105% kế hoạch (vượt chỉ tiêu giao 5%)."
    figures = table(tmp_path, ["1,Thu ngân sách,tỷ đồng,1.050,1.000"],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kế hoạch")
    assert check_at(checks(text, figures, None), text, "5%)").verdict != "unverified"


# ---------------------------------------------------------------- a grade named by "cấp" and a number

def test_a_grade_after_a_noun_is_no_count(dummy):
    # c38-dbkcqdnbacninh: the classification's level of industries, twice
    text = page("c38-dbkcqdnbacninh-iip-thang-9-tang-2-38")
    assert flagged_in(text, dummy, "Trong 24 ngành công nghiệp cấp 2, có 50%") == ["24", "50%"]
    assert flagged_in(text, dummy, "có tới 15/20 ngành cấp 2 có chỉ số") == ["15"]
    # the held-out Thăng Bình storm: a house's build grade
    text = heldout("zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10")
    assert flagged_in(text, dummy, "căn nhà cấp 4 của gia đình") == []


def test_issuing_with_cap_stays_a_count(dummy):
    # "cấp" the verb: after an auxiliary, or with a counted noun after the number
    text = "Trong năm, UBND huyện đã cấp 2 giấy chứng nhận cho hộ dân. Sở đã cấp 3 cho các hộ."
    assert flagged_in(text, dummy, "đã cấp 2 giấy") == ["2"]
    assert flagged_in(text, dummy, "đã cấp 3 cho") == ["3"]


# ---------------------------------------------------------------- last period's value in a bracket its words open

def test_the_words_of_last_periods_bracket():
    from service.checker.recognisers.periodbracket import period_opens_bracket
    # held-out yb-dbscl-cuc-trong-trot-tien-do-he-thu-2019-05
    text = "tiến độ gieo sạ đạt 75% (cùng kỳ 60,6%). Thu hoạch"
    s = text.index("60,6%")
    assert period_opens_bracket(text, s, s + 5)
    # held-out ya-binh-thuan-so-y-te-kham-cap-cuu-dip-tet-mau-tuat-2018-02
    text = "Tai nạn do đánh nhau giảm 29 trường hợp (năm trước 88 vụ)."
    s = text.index("88")
    assert period_opens_bracket(text, s, s + 2)
    # a bracket that opens with no period's words, or holds more than the value, is none
    text = "đạt 75% (trong đó 60,6% là lúa chất lượng cao)"
    s = text.index("60,6%")
    assert not period_opens_bracket(text, s, s + 5)
    text = "giảm 29 trường hợp (năm trước 88 vụ, năm 2016 là 90 vụ)"
    s = text.index("88")
    assert not period_opens_bracket(text, s, s + 2)


def test_last_periods_value_in_brackets_is_no_figure_where_the_table_keeps_none(tmp_path):
    # yb-dbscl: the loader keeps no last year (its "Cùng kỳ năm 2018 (%)" column is no cell it can keep)
    case = "yb-dbscl-cuc-trong-trot-tien-do-he-thu-2019-05"
    figures = _held_table(tmp_path, case, "2019-05")
    text = heldout(case)
    numbers = checks(text, figures, "2019-05")
    assert check_at(numbers, text, "60,6%").verdict == "not_a_figure"
    assert check_at(numbers, text, "5%)").verdict == "not_a_figure"
    assert check_at(numbers, text, "75% (cùng kỳ").verdict == "derived"
    # a table that keeps last year checks it: a wrong one is caught
    text = "Diện tích xuống giống đạt 1,2 triệu ha, đạt 75% (cùng kỳ 60,6%)."
    figures = table(tmp_path, ["1,Tỷ lệ xuống giống so kế hoạch,%,75,58"],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước")
    assert check_at(checks(text, figures, None), text, "60,6%").verdict in ("unsupported", "stale")
