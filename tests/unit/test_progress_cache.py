"""Progression's data computed ahead: the first exercise found from the plan is the list's first;
`trained` agrees with the list; the cache hands one object per store generation, also across the
preparing thread."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from legtui.core.model import Plan, PlanItem, SetEntry, SetKind, Workout
from legtui.services.demo import DEMO_PROFILE, fill
from legtui.services.progress import ProgressCache, ProgressData
from legtui.store import Store

TODAY = date(2026, 11, 25)


def seeded(tmp_path: Path) -> Store:
    store = Store(tmp_path / "store.json")
    fill(store, 0.5, 1, TODAY)
    return store


def entry(set_id: str, exercise: str, kind: SetKind = "working") -> SetEntry:
    return SetEntry(set_id, exercise, 60.0, "kg", 8, "2026-11-20T10:00:00Z", kind=kind)


def agrees(data: ProgressData, others: tuple[str, ...] = ()) -> None:
    """first_exercise and trained, asked before the list exists, match the list."""
    first = data.first_exercise()
    asked = {ex: data.trained(ex) for ex in (*data.planned, *others)}
    exercises = data.exercises
    assert first == (exercises[0] if exercises else None)
    assert asked == {ex: ex in exercises for ex in asked}


def test_first_exercise_on_the_demo_history(tmp_path: Path) -> None:
    agrees(ProgressData(seeded(tmp_path), "kg", "cm", TODAY))


@pytest.mark.parametrize(("plan", "first"), [
    ((), "lunge"),  # no plan exercise trained: the others by name (Lunge, Romanian deadlift)
    (("hip-thrust", "rdl"), "rdl"),  # the plan's first was only warmed up
])
def test_first_exercise_when_the_plan_says_little(
    tmp_path: Path, plan: tuple[str, ...], first: str
) -> None:
    store = Store(tmp_path / "store.json")
    store.set_plan(Plan(workouts=(Workout("A", tuple(PlanItem(ex) for ex in plan)),)))
    store.log_sets("2026-11-20", [entry("a", "rdl"), entry("b", "lunge"),
                                  entry("c", "hip-thrust", "warmup")])
    data = ProgressData(store, "kg", "cm", TODAY)
    agrees(data, ("lunge", "hip-thrust", "squat"))
    assert data.exercises[0] == first


def test_first_exercise_on_an_empty_store(tmp_path: Path) -> None:
    data = ProgressData(Store(tmp_path / "store.json"), "kg", "cm", TODAY)
    assert data.first_exercise() is None and data.exercises == ()


def test_cache_hands_one_data_per_generation(tmp_path: Path) -> None:
    store = seeded(tmp_path)
    cache = ProgressCache()
    worker = threading.Thread(target=cache.prepare, args=(store, "kg", "cm", TODAY))
    worker.start()
    data = cache.data(store, "kg", "cm", TODAY)  # waits for the thread, or makes it first
    worker.join()
    assert cache.data(store, "kg", "cm", TODAY) is data
    first = data.first_exercise()
    assert first is not None and data.rows(first) == data.rows(first)
    assert cache.data(store, "lb", "cm", TODAY) is not data
    store.set_profile(DEMO_PROFILE)  # a write: a new generation
    assert not cache.data(store, "lb", "cm", TODAY).fresh(store, "kg", "cm", TODAY)
