"""How a check-in stands against today's targets, field by field, and the last 7 days. Pure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from legtui.core.model import CheckIn, from_kg
from legtui.core.nutrition import Targets, fiber_for
from legtui.core.text import count, number

Status = Literal["on", "off"]
STRESS_OK = 3  # 1 (calm) … 3 is on target; 4–5 is high
SUMMARY_DAYS = 7
JUDGED = ("calories", "protein_g", "fiber_g", "sleep_h", "stress", "water_l", "sodium_mg")


@dataclass(frozen=True, slots=True)
class Mark:
    """The target shown beside a field, and whether the value meets it (None: nothing to judge)."""

    target: str | None
    status: Status | None


def _judge(value: float | None, target: str | None, ok: Callable[[float], bool]) -> Mark:
    if value is None or target is None:
        return Mark(target, None)
    return Mark(target, "on" if ok(value) else "off")


def mark(field: str, entry: CheckIn, targets: Targets) -> Mark:
    """One field of a check-in against today's targets.

    Protein counts as on target from the band's low end up: the top (1 g per lb) is where more
    stops helping, not a limit. Fields without a target (weight, tape, note) get the trend or
    nothing beside them and no mark.
    """
    cal, protein, sleep = targets.calories, targets.protein_g, targets.sleep_h
    if field == "calories":
        text = None if cal is None else f"{round(cal.low)}–{round(cal.high)} kcal"
        return _judge(entry.calories, text, lambda v: cal is not None and cal.holds(v))
    if field == "protein_g":
        text = None if protein is None else f"{round(protein.low)}–{round(protein.high)} g"
        return _judge(entry.protein_g, text, lambda v: protein is not None and v >= protein.low)
    if field == "fiber_g":
        fiber = fiber_for(entry, cal)
        text = None if fiber is None else f"≥ {round(fiber)} g"
        return _judge(entry.fiber_g, text, lambda v: fiber is not None and v >= fiber)
    if field == "sleep_h":
        return _judge(entry.sleep_h, f"{sleep.low:g}–{sleep.high:g} h", sleep.holds)
    if field == "stress":
        return _judge(entry.stress, f"1–{STRESS_OK}", lambda v: v <= STRESS_OK)
    if field == "water_l":
        water = targets.water_l
        text = None if water is None else f"≥ {water:g} L"
        return _judge(entry.water_l, text, lambda v: water is not None and v >= water)
    if field == "sodium_mg":
        ceiling = targets.sodium_mg_max
        return _judge(entry.sodium_mg, f"≤ {ceiling} mg", lambda v: v <= ceiling)
    if field == "weight" and targets.trend_weight is not None:
        return Mark(f"trend {targets.trend_weight:.1f} {targets.unit}", None)
    return Mark(None, None)


@dataclass(frozen=True, slots=True)
class FieldWeek:
    """One field over the summary days: its mean, on how many days it was logged and met."""

    mean: float | None
    days: int
    on_target: int
    judged: int = 0  # days that had a target to meet (a day without one is not counted)


@dataclass(frozen=True, slots=True)
class WeekSummary:
    start: date
    end: date
    days_checked_in: int
    weight: FieldWeek  # mean in the targets' unit; no target
    fields: dict[str, FieldWeek]  # the judged fields, in JUDGED order


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def week_summary(checkins: Sequence[CheckIn], targets: Targets, today: date) -> WeekSummary:
    """Averages and counts over the 7 days ending today."""
    start = today - timedelta(days=SUMMARY_DAYS - 1)
    week = [c for c in checkins if start <= date.fromisoformat(c.date) <= today]
    fields: dict[str, FieldWeek] = {}
    for name in JUDGED:
        logged = [c for c in week if getattr(c, name) is not None]
        marks = [mark(name, c, targets).status for c in logged]
        fields[name] = FieldWeek(_mean([float(getattr(c, name)) for c in logged]), len(logged),
                                 marks.count("on"), len(marks) - marks.count(None))
    weights = [from_kg(kg, targets.unit) for c in week if (kg := c.weight_kg()) is not None]
    return WeekSummary(start, today, len(week), FieldWeek(_mean(weights), len(weights), 0), fields)


def week_lines(summary: WeekSummary, unit: str) -> list[str]:
    """The summary as short lines for a screen or the shell."""
    labels = {"calories": "kcal", "protein_g": "g protein", "fiber_g": "g fiber",
              "sleep_h": "h sleep", "stress": "stress", "water_l": "L water",
              "sodium_mg": "mg sodium"}  # the unit first: its precision (legtui.core.text)
    lines = [f"last {SUMMARY_DAYS} days, days checked in: {summary.days_checked_in}"]
    if summary.weight.mean is not None:
        lines.append(f"  {'weight':<10} avg {summary.weight.mean:.1f} {unit}, "
                     f"weighed {summary.weight.days}/{count(SUMMARY_DAYS, 'day')}")
    for name, week in summary.fields.items():
        if week.mean is None:
            continue
        judged = (f"on target {week.on_target}/{count(week.judged, 'day')}" if week.judged
                  else "no target set")
        precision = labels[name].split()[0]  # the unit, or "stress"
        lines.append(f"  {labels[name]:<10} avg {number(week.mean, precision)}, {judged}")
    return lines
