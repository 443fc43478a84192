"""Checker round 100 (chk100, issue 13): stop 61's ``xy-`` batch, and round 98's lost catch
(evaluations/sweep/checker-round100.md).

``linerate``: a share said after an amount is the amount's own sheet line's share (``đạt 22.296 tỷ đồng, chiếm 8,25%
tổng mức`` — II.1's amount, II.2's share: a swap round 98's ``rategroup`` let pass as the group's).
``wavelength``: a channel's frequency (``kênh FM 94Mhz``) is part of its name.
``plusname``: a model named by a sum (``mô hình “5+1”``) and the bracket spelling it out (``(5 CCB … giúp 1 CCB …)``).
``longspan``: a span of years opening a paragraph after a full stop's blank line (``đồng.\\n\\nTrong giai đoạn
2016-2021, …``) is read as one opening any other.
``wholepart``: a part said after ``trong đó`` is the twin of the whole's group (``còn gần 13.000 đối tượng …, trong đó
có hơn 5.000 …`` — C01's whole, C02's part).
"""

from __future__ import annotations

from types import SimpleNamespace

from service.checker.extract import extract_numbers
from service.checker.linerate import line_rate_after
from service.checker.wholepart import twin_of_whole_before
from tests.sweep_tables import case_line_verdicts, flagged, verdicts_by_text as _v

_VINHPHUC = "yl-vinh-phuc-cuc-thong-ke-ban-le-hang-hoa-dich-vu-2018-07"
_RADIO = "xy-hoa-binh-dai-ptth-tinh-phat-thanh-2020"
_CCB = "xy-ben-tre-hoi-ccb-tinh-giup-nhau-thoat-ngheo-2010-2020"
_QUEVO = "xy-bac-ninh-que-vo-hoi-khuyen-hoc-huyen-quy-khuyen-hoc-2021-08"
_TRUYNA = "xy-toan-quoc-cuc-canh-sat-truy-na-doi-tuong-truy-na-2016-08"
_THADS = "xv-toan-quoc-cuc-quan-ly-thads-thi-hanh-an-dan-su-2025-10t"


def _kinds(text):
    return [(m.raw.strip(), m.kind) for m in extract_numbers(text)]


# ---------------------------------------------------------------- 1. the share of the amount's own line

_BANLE = "doanh thu bán lẻ hàng hóa bảy tháng đạt 22.296 tỷ đồng, chiếm 85,78% tổng mức"
_LUUTRU = "ước đạt 2.144 tỷ đồng, chiếm 8,25% tổng mức"


def test_a_siblings_share_after_an_amount_is_caught():
    assert _v(_VINHPHUC, _BANLE)["85,78%"][0] == "supported"
    verdict, reason = _v(_VINHPHUC, _BANLE, _BANLE.replace("85,78%", "8,25%"))["8,25%"]
    assert flagged(verdict) and reason.startswith("Câu này nói về II.1-2"), reason   # was: supported (round 98)
    assert _v(_VINHPHUC, _LUUTRU)["8,25%"][0] == "supported"
    verdict, reason = _v(_VINHPHUC, _LUUTRU, _LUUTRU.replace("8,25%", "5,97%"))["5,97%"]
    assert flagged(verdict) and "II.2-2" in reason, reason


def test_round98s_rate_of_the_group_reads_as_before():
    tien = "thi hành xong gần 117.000 tỷ đồng, đạt tỷ lệ 31,6%"
    assert _v(_THADS, tien)["31,6%"][0] == "supported"
    verdict, reason = _v(_THADS, tien, tien.replace("31,6", "63"))["63%"]
    assert flagged(verdict) and reason.startswith("Câu này nói về B2"), reason


def _row(ma, line, muc="II", kind="percent"):
    return SimpleNamespace(fig=SimpleNamespace(ma=ma, row=line), muc=muc, kind=kind, values={"ky_bao_cao": 1})


def test_line_rate_negatives():
    amount, own, other = _row("II.1-LK", 12, kind="money"), _row("II.1-2", 12), _row("II.2-2", 13)
    text = "đạt 22.296 tỷ đồng, chiếm 8,25% tổng mức"
    end, at = text.index(" tỷ đồng") + len(" tỷ đồng"), text.index("8,25")
    assert line_rate_after(text, end, at, amount, other, [amount, own, other]) is own
    assert line_rate_after(text, end, at, amount, own, [amount, own, other]) is None   # its own line's already
    assert line_rate_after(text, end, at, amount, other, [amount, other]) is None      # the line keeps no share
    kept = _row("II.1-LK-TL", 12)   # a rate of change the loader kept is no share
    assert line_rate_after(text, end, at, amount, other, [amount, kept, other]) is None
    two = _row("II.1-3", 12)
    assert line_rate_after(text, end, at, amount, other, [amount, own, two, other]) is None
    far = "đạt 22.296 tỷ đồng, tăng 10,97% và chiếm 8,25%"
    assert line_rate_after(far, end, far.index("8,25"), amount, other, [amount, own, other]) is None
    assert line_rate_after(text, end, at, _row("II.1-3", 12), other, [own, other]) is None   # a percent amount


# ---------------------------------------------------------------- 2. a channel's frequency

def test_a_channels_frequency_is_its_name():
    line = "trên sóng kênh FM 94Mhz và sóng kênh FM 105Mhz. Kênh FM 94Mhz phát sóng với tổng thời lượng là 19h"
    v = _v(_RADIO, line)
    assert [t for t, (verdict, _) in v.items() if flagged(verdict)] == []   # were: 94, 105, 94 unsupported
    assert v["19"][0] == "supported"
    # vov.vn (Đài TNVN, 2019): the national channels' frequencies, a decimal comma, AM in kHz
    assert _kinds("Kênh VOV1 trên tần số FM 100MHz hoặc tần số AM 675KHz") == [("100MHz", "name"), ("675KHz", "name")]
    assert _kinds("Kênh VOV2 trên tần số FM 96,5MHz hoặc tần số AM 549KHz")[0] == ("96,5MHz", "name")


def test_what_a_channel_does_stays_a_figure():
    bad = "Kênh FM 94Mhz phát sóng với tổng thời lượng là 17h"
    verdict, _ = _v(_RADIO, "Kênh FM 94Mhz phát sóng với tổng thời lượng là 19h", bad)["17"]
    assert flagged(verdict)
    assert _kinds("trạm phát công suất 10 kW, phủ sóng bán kính 60 km")[0] == ("10", "count")


# ---------------------------------------------------------------- 3. a model named by a sum

def test_a_model_named_by_a_sum_and_its_gloss():
    line = "xây dựng 24 mô hình “5+1” (5 CCB có điều kiện giúp 1 CCB nghèo phát triển sinh kế giảm nghèo)"
    v = case_line_verdicts(_CCB, line)
    assert [(t, verdict) for t, verdict, _ in v if flagged(verdict)] == []   # were: 5 and 5 unsupported
    assert v[0][:2] == ("24", "supported")
    wrong = case_line_verdicts(_CCB, line, line.replace("24 mô", "42 mô"))
    assert flagged(wrong[0][1])
    # baodongkhoi.vn (2023), baovemoitruong.org.vn (Nghĩa Đàn): the gloss, an unquoted sum after its naming noun
    got = _kinds("mô hình “5+1” (5 hộ khá giàu giúp 1 hộ nghèo) giúp CCB thoát nghèo")
    assert all(k == "name" for _, k in got) and len(got) == 4
    assert _kinds("phát động thực hiện mô hình 15+1 trên địa bàn")[:2] == [("15", "name"), ("1", "name")]


def test_counts_beside_a_sum_named_model_stay_figures():
    # nongnghiep.vn (Bến Tre, 2017): the models counted before the name, the members after it
    got = _kinds("Bến Tre có 1.055 mô hình “5+1”, với 5.763 hội viên tự nguyện tham gia")
    assert got == [("1.055", "count"), ("5", "name"), ("1", "name"), ("5.763", "count")]
    got = _kinds("mô hình “5+1” (24 mô hình)")   # a bracket of other numbers is no gloss
    assert got[-1] == ("24", "count")


# ---------------------------------------------------------------- 4. a span of years after a blank line

def test_a_span_opening_a_paragraph_after_a_blank_line():
    line = "với số tiền trên 10 tỷ đồng; trao  800 suất học bổng với số tiền hơn 600 triệu đồng"
    v = _v(_QUEVO, line)
    assert all(verdict == "not_a_figure" for verdict, _ in v.values()), v   # were: all three unsupported
    fund = "quỹ do các thôn (làng, khu phố) quản lý 4,5 tỷ đồng"   # the stock's own paragraph reads as before
    assert _v(_QUEVO, fund)["4,5 tỷ đồng"][0] == "supported"
    assert flagged(_v(_QUEVO, fund, fund.replace("4,5", "5,4"))["5,4 tỷ đồng"][0])


# ---------------------------------------------------------------- 5. a part after «trong đó», of the whole's group

_CONLAI = "còn gần 13.000 đối tượng truy nã cần tập trung truy bắt và vận động đầu thú, trong đó có hơn 5.000 đối tượng"


def test_a_part_after_trong_do_is_of_the_wholes_group():
    v = _v(_TRUYNA, _CONLAI)
    assert v["13.000"][0] == "supported" and v["5.000"][0] == "supported"   # was: «B02 … = 121»
    for bad, of in (("121", "B02"), ("120", "A02")):   # the caught's and the arisen's parts: swaps
        verdict, reason = _v(_TRUYNA, _CONLAI, _CONLAI.replace("5.000", bad))[bad]
        assert flagged(verdict) and "C02" in reason and of in reason, reason


def test_twin_of_whole_negatives():
    text = "còn 13.000 đối tượng, trong đó có 5.000 đối tượng; bắt 453 đối tượng, 121 đối tượng nguy hiểm"
    ms = [SimpleNamespace(num_start=s, end=s + len(t), kind="count")
          for t in ("13.000", "5.000", "453", "121") for s in [text.index(t)]]
    where = [SimpleNamespace(sentence=0)] * 4
    c01, c02 = SimpleNamespace(muc="C"), SimpleNamespace(muc="C")
    b01, b02 = SimpleNamespace(muc="B"), SimpleNamespace(muc="B")
    rows = [c01, c02, b01, b02]
    assert twin_of_whole_before(text, 1, ms, where, rows, [b02, c02]) is c02
    assert twin_of_whole_before(text, 3, ms, where, rows, [b02, c02]) is None   # no «trong đó»
    assert twin_of_whole_before(text, 1, ms, where, [None, c02, b01, b02], [b02, c02]) is None   # a whole of no row
    assert twin_of_whole_before(text, 1, ms, [SimpleNamespace(sentence=0), SimpleNamespace(sentence=9)] * 2, rows,
                                [b02, c02]) is None   # the whole in another sentence
    avg = "tiếp nhận 1.364.806 vụ (trung bình 136.481 vụ), trong đó, hòa giải thành 1.096.572 vụ (trung bình 109.657 vụ)"
    ms = [SimpleNamespace(num_start=s, end=s + len(t), kind="count")
          for t in ("1.364.806", "136.481", "1.096.572", "109.657") for s in [avg.index(t)]]
    r6, r9 = SimpleNamespace(muc="tiếp nhận"), SimpleNamespace(muc="thành")
    assert twin_of_whole_before(avg, 3, ms, where, [None, r6, None, r9], [r6, r9]) is None   # a number between
