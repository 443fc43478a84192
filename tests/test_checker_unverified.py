"""``unverified``: a comparison the words declare whose base (last year's value, the plan) the table does not hold.

Agencies' tables often keep only this period's column, while the text compares ("tăng 16 vụ so với tháng Sáu",
"đạt 105% chỉ tiêu Nghị quyết"). Nothing in the table shows such a number wrong and nothing proves it: it is no
alarm on a person's text (``is_problem`` is false, ``baocao check`` exits 0), but a note for the reviewer
(``needs_review``: the .docx carries a comment), and a model's or the offline engine's draft never delivers it
unmarked. When the table does hold the base, or holds the number as a cell of its own, the verdict is as before.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal as D

from lxml import etree

from service.checker import check_text
from service.checker.model import NumberCheck
from service.draft import Draft, DraftSection, Paragraph
from service.docx import write_docx
from service.docx.sample import sample_spec
from service.figures.model import Figure, FigureTable

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Cục Cảnh sát PCCC và CNCH, tình hình cháy nổ tháng 7/2024 (evaluations/cases/heldout/t-cucpccc-2024-07)
PCCC = ("Kết quả phân tích, đánh giá cho thấy so với tháng 6/2024 số vụ cháy tăng 16 vụ; thiệt hại về người chết "
        "tăng 2 người; người bị thương giảm 5 người, tài sản giảm 15,5 tỷ đồng.")
# Hội Nông dân huyện Phú Tân, tổng kết năm 2020 (evaluations/cases/heldout/t-phutan-hnd-2020)
PHU_TAN = ("Công tác tuyên truyền được 7.586 cuộc có 99.974 lượt người dự (đạt 105% chỉ tiêu Nghị quyết); "
           "tỷ lệ hội viên tham gia sinh hoạt đạt gần 80% (tăng 3,5% so với đầu nhiệm kỳ).")


def verdicts(text, table, **kw):
    return [(n.text.strip(), n.verdict) for n in check_text(text, table, **kw).numbers if n.verdict != "not_a_figure"]


def pccc(**prior):
    return FigureTable([
        Figure("CH-01", "Số vụ cháy", "vụ", D(305), ky_truoc=prior.get("vu")),
        Figure("CH-02", "Số người chết do cháy", "người", D(9), ky_truoc=prior.get("chet")),
        Figure("CH-03", "Số người bị thương do cháy", "người", D(11), ky_truoc=prior.get("thuong")),
        Figure("CH-04", "Thiệt hại về tài sản do cháy", "tỷ đồng", D("19.4")),
    ], period="2024-07")


def test_changes_against_a_base_the_table_lacks_are_unverified_not_alarms():
    report = check_text(PCCC, pccc())
    got = [(n.text.strip(), n.verdict) for n in report.numbers if n.verdict != "not_a_figure"]
    assert got == [("16", "unverified"), ("2", "unverified"), ("5", "unverified"), ("15,5 tỷ đồng", "unverified")]
    assert report.problems == [] and len(report.to_review) == 4
    assert report.summary["unverified"] == 4 and report.summary["figures"] == 4
    why = report.numbers[-1].reason
    assert why.startswith("Chưa kiểm được") and "kỳ trước" in why   # "so với tháng 6/2024": the previous edition


def test_a_plan_share_and_a_change_since_an_earlier_date_without_their_base():
    table = FigureTable([
        Figure("TT-01", "Số cuộc tuyên truyền", "cuộc", D(7586)),
        Figure("TT-02", "Số lượt người dự tuyên truyền", "lượt người", D(99974)),
        Figure("HV-01", "Tỷ lệ hội viên tham gia sinh hoạt", "%", D(80)),
    ], period="2020")
    got = verdicts(PHU_TAN, table)
    assert ("105%", "unverified") in got and ("3,5%", "unverified") in got
    assert ("7.586", "supported") in got and ("99.974", "supported") in got and ("80%", "supported") in got


def test_with_the_base_in_the_table_a_wrong_change_is_still_an_alarm():
    # "so với tháng 6/2024" in July's report: the base is the previous edition's column (Kỳ trước)
    table = pccc(vu=D(289), chet=D(7), thuong=D(16))
    assert verdicts(PCCC, table)[:3] == [("16", "derived"), ("2", "derived"), ("5", "derived")]
    wrong = verdicts(PCCC.replace("tăng 16 vụ", "tăng 18 vụ").replace("giảm 5 người", "tăng 5 người"), table)
    assert wrong[:3] == [("18", "unsupported"), ("2", "derived"), ("5", "unsupported")]


def test_a_change_the_table_counts_as_a_row_is_checked_against_that_row():
    # Hội CCB huyện Chi Lăng, quý I/2022 (evaluations/cases/heldout/h-chilang-ccb-2022-h1)
    table = FigureTable([
        Figure("HV-01", "Số hội viên kết nạp mới", "hội viên", D(24)),
        Figure("HV-02", "Số hội viên chuyển đến", "hội viên", D(1)),
        Figure("HV-03", "Số hội viên giảm", "hội viên", D(42)),
    ], period="2022-Q1")
    text = "Trong quý đã kết nạp được 24 hội viên, chuyển đến 01; giảm 42 hội viên (do từ trần 41, chuyển nơi khác 01)."
    assert ("42", "supported") in verdicts(text, table)
    assert ("32", "unsupported") in verdicts(text.replace("giảm 42", "giảm 32"), table)


def test_the_docx_carries_a_comment_on_an_unverified_number(tmp_path):
    text = "Số vụ cháy tăng 16 vụ so với tháng Sáu."
    at = text.index("16")
    check = NumberCheck(text="16", start=at, end=at + 2, value=16.0, unit="vụ", kind="change", verdict="unverified",
                        reason="Chưa kiểm được: bảng số liệu không có số cùng kỳ năm trước để tính ra «16»")
    draft = Draft(title="Báo cáo", period="tháng 7/2024", series="x", sections=[
        DraftSection("I", "I", "Tình hình", 1, [Paragraph(text, [check])])])
    path = write_docx(draft, sample_spec("state"), tmp_path / "u.docx", author="baocao",
                      date=dt.datetime(2024, 8, 1, tzinfo=dt.timezone.utc))
    with zipfile.ZipFile(path) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
    said = ["".join(t.text for t in c.iter(f"{W}t")) for c in comments.iter(f"{W}comment")]
    assert len(said) == 1 and said[0].startswith("Chưa kiểm được: «16»")


def test_check_cli_reports_them_apart_and_exits_0(tmp_path):
    import json
    import subprocess

    from tests.test_checker_cli import BAOCAO

    (tmp_path / "r.txt").write_text(PCCC, encoding="utf-8")
    (tmp_path / "f.csv").write_text("STT,Chỉ tiêu,Đơn vị tính,Tháng 7/2024\n1,Số vụ cháy,vụ,305\n"
                                    "2,Số người chết do cháy,người,9\n3,Số người bị thương do cháy,người,11\n"
                                    "4,Thiệt hại về tài sản do cháy,tỷ đồng,\"19,4\"\n", encoding="utf-8")
    p = subprocess.run([BAOCAO, "check", tmp_path / "r.txt", "--figures", tmp_path / "f.csv", "--format", "json"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    summary = json.loads(p.stdout)["summary"]
    assert summary["unverified"] == 4 and summary["unsupported"] == 0
    t = subprocess.run([BAOCAO, "check", tmp_path / "r.txt", "--figures", tmp_path / "f.csv"],
                       capture_output=True, text=True, timeout=120)
    assert t.returncode == 0 and "4 unverified" in t.stdout
