"""The error types every app raises; each knows its HTTP shape, and one middleware renders them.

Services raise these directly (no catch-and-re-raise in views): `NotFound` for anything that is
missing or not the caller's to see (one answer for both), `InvalidInput` naming each bad field,
`NotAllowed` for an action the caller may not take, `Limited` with the seconds to wait.
"""

from __future__ import annotations


class ApiError(Exception):
    """Any client error; rendered as `{"error": {"code", "message", "fields"}}` with `status`."""

    status = 400
    code = "bad_request"

    def __init__(
        self,
        *,
        status: int | None = None,
        code: str | None = None,
        message: str,
        fields: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status or type(self).status
        self.code = code or type(self).code
        self.message = message
        self.fields = fields or {}
        self.headers = headers or {}


class NotFound(ApiError):
    """Raised when a thing does not exist or is not the caller's to see (404 either way)."""

    status = 404

    def __init__(self, what: str, value: object = "", *, message: str = "") -> None:
        shown = str(value)[:80]
        super().__init__(
            code=f"{what}_not_found",
            message=message or f"No {what} {shown!r} was found.",
            fields={what: f"unknown {what}"},
        )
        self.what = what
        self.value = value


class InvalidInput(ApiError):
    """Raised when input is wrong; `fields` names each bad field with what is wrong with it."""

    status = 400
    code = "invalid_input"

    def __init__(
        self, fields: dict[str, str], *, message: str = "", code: str = "invalid_input"
    ) -> None:
        names = ", ".join(sorted(fields))
        super().__init__(
            code=code,
            message=message or f"Please check: {names}.",
            fields=fields,
        )


class NotAllowed(ApiError):
    """Raised when the caller may not take this action on an object they can see (403)."""

    status = 403
    code = "forbidden"

    def __init__(self, message: str = "Not allowed.", *, code: str = "forbidden") -> None:
        super().__init__(code=code, message=message)


class Limited(ApiError):
    """Raised when a rate or fairness limit applies; `retry_after` in seconds (429)."""

    status = 429
    code = "rate_limited"

    def __init__(self, retry_after: int, *, message: str = "", code: str = "rate_limited") -> None:
        retry_after = max(1, int(retry_after))
        super().__init__(
            code=code,
            message=message or f"Too many requests. Try again in {retry_after} seconds.",
            headers={"Retry-After": str(retry_after)},
        )
        self.retry_after = retry_after
