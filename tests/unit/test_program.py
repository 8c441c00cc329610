"""Workout rotation by what was done, and the order a superset's members go in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legtui.core.model import Plan, PlanItem, SetEntry, SetKind, Workout
from legtui.core.program import choose_workout, superset_step, workout_of
from legtui.services.program import superset_after, todays_workout
from legtui.store import Store, new_set_id

A = Workout("A", (PlanItem("rdl"), PlanItem("hip-thrust")))
B = Workout("B", (PlanItem("bulgarian-split-squat"), PlanItem("step-up"), PlanItem("hip-thrust")))
AB = Plan(workouts=(A, B))
MON, WED, FRI, NEXT_MON = (date(2026, 11, d) for d in (23, 25, 27, 30))


def logged(store: Store, day: date, exercise: str, kind: SetKind = "working") -> None:
    store.log_sets(day.isoformat(), [SetEntry(new_set_id(), exercise, 60, "kg", 10,
                                              f"{day.isoformat()}T10:00:00.000000Z",
                                              kind=kind)])


def test_rotation_follows_what_was_done_not_the_weekday(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    store.set_plan(AB)
    first = todays_workout(store, MON)
    assert (first.workout.name, first.why) == ("A", "the first workout")
    logged(store, MON, "rdl")
    monday = todays_workout(store, MON)
    assert (monday.workout.name, monday.begun_today) == ("A", True)  # begun today stays
    wednesday = todays_workout(store, WED)
    assert wednesday.line == "B — A was done on Monday"
    # Wednesday is skipped: Friday still offers B
    assert todays_workout(store, FRI).line == "B — A was done on Monday"
    logged(store, FRI, "bulgarian-split-squat")
    assert todays_workout(store, FRI).workout.name == "B"
    assert todays_workout(store, NEXT_MON).line == "A — B was done on Friday"


def test_warm_ups_and_other_exercises_do_not_make_a_workout(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    store.set_plan(AB)
    logged(store, MON, "rdl")
    logged(store, WED, "bulgarian-split-squat", kind="warmup")
    logged(store, WED, "good-morning")  # in no workout
    assert todays_workout(store, FRI).line == "B — A was done on Monday"


def test_a_day_belongs_to_the_workout_holding_most_of_it() -> None:
    assert workout_of(AB, {"hip-thrust"}) == 0  # in both: the earlier on a tie
    assert workout_of(AB, {"hip-thrust", "step-up"}) == 1
    assert workout_of(AB, {"squat"}) is None


def test_a_plan_of_one_workout_reads_no_history() -> None:
    def never() -> Iterator[tuple[date, set[str]]]:
        raise AssertionError("read")
        yield  # a generator

    only = Plan(workouts=(A,))
    assert choose_workout(only, WED, never()).line == "A — the only workout"


def test_an_old_session_is_named_by_its_date() -> None:
    choice = choose_workout(AB, NEXT_MON, [(date(2026, 10, 5), {"rdl"})])
    assert choice.line == "B — A was done on 5 Oct 2026"
    assert choose_workout(AB, WED, [(date(2026, 11, 24), {"rdl"})]).why == "A was done yesterday"


SUPER = Workout("A", (PlanItem("rdl"), PlanItem("hip-thrust", group="x"),
                      PlanItem("cable-kickback", sets=2, group="x")))


@pytest.mark.parametrize(("exercise", "done", "step"), [
    ("hip-thrust", {"hip-thrust": 1}, ("cable-kickback", False)),
    ("cable-kickback", {"hip-thrust": 1, "cable-kickback": 1}, ("hip-thrust", True)),
    # the kickback's two sets are done: the thrust goes on alone, resting between sets
    ("hip-thrust", {"hip-thrust": 3, "cable-kickback": 2}, None),
    ("hip-thrust", {"hip-thrust": 2, "cable-kickback": 2}, ("hip-thrust", True)),
    ("rdl", {"rdl": 1}, None),  # in no superset
])
def test_superset_members_alternate_and_rest_after_the_last(
    exercise: str, done: dict[str, int], step: tuple[str, bool] | None
) -> None:
    found = superset_step(SUPER, exercise, done)
    assert (None if found is None else (found.exercise, found.rest)) == step


def test_superset_after_reads_todays_sets(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    store.set_plan(Plan(workouts=(SUPER,)))
    logged(store, MON, "hip-thrust")
    step = superset_after(store, MON, "hip-thrust")
    assert step is not None and (step.exercise, step.rest) == ("cable-kickback", False)


ABC = Plan(workouts=(A, B, Workout("C", (PlanItem("squat"),))))


@given(st.lists(st.tuples(st.integers(1, 4), st.booleans()), min_size=1, max_size=30))
def test_doing_the_offered_workout_cycles_through_them_whatever_is_skipped(
    days: list[tuple[int, bool]]
) -> None:
    """Each step: some days pass, then the lifter trains (doing the offered workout) or skips.
    The workouts done come in plan order, A B C A ..., however the days fall."""
    today, history, done = date(2026, 1, 5), [], []
    for gap, trains in days:
        today = today.fromordinal(today.toordinal() + gap)
        choice = choose_workout(ABC, today, reversed(history))
        assert choice.workout == ABC.workouts[len(done) % 3]
        if trains:
            history.append((today, {i.exercise for i in choice.workout.items}))
            done.append(choice.workout.name)
            assert choose_workout(ABC, today, reversed(history)).begun_today
