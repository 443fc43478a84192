"""The lead's fixes from stop 26's working batch (``evaluations/cases/heldout/zc-*``), each on the page's own sentence
and a rule that holds beyond it:

- zc-binh-thuan-chan-nuoi-thu-y-2020-10: ``kiểm dịch động vật các loại 180.150 con, lũy kế 3.154.010 con; kiểm soát
  giết mổ 7.614 con, lũy kế 85.131 con`` — a running-total cue is the number's that follows it; a later clause's
  number is not under it (the month's 7.614 had been flagged as a swap for the year to date).
- zc-binh-phuoc-toa-an-hai-cap-2016: ``thụ lý tăng 594 vụ, việc; giải quyết tăng 107 vụ, việc`` — a change whose row
  the paragraph stated (``đã giải quyết 5.209 vụ, việc``) is that row's, before the section's other rows.
- zc-toan-quoc-van-tai-hang-khong-2023-h1: ``giảm 3,4% so với cùng kỳ 2022 nhưng tăng 8,1%`` — a year after ``cùng
  kỳ``, and before a conjunction.
- zc-toan-quoc-phong-chong-thien-tai-2020-5t: ``… PHÒNG CHỐNG THIÊN TAI 1 Thiên tai từ đầu năm …; … khoảng 2.500 tỷ
  đồng 2 Nhận định về thời tiết`` — heading numbers a flattened page ran into its text.
- zc-tphcm-ha-noi-dai-hoc-tot-nghiep-2023: ``mức điểm từ 3,62-3,7 (theo thang điểm 4)`` — scores on a named scale;
  ``1.420 sinh viên còn lại tốt nghiệp với tấm bằng khá, giỏi và xuất sắc`` — a list of short words is one phrase,
  so the row ``khá, giỏi và xuất sắc`` is the one the words describe, not another school's total.
- zc-toan-quoc-hang-hoa-qua-cang-bien-2018-09: ``tăng lần lượt 18% và 27% so với cùng kỳ`` — changes, unverified
  where the table keeps no last year's value, derived where it does.
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import table


def _verdicts(text, rows, tmp_path, header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo", period=None):
    return [(c.text, c.verdict) for c in check_text(text, table(tmp_path, rows, header), period=period).numbers
            if c.verdict != "not_a_figure"]


THU_Y = ("Trong tháng, tiêm phòng các loại dịch bệnh trên gia súc, gia cầm 1.032.234 liều, lũy kế 21.612.751 liều; "
         "kiểm dịch động vật các loại 180.150 con, lũy kế 3.154.010 con; kiểm soát giết mổ {} con, lũy kế {} con.")
THU_Y_ROWS = ["1,Tiêm phòng các loại dịch bệnh,liều,1.032.234,21.612.751",
              "2,Kiểm dịch động vật các loại,con,180.150,3.154.010",
              "3,Kiểm soát giết mổ,con,7.614,85.131"]
THU_Y_HEADER = "STT,Chỉ tiêu,ĐVT,Thực hiện tháng 10/2020,Lũy kế từ đầu năm"


def test_a_running_cue_is_the_number_s_that_follows_it(tmp_path):
    got = _verdicts(THU_Y.format("7.614", "85.131"), THU_Y_ROWS, tmp_path, THU_Y_HEADER, period="2020-10")
    assert [v for _, v in got] == ["supported"] * 6, got


def test_the_month_written_as_its_running_total_is_still_caught(tmp_path):
    # the cue that follows the month's number is its own: "lũy kế 7.614 con" is the month's value under "lũy kế"
    got = dict(_verdicts(THU_Y.format("85.131", "7.614"), THU_Y_ROWS, tmp_path, THU_Y_HEADER, period="2020-10"))
    assert got["7.614"] == "unsupported"


TOA_AN = ("Án dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động: Tòa án nhân dân hai cấp thụ lý 6.218 vụ, "
          "việc, đã giải quyết 5.209 vụ, việc; đạt 83,77%. So với cùng kỳ năm 2015, thụ lý tăng 594 vụ, việc; giải "
          "quyết tăng {} vụ, việc.")
TOA_AN_ROWS = ["4,Án hình sự thụ lý,vụ,1.367,1.433", "5,Án hình sự đã giải quyết,vụ,1.206,1.281",
               "7,\"Án dân sự, HNGĐ, KDTM, lao động thụ lý\",\"vụ, việc\",6.218,5.624",
               "8,\"Án dân sự, HNGĐ, KDTM, lao động đã giải quyết\",\"vụ, việc\",5.209,5.102"]
TOA_AN_HEADER = "STT,Chỉ tiêu,ĐVT,Năm 2016,Cùng kỳ năm 2015"


def test_a_change_takes_the_row_its_paragraph_stated(tmp_path):
    got = _verdicts(TOA_AN.format("107"), TOA_AN_ROWS, tmp_path, TOA_AN_HEADER)
    assert ("107", "derived") in got, got


def test_a_wrong_change_of_that_row_is_still_caught(tmp_path):
    got = dict(_verdicts(TOA_AN.format("117"), TOA_AN_ROWS, tmp_path, TOA_AN_HEADER))
    assert got["117"] == "unsupported"


def test_a_year_after_cung_ky_and_before_a_conjunction(tmp_path):
    text = ("Khách nội địa đạt 20 triệu, giảm 3,4% so với cùng kỳ 2022 nhưng tăng 8,1% so cùng kỳ 2019. Hàng hóa "
            "quốc tế đạt 405.000 tấn, giảm 30% so với cùng kỳ 2022.")
    got = _verdicts(text, ["1.2,Khách nội địa,lượt khách,20.000.000", "2.1,Hàng hóa quốc tế,tấn,405.000"], tmp_path)
    assert not [t for t, v in got if v in ("unsupported", "stale")], got
    assert "2022" not in dict(got)


def test_heading_numbers_run_into_the_text(tmp_path):
    text = ("MỘT SỐ NỘI DUNG CẦN QUAN TÂM TUYÊN TRUYỀN VỀ CÔNG TÁC PHÒNG CHỐNG THIÊN TAI 1 Thiên tai từ đầu năm đến nay "
            "Từ đầu năm đến tháng 5, thiệt hại về kinh tế ước tính do hạn hán, xâm nhập mặn khoảng 2.500 tỷ đồng "
            "2 Nhận định về thời tiết và thiên tai năm 2020")
    got = _verdicts(text, ["1,Thiệt hại do hạn hán xâm nhập mặn,tỷ đồng,2.500"], tmp_path)
    assert got == [("2.500 tỷ đồng", "supported")], got


def test_a_count_before_a_capitalised_name_is_no_heading(tmp_path):
    # "THIÊN TAI 1 Thiên tai" needs the title in capitals before it; a count inside a sentence stays a count
    text = "Trong năm, Hội kết nạp 2 Hội viên danh dự và 15 hội viên mới."
    got = dict(_verdicts(text, ["1,Hội viên mới kết nạp,hội viên,15"], tmp_path))
    assert got.get("2") == "unsupported", got


def test_scores_on_a_named_scale(tmp_path):
    text = ("Cụ thể, có 6 sinh viên đạt loại xuất sắc với mức điểm từ 3,62-3,7 (theo thang điểm 4); 258 sinh viên đạt "
            "loại giỏi.")
    got = _verdicts(text, ["I.2,Tốt nghiệp loại xuất sắc,sinh viên,6", "I.3,Tốt nghiệp loại giỏi,sinh viên,258"],
                    tmp_path)
    assert got == [("6", "supported"), ("258", "supported")], got


TN = ("Trong số 1.482 tân cử nhân, chỉ 63 sinh viên xếp loại trung bình. {} sinh viên còn lại tốt nghiệp với tấm bằng "
      "khá, giỏi và xuất sắc.")
TN_ROWS = ["I.1,Tổng số tân cử nhân tốt nghiệp,sinh viên,1.482", "I.5,\"Tốt nghiệp loại khá, giỏi và xuất sắc\","
           "sinh viên,1.419", "I.6,Tốt nghiệp loại trung bình,sinh viên,63",
           "IV.1,Tổng số sinh viên tốt nghiệp,sinh viên,2.079"]


def test_a_listed_phrase_names_its_row(tmp_path):
    assert [v for _, v in _verdicts(TN.format("1.419"), TN_ROWS, tmp_path)] == ["supported"] * 3


def test_another_row_s_value_there_is_a_swap(tmp_path):
    # the value of the school's "trung bình" row written for "khá, giỏi và xuất sắc"
    text = TN.replace("chỉ 63 sinh viên", "chỉ vài sinh viên").format("63")
    got = dict(_verdicts(text, TN_ROWS, tmp_path))
    assert got["63"] == "unsupported", got


CANG = ("9 tháng đầu năm 2018, khối lượng hàng hóa thông qua cảng biển đạt 386 triệu tấn. Trong đó, lượng hàng hóa "
        "container đạt 13,3 triệu TEU, tăng lần lượt {} và {} so với cùng kỳ năm 2017.")


def test_changes_said_respectively_without_a_base_are_unverified(tmp_path):
    rows = ["1,Tổng khối lượng hàng hóa thông qua cảng biển,triệu tấn,386", "2,Hàng container,triệu TEU,\"13,3\""]
    got = _verdicts(CANG.format("18%", "27%"), rows, tmp_path, period="2018-9T")
    assert dict(got)["18%"] == "unverified" and dict(got)["27%"] == "unverified", got


def test_changes_said_respectively_are_checked_against_their_rows(tmp_path):
    rows = ["1,Tổng khối lượng hàng hóa thông qua cảng biển,triệu tấn,386,\"327,1\"",
            "2,Hàng container,triệu TEU,\"13,3\",\"10,5\""]
    header = "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước"
    assert dict(_verdicts(CANG.format("18%", "27%"), rows, tmp_path, header, period="2018-9T")) == {
        "386 triệu tấn": "supported", "13,3 triệu": "supported", "18%": "derived", "27%": "derived"}
    got = dict(_verdicts(CANG.format("18%", "37%"), rows, tmp_path, header, period="2018-9T"))
    assert got["37%"] == "unsupported"


# zc-vinh-long-trung-tam-cong-tac-xa-hoi-2016-08: two rows share the value 2, so the row the words name is "stated"
BTXH = ("Cụ thể, các đối tượng được nuôi dưỡng gồm 90 người khuyết tật (thần kinh, vận động), 45 trẻ em tàn tật, có "
        "hoàn cảnh khó khăn, 31 người cao tuổi, {} trẻ vị thành niên và 2 đối tượng thuộc diện bảo vệ khẩn cấp.")
BTXH_ROWS = ["1,\"Người khuyết tật (thần kinh, vận động)\",người,90", "2,\"Trẻ em tàn tật, có hoàn cảnh khó khăn\",người,45",
             "3,Người cao tuổi,người,31", "4,Trẻ vị thành niên,người,2",
             "5,Đối tượng thuộc diện bảo vệ khẩn cấp,người,2"]


def test_a_value_stated_twice_under_another_row_s_own_words(tmp_path):
    assert [v for _, v in _verdicts(BTXH.format("2"), BTXH_ROWS, tmp_path)] == ["supported"] * 5
    got = _verdicts(BTXH.format("90"), BTXH_ROWS, tmp_path)
    assert got[3] == ("90", "unsupported"), got


# zc-tphcm-ha-noi-dai-hoc-tot-nghiep-2023: shares of listed parts, of the rest, and last year's rate in brackets
UNI_ROWS = ["II.1,Tổng số sinh viên chính quy tốt nghiệp,sinh viên,3.978", "II.2,Tốt nghiệp loại xuất sắc,sinh viên,43",
            "II.3,Tốt nghiệp loại giỏi,sinh viên,1.994", "II.4,Tốt nghiệp loại khá,sinh viên,1.602",
            "IV.1,Tổng số sinh viên tốt nghiệp,sinh viên,2.079", "IV.2,Tốt nghiệp loại trung bình,sinh viên,24"]
KTE = ("Trong lễ trao bằng tốt nghiệp 2023 của Trường Đại học Kinh tế TP.HCM cho 3.978 sinh viên chính quy, có 43 sinh "
       "viên xuất sắc, 1.994 sinh viên giỏi, 1.602 sinh viên khá. Tổng số sinh viên tốt nghiệp xuất sắc, giỏi, khá tại "
       "trường chiếm trên {}.")
SPKT = ("Trong số 2.079 sinh viên tốt nghiệp tháng 1 năm nay, chỉ có 24 sinh viên tốt nghiệp loại trung bình (chiếm "
        "1,15%) và khá, giỏi và xuất sắc lên tới {}.")


def test_a_share_of_the_parts_just_listed(tmp_path):
    assert dict(_verdicts(KTE.format("91%"), UNI_ROWS, tmp_path))["91%"] == "derived"
    assert dict(_verdicts(KTE.format("92%"), UNI_ROWS, tmp_path))["92%"] == "unsupported"


def test_the_share_of_the_rest(tmp_path):
    assert dict(_verdicts(SPKT.format("98,85%"), UNI_ROWS, tmp_path))["98,85%"] == "derived"
    assert dict(_verdicts(SPKT.format("98,58%"), UNI_ROWS, tmp_path))["98,58%"] == "unsupported"


def test_last_year_s_rate_in_brackets_after_the_rate_compared(tmp_path):
    text = ("Trong số 1.482 tân cử nhân, chỉ 63 sinh viên xếp loại trung bình, chiếm tỷ lệ 4,25%. Đáng chú ý, tỷ lệ sinh "
            "viên nhận bằng trung bình này đã cao hơn so với con số của năm ngoái (chỉ 3,33%).")
    got = dict(_verdicts(text, ["I.1,Tổng số tân cử nhân,sinh viên,1.482", "I.6,Tốt nghiệp loại trung bình,sinh viên,63"],
                         tmp_path, period="2023"))
    assert "3,33%" not in got and got["4,25%"] == "derived", got
