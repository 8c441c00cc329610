"""A two-workout plan with a superset and Monday's workout A done (the UI tests' store)."""

from __future__ import annotations

from pathlib import Path

from legtui.core.model import Plan, PlanItem, SetEntry, Workout
from legtui.store import Store, new_set_id

MONDAY = "2026-11-23"  # the frozen today is Wednesday 2026-11-25

AB = Plan(workouts=(
    Workout("A", (PlanItem("rdl", start_load=40, rest_s=120),
                  PlanItem("hip-thrust", start_load=60, group="x"),
                  PlanItem("cable-kickback", sets=2, start_load=10, group="x"))),
    Workout("B", (PlanItem("bulgarian-split-squat"), PlanItem("step-up", 3, 10, 15))),
))


def seed(path: Path, a_done: bool = True) -> Store:
    store = Store(path)
    store.set_plan(AB)
    if a_done:
        store.log_sets(MONDAY, [SetEntry(new_set_id(), "rdl", 40, "kg", 10,
                                         f"{MONDAY}T10:00:00.000000Z")])
    return store
