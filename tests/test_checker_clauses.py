"""service.checker.clauses: the clause boundaries the checker's steps share, on real sentences of the held-out pages."""

from service.checker.clauses import (CLAUSE_END, CLAUSE_END_OR_COLON, LAST_CLAUSE_END, LAST_CLAUSE_END_OR_COLON,
                                     clause_before)

# yt-nghe-an (held out): the count and its value in one clause
GIFTS = ("trao tặng 1.498 suất quà cho phụ nữ nghèo, trẻ em khuyết tật…với tổng số tiền 649 triệu đồng")
# check.py's step on a rate's base (the rate's phrase quoted in its docstring; the sentence before written for the test)
POOR = "Năm 2014 giảm còn 8,1%. Tỷ lệ hộ nghèo từ 7,19% năm 2015"


def test_a_count_and_its_value_stay_in_one_clause():
    gap = GIFTS[GIFTS.index("1.498") + 5:GIFTS.index("649")]
    assert not CLAUSE_END_OR_COLON.search(gap)       # the thousands' dot is inside the number, not the gap
    assert CLAUSE_END.search("suất quà.\nTổng") and CLAUSE_END_OR_COLON.search("gồm: 02 chị")
    assert not CLAUSE_END.search("gồm: 02 chị")


def test_where_the_clause_starts():
    at = POOR.index("7,19")
    cut = LAST_CLAUSE_END.search(POOR, 0, at)
    assert POOR[cut.start() + 1:at].strip() == "Tỷ lệ hộ nghèo từ"
    text = "Kết quả: đạt 95%"
    assert text[LAST_CLAUSE_END_OR_COLON.search(text, 0, text.index("95")).start() + 1:].strip() == "đạt 95%"


def test_clause_before_keeps_decimal_marks_and_reach():
    assert clause_before(POOR, POOR.index("7,19")) == " Tỷ lệ hộ nghèo từ "
    assert clause_before(POOR, POOR.index("năm 2015")) == " Tỷ lệ hộ nghèo từ 7,19% "   # "7,19": no space after
    at = POOR.index("7,19")
    assert clause_before(POOR, at, reach=10) == POOR[at - 10:at]


def test_table_words_reads_the_clause_around_a_worded_one():
    # table_words._last_period_one cuts the clause with LAST_CLAUSE_END and CLAUSE_END (the whole-folder run found
    # a mistyped name there that no test reached): «khởi tố một vụ» where last period's row held 1 (the sentence
    # written for the test)
    from decimal import Decimal
    from service.checker.match import TableIndex
    from service.checker.table_words import _last_period_one
    from service.figures.model import Figure, FigureTable
    idx = TableIndex(FigureTable([Figure("1", "Số vụ khởi tố", "vụ", Decimal(2), cung_ky=Decimal(1))]))
    text = "Tình hình tội phạm được kiềm chế. Khởi tố một vụ trộm cắp tài sản; bắt giữ 2 đối tượng."
    assert _last_period_one(text, text.index("một"), idx.rows, idx)
    other = TableIndex(FigureTable([Figure("1", "Số vụ khởi tố", "vụ", Decimal(2), cung_ky=Decimal(3))]))
    assert not _last_period_one(text, text.index("một"), other.rows, other)
