"""Video rooms: unguessable Jitsi Meet room names, links and optional per-room JWTs."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
from urllib.parse import urlsplit

from lotse.appointments import conf


def room_name_new() -> str:
    # 128 random bits: guessing a room is out of reach; the prefix helps operators.
    return "lotse-" + secrets.token_urlsafe(16).replace("_", "x").replace("-", "y")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def room_jwt(*, room: str, not_before: dt.datetime, expires: dt.datetime, name: str) -> str:
    """HS256 token in the form Jitsi's token authentication (prosody) expects."""
    header = {"alg": "HS256", "typ": "JWT"}
    payload = {
        "aud": "jitsi",
        "iss": conf.jitsi_app_id(),
        "sub": urlsplit(conf.video_base_url()).hostname or "*",
        "room": room,
        "nbf": int(not_before.timestamp()),
        "exp": int(expires.timestamp()),
        "context": {"user": {"name": name}},
    }
    signing_input = (
        _b64(json.dumps(header, separators=(",", ":")).encode())
        + "."
        + _b64(json.dumps(payload, separators=(",", ":")).encode())
    )
    signature = hmac.new(
        conf.jitsi_app_secret().encode(), signing_input.encode(), hashlib.sha256
    ).digest()
    return signing_input + "." + _b64(signature)


def room_url(*, room: str, not_before: dt.datetime, expires: dt.datetime, name: str) -> str:
    url = f"{conf.video_base_url()}/{room}"
    if conf.jitsi_app_secret():
        url += "?jwt=" + room_jwt(room=room, not_before=not_before, expires=expires, name=name)
    return url
