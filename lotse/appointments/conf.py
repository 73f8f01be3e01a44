"""Tunable numbers of the appointments app: Django settings first, then environment, then default."""

from __future__ import annotations

from lotse.core.conf import int_setting, list_setting, str_setting
from lotse.core.conf import retention_days as core_retention_days

__all__ = ["int_setting", "str_setting"]


def hold_minutes() -> int:
    """How long an unconfirmed booking holds its seat."""
    return int_setting("LOTSE_BOOKING_HOLD_MINUTES", 30)


def cooldown_minutes() -> int:
    """How long a cancelled seat stays blocked before anyone can book it (against slot trading)."""
    return int_setting("LOTSE_BOOKING_COOLDOWN_MINUTES", 60)


def max_active_per_email() -> int:
    return int_setting("LOTSE_BOOKING_MAX_ACTIVE_PER_EMAIL", 2)


def max_active_per_ip() -> int:
    """0 switches the per-address limit off (benchmarks, a city behind one NAT)."""
    return int_setting("LOTSE_BOOKING_MAX_ACTIVE_PER_IP", 10)


def rate_window_seconds() -> int:
    return int_setting("LOTSE_BOOKING_RATE_WINDOW_SECONDS", 600)


def rate_with_proof() -> int:
    """Booking attempts per address and window when a proof-of-work comes along."""
    return int_setting("LOTSE_BOOKING_RATE_WITH_PROOF", 30)


def rate_without_proof() -> int:
    """Booking attempts per address and window without a proof-of-work (API, no JavaScript)."""
    return int_setting("LOTSE_BOOKING_RATE_WITHOUT_PROOF", 20)


def pow_difficulty() -> int:
    """Leading zero bits the proof-of-work needs (16 is about 65,000 hashes, under a second)."""
    return int_setting("LOTSE_POW_DIFFICULTY", 16)


def pow_ttl_seconds() -> int:
    return int_setting("LOTSE_POW_TTL_SECONDS", 900)


def video_base_url() -> str:
    return str_setting("LOTSE_VIDEO_BASE_URL", "https://meet.jit.si").rstrip("/")


def jitsi_app_id() -> str:
    return str_setting("LOTSE_JITSI_APP_ID", "lotse")


def jitsi_app_secret() -> str:
    return str_setting("LOTSE_JITSI_APP_SECRET", "")


def queue_heartbeat_seconds() -> int:
    """A waiting person whose page has not polled for this long has left the queue."""
    return int_setting("LOTSE_QUEUE_HEARTBEAT_SECONDS", 30)


def presence_seconds() -> int:
    """Staff count as present while their virtual-office page polled within this time."""
    return int_setting("LOTSE_PRESENCE_SECONDS", 90)


def queue_minutes_per_person() -> int:
    """Estimate of one conversation in the virtual office, for the expected wait."""
    return int_setting("LOTSE_QUEUE_MINUTES_PER_PERSON", 10)


def waitlist_offer_hours() -> int:
    return int_setting("LOTSE_WAITLIST_OFFER_HOURS", 24)


def alert_hold_minutes() -> int:
    """How long a seat offered to one slot-alert subscriber is held for them."""
    return int_setting("LOTSE_ALERT_HOLD_MINUTES", 15)


def alert_turns() -> int:
    """Subscribers a freed seat is offered to in turn before it is released to everyone."""
    return int_setting("LOTSE_ALERT_TURNS", 3)


def alert_days() -> int:
    """A slot alert ends after this many days (or with its date range)."""
    return int_setting("LOTSE_ALERT_DAYS", 60)


def alerts_per_person() -> int:
    """Open slot alerts per person (normalised e-mail), across all types."""
    return int_setting("LOTSE_ALERTS_PER_PERSON", 3)


def alerts_per_address() -> int:
    """Slot-alert sign-ups per client address and hour."""
    return int_setting("LOTSE_ALERTS_PER_ADDRESS_HOUR", 10)


def draw_confirm_hours() -> int:
    """How long a seat won in a draw is held for its winner to confirm."""
    return int_setting("LOTSE_DRAW_CONFIRM_HOURS", 48)


def draw_requests_per_address() -> int:
    """Draw requests per client address and hour (one per person is a database constraint)."""
    return int_setting("LOTSE_DRAW_REQUESTS_PER_ADDRESS_HOUR", 10)


def changes_per_window() -> int:
    """Moves and cancels per person (normalised e-mail) in the booking rate window."""
    return int_setting("LOTSE_BOOKING_CHANGES_PER_WINDOW", 5)


def queue_max_per_address() -> int:
    """Live entries in virtual-office queues from one client address (IPv6: one /64)."""
    return int_setting("LOTSE_QUEUE_MAX_PER_ADDRESS", 2)


def queue_knocks_per_window() -> int:
    """Knocks per client address in ten minutes (each knock creates a queue entry)."""
    return int_setting("LOTSE_QUEUE_KNOCKS_PER_WINDOW", 6)


def allowed_origins() -> list[str]:
    """Origins (scheme://host[:port]) of partner sites that may call the booking API from a
    browser, besides this site itself; comma-separated in the environment."""
    return [origin.rstrip("/").lower() for origin in list_setting("LOTSE_ALLOWED_ORIGINS")]


def retention_days() -> int:
    """Personal data of a booking, a waiting-list entry or a queue place is blanked this many
    days after the appointment, the entry's end or the conversation (default: the cases'
    LOTSE_RETENTION_DAYS, 180)."""
    return core_retention_days("LOTSE_APPOINTMENT_RETENTION_DAYS")
