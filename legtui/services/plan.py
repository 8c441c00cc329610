"""The plan's edits as use cases, shared by the CLI and the screens: setting the whole plan from
the command line's JSON, and swapping an exercise.
"""

from __future__ import annotations

from legtui.core.inputs import InputError
from legtui.core.model import Exercise, Plan
from legtui.core.plan_edit import swap
from legtui.core.plan_json import plan_from_json
from legtui.store import Store


def set_plan_json(store: Store, data: object) -> Plan:
    """The whole plan from `plan --json`'s shape; InputError (nothing saved) when any of it is
    wrong."""
    plan = plan_from_json(data, store.catalog(), store.profile().unit, store.plan())
    store.set_plan(plan)
    return store.plan()


def swap_exercise(store: Store, old_name: str, new_name: str) -> tuple[Exercise, Exercise]:
    """Put NEW in OLD's place in every workout; both keep their own history."""
    catalog = store.catalog()
    found = []
    for name in (old_name, new_name):
        exercise = catalog.resolve(name)
        if exercise is None:
            raise InputError(f"unknown exercise {name!r}")
        found.append(exercise)
    old, new = found
    store.set_plan(swap(store.plan(), old, new))
    return old, new
