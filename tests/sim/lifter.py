"""A simulated lifter on a 20-week cut whose true daily expenditure is known: the judge of the
measured-expenditure filter (docs/science.md, "How the estimate is judged").

It is deliberately richer than the filter and shares none of its numbers: every lifter draws
their own physiology and habits. Modelled here, and not in the filter:
- resting expenditure off the formula by a personal factor, activity off what was self-reported;
- adaptive thermogenesis that grows with the deficit and fades in a diet break;
- a two-week diet break at maintenance with more carbohydrate, and an activity change;
- glycogen that follows carbohydrate intake, with 2.7–4 g of water per g, and gut content;
- autocorrelated water with salty weekend spikes; a menstrual cycle's water for women;
- weekend over-eating that is logged less often, a week away with nothing logged, missing
  weigh-ins, scale outliers, a personal under-logging bias;
- partial days, only some of them flagged; lean mass gained from lifting (recomposition).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from math import pi, sin

from legtui.core.model import ACTIVITIES, CheckIn, Profile, Sex
from legtui.core.nutrition import ACTIVITY_FACTORS, age, bmr

START = date(2026, 1, 5)  # a Monday
DAYS = 141  # day 0 … day 140


@dataclass(frozen=True, slots=True)
class Lifter:
    profile: Profile
    checkins: tuple[CheckIn, ...]
    expenditure: tuple[float, ...]  # true kcal/day, day 0 … 140
    intake: tuple[float, ...]  # true kcal eaten, day 0 … 140
    mass: tuple[float, ...]  # true fat + lean mass each morning, kg

    def truth(self, day: int, span: int = 7) -> float:
        """The mean true expenditure of the `span` days up to and including `day`."""
        chosen = self.expenditure[day - span + 1:day + 1]
        return sum(chosen) / len(chosen)


@dataclass(slots=True)
class Body:
    fat: float
    lean: float
    glycogen: float  # kg of glycogen (its water is added on the scale)
    thermogenesis: float = 0.0  # kcal/day, negative in a deficit


def _nearest_activity(pal: float) -> str:
    return min(ACTIVITIES, key=lambda a: abs(ACTIVITY_FACTORS[a] - pal))


def _water_step(rng: random.Random, water: float, salt: float, salty: bool, phi: float,
                sd: float) -> tuple[float, float]:
    """Tomorrow's extra water (kg): autocorrelated, with a salty day's water added."""
    salt = 0.5 * salt + (rng.uniform(0.2, 0.6) if salty else 0.0)
    return phi * water + rng.gauss(0, sd * (1 - phi ** 2) ** 0.5) + 0.3 * salt, salt


def simulate(seed: int) -> Lifter:
    rng = random.Random(seed)
    sex: Sex = rng.choice(("male", "female"))
    years = rng.randint(20, 60)
    height = rng.gauss(178, 7) if sex == "male" else rng.gauss(164, 6)
    weight = rng.uniform(21, 33) * (height / 100) ** 2
    fat_pct = 1.2 * weight / (height / 100) ** 2 + 0.23 * years - 10.8 * (sex == "male") - 5.4
    fat_pct = min(max(fat_pct + rng.gauss(0, 4), 8), 50)
    body = Body(weight * fat_pct / 100, weight * (1 - fat_pct / 100), 0.0)
    birth_year = START.year - years
    rmr_factor = rng.gauss(1.0, 0.07)
    pal = rng.uniform(1.35, 1.8)
    reported = _nearest_activity(pal * rng.gauss(1.0, 0.07))
    profile = Profile(sex=sex, birth_year=birth_year, height_cm=round(height, 1),
                      activity=reported)  # type: ignore[arg-type]

    # habits and physiology of this lifter
    forbes_c = rng.uniform(8.5, 12.5)
    lean_gain = rng.uniform(0.0, 0.25) / 30  # kg/day from lifting
    at_share, at_days = rng.uniform(0.08, 0.2), rng.uniform(7, 20)
    glycogen_max, water_per_g = rng.uniform(0.4, 0.6), rng.uniform(2.7, 4.0)
    carb_share = rng.uniform(0.35, 0.5)
    water_phi, water_sd = rng.uniform(0.5, 0.9), rng.uniform(0.25, 0.6)
    weekend_extra = rng.uniform(0.15, 0.45)
    log_bias = rng.gauss(1.0, 0.03)
    cycle_len, cycle_phase = rng.randint(26, 32), rng.randint(0, 31)
    cycle_kg = rng.uniform(0.3, 1.5) if sex == "female" else 0.0
    deficit = rng.uniform(250, 550)
    change_day, pal_change = rng.randint(30, 70), rng.choice((-1, 1)) * rng.uniform(0.05, 0.15)
    away = rng.randint(45, 75)
    break_start = rng.randint(82, 90)

    def formula(kg: float) -> float:
        return bmr(sex, kg, height, age(birth_year, START)) * ACTIVITY_FACTORS[reported]

    plan = formula(weight) - deficit
    water, salt, carbs_recent = 0.0, 0.0, [carb_share * plan / 4] * 3
    for back in range(63, 0, -1):  # water and salt as they stood before day 0
        water, salt = _water_step(rng, water, salt, (START - timedelta(days=back)).weekday() >= 5,
                                  water_phi, water_sd)
    body.glycogen = glycogen_max * min(1.0, carbs_recent[0] / (5 * weight))
    checkins, truth, eaten, mass = [], [], [], []
    recent_intake = [plan] * 7
    for t in range(DAYS):
        day = START + timedelta(days=t)
        weekend = day.weekday() >= 5
        is_away = away <= t < away + 7
        on_break = break_start <= t < break_start + 14
        weight = body.fat + body.lean
        if t == change_day:
            pal += pal_change
        base = rmr_factor * bmr(sex, weight, height, years) * pal
        if on_break:
            intake = formula(weight) * rng.gauss(1.0, 0.05)
            share = carb_share + 0.1
        else:
            intake = plan * rng.gauss(1.0, 0.08) * (1 + weekend_extra * weekend)
            intake *= 1.15 if is_away else 1.0
            share = carb_share
        balance_target = -at_share * max(0.0, base - sum(recent_intake) / 7)
        body.thermogenesis += (balance_target - body.thermogenesis) / at_days
        spent = (base + body.thermogenesis + 0.08 * (intake - plan)) * (1 + rng.gauss(0, 0.04))
        truth.append(spent)
        eaten.append(intake)
        mass.append(weight)

        # the scale this morning (before the day's eating)
        days_to_period = cycle_len - (t + cycle_phase) % cycle_len  # 1 … cycle_len
        cycle_water = cycle_kg * sin(pi * days_to_period / 8) if days_to_period < 8 else 0.0
        gut = 0.5 * (sum(recent_intake[-2:]) / 2) / 2000
        scale = (weight + body.glycogen * (1 + water_per_g) + water + cycle_water + gut
                 + rng.gauss(0, 0.1))
        if rng.random() < 0.01:
            scale += rng.choice((-1, 1)) * rng.uniform(1.5, 3.0)
        weighed = not is_away and rng.random() > (0.35 if weekend else 0.15)

        logged: int | None = None
        partial: bool | None = None
        if not is_away and rng.random() < (0.55 if weekend else 0.92):
            logged = round(intake * log_bias * rng.gauss(1.0, 0.06))
            if rng.random() < 0.06:
                logged = round(intake * rng.uniform(0.3, 0.7))
                partial = True if rng.random() < 0.5 else None
        if weighed or logged is not None:
            checkins.append(CheckIn(date=day.isoformat(),
                                    weight=round(scale, 1) if weighed else None,
                                    calories=logged, partial=partial))

        # the day's eating and spending move the body to tomorrow morning
        carbs_recent = [*carbs_recent[1:], share * intake / 4]
        full = min(1.0, max(0.25, sum(carbs_recent) / 3 / (5 * weight)))
        glycogen_change = 0.4 * (glycogen_max * full - body.glycogen)
        body.glycogen += glycogen_change
        stored = intake - spent - glycogen_change * 4100 - lean_gain * 1816  # kcal into tissue
        share_fat = body.fat / (body.fat + forbes_c)
        density = share_fat * 9441 + (1 - share_fat) * 1816  # kcal/kg
        body.fat += stored / density * share_fat
        body.lean += stored / density * (1 - share_fat) + lean_gain
        water, salt = _water_step(rng, water, salt, weekend and not on_break, water_phi,
                                  water_sd)
        recent_intake = [*recent_intake[1:], intake]
    return Lifter(profile, tuple(checkins), tuple(truth), tuple(eaten), tuple(mass))
