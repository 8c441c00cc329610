"""The plan's document: ids for its workouts and entries, and an older shape read as the plan
of workouts (docs/programs.md). Loaded when a plan is saved, merged or migrated, never at start-up
nor by the quick `legtui log`.

Before schema 4 the plan was `{"days": weekdays, "items": exercises}`; now it is
`{"training_days": weekdays, "days": workouts}`. The migration reshapes a store's own plan, and
a plan another device or an older export brings (a sync, `import legtui`) is reshaped the same way
before it merges, so its `days` can never be taken for workouts. Change stamps move with their
settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from legtui.core.model import Plan
from legtui.store.ids import new_set_id
from legtui.store.stamps import STAMPED

Raw = dict[str, Any]
RENAMED = {"days": "training_days", "items": "days"}


def with_ids(plan: Plan, make: Callable[[], str] = new_set_id) -> Plan:
    """The plan with an id on every workout and exercise entry that has none yet (the records
    a merge of two devices' plans tells apart); `make` gives each new one."""
    return replace(plan, workouts=tuple(
        replace(w, id=w.id or make(),
                items=tuple(replace(i, id=i.id or make()) for i in w.items))
        for w in plan.workouts))


def is_single_list(doc: Raw) -> bool:
    return "items" in doc or "training_days" not in doc


def of_workouts(doc: Raw) -> Raw:
    """The plan document with its one list as workout "A" (a plan of workouts as it is)."""
    if not is_single_list(doc):
        return doc
    items = [{**item, "group": None, "id": new_set_id()} for item in doc.get("items") or ()]
    out: Raw = {
        "training_days": doc.get("days", ["mon", "wed", "fri"]),
        "days": [{"id": new_set_id(), "name": "A", "exercises": items}],
    }
    stamped = doc.get(STAMPED)
    if isinstance(stamped, dict):
        out[STAMPED] = {RENAMED.get(k, k): v for k, v in stamped.items()}
    return out
