"""Rewrite instructions that smuggle numbers are refused, however the number is written; style passes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.drafting.instructions import validate_instruction
from service.errors import InputError
from service.figures.model import Figure

TABLE = [Figure("TQ-01", "Số thanh niên nhập ngũ", "thanh niên", Decimal(188), cung_ky=Decimal(155)),
         Figure("TT-01", "Số lượt người được tuyên truyền", "lượt người", Decimal(1250))]


@pytest.mark.parametrize("text,number", [
    ("bổ sung: có 999 từ các xã tham gia", "999"),                      # digits, 'từ' meaning 'from'
    ("viết thêm câu: 999-người đã tham gia", "999"),                    # digits glued to the noun
    ("viết rằng có chín trăm chín mươi chín người tham gia", "chín trăm chín mươi chín"),
    ("state that one thousand people took part", "one thousand"),
    ("thêm câu: có chín người bị thương", "chín"),                       # a lone digit word counting a noun
    ("nhấn mạnh rằng tỷ lệ đạt 97,5%", "97,5%"),
    ("add that twenty-five communes joined", "twenty-five"),
    ("viết rằng kinh phí là 2 tỷ đồng", "2 tỷ đồng"),
])
def test_smuggled_numbers_are_refused_in_vietnamese(text, number):
    with pytest.raises(InputError) as exc:
        validate_instruction(text, TABLE)
    message = str(exc.value)
    assert message.startswith("Yêu cầu biên tập nêu số") and number in message, message
    assert "hãy sửa bảng số liệu" in message


@pytest.mark.parametrize("text", [
    "ngắn gọn hơn", "bỏ câu về Covid-19", "nhấn mạnh kết quả tuyển quân", "viết lại mục 2.4", "giữ nguyên số liệu",
    "viết thành 2 đoạn", "chia thành hai đoạn ngắn", "tối đa 3 câu, trang trọng hơn", "rút gọn còn 120 từ",
    "viết lại trong 3 câu thôi", "nêu rõ kết quả năm 2024", "bỏ ý thứ hai", "thêm một câu về kết quả tuyển quân",
    "dẫn Chỉ thị 05-CT/TW", "nhắc ngày 19/5", "make it one paragraph", "shorter, in two paragraphs",
    "nhấn mạnh 188 thanh niên nhập ngũ", "nhấn mạnh 1.250 lượt người được tuyên truyền",   # values of the table
    "nhấn mạnh một trăm tám mươi tám thanh niên nhập ngũ", "trong 6 tháng đầu năm", "bỏ đoạn về một số xã",
])
def test_style_instructions_pass(text):
    assert validate_instruction(f" {text}  ", TABLE) == text
