"""Progress, at-risk and overdue follow the documented formulas."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from lotse.international.progress import goal_progress

START, END = dt.date(2025, 1, 1), dt.date(2026, 1, 1)


def progress(measurements, today, baseline="0", target="100"):
    return goal_progress(
        baseline=D(baseline),
        target=D(target),
        baseline_date=START,
        target_date=END,
        measurements=[(d, D(v)) for d, v in measurements],
        today=today,
    )


def test_progress_is_share_of_way_from_baseline_to_latest():
    p = progress([(dt.date(2025, 3, 1), "20"), (dt.date(2025, 6, 1), "40")], dt.date(2025, 6, 2))
    assert p.progress == 0.4
    assert p.latest == D("40")


def test_progress_is_clamped_between_zero_and_one():
    assert progress([(dt.date(2025, 3, 1), "150")], dt.date(2025, 4, 1)).progress == 1.0
    below = progress([(dt.date(2025, 3, 1), "5")], dt.date(2025, 4, 1), baseline="10")
    assert below.progress == 0.0


def test_decreasing_goal_counts_a_fall_as_progress():
    p = progress([(dt.date(2025, 6, 1), "100")], dt.date(2025, 6, 2), baseline="120", target="80")
    assert p.progress == 0.5


def test_goal_is_at_risk_when_expectation_leads_by_more_than_15_points():
    # Halfway through the year the straight line expects ~50 %; 30 % is 20 points behind.
    p = progress([(dt.date(2025, 7, 1), "30")], dt.date(2025, 7, 2))
    assert p.at_risk and p.state == "at_risk"
    q = progress([(dt.date(2025, 7, 1), "40")], dt.date(2025, 7, 2))
    assert not q.at_risk and q.state == "on_track"


def test_goal_is_overdue_after_target_date_when_not_reached():
    p = progress([(dt.date(2025, 12, 1), "90")], dt.date(2026, 2, 1))
    assert p.overdue and not p.at_risk and p.state == "overdue"
    done = progress([(dt.date(2025, 12, 1), "100")], dt.date(2026, 2, 1))
    assert done.reached and not done.overdue


def test_future_measurements_are_ignored():
    p = progress([(dt.date(2025, 12, 1), "90")], dt.date(2025, 6, 1))
    assert p.latest == D("0") and p.latest_date is None
