"""Standing facts: numbers that describe the agency or its area, not the period.

From the agency's list, from the prior edition, by grammar; a changed one is flagged.
Sentences from the Bù Đăng 2020 report (corpus), Cà Mau (hoinongdan.camau.gov.vn, 2019),
Khánh Hòa/Châu Phú (chauphu.angiang.gov.vn, 2018), Vinh Hà (vinhha.thuathienhue.gov.vn, 2022).
"""

import subprocess
from decimal import Decimal as D

import pytest

from service.checker import check_text
from service.checker.standing import StandingFact, read_standing
from service.errors import InputError
from service.figures.model import Figure, FigureTable
from tests.conftest import ROOT


def fig(ma, chi_tieu, unit, ky, kh=None, don_vi="", muc=""):
    return Figure(ma, chi_tieu, unit, D(str(ky)), None, None if kh is None else D(str(kh)), don_vi, muc)


TABLE = FigureTable([
    fig("CH-03", "Số băng rôn tuyên truyền", "cái", 34),
    fig("TC-04", "Chi hội hoàn thành nghị quyết về kết nạp", "chi hội", 593),
    fig("QS-01", "Số xã tổ chức ra quân huấn luyện", "xã", 4),
], period="2020-H1")


def got(text, **kw):
    return [(n.text.strip(), n.verdict) for n in check_text(text, TABLE, **kw).numbers if n.verdict != "not_a_figure"]


def test_a_listed_fact_holds_and_a_changed_one_is_flagged():
    facts = [StandingFact(D(6), "đoàn thể"), StandingFact(D(16), "xã, thị trấn")]
    text = "Ban CHQS huyện phối hợp với 06 đoàn thể của huyện chỉ đạo Ban CHQS 16 xã, thị trấn treo 34 băng rôn."
    assert got(text, standing=facts) == [("06", "standing"), ("16", "standing"), ("34", "supported")]
    n = check_text(text.replace("06 đoàn thể", "07 đoàn thể"), TABLE, standing=facts).numbers[0]
    assert n.verdict == "unsupported" and n.expected == "07".replace("7", "6") and "6 đoàn thể" in n.reason


def test_a_quote_places_a_fact_whose_noun_stands_before_the_number():
    facts = [StandingFact(D(24), "cơ sở đoàn", quote="Tổng số cơ sở đoàn trong toàn huyện là 24")]
    assert got("Tổng số cơ sở đoàn trong toàn huyện là 24, treo 34 băng rôn.", standing=facts)[0] == ("24", "standing")


def test_the_prior_edition_teaches_its_counts_that_were_no_row():
    prior = "Ban CHQS huyện phối hợp với 06 đoàn thể của huyện, treo 30 băng rôn."
    assert got("Ban CHQS huyện phối hợp với 06 đoàn thể của huyện.", prior_text=prior) == [("06", "standing")]
    n = check_text("Ban CHQS huyện phối hợp với 08 đoàn thể của huyện.", TABLE, prior_text=prior).numbers[0]
    assert n.verdict == "unsupported" and "báo cáo kỳ trước" in n.reason and n.expected == "06"


def test_grammar_the_make_up_of_the_area_or_agency():
    assert got("Toàn huyện có 16 xã, thị trấn; các xã treo 34 băng rôn.") == [("16", "standing"), ("34", "supported")]
    assert got("Toàn tỉnh có 593/942 chi hội hoàn thành nghị quyết.") == [("593", "supported"), ("942", "standing")]
    assert got("Có 9/9 ấp đạt danh hiệu ấp văn hóa.") == [("9", "standing"), ("9", "standing")]
    area = ("Xã cách trung tâm huyện 13 Km, chiều dài của xã 7 km, có diện tích đất tự nhiên là 2.941,86 ha. "
            "Dân số: 2782 hộ, 11.376 khẩu.")
    assert {v for _, v in got(area)} == {"standing"}


def test_grammar_never_hides_a_count_the_table_keeps():
    # the table counts communes that trained: "3 xã" is a wrong figure, not the area's make-up
    assert got("Toàn huyện có 3 xã tổ chức ra quân huấn luyện.") == [("3", "unsupported")]
    assert got("Toàn huyện có 4 xã tổ chức ra quân huấn luyện.") == [("4", "supported")]


def test_read_standing_from_csv_and_from_the_workbook_sheet(tmp_path):
    f = tmp_path / "co-dinh.csv"
    f.write_text("SỐ LIỆU CỐ ĐỊNH CỦA HUYỆN\n\nChỉ tiêu;Đơn vị tính;Số liệu;Ghi chú\n"
                 "Số xã, thị trấn;xã, thị trấn;16;\nSố đoàn thể phối hợp;đoàn thể;06;“06 đoàn thể”\n", encoding="utf-8")
    facts = read_standing(f)
    assert [(x.value, x.noun, x.quote) for x in facts] == [(16, "xã, thị trấn", None), (6, "đoàn thể", "“06 đoàn thể”")]
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Số liệu"
    wb.active.append(["Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo"])
    ws = wb.create_sheet("Số liệu cố định")
    ws.append(["Chỉ tiêu", "Đơn vị tính", "Số liệu"])
    ws.append(["Số chi hội", "chi hội", 13])
    wb.save(tmp_path / "bang.xlsx")
    assert [(x.value, x.noun) for x in read_standing(tmp_path / "bang.xlsx")] == [(13, "chi hội")]
    bad = tmp_path / "bad.csv"
    bad.write_text("Chỉ tiêu,Đơn vị tính,Số liệu\nSố xã,xã,mười sáu\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.csv.*row 2, column 'Số liệu'.*mười sáu"):
        read_standing(bad)


def test_cli_reads_standing_facts_and_the_prior_report(tmp_path):
    baocao = str(ROOT / ".venv" / "bin" / "baocao")
    table = tmp_path / "bang.csv"
    table.write_text("ma,chi_tieu,don_vi_tinh,ky_bao_cao\nCH-03,Số băng rôn tuyên truyền,cái,34\n", encoding="utf-8")
    text = tmp_path / "bao-cao.txt"
    text.write_text("Ban CHQS huyện phối hợp với 06 đoàn thể của huyện treo 34 băng rôn.\n", encoding="utf-8")
    facts = tmp_path / "co-dinh.csv"
    facts.write_text("Chỉ tiêu,Đơn vị tính,Số liệu\nĐoàn thể phối hợp,đoàn thể,6\n", encoding="utf-8")
    prior = tmp_path / "ky-truoc.txt"
    prior.write_text("Ban CHQS huyện phối hợp với 06 đoàn thể của huyện treo 30 băng rôn.\n", encoding="utf-8")
    for extra in (["--standing", str(facts)], ["--prior-report", str(prior)]):
        p = subprocess.run([baocao, "check", str(text), "--figures", str(table), "--format", "json", *extra],
                           capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stdout + p.stderr
