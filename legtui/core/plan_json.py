"""The plan as `legtui plan --json` prints it and `legtui plan set FILE` reads it. Pure.

    {"training_days": ["mon", "wed", "fri"],
     "days": [{"name": "A", "exercises": [{"exercise": "rdl", "group": null, "sets": 3, ...}]}]}

Reading checks everything before anything is used: an unknown exercise, key or value is one
InputError naming where it is. Settings left out take their defaults (those of an exercise just
added to the plan). Workouts and exercises that match the current plan's (a workout by name, an
exercise by its id within it) keep their stable ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any

from legtui.core.bounds import WORKOUT_NAME_MAX
from legtui.core.catalog import Catalog
from legtui.core.inputs import InputError
from legtui.core.model import UNITS, Plan, PlanItem, Unit, Workout
from legtui.core.plan_edit import workout_name
from legtui.core.settings import CHOICES, new_item, parse_days, update_plan_item

SETTINGS = tuple(f.name for f in fields(PlanItem) if f.name not in ("exercise", "group", "id"))
NUMBERS = ("sets", "rep_low", "rep_high", "start_load", "increment", "bar", "step", "max_load",
           "rest_s", "target_rpe")
OPTIONAL = ("increment", "bar", "plates", "step", "max_load", "equipment")


def _entry(item: PlanItem) -> dict[str, Any]:
    data = item.to_dict()
    return {"exercise": data.pop("exercise"), "group": data.pop("group"),
            **{k: v for k, v in data.items() if k != "id"}}


def plan_json(plan: Plan) -> dict[str, Any]:
    """The plan in the command line's shape (no ids)."""
    return {
        "training_days": list(plan.days),
        "days": [
            {"name": w.name,
             "exercises": [_entry(i) for i in w.items]}
            for w in plan.workouts
        ],
    }


def _keys(data: object, allowed: tuple[str, ...], where: str) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise InputError(f"{where} is a JSON object")
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r} in {where} (known: {', '.join(allowed)})")
    return data


def _number_text(name: str, value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{name} must be a number, not {value!r}")
    return repr(value)


def _setting_text(name: str, value: object) -> str:
    """A JSON value as the text the Setup screen's field takes (checked by the same rules)."""
    if value is None and name in OPTIONAL:
        return "none"
    if name == "plates":
        if not isinstance(value, list) or not value:
            raise InputError(f"plates is a list of numbers, not {value!r}")
        return ",".join(_number_text("a plate", p) for p in value)
    if name in NUMBERS:
        return _number_text(name, value)
    if not isinstance(value, str):
        raise InputError(f"{name} is one of {', '.join(CHOICES[name])}, not {value!r}")
    return value


def _group(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or not value.isprintable():
        raise InputError(f"group is a short name or null, not {value!r}")
    if len(value) > WORKOUT_NAME_MAX:
        raise InputError(f"a group's name is at most {WORKOUT_NAME_MAX} characters")
    return value.strip()


def _item(data: object, catalog: Catalog, unit: Unit) -> PlanItem:
    raw = _keys(data, ("exercise", "group", "id", *SETTINGS), "an exercise")
    name = raw.get("exercise")
    found = catalog.resolve(name) if isinstance(name, str) else None
    if found is None:
        raise InputError(f"unknown exercise {name!r}")
    chosen_unit = raw.get("unit", unit)
    if chosen_unit not in UNITS:
        raise InputError(f"unit is kg or lb, not {chosen_unit!r}")
    item = replace(new_item(found, chosen_unit), group=_group(raw.get("group")))
    texts = {k: _setting_text(k, v) for k, v in raw.items()
             if k in SETTINGS and k not in ("unit", "rep_low", "rep_high")}
    if "rep_low" in raw or "rep_high" in raw:
        low = _setting_text("rep_low", raw.get("rep_low", item.rep_low))
        high = _setting_text("rep_high", raw.get("rep_high", item.rep_high))
        texts["reps"] = f"{low}-{high}"
    try:
        return update_plan_item(item, texts)
    except InputError as error:
        raise InputError(f"{found.id}: {error}") from None


def _workout(data: object, catalog: Catalog, unit: Unit, sofar: Plan) -> Workout:
    raw = _keys(data, ("name", "exercises", "id"), "a day")
    name = raw.get("name")
    if not isinstance(name, str):
        raise InputError(f"a day needs a name, not {name!r}")
    name = workout_name(name, sofar)
    exercises = raw.get("exercises", [])
    if not isinstance(exercises, list):
        raise InputError(f"day {name}: exercises is a list")
    items: list[PlanItem] = []
    for at, entry in enumerate(exercises, start=1):
        try:
            item = _item(entry, catalog, unit)
        except InputError as error:
            raise InputError(f"day {name}, exercise {at}: {error}") from None
        if any(i.exercise == item.exercise for i in items):
            raise InputError(f"day {name}: {item.exercise} is in it twice")
        items.append(item)
    for group in {i.group for i in items} - {None}:
        if sum(i.group == group for i in items) < 2:
            raise InputError(f"day {name}: group {group!r} has one exercise (a superset has two "
                             "or more)")
    return Workout(name, tuple(items))


def keep_ids(new: Plan, old: Plan) -> Plan:
    """Ids from the old plan where a workout (by name) and its exercises still match."""
    by_name = {w.name.casefold(): w for w in old.workouts}
    workouts = []
    for workout in new.workouts:
        before = by_name.get(workout.name.casefold())
        if before is None:
            workouts.append(workout)
            continue
        ids = {i.exercise: i.id for i in before.items}
        items = tuple(replace(i, id=ids.get(i.exercise, i.id)) for i in workout.items)
        workouts.append(replace(workout, id=before.id, items=items))
    return replace(new, workouts=tuple(workouts))


def plan_from_json(data: object, catalog: Catalog, unit: Unit, old: Plan) -> Plan:
    """A whole plan from the command line's shape; InputError for anything wrong in it."""
    raw = _keys(data, ("training_days", "days"), "the plan")
    days = raw.get("training_days", list(Plan().days))
    if not isinstance(days, list) or not all(isinstance(d, str) for d in days):
        raise InputError(f"training_days is a list like [\"mon\", \"thu\"], not {days!r}")
    plan = Plan(days=parse_days(",".join(days)))
    workouts = raw.get("days")
    if not isinstance(workouts, list) or not workouts:
        raise InputError("days is a list of one or more workouts")
    for entry in workouts:
        plan = replace(plan, workouts=(*plan.workouts, _workout(entry, catalog, unit, plan)))
    if not plan.items:
        raise InputError("the plan needs at least one exercise")
    return keep_ids(plan, old)
