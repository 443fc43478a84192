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


def test_the_prior_edition_teaches_no_count_of_a_noun_its_table_counts_for_the_period():
    """Hàm Thuận Bắc 2023 (corpus): the prior table counts "thanh niên" (TQ-01), so another count of them that the
    table lacks is a figure of that period left out of it, and carried over unchanged it is stale, not standing."""
    prior_table = FigureTable([fig("TQ-01", "Số thanh niên trúng tuyển lên đường nhập ngũ", "thanh niên", 155)],
                              period="2023-H1")
    prior = "Có 155 thanh niên trúng tuyển lên đường nhập ngũ. Phối hợp với 06 đoàn thể; có 77 thanh niên là người dân tộc."
    this = "Phối hợp với 06 đoàn thể; có 77 thanh niên là người dân tộc."
    verdicts = [(n.text.strip(), n.verdict) for n in check_text(this, TABLE, prior_table, prior_text=prior).numbers]
    assert verdicts == [("06", "standing"), ("77", "unsupported")]


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


def test_the_figures_loader_skips_the_standing_facts_sheet(tmp_path):
    import openpyxl

    from service.figures.load import load_table

    wb = openpyxl.Workbook()
    wb.active.title = "Số liệu cố định"   # first, and its headers look like a figures table
    wb.active.append(["Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu"])
    wb.active.append(["CD-01", "Số xã, thị trấn", "xã, thị trấn", 16])
    ws = wb.create_sheet("Số liệu 6 tháng")
    ws.append(["Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo"])
    ws.append(["CH-03", "Số băng rôn tuyên truyền", "cái", 34])
    wb.save(tmp_path / "bang.xlsx")
    assert load_table(tmp_path / "bang.xlsx").codes() == ["CH-03"]
    assert [(x.value, x.noun) for x in read_standing(tmp_path / "bang.xlsx")] == [(16, "xã, thị trấn")]


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
    with pytest.raises(InputError, match=r"bad.csv.*dòng 2, cột «Số liệu».*mười sáu.*không phải là số"):
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


# ---------------------------------------------------------------- through drafting: spec, prior edition, .docx

def test_drafting_checks_with_the_standing_facts_and_the_docx_carries_them(tmp_path):
    """The spec's ``standing:`` and the prior edition's counts that were no row reach every check of the draft;
    ``baocao check`` on the written .docx gives them the same verdict; numeric precision leaves them out."""
    import json
    import os

    import yaml

    from evaluations.metrics import numeric_counts
    from service.checker import check_file
    from service.figures.load import load_table

    fixtures = ROOT / "tests" / "fixtures" / "reports"
    prior = tmp_path / "ky-truoc.txt"
    prior.write_text((fixtures / "ccb-duc-linh-2023-h1-news.txt").read_text(encoding="utf-8").replace(
        "Các cấp Hội phối hợp", "Các cấp Hội duy trì 86 chi hội và 9 câu lạc bộ cựu chiến binh. Các cấp Hội phối hợp"),
        encoding="utf-8")
    spec = {"series": "duc-linh-hoi-ccb", "title": "Kết quả công tác Hội và phong trào cựu chiến binh",
            "period": "6 tháng đầu năm 2024", "profile": "state",
            "issuer": {"parent": "HỘI CỰU CHIẾN BINH TỈNH BÌNH THUẬN", "name": "HỘI CỰU CHIẾN BINH HUYỆN ĐỨC LINH"},
            "place": "Đức Linh", "date": "2024-07-10", "figures": str(fixtures / "ccb-duc-linh-2024-h1.csv"),
            "prior": {"report": str(prior), "figures": str(fixtures / "ccb-duc-linh-2023-h1.csv")},
            "standing": [{"value": 86, "noun": "chi hội", "label": "Số chi hội"}]}
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "BAOCAO_DATA_DIR": str(tmp_path / "data"), "BAOCAO_NO_PROGRESS": "1"}
    env.pop("BAOCAO_LLM_BASE_URL", None)
    env.pop("BAOCAO_LLM_MODEL", None)
    out, js = tmp_path / "bao-cao.docx", tmp_path / "bao-cao.json"
    res = subprocess.run([str(ROOT / ".venv" / "bin" / "baocao"), "draft", str(tmp_path / "spec.yaml"), "--out",
                          str(out), "--json", str(js)], capture_output=True, text=True, env=env, timeout=600)
    assert res.returncode == 0, res.stderr
    draft = json.loads(js.read_text(encoding="utf-8"))
    facts = {(f["value"], f["noun"], f["source"]) for f in draft["provenance"]["standing"]}
    assert ("86", "chi hội", "list") in facts and ("9", "câu lạc bộ", "prior") in facts
    checks = [c for s in draft["sections"] for p in s["paragraphs"] for c in p["checks"]]
    verdicts = {c["text"].strip(): c["verdict"] for c in checks}
    assert verdicts["86"] == "standing" and verdicts["9"] == "standing", verdicts
    report = check_file(out, load_table(fixtures / "ccb-duc-linh-2024-h1.csv"))
    assert {n.text.strip(): n.verdict for n in report.numbers if n.text.strip() in ("86", "9")} == \
        {"86": "standing", "9": "standing"}
    from service.checker.model import NumberCheck

    counted = numeric_counts([NumberCheck(**{k: v for k, v in c.items()}) for c in checks])
    assert counted["numbers_figures"] == sum(c["verdict"] not in ("not_a_figure", "standing") for c in checks)
