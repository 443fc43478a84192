"""service.lunar: the one copy of the stem/branch cycle, both ways, and its users agree with it."""

from service import lunar


def test_year_name_and_year_of_are_inverse_over_a_cycle():
    for y in range(1984, 2044):
        assert lunar.year_of(*lunar.year_name(y).split()) == y
    assert lunar.year_name(2023) == "Quý Mão" and lunar.year_name(2025) == "Ất Tỵ" and lunar.year_name(2020) == "Canh Tý"


def test_other_spellings_and_case():
    # "Tết Quý Mẹo", "năm Ất Tị": the other spellings pages use; lower case as a page's running text has it
    assert lunar.year_of("Quý", "Mẹo") == lunar.year_of("quý", "mão") == 2023
    assert lunar.year_of("Ất", "Tị") == 2025
    assert lunar.BRANCH_SPELLINGS.index("Mẹo") == lunar.BRANCH_SPELLINGS.index("Mão") + 1


def test_no_year_for_mismatched_parity_or_unknown_words():
    assert lunar.year_of("Ất", "Tý") is None
    assert lunar.year_of("Quý", "Ngày") is None


def test_the_users_read_the_one_cycle():
    from service.calendar_facts import BRANCHES, STEMS, can_chi
    from service.checker.recognisers.vocab import CAN, CHI
    from service.periods.recognisers import lunar_year
    assert STEMS is lunar.STEMS and BRANCHES is lunar.BRANCHES and CAN is lunar.STEMS
    assert CHI is lunar.BRANCH_SPELLINGS
    assert can_chi(2024) == "Giáp Thìn" and lunar_year("Đinh", "Dậu") == 2017
