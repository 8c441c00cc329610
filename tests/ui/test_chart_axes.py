"""The chart's axes: round, even y ticks on rows of their own at every size, a band on the rows
of its values, dates with the year across years, bodyweight lifts that never drop to 0."""

from __future__ import annotations

import math
from datetime import date
from itertools import pairwise

import pytest

from legtui.core.stats import ProgressPoint, ProgressSeries
from legtui.tui.screens.progression import lift_lines
from legtui.tui.widgets.chart import ROW_STEPS, date_ticks, nice_axis


def row_of(value: float, low: float, high: float, rows: int) -> float:
    return (value - low) / (high - low) * (rows - 1)


@pytest.mark.parametrize("rows", [3, 4, 5, 6, 7, 10, 14, 20, 30])
@pytest.mark.parametrize(
    ("low", "high"), [(70, 137), (0, 41), (69.7, 74.2), (5, 5), (0.4, 3), (80, 2600)]
)
def test_ticks_are_even_round_and_each_on_its_own_row(low: float, high: float, rows: int) -> None:
    axis = nice_axis(low, high, rows)
    assert axis.low <= low and axis.high >= high
    gaps = {round(b - a, 9) for a, b in pairwise(axis.ticks)}
    assert len(axis.ticks) >= 2 and len(gaps) == 1  # evenly spaced values
    tick_rows = [row_of(t, axis.low, axis.high, rows) for t in axis.ticks]
    assert all(abs(r - round(r)) < 1e-6 for r in tick_rows)  # each exactly on a row
    row_gaps = {round(b - a) for a, b in pairwise(tick_rows)}
    assert len(row_gaps) == 1 and (rows <= 5 or min(row_gaps) >= 2)
    per_row = (axis.high - axis.low) / (rows - 1)
    exponent = 10 ** math.floor(math.log10(per_row) + 1e-9)
    assert any(abs(per_row - m * exponent) < 1e-6 * exponent for m in ROW_STEPS)


@pytest.mark.parametrize("rows", [7, 10, 14, 30])
def test_the_volume_band_lands_on_the_rows_of_10_and_20(rows: int) -> None:
    axis = nice_axis(0, 44, rows, guides=(10, 20))
    for guide in (10, 20):
        assert abs(row_of(guide, axis.low, axis.high, rows) % 1) < 1e-6


def test_the_old_uneven_ticks_are_gone() -> None:
    # at 48x20 the lift chart has 4 rows of data; plotext labelled them 136.5 127.1 108.2 98.8
    assert nice_axis(80, 136.5, 4).ticks == (80.0, 100.0, 120.0, 140.0)


def test_dates_carry_the_year_when_the_window_spans_two() -> None:
    one_year = date(2025, 11, 25).toordinal(), date(2026, 11, 25).toordinal()
    _, labels = date_ticks(*one_year, 80)
    assert labels[0] == "Nov 2025" and labels[-1] == "Nov 2026"
    within = date(2026, 5, 25).toordinal(), date(2026, 11, 25).toordinal()
    assert date_ticks(*within, 80)[1][0] == "May"
    short = date(2025, 12, 1).toordinal(), date(2026, 2, 1).toordinal()
    assert date_ticks(*short, 80)[1][0] == "01 Dec 2025"
    assert date_ticks(date(2026, 9, 1).toordinal(), date(2026, 11, 1).toordinal(), 80)[1][0] \
        == "01 Sep"


def point(day: str, load: float, reps: int, e1rm: float | None) -> ProgressPoint:
    return ProgressPoint(day, e1rm, load, load * reps, 3, reps)


def test_a_bodyweight_lift_is_charted_by_reps() -> None:
    series = ProgressSeries("step-up", "kg", (point("2026-11-02", 0, 12, None),
                                              point("2026-11-04", 0, 13, None)))
    [line] = lift_lines(series)
    assert line.label == "reps (top set)" and [v for _, v in line.points] == [12, 13]


def test_added_load_days_are_charted_without_dropping_to_0() -> None:
    series = ProgressSeries("step-up", "kg", (point("2026-11-02", 0, 15, 0.0),
                                              point("2026-11-04", 5, 10, 6.7)))
    e1rm, added = lift_lines(series)
    assert added.label == "added kg" and [v for _, v in added.points] == [5]
    assert [v for _, v in e1rm.points] == [6.7]
    assert e1rm.marker != added.marker  # told apart without colour
