"""Versioned prompt templates: load, validate, render.

Templates live in ``prompts/<name>.v<N>.yaml`` so the words the model was
given are reviewable files, not strings buried in code, and a draft's
provenance can name ``section_draft`` v1.  Rendering is sandboxed (templates
are data) and strict: a declared variable the caller forgot is an
``InputError`` naming template and variable, never a silently empty prompt.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from prompts import PROMPTS_DIR
from service.errors import ConfigError, InputError

_FILE = re.compile(r"^(?P<name>[a-z][a-z0-9_]*)\.v(?P<version>\d+)\.ya?ml$")
_ENV = SandboxedEnvironment(undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)


class Prompt(BaseModel):
    """One template version: a system and a user message, Jinja2 text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    version: int = Field(ge=1)
    description: str
    system: str
    user: str
    variables: list[str]

    @model_validator(mode="after")
    def _templates_use_only_declared_variables(self) -> "Prompt":
        # A template reading a variable nobody declared would only fail at render
        # time, in production; catch it when the file is loaded instead.
        used: set[str] = set()
        for part in ("system", "user"):
            try:
                used |= meta.find_undeclared_variables(_ENV.parse(getattr(self, part)))
            except TemplateSyntaxError as exc:
                raise ValueError(f"{part}: template syntax error line {exc.lineno}: {exc.message}") from None
        undeclared = sorted(used - set(self.variables))
        if undeclared:
            raise ValueError(f"template uses undeclared variable(s) {', '.join(undeclared)}")
        return self

    @property
    def ref(self) -> dict:
        """How provenance names this template."""
        return {"name": self.name, "version": self.version}

    def render(self, **variables) -> list[dict]:
        """Chat messages ``[{"role": "system", ...}, {"role": "user", ...}]``.

        Every declared variable must be given (extra ones are ignored).
        """
        missing = [v for v in self.variables if v not in variables]
        if missing:
            raise InputError(f"prompt {self.name} v{self.version}: missing variable {missing[0]!r}"
                             + (f" (and {', '.join(missing[1:])})" if len(missing) > 1 else ""))
        messages = []
        for role in ("system", "user"):
            try:
                text = _ENV.from_string(getattr(self, role)).render(**variables)
            except UndefinedError as exc:  # e.g. an attribute missing on a declared variable
                raise InputError(f"prompt {self.name} v{self.version}: {exc.message}") from None
            messages.append({"role": role, "content": _tidy(text)})
        return messages


def _tidy(text: str) -> str:
    """At most one blank line in a row; no trailing spaces (templates stay readable)."""
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return re.sub(r"\n{3,}", "\n\n", text)


def _files(directory: Path) -> dict[tuple[str, int], Path]:
    out = {}
    for path in directory.iterdir():
        m = _FILE.match(path.name)
        if m:
            out[(m["name"], int(m["version"]))] = path
    return out


def available(directory: Path = PROMPTS_DIR) -> dict[str, list[int]]:
    """Template names and their versions, ascending."""
    out: dict[str, list[int]] = {}
    for name, version in sorted(_files(directory)):
        out.setdefault(name, []).append(version)
    return out


@lru_cache(maxsize=64)
def load_prompt(name: str, version: int | None = None, directory: Path = PROMPTS_DIR) -> Prompt:
    """The template ``name`` at ``version`` (latest when None).

    An unknown name/version is an ``InputError``; a malformed template file is a
    ``ConfigError`` (the installation is broken, not the request).
    """
    versions = available(directory).get(name)
    if not versions:
        raise InputError(f"no prompt template named {name!r} (known: {', '.join(available(directory)) or 'none'})")
    version = versions[-1] if version is None else int(version)
    if version not in versions:
        raise InputError(f"prompt {name!r} has no version {version} (known: {', '.join(map(str, versions))})")
    path = _files(directory)[(name, version)]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        prompt = Prompt.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"{path.name}: invalid prompt template: {_first_error(exc)}") from None
    if (prompt.name, prompt.version) != (name, version):
        raise ConfigError(f"{path.name}: declares {prompt.name} v{prompt.version}, file name says {name} v{version}")
    return prompt


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err.get("loc", ()))
        return f"{loc}: {err['msg']}" if loc else err["msg"]
    return str(exc).splitlines()[0]
