"""Layout profiles: sizes and fixed strings of the two official registers as data.

``base.yaml`` holds what Nghị định 30/2020 fixes for every document; a profile
file (``state.yaml``, ``party.yaml``) overrides keys of it.  Kept as YAML so a
revised guidance (the party one changed in 2026) is an edit, not a release.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PROFILES = ("state", "party")


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else copy.deepcopy(v)
    return out


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    if name not in PROFILES:
        raise ValueError(f"unknown .docx profile {name!r}; expected one of {', '.join(PROFILES)}")
    base = yaml.safe_load((HERE / "base.yaml").read_text(encoding="utf-8"))
    over = yaml.safe_load((HERE / f"{name}.yaml").read_text(encoding="utf-8")) or {}
    return _merge(base, over)


def load_profile(name: str) -> dict:
    """The merged profile ``name``; a fresh copy, so callers may tweak it."""
    return copy.deepcopy(_load(name))
