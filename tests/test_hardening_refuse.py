"""Refuse early: what a draft would refuse in its job is refused when the user hands it over."""

from __future__ import annotations

import pytest

from tests.api_support import running_service
from tests.test_api_flow import SPEC, upload_all

pytestmark = pytest.mark.network


def test_image_only_pdf_and_impossible_periods_are_refused_at_once(tmp_path):
    from tests.test_index_errors import _image_pdf

    scan = _image_pdf(tmp_path)
    with running_service(tmp_path / "data") as svc, svc.client(svc.key("admin")) as c:
        r = c.post("/api/reports", files={"file": ("bản scan.pdf", scan.read_bytes())})
        assert r.status_code == 422 and r.json()["detail"].startswith("bản scan.pdf: tệp PDF không có lớp chữ"), r.text
        upload_all(c)
        for period, says in (("2024-H3", "không đọc được kỳ báo cáo '2024-H3'"), ("0000-H1", "năm 0 không phải năm"),
                             ("quý V/2024", "không đọc được kỳ báo cáo")):
            r = c.post("/api/drafts", json={"spec": {**SPEC, "period": period}})
            assert r.status_code == 422, r.text
            assert "'period'" in r.json()["detail"] and says in r.json()["detail"], r.text
        assert c.get("/api/drafts").json() == []  # no job was started
        assert c.post("/api/drafts", json={"spec": SPEC}).status_code == 202
