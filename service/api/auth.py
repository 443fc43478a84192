"""API keys and roles.

A key looks like ``bc_<prefix>_<secret>``.  Only sha256(key) is stored; the
public ``prefix`` finds the row in one indexed lookup and the hash is compared
in constant time.  The plaintext is shown once, when the key is created.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.api.models import ROLES, Agency, ApiKey, utcnow
from service.errors import InputError

# What each role may do; admin may do everything.
PERMISSIONS = {
    "read": {"drafter", "reviewer", "admin"},
    "draft": {"drafter", "admin"},        # upload material, start drafts
    "review": {"reviewer", "admin"},      # rewrite sections, accept/reject versions
    "admin": {"admin"},                   # keys, deletion
}
_KEY = re.compile(r"^bc_([0-9a-f]{12})_([A-Za-z0-9_-]{20,})$")


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved once per request from the key."""

    key_id: int
    prefix: str
    role: str
    agency_id: int
    agency_slug: str
    name: str

    def can(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]

    @property
    def label(self) -> str:
        return f"{self.name or self.role} ({self.prefix})"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def slugify(name: str) -> str:
    """``Hàm Thuận Bắc`` → ``ham-thuan-bac``: the agency's directory name, ASCII only."""
    text = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not slug:
        raise InputError(f"agency name {name!r} has no letters or digits to name it by")
    return slug[:64]


def get_or_create_agency(session: Session, name: str) -> Agency:
    slug = slugify(name)
    agency = session.scalar(select(Agency).where(Agency.slug == slug))
    if agency is None:
        agency = Agency(slug=slug, name=name)
        session.add(agency)
        session.flush()
    return agency


def create_key(session: Session, *, role: str, agency: str, name: str = "") -> tuple[ApiKey, str]:
    """Create a key; returns the row and the plaintext (never stored)."""
    if role not in ROLES:
        raise InputError(f"unknown role {role!r} (expected one of {', '.join(ROLES)})")
    ag = get_or_create_agency(session, agency)
    prefix = secrets.token_hex(6)
    plaintext = f"bc_{prefix}_{secrets.token_urlsafe(24)}"
    row = ApiKey(prefix=prefix, key_hash=hash_key(plaintext), role=role, agency_id=ag.id, name=name)
    session.add(row)
    session.flush()
    return row, plaintext


def resolve_key(session: Session, key: str) -> Principal | None:
    """The principal for a key, or None if it is malformed, unknown or revoked."""
    m = _KEY.match(key.strip())
    if not m:
        return None
    row = session.scalar(select(ApiKey).where(ApiKey.prefix == m.group(1)))
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.key_hash, hash_key(key.strip())):
        return None
    agency = session.get(Agency, row.agency_id)
    return Principal(key_id=row.id, prefix=row.prefix, role=row.role, agency_id=agency.id,
                     agency_slug=agency.slug, name=row.name)


def revoke_key(session: Session, prefix: str) -> ApiKey | None:
    row = session.scalar(select(ApiKey).where(ApiKey.prefix == prefix.removeprefix("bc_").split("_")[0]))
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
    return row
