"""Checker, the lead's findings on stop 24's working batch (``z-*`` once committed).

- ``21/22 dòng họ đã đăng ký được công nhận`` (thai-nguyen-vo-nhai-khuyen-hoc-2014-2019): a planted ``22/22`` was
  accepted, its numerator taken for the row's target. In a pair achieved/target the achieved part is the row's
  value; the target standing in its place is flagged with the value it should have.
"""

from __future__ import annotations

import pytest

from service.checker import check_text
from service.figures.load import load_table


@pytest.fixture()
def table(tmp_path):
    p = tmp_path / "kh.csv"
    p.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kế hoạch\n"
                 "KH10,Dòng họ được công nhận Dòng họ hiếu học,dòng họ,21,22\n"
                 "HN-01,Chi hội đăng ký thi đua Tuổi cao gương sáng,chi hội,8,8\n", encoding="utf-8")
    return load_table(p)


SENTENCE = "Trong nhiệm kỳ, {} dòng họ đã đăng ký được công nhận Dòng họ hiếu học."


def _verdicts(text, table):
    return [(c.text, c.verdict) for c in check_text(text, table).numbers]


def test_the_achieved_part_of_a_pair_is_the_rows_value(table):
    assert _verdicts(SENTENCE.format("21/22"), table) == [("21", "supported"), ("22", "supported")]


def test_the_target_in_the_achieved_place_is_flagged_with_the_value(table):
    checks = check_text(SENTENCE.format("22/22"), table).numbers
    assert checks[0].verdict == "unsupported" and checks[0].expected == "21"
    assert "chỉ tiêu kế hoạch" in checks[0].reason


def test_a_row_whose_target_equals_its_value_stays_supported(table):
    # quang-ninh-hong-thai-tay-nct-2011-2016: "hàng năm có 8/8 chi hội đăng ký thi đua"
    text = "Hàng năm có 8/8 chi hội đăng ký thi đua Tuổi cao gương sáng."
    assert _verdicts(text, table) == [("8", "supported"), ("8", "supported")]


# ---- a title that says again, rounded or summed, what the body states (service/checker/headline.py)

def _table(tmp_path, name, csv):
    p = tmp_path / name
    p.write_text(csv, encoding="utf-8")
    return load_table(p)


KHO_BAC = ("Kho bạc Nhà nước từ chối thanh toán {} tỷ đồng\n\nThứ Hai, 29/02/2016, 09:41\n"
           "Thông qua công tác kiểm soát chi NSNN, các đơn vị KBNN đã phát hiện và yêu cầu bổ sung hồ sơ thanh toán "
           "khoảng 1.800 khoản chi chưa đủ thủ tục theo quy định; số tiền thực từ chối thanh toán là 1,1 tỷ đồng.\n\n"
           "Trong lĩnh vực đầu tư xây dựng cơ bản, chi đầu tư thuộc kế hoạch năm 2016 giải ngân qua hệ thống KBNN là "
           "17.530 tỷ đồng. Thông qua kiểm soát thanh toán vốn đầu tư, hệ thống KBNN đã từ chối 1,3 tỷ đồng, do chủ "
           "đầu tư đề nghị thanh toán không đúng đối tượng.\n")
KHO_BAC_CSV = ("Mã,Chỉ tiêu,Đơn vị tính,Lũy kế đến 29/02/2016\n"
               "KSC-01,Khoản chi phải bổ sung hồ sơ,khoản,1.800\n"
               "KSC-02,Số tiền từ chối thanh toán (kiểm soát chi thường xuyên),tỷ đồng,\"1,1\"\n"
               "DT-01,Giải ngân vốn đầu tư,tỷ đồng,17.530\n"
               "DT-02,Số tiền từ chối thanh toán vốn đầu tư,tỷ đồng,\"1,3\"\n")


def test_a_title_summing_two_parallel_amounts_of_the_body_is_derived(tmp_path):
    # toan-quoc-kho-bac-kiem-soat-chi-2016-2t: 2,4 = 1,1 + 1,3, both "từ chối"
    t = _table(tmp_path, "kb.csv", KHO_BAC_CSV)
    title = check_text(KHO_BAC.format("2,4"), t).numbers[0]
    assert title.verdict == "derived" and "1,1 tỷ đồng" in title.derivation
    assert check_text(KHO_BAC.format("2,5"), t).numbers[0].verdict == "unsupported"   # a changed digit
    assert check_text(KHO_BAC.format("2.4"), t).numbers[0].verdict == "unsupported"   # a foreign separator


THADS = ("Bảo Lộc: Tỷ lệ thi hành án dân sự đạt trên {}%\n\nCập nhật lúc 04:57, Thứ Năm, 23/12/2021 (GMT+7)\n"
         "Cụ thể, trong năm 2021, trên địa bàn TP Bảo Lộc có 2.362 vụ việc phải thi hành án. Số vụ đủ điều kiện thi "
         "hành trong năm là 1.432 vụ. Đến nay, tỷ lệ thi hành án dân sự về vụ việc đã hoàn thành là 1.190 vụ, đạt "
         "83,10% (tăng 1,10% chỉ tiêu ngành giao).\n")
THADS_CSV = ("Mã,Chỉ tiêu,Đơn vị tính,Năm 2021\nTHA-01,Tổng số việc phải thi hành,vụ việc,2.362\n"
             "THA-04,Số việc đủ điều kiện thi hành,vụ,1.432\nTHA-05,Số việc thi hành xong,vụ,1.190\n")


def test_a_title_rounding_a_rate_the_body_proves_takes_its_verdict(tmp_path):
    # lam-dong-bao-loc-thads-2021: "trên 83%" over "đạt 83,10%" (1.190/1.432)
    t = _table(tmp_path, "thads.csv", THADS_CSV)
    assert check_text(THADS.format(83), t).numbers[0].verdict == "derived"
    assert check_text(THADS.format(85), t).numbers[0].verdict == "unsupported"


def test_a_lead_sentence_is_body_not_a_title(tmp_path):
    t = _table(tmp_path, "thads.csv", THADS_CSV)
    text = THADS.format(83).replace("đạt trên 83%\n", "đạt trên 83%.\n")
    assert check_text(text, t).numbers[0].verdict == "unsupported"


def test_two_numbers_that_merely_add_up_are_no_title_sum(tmp_path):
    # dak-lak-qltt-2012-03, a planted 144 in the title: 103 vụ vi phạm + 41 vụ hàng giả share only the noun "vụ"
    t = _table(tmp_path, "qltt.csv", "Mã,Chỉ tiêu,Đơn vị tính,Tháng 3/2012\nPH-01,Số vụ kiểm tra thị trường,vụ,114\n"
               "PH-02,Số vụ vi phạm phát hiện và xử lý,vụ,103\nPH-06,Số vụ hàng giả,vụ,41\n")
    text = ("Phát hiện {} vụ gian lận thương mại trong tháng 3\n\n11:03, 27/03/2012\n\nTrong tháng 3, Chi cục Quản lý thị "
            "trường tỉnh đã thực hiện 114 vụ kiểm tra thị trường, phát hiện và xử lý 103 vụ vi phạm, trong đó, 28 vụ vi "
            "phạm về giá, 2 vụ hàng lậu, 27 vụ hàng cấm, 41 vụ hàng giả...\n")
    assert check_text(text.format(144), t).numbers[0].verdict == "unsupported"


def test_a_title_disagreeing_with_the_body_sentence_in_its_own_words_stays_flagged(tmp_path):
    # r-thai-binh-qltt-2017-q3 with a planted title: 548 = 522 + 26, but the body says it in the title's words: 522
    t = _table(tmp_path, "qltt.csv", "Mã,Chỉ tiêu,Đơn vị tính,Quý III/2017\nQL-01,Số vụ kiểm tra,vụ,736\n"
               "QL-02,Thu nộp ngân sách nhà nước,triệu đồng,522\nQL-03,Trị giá hàng tịch thu,triệu đồng,26\n")
    text = ("Chi cục Quản lý thị trường: Quý III, thu nộp vào ngân sách nhà nước trên {} triệu đồng\n\n"
            "Thứ 5, 05/10/2017 | 08:35:20\nTrong quý III/2017, Chi cục Quản lý thị trường (Sở Công Thương) đã kiểm tra "
            "736 vụ, xử phạt, thu nộp vào ngân sách nhà nước trên 522 triệu đồng, tịch thu hàng hóa trị giá 26 triệu "
            "đồng.\n")
    assert {c.text: c.verdict for c in check_text(text.format(522), t).numbers}["522 triệu đồng"] == "supported"
    planted = [c for c in check_text(text.format(548), t).numbers if c.text.startswith("548")]
    assert planted[0].verdict == "unsupported"


# ---- found on stop 24's final private batch, after its measure (``zz-*`` once committed; in-sample from here)

TNLD_CSV = ("STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước\n"
            "3.1,Số người chết khu vực có quan hệ lao động,người,661,610\n"
            "3.2,Số người chết khu vực không theo hợp đồng lao động,người,305,369\n")


@pytest.mark.parametrize("link", ["tương ứng với", "tương ứng", "tương đương"])
def test_a_change_restated_as_a_rate_after_tuong_ung_is_derived(tmp_path, link):
    # toan-quoc-tai-nan-lao-dong-2020: "661 người, tăng 51 người tương ứng với 8,36% so với năm 2019"
    t = _table(tmp_path, "tnld.csv", TNLD_CSV)
    text = (f"Số người chết vì TNLĐ khu vực có quan hệ lao động: 661 người, tăng 51 người {link} {{}}% so với năm "
            f"2019; khu vực người lao động làm việc không theo hợp đồng lao động: 305 người, giảm 64 người {link} "
            f"17,34% so với năm 2019.")
    ok = {c.text: c.verdict for c in check_text(text.format("8,36"), t).numbers}
    assert ok["8,36%"] == "derived" and ok["17,34%"] == "derived"
    assert {c.text: c.verdict for c in check_text(text.format("8,63"), t).numbers}["8,63%"] == "unsupported"


def test_a_bodys_two_word_name_is_not_its_activity(tmp_path):
    # vinh-phuc-thanh-tra-2021: rows of "Toàn ngành" and of "Thanh tra tỉnh"; "Qua thanh tra phát hiện vi phạm …"
    # is the whole sector's paragraph (the activity), not the provincial inspectorate's
    t = _table(tmp_path, "tt.csv", "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Đơn vị thực hiện\n"
               "XL-02,Vi phạm phát hiện - đất,m2,8.501,Toàn ngành\nTT-05,Sai phạm phát hiện - đất,m2,4.616,Thanh tra tỉnh\n")
    text = ("Năm 2021, toàn ngành đã triển khai thanh tra hành chính.\n\nQua thanh tra phát hiện vi phạm {}m2 đất.\n\n"
            "Trong đó, Thanh tra tỉnh phát hiện sai phạm 4.616m2 đất.")
    assert [c.verdict for c in check_text(text.format("8.501"), t).numbers] == ["not_a_figure", "supported", "supported"]
