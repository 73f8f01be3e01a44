"""Random private tokens (links, bookings, API) and the hash under which they are stored.

Only the hash is kept in the database: a copy of the database gives nobody a working link.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

TOKEN_BYTES = 32


def token_new() -> str:
    """A fresh URL-safe random token (256 bits)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(raw: str) -> str:
    """The stored form of a token (SHA-256, hex)."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def token_matches(raw: str, stored_hash: str) -> bool:
    """Constant-time comparison of a presented token with a stored hash."""
    return hmac.compare_digest(token_hash(raw), stored_hash)
