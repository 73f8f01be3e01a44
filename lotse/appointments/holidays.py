"""Public holidays of North Rhine-Westphalia, computed (no slots are offered on them).

Source: Gesetz über die Sonn- und Feiertage (Feiertagsgesetz NW), § 2 Abs. 1,
https://recht.nrw.de/lmi/owa/br_bes_detail?sg=0&menu=1&bes_id=3367&anw_nr=2&aufgehoben=N&det_id=144444
(checked 2026-11-22). One-off holidays (e.g. Reformation Day 2017) are not in the law's list
and must be entered as closure days.
"""

from __future__ import annotations

import datetime as dt
from functools import cache


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


@cache
def nrw_holidays(year: int) -> dict[dt.date, str]:
    easter = easter_sunday(year)
    days = {
        dt.date(year, 1, 1): "Neujahr",
        easter - dt.timedelta(days=2): "Karfreitag",
        easter + dt.timedelta(days=1): "Ostermontag",
        dt.date(year, 5, 1): "Tag der Arbeit",
        easter + dt.timedelta(days=39): "Christi Himmelfahrt",
        easter + dt.timedelta(days=50): "Pfingstmontag",
        easter + dt.timedelta(days=60): "Fronleichnam",
        dt.date(year, 10, 3): "Tag der Deutschen Einheit",
        dt.date(year, 11, 1): "Allerheiligen",
        dt.date(year, 12, 25): "1. Weihnachtstag",
        dt.date(year, 12, 26): "2. Weihnachtstag",
    }
    return days


def is_public_holiday(day: dt.date, *, state: str = "NW") -> bool:
    # Only NRW is known; another state needs its own list before its cities go live.
    if state != "NW":
        return False
    return day in nrw_holidays(day.year)
