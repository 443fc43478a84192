"""Errors as RFC 9457 problem details (``application/problem+json``).

Every ``BaocaoError`` maps by its own ``http_status``/``title``/``problem_type``;
the API adds the few statuses only HTTP has (401, 403, 409, 413, 429, 503) as
subclasses so routes raise typed errors and never build responses by hand.
``title`` and ``detail`` are Vietnamese (drafters and reviewers read them);
``type`` is a stable URI (``…/problems/conflict``) clients match on, whatever
the wording.  Caller mistakes (4xx) say what to change; provider failures
(502) say it is not the caller's fault and that retrying later may help.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from service.errors import BaocaoError, InputError, Problem, ProviderError

log = logging.getLogger("baocao.api")
PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://baocao.local/problems/"


class Unauthorized(BaocaoError):
    http_status = 401
    title = "Thiếu hoặc sai khóa API"
    problem_type = "missing-or-invalid-api-key"


class Forbidden(BaocaoError):
    http_status = 403
    title = "Không được phép"
    problem_type = "not-allowed"


class Conflict(BaocaoError):
    http_status = 409
    title = "Xung đột phiên bản"
    problem_type = "conflict"


class PayloadTooLarge(InputError):
    http_status = 413
    title = "Tệp tải lên quá lớn"
    problem_type = "upload-too-large"


class RateLimited(BaocaoError):
    http_status = 429
    title = "Quá nhiều yêu cầu"
    problem_type = "too-many-requests"

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = max(1, int(retry_after))


class Unavailable(BaocaoError):
    """A stage of the service is not installed or not ready (not the caller's fault)."""

    http_status = 503
    title = "Dịch vụ chưa sẵn sàng"
    problem_type = "service-unavailable"


#: Stable ``type`` and Vietnamese ``title`` of statuses raised by the framework, not by our errors.
BY_STATUS = {
    400: ("bad-request", "Yêu cầu không hợp lệ"),
    401: (Unauthorized.problem_type, Unauthorized.title),
    403: (Forbidden.problem_type, Forbidden.title),
    404: ("not-found", "Không tìm thấy"),
    405: ("method-not-allowed", "Phương thức không được hỗ trợ"),
    409: (Conflict.problem_type, Conflict.title),
    413: (PayloadTooLarge.problem_type, PayloadTooLarge.title),
    422: ("invalid-input", "Dữ liệu không hợp lệ"),
    429: (RateLimited.problem_type, RateLimited.title),
    500: ("internal-error", "Lỗi máy chủ"),
    502: ("model-provider-failed", "Dịch vụ mô hình ngôn ngữ bị lỗi"),
    503: (Unavailable.problem_type, Unavailable.title),
}


def problem_response(status: int, title: str | None, detail: str, *, instance: str | None = None,
                     errors: list[Problem] | None = None, headers: dict | None = None,
                     type_: str | None = None) -> JSONResponse:
    slug, default_title = BY_STATUS.get(status, ("http-error", "Lỗi HTTP"))
    body = {"type": TYPE_BASE + (type_ or slug), "title": title or default_title, "status": status,
            "detail": detail, "instance": instance}
    if errors:
        body["errors"] = [p.as_dict() for p in errors]
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


# --------------------------------------------------------------------------- request validation, in Vietnamese

_FIELD_WORDS = {"body": "nội dung", "query": "tham số", "path": "đường dẫn", "header": "tiêu đề"}


def _where(loc) -> str:
    parts = [str(x) for x in loc]
    if parts and parts[0] in _FIELD_WORDS and len(parts) > 1:
        parts = parts[1:]
    return ".".join(parts) or "yêu cầu"


def validation_message(error: dict) -> str:
    """One pydantic error in words a user reads (its ``type`` decides, not its English ``msg``)."""
    kind, ctx, msg = error.get("type", ""), error.get("ctx") or {}, error.get("msg", "")
    if "Expected UploadFile" in msg or kind == "value_error" and "UploadFile" in msg:
        return "cần một tệp (tải lên dạng multipart, có tên tệp)"
    words = {
        "missing": "thiếu trường bắt buộc",
        "string_too_short": "không được để trống" if ctx.get("min_length") == 1 else
        f"cần ít nhất {ctx.get('min_length')} ký tự",
        "string_too_long": f"dài quá {ctx.get('max_length')} ký tự",
        "int_parsing": "phải là số nguyên",
        "int_type": "phải là số nguyên",
        "float_parsing": "phải là số",
        "bool_parsing": "phải là true hoặc false",
        "greater_than_equal": f"phải lớn hơn hoặc bằng {ctx.get('ge')}",
        "greater_than": f"phải lớn hơn {ctx.get('gt')}",
        "less_than_equal": f"phải nhỏ hơn hoặc bằng {ctx.get('le')}",
        "less_than": f"phải nhỏ hơn {ctx.get('lt')}",
        "literal_error": f"phải là một trong: {ctx.get('expected', '')}",
        "enum": f"phải là một trong: {ctx.get('expected', '')}",
        "dict_type": "phải là một đối tượng JSON",
        "model_attributes_type": "phải là một đối tượng JSON",
        "list_type": "phải là một danh sách",
        "string_type": "phải là chuỗi ký tự",
        "json_invalid": "không phải JSON hợp lệ",
        "date_from_datetime_parsing": "phải là ngày (dd/mm/yyyy hoặc yyyy-mm-dd)",
        "date_parsing": "phải là ngày (dd/mm/yyyy hoặc yyyy-mm-dd)",
        "extra_forbidden": "trường không được hỗ trợ",
    }
    return words.get(kind, f"không hợp lệ ({msg})" if msg else "không hợp lệ")


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(BaocaoError)
    async def _baocao(request: Request, exc: BaocaoError):
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited) else None
        if isinstance(exc, Unauthorized):
            headers = {"WWW-Authenticate": 'Bearer realm="baocao"'}
        if isinstance(exc, ProviderError):
            log.warning("provider failure on %s: %s", request.url.path, exc)
        return problem_response(exc.http_status, exc.title, exc.message, instance=request.url.path,
                                errors=exc.problems, headers=headers,
                                type_=getattr(exc, "problem_type", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        problems = [Problem(message=validation_message(e), column=_where(e.get("loc", ()))) for e in exc.errors()]
        first = problems[0] if problems else Problem("không hợp lệ", column="yêu cầu")
        return problem_response(422, None, f"trường '{first.column}' của yêu cầu: {first.message}",
                                instance=request.url.path, errors=problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"không có địa chỉ {request.url.path} (xem danh sách ở /docs)"
        elif exc.status_code == 405:
            detail = f"{request.method} không dùng được với {request.url.path} (xem /docs)"
        return problem_response(exc.status_code, None, detail, instance=request.url.path,
                                headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return problem_response(500, None, "máy chủ gặp lỗi ngoài dự kiến và đã ghi lại; hãy thử lại, "
                                "nếu vẫn lỗi xin báo cho quản trị", instance=request.url.path)
