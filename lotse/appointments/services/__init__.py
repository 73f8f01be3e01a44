"""Writes of the appointments app, one module per sub-domain.

Import order (no cycles): limits, inputs → holds → alerts → waitlist → slots, booking → draw,
stats → queue, staff.
The names below are re-exported so `from lotse.appointments.services import booking_create`
keeps working; new code may import from the sub-module directly.
"""

from lotse.appointments.services.alerts import (
    alert_confirm,
    alert_offer_seats,
    alert_subscribe,
    alert_unsubscribe,
    alerts_expire,
)
from lotse.appointments.services.booking import (
    BookingOrigin,
    booking_active_for,
    booking_cancel,
    booking_change_budget,
    booking_confirm,
    booking_create,
    booking_link_resend,
    booking_remind,
    booking_reschedule,
)
from lotse.appointments.services.draw import (
    draw_announce,
    draw_order,
    draw_request,
    draw_request_urgency_set,
    draw_run,
    draw_verify,
    draws_run_due,
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
from lotse.appointments.services.stats import stats_refresh, stats_schedule, stats_stale
from lotse.appointments.services.waitlist import (
    seats_offer,
    seats_release_due,
    waitlist_offer_all,
    waitlist_offer_next,
    waitlist_register,
    waitlist_withdraw,
)

__all__ = [
    "BookingOrigin",
    "BookingRequest",
    "address_digest",
    "address_group",
    "alert_confirm",
    "alert_offer_seats",
    "alert_subscribe",
    "alert_unsubscribe",
    "alerts_expire",
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
    "draw_announce",
    "draw_order",
    "draw_request",
    "draw_request_urgency_set",
    "draw_run",
    "draw_verify",
    "draws_run_due",
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
    "seats_offer",
    "seats_release_due",
    "slots_ensure",
    "slots_generate",
    "stats_refresh",
    "stats_schedule",
    "stats_stale",
    "waitlist_offer_all",
    "waitlist_offer_next",
    "waitlist_register",
    "waitlist_withdraw",
]
