"""Numbers written in words: Vietnamese read and written, English read."""

import random
import unicodedata
from decimal import Decimal

import pytest

from service.checker import extract_numbers
from service.numwords import (find_english_number_words, find_number_words, parse_english_words, parse_words,
                              to_words)


@pytest.mark.parametrize("words, value", [
    ("một", 1), ("hai mươi lăm", 25), ("chín trăm chín mươi chín", 999), ("một nghìn không trăm linh năm", 1005),
    ("hai tỷ", 2_000_000_000), ("một triệu rưỡi", 1_500_000), ("hai mươi mốt", 21), ("hai mươi tư", 24),
    ("mười lăm", 15), ("mười tư", 14), ("một trăm lẻ năm", 105), ("một trăm linh tư", 104), ("ba ngàn", 3000),
    ("hai chục", 20), ("mười", 10), ("hai mươi nhăm", 25), ("một nghìn rưỡi", 1500), ("ba trăm rưỡi", 350),
    ("hai nghìn hai mươi ba", 2023), ("hai triệu năm nghìn", 2_005_000), ("một nghìn tỷ", 10**12),
    ("hai tỷ không trăm linh năm nghìn", 2_000_005_000), ("Hai Mươi Lăm", 25),
])
def test_parse_words(words, value):
    assert parse_words(words) == Decimal(value)


@pytest.mark.parametrize("words", [
    "hai mươi năm",      # 20 years: five after "mươi" is "lăm"
    "mười năm",          # ten years
    "một trăm năm",      # a hundred years (150 is "một trăm năm mươi")
    "hai triệu ba",      # colloquial 2.3 million: not read, rather than guessed
    "tư", "mốt", "trăm", "nghìn", "không trăm", "một mươi", "năm tư",
])
def test_parse_words_refuses_what_is_not_one_number(words):
    with pytest.raises(ValueError):
        parse_words(words)


@pytest.mark.parametrize("value, words", [
    (0, "không"), (5, "năm"), (15, "mười lăm"), (21, "hai mươi mốt"), (25, "hai mươi lăm"), (105, "một trăm linh năm"),
    (110, "một trăm mười"), (1005, "một nghìn không trăm linh năm"), (2023, "hai nghìn không trăm hai mươi ba"),
    (85, "tám mươi lăm"), (1_500_000, "một triệu năm trăm nghìn"), (2_000_000_000, "hai tỷ"),
    (1_000_000_005, "một tỷ không trăm linh năm"), (Decimal("2.5"), "hai phẩy năm"),
    (Decimal("84.61"), "tám mươi bốn phẩy sáu mươi mốt"), (Decimal("1.05"), "một phẩy không năm"),
])
def test_to_words(value, words):
    assert to_words(value) == words


def test_to_words_and_parse_words_agree_on_thousands_of_values():
    rng = random.Random(13)
    values = [rng.choice([rng.randint(0, 999), rng.randint(1000, 10**6), rng.randint(10**6, 10**10),
                          rng.randint(10**10, 10**13)]) for _ in range(3000)]
    assert [parse_words(to_words(v)) for v in values] == values


def test_find_number_words_spans_are_exact_in_nfd_text_too():
    text = "được hai mươi lăm hộ và chín trăm thanh niên, năm 2023"
    for t in (text, unicodedata.normalize("NFD", text)):
        found = find_number_words(t)
        assert [(t[w.start:w.end], w.value) for w in found][:2] == [
            (t[found[0].start:found[0].end], 25), (t[found[1].start:found[1].end], 900)]
        assert unicodedata.normalize("NFC", t[found[0].start:found[0].end]) == "hai mươi lăm"


def test_find_number_words_stops_where_the_number_ends():
    text = "hai mươi năm qua, một trăm năm lịch sử"
    assert [(text[w.start:w.end], int(w.value)) for w in find_number_words(text) if w.structured] == [
        ("hai mươi", 20), ("một trăm", 100)]


# ---------------------------------------------------------------- in the checker's extraction

@pytest.mark.parametrize("text, value, kind, unit", [
    ("tổ chức cho chín trăm thanh niên tham gia", 900, "count", "thanh niên"),
    ("vận động được hai tỷ đồng ủng hộ", 2_000_000_000, "money", "đồng"),
    ("hỗ trợ mỗi hộ một triệu đồng", 1_000_000, "money", "đồng"),
    ("giải ngân một triệu rưỡi đồng", 1_500_000, "money", "đồng"),
    ("có hai mươi lăm hộ thoát nghèo", 25, "count", "hộ"),
    ("với một nghìn không trăm linh năm lượt người", 1005, "count", "lượt người"),
    ("mở hai lớp bồi dưỡng", 2, "count", "lớp"),
    ("hoàn thành năm mươi phần trăm kế hoạch", 50, "percent", "%"),
])
def test_numbers_in_words_are_mentions_like_digits(text, value, kind, unit):
    ms = [m for m in extract_numbers(text) if m.notation == "word"]
    assert len(ms) == 1
    m = ms[0]
    assert (m.value, m.kind, m.unit) == (Decimal(value), kind, unit)
    assert text[m.start:m.end] == m.raw


def test_scale_word_is_the_suffix_like_digits():
    text = "vận động được hai tỷ đồng ủng hộ"
    m = [m for m in extract_numbers(text) if m.notation == "word"][0]
    assert text[m.num_start:m.num_end] == "hai" and m.scale == 10**9 and m.raw == "hai tỷ đồng"


def test_qualifier_and_comparison_in_words():
    m = [m for m in extract_numbers("tăng hơn hai mươi vụ so với cùng kỳ") if m.notation == "word"][0]
    assert (m.comparison, m.qualifier, m.kind, m.value) == ("tăng", "hơn", "change", 20)


@pytest.mark.parametrize("text", [
    "một số hộ gia đình còn khó khăn", "thực hiện một cách nghiêm túc", "một lòng theo Đảng", "hai bên cùng có lợi",
    "trong năm 2023", "hàng năm tổ chức", "tư tưởng chính trị", "công tác tư pháp", "anh Mười cho biết",
    "ngày thứ hai", "cơ chế một cửa", "93 năm ngày thành lập Đảng", "đầu năm Hội đã", "một người dân cho biết",
    "hàng trăm người", "vài chục hộ",
])
def test_words_that_are_no_numbers(text):
    assert not [m for m in extract_numbers(text) if m.notation == "word" and m.is_figure]


def test_anniversary_in_words_is_checked_as_an_anniversary():
    m = [m for m in extract_numbers("kỷ niệm chín mươi ba năm ngày thành lập Đảng") if m.notation == "word"][0]
    assert m.kind == "anniversary" and m.value == 93 and m.event_year == 1930


def test_period_length_in_words_is_no_figure():
    assert not [m for m in extract_numbers("sau hai mươi năm thực hiện") if m.is_figure]


# ---------------------------------------------------------------- English

@pytest.mark.parametrize("words, value", [
    ("one thousand", 1000), ("nine hundred ninety-nine", 999), ("nine hundred and ninety-nine", 999),
    ("twenty-five", 25), ("two million five hundred thousand", 2_500_000),
])
def test_parse_english_words(words, value):
    assert parse_english_words(words) == value


def test_find_english_number_words():
    text = "state that one thousand people took part, and nine hundred ninety-nine more (2 groups)"
    found = find_english_number_words(text)
    assert [(text[f.start:f.end], f.value) for f in found] == [
        ("one thousand", 1000), ("nine hundred ninety-nine", 999)]
