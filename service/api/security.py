"""The service's outer wall: what every request meets before any route, and what the service's files allow.

``install(app)`` adds two ASGI middlewares (outermost first):

* ``SecurityHeaders``: every response says ``nosniff``, may not be framed
  (``frame-ancestors 'none'``, ``X-Frame-Options: DENY``), sends no referrer,
  and carries a Content-Security-Policy naming no external source.  An HTML
  page's inline scripts are allowed by their sha256 (computed from the page as
  sent), never by ``'unsafe-inline'``; anything else gets ``default-src 'none'``.
* ``Gate``: requests without a valid key are limited per client address
  (``addr:<ip>`` in the app's own limiter, so in the database when several
  processes share one) before any route runs — anonymous floods and key
  guessing get 429 — and a request with a body (uploads) whose key is missing
  or wrong is answered 401 before its body is read.  Valid keys pass on to the
  routes, whose dependencies count them per key as before.

``private_data(settings)`` makes the data directory the service user's alone
(0700, the SQLite database 0600); ``private_umask()`` makes every file the
process creates afterwards private too (``baocao serve`` and ``baocao worker``).
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool

from service.api.problems import RateLimited, Unauthorized, problem_response

NO_KEY = ("chưa có khóa API: gửi khóa trong tiêu đề 'Authorization: Bearer <khóa>' "
          "(quản trị tạo khóa bằng lệnh 'baocao keys create')")
BAD_KEY = "khóa API này không hợp lệ (gõ sai hoặc đã bị thu hồi); xin quản trị cấp khóa mới"
_BODY_METHODS = {"POST", "PUT", "PATCH"}
_PUBLIC = {"/api/health"}
PAGE_FACTOR = 10  # the page and its assets: many small requests per visit, none touching the database

# --- headers -----------------------------------------------------------------------------------------

_BASE = {b"x-content-type-options": b"nosniff", b"x-frame-options": b"DENY", b"referrer-policy": b"no-referrer",
         b"cross-origin-opener-policy": b"same-origin"}
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
_INLINE_SCRIPT = re.compile(rb"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.S | re.I)


def page_csp(html: bytes) -> str:
    """The policy for one HTML page: its own origin only, its inline scripts by hash."""
    hashes = sorted({"'sha256-" + base64.b64encode(hashlib.sha256(m.group(1)).digest()).decode() + "'"
                     for m in _INLINE_SCRIPT.finditer(html)})
    return ("default-src 'self'; script-src 'self' " + " ".join(hashes) + "; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'").replace("  ", " ")


class SecurityHeaders:
    """ASGI middleware: the headers above on every HTTP response (an HTML body is held to hash its scripts)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        held: dict = {}

        async def send_secured(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _BASE]
                headers += list(_BASE.items())
                ctype = dict(headers).get(b"content-type", b"")
                if ctype.startswith(b"text/html") and not any(k.lower() == b"content-security-policy"
                                                              for k, _ in headers):
                    held["start"], held["headers"], held["body"] = message, headers, []
                    return
                if not any(k.lower() == b"content-security-policy" for k, _ in headers):
                    headers.append((b"content-security-policy", API_CSP.encode()))
                return await send({**message, "headers": headers})
            if message["type"] == "http.response.body" and "start" in held:
                held["body"].append(message.get("body", b""))
                if message.get("more_body"):
                    return
                body = b"".join(held["body"])
                headers = held["headers"] + [(b"content-security-policy", page_csp(body).encode())]
                await send({**held.pop("start"), "headers": headers})
                return await send({"type": "http.response.body", "body": body})
            return await send(message)

        return await self.app(scope, receive, send_secured)


# --- the gate: limits and keys before any route --------------------------------------------------------

def _credential(scope) -> str | None:
    for k, v in scope.get("headers") or []:
        if k == b"authorization":
            scheme, _, token = v.decode("latin-1").partition(" ")
            return token.strip() if scheme.lower() == "bearer" and token.strip() else v.decode("latin-1")
    query = scope.get("query_string") or b""
    if b"key=" in query:
        keys = parse_qs(query.decode("latin-1")).get("key")
        if keys and keys[0]:
            return keys[0]
    return None


def _limiters(app, per_minute: int):
    """Per-address limiters of the same kind as the app's key limiter (shared through the database or not)."""
    from service.api.limits import RateLimiter, SharedRateLimiter

    key_limiter = app.state.limiter
    if isinstance(key_limiter, SharedRateLimiter):
        return (SharedRateLimiter(key_limiter.sessions, per_minute),
                SharedRateLimiter(key_limiter.sessions, per_minute * PAGE_FACTOR))
    return RateLimiter(per_minute), RateLimiter(per_minute * PAGE_FACTOR)


class Gate:
    """ASGI middleware: per-address limits for requests without a valid key; 401 before reading a body."""

    def __init__(self, app, per_minute: int):
        self.app = app
        self.per_minute = per_minute
        self._limits = None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        fastapi_app = scope.get("app")
        if self._limits is None and fastapi_app is not None:
            self._limits = _limiters(fastapi_app, self.per_minute)
        path = scope.get("path", "")
        address = (scope.get("client") or ("unknown",))[0]
        api = path.startswith("/api/") and path not in _PUBLIC
        key = _credential(scope) if api else None
        if key is not None and await run_in_threadpool(self._valid, fastapi_app, key):
            return await self.app(scope, receive, send)  # the routes count it against the key's own limit
        try:
            if self._limits is not None:
                limiter = self._limits[0] if path.startswith("/api/") else self._limits[1]
                await run_in_threadpool(limiter.hit, f"addr:{address}")
        except RateLimited as exc:
            detail = (f"Quá {limiter.per_minute} yêu cầu trong một phút từ địa chỉ {address} mà không có khóa API "
                      f"hợp lệ; hãy thử lại sau {exc.retry_after} giây.")
            return await problem_response(429, RateLimited.title, detail, instance=path,
                                          headers={"Retry-After": str(exc.retry_after)})(scope, receive, send)
        if api and (key is not None or scope.get("method") in _BODY_METHODS):
            headers = {"WWW-Authenticate": 'Bearer realm="baocao"'}
            if scope.get("method") in _BODY_METHODS:
                headers["Connection"] = "close"  # its body is never read
            return await problem_response(401, Unauthorized.title, BAD_KEY if key is not None else NO_KEY, instance=path,
                                          headers=headers)(scope, receive, send)
        return await self.app(scope, receive, send)

    @staticmethod
    def _valid(app, key: str) -> bool:
        from service.api.auth import resolve_key

        with app.state.sessions() as session:
            return resolve_key(session, key) is not None


def install(app, settings) -> None:
    """Both middlewares, outermost last added: headers wrap everything, the gate comes before any other."""
    app.add_middleware(Gate, per_minute=settings.rate_limit_per_minute)
    app.add_middleware(SecurityHeaders)


# --- files ----------------------------------------------------------------------------------------------

def private_umask() -> None:
    """Files and directories this process creates from now on: the service's user only."""
    os.umask(0o077)


def private_data(settings) -> None:
    """The data directory 0700 (nothing under it reachable by others) and the SQLite database 0600."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(settings.data_dir, 0o700)
    if settings.db_url.startswith("sqlite:///"):
        db = settings.db_url.removeprefix("sqlite:///")
        for path in (db, db + "-wal", db + "-shm"):
            if os.path.exists(path):
                os.chmod(path, 0o600)


_TMP = re.compile(r"^\.tmp-(\d+)-")


def writer_gone(name: str) -> bool:
    """A temporary upload file (``.tmp-<pid>-…``) whose writing process no longer runs on this machine:
    a crash left it, whatever its age."""
    m = _TMP.match(name)
    if not m:
        return False
    try:
        os.kill(int(m.group(1)), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, ValueError):
        return False
    return False
