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
from sqlalchemy.exc import IntegrityError
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
    """``Hàm Thuận Bắc`` → ``ham-thuan-bac``: ASCII only (download names; the readable part of an agency's slug)."""
    text = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not slug:
        raise InputError(f"agency name {name!r} has no letters or digits to name it by")
    return slug[:64]


# --- agency identity -----------------------------------------------------------------------------
# An agency is its name, written once: NFC, spaces collapsed.  Two names that a reader would take for
# one (they differ only in case, accents, punctuation or spacing: "Agency A!" and "AGENCY  a") have
# the same ``agency_key``; the second is refused, naming the first, rather than merged or split
# silently.  The directory slug is the name's ASCII start plus a hash of the whole key, so names that
# differ anywhere (even past the 48th character) never share a directory, an index or a table.

MAX_AGENCY_NAME = 200
SLUG_START = 48


def agency_name(name: str) -> str:
    """The name as stored: NFC, whitespace collapsed; ``InputError`` if it cannot name an agency."""
    clean = " ".join(unicodedata.normalize("NFC", name or "").split())
    if not re.search(r"[^\W_]", clean):
        raise InputError(f"Tên cơ quan {name!r} không có chữ cái hay chữ số nào; hãy dùng tên đầy đủ của cơ quan.")
    if len(clean) > MAX_AGENCY_NAME:
        raise InputError(f"Tên cơ quan dài {len(clean)} ký tự, tối đa {MAX_AGENCY_NAME}.")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in clean):
        raise InputError(f"Tên cơ quan {clean!r} chứa ký tự điều khiển hoặc ký tự ẩn.")
    return clean


def agency_key(name: str) -> str:
    """What a reader takes the name for: accents, case, punctuation and spacing folded away."""
    text = unicodedata.normalize("NFKD", agency_name(name).replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def agency_slug(name: str) -> str:
    """The agency's directory and store name: ``ham-thuan-bac-3f1c0a9b2e`` (ASCII, unique per ``agency_key``)."""
    readable = re.sub(r"[^a-z0-9]+", "-", agency_key(name)).strip("-")[:SLUG_START].strip("-") or "co-quan"
    return f"{readable}-{hashlib.sha256(agency_key(name).encode()).hexdigest()[:10]}"


def _same_or_clash(agency: Agency, name: str) -> Agency:
    if agency_name(agency.name) != name:
        raise InputError(f"Tên cơ quan {name!r} trùng với cơ quan đã có {agency.name!r} (chỉ khác chữ hoa/thường, "
                         f"dấu, dấu câu hoặc khoảng trắng). Nếu là cùng cơ quan, hãy dùng đúng tên {agency.name!r}; "
                         f"nếu là cơ quan khác, hãy đặt tên phân biệt rõ.")
    return agency


def get_or_create_agency(session: Session, name: str) -> Agency:
    """The agency named ``name`` (created on first use); ``InputError`` naming the clash if another agency's
    name reads the same.  Safe when two requests create the same agency at once (the slug is unique)."""
    name = agency_name(name)
    slug = agency_slug(name)
    agency = session.scalar(select(Agency).where(Agency.slug == slug))
    if agency is None:
        agency = _legacy(session, name)
    if agency is not None:
        return _same_or_clash(agency, name)
    try:
        with session.begin_nested():
            agency = Agency(slug=slug, name=name)
            session.add(agency)
    except IntegrityError:  # another request created it meanwhile
        agency = session.scalar(select(Agency).where(Agency.slug == slug))
        return _same_or_clash(agency, name)
    return agency


def _legacy(session: Session, name: str) -> Agency | None:
    """A row created before slugs were hashed (``slugify(name)``, cut to 64): the same agency if its name
    reads the same; a different one (cut names that differed late) is left alone."""
    try:
        old = session.scalar(select(Agency).where(Agency.slug == slugify(name)))
    except InputError:
        return None
    return old if old is not None and agency_key(old.name) == agency_key(name) else None


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
