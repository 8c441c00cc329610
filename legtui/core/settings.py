"""Profile and plan settings as typed (shell or Setup screen) → new values, checked. Pure.

Each function takes the current value and raw text and returns a new Profile, PlanItem or Plan,
or raises InputError with one clear line; nothing is changed in place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from legtui.core import bounds
from legtui.core.bounds import AGE_MAX, AGE_MIN
from legtui.core.catalog import MUSCLE_WORDS, MUSCLES, Catalog, slug
from legtui.core.clock import valid_zone
from legtui.core.inputs import InputError, Rule, quoted, read_number
from legtui.core.model import (
    ACTIVITIES,
    EQUIPMENT,
    REST_ALERTS,
    UNITS,
    WEEKDAYS,
    Equipment,
    Exercise,
    Plan,
    PlanItem,
    Profile,
    Unit,
    Workout,
    to_kg,
)
from legtui.core.text import clean

NAME_MAX = 60  # characters in a custom exercise's name
NONE_WORDS = ("", "none", "-", "default")
CHOICES: dict[str, tuple[str, ...]] = {
    "unit": UNITS,
    "length_unit": ("cm", "in"),
    "sex": ("male", "female"),
    "activity": ACTIVITIES,
    "scheme": ("double", "linear"),
    "equipment": EQUIPMENT,
    "rest_alert": REST_ALERTS,
}
PROFILE_RULES = bounds.PROFILE
PLAN_RULES = bounds.PLAN
REPS = bounds.PLAN_REPS
PLATE = bounds.PLATE
PLAN_FIELDS = ("reps", "plates", "scheme", "equipment", *PLAN_RULES)


def choice(name: str, raw: str) -> str:
    value = raw.strip().lower().replace("-", "_")
    options = CHOICES[name]
    if value not in options:
        label = name.replace("_", " ")
        raise InputError(f"{label} is one of {', '.join(options)}, not {raw.strip()!r}")
    return value


def birth_year(raw: str, this_year: int) -> int:
    rule = Rule("birth year", this_year - AGE_MAX, this_year - AGE_MIN, whole=True)
    return int(read_number(raw, rule))


def parse_days(raw: str) -> tuple[str, ...]:
    """`mon,wed,fri` (any case, full names too) → the days in week order."""
    days = [d.strip().lower()[:3] for d in raw.split(",") if d.strip()]
    if not days or any(d not in WEEKDAYS for d in days):
        raise InputError(f"training days are a comma list of {','.join(WEEKDAYS)}, not {raw!r}")
    return tuple(sorted(set(days), key=WEEKDAYS.index))


def set_profile_field(profile: Profile, name: str, raw: str, this_year: int) -> Profile:
    """One profile field from text (`name` is the Profile attribute)."""
    value: Any
    if name in CHOICES:
        value = choice(name, raw)
    elif name in PROFILE_RULES:
        value = read_number(raw, PROFILE_RULES[name])
    elif name == "birth_year":
        value = birth_year(raw, this_year)
    elif name == "timezone":
        value = raw.strip()
        if not valid_zone(value):
            raise InputError(f"unknown time zone {value!r} (e.g. Europe/Berlin)")
    elif name == "goal_weight":
        value = goal_weight(raw, profile.unit)
    elif name == "checkin_day":
        value = raw.strip().lower()[:3]
        if value not in WEEKDAYS:
            raise InputError(f"the check-in day is one of {','.join(WEEKDAYS)}, not {raw!r}")
    else:
        raise InputError(f"unknown profile field {name!r}")
    return replace(profile, **{name: value})


def goal_weight(raw: str, unit: Unit) -> float | None:
    """A goal weight in the profile's unit, stored in kg; `none` clears it."""
    if raw.strip().lower() in NONE_WORDS:
        return None
    return round(to_kg(read_number(raw, bounds.in_unit(bounds.GOAL_WEIGHT, unit)), unit), 3)


def update_profile(profile: Profile, raw: Mapping[str, str], this_year: int) -> Profile:
    for name, text in raw.items():
        profile = set_profile_field(profile, name, text, this_year)
    return profile


def rep_range(raw: str) -> tuple[int, int]:
    """`8-12`, `8–12` or `10` (a fixed count)."""
    parts = raw.replace("–", "-").split("-")
    if len(parts) > 2:
        raise InputError(f"reps are a range like 8-12, not {raw!r}")
    low, high = (int(read_number(p, REPS)) for p in (parts[0], parts[-1]))
    if high < low:
        raise InputError(f"the rep range runs low to high, not {raw!r}")
    return low, high


def plates(raw: str) -> tuple[float, ...]:
    """`25,20,15,10,5,2.5,1.25`: the plates at hand, heaviest first."""
    found = [read_number(p, PLATE) for p in raw.split(",") if p.strip()]
    if not found:
        raise InputError("plates are a comma list like 25,20,10,5,2.5")
    return tuple(sorted({float(p) for p in found}, reverse=True))


def set_plan_field(item: PlanItem, name: str, raw: str) -> PlanItem:
    """One field of a plan item from text; `none` clears the optional ones."""
    changes: dict[str, Any]
    optional = name in ("increment", "max_load", "bar", "step", "plates", "equipment")
    if optional and raw.strip().lower() in NONE_WORDS:
        changes = {name: None}
    elif name == "reps":
        changes = dict(zip(("rep_low", "rep_high"), rep_range(raw), strict=True))
    elif name == "plates":
        changes = {"plates": plates(raw)}
    elif name in CHOICES:
        changes = {name: choice(name, raw)}
    elif name in PLAN_RULES:
        value = read_number(raw, PLAN_RULES[name])
        if name == "target_rpe" and value * 2 != int(value * 2):
            raise InputError(f"target RPE goes in half steps, not {raw.strip()}")
        changes = {name: value}
    else:
        raise InputError(f"unknown plan field {name!r}")
    return replace(item, **changes)


def update_plan_item(item: PlanItem, raw: Mapping[str, str]) -> PlanItem:
    """Several fields at once, then the checks that span fields."""
    for name, text in raw.items():
        item = set_plan_field(item, name, text)
    if item.max_load is not None and item.start_load > item.max_load:
        raise InputError(f"the start load {item.start_load:g} is above the max load "
                         f"{item.max_load:g}")
    return item


def new_item(exercise: Exercise, unit: Unit) -> PlanItem:
    """A plan line for an exercise just added: the seed's defaults, the empty bar for barbells."""
    start = (20.0 if unit == "kg" else 45.0) if exercise.equipment == "barbell" else 0.0
    return PlanItem(exercise.id, start_load=start, unit=unit)


class NearNameError(InputError):
    """A new exercise name close to a catalog one: "did you mean ...?" (`near` is that one)."""

    def __init__(self, typed: str, near: Exercise) -> None:
        super().__init__(f"did you mean {near.name} ({near.id})? {quoted(typed)} would be a new "
                         "exercise of your own")
        self.near = near


def parse_muscles(raw: str) -> tuple[str, ...]:
    """`glutes,hamstrings` → the muscles a custom exercise trains (counted in weekly volume)."""
    found: list[str] = []
    for word in (w for w in raw.replace(",", " ").lower().split() if w):
        muscle = MUSCLE_WORDS.get(word, word)
        if muscle not in MUSCLES:
            raise InputError(f"unknown muscle {quoted(word)}: one or more of {', '.join(MUSCLES)}")
        if muscle not in found:
            found.append(muscle)
    return tuple(found)


def custom_exercise(
    name: str, equipment: Equipment | None, muscles: tuple[str, ...] = ()
) -> Exercise:
    """A user's own exercise, named as typed (cleaned), training `muscles`."""
    name = clean(name)
    exercise_id = slug(name)
    if not exercise_id:
        raise InputError(f"an exercise needs a name with letters or digits, not {quoted(name)}")
    if len(name) > NAME_MAX:
        raise InputError(f"an exercise name is at most {NAME_MAX} characters, not {len(name)}")
    return Exercise(exercise_id, name, equipment or "machine", muscles, custom=True)


def add_to_plan(
    plan: Plan, catalog: Catalog, name: str, unit: Unit, equipment: Equipment | None = None,
    workout: int = -1, *, muscles: tuple[str, ...] = (), new: bool = False,
) -> tuple[Plan, Exercise | None]:
    """Append an exercise (an id, alias or name; unknown names become custom exercises with
    `muscles`) to a workout (the last by default). A new name close to a catalog one raises
    NearNameError unless `new`.

    Returns the new plan and the custom exercise to store, if one was made.
    """
    known = catalog.resolve(name)
    near = None if known or new else catalog.near(name)
    if near is not None:
        raise NearNameError(name, near)
    exercise = known or custom_exercise(name, equipment, muscles)
    workouts = list(plan.workouts) or [Workout("A")]
    target = workouts[workout]
    if any(i.exercise == exercise.id for i in target.items):
        raise InputError(f"{exercise.name} is already in workout {target.name}")
    workouts[workout] = replace(target, items=(*target.items, new_item(exercise, unit)))
    return replace(plan, workouts=tuple(workouts)), (None if known else exercise)


def plan_item(plan: Plan, catalog: Catalog, name: str) -> PlanItem:
    """The plan's line for an exercise named on the command line or picked on screen."""
    found = catalog.resolve(name)
    item = None if found is None else plan.item(found.id)
    if item is None:
        listed = ", ".join(i.exercise for i in plan.items) or "nothing"
        raise InputError(f"{name!r} is not in the plan (it holds {listed})")
    return item


def remove_from_plan(plan: Plan, catalog: Catalog, name: str) -> Plan:
    """The exercise out of every workout."""
    gone = plan_item(plan, catalog, name).exercise
    if len(plan.items) == 1:
        raise InputError("the plan needs at least one exercise")
    return replace(plan, workouts=tuple(
        replace(w, items=tuple(i for i in w.items if i.exercise != gone))
        for w in plan.workouts))
