"""``/docs`` (Swagger UI) and ``/redoc`` served with their scripts and styles from a kept package.

FastAPI's own pages load Swagger UI and ReDoc from a CDN, so on an office
network without internet ``/docs`` is blank.  The ``fastapi-offline`` package
ships both bundles; the app serves them under ``/docs-assets`` and the pages
name only those local URLs (no Google fonts, no validator badge, ReDoc's
remote logo pointed at the local favicon).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs-assets"


def assets_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).resolve().parent / "static"


#: The ReDoc bundle's one remote reference (the "by Redocly" logo), pointed at the kept favicon instead.
REDOC_REMOTE = "https://cdn.redoc.ly/redoc/logo-mini.svg"


@lru_cache(maxsize=1)
def redoc_bundle() -> bytes:
    return (assets_dir() / "redoc.standalone.js").read_bytes().replace(REDOC_REMOTE.encode(),
                                                                      f"{ASSETS}/favicon.png".encode())


def install(app: FastAPI) -> None:
    """Mount the assets and the two pages; ``app`` must be created with ``docs_url=None, redoc_url=None``."""

    @app.get(f"{ASSETS}/redoc.standalone.js", include_in_schema=False)
    def redoc_js() -> Response:
        return Response(redoc_bundle(), media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=86400"})

    app.mount(ASSETS, StaticFiles(directory=assets_dir()), name="docs-assets")
    title = app.title

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{title} — API",
                                   oauth2_redirect_url=app.swagger_ui_oauth2_redirect_url,
                                   swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{ASSETS}/swagger-ui.css",
                                   swagger_favicon_url=f"{ASSETS}/favicon.png",
                                   swagger_ui_parameters={"validatorUrl": None, **(app.swagger_ui_parameters or {})})

    @app.get(app.swagger_ui_oauth2_redirect_url, include_in_schema=False)
    def swagger_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=app.openapi_url, title=f"{title} — API", with_google_fonts=False,
                              redoc_js_url=f"{ASSETS}/redoc.standalone.js", redoc_favicon_url=f"{ASSETS}/favicon.png")
