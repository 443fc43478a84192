"""Errors as RFC 9457 problem details (``application/problem+json``).

Every ``BaocaoError`` maps by its own ``http_status``/``title``; the API adds
the few statuses only HTTP has (401, 403, 409, 413, 429, 503) as subclasses so
routes raise typed errors and never build responses by hand.  Caller mistakes
(4xx) say what to change; provider failures (502) say it is not the caller's
fault and that retrying later may help.
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
    title = "Missing or invalid API key"


class Forbidden(BaocaoError):
    http_status = 403
    title = "Not allowed"


class Conflict(BaocaoError):
    http_status = 409
    title = "Conflict"


class PayloadTooLarge(InputError):
    http_status = 413
    title = "Upload too large"


class RateLimited(BaocaoError):
    http_status = 429
    title = "Too many requests"

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = max(1, int(retry_after))


class Unavailable(BaocaoError):
    """A stage of the service is not installed or not ready (not the caller's fault)."""

    http_status = 503
    title = "Service unavailable"


def _slug(title: str) -> str:
    return "-".join(title.lower().replace("/", " ").split())


def problem_response(status: int, title: str, detail: str, *, instance: str | None = None,
                     errors: list[Problem] | None = None, headers: dict | None = None) -> JSONResponse:
    body = {"type": TYPE_BASE + _slug(title), "title": title, "status": status, "detail": detail,
            "instance": instance}
    if errors:
        body["errors"] = [p.as_dict() for p in errors]
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _friendly(msg: str) -> str:
    return "expected a file (multipart upload with a file name)" if "Expected UploadFile" in msg else msg


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(BaocaoError)
    async def _baocao(request: Request, exc: BaocaoError):
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited) else None
        if isinstance(exc, Unauthorized):
            headers = {"WWW-Authenticate": 'Bearer realm="baocao"'}
        if isinstance(exc, ProviderError):
            log.warning("provider failure on %s: %s", request.url.path, exc)
        return problem_response(exc.http_status, exc.title, exc.message, instance=request.url.path,
                                errors=exc.problems, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        problems = [Problem(message=_friendly(e.get("msg", "invalid")), column=".".join(str(x) for x in e.get("loc", ())))
                    for e in exc.errors()]
        first = problems[0] if problems else Problem("invalid request")
        return problem_response(422, "Invalid input", f"request field '{first.column}': {first.message}",
                                instance=request.url.path, errors=problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        titles = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 413: PayloadTooLarge.title}
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such endpoint: {request.url.path} (see /docs)"
        return problem_response(exc.status_code, titles.get(exc.status_code, "HTTP error"), detail,
                                instance=request.url.path, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return problem_response(500, "Internal error",
                                "the service failed unexpectedly; the error was logged — retry, and report it if it persists",
                                instance=request.url.path)
