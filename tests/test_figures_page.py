"""The web page shows what an upload's check found: warnings of a table that loaded, every error of one refused."""

from __future__ import annotations

import pytest

from tests.api_support import running_service
from tests.test_api_browser import browser, wait_for  # noqa: F401 - the headless Chromium fixture

pytestmark = pytest.mark.network


def test_upload_warnings_and_errors_are_shown(browser, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    warned = tmp_path / "Biểu tiếp dân.csv"
    warned.write_text("STT;Nội dung;ĐVT;Kỳ báo cáo;So sánh (%)\n1;Số công dân được tiếp;công dân;1.250;\n",
                      encoding="utf-8")
    refused = tmp_path / "Biểu lỗi.csv"
    refused.write_text("STT,Nội dung,ĐVT,Kỳ báo cáo\n1,Số vụ,vụ,\"1,2,3\"\n2,Số người,người,\"2,5\"\n", encoding="utf-8")
    with running_service(tmp_path / "data") as svc:
        b = browser
        b.get(svc.url + "/")
        find = lambda sel: b.find_element(By.CSS_SELECTOR, sel)  # noqa: E731
        find("#key").send_keys(svc.key("drafter"))
        find("#connect").click()
        wait_for(lambda: find("#status").text == "đã kết nối", what="connect")

        find("#fig-series").send_keys("tiep-cong-dan")   # the page presumes no agency's series or period
        find("#fig-period").send_keys("2024-H1")
        find("#fig-file").send_keys(str(warned))
        find("#fig-upload").click()
        wait_for(lambda: "1 dòng, 2 cảnh báo" in find("#figures").text, what="upload listed with its warnings")
        notes = [li.text for li in b.find_elements(By.CSS_SELECTOR, "#fig-notes li.warning")]
        assert len(notes) == 2 and "Cảnh báo — Biểu tiếp dân.csv, hàng 1, cột 'So sánh (%)': cột số so sánh" in notes[1], notes
        assert "Đã tải lên" in find("#fig-msg").text       # the upload's answer, under the upload button

        find("#fig-file").clear()
        find("#fig-file").send_keys(str(refused))
        find("#fig-upload").click()
        wait_for(lambda: b.find_elements(By.CSS_SELECTOR, "#fig-notes li.error"), what="errors listed")
        errors = [li.text for li in b.find_elements(By.CSS_SELECTOR, "#fig-notes li.error")]
        assert errors == ["Lỗi — Biểu lỗi.csv, hàng 2, cột 'Kỳ báo cáo': «1,2,3» không phải là số",
                          "Lỗi — Biểu lỗi.csv, hàng 3, cột 'Kỳ báo cáo': «2,5» không phải là số nguyên "
                          "('người' đếm bằng số nguyên)"], errors
        assert "không được nạp" in find("#fig-msg").text and "Biểu lỗi" not in find("#figures").text
