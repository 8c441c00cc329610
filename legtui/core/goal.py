"""The goal weight and the day the trend would reach it. Pure (docs/science.md, "Goal")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil
from typing import Any

from legtui.core.model import Unit, from_kg

REACHED_KG = 0.1  # within this of the goal counts as reached
FLAT_KG_A_WEEK = 0.05  # a trend slower than this is flat


@dataclass(frozen=True, slots=True)
class Goal:
    weight_kg: float
    unit: Unit
    date: date | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"weight": round(from_kg(self.weight_kg, self.unit), 1), "unit": self.unit,
                "date": None if self.date is None else self.date.isoformat(),
                "reason": self.reason}


def project(goal_kg: float, trend_kg: float | None, rate_kg_week: float | None, unit: Unit,
            today: date) -> Goal:
    """The date the trend reaches the goal at its current weekly rate, only while it moves
    toward the goal; otherwise no date and why."""
    if trend_kg is None:
        return Goal(goal_kg, unit, None, "no weigh-ins yet")
    left = goal_kg - trend_kg
    shown = f"{from_kg(abs(left), unit):.1f} {unit}"
    if abs(left) < REACHED_KG:
        return Goal(goal_kg, unit, None, "reached: the trend is at the goal")
    if rate_kg_week is None:
        return Goal(goal_kg, unit, None, f"{shown} to go; a date needs a weekly rate "
                    "(weigh-ins over a week or more)")
    if abs(rate_kg_week) < FLAT_KG_A_WEEK:
        return Goal(goal_kg, unit, None, f"{shown} to go; the trend is flat, so no date")
    if (left > 0) != (rate_kg_week > 0):
        return Goal(goal_kg, unit, None, f"{shown} to go; the trend moves away from the goal")
    days = ceil(abs(left) / abs(rate_kg_week) * 7)
    rate = f"{from_kg(abs(rate_kg_week), unit):.2f} {unit}"
    return Goal(goal_kg, unit, today + timedelta(days=days),
                f"{shown} to go at {rate} a week")
