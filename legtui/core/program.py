"""Which workout is next, and how a superset moves from member to member. Pure.

Rotation (docs/programs.md): the next workout is the one after the last workout in which any
working set was logged before today; with none, it is the first. A workout begun today stays
today's workout for the rest of the day. Weekdays only say when a session is scheduled: a missed
Wednesday does not skip Wednesday's workout.

Sessions do not name their workout: a day belongs to the workout that holds the most of the
exercises it has working sets of (the earlier workout on a tie). A day with none of the plan's
exercises (an exercise since swapped out, a one-off) belongs to no workout and is passed over.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from legtui.core.model import Plan, PlanItem, Workout

WEEK = 7


@dataclass(frozen=True, slots=True)
class WorkoutChoice:
    """Today's workout (its index in the plan) and why, e.g. `A was done on Monday`."""

    index: int
    workout: Workout
    why: str
    begun_today: bool = False

    @property
    def line(self) -> str:
        """`B — A was done on Monday`."""
        return f"{self.workout.name} — {self.why}"


def workout_of(plan: Plan, worked: Iterable[str]) -> int | None:
    """The index of the workout a day's worked exercises belong to; None for none of them."""
    done = set(worked)
    best, best_count = None, 0
    for index, workout in enumerate(plan.workouts):
        count = len(done & {i.exercise for i in workout.items})
        if count > best_count:
            best, best_count = index, count
    return best


def when(day: date, today: date) -> str:
    """`on Monday` within the last week, `yesterday`, else `on 3 Nov`."""
    ago = (today - day).days
    if ago == 1:
        return "yesterday"
    if 0 < ago < WEEK:
        return f"on {day:%A}"
    return f"on {day.day} {day:%b %Y}"


def choose_workout(
    plan: Plan, today: date, days: Iterable[tuple[date, Iterable[str]]]
) -> WorkoutChoice:
    """Today's workout from the training days newest first (each with the exercises that got a
    working set that day); read lazily, only as far back as the last day of a workout (not at
    all for a plan of one workout)."""
    if not plan.workouts:
        raise ValueError("a plan has at least one workout")
    if len(plan.workouts) == 1:
        return WorkoutChoice(0, plan.workouts[0], "the only workout")
    for day, worked in days:
        index = workout_of(plan, worked)
        if index is None or day > today:
            continue
        workout = plan.workouts[index]
        if day == today:
            return WorkoutChoice(index, workout, "begun today", begun_today=True)
        following = (index + 1) % len(plan.workouts)
        return WorkoutChoice(
            following, plan.workouts[following], f"{workout.name} was done {when(day, today)}"
        )
    return WorkoutChoice(0, plan.workouts[0], "the first workout")


def members(workout: Workout, exercise: str) -> tuple[PlanItem, ...]:
    """The exercise's superset in the workout, in order (empty when it is in none)."""
    item = next((i for i in workout.items if i.exercise == exercise), None)
    if item is None or item.group is None:
        return ()
    return tuple(i for i in workout.items if i.group == item.group)


@dataclass(frozen=True, slots=True)
class SupersetStep:
    """After a working set of a superset member: the member to do next, and whether the rest
    timer starts now (only after the round's last member)."""

    exercise: str
    rest: bool


def superset_step(
    workout: Workout, exercise: str, done: Mapping[str, int]
) -> SupersetStep | None:
    """Where a superset goes after a working set of `exercise` (`done`: working sets logged
    today per exercise). Members alternate in plan order; a member whose sets are all done drops
    out of the round. None when the exercise is in no superset or every member is done."""
    group = members(workout, exercise)
    left = [i.exercise for i in group if done.get(i.exercise, 0) < i.sets]
    if len(group) < 2 or not left:
        return None
    order = [i.exercise for i in group]
    at = order.index(exercise)
    later = [e for e in left if order.index(e) > at]
    if later:
        return SupersetStep(later[0], rest=False)
    return SupersetStep(left[0], rest=True)
