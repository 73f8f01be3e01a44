"""How far a goal has come: progress, the linear expectation, "at risk" and "overdue"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

# A goal is at risk when the straight line from baseline to target expects more than this
# share of the way to be done by today than has been achieved.
AT_RISK_GAP = 0.15


@dataclass(frozen=True)
class Progress:
    latest: Decimal
    latest_date: dt.date | None
    progress: float  # 0..1, share of the way from baseline to target
    expected: float  # 0..1, share a straight line would have reached by today
    reached: bool
    overdue: bool
    at_risk: bool

    @property
    def percent(self) -> int:
        return round(self.progress * 100)

    @property
    def expected_percent(self) -> int:
        return round(self.expected * 100)

    @property
    def state(self) -> str:
        if self.reached:
            return "reached"
        if self.overdue:
            return "overdue"
        if self.at_risk:
            return "at_risk"
        return "on_track"


def _clamp(value: float) -> float:
    return min(max(value, 0.0), 1.0)


def goal_progress(
    *,
    baseline: Decimal,
    target: Decimal,
    baseline_date: dt.date,
    target_date: dt.date,
    measurements: list[tuple[dt.date, Decimal]],
    today: dt.date,
) -> Progress:
    """Progress = (latest − baseline) / (target − baseline), clamped to 0..1.

    Only measurements up to today count; without one the latest value is the baseline.
    """
    known = sorted((d, v) for d, v in measurements if d <= today)
    latest_date, latest = known[-1] if known else (None, baseline)
    span = target - baseline
    progress = _clamp(float((latest - baseline) / span)) if span else 1.0
    days = (target_date - baseline_date).days
    expected = _clamp((today - baseline_date).days / days) if days > 0 else 1.0
    reached = progress >= 1.0
    overdue = not reached and today > target_date
    at_risk = not reached and not overdue and (expected - progress) > AT_RISK_GAP
    return Progress(
        latest=latest,
        latest_date=latest_date,
        progress=progress,
        expected=expected,
        reached=reached,
        overdue=overdue,
        at_risk=at_risk,
    )
