"""Checker marks as highlights + Word comments; a rewrite as tracked changes."""

from __future__ import annotations

import datetime as dt
import zipfile

import docx
import pytest
from lxml import etree

from service.docx import write_docx, write_tracked_rewrite
from service.docx.revisions import align, diff_pieces
from service.docx.sample import sample_draft, sample_rewrite, sample_spec

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}
WHEN = dt.datetime(2024, 7, 4, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("docx_marks")
    previous, rewrite = sample_rewrite()
    return {
        "plain": write_docx(sample_draft(), sample_spec("state"), d / "plain.docx", author="baocao", date=WHEN),
        "tracked": write_tracked_rewrite(rewrite, previous, sample_spec("party"), d / "tracked.docx",
                                         author="Trần Thị Soát", date=WHEN),
    }


def _part(path, name):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def _comment_texts(path) -> dict[str, str]:
    root = _part(path, "word/comments.xml")
    return {c.get(f"{W}id"): "\n".join("".join(t.text for t in p.iter(f"{W}t")) for p in c.iter(f"{W}p"))
            for c in root.iter(f"{W}comment")}


def _commented(path) -> dict[str, tuple[str, set]]:
    """comment id -> (text between its range markers, highlight colours there)."""
    body = _part(path, "word/document.xml").find("w:body", NS)
    open_, out = {}, {}
    for el in body.iter():
        if el.tag == f"{W}commentRangeStart":
            open_[el.get(f"{W}id")] = ([], set())
        elif el.tag == f"{W}commentRangeEnd":
            text, hl = open_.pop(el.get(f"{W}id"))
            out[el.get(f"{W}id")] = ("".join(text), hl)
        elif el.tag == f"{W}r":
            for buf, hl in open_.values():
                buf.append("".join(t.text or "" for t in el.iter(f"{W}t")))
                hl.update(h.get(f"{W}val") for h in el.iter(f"{W}highlight"))
    return out


def test_every_problem_number_is_highlighted_exactly_with_a_comment_saying_why(files):
    path = files["plain"]
    comments, spans = _comment_texts(path), _commented(path)
    problems = [c for p in sample_draft().all_paragraphs() for c in p.checks if c.is_problem]
    assert len(problems) == 4
    by_text = {spans[i][0]: (comments[i], spans[i][1]) for i in spans}
    for check in problems:
        text, colours = by_text[check.text]          # the comment covers exactly the number
        assert colours == {"red" if check.verdict == "stale" else "yellow"}
        assert check.reason in text
        if check.expected:
            assert f"Bảng số liệu ghi: {check.expected}" in text
        if check.source:
            assert check.source["ma"] in text
    assert "Số liệu cũ: «7.385»" in by_text["7.385"][0]
    assert "Số liệu không có nguồn" in by_text["2,5%"][0]
    meta = _part(path, "word/comments.xml").find("w:comment", NS)
    assert meta.get(f"{W}author") == "baocao" and meta.get(f"{W}date").startswith("2024-07-04")


def test_supported_numbers_carry_no_mark(files):
    doc = docx.Document(files["plain"])
    p = next(p for p in doc.paragraphs if "1.702 lực lượng" in p.text)
    assert not p._p.findall(".//w:highlight", NS) and not p._p.findall(".//w:commentRangeStart", NS)


def test_marked_paragraph_is_highlighted_with_the_engine_note(files):
    spans, comments = _commented(files["plain"]), _comment_texts(files["plain"])
    [(cid, (text, colours))] = [(i, s) for i, s in spans.items() if s[0].startswith("Phối hợp mở 01 lớp")]
    assert colours == {"cyan"}
    assert comments[cid].startswith("Đoạn cần người soát: Không tìm thấy số học viên")


def test_rewrite_is_tracked_word_by_word_with_author_and_date(files):
    root = _part(files["tracked"], "word/document.xml")
    ins, dels = root.findall(".//w:ins", NS), root.findall(".//w:del", NS)
    assert ins and dels
    for el in ins + dels:
        assert el.get(f"{W}author") == "Trần Thị Soát" and el.get(f"{W}date") == "2024-07-04T09:30:00Z"
    deleted = ["".join(t.text for t in d.iter(f"{W}delText")) for d in dels]
    inserted = ["".join(t.text for t in i.iter(f"{W}t")) for i in ins]
    assert "2,5%" in deleted and "2,1%" in inserted          # a figure is one token, not "2" "," "5"
    assert "155" in deleted and "160" in inserted
    assert " Tổ chức gặp mặt, động viên gia đình các tân binh trước ngày nhập ngũ." in inserted
    assert not any(d.findall(f".//{W}t") for d in dels)      # deleted text only in w:delText
    authors = {c.get(f"{W}author") for c in _part(files["tracked"], "word/comments.xml")}
    assert authors == {"baocao"}                               # the checker comments, the reviewer revises
    # rejecting every change gives back the previous text; accepting them, the rewrite
    previous, rewrite = sample_rewrite()
    p24 = next(p for p in root.iter(f"{W}p") if "Hội trại tòng quân" in _version(p, accept=True))
    assert _version(p24, accept=False) == _section(previous, "2.4").paragraphs[0].text
    assert _version(p24, accept=True) == _section(rewrite, "2.4").paragraphs[0].text


def _section(draft, number):
    return next(s for s in draft.sections if s.number == number)


def _version(p, *, accept: bool) -> str:
    out = []
    for t in p.iter(f"{W}t", f"{W}delText"):
        inserted = any(a.tag == f"{W}ins" for a in t.iterancestors())
        if (t.tag == f"{W}delText" and not accept) or (t.tag == f"{W}t" and (accept or not inserted)):
            out.append(t.text or "")
    return "".join(out)


def test_unchanged_sections_are_not_tracked_and_comment_refs_stay_out_of_insertions(files):
    root = _part(files["tracked"], "word/document.xml")
    for p in root.iter(f"{W}p"):
        text = "".join(t.text for t in p.iter(f"{W}t"))
        if text.startswith("Trong 6 tháng, Mặt trận"):
            assert not p.findall(".//w:ins", NS) and not p.findall(".//w:del", NS)
            assert p.findall(".//w:highlight", NS)           # its stale number still marked
    for ref in root.iter(f"{W}commentReference"):
        assert not any(a.tag in (f"{W}ins", f"{W}del") for a in ref.iterancestors())


def test_diff_pieces_folds_spaces_into_changes():
    pieces = diff_pieces("có 155 thanh niên trúng tuyển", "có 160 thanh niên đã trúng tuyển")
    assert [(p.kind, p.text) for p in pieces] == [
        ("equal", "có "), ("del", "155"), ("ins", "160"), ("equal", " thanh niên "), ("ins", "đã "),
        ("equal", "trúng tuyển")]
    new = "có 160 thanh niên đã trúng tuyển"
    assert all(new[p.start:p.start + len(p.text)] == p.text for p in pieces if p.kind != "del")
    assert diff_pieces("a b c", "a b c")[0].kind == "equal"
    replaced = diff_pieces("tăng 5 vụ", "giảm 7 vụ")
    assert [(p.kind, p.text) for p in replaced] == [("del", "tăng 5"), ("ins", "giảm 7"), ("equal", " vụ")]


def test_align_pairs_paragraphs():
    assert align(["a", "b", "c"], ["a", "B", "c", "d"]) == [(0, 0), (1, 1), (2, 2), (None, 3)]
    assert align(["a", "b"], ["b"]) == [(0, None), (1, 0)]


def test_problem_number_inside_an_insertion_and_offsets_that_drifted(tmp_path):
    from service.checker.model import NumberCheck
    from service.draft import Draft, DraftSection, Paragraph

    def draft(text, checks):
        return Draft(title="Báo cáo", period="năm 2024", series="x", sections=[
            DraftSection("PHẦN I", "PHẦN I", "Kết quả", 1, [Paragraph(text, checks)])])

    old = "Tổ chức 03 lớp, đạt 2,5% chỉ tiêu."
    new = "Tổ chức 03 lớp, đạt 12,5% chỉ tiêu giao."
    bad = NumberCheck(text="12,5%", start=new.index("12,5%"), end=new.index("12,5%") + 5, value=12.5,
                      unit="%", kind="percent", verdict="unsupported", reason="không có nguồn")
    drifted = NumberCheck(text="03", start=0, end=2, value=3, unit=None, kind="count", verdict="stale",
                          reason="số cũ", expected="04 lớp")                      # offsets wrong: found by text
    path = write_tracked_rewrite(draft(new, [bad, drifted]), draft(old, []), sample_spec("state"),
                                 tmp_path / "t.docx", author="R", date=WHEN)
    spans = _commented(path)
    assert sorted(s[0] for s in spans.values()) == ["03", "12,5%"]
    root = _part(path, "word/document.xml")
    start = root.find(".//w:ins/w:commentRangeStart", NS)        # range opens inside the insertion...
    assert start is not None
    for ref in root.iter(f"{W}commentReference"):                # ...its reference sits outside it
        assert not any(a.tag == f"{W}ins" for a in ref.iterancestors())
    heading = next(p for p in docx.Document(path).paragraphs if p.style.name == "Heading 1")
    assert heading.text == "PHẦN I KẾT QUẢ" and heading.alignment == 1


# --------------------------------------------------------------------------- review desk: what a reviewer reads

def _review_draft():
    """The sample with what real drafts carry: a marked paragraph whose number is also a problem, carried
    sentences (one confirmed), a repeated section number, last period's last line ending in ./."""
    from service.checker.model import NumberCheck
    from service.draft import DraftSection, Paragraph
    from service.drafting.carryover import find_carried

    draft = sample_draft()
    event = ("Phát hiện 07 thương, phế binh tại địa phương tham gia nhận tiền tài trợ từ đối tượng Nguyễn Thức Lan "
             "và Hội tưởng nhớ tri ân tại Mỹ.")
    plain = "An ninh nội bộ, an ninh kinh tế cơ bản ổn định."
    s22 = _section(draft, "2.2")
    s22.paragraphs.append(Paragraph(f"{plain} {event}"))
    carried = [c.to_dict() for c in find_carried(s22.paragraphs, [f"{plain} {event}"])]
    carried[0]["confirmed"] = {"by": "Anh Tư", "at": "2024-07-05"}
    s22.provenance = {"carried_over": carried}
    s25 = _section(draft, "2.5")
    text = "Phối hợp mở 01 lớp, có 999 người tham gia."
    bad = NumberCheck(text="999", start=text.index("999"), end=text.index("999") + 3, value=999.0, unit="người",
                      kind="count", verdict="unsupported", reason="không có trong bảng số liệu",
                      source={"ma": "GD-03", "column": "ky_bao_cao"}, expected="62 người")
    s25.paragraphs = [Paragraph(text, [bad], marked=True, note="“999” không có nguồn: không có trong bảng số liệu")]
    draft.sections.append(DraftSection("III~2", "III", "PHƯƠNG HƯỚNG, NHIỆM VỤ", 1, [
        Paragraph("Làm tốt công tác tuyển quân năm 2025./.")]))
    return draft


@pytest.fixture(scope="module")
def review_docx(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx_review") / "review.docx"
    return write_docx(_review_draft(), sample_spec("party"), path, date=WHEN,
                      indicators={"GD-03": {"label": "Số người dự lớp bồi dưỡng kiến thức QP-AN", "unit": "người"}})


def test_one_comment_per_problem_in_a_reviewers_words(review_docx):
    comments, spans = _comment_texts(review_docx), _commented(review_docx)
    on_999 = [comments[i] for i, (text, _) in spans.items() if "999" in text]
    assert len(on_999) == 1                                     # not the paragraph's note a second time
    assert "chỉ tiêu GD-03 «Số người dự lớp bồi dưỡng kiến thức QP-AN», cột Kỳ báo cáo" in on_999[0]
    everything = "\n".join(comments.values())
    for raw in ("ky_bao_cao", "cung_ky", "ke_hoach"):
        assert raw not in everything


def test_carried_sentences_are_highlighted_with_a_comment_unless_confirmed(review_docx):
    comments, spans = _comment_texts(review_docx), _commented(review_docx)
    carried = {text: (comments[i], hl) for i, (text, hl) in spans.items() if "kỳ trước" in comments[i]}
    [(text, (comment, colours))] = carried.items()
    assert text.startswith("Phát hiện 07 thương") and colours == {"lightGray"}
    assert comment.startswith("Giữ nguyên từ kỳ trước — cần xác nhận: nêu tên người «Nguyễn Thức Lan»")
    assert not any("An ninh nội bộ" in t for t in carried)      # confirmed by a reviewer: no comment


def test_a_repeated_section_number_is_flagged_on_its_heading(review_docx):
    comments, spans = _comment_texts(review_docx), _commented(review_docx)
    [comment] = [comments[i] for i, (text, _) in spans.items() if text.startswith("III. PHƯƠNG HƯỚNG")]
    assert comment.startswith("Số mục «III» trùng với mục «III. ĐÁNH GIÁ CHUNG»")


def test_the_report_ends_with_one_end_mark(review_docx):
    text = "\n".join(p.text for p in docx.Document(review_docx).paragraphs)
    assert text.count("./.") == 1
    assert "tuyển quân năm 2025.\n" in text                # last period's last line lost its ./.
    closing = [p.text for p in docx.Document(review_docx).paragraphs if p.text.startswith("Trên đây")]
    assert closing and closing[0].endswith("./.")
