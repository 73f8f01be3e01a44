"""Writes of the appointments app, one module per sub-domain.

Import order (no cycles): limits, inputs → holds → waitlist → slots, booking → queue, staff.
The names below are re-exported so `from lotse.appointments.services import booking_create`
keeps working; new code may import from the sub-module directly.
"""

from lotse.appointments.services.booking import (
    booking_active_for,
    booking_cancel,
    booking_change_budget,
    booking_confirm,
    booking_create,
    booking_link_resend,
    booking_remind,
    booking_reschedule,
)
from lotse.appointments.services.holds import booking_expire
from lotse.appointments.services.inputs import BookingRequest, name_clean, name_problem
from lotse.appointments.services.limits import (
    address_digest,
    address_group,
    email_normalise,
    rate_limit_hit,
)
from lotse.appointments.services.queue import (
    queue_drop_stale,
    queue_heartbeat,
    queue_knock,
    queue_leave,
)
from lotse.appointments.services.slots import (
    appointment_types_load,
    city_today,
    slots_ensure,
    slots_generate,
)
from lotse.appointments.services.staff import (
    booking_cancel_by_staff,
    booking_mark,
    booking_video_join,
    presence_heartbeat,
    presence_set,
    queue_admit_next,
    queue_end,
)
from lotse.appointments.services.waitlist import (
    seats_release_due,
    waitlist_offer_all,
    waitlist_offer_next,
    waitlist_register,
    waitlist_withdraw,
)

__all__ = [
    "BookingRequest",
    "address_digest",
    "address_group",
    "appointment_types_load",
    "booking_active_for",
    "booking_cancel",
    "booking_cancel_by_staff",
    "booking_change_budget",
    "booking_confirm",
    "booking_create",
    "booking_expire",
    "booking_link_resend",
    "booking_mark",
    "booking_remind",
    "booking_reschedule",
    "booking_video_join",
    "city_today",
    "email_normalise",
    "name_clean",
    "name_problem",
    "presence_heartbeat",
    "presence_set",
    "queue_admit_next",
    "queue_drop_stale",
    "queue_end",
    "queue_heartbeat",
    "queue_knock",
    "queue_leave",
    "rate_limit_hit",
    "seats_release_due",
    "slots_ensure",
    "slots_generate",
    "waitlist_offer_all",
    "waitlist_offer_next",
    "waitlist_register",
    "waitlist_withdraw",
]
