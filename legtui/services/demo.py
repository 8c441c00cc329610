"""A realistic generated history for `legtui demo`, screenshots and benchmarks.

A simulated lifter follows the default program: 2–3 sessions a week with skipped days and whole
missed weeks, warm-ups on the barbell lifts, RPE on some sets, strength that grows with diminishing
returns (so progress stalls and deloads happen), and daily check-ins with a noisy weight that
trends down. The same seed and end date always give the same history.
"""

from __future__ import annotations

import math
import random
from collections import deque
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from legtui.core.catalog import Catalog, default_plan
from legtui.core.loads import loads_for
from legtui.core.model import CheckIn, Exercise, PlanItem, Profile, Session, SetEntry, SetKind
from legtui.core.overload import HISTORY_WINDOW, suggest

if TYPE_CHECKING:
    from legtui.store import Store
    from legtui.store.merge import MergeResult

DEMO_PROFILE = Profile(
    unit="kg", sex="female", birth_year=1992, height_cm=168.0, activity="moderate", deficit=400,
    timezone="Europe/London", water_target_l=2.5,
)
TRAINING_DAYS = (0, 2, 4)  # Mon, Wed, Fri
DEMO_PLAN = default_plan("kg").with_item(
    PlanItem("leg-curl", 3, 10, 15, start_load=25.0, unit="kg")  # Fridays only
)
SLOW_TEMPO_REPS = 0.8  # a 3 s lowering costs about a fifth of the reps


@dataclass
class _Lift:
    """One exercise of the simulated lifter; `history` holds its recent sessions only."""

    item: PlanItem
    exercise: Exercise
    one_rm: float  # effective kg (load plus the share of bodyweight moved)
    ceiling: float
    bw_share: float
    warmups: int = 0  # how many steps of the warm-up ramp this lifter does
    history: deque[Session] = field(default_factory=lambda: deque(maxlen=HISTORY_WINDOW))


def _lifts() -> list[_Lift]:
    catalog = Catalog()
    items = {item.exercise: item for item in DEMO_PLAN.items}

    def lift(exercise: str, one_rm: float, ceiling: float, bw_share: float,
             warmups: int = 0) -> _Lift:
        return _Lift(items[exercise], catalog.get(exercise), one_rm, ceiling, bw_share, warmups)

    return [
        lift("rdl", 48, 150, 0, warmups=3),
        lift("hip-thrust", 60, 190, 0, warmups=2),
        lift("step-up", 55, 95, 40),
        lift("bulgarian-split-squat", 50, 90, 40),
        lift("leg-curl", 35, 90, 0),
    ]


def _reps_possible(lift: _Lift, load: float, tempo: str | None) -> float:
    reps = max(0.0, 30.0 * (lift.one_rm / (load + lift.bw_share) - 1.0))
    return reps * SLOW_TEMPO_REPS if tempo else reps


def _rpe(possible: float, reps: int) -> float:
    return min(10.0, max(6.0, round((10.0 - (possible - reps)) * 2) / 2))


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def next(self) -> str:
        return f"{self._rng.getrandbits(64):016x}"


def _session_for(
    lift: _Lift, day: date, rng: random.Random, ids: _Ids, minute: int
) -> list[SetEntry]:
    """The lifter does what `overload.suggest` asks, as far as today's strength allows."""
    stamp = f"{day.isoformat()}T17:{minute:02d}:00.000000Z"
    target = suggest(lift.item, lift.exercise, lift.history)
    out: list[SetEntry] = []

    def add(load: float, reps: int, kind: SetKind, rpe: float | None) -> None:
        out.append(SetEntry(ids.next(), lift.exercise.id, round(load, 2), "kg", reps, stamp, rpe,
                            kind, tempo=target.tempo if kind == "working" else None))

    ramp = loads_for(lift.item, lift.exercise.equipment).warmup_ramp(target.load)
    for load, reps in ramp[: lift.warmups]:
        add(load, reps, "warmup", None)
    for index, goal in enumerate(target.reps):
        possible = _reps_possible(lift, target.load, target.tempo) - index * 0.8 + rng.gauss(0, 0.8)
        reps = max(1, min(goal + (1 if rng.random() < 0.15 else 0), math.floor(possible - 2)))
        add(target.load, reps, "working", _rpe(possible, reps) if rng.random() < 0.35 else None)
    lift.history.append(Session(day.isoformat(), tuple(out)))
    return out


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
        sleep_h=(round(min(10.0, max(4.0, rng.gauss(7.2, 0.9))) * 4) / 4
                 if rng.random() < 0.85 else None),
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
            if lift.exercise.id == "leg-curl" and day.weekday() != 4:
                continue
            sets += _session_for(lift, day, rng, ids, order * 12)
            _grow(lift, rng)
        notes = {"rdl": "felt strong"} if rng.random() < 0.05 else {}
        sessions.append(Session(day.isoformat(), tuple(sets), notes))
    return sessions, checkins


def fill(store: Store, years: float, seed: int, end: date) -> MergeResult:
    """Give a store the demo lifter: the profile (unless it has one), the plan, and `years` of
    generated history up to `end`."""
    if not store.has_profile():
        store.set_profile(DEMO_PROFILE)
    store.set_plan(DEMO_PLAN)
    sessions, checkins = generate(years, seed, end)
    return store.merge(sessions, checkins)
