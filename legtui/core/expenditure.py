"""Measured expenditure: a small state-space (Kalman) filter over daily intake and weigh-ins.
Pure; the model and every number are in docs/science.md ("Measured expenditure").

The hidden state each morning is tissue mass F (kg), water W (kg, its own noisy state that
decays back to zero) and expenditure E (kcal/day, a slow random walk). A day's intake I moves
tissue by (I − E) / ρ, with ρ the energy density of weight change (legtui.core.body). The scale
reads F + W + G, where G is the glycogen water a refeed puts back and a return to the deficit
drains, worked out from the last 4 days' intake against the last 4 weeks'. Missing and partial
intake days are predicted from recent logged days of the same weekday, with a wide uncertainty;
a weigh-in far from the prediction is down-weighted (Huber).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import sqrt
from statistics import median

# The filter's parameters, fixed before the estimator was first scored (docs/science.md).
WATER_PERSISTENCE = 0.8  # share of yesterday's water left today
WATER_SD_KG = 0.6  # spread of water around zero
SCALE_SD_KG = 0.15  # the scale, clothes, time of day
TISSUE_START_SD_KG = 1.0  # vague: the first weigh-in (taken in once) sets the level
EXPENDITURE_STEP_SD = 20.0  # kcal/day a day of random walk
LOGGED_SD_SHARE = 0.10  # a logged day's intake is known to ±10 %
PREDICTED_SD_SHARE, PREDICTED_SD_MIN = 0.30, 400.0  # a missing day's intake: wide
PRIOR_SD_FORMULA, PRIOR_SD_INTAKE = 350.0, 600.0  # the starting guess: formula or intake
LOW_DAY_SHARE = 0.6  # a logged day below 60 % of the recent median reads as partial
GLYCOGEN_KG_PER_KCAL = 2.0 / 1000  # glycogen water per kcal/day of intake change
GLYCOGEN_MAX_KG = 1.5
GLYCOGEN_DAYS = 4  # intake days that set the glycogen level
HUBER_Z = 3.0  # weigh-ins further than this many sds from the prediction count less
RECENT_DAYS = 28  # intake history a missing day is predicted from
SAME_WEEKDAY_DAYS = 56
SAME_WEEKDAY_MIN = 2
WEEKEND = 5  # Saturday and Sunday (date.weekday() 5 and 6)
Z80 = 1.2816  # the 80 % range is the estimate ± 1.2816 sd


@dataclass(frozen=True, slots=True)
class Day:
    """One calendar day: the morning weigh-in and the intake logged for the day (None: missing
    or partial)."""

    weekday: int
    weight_kg: float | None
    kcal: float | None


@dataclass(frozen=True, slots=True)
class Step:
    """The filter after one day's weigh-in: expenditure and its standard deviation."""

    kcal: float
    sd: float

    @property
    def low(self) -> float:
        return self.kcal - Z80 * self.sd

    @property
    def high(self) -> float:
        return self.kcal + Z80 * self.sd


Matrix = list[list[float]]


def predicted_intake(days: Sequence[Day], logged: Sequence[float | None], t: int) -> float | None:
    """A missing day's intake: the mean of logged days of the same weekday in the last 8 weeks
    (two or more), else of the same kind of day (weekend or weekday), else of all logged days in
    the last 4 weeks; None when there are none."""
    since = max(0, t - SAME_WEEKDAY_DAYS)
    weekend = days[t].weekday >= WEEKEND

    def mean_of(keep: Callable[[Day], bool], start: int) -> float | None:
        chosen = [v for i in range(start, t) if (v := logged[i]) is not None and keep(days[i])]
        return sum(chosen) / len(chosen) if len(chosen) >= SAME_WEEKDAY_MIN else None

    for guess in (mean_of(lambda d: d.weekday == days[t].weekday, since),
                  mean_of(lambda d: (d.weekday >= WEEKEND) == weekend, since)):
        if guess is not None:
            return guess
    recent = [v for v in logged[max(0, t - RECENT_DAYS):t] if v is not None]
    return sum(recent) / len(recent) if recent else None


def usable_intake(days: Sequence[Day]) -> list[float | None]:
    """Logged intake, with days far under the recent median (unflagged partial days) dropped."""
    out: list[float | None] = []
    for t, day in enumerate(days):
        recent = [v for v in out[max(0, t - RECENT_DAYS):t] if v is not None]
        low = day.kcal is not None and len(recent) >= 5 and day.kcal < LOW_DAY_SHARE * median(
            recent)
        out.append(None if low else day.kcal)
    return out


def _predict(x: list[float], p: Matrix, intake: float, intake_sd: float, rho: float) -> Matrix:
    """Move the state one day on; returns the new covariance (x is changed in place).

    With A = [[1, 0, −1/ρ], [0, φ, 0], [0, 0, 1]], the covariance A P Aᵀ + Q written out."""
    phi, k = WATER_PERSISTENCE, 1 / rho
    x[0] += (intake - x[2]) * k
    x[1] *= phi
    fe = p[0][2] - k * p[2][2]
    ff = p[0][0] - 2 * k * p[0][2] + k * k * p[2][2] + (intake_sd * k) ** 2
    fw = phi * (p[0][1] - k * p[1][2])
    ww = phi * phi * p[1][1] + WATER_SD_KG ** 2 * (1 - phi ** 2)
    we = phi * p[1][2]
    ee = p[2][2] + EXPENDITURE_STEP_SD ** 2
    return [[ff, fw, fe], [fw, ww, we], [fe, we, ee]]


def _update(x: list[float], p: Matrix, reading: float) -> Matrix:
    """Take in one weigh-in (the glycogen water already taken off); Huber-weighted."""
    ph = [p[i][0] + p[i][1] for i in range(3)]
    s = ph[0] + ph[1] + SCALE_SD_KG ** 2
    innovation = reading - x[0] - x[1]
    z = abs(innovation) / sqrt(s)
    if z > HUBER_Z:
        s *= z / HUBER_Z
    for i in range(3):
        x[i] += ph[i] * innovation / s
    return [[p[i][j] - ph[i] * ph[j] / s for j in range(3)] for i in range(3)]


def glycogen_kg(eaten: Sequence[float]) -> float:
    """Glycogen water above its usual level: 2 kg per 1,000 kcal/day the last 4 days' intake
    is above the last 4 weeks' (below: negative), within ±1.5 kg."""
    if not eaten:
        return 0.0
    recent, usual = eaten[-GLYCOGEN_DAYS:], eaten[-RECENT_DAYS:]
    change = sum(recent) / len(recent) - sum(usual) / len(usual)
    return max(-GLYCOGEN_MAX_KG, min(GLYCOGEN_MAX_KG, GLYCOGEN_KG_PER_KCAL * change))


def track(days: Sequence[Day], prior: float | None, rho: float) -> list[Step | None]:
    """The estimate after each day's weigh-in; None until the filter can start (a weigh-in, and
    a prior or some logged intake)."""
    logged = usable_intake(days)
    start = next((t for t, d in enumerate(days) if d.weight_kg is not None), len(days))
    if prior is None:
        first = [v for v in logged[start:start + 14] if v is not None]
        prior, prior_sd = (sum(first) / len(first), PRIOR_SD_INTAKE) if first else (None, 0.0)
    else:
        prior_sd = PRIOR_SD_FORMULA
    steps: list[Step | None] = [None] * len(days)
    if prior is None or start == len(days):
        return steps
    first_weight = days[start].weight_kg
    assert first_weight is not None
    x = [first_weight, 0.0, prior]
    p = [[TISSUE_START_SD_KG ** 2, 0.0, 0.0], [0.0, WATER_SD_KG ** 2, 0.0],
         [0.0, 0.0, prior_sd ** 2]]
    eaten: list[float] = []
    for t in range(start, len(days)):
        weight = days[t].weight_kg
        if weight is not None:
            p = _update(x, p, weight - glycogen_kg(eaten))
        steps[t] = Step(x[2], sqrt(p[2][2]))
        intake, share = logged[t], LOGGED_SD_SHARE
        if intake is None:
            guess = predicted_intake(days, logged, t)
            intake, share = (x[2], 0.0) if guess is None else (guess, PREDICTED_SD_SHARE)
            sd = max(PREDICTED_SD_MIN, share * intake)
        else:
            sd = share * intake
        eaten.append(intake)
        p = _predict(x, p, intake, sd, rho)
    return steps
