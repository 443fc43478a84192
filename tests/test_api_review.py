"""The review desk through the API, on a real port: changes on the current version, no-op changes, hand edits
re-checked, concurrent accepts serialised (SQLite and PostgreSQL), carried sentences, PDF, form, offline docs.

The stand-in pipeline (tests/api_support.py) drafts two sections in seconds; here it also carries one sentence
from "last period" (as the offline engine records it) and, like the offline engine, leaves a section as it was
for an instruction it cannot carry out ("giữ nguyên …").
"""

from __future__ import annotations

import io
import re
import threading
import zipfile
from dataclasses import replace
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest
from test_api_flow import CSV, PRIOR_CSV, PRIOR_DOCX, SPEC, sse, upload_all

from tests.api_support import FakePipeline, running_service

pytestmark = pytest.mark.network
CARRIED = "Phát hiện 07 thương, phế binh nhận tiền tài trợ từ đối tượng Nguyễn Thức Lan."
PLAIN = "Tình hình an ninh chính trị cơ bản ổn định."


class CarryingPipeline(FakePipeline):
    async def arun(self, spec, on_event=None):
        from service.draft import Paragraph
        from service.drafting.carryover import find_carried

        draft = await super().arun(spec, on_event)
        first = draft.sections[0]
        paragraphs = first.paragraphs + [Paragraph(f"{PLAIN} {CARRIED}")]
        carried = [c.to_dict() for c in find_carried(paragraphs, [f"{PLAIN} {CARRIED}"])]
        draft.sections[0] = replace(first, paragraphs=paragraphs, provenance={**first.provenance,
                                                                             "carried_over": carried})
        return draft

    async def arewrite(self, draft, spec, section_path, instruction):
        if instruction.startswith("giữ nguyên"):
            return draft
        return await super().arewrite(draft, spec, section_path, instruction)


def _factory(s, engine):
    return CarryingPipeline(s, engine)


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    with running_service(tmp_path_factory.mktemp("review"), pipeline_factory=_factory) as s:
        yield s


def _drafted(svc, spec=None):
    drafter, reviewer = svc.client(svc.key("drafter", name="Chị Lan")), svc.client(svc.key("reviewer", name="Anh Tư"))
    upload_all(drafter)
    created = drafter.post("/api/drafts", json={"spec": spec or SPEC})
    assert created.status_code == 202, created.text
    did = created.json()["id"]
    assert sse(drafter, f"/api/drafts/{did}/events")[-1]["event"] == "done"
    return drafter, reviewer, did


def _vietnamese_problem(r, status: int, type_: str):
    assert r.status_code == status, r.text
    body = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert body["type"] == f"https://baocao.local/problems/{type_}"          # stable for clients
    assert re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", body["title"] + body["detail"], re.I), body
    return body


def test_a_change_that_changes_nothing_makes_no_version(svc):
    _, reviewer, did = _drafted(svc)
    r = reviewer.post(f"/api/drafts/{did}/sections/II/1/rewrite", json={"instruction": "giữ nguyên, trang trọng hơn"})
    assert r.status_code == 200 and r.json()["changed"] is False
    assert r.json()["detail"].startswith("Không có thay đổi")
    text = reviewer.get(f"/api/drafts/{did}").json()["draft"]["sections"][1]["paragraphs"][0]["text"]
    same = reviewer.post(f"/api/drafts/{did}/sections/II/1/edit", json={"text": f"  {text}  \n\n"})
    assert same.status_code == 200 and same.json()["changed"] is False
    assert [v["number"] for v in reviewer.get(f"/api/drafts/{did}/versions").json()] == [1]


def test_reject_then_rewrite_builds_on_the_current_version_and_accepts(svc):
    _, reviewer, did = _drafted(svc)
    v2 = reviewer.post(f"/api/drafts/{did}/sections/I/rewrite", json={"instruction": "viết gọn hơn"}).json()
    assert reviewer.post(f"/api/drafts/{did}/versions/{v2['number']}/reject").json()["status"] == "rejected"
    # asking to build on the rejected version is refused in Vietnamese, the default builds on the current one
    body = _vietnamese_problem(reviewer.post(f"/api/drafts/{did}/sections/I/rewrite",
                                             json={"instruction": "trang trọng hơn", "base": 2}), 409, "conflict")
    assert "bản hiện tại là phiên bản 1" in body["detail"]
    v3 = reviewer.post(f"/api/drafts/{did}/sections/I/rewrite", json={"instruction": "trang trọng hơn"}).json()
    assert v3["parent"] == 1 and v3["changed"] is True and v3["kind"] == "rewrite"
    assert reviewer.post(f"/api/drafts/{did}/versions/3/accept").json()["status"] == "accepted"
    assert reviewer.get(f"/api/drafts/{did}").json()["current_version"] == 3
    again = _vietnamese_problem(reviewer.post(f"/api/drafts/{did}/versions/3/accept"), 409, "conflict")
    assert "đã được chấp nhận" in again["detail"]


def test_a_hand_edit_is_rechecked_number_by_number(svc):
    _, reviewer, did = _drafted(svc)
    d = reviewer.get(f"/api/drafts/{did}").json()
    section = d["draft"]["sections"][1]
    good = next(c for c in section["paragraphs"][0]["checks"] if c["verdict"] == "supported")
    text = (f"Trong kỳ có {good['text']} {section['paragraphs'][0]['text'].split(good['text'], 1)[1].split(';')[0].strip()}"
            f"; riêng tháng cuối có 4.321 trường hợp mới.")
    r = reviewer.post(f"/api/drafts/{did}/sections/II/1/edit", json={"text": text})
    assert r.status_code == 201, r.text
    v = r.json()
    assert v["kind"] == "edit" and v["parent"] == 1 and v["status"] == "proposed" and "Anh Tư" in v["author"]
    checks = {c["text"]: c["verdict"] for c in v["section"]["paragraphs"][0]["checks"]}
    assert checks[good["text"]] == "supported" and checks["4.321"] == "unsupported"   # the wrong number is flagged
    assert [p["text"] for p in v["problems"]] == ["4.321"] and v["section"]["paragraphs"][0]["marked"]
    tracked = reviewer.get(f"/api/drafts/{did}/versions/{v['number']}/docx")
    xml = zipfile.ZipFile(io.BytesIO(tracked.content)).read("word/document.xml").decode()
    assert "<w:ins " in xml and "<w:del " in xml and "4.321" in xml                 # shown as a tracked change
    assert reviewer.post(f"/api/drafts/{did}/versions/{v['number']}/accept").status_code == 200


def _accept_together(reviewer_a, reviewer_b, did, a: int, b: int) -> list:
    barrier, out = threading.Barrier(2), {}

    def go(client, n):
        barrier.wait()
        out[n] = client.post(f"/api/drafts/{did}/versions/{n}/accept")

    threads = [threading.Thread(target=go, args=(c, n)) for c, n in ((reviewer_a, a), (reviewer_b, b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return [out[a], out[b]]


def concurrent_accepts_lose_nothing(svc, rounds: int = 4):
    """Two reviewers change two sections on the same version and accept at the same moment, ``rounds`` times."""
    drafter, reviewer, did = _drafted(svc)
    other = svc.client(svc.key("reviewer", name="Chị Hoa"))
    words = ["gọn", "rõ", "mạch lạc", "trang trọng", "súc tích", "chặt chẽ", "dễ hiểu", "cụ thể"]
    for i in range(rounds):
        cur = reviewer.get(f"/api/drafts/{did}").json()["current_version"]
        a = reviewer.post(f"/api/drafts/{did}/sections/I/rewrite", json={"instruction": f"{words[2 * i]} hơn"}).json()
        b = other.post(f"/api/drafts/{did}/sections/II/1/rewrite", json={"instruction": f"{words[2 * i + 1]} hơn"}).json()
        assert a["parent"] == b["parent"] == cur
        ra, rb = _accept_together(reviewer, other, did, a["number"], b["number"])
        assert sorted([ra.status_code, rb.status_code]) == [200, 409], (ra.text, rb.text)
        won, lost = (a, b) if ra.status_code == 200 else (b, a)
        loser = (rb if ra.status_code == 200 else ra).json()
        assert "vẫn được giữ" in loser["detail"] and loser["title"] == "Xung đột phiên bản"
        d = reviewer.get(f"/api/drafts/{did}").json()
        assert d["current_version"] == won["number"]
        texts = " ".join(p["text"] for s in d["draft"]["sections"] for p in s["paragraphs"])
        assert won["instruction"] in texts
        # the losing change is kept, re-applied on top, accepted: both changes are in the draft
        assert reviewer.get(f"/api/drafts/{did}/versions/{lost['number']}").json()["status"] == "proposed"
        re_ = reviewer.post(f"/api/drafts/{did}/versions/{lost['number']}/rebase")
        assert re_.status_code == 201, re_.text
        assert re_.json()["parent"] == won["number"] and re_.json()["kind"] == "rebase"
        assert reviewer.post(f"/api/drafts/{did}/versions/{re_.json()['number']}/accept").status_code == 200
        d = reviewer.get(f"/api/drafts/{did}").json()
        texts = " ".join(p["text"] for s in d["draft"]["sections"] for p in s["paragraphs"])
        assert won["instruction"] in texts and lost["instruction"] in texts


def test_concurrent_accepts_on_sqlite_lose_nothing(svc):
    concurrent_accepts_lose_nothing(svc)


def test_concurrent_accepts_on_postgresql_lose_nothing(pg_url, tmp_path):
    with running_service(tmp_path / "data", pipeline_factory=_factory, database_url=pg_url) as pg:
        concurrent_accepts_lose_nothing(pg, rounds=3)


def test_carried_sentences_are_listed_confirmed_and_leave_the_docx(svc):
    _, reviewer, did = _drafted(svc)
    d = reviewer.get(f"/api/drafts/{did}").json()
    carried = d["draft"]["sections"][0]["provenance"]["carried_over"]
    assert [(c["kind"], c["text"]) for c in carried] == [("unchanged", PLAIN), ("event", CARRIED)]
    assert d["carried"] == {"to_confirm": 2, "events": 1}
    docx = reviewer.get(f"/api/drafts/{did}/docx")
    comments = zipfile.ZipFile(io.BytesIO(docx.content)).read("word/comments.xml").decode()
    assert comments.count("Giữ nguyên từ kỳ trước — cần xác nhận") == 2
    ok = reviewer.post(f"/api/drafts/{did}/sections/I/carried/confirm", json={"sentence": PLAIN})
    assert ok.status_code == 200 and ok.json()["carried"] == {"to_confirm": 1, "events": 1}
    _vietnamese_problem(reviewer.post(f"/api/drafts/{did}/sections/I/carried/confirm",
                                      json={"sentence": "Câu không có."}), 404, "not-found")
    d = reviewer.get(f"/api/drafts/{did}").json()
    assert d["draft"]["sections"][0]["provenance"]["carried_over"][0]["confirmed"]["by"].startswith("Anh Tư")
    comments = zipfile.ZipFile(io.BytesIO(reviewer.get(f"/api/drafts/{did}/docx").content)) \
        .read("word/comments.xml").decode()
    assert comments.count("Giữ nguyên từ kỳ trước") == 1 and "Nguyễn Thức Lan" in comments
    # removing the sentence by hand: the edit drops it, the mark goes with it
    first = d["draft"]["sections"][0]
    text = "\n".join(p["text"].replace(CARRIED, "").strip() for p in first["paragraphs"])
    v = reviewer.post(f"/api/drafts/{did}/sections/I/edit", json={"text": text}).json()
    assert [c["text"] for c in v["section"]["provenance"]["carried_over"]] == [PLAIN]


def test_drafts_list_and_downloads_are_named_for_people(svc):
    drafter, reviewer, did = _drafted(svc)
    [row] = [d for d in reviewer.get("/api/drafts").json() if d["id"] == did]
    assert row["period"] == "6 tháng đầu năm 2024" and row["date"] == "2024-07-05" and row["author"] == "Chị Lan"
    assert row["title"] == SPEC["title"] and row["status"] == "done"
    r = reviewer.get(f"/api/drafts/{did}/docx")
    cd = r.headers["content-disposition"]
    utf8 = unquote(re.search(r"filename\*=UTF-8''(\S+)", cd).group(1))
    assert utf8 == "ham-thuan-bac-dan-van-qpan - 6 tháng đầu năm 2024 - v1.docx"
    assert 'filename="ham-thuan-bac-dan-van-qpan-6-thang-dau-nam-2024-v1.docx"' in cd


def test_pdf_of_a_version(svc):
    import shutil

    _, reviewer, did = _drafted(svc)
    r = reviewer.get(f"/api/drafts/{did}/versions/1/pdf", timeout=300)
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        body = _vietnamese_problem(r, 503, "service-unavailable")
        assert "LibreOffice" in body["detail"]
        return
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf" and r.content.startswith(b"%PDF-")
    assert ".pdf" in r.headers["content-disposition"]
    import pypdf

    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(r.content)).pages)
    assert "BÁO CÁO" in text and "Nơi nhận" in text


def test_pdf_without_libreoffice_is_a_clear_503(svc, monkeypatch):
    from service.api import pdf

    monkeypatch.setattr(pdf, "soffice", lambda: None)
    _, reviewer, did = _drafted(svc)
    body = _vietnamese_problem(reviewer.get(f"/api/drafts/{did}/pdf"), 503, "service-unavailable")
    assert "LibreOffice" in body["detail"] and ".docx" in body["detail"]


def test_draft_json_names_indicators_and_carries_the_frame(svc):
    _, reviewer, did = _drafted(svc)
    d = reviewer.get(f"/api/drafts/{did}").json()
    check = next(c for s in d["draft"]["sections"] for p in s["paragraphs"] for c in p["checks"]
                 if c["verdict"] == "supported")
    ind = d["indicators"][check["source"]["ma"]]
    assert ind["label"] and ind["unit"] and ind["ky_bao_cao"] == check["text"]
    frame = d["frame"]
    assert frame["national"] == ["ĐẢNG CỘNG SẢN VIỆT NAM"] and frame["issuer"] == "BAN CHỈ ĐẠO"
    assert frame["date_line"] == "Hàm Thuận Bắc, ngày 05 tháng 7 năm 2024" and frame["number"].startswith("Số")
    assert frame["recipients"][-1] == "- Lưu: VT." and frame["kind"] == "BÁO CÁO"


def test_preflight_warns_before_drafting(svc):
    drafter = svc.client(svc.key("drafter", agency="Bắc Bình"))
    ids = upload_all(drafter)
    ok = drafter.post("/api/drafts/preflight", json={"spec": SPEC}).json()
    assert ok["ok"] is True and ok["warnings"] == [] and ok["spec"]["figures"] == ids[CSV.name]
    no_prior = drafter.post("/api/drafts/preflight", json={"spec": {**SPEC, "prior": {}}}).json()
    assert {w["code"] for w in no_prior["warnings"]} == {"prior_figures_missing", "prior_report_missing"}
    # last period's "figures" from another series: no code in common
    other = "ma,chi_tieu,don_vi_tinh,ky_bao_cao\nXX-01,Số hội viên,người,10\n"
    up = drafter.post("/api/figures", files={"file": ("khac.csv", other.encode())},
                      data={"series": "loat-khac", "period": "2023-H1"})
    assert up.status_code == 201, up.text
    bad = drafter.post("/api/drafts/preflight", json={"spec": {**SPEC, "prior": {"figures": "khac.csv"}}}).json()
    [w] = [w for w in bad["warnings"] if w["code"] == "no_common_codes"]
    assert "không có mã chỉ tiêu nào chung" in w["message"]
    # dd/mm/yyyy is a date; a date that is none is refused in Vietnamese
    assert drafter.post("/api/drafts/preflight", json={"spec": {**SPEC, "date": "05/07/2024"}}).json()["spec"]["date"] \
        == "2024-07-05"
    body = _vietnamese_problem(drafter.post("/api/drafts/preflight", json={"spec": {**SPEC, "date": "31/02/2024"}}),
                               422, "invalid-input")
    assert "dd/mm/yyyy" in body["detail"]
    created = drafter.post("/api/drafts", json={"spec": {**SPEC, "prior": {}}})
    assert created.status_code == 202 and {w["code"] for w in created.json()["warnings"]} >= {"prior_figures_missing"}


def test_agency_defaults_and_the_prior_reports_suggestions(svc):
    drafter = svc.client(svc.key("drafter", agency="Hàm Tân"))
    reviewer = svc.client(svc.key("reviewer", agency="Hàm Tân"))
    assert drafter.get("/api/defaults").json()["data"] == {k: None for k in drafter.get("/api/defaults").json()["data"]}
    saved = drafter.put("/api/defaults", json={"profile": "state", "place": "Hàm Tân",
                                               "issuer": {"parent": "UBND HUYỆN HÀM TÂN", "name": "BAN CHỈ HUY QUÂN SỰ",
                                                          "number": "Số:    /BC-BCH"},
                                               "signer": {"title": "CHỈ HUY TRƯỞNG", "name": "Lê Văn Ba"},
                                               "recipients": ["UBND huyện", "Lưu: VT"]})
    assert saved.status_code == 200 and saved.json()["updated_by"].startswith("drafter")
    got = reviewer.get("/api/defaults").json()
    assert got["data"]["issuer"]["number"] == "Số:    /BC-BCH" and got["data"]["recipients"] == ["UBND huyện", "Lưu: VT"]
    _vietnamese_problem(reviewer.put("/api/defaults", json={"place": "x"}), 403, "not-allowed")
    other = svc.client(svc.key("drafter", agency="Tuy Phong"))
    assert other.get("/api/defaults").json()["data"]["place"] is None          # agencies stay apart
    _vietnamese_problem(drafter.put("/api/defaults", json={"profile": "royal"}), 422, "invalid-input")
    with open(PRIOR_DOCX, "rb") as f:
        rid = drafter.post("/api/reports", files={"file": (PRIOR_DOCX.name, f)}).json()["id"]
    form = drafter.get(f"/api/reports/{rid}/form").json()
    assert form["read"] and form["form"]["period"] == "6 tháng đầu năm 2024"       # the next edition's period
    assert "dân vận" in form["form"]["title"] and "2023" not in form["form"]["title"]


class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_api_docs_load_nothing_from_outside(svc, page):
    import httpx

    html = httpx.get(svc.url + page).text
    parser = _Assets()
    parser.feed(html)
    urls = parser.urls + re.findall(r"""(?:url|openapi_url|spec-url)\s*[:=]\s*['"]([^'"]+)['"]""", html)
    assert parser.urls, html
    assert not [u for u in urls if re.match(r"(?i)(https?:)?//", u)], urls        # nothing absolute, no CDN
    for u in parser.urls:
        r = httpx.get(svc.url + u)
        assert r.status_code == 200 and len(r.content) > 1000, u
    assert "fonts.googleapis" not in html and "cdn.jsdelivr" not in html


def test_errors_are_vietnamese_problem_json_with_stable_types(svc):
    import httpx

    with svc.client() as anon:
        _vietnamese_problem(anon.get("/api/drafts"), 401, "missing-or-invalid-api-key")
    reviewer = svc.client(svc.key("reviewer"))
    _vietnamese_problem(reviewer.get("/api/drafts/d_nope"), 404, "not-found")
    _vietnamese_problem(reviewer.get("/api/khong-co"), 404, "not-found")
    _vietnamese_problem(reviewer.post("/api/drafts/d_x/sections/I/edit", json={}), 422, "invalid-input")
    _vietnamese_problem(httpx.delete(svc.url + "/api/health"), 405, "method-not-allowed")
