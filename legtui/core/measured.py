"""Measured expenditure from the check-ins: the filter of legtui.core.expenditure run over the
recent window, its 80 % range and a state (measuring / ready / holding). Pure.

Only the last WINDOW_DAYS days are read, so a ten-year store costs what half a year does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from legtui.core.body import body_fat, energy_density
from legtui.core.expenditure import Day, Step, track
from legtui.core.model import CheckIn, Profile
from legtui.core.nutrition import age, bmr, tdee

State = Literal["measuring", "ready", "holding"]
WINDOW_DAYS = 182
RECENT_DAYS = 14
FEW = 3  # weigh-ins and intakes in the last 14 days before any number is shown
THIN = 8  # fewer than this many of either in the last 14 days: holding
READY_HALF_WIDTH = 200  # kcal: the 80 % range must be this narrow (each side) to be ready
READY_MIN_DAYS = 21


@dataclass(frozen=True, slots=True)
class Expenditure:
    kcal: float | None
    low: float | None
    high: float | None
    state: State
    reason: str

    def to_json(self) -> dict[str, Any]:
        def whole(value: float | None) -> int | None:
            return None if value is None else round(value)

        return {"kcal": whole(self.kcal), "low": whole(self.low), "high": whole(self.high),
                "state": self.state, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Series:
    """The window's days, oldest first, and the filter's estimate after each."""

    start: date
    days: tuple[Day, ...]
    steps: tuple[Step | None, ...]


def window_days(checkins: Sequence[CheckIn], start: date, today: date) -> list[Day]:
    """One Day per calendar day from start to today; partial days carry no intake."""
    by_day = {c.date: c for c in checkins if start.isoformat() <= c.date <= today.isoformat()}
    days = []
    for offset in range((today - start).days + 1):
        day = start + timedelta(days=offset)
        entry = by_day.get(day.isoformat())
        kcal = None if entry is None or entry.partial else entry.calories
        days.append(Day(day.weekday(), None if entry is None else entry.weight_kg(),
                        None if kcal is None else float(kcal)))
    return days


def formula_tdee(profile: Profile, weight_kg: float, today: date) -> float | None:
    if profile.sex is None or profile.birth_year is None or profile.height_cm is None:
        return None
    return tdee(bmr(profile.sex, weight_kg, profile.height_cm, age(profile.birth_year, today)),
                profile.activity)


def density_for(profile: Profile, weight_kg: float, today: date) -> float:
    """kcal per kg of weight change for this lifter (Forbes/Hall, body fat by Deurenberg)."""
    years = None if profile.birth_year is None else age(profile.birth_year, today)
    return energy_density(weight_kg, body_fat(profile.sex, weight_kg, profile.height_cm, years))


def series(profile: Profile, checkins: Sequence[CheckIn], today: date) -> Series:
    start = today - timedelta(days=WINDOW_DAYS - 1)
    days = window_days(checkins, start, today)
    weights = [d.weight_kg for d in days if d.weight_kg is not None]
    if not weights:
        return Series(start, tuple(days), (None,) * len(days))
    prior = formula_tdee(profile, weights[0], today)
    steps = track(days, prior, density_for(profile, weights[-1], today))
    return Series(start, tuple(days), tuple(steps))


def judge(days: Sequence[Day], step: Step | None) -> Expenditure:
    """The estimate on the window's last day, and how far to trust it."""
    recent = days[-RECENT_DAYS:]
    weighed = sum(d.weight_kg is not None for d in recent)
    ate = sum(d.kcal is not None for d in recent)
    logged = f"{weighed} weigh-ins and {ate} full days of calories in the last {RECENT_DAYS}"
    started = next((i for i, d in enumerate(days) if d.weight_kg is not None), len(days))
    history = len(days) - started
    if step is None or weighed < FEW or ate < FEW:
        state: State = "holding" if history > RECENT_DAYS else "measuring"
        return Expenditure(None, None, None, state,
                           f"needs {FEW} weigh-ins and {FEW} days of calories in the last "
                           f"{RECENT_DAYS} days (have {weighed} and {ate})")
    half = step.high - step.kcal
    if history > RECENT_DAYS and (weighed < THIN or ate < THIN):
        return Expenditure(step.kcal, step.low, step.high, "holding",
                           f"only {logged}; log {THIN} of each to update")
    if half > READY_HALF_WIDTH or history < READY_MIN_DAYS:
        return Expenditure(step.kcal, step.low, step.high, "measuring",
                           f"±{round(half)} kcal after {history} days; ready at "
                           f"±{READY_HALF_WIDTH} and {READY_MIN_DAYS} days")
    return Expenditure(step.kcal, step.low, step.high, "ready",
                       f"±{round(half)} kcal from {logged}")


def measured(profile: Profile, checkins: Sequence[CheckIn], today: date) -> Expenditure:
    """Today's measured expenditure."""
    found = series(profile, checkins, today)
    return judge(found.days, found.steps[-1])
