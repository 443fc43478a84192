"""Dependencies as named ``Annotated`` aliases: routes declare what they need, not how to get it.

``Reader``/``Drafter``/``Reviewer``/``Admin`` authenticate the key, count the
request against the key's rate limit and check the role in one step.
"""


from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyQuery, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from service.api.auth import PERMISSIONS, Principal, resolve_key
from service.api.jobs import JobRunner
from service.api.limits import RateLimiter
from service.api.problems import Forbidden, Unauthorized
from service.api.security import BAD_KEY, NO_KEY
from service.settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


def get_jobs(request: Request) -> JobRunner:
    return request.app.state.jobs


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
JobsDep = Annotated[JobRunner, Depends(get_jobs)]


def _authenticate(request: Request, session: Session, key: str | None) -> Principal:
    if not key:
        raise Unauthorized(NO_KEY)
    principal = resolve_key(session, key)
    if principal is None:
        raise Unauthorized(BAD_KEY)
    limiter: RateLimiter = request.app.state.limiter
    limiter.hit(principal.prefix)
    return principal


# Declared as security schemes so /docs has an "Authorize" button; errors are ours (401 problem+json).
_bearer = HTTPBearer(auto_error=False, description="an API key from 'baocao keys create'")
_query_key = APIKeyQuery(name="key", auto_error=False, description="events endpoint only (EventSource sends no headers)")
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def current_principal(request: Request, session: SessionDep, creds: BearerDep) -> Principal:
    return _authenticate(request, session, creds.credentials if creds else None)


def stream_principal(request: Request, session: SessionDep, creds: BearerDep,
                     key: Annotated[str | None, Depends(_query_key)]) -> Principal:
    """For the SSE endpoint only: EventSource cannot send headers, so ``?key=`` is accepted too.

    A stream lasts as long as its draft: the request's session is closed once
    the key is checked, so no stream holds a database connection meanwhile.
    """
    principal = _authenticate(request, session, creds.credentials if creds else key)
    session.close()
    return principal


def require(permission: str, *, stream: bool = False):
    base = stream_principal if stream else current_principal

    def check(principal: Annotated[Principal, Depends(base)]) -> Principal:
        if not principal.can(permission):
            raise Forbidden(f"khóa của bạn có vai trò «{_ROLES[principal.role]}», không được {_WORDS[permission]}; "
                            f"cần khóa có vai trò {' hoặc '.join('«' + _ROLES[r] + '»' for r in sorted(PERMISSIONS[permission]))}")
        return principal

    return check


_WORDS = {"read": "xem tài liệu", "draft": "tải tài liệu lên hay bắt đầu soạn báo cáo",
          "review": "yêu cầu viết lại, sửa hay duyệt phiên bản", "admin": "quản lý khóa hay xóa tài liệu"}
_ROLES = {"drafter": "người soạn", "reviewer": "người duyệt", "admin": "quản trị"}

Reader = Annotated[Principal, Depends(require("read"))]
StreamReader = Annotated[Principal, Depends(require("read", stream=True))]
Drafter = Annotated[Principal, Depends(require("draft"))]
Reviewer = Annotated[Principal, Depends(require("review"))]
Admin = Annotated[Principal, Depends(require("admin"))]
