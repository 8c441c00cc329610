"""A realistic generated history for `legtui demo`, screenshots and benchmarks.

A simulated lifter follows the default program: 2–3 sessions a week with skipped days and whole
missed weeks, warm-ups on the barbell lifts, RPE on some sets, strength that grows with diminishing
returns (so progress stalls and deloads happen), and daily check-ins with a noisy weight that
trends down. The same seed and end date always give the same history.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

from legtui.model import CheckIn, Profile, Session, SetEntry, SetKind

DEMO_PROFILE = Profile(
    unit="kg", sex="female", birth_year=1992, height_cm=168.0, activity="moderate", deficit=400,
    timezone="Europe/London", water_target_l=2.5,
)
TRAINING_DAYS = (0, 2, 4)  # Mon, Wed, Fri


@dataclass
class _Lift:
    exercise: str
    one_rm: float  # effective kg (load plus the share of bodyweight moved)
    ceiling: float
    bw_share: float
    load: float
    step: float
    low: int
    high: int
    warmups: tuple[float, ...] = ()
    target: int = 0
    stalls: int = 0
    best_total: int = 0

    def __post_init__(self) -> None:
        self.target = self.low


def _lifts() -> list[_Lift]:
    return [
        _Lift("rdl", 48, 150, 0, 20, 2.5, 8, 12, warmups=(0.0, 0.5, 0.75)),
        _Lift("hip-thrust", 60, 190, 0, 20, 2.5, 8, 12, warmups=(0.0, 0.6)),
        _Lift("step-up", 55, 95, 40, 0, 2.5, 10, 15),
        _Lift("bulgarian-split-squat", 50, 90, 40, 0, 2.5, 8, 12),
        _Lift("leg-curl", 35, 90, 0, 25, 5, 10, 15),
    ]


def _reps_possible(lift: _Lift, load: float) -> float:
    return max(0.0, 30.0 * (lift.one_rm / (load + lift.bw_share) - 1.0))


def _rpe(possible: float, reps: int) -> float:
    return min(10.0, max(6.0, round((10.0 - (possible - reps)) * 2) / 2))


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def next(self) -> str:
        return f"{self._rng.getrandbits(64):016x}"


def _session_for(lift: _Lift, day: date, rng: random.Random, ids: _Ids, minute: int) -> list[SetEntry]:
    stamp = f"{day.isoformat()}T17:{minute:02d}:00.000000Z"
    out: list[SetEntry] = []

    def add(load: float, reps: int, kind: SetKind, rpe: float | None) -> None:
        out.append(SetEntry(ids.next(), lift.exercise, round(load, 2), "kg", reps, stamp, rpe, kind))

    for frac in lift.warmups:
        warm = 20.0 if frac == 0.0 else max(20.0, round(lift.load * frac / 2.5) * 2.5)
        if warm < lift.load:
            add(warm, 10 if frac == 0.0 else 5, "warmup", None)
    total = 0
    for index in range(3):
        possible = _reps_possible(lift, lift.load) - index * 0.8 + rng.gauss(0, 0.8)
        reps = max(1, min(lift.target + (1 if rng.random() < 0.15 else 0), math.floor(possible - 2)))
        total += reps
        add(lift.load, reps, "working", _rpe(possible, reps) if rng.random() < 0.35 else None)
    _progress(lift, [s.reps for s in out if s.kind == "working"], total)
    return out


def _progress(lift: _Lift, reps: list[int], total: int) -> None:
    """Double progression with a deload after three sessions without a rep gained."""
    if min(reps) >= lift.high:
        lift.load += lift.step
        lift.target, lift.stalls, lift.best_total = lift.low, 0, 0
    elif total > lift.best_total:
        lift.best_total, lift.stalls = total, 0
        lift.target = min(lift.high, min(reps) + 1)
    else:
        lift.stalls += 1
        if lift.stalls >= 3:
            lift.load = max(lift.load - max(lift.step, round(lift.load * 0.1 / lift.step) * lift.step), 0)
            lift.stalls, lift.best_total, lift.target = 0, 0, lift.low


def _grow(lift: _Lift, rng: random.Random) -> None:
    lift.one_rm += 0.012 * (lift.ceiling - lift.one_rm) * max(0.0, rng.gauss(1.0, 0.6))


def _checkin(day: date, index: int, rng: random.Random, stress: int) -> CheckIn:
    trend = 66 + 20 * math.exp(-index / 420)
    week_tape = day.weekday() == 6
    loss = 20 * (1 - math.exp(-index / 420))
    return CheckIn(
        date=day.isoformat(),
        weight=round(trend + rng.gauss(0, 0.6), 1) if rng.random() < 0.9 else None,
        calories=int(rng.gauss(1850, 230)) if rng.random() < 0.75 else None,
        protein_g=round(rng.gauss(125, 18)) if rng.random() < 0.7 else None,
        fiber_g=round(rng.gauss(26, 6)) if rng.random() < 0.4 else None,
        sleep_h=round(min(10.0, max(4.0, rng.gauss(7.2, 0.9))) * 4) / 4 if rng.random() < 0.85 else None,
        stress=stress if rng.random() < 0.8 else None,
        water_l=round(max(0.5, rng.gauss(2.3, 0.5)), 1) if rng.random() < 0.6 else None,
        sodium_mg=int(rng.gauss(2300, 500)) if rng.random() < 0.3 else None,
        waist=round(84 - loss * 0.55 + rng.gauss(0, 0.4), 1) if week_tape else None,
        hips=round(106 - loss * 0.5 + rng.gauss(0, 0.4), 1) if week_tape else None,
        thigh=round(62 - loss * 0.3 + rng.gauss(0, 0.3), 1) if week_tape else None,
    )


def generate(years: float, seed: int, end: date) -> tuple[list[Session], list[CheckIn]]:
    """Sessions and check-ins from `years` before `end` up to the day before it."""
    rng = random.Random(seed)
    ids = _Ids(rng)
    lifts = _lifts()
    start = end - timedelta(days=round(years * 365.25))
    sessions: list[Session] = []
    checkins: list[CheckIn] = []
    stress, missed_week = 2, -1
    for index in range((end - start).days):
        day = start + timedelta(days=index)
        if day.weekday() == 0:
            missed_week = index // 7 if rng.random() < 0.06 else missed_week
        stress = min(5, max(1, stress + rng.choice((-1, 0, 0, 0, 1))))
        if rng.random() < 0.88:
            checkins.append(_checkin(day, index, rng, stress))
        if day.weekday() not in TRAINING_DAYS or index // 7 == missed_week or rng.random() < 0.1:
            continue
        sets: list[SetEntry] = []
        for order, lift in enumerate(lifts):
            if lift.exercise == "leg-curl" and day.weekday() != 4:
                continue
            sets += _session_for(lift, day, rng, ids, order * 12)
            _grow(lift, rng)
        notes = {"rdl": "felt strong"} if rng.random() < 0.05 else {}
        sessions.append(Session(day.isoformat(), tuple(sets), notes))
    return sessions, checkins
