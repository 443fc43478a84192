"""The agency tables of ``test_figures_columns3`` through the real API (uvicorn on a loopback port): a table whose
value column the loader had to guess uploads (201) with the warning saying which column it took, in the same words
as ``baocao figures validate``; a table where no rule can tell is refused (422) naming the columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.api_support import running_service
from tests.test_figures_upload import cli_validate, upload

pytestmark = pytest.mark.network
HERE = Path(__file__).parent / "fixtures" / "figures"


@pytest.fixture(scope="module")
def drafter(tmp_path_factory):
    with running_service(tmp_path_factory.mktemp("figures-columns3")) as svc:
        with svc.client(svc.key("drafter", agency="Đức Linh")) as c:
            yield c


@pytest.mark.parametrize("name,period,rows", [("tuyen-truyen-toan-huyen.csv", "2022", 4),
                                              ("cong-an-2023-11-luy-ke.csv", "2023-11", 10),  # 6 rows, 4 running totals (round 40)
                                              ("hoi-nong-dan-nhiem-ky-luy-ke.xlsx", "nhiệm kỳ 2018 - 2023", 4),
                                              ("ktxh-2024-h1-ke-hoach.xlsx", "2024-H1", 10)])  # 4: year's estimates; 2 indexes (stop 40)
def test_agency_tables_upload_with_the_warnings_the_cli_gives(drafter, name, period, rows):
    path = HERE / name
    r = upload(drafter, name, path.read_bytes(), period=period)
    assert r.status_code == 201, r.text
    up = r.json()
    assert up["info"]["rows"] == rows
    assert [w["message"] for w in up["warnings"]] == [p["message"] for p in cli_validate(path)["problems"]]
    assert all(w["file"] == name for w in up["warnings"])


def test_a_table_no_rule_can_read_is_refused_naming_its_columns(drafter):
    r = upload(drafter, "Biểu 02.csv", "STT,Chỉ tiêu,ĐVT,Xã Đông Tiến,Xã Hàm Trí\n1,Số vụ,vụ,1,2\n".encode())
    assert r.status_code == 422
    [err] = r.json()["errors"]
    assert err["file"] == "Biểu 02.csv" and "'Xã Đông Tiến', 'Xã Hàm Trí' đều có số" in err["message"]
