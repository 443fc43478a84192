"""What the API promises in its OpenAPI schema: the problem responses every route can give, integers
within bounds, and date-times that are RFC 3339 (with their UTC offset).

``PROBLEM_RESPONSES`` is one shared ``responses=`` dict (RFC 9457 ``application/problem+json``, the
schema inline so the document needs no extra component), given to every router the app includes under
``/api`` (a route's own entry for a status wins), so clients and fuzzers see the 400, 401, 403, 404,
409, 413, 422 and 429 they may meet.

``Int`` types bound every integer a client sends (path, query or body): past the bound is 422, never a
500 from a database that cannot hold the number (SQLite and PostgreSQL stop at 2^63 - 1).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from annotated_types import Ge, Le
from pydantic import AfterValidator

MAX_INT = 1_000_000  # no draft has a million versions, no list a million items

#: A version number, a sequence number, a count: 1 … 1.000.000.
PositiveInt = Annotated[int, Ge(1), Le(MAX_INT)]
#: An offset or a count that may be 0.
NonNegativeInt = Annotated[int, Ge(0), Le(MAX_INT)]

#: A moment, stored as naive UTC (``models.utcnow``), sent with its offset: ``2024-07-05T08:30:00Z``.
UtcDateTime = Annotated[dt.datetime, AfterValidator(lambda d: d if d.tzinfo else d.replace(tzinfo=dt.timezone.utc))]

PROBLEM_SCHEMA = {
    "type": "object",
    "title": "Problem",
    "description": "RFC 9457 problem details; title and detail are Vietnamese, type is stable.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": ["string", "null"]},
        "errors": {"type": "array", "items": {
            "type": "object",
            "properties": {"file": {"type": ["string", "null"]}, "row": {"type": ["integer", "null"]},
                           "column": {"type": ["string", "null"]}, "message": {"type": "string"},
                           "severity": {"type": "string"}}}},
    },
}

_WHAT = {
    400: "Yêu cầu không đọc được (nội dung không phải JSON hợp lệ)",
    401: "Thiếu hoặc sai khóa API",
    403: "Vai trò của khóa không được làm việc này",
    404: "Không tìm thấy (hoặc thuộc cơ quan khác)",
    409: "Xung đột: phiên bản đã thay đổi, hoặc việc đang làm dở",
    413: "Tệp tải lên quá lớn",
    422: "Dữ liệu không hợp lệ (lỗi nêu tên trường, tệp, hàng, cột)",
    429: "Quá nhiều yêu cầu; thử lại sau số giây trong tiêu đề Retry-After",
}

PROBLEM_RESPONSES: dict[int | str, dict] = {
    status: {"description": what, "content": {"application/problem+json": {"schema": PROBLEM_SCHEMA}}}
    for status, what in _WHAT.items()
}
#: A route that needs a tool the server may lack (LibreOffice for a PDF) says so in its schema: 503, problem+json.
UNAVAILABLE_RESPONSE = {503: {"description": "Máy chủ chưa có công cụ cần cho việc này (vd. LibreOffice để xuất PDF)",
                              "content": {"application/problem+json": {"schema": PROBLEM_SCHEMA}}}}
