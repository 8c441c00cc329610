"""Changing the plan's workouts: add, rename, reorder and delete workouts; move an exercise
within or between them; group and ungroup supersets; swap one exercise for another. Pure: each
function returns a new Plan or raises InputError with one clear line.
"""

from __future__ import annotations

from dataclasses import replace
from string import ascii_lowercase

from legtui.core.bounds import WORKOUT_NAME_MAX
from legtui.core.inputs import InputError
from legtui.core.model import Exercise, Plan, PlanItem, Workout
from legtui.core.settings import new_item

EQUIPMENT_SETTINGS = ("start_load", "increment", "bar", "plates", "step", "max_load", "equipment")


def workout_name(raw: str, plan: Plan, keep: int | None = None) -> str:
    """A new name for a workout: printable, at most WORKOUT_NAME_MAX characters, not another
    workout's."""
    name = " ".join(raw.split())
    if not name or not name.isprintable():
        raise InputError(f"a workout needs a name of letters or digits, not {raw!r}")
    if len(name) > WORKOUT_NAME_MAX:
        raise InputError(
            f"a workout's name is at most {WORKOUT_NAME_MAX} characters, not {len(name)}")
    for index, workout in enumerate(plan.workouts):
        if index != keep and workout.name.casefold() == name.casefold():
            raise InputError(f"there is already a workout {workout.name!r}")
    return name


def _with(plan: Plan, index: int, workout: Workout) -> Plan:
    workouts = list(plan.workouts)
    workouts[index] = workout
    return replace(plan, workouts=tuple(workouts))


def _swapped(count: int, index: int, step: int) -> list[int]:
    """The new order of `count` positions after moving `index` by `step` (unchanged past
    either end)."""
    order = list(range(count))
    other = index + step
    if 0 <= other < len(order):
        order[index], order[other] = order[other], order[index]
    return order


def add_workout(plan: Plan, raw_name: str) -> Plan:
    return replace(plan, workouts=(*plan.workouts, Workout(workout_name(raw_name, plan))))


def rename_workout(plan: Plan, index: int, raw_name: str) -> Plan:
    name = workout_name(raw_name, plan, keep=index)
    return _with(plan, index, replace(plan.workouts[index], name=name))


def move_workout(plan: Plan, index: int, step: int) -> Plan:
    order = _swapped(len(plan.workouts), index, step)
    return replace(plan, workouts=tuple(plan.workouts[i] for i in order))


def delete_workout(plan: Plan, index: int) -> Plan:
    if len(plan.workouts) == 1:
        raise InputError("the plan needs at least one workout")
    rest = plan.workouts[:index] + plan.workouts[index + 1:]
    if not any(w.items for w in rest):
        raise InputError("the plan needs at least one exercise")
    return replace(plan, workouts=rest)


def position(workout: Workout, exercise: str) -> int:
    for at, item in enumerate(workout.items):
        if item.exercise == exercise:
            return at
    raise InputError(f"{exercise} is not in workout {workout.name}")


def move_item(plan: Plan, index: int, exercise: str, step: int) -> Plan:
    """One exercise `step` places earlier or later within its workout."""
    workout = plan.workouts[index]
    order = _swapped(len(workout.items), position(workout, exercise), step)
    return _with(plan, index, replace(workout, items=tuple(workout.items[i] for i in order)))


def _without(workout: Workout, exercise: str) -> Workout:
    """The workout without the exercise; a superset left with one member is no superset."""
    items = [i for i in workout.items if i.exercise != exercise]
    alone = {i.group for i in items if sum(j.group == i.group for j in items) == 1}
    return replace(workout, items=tuple(
        replace(i, group=None) if i.group in alone else i for i in items))


def move_to_workout(plan: Plan, index: int, exercise: str, step: int) -> Plan:
    """An exercise to the end of the previous (`step` -1) or next (+1) workout, out of any
    superset."""
    target = index + step
    if not 0 <= target < len(plan.workouts):
        raise InputError("there is no workout that way: add one with n")
    source = plan.workouts[index]
    item = source.items[position(source, exercise)]
    into = plan.workouts[target]
    if any(i.exercise == exercise for i in into.items):
        raise InputError(f"{exercise} is already in workout {into.name}")
    plan = _with(plan, index, _without(source, exercise))
    return _with(plan, target, replace(into, items=(*into.items, replace(item, group=None))))


def remove_item(plan: Plan, index: int, exercise: str) -> Plan:
    workout = plan.workouts[index]
    position(workout, exercise)
    if sum(len(w.items) for w in plan.workouts) == 1:
        raise InputError("the plan needs at least one exercise")
    return _with(plan, index, _without(workout, exercise))


def toggle_group(plan: Plan, index: int, exercise: str) -> Plan:
    """Ungroup a superset member; otherwise put the exercise in a superset with the next one
    (the previous one for the workout's last exercise)."""
    workout = plan.workouts[index]
    at = position(workout, exercise)
    item = workout.items[at]
    if item.group is not None:
        kept = _without(workout, exercise)
        items = list(kept.items)
        items.insert(at, replace(item, group=None))
        return _with(plan, index, replace(kept, items=tuple(items)))
    if len(workout.items) < 2:
        raise InputError("a superset needs a second exercise in the workout")
    partner = workout.items[at + 1] if at + 1 < len(workout.items) else workout.items[at - 1]
    used = {i.group for i in workout.items}
    group = partner.group or next(g for g in ascii_lowercase if g not in used)
    return _with(plan, index, replace(workout, items=tuple(
        replace(i, group=group) if i.exercise in (exercise, partner.exercise) else i
        for i in workout.items)))


def swapped_item(old: PlanItem, old_exercise: Exercise, new: Exercise) -> PlanItem:
    """`new` in `old`'s place: sets, reps, scheme, rest, effort, unit and superset carry over;
    loads, bar, plates and steps too when the equipment is the same, else they start afresh."""
    fresh = new_item(new, old.unit)
    same = (old.equipment or old_exercise.equipment) == new.equipment
    kept = {name: getattr(old if same else fresh, name) for name in EQUIPMENT_SETTINGS}
    if same:
        kept["equipment"] = old.equipment
    return replace(old, exercise=new.id, **kept)


def swap(plan: Plan, old: Exercise, new: Exercise) -> Plan:
    """`new` in place of `old` in every workout. The history of each stays its own."""
    if old.id == new.id:
        raise InputError(f"{old.name} cannot be swapped for itself")
    holding = [w for w in plan.workouts if any(i.exercise == old.id for i in w.items)]
    if not holding:
        raise InputError(f"{old.name} is not in the plan")
    for workout in holding:
        if any(i.exercise == new.id for i in workout.items):
            raise InputError(f"{new.name} is already in workout {workout.name}")
    return replace(plan, workouts=tuple(
        replace(w, items=tuple(swapped_item(i, old, new) if i.exercise == old.id else i
                               for i in w.items))
        for w in plan.workouts))
