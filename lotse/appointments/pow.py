"""Proof-of-work challenges: signed by the server, solved in the browser, spent once."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.core import signing
from django.db import IntegrityError, transaction

from lotse.appointments import conf
from lotse.appointments.models import UsedChallenge
from lotse.core.errors import InvalidInput

SALT = "lotse.appointments.pow"


class ProofInvalid(InvalidInput):
    """Raised when a proof-of-work is malformed, expired, too weak or already used (400 naming
    the `pow` field)."""

    def __init__(self, reason: str) -> None:
        super().__init__({"pow": reason}, code="invalid_pow", message=reason)


@dataclass(frozen=True)
class Challenge:
    challenge: str
    difficulty: int


def challenge_issue() -> Challenge:
    difficulty = conf.pow_difficulty()
    payload = {"r": secrets.token_urlsafe(12), "d": difficulty}
    return Challenge(
        challenge=signing.dumps(payload, salt=SALT, compress=False), difficulty=difficulty
    )


def leading_zero_bits(digest: bytes) -> int:
    bits = 0
    for byte in digest:
        if byte == 0:
            bits += 8
            continue
        return bits + (8 - byte.bit_length())
    return bits


def proof_verify(*, challenge: str, nonce: str) -> None:
    """Check signature, age and work, then spend the challenge (a unique row) or raise."""
    if not challenge or not nonce or len(challenge) > 300 or len(nonce) > 64:
        raise ProofInvalid("missing or oversized proof")
    try:
        payload = signing.loads(challenge, salt=SALT, max_age=conf.pow_ttl_seconds())
    except signing.SignatureExpired as exc:
        raise ProofInvalid("challenge expired") from exc
    except signing.BadSignature as exc:
        raise ProofInvalid("challenge not issued by this server") from exc
    difficulty = int(payload.get("d", 0))
    digest = hashlib.sha256((challenge + nonce).encode("utf-8")).digest()
    if leading_zero_bits(digest) < difficulty:
        raise ProofInvalid("not enough work")
    try:
        with transaction.atomic():
            UsedChallenge.objects.create(digest=hashlib.sha256(challenge.encode()).hexdigest())
    except IntegrityError as exc:
        raise ProofInvalid("challenge already used") from exc


def proof_solve(challenge: str, difficulty: int) -> str:
    """Brute-force a nonce (tests and the benchmark; the browser does the same in JS)."""
    counter = 0
    while True:
        nonce = format(counter, "x")
        digest = hashlib.sha256((challenge + nonce).encode("utf-8")).digest()
        if leading_zero_bits(digest) >= difficulty:
            return nonce
        counter += 1
