"""The web page's onboarding block in headless Chromium: upload last edition → download its figures sheet;
the draft form prefilled with the next edition's spec."""

from __future__ import annotations

import json

import openpyxl
import pytest
from conftest import REPORTS

from tests.api_support import running_service
from tests.test_api_browser import browser, wait_for  # noqa: F401  (the fixture)

pytestmark = pytest.mark.network
BD = REPORTS / "bu-dang-2020-h1.docx"


def test_upload_last_edition_then_download_its_sheet_and_prefill_the_form(browser, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    with running_service(tmp_path / "data") as svc:
        b = browser
        b.get(svc.url + "/")
        find = lambda sel: b.find_element(By.CSS_SELECTOR, sel)  # noqa: E731
        find("#key").send_keys(svc.key("drafter", agency="Bù Đăng"))
        find("#connect").click()
        wait_for(lambda: find("#status").text == "đã kết nối", what="connect")
        find("#rep-file").send_keys(str(BD))
        find("#rep-upload").click()
        wait_for(lambda: BD.name in find("#ob-report").text, what="the report offered for onboarding")

        find("#ob-spec").click()
        value = lambda sel: find(sel).get_attribute("value")  # noqa: E731 - the draft form, field by field
        wait_for(lambda: "Lê Thanh Hải" in value("#f-signer-name"), what="form prefilled")
        assert value("#f-period") == "6 tháng đầu năm 2021" and value("#f-place") == "Bù Đăng"
        assert value("#f-prior-report").startswith("r")
        assert "chỉ tiêu" in find("#ob-notes").text
        template = json.loads(json.dumps(find("#ob-notes").text.split("«")[1].split("»")[0]))
        assert template.endswith(".xlsx")

        find("#ob-template").click()
        downloads = tmp_path / "downloads"
        sheet = wait_for(lambda: [p for p in downloads.glob("*.xlsx")], what="the sheet downloaded")[0]
        assert sheet.name == template
        ws = openpyxl.load_workbook(sheet).worksheets[0]
        assert ws.cell(2, 1).value == "Kỳ báo cáo: 6 tháng đầu năm 2021"
        assert "Đã tải biểu số liệu" in find("#ob-msg").text
