"""The web page, end to end in headless Chromium (Debian's chromium + chromium-driver, via Selenium).

The API runs the real pipeline (offline engine, no model).  A drafter connects, uploads this period's and
last period's tables and a prior report, fills the draft form (no JSON; a warning shows while last period's
table is left out), drafts and watches the SSE progress.  A reviewer opens the draft from the list (title,
period, date, author, status), sees last period's sections beside the new ones, numbers coloured with their
indicator in the tooltip and carried-over sentences marked; asks for a rewrite, rejects it (the page returns
to the current version), asks for one that changes nothing (said so, no version), rewrites again and accepts,
edits a section by hand with a number no table holds (flagged), confirms a carried sentence, downloads the
.docx and the PDF and opens the print preview.  Every message, status and tooltip the test sees must be
Vietnamese.

The prior report is a short .txt in the real 2023 report's shape (embedding the whole report costs ~40 s
here).  Screenshots go to the test's tmp dir and to docs/ (web-page.png, review-desk.png, print-preview.png)
when missing or when BAOCAO_UPDATE_SCREENSHOT=1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from conftest import FIGURES, ROOT

from tests.api_support import running_service

pytestmark = pytest.mark.network
CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"
PRIOR_CSV = FIGURES / "ham-thuan-bac-2023-h1.csv"
SERIES = "ham-thuan-bac-dan-van-qpan"
UNSUPPORTED = "Trong đó có 777 thanh niên là người dân tộc thiểu số."
# No numeral, so the offline engine's "ngắn gọn" (keep the first sentence and those with figures) drops it.
WORDY = "Công tác tuyển quân được thực hiện đúng quy trình, công khai, dân chủ, bảo đảm chất lượng."
EVENT = ("Phát hiện 07 thương, phế binh tại địa phương tham gia nhận tiền tài trợ từ đối tượng Nguyễn Thức Lan "
         "và Hội tưởng nhớ tri ân tại Mỹ.")
STEADY = "An ninh nội bộ, an ninh kinh tế, văn hoá - tư tưởng, an ninh thông tin cơ bản ổn định."
PRIOR_REPORT = f"""Kết quả phối hợp hoạt động công tác dân vận
trên lĩnh vực quốc phòng - an ninh 6 tháng đầu năm 2023

I. TÌNH HÌNH CHUNG

Trong 6 tháng đầu năm, trên địa bàn huyện diễn ra các hoạt động kỷ niệm chào mừng các ngày lễ, tết như: \
Tết Nguyên đán Quý Mão năm 2023; tình hình tư tưởng cán bộ và Nhân dân trong huyện cơ bản ổn định, \
phấn khởi lao động, sản xuất.

II. KẾT QUẢ PHỐI HỢP HOẠT ĐỘNG

2.2. Phối hợp nắm bắt tình hình liên quan đến quốc phòng - an ninh

{STEADY} {EVENT}

2.4. Phối hợp thực hiện công tác tuyển quân

Phối hợp triển khai thực hiện tốt Hội trại tòng quân và Lễ giao nhận quân năm 2023. Có 155 thanh niên \
trúng tuyển lên đường nhập ngũ, trong đó có 03 đảng viên, đạt 1,9%. Các ban, ngành, đoàn thể huyện đã \
thăm hỏi, tặng quà động viên 155 thanh niên lên đường nhập ngũ (1.000.000đ/suất), với tổng số tiền là \
155 triệu đồng. {WORDY} {UNSUPPORTED}
"""
# English a user must never read: statuses, stage messages, raw column names.
ENGLISH = re.compile(r"\b(proposed|accepted|rejected|queued|running|done|failed|error|conflict|version|draft|"
                     r"not found|invalid|loading|drafting|indexing|complete|supported|unsupported|stale|"
                     r"ky_bao_cao|cung_ky|ke_hoach)\b", re.I)


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="pip install selenium")
    if not (CHROMIUM.exists() and DRIVER.exists()):
        pytest.skip("chromium / chromium-driver not installed (apt-get install chromium chromium-driver)")
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager look for drivers online
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1500,1000"):
        opts.add_argument(flag)
    opts.add_experimental_option("prefs", {"download.default_directory": str(tmp_path / "downloads"),
                                           "download.prompt_for_download": False})
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(DRIVER)), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(fn, timeout=30.0, what="condition"):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            result = fn()
            if result:
                return result
        except Exception as exc:  # element not there yet
            last = exc
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}" + (f" ({last!r})" if last else ""))


class Page:
    """The page as a user sees it, and every text it showed (to check that all of it is Vietnamese)."""

    def __init__(self, driver):
        from selenium.webdriver.common.by import By

        self.b, self.By, self.seen = driver, By, []

    def find(self, sel):
        return self.b.find_element(self.By.CSS_SELECTOR, sel)

    def all(self, sel):
        return self.b.find_elements(self.By.CSS_SELECTOR, sel)

    def type(self, sel, text):
        box = self.find(sel)
        box.clear()
        box.send_keys(text)

    def text(self, sel) -> str:
        t = self.find(sel).text
        self.seen.append(t)
        return t

    def msg(self, sel, contains, timeout=60) -> str:
        """Wait for a message in the slot ``sel`` (near the control the user used) containing ``contains``."""
        return wait_for(lambda: (t := self.text(sel)) and contains in t and t, timeout=timeout,
                        what=f"message «{contains}» in {sel}")

    def section_msg(self, path, contains, timeout=120) -> str:
        return self.msg(f'#doc .msg-slot[data-path="{path}"]', contains, timeout)

    def select(self, sel, text):
        from selenium.webdriver.support.ui import Select

        Select(self.find(sel)).select_by_visible_text(text)

    def option_text(self, sel, contains) -> str:
        return next(o.text for o in self.all(f"{sel} option") if contains in o.text)

    def numbers(self, verdict):
        # read in one script: the page may render the draft again between finding the numbers and reading them
        # (a stale element, seen once under load at stop 59)
        return self.b.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());",
            f"#doc .current .num.{verdict}")

    def collect(self):
        """Everything a user reads now: messages, statuses, lists, options, tooltips."""
        for sel in ("#status", ".msg", "#events", "#draft-meta", "#drafts", "#version", "#form-warnings",
                    "#draft-warnings", "#review-bar", ".badge", "#fig-notes"):
            self.seen += [e.text for e in self.all(sel)]
        self.seen += [o.text for o in self.all("#version option")]
        self.seen += [e.get_attribute("title") or "" for e in self.all("#doc [title]")]

    def shot(self, path: Path, top_selector: str | None = None, height: int = 2200):
        h = min(self.b.execute_script("return document.documentElement.scrollHeight"), height)
        self.b.set_window_size(1500, h)
        if top_selector:
            self.b.execute_script("arguments[0].scrollIntoView({block: 'start'})", self.find(top_selector))
        else:
            self.b.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.4)
        self.b.save_screenshot(str(path))
        self.b.set_window_size(1500, 1000)

    def click_js(self, el):
        self.b.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
        el.click()


def rewrite(p: Page, path: str, instruction: str) -> None:
    def attempt():
        box = p.find(f'#doc input[data-path="{path}"]')
        p.b.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
        box.clear()
        box.send_keys(instruction)
        p.find(f'#doc button.rewrite-btn[data-path="{path}"]').click()
        return True

    wait_for(attempt, what=f"rewrite box of {path}")


def connect(p: Page, key: str) -> None:
    p.type("#key", key)
    p.find("#connect").click()
    wait_for(lambda: p.text("#status") == "đã kết nối", what="connect")


def test_drafter_and_reviewer_at_the_desk(browser, tmp_path):
    prior_report = tmp_path / "ham-thuan-bac-2023-h1-ngan.txt"
    prior_report.write_text(PRIOR_REPORT, encoding="utf-8")
    downloads = tmp_path / "downloads"
    with running_service(tmp_path / "data", pipeline_factory=None) as svc:
        drafter, reviewer = svc.key("drafter", name="Chị Lan"), svc.key("reviewer", name="Anh Tư")
        p = Page(browser)
        browser.get(svc.url + "/")
        assert "baocao" in browser.title

        # a wrong key says so, in Vietnamese, under the key box
        connect_msg = lambda: p.text("#connect-msg")  # noqa: E731
        p.type("#key", "bc_000000000000_wrong-wrong-wrong-wrong")
        p.find("#connect").click()
        wait_for(lambda: "khóa API" in connect_msg(), what="401 message")

        # drafter: upload both tables (each with its period) and the prior report; each upload answers in its card
        connect(p, drafter)
        for path, period in ((CSV, "6 tháng đầu năm 2024"), (PRIOR_CSV, "2023-H1")):
            p.type("#fig-series", SERIES)
            p.type("#fig-period", period)
            p.find("#fig-file").send_keys(str(path))
            p.find("#fig-upload").click()
            p.msg("#fig-msg", f"Đã tải lên «{path.name}»")
        p.find("#rep-file").send_keys(str(prior_report))
        p.find("#rep-upload").click()
        p.msg("#rep-msg", f"Đã tải lên «{prior_report.name}»")

        # the form, not JSON: material chosen by period, series and period prefilled, the rest typed
        chosen = wait_for(lambda: p.find("#f-figures option:checked").text, what="this period's table chosen")
        assert "2024" in chosen and CSV.name in chosen
        assert PRIOR_CSV.name in p.find("#f-prior-figures option:checked").text
        assert p.find("#f-prior-report option:checked").text == prior_report.name
        assert p.find("#f-series").get_attribute("value") == SERIES
        assert p.find("#f-period").get_attribute("value") == "6 tháng đầu năm 2024"
        p.type("#f-title", "Kết quả phối hợp hoạt động công tác dân vận trên lĩnh vực quốc phòng - an ninh")
        p.select("#f-profile", "Cơ quan Đảng (ĐẢNG CỘNG SẢN VIỆT NAM)")
        p.type("#f-parent", "HUYỆN ỦY HÀM THUẬN BẮC")
        p.type("#f-issuer", "BAN CHỈ ĐẠO CÔNG TÁC DÂN VẬN QP-AN")
        p.type("#f-number", "Số    -BC/BCĐ")
        p.type("#f-place", "Hàm Thuận Bắc")
        p.type("#f-date", "05/07/2024")
        p.type("#f-authority", "ỦY VIÊN BAN THƯỜNG VỤ")
        p.type("#f-signer-title", "KIÊM TRƯỞNG BAN CHỈ ĐẠO")
        p.type("#f-signer-name", "Cao Văn Bảy")
        p.type("#f-recipients", "Ban Dân vận Tỉnh ủy\nThường trực Huyện ủy\nLưu: QS, DV")
        # leaving out last period's table is warned about before drafting; choosing it again clears the warning
        p.select("#f-prior-figures", "(không có)")
        wait_for(lambda: "Chưa có bảng số liệu kỳ trước" in p.text("#form-warnings"), what="missing-table warning")
        p.select("#f-prior-figures", p.option_text("#f-prior-figures", PRIOR_CSV.name))
        wait_for(lambda: not p.text("#form-warnings"), what="warning cleared")

        t0 = time.monotonic()
        p.find("#start").click()
        p.msg("#form-msg", "Đã bắt đầu soạn")
        wait_for(lambda: "Đã soạn xong" in p.text("#events") or "thất bại" in p.text("#progress-msg"), timeout=300,
                 what="SSE progress to the end")
        events = p.text("#events")
        assert "✓ 2.4. Phối hợp thực hiện công tác tuyển quân" in events and "Đọc bảng số liệu" in events, events
        print(f"draft: {time.monotonic() - t0:.1f} s")

        # the draft: verdicts coloured, the indicator named in the tooltip, last period beside it
        wait_for(lambda: "777" in p.numbers("unsupported"), what="draft rendered with 777 unsupported")
        assert "188" in p.numbers("supported") and "155" not in p.numbers("supported")
        tip = p.find('#doc .current .num.supported[title*="188"]').get_attribute("title")
        assert "TQ-01" in tip and "kỳ báo cáo: 188" in tip and "thanh niên" in tip.lower(), tip
        doc = p.text("#doc .sec[data-path='II/2.4'] .current")
        assert "Lễ giao nhận quân năm 2024" in doc
        assert "năm 2023" in p.text("#doc .sec[data-path='II/2.4'] .prior")          # side by side
        carried = p.all("#doc .current .carried")
        assert {c.get_attribute("data-kind") for c in carried} >= {"event", "unchanged"}
        event = next(c for c in carried if "Nguyễn Thức Lan" in c.text)
        assert "cần xác nhận" in event.get_attribute("title") and "Nguyễn Thức Lan" in event.get_attribute("title")
        p.collect()
        p.shot(tmp_path / "web-page.png")

        # reviewer: opens the draft from the list (title, period, date, author, status)
        connect(p, reviewer)
        row = wait_for(lambda: p.find("#drafts tbody tr.link").text, what="draft list")
        assert "6 tháng đầu năm 2024" in row and "05/07/2024" in row and "Chị Lan" in row and "đã soạn xong" in row
        wait_for(lambda: p.find("#drafts tbody tr.link").click() or True, what="draft opened from the list")
        wait_for(lambda: p.text("#draft-meta").startswith("Phiên bản 1"), what="v1 shown")

        # a rewrite, shown where it was asked for as a tracked change; rejected: back to the current version
        rewrite(p, "II/2.4", "ngắn gọn hơn")
        p.section_msg("II/2.4", "Đã tạo phiên bản đề xuất 2")
        dels = wait_for(lambda: p.all('#doc .diff[data-path="II/2.4"] del'), what="word diff")
        assert "đúng quy trình" in " ".join(d.text for d in dels)
        assert "chờ duyệt" in p.find("#version option:checked").text
        assert set(p.numbers("unsupported")) == {"777"}        # what the rewrite kept is still supported
        p.collect()
        p.shot(tmp_path / "review-desk.png", top_selector='#doc .sec[data-path="II/2.2"]')
        p.click_js(p.find("#reject"))
        p.msg("#review-msg", "Đã từ chối phiên bản 2; đang xem bản hiện tại (phiên bản 1)")
        assert p.find("#version option:checked").text.startswith("v1")
        assert "đúng quy trình" in p.text("#doc .sec[data-path='II/2.4'] .current")

        # a rewrite that changes nothing says so and makes no version
        rewrite(p, "II/2.4", "viết lại trang trọng hơn")
        p.section_msg("II/2.4", "Không có thay đổi")
        assert len(p.all("#version option")) == 2

        # rewrite again (on the current version) and accept
        rewrite(p, "II/2.4", "ngắn gọn hơn")
        p.section_msg("II/2.4", "Đã tạo phiên bản đề xuất 3")
        wait_for(lambda: "viết trên phiên bản 1" in p.text("#review-bar"), what="v3 built on v1")
        p.click_js(p.find("#accept"))
        p.msg("#review-msg", "Đã chấp nhận phiên bản 3")
        wait_for(lambda: "bản hiện tại" in p.text("#draft-meta"), what="v3 current")

        # a rewrite that would change a figure is refused with the reason, next to the section
        rewrite(p, "II/2.4", "đổi số 188 thành 200")
        assert "không được thay đổi số liệu" in p.section_msg("II/2.4", "bảng số liệu")

        # a hand edit: a number no table holds comes back flagged, as a proposal
        p.click_js(p.find('#doc button.edit-btn[data-path="II/2.4"]'))
        area = p.find('#doc .editor textarea[data-path="II/2.4"]')
        area.send_keys(" Có thêm 4.321 thanh niên đăng ký dự tuyển.")
        p.click_js(p.find("#doc .editor .save-edit"))
        msg = p.section_msg("II/2.4", "Đã tạo phiên bản đề xuất 4")
        assert "«4.321» không có trong bảng số liệu" in msg
        wait_for(lambda: "4.321" in p.numbers("unsupported"), what="4.321 flagged")
        assert "sửa trực tiếp" in p.find("#version option:checked").text
        p.click_js(p.find("#accept"))
        p.msg("#review-msg", "Đã chấp nhận phiên bản 4")

        # a carried sentence confirmed; its mark goes
        wait_for(lambda: p.text("#draft-meta").startswith("Phiên bản 4 (đã chấp nhận, bản hiện tại"), what="v4 current")

        def open_steady():
            p.click_js(next(c for c in p.all("#doc .current .carried") if c.text.startswith("An ninh nội bộ")))
            return p.find("#doc .carry-box .confirm-carried")

        p.click_js(wait_for(open_steady, what="carried sentence box"))
        p.section_msg("II/2.2", "Đã xác nhận 1 câu")
        wait_for(lambda: any("confirmed" in c.get_attribute("class") for c in p.all("#doc .current .carried")),
                 what="confirmed mark")

        # downloads named from series and period: the tracked .docx of v4 and the PDF
        p.click_js(p.find("#vdocx"))
        p.msg("#draft-msg", "Đã tải")
        got = wait_for(lambda: [f for f in downloads.glob("*.docx")] if downloads.exists() else None,
                       what="docx download")
        assert got[0].name == f"{SERIES} - 6 tháng đầu năm 2024 - v4.docx", got[0].name
        time.sleep(0.5)  # let Chrome finish writing
        with zipfile.ZipFile(got[0]) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        assert "<w:ins " in xml and "4.321" in xml
        if shutil.which("soffice") or shutil.which("libreoffice"):
            p.click_js(p.find("#pdf"))
            p.msg("#draft-msg", "Đã tải tệp PDF", timeout=240)
            pdf = wait_for(lambda: list(downloads.glob("*.pdf")), what="pdf download")
            assert pdf[0].name.endswith("v4.pdf")

        # the print preview: header, number, date, title, body, Nơi nhận and signature
        p.click_js(p.find("#preview-open"))
        page = p.text("#preview-page")
        for words in ("HUYỆN ỦY HÀM THUẬN BẮC", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hàm Thuận Bắc, ngày 05 tháng 7 năm 2024",
                      "BÁO CÁO", "Nơi nhận:", "- Lưu: QS, DV.", "KIÊM TRƯỞNG BAN CHỈ ĐẠO", "Cao Văn Bảy", "4.321"):
            assert words in page, words
        assert p.find("#preview-page .number").text.startswith("Số") and page.count("./.") == 1
        p.shot(tmp_path / "print-preview.png")
        p.find("#preview-close").click()

        p.collect()
        english = sorted({m.group(0) for t in p.seen for m in ENGLISH.finditer(t or "")})
        assert not english, (english, [t for t in p.seen if t and ENGLISH.search(t)][:5])
        # the page's own failures only: answers it asked for (401, 422, 409) are logged by Chrome as network errors
        errors = [e["message"] for e in browser.get_log("browser")
                  if e["level"] == "SEVERE" and e.get("source") != "network"]
        assert not errors, errors

    for name in ("web-page.png", "review-desk.png", "print-preview.png"):
        shot = tmp_path / name
        assert shot.stat().st_size > 10_000
        target = ROOT / "docs" / name
        if not target.exists() or os.environ.get("BAOCAO_UPDATE_SCREENSHOT") == "1":
            shutil.copy(shot, target)


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_api_docs_render_offline(browser, tmp_path, page):
    """Swagger UI and ReDoc render with every request on the service's own address (no CDN, no fonts)."""
    with running_service(tmp_path / "data") as svc:
        browser.get(svc.url + page)
        wait_for(lambda: "/api/drafts" in browser.find_element("css selector", "body").text, timeout=60,
                 what=f"{page} rendered the API")
        urls = []
        for entry in browser.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg["method"] == "Network.requestWillBeSent":
                urls.append(msg["params"]["request"]["url"])
        web = [u for u in urls if re.match(r"(?i)(https?|wss?)://", u)]   # not chrome:// pages of the browser itself
        assert any(u.startswith(svc.url + "/docs-assets/") for u in web), web
        assert all(u.startswith(svc.url) for u in web), [u for u in web if not u.startswith(svc.url)]
