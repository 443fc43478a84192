"""Request limits: requests per key per minute, and body size.

``RateLimiter`` counts in this process (SQLite: one process per data
directory); ``SharedRateLimiter`` counts in the database, so that every API
process behind a load balancer enforces one limit (PostgreSQL).  The job
limit per agency lives in ``jobs.py`` (admission, counted in the database).
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict, deque

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import sessionmaker
from starlette.exceptions import HTTPException

from service.api.models import RateWindow

from service.api.problems import PayloadTooLarge, RateLimited, problem_response
from service.api.storage import too_large_message


class RateLimiter:
    """Sliding one-minute window per key."""

    def __init__(self, per_minute: int, window: float = 60.0):
        self.per_minute = per_minute
        self.window = window
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def hit(self, key: str) -> None:
        now = time.monotonic()
        with self._lock:
            q = self._hits[key]
            while q and q[0] <= now - self.window:
                q.popleft()
            if len(q) >= self.per_minute:
                wait = math.ceil(q[0] + self.window - now)
                raise RateLimited(f"Quá {self.per_minute} yêu cầu trong một phút với khóa API này; "
                                  f"hãy thử lại sau {wait} giây.", retry_after=wait)
            q.append(now)


class SharedRateLimiter:
    """Fixed one-minute windows per key, counted by PostgreSQL in one statement (any number of processes).

    A request past the limit is not counted, as with ``RateLimiter``; windows
    older than the previous one are deleted now and then.
    """

    def __init__(self, sessions: sessionmaker, per_minute: int, window: float = 60.0):
        self.sessions, self.per_minute, self.window = sessions, per_minute, window
        self._calls = 0

    def hit(self, key: str) -> None:
        now = time.time()
        n = int(now // self.window)
        stmt = pg_insert(RateWindow).values(key=key[:100], window=n, hits=1)
        stmt = stmt.on_conflict_do_update(index_elements=[RateWindow.key, RateWindow.window],
                                          set_={"hits": RateWindow.hits + 1},
                                          where=RateWindow.hits < self.per_minute).returning(RateWindow.hits)
        with self.sessions.begin() as s:
            counted = s.scalar(stmt)
            self._calls += 1
            if self._calls % 500 == 1:
                s.execute(delete(RateWindow).where(RateWindow.window < n - 1))
        if counted is None:
            wait = max(1, math.ceil((n + 1) * self.window - now))
            raise RateLimited(f"Quá {self.per_minute} yêu cầu trong một phút với khóa API này; "
                              f"hãy thử lại sau {wait} giây.", retry_after=wait)


class BodySizeLimit:
    """ASGI middleware: 413 before reading a body whose Content-Length is too large,
    and stop reading a chunked body as soon as it passes the limit."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            resp = problem_response(413, PayloadTooLarge.title, too_large_message(self.max_bytes),
                                    instance=scope.get("path"), headers={"Connection": "close"})
            return await resp(scope, receive, send)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:  # FastAPI re-raises HTTPException from body parsing as is
                    raise HTTPException(413, too_large_message(self.max_bytes))
            return message

        return await self.app(scope, limited_receive, send)
