"""Booking failures with their HTTP shape (409s); bad input and limits use core's error types."""

from __future__ import annotations

from lotse.core.errors import ApiError


class SlotFull(ApiError):
    """Raised when the slot has no free seat (or is too soon / in the past)."""

    status = 409
    code = "slot_full"

    def __init__(self, message: str = "This slot has no free seat.") -> None:
        super().__init__(message=message, fields={"slot": "full"})


class BookingStateError(ApiError):
    """Raised when the booking is not in a state that allows the action."""

    status = 409
    code = "not_active"

    def __init__(self, message: str, *, status: str = "") -> None:
        super().__init__(message=message, fields={"status": status} if status else {})


class DrawOnly(ApiError):
    """Raised when a slot belongs to a period whose seats are allocated by a draw (not drawn yet)."""

    status = 409
    code = "by_draw"

    def __init__(self) -> None:
        super().__init__(
            message="The seats of this slot are allocated by a draw; request one in its window.",
            fields={"slot": "allocated by draw"},
        )
