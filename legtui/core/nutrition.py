"""Energy, protein, sleep and bodyweight numbers for the daily check-in (docs/design.md,
"Check-in maths"). Pure.

Every constant here names its source in docs/science.md. All weights are handled in kg inside
this module and converted to the profile's unit only for display.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from legtui.core.model import LB_IN_KG, Activity, CheckIn, Profile, Sex, Unit, from_kg

if TYPE_CHECKING:  # the coach (legtui.core.coach) fills these in; they build on this module
    from legtui.core.goal import Goal
    from legtui.core.measured import Expenditure

ACTIVITY_FACTORS: dict[Activity, float] = {
    "sedentary": 1.2,
    "light": 1.375,
    "moderate": 1.55,
    "active": 1.725,
    "very_active": 1.9,
}
DEFICIT_MIN, DEFICIT_MAX = 250, 500  # kcal a day below TDEE (the seed)
PROTEIN_G_PER_LB = (0.7, 1.0)  # the seed
SLEEP_H = (7, 9)  # the seed
FIBER_G_PER_1000_KCAL = 14  # Dietary Guidelines for Americans
SODIUM_MG_MAX = 2300  # Dietary Guidelines for Americans
KCAL_PER_KG = 7700  # energy in a kilogram of body fat loss
TREND_SMOOTHING = 0.1  # The Hacker's Diet
MAX_WEEKLY_LOSS = 0.01  # fraction of bodyweight a week
RATE_WINDOW_DAYS = 14
RATE_MIN_SPAN_DAYS = 7
ADAPTIVE_WINDOW_DAYS = 28
ADAPTIVE_MIN_SPAN_DAYS = 14
ADAPTIVE_MIN_CALORIE_DAYS = 10

PROFILE_HINT = "legtui profile --sex ... --birth-year Y --height CM"


def age(birth_year: int, today: date) -> int:
    """Current year minus birth year: a year's error at most, a few kcal of BMR."""
    return today.year - birth_year


def bmr(sex: Sex, weight_kg: float, height_cm: float, years: int) -> float:
    """Mifflin–St Jeor: 10 × kg + 6.25 × cm − 5 × age + 5 (male) or − 161 (female)."""
    return 10 * weight_kg + 6.25 * height_cm - 5 * years + (5 if sex == "male" else -161)


def tdee(bmr_kcal: float, activity: Activity) -> float:
    return bmr_kcal * ACTIVITY_FACTORS[activity]


@dataclass(frozen=True, slots=True)
class Band:
    low: float
    high: float

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True, slots=True)
class CalorieBand(Band):
    target: float
    source: str = "formula"  # "measured" once the coach sets it from measured expenditure
    reason: str = ""


def calorie_band(tdee_kcal: float, deficit: int) -> CalorieBand:
    """TDEE − 500 … TDEE − 250, with the user's deficit (kept inside) as the target."""
    kept = kept_deficit(deficit)
    return CalorieBand(tdee_kcal - DEFICIT_MAX, tdee_kcal - DEFICIT_MIN, tdee_kcal - kept,
                       "formula", f"TDEE {round(tdee_kcal)} − {kept} kcal deficit")


def kept_deficit(deficit: int) -> int:
    """The profile's deficit, kept inside 250–500."""
    return min(max(deficit, DEFICIT_MIN), DEFICIT_MAX)


def protein_band(weight_kg: float) -> Band:
    """0.7–1.0 g per lb of bodyweight (1.54–2.2 g per kg)."""
    pounds = weight_kg / LB_IN_KG
    low, high = PROTEIN_G_PER_LB
    return Band(low * pounds, high * pounds)


def fiber_target(kcal: float) -> float:
    """14 g per 1,000 kcal."""
    return FIBER_G_PER_1000_KCAL * kcal / 1000


def trend(weights: Sequence[float]) -> list[float]:
    """Exponentially smoothed weights: each step moves 10 % of the way to the new weight.

    Starts at the first weight. Days without a weigh-in are skipped, not filled in.
    """
    out: list[float] = []
    for weight in weights:
        out.append(weight if not out else out[-1] + TREND_SMOOTHING * (weight - out[-1]))
    return out


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of ys over xs (at least two distinct xs)."""
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sxx


def weigh_ins(checkins: Iterable[CheckIn], today: date) -> list[tuple[date, float]]:
    """(day, kg) for every check-in with a weight up to today, oldest first."""
    days = sorted(checkins, key=lambda c: c.date)
    return [
        (date.fromisoformat(c.date), kg)
        for c in days
        if (kg := c.weight_kg()) is not None and date.fromisoformat(c.date) <= today
    ]


def in_window(points: Sequence[tuple[date, float]], since: date) -> list[tuple[date, float]]:
    return [(day, kg) for day, kg in points if day >= since]


def days_spanned(points: Sequence[tuple[date, float]]) -> int:
    """Calendar days from the first point to the last, both counted."""
    return (points[-1][0] - points[0][0]).days + 1 if points else 0


def weight_slope(points: Sequence[tuple[date, float]]) -> float:
    """The trend's slope in kg a day (at least two weigh-ins on different days).

    Fitted by least squares on the daily weights rather than on the smoothed line: both follow
    the same straight trend, but the smoothed line starts at the first weight and needs about
    three weeks to catch up with a steady loss (over a fresh 28-day history its slope shows only
    ~70 % of the true rate), which would bias the adaptive TDEE by over 100 kcal.
    """
    first = points[0][0]
    return slope([float((day - first).days) for day, _ in points], [kg for _, kg in points])


@dataclass(frozen=True, slots=True)
class Estimate:
    """A number, or None and why not."""

    value: float | None
    reason: str | None = None


def weekly_rate(points: Sequence[tuple[date, float]], today: date) -> Estimate:
    """kg a week the trend moves by, over the last two weeks."""
    window = in_window(points, today - timedelta(days=RATE_WINDOW_DAYS - 1))
    if days_spanned(window) < RATE_MIN_SPAN_DAYS:
        return Estimate(None, f"the weekly rate needs weigh-ins spanning {RATE_MIN_SPAN_DAYS} "
                        f"days of the last {RATE_WINDOW_DAYS}")
    return Estimate(weight_slope(window) * 7)


def adaptive_tdee(checkins: Sequence[CheckIn], today: date) -> Estimate:
    """Expenditure from what happened: mean intake − 7,700 kcal/kg × trend slope (kg/day).

    The old method, no longer shown (measured expenditure replaced it); kept as the baseline
    that docs/science.md scores the new one against.

    Over the last 28 days; needs weigh-ins spanning 14 days and 10 days with calories.
    """
    since = today - timedelta(days=ADAPTIVE_WINDOW_DAYS - 1)
    intake = [
        c.calories for c in checkins
        if c.calories is not None and since <= date.fromisoformat(c.date) <= today
    ]
    window = in_window(weigh_ins(checkins, today), since)
    span = days_spanned(window)
    if span < ADAPTIVE_MIN_SPAN_DAYS or len(intake) < ADAPTIVE_MIN_CALORIE_DAYS:
        return Estimate(None, f"the adaptive TDEE needs weigh-ins spanning "
                        f"{ADAPTIVE_MIN_SPAN_DAYS} days and {ADAPTIVE_MIN_CALORIE_DAYS} days "
                        f"with calories in the last {ADAPTIVE_WINDOW_DAYS} (have {span} days, "
                        f"{len(intake)} with calories)")
    return Estimate(sum(intake) / len(intake) - KCAL_PER_KG * weight_slope(window))


def _whole(value: float | None) -> int | None:
    return None if value is None else round(value)


@dataclass(frozen=True, slots=True)
class Targets:
    """Today's numbers. kcal and grams unrounded; `to_json` rounds them to whole numbers."""

    unit: Unit
    bmr: float | None
    tdee: float | None
    calories: CalorieBand | None
    protein_g: Band | None
    sleep_h: Band
    fiber_g: float | None
    sodium_mg_max: int
    water_l: float | None
    trend_kg: float | None
    weekly_rate_kg: float | None
    adaptive_tdee: float | None
    warnings: tuple[str, ...]
    expenditure: Expenditure | None = None
    goal: Goal | None = None

    @property
    def trend_weight(self) -> float | None:
        """The trend weight in the profile's unit."""
        return None if self.trend_kg is None else from_kg(self.trend_kg, self.unit)

    @property
    def weekly_rate(self) -> float | None:
        """The weekly rate in the profile's unit (negative: losing)."""
        return None if self.weekly_rate_kg is None else from_kg(self.weekly_rate_kg, self.unit)

    def to_json(self) -> dict[str, Any]:
        cal, protein = self.calories, self.protein_g
        trend_value, rate = self.trend_weight, self.weekly_rate
        return {
            "bmr": _whole(self.bmr),
            "tdee": _whole(self.tdee),
            "calories": None if cal is None else {
                "low": round(cal.low), "high": round(cal.high), "target": round(cal.target),
                "source": cal.source, "reason": cal.reason,
            },
            "protein_g": None if protein is None else {
                "low": round(protein.low), "high": round(protein.high)
            },
            "sleep_h": {"low": round(self.sleep_h.low), "high": round(self.sleep_h.high)},
            "fiber_g": _whole(self.fiber_g),
            "sodium_mg_max": self.sodium_mg_max,
            "water_l": self.water_l,
            "trend_weight": None if trend_value is None else {
                "value": round(float(trend_value), 1), "unit": self.unit
            },
            "weekly_rate": None if rate is None else {
                "value": round(float(rate), 2), "unit": self.unit
            },
            "adaptive_tdee": _whole(self.adaptive_tdee),
            "expenditure": None if self.expenditure is None else self.expenditure.to_json(),
            "goal": None if self.goal is None else self.goal.to_json(),
            "warnings": list(self.warnings),
        }


def fiber_for(day: CheckIn | None, calories: CalorieBand | None) -> float | None:
    """14 g per 1,000 kcal eaten that day, or of the calorie target when nothing is logged yet."""
    if day is not None and day.calories is not None:
        return fiber_target(day.calories)
    return None if calories is None else fiber_target(calories.target)


def losing_too_fast(rate_kg: float, weight_kg: float) -> bool:
    """The trend falls faster than 1 % of bodyweight a week."""
    return rate_kg < -MAX_WEEKLY_LOSS * weight_kg


def rate_warning(rate_kg: float, weight_kg: float, unit: Unit) -> str | None:
    """Losing faster than 1 % of bodyweight a week, or gaining."""
    shown = from_kg(abs(rate_kg), unit)
    if losing_too_fast(rate_kg, weight_kg):
        limit = from_kg(MAX_WEEKLY_LOSS * weight_kg, unit)
        return (f"losing {shown:.2f} {unit} a week, faster than 1 % of bodyweight "
                f"({limit:.2f} {unit}): eat nearer the top of the calorie band")
    if round(from_kg(rate_kg, unit), 2) > 0:
        return f"the trend is rising {shown:.2f} {unit} a week: check calories against the band"
    return None


def targets_for(profile: Profile, checkins: Sequence[CheckIn], today: date) -> Targets:
    """Every target for `today` from the profile and the check-ins up to today."""
    warnings: list[str] = []
    points = weigh_ins(checkins, today)
    latest_kg = points[-1][1] if points else None
    trend_kg = trend([kg for _, kg in points])[-1] if points else None
    if latest_kg is None:
        warnings.append("no bodyweight logged yet: legtui checkin --weight W")

    bmr_kcal = tdee_kcal = None
    if profile.sex is None or profile.birth_year is None or profile.height_cm is None:
        warnings.append(f"BMR and TDEE need sex, birth year and height: {PROFILE_HINT}")
    elif latest_kg is not None:
        bmr_kcal = bmr(profile.sex, latest_kg, profile.height_cm, age(profile.birth_year, today))
        tdee_kcal = tdee(bmr_kcal, profile.activity)
    calories = None if tdee_kcal is None else calorie_band(round(tdee_kcal), profile.deficit)

    if profile.water_target_l is None:
        warnings.append("no water target set: legtui profile --water L")

    rate = weekly_rate(points, today) if points else Estimate(None)
    if rate.reason and points:
        warnings.append(rate.reason)
    if rate.value is not None and trend_kg is not None:
        warning = rate_warning(rate.value, trend_kg, profile.unit)
        if warning:
            warnings.append(warning)


    today_entry = next((c for c in checkins if c.date == today.isoformat()), None)
    return Targets(
        unit=profile.unit,
        bmr=bmr_kcal,
        tdee=tdee_kcal,
        calories=calories,
        protein_g=None if latest_kg is None else protein_band(latest_kg),
        sleep_h=Band(*SLEEP_H),
        fiber_g=fiber_for(today_entry, calories),
        sodium_mg_max=SODIUM_MG_MAX,
        water_l=profile.water_target_l,
        trend_kg=trend_kg,
        weekly_rate_kg=rate.value,
        adaptive_tdee=None,  # measured expenditure, filled in by legtui.core.coach
        warnings=tuple(warnings),
    )
