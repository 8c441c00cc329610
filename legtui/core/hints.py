"""One-line hints from the seed, each shown only while its trigger holds. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from legtui.core.model import CheckIn, from_kg
from legtui.core.nutrition import SLEEP_H, Targets, losing_too_fast

STRESS_HIGH = 4  # 4–5 on the 1–5 scale
STRESS_DAYS = 3
STREAK_GAPS = 1  # a streak survives one day with nothing logged
WEIGHT_JUMP = 0.01  # a weigh-in this fraction above the trend reads as water, not fat
TAPE_MIN_DAYS = 14
TAPE_WINDOW_DAYS = 28


@dataclass(frozen=True, slots=True)
class Hint:
    key: str
    text: str


def _by_day(checkins: Sequence[CheckIn]) -> dict[date, CheckIn]:
    return {date.fromisoformat(c.date): c for c in checkins}


def short_sleep(entry: CheckIn | None) -> Hint | None:
    """Last night's sleep (today's check-in) under 7 h."""
    if entry is None or entry.sleep_h is None or entry.sleep_h >= SLEEP_H[0]:
        return None
    return Hint("sleep", f"{entry.sleep_h:g} h of sleep: short sleep raises ghrelin (hunger) and "
                "lowers leptin (fullness), so expect cravings today")


def high_stress(days: dict[date, CheckIn], today: date) -> Hint | None:
    """Stress 4–5 on three days running, ending today (or yesterday if today has none yet).
    One day without a stress entry inside the run is skipped, not counted against it."""
    entry = days.get(today)
    day = today if entry is not None and entry.stress is not None else today - timedelta(days=1)
    high, skipped = 0, 0
    while high < STRESS_DAYS:
        found = days.get(day)
        if found is None or found.stress is None:
            skipped += 1
            if skipped > STREAK_GAPS or high == 0:
                return None
        elif found.stress < STRESS_HIGH:
            return None
        else:
            high += 1
        day -= timedelta(days=1)
    return Hint("stress", "high stress three days running: cortisol raises appetite; "
                "a walk, a wind-down or an early night helps keep the deficit")


def fast_loss(targets: Targets) -> Hint | None:
    """The trend falls faster than 1 % of bodyweight a week."""
    rate, weight = targets.weekly_rate_kg, targets.trend_kg
    if rate is None or weight is None or not losing_too_fast(rate, weight):
        return None
    shown = from_kg(-rate, targets.unit)
    return Hint("fast-loss", f"losing {shown:.1f} {targets.unit} a week, over 1 % of bodyweight: "
                "a deeper cut costs muscle; eat nearer the top of the band")


def under_band(entry: CheckIn | None, targets: Targets) -> Hint | None:
    """Calories logged today below the band's low end."""
    band = targets.calories
    if entry is None or entry.calories is None or band is None or entry.calories >= band.low:
        return None
    return Hint("under-band", f"{entry.calories} kcal is under the band "
                f"({round(band.low)}–{round(band.high)}): too big a deficit costs muscle "
                "and is hard to keep")


def water_sodium(entry: CheckIn | None, targets: Targets) -> Hint | None:
    """Sodium over the ceiling, water under its target, or a weigh-in well above the trend."""
    if entry is None:
        return None
    salty = entry.sodium_mg is not None and entry.sodium_mg > targets.sodium_mg_max
    dry = (entry.water_l is not None and targets.water_l is not None
           and entry.water_l < targets.water_l)
    kg, trend = entry.weight_kg(), targets.trend_kg
    jump = kg is not None and trend is not None and kg > trend * (1 + WEIGHT_JUMP)
    if not (salty or dry or jump):
        return None
    return Hint("water-sodium", "water and sodium change how legs look and feel, not fat: "
                "a salty day shows on the scale, not in the trend")


def _tape_stalled(checkins: Sequence[CheckIn], today: date, girth: str) -> bool:
    since = today - timedelta(days=TAPE_WINDOW_DAYS - 1)
    taken = [
        (date.fromisoformat(c.date), float(value)) for c in sorted(checkins, key=lambda c: c.date)
        if (value := getattr(c, girth)) is not None
        and since <= date.fromisoformat(c.date) <= today
    ]
    if len(taken) < 2 or (taken[-1][0] - taken[0][0]).days < TAPE_MIN_DAYS:
        return False
    return taken[-1][1] >= taken[0][1]


def spot_reduction(checkins: Sequence[CheckIn], today: date) -> Hint | None:
    """Thigh or hip girth not smaller than two or more weeks earlier (within four weeks)."""
    if not any(_tape_stalled(checkins, today, girth) for girth in ("thigh", "hips")):
        return None
    return Hint("spot-reduction", "no exercise burns the fat on top of it (spot reduction does "
                "not exist): overall fat loss plus muscle reshapes the back of the legs")


def hints_for(checkins: Sequence[CheckIn], targets: Targets, today: date) -> list[Hint]:
    """The hints whose trigger holds today, most pressing first."""
    days = _by_day(checkins)
    entry = days.get(today)
    found = (
        fast_loss(targets),
        under_band(entry, targets),
        short_sleep(entry),
        high_stress(days, today),
        water_sodium(entry, targets),
        spot_reduction(checkins, today),
    )
    return [hint for hint in found if hint is not None]
