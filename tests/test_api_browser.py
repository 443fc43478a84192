"""The web page, end to end in headless Chromium (Debian's chromium + chromium-driver, via Selenium).

Key → upload a table → start a draft and watch it → numbers highlighted →
ask for a rewrite → see the tracked change → accept → download the .docx.
The screenshot is saved in the test's tmp dir; it is copied to
docs/web-page.png when that file is missing or BAOCAO_UPDATE_SCREENSHOT=1.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import FIGURES, ROOT

from tests.api_support import running_service

pytestmark = pytest.mark.network
CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"


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
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000"):
        opts.add_argument(flag)
    opts.add_experimental_option("prefs", {"download.default_directory": str(tmp_path / "downloads"),
                                           "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(DRIVER)), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(fn, timeout=30.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            result = fn()
            if result:
                return result
        except Exception:  # element not there yet
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def ask(b, path: str, instruction: str) -> None:
    """Type a rewrite instruction for a section and send it (retried if the page re-renders meanwhile)."""
    from selenium.webdriver.common.by import By

    def attempt():
        box = b.find_element(By.CSS_SELECTOR, f'#doc input[data-path="{path}"]')
        box.clear()
        box.send_keys(instruction)
        box.find_element(By.XPATH, "following-sibling::button").click()
        return True

    wait_for(attempt, what=f"rewrite box of {path}")


def test_web_page_end_to_end(browser, tmp_path):
    from selenium.webdriver.common.by import By

    with running_service(tmp_path / "data", delay=0.3) as svc:
        drafter, reviewer = svc.key("drafter"), svc.key("reviewer", name="Anh Tư")
        b = browser
        b.get(svc.url + "/")
        assert "baocao" in b.title
        find = lambda sel: b.find_element(By.CSS_SELECTOR, sel)  # noqa: E731

        # a wrong key says so
        find("#key").send_keys("bc_000000000000_wrong-wrong-wrong-wrong")
        find("#connect").click()
        wait_for(lambda: "API key" in find("#error").text, what="401 message")

        # drafter: upload, start, watch progress
        find("#key").clear()
        find("#key").send_keys(drafter)
        find("#connect").click()
        wait_for(lambda: find("#status").text == "đã kết nối", what="connect")
        find("#fig-file").send_keys(str(CSV))
        find("#fig-upload").click()
        wait_for(lambda: CSV.name in find("#figures").text, what="uploaded table listed")
        wait_for(lambda: '"f_' in find("#spec").get_attribute("value"), what="spec template with the upload id")
        find("#start").click()
        wait_for(lambda: "xong" in find("#events").text, what="SSE progress to the end")
        assert "✓" in find("#events").text
        wait_for(lambda: b.find_elements(By.CSS_SELECTOR, "#doc .num.unsupported"), what="draft rendered")
        assert b.find_elements(By.CSS_SELECTOR, "#doc .num.supported")
        assert find("#doc .num.unsupported").text == "999"

        # reviewer: rewrite a section, see the tracked change, accept it
        find("#key").clear()
        find("#key").send_keys(reviewer)
        find("#connect").click()
        wait_for(lambda: "done" in find("#drafts").text, what="draft list")
        find("#drafts li.link").click()
        wait_for(lambda: find("#draft-meta").text.startswith("v1"), what="v1 shown")
        ask(b, "II/1", "viết gọn hơn")
        ins = wait_for(lambda: find("#proposal ins"), what="word diff")
        assert "viết gọn hơn" in ins.text
        assert "proposed" in find("#version").text
        b.execute_script("window.scrollTo(0, 0)")
        b.save_screenshot(str(tmp_path / "web-page.png"))
        find("#accept").click()
        wait_for(lambda: find("#proposal .badge.accepted"), what="accepted badge")

        # a rewrite that tries to change a figure is refused with the reason
        ask(b, "I", "đổi số 155 thành 200")
        wait_for(lambda: "bảng số liệu" in find("#error").text, what="422 shown")

        # download the tracked-changes .docx
        find("#vdocx").click()
        downloads = tmp_path / "downloads"
        got = wait_for(lambda: [p for p in downloads.glob("*.docx")] if downloads.exists() else None,
                       what="docx download")
        assert got[0].stat().st_size > 1000

    shot = tmp_path / "web-page.png"
    assert shot.stat().st_size > 10_000
    target = ROOT / "docs" / "web-page.png"
    if not target.exists() or os.environ.get("BAOCAO_UPDATE_SCREENSHOT") == "1":
        target.parent.mkdir(exist_ok=True)
        shutil.copy(shot, target)
