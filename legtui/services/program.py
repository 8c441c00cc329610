"""Which workout is today's and where a superset goes next, read from the store (Today's and
Log sets' path: this module stays light; the plan's edits are in services/plan.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from legtui.core.model import Plan, Workout
from legtui.core.program import SupersetStep, WorkoutChoice, choose_workout, superset_step
from legtui.store import Store


def _worked_days(store: Store) -> Iterator[tuple[date, frozenset[str]]]:
    """Each training day newest first, with the exercises that got a working set (parsed one
    at a time, as far back as the caller reads)."""
    for day in reversed(store.session_dates()):
        session = store.session(day)
        if session is not None:
            yield date.fromisoformat(day), frozenset(s.exercise for s in session.sets
                                                     if s.is_working)


def todays_workout(store: Store, today: date, plan: Plan | None = None) -> WorkoutChoice:
    """The workout for `today` (see core/program.py for the rule)."""
    return choose_workout(plan or store.plan(), today, _worked_days(store))


def workout_for(store: Store, today: date, exercise: str) -> Workout | None:
    """Today's workout if it holds the exercise, else the first workout that does."""
    plan = store.plan()
    chosen = todays_workout(store, today, plan).workout
    if any(i.exercise == exercise for i in chosen.items):
        return chosen
    return next((w for w in plan.workouts if any(i.exercise == exercise for i in w.items)), None)


def superset_after(store: Store, today: date, exercise: str) -> SupersetStep | None:
    """After a working set of `exercise` today: the superset member to do next, and whether
    to rest now; None when it is in no superset (rest as usual)."""
    workout = workout_for(store, today, exercise)
    if workout is None:
        return None
    session = store.session(today.isoformat())
    done: dict[str, int] = {}
    for entry in session.sets if session else ():
        if entry.kind == "working":
            done[entry.exercise] = done.get(entry.exercise, 0) + 1
    return superset_step(workout, exercise, done)
