"""The coached calorie target: once a week, on the lifter's check-in day, measured expenditure
minus the deficit once the estimate is ready (the formula's target before), moving at most
150 kcal a week, never under the safe floor. Pure; docs/science.md ("The coached target").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from legtui.core.body import Floor, safe_floor
from legtui.core.goal import project
from legtui.core.measured import Series, formula_tdee, judge, series
from legtui.core.model import WEEKDAYS, CheckIn, Profile
from legtui.core.nutrition import (
    DEFICIT_MAX,
    DEFICIT_MIN,
    CalorieBand,
    Targets,
    kept_deficit,
    targets_for,
)

MAX_WEEKLY_MOVE = 150  # kcal
FLOOR_WARNING = "the calorie target is held up at"


@dataclass(frozen=True, slots=True)
class Weekly:
    """The target set on one check-in day, before the floor."""

    day: date
    kcal: float
    source: str
    reason: str


def _formula_target(profile: Profile, weight_kg: float, day: date) -> float | None:
    found = formula_tdee(profile, weight_kg, day)
    return None if found is None else round(found) - kept_deficit(profile.deficit)


def checkin_weekday(profile: Profile) -> int:
    return WEEKDAYS.index(profile.checkin_day) if profile.checkin_day in WEEKDAYS else 0


def last_checkin_day(profile: Profile, today: date) -> date:
    """The latest check-in day up to today: the day this week's target was set."""
    return today - timedelta(days=(today.weekday() - checkin_weekday(profile)) % 7)


def weekly_targets(profile: Profile, found: Series) -> list[Weekly]:
    """The target of every check-in day in the window, oldest first (none before a weigh-in
    with a complete profile)."""
    weekday = checkin_weekday(profile)
    kept = kept_deficit(profile.deficit)
    out: list[Weekly] = []
    weight: float | None = None
    for i, day in enumerate(found.days):
        weight = day.weight_kg if day.weight_kg is not None else weight
        when = found.start + timedelta(days=i)
        if when.weekday() != weekday or weight is None:
            continue
        formula = _formula_target(profile, weight, when)
        estimate = judge(found.days[:i + 1], found.steps[i])
        prev = out[-1] if out else None
        if estimate.state == "ready" and estimate.kcal is not None:
            wanted, source = estimate.kcal - kept, "measured"
            why = f"measured {round(estimate.kcal)} − {kept} kcal deficit"
        elif estimate.state == "holding" and prev is not None:
            wanted, source, why = prev.kcal, prev.source, f"held, {estimate.reason}"
        elif formula is not None:
            wanted, source = formula, "formula"
            why = (f"formula until measured expenditure is ready "
                   f"({estimate.state} {estimate.reason})")
        else:
            continue
        if prev is not None and abs(wanted - prev.kcal) > MAX_WEEKLY_MOVE:
            step = MAX_WEEKLY_MOVE if wanted > prev.kcal else -MAX_WEEKLY_MOVE
            wanted, why = prev.kcal + step, f"{why}; moved {step:+d} kcal (at most 150 a week)"
        out.append(Weekly(when, round(wanted), source,
                          f"{why}, set {when.strftime('%a %d %b')}"))
    return out


def floor_for(profile: Profile, targets: Targets) -> Floor | None:
    return None if targets.bmr is None else safe_floor(profile.sex, targets.bmr)


def floored(band: CalorieBand, floor: Floor | None) -> tuple[CalorieBand, str | None]:
    """The band with nothing under the floor, and the warning when the floor held it up."""
    if floor is None or band.target >= floor.kcal:
        return band, None
    lifted = CalorieBand(max(band.low, floor.kcal), max(band.high, floor.kcal), floor.kcal,
                         band.source, f"{band.reason}; raised to the floor")
    return lifted, (f"{FLOOR_WARNING} {floor.reason}: "
                    f"{round(band.target)} kcal would be under it")


def coached_targets(profile: Profile, checkins: Sequence[CheckIn], today: date) -> Targets:
    """Today's targets with the coached calorie band, measured expenditure and the goal.

    The band is the one set on the latest check-in day, worked out from the data up to that
    day, so it stays put until the next one."""
    base = targets_for(profile, checkins, today)
    found = series(profile, checkins, today)
    estimate = judge(found.days, found.steps[-1])
    warnings = list(base.warnings)
    band = base.calories
    set_on = last_checkin_day(profile, today)
    weeks = weekly_targets(profile, series(profile, checkins, set_on))
    if band is not None and weeks:
        week = weeks[-1]
        base_kcal = week.kcal + kept_deficit(profile.deficit)
        band = CalorieBand(base_kcal - DEFICIT_MAX, base_kcal - DEFICIT_MIN, week.kcal,
                           week.source, week.reason)
    if band is not None:
        band, warning = floored(band, floor_for(profile, base))
        if warning:
            warnings.append(warning)
    goal = None if profile.goal_weight is None else project(
        profile.goal_weight, base.trend_kg, base.weekly_rate_kg, profile.unit, today)
    return replace(base, calories=band, adaptive_tdee=estimate.kcal, expenditure=estimate,
                   goal=goal, warnings=tuple(warnings))


def coach_lines(targets: Targets) -> list[str]:
    """The coach on Check-in: the target and why, measured expenditure, the goal, the floor."""
    lines = []
    cal, spent, goal = targets.calories, targets.expenditure, targets.goal
    if cal is not None:
        lines.append(f"Target {round(cal.target)} kcal ({cal.source}): {cal.reason}")
    if spent is not None:
        if spent.kcal is None or spent.low is None or spent.high is None:
            lines.append(f"Measured expenditure: {spent.reason}")
        else:
            lines.append(f"Measured {round(spent.kcal)} kcal ({round(spent.low)}–"
                         f"{round(spent.high)}), {spent.state}: {spent.reason}")
    if goal is not None:
        data = goal.to_json()
        when = "" if data["date"] is None else f" by {data['date']}"
        lines.append(f"Goal {data['weight']:g} {data['unit']}{when}: {data['reason']}")
    lines += [f"⚠ {w}" for w in targets.warnings if w.startswith(FLOOR_WARNING)]
    return lines
