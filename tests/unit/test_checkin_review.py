"""Marks beside each check-in field and the 7-day summary."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from legtui.core.checkin_review import mark, week_lines, week_summary
from legtui.core.model import CheckIn, Profile
from legtui.core.nutrition import Targets, targets_for

TODAY = date(2026, 3, 10)
PROFILE = Profile(unit="kg", sex="male", birth_year=1996, height_cm=180, water_target_l=2.5)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture
def targets() -> Targets:
    # 80 kg man: calories 2259–2509, protein 123–176 g
    return targets_for(PROFILE, [CheckIn(day(0), weight=80)], TODAY)


@pytest.mark.parametrize("field, on, off", [
    ("calories", 2300, 2000),
    ("calories", 2509, 2600),
    ("protein_g", 123.5, 100),
    ("protein_g", 200, 122),  # above the band is still on target
    ("sleep_h", 7, 6.5),
    ("sleep_h", 9, 10),
    ("stress", 3, 4),
    ("water_l", 2.5, 2),
    ("sodium_mg", 2300, 2301),
])
def test_on_and_off_target(targets: Targets, field: str, on: float, off: float) -> None:
    values: dict[str, Any] = {field: on}
    assert mark(field, CheckIn(day(0), **values), targets).status == "on"
    values[field] = off
    assert mark(field, CheckIn(day(0), **values), targets).status == "off"


def test_fiber_target_follows_the_day_s_calories(targets: Targets) -> None:
    # 2000 kcal eaten: 28 g; nothing eaten: 14 g per 1,000 kcal of the 2259 target = 32 g
    assert mark("fiber_g", CheckIn(day(0), calories=2000, fiber_g=28), targets).status == "on"
    assert mark("fiber_g", CheckIn(day(0), fiber_g=30), targets).status == "off"
    assert mark("fiber_g", CheckIn(day(0), fiber_g=30), targets).target == "≥ 32 g"


def test_targets_shown_beside_fields(targets: Targets) -> None:
    entry = CheckIn(day(0))
    assert mark("calories", entry, targets).target == "2259–2509 kcal"
    assert mark("protein_g", entry, targets).target == "123–176 g"
    assert mark("sleep_h", entry, targets).target == "7–9 h"
    assert mark("weight", entry, targets).target == "trend 80.0 kg"
    assert mark("calories", entry, targets).status is None  # nothing typed yet
    assert mark("thigh", CheckIn(day(0), thigh=60), targets).status is None


def test_no_target_no_mark() -> None:
    bare = targets_for(Profile(), [], TODAY)
    assert mark("calories", CheckIn(day(0), calories=2000), bare).status is None
    assert mark("water_l", CheckIn(day(0), water_l=1), bare).status is None


def test_week_summary_counts_only_the_last_seven_days(targets: Targets) -> None:
    checkins = [
        CheckIn(day(-7), calories=5000, sleep_h=3),  # outside the window
        CheckIn(day(-6), weight=81, calories=2300, sleep_h=8),
        CheckIn(day(-3), weight=80, calories=1900, sleep_h=6),
        CheckIn(day(0), stress=2, unit="kg"),
    ]
    summary = week_summary(checkins, targets, TODAY)
    assert (summary.start, summary.end) == (TODAY - timedelta(days=6), TODAY)
    assert summary.days_checked_in == 3
    assert summary.fields["calories"].mean == pytest.approx(2100)
    assert (summary.fields["calories"].days, summary.fields["calories"].on_target) == (2, 1)
    assert (summary.fields["sleep_h"].days, summary.fields["sleep_h"].on_target) == (2, 1)
    assert summary.fields["protein_g"].mean is None
    assert summary.weight.mean == pytest.approx(80.5)
    lines = week_lines(summary, "kg")
    assert lines[0].endswith("3")
    assert any("on target 1/2 days" in line for line in lines)
    assert not any("protein" in line for line in lines)


def test_week_summary_converts_pound_weigh_ins(targets: Targets) -> None:
    checkins = [CheckIn(day(0), weight=176.37, unit="lb")]
    assert week_summary(checkins, targets, TODAY).weight.mean == pytest.approx(80, abs=0.01)


def test_a_day_without_a_target_is_not_counted_against_it() -> None:
    bare = targets_for(Profile(), [], TODAY)  # no calorie target: nothing to be off
    summary = week_summary([CheckIn(day(0), calories=2000, sleep_h=8)], bare, TODAY)
    calories = summary.fields["calories"]
    assert (calories.days, calories.on_target, calories.judged) == (1, 0, 0)
    lines = week_lines(summary, "kg")
    assert any("kcal" in line and "no target set" in line for line in lines)
    assert not any("on target 0/1" in line for line in lines)
    assert any("h sleep" in line and line.endswith("on target 1/1 day") for line in lines)
