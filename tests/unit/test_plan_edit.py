"""Editing workouts (pure): add, rename, reorder, delete; move exercises; supersets; swaps."""

from __future__ import annotations

import pytest

from legtui.core.catalog import Catalog
from legtui.core.inputs import InputError
from legtui.core.model import Plan, PlanItem, Workout
from legtui.core.plan_edit import (
    add_workout,
    delete_workout,
    move_item,
    move_to_workout,
    move_workout,
    remove_item,
    rename_workout,
    swap,
    toggle_group,
)

CATALOG = Catalog()
RDL = PlanItem("rdl", 4, 6, 10, "linear", 60, "kg", increment=5, max_load=140, rest_s=150,
               group="a", id="e1")
PLAN = Plan(workouts=(
    Workout("A", (RDL, PlanItem("hip-thrust", group="a"), PlanItem("leg-curl")), id="w1"),
    Workout("B", (PlanItem("step-up"),), id="w2"),
))


def names(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(w.name, [i.exercise for i in w.items]) for w in plan.workouts]


def test_workouts_are_added_renamed_reordered_and_deleted() -> None:
    plan = add_workout(PLAN, "  Hinge   day ")
    assert names(plan)[-1] == ("Hinge day", [])
    plan = rename_workout(plan, 0, "a")  # its own name in another case is fine
    plan = move_workout(plan, 2, -1)
    assert [w.name for w in plan.workouts] == ["a", "Hinge day", "B"]
    assert move_workout(plan, 0, -1) == plan  # unchanged past the end
    plan = delete_workout(plan, 1)
    assert [w.name for w in plan.workouts] == ["a", "B"]
    assert plan.workouts[0].id == "w1"


@pytest.mark.parametrize(("change", "message"), [
    (lambda p: add_workout(p, "b"), "already a workout 'B'"),
    (lambda p: add_workout(p, " "), "needs a name"),
    (lambda p: add_workout(p, "x" * 25), "at most 24"),
    (lambda p: add_workout(p, "A\x1b[31m"), "needs a name"),
    (lambda p: rename_workout(p, 1, "A"), "already a workout"),
    (lambda p: delete_workout(Plan(workouts=p.workouts[:1]), 0), "at least one workout"),
    (lambda p: move_to_workout(p, 1, "step-up", 1), "no workout that way"),
    (lambda p: move_to_workout(p, 0, "rdl", -1), "no workout that way"),
    (lambda p: toggle_group(p, 1, "step-up"), "needs a second exercise"),
    (lambda p: remove_item(Plan(workouts=p.workouts[1:]), 0, "step-up"), "at least one exercise"),
])
def test_bad_edits_are_one_clear_error(change: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        change(PLAN)  # type: ignore[operator]


def test_moving_exercises_within_and_between_workouts() -> None:
    plan = move_item(PLAN, 0, "leg-curl", -1)
    assert names(plan)[0] == ("A", ["rdl", "leg-curl", "hip-thrust"])
    plan = move_to_workout(plan, 0, "rdl", 1)
    assert names(plan) == [("A", ["leg-curl", "hip-thrust"]), ("B", ["step-up", "rdl"])]
    moved = plan.workouts[1].items[1]
    assert moved.group is None and moved.id == "e1" and moved.sets == 4
    assert plan.workouts[0].items[1].group is None  # a superset of one is none
    both = Plan(workouts=(Workout("A", (PlanItem("rdl"), PlanItem("step-up"))),
                          plan.workouts[1]))
    with pytest.raises(InputError, match="already in workout B"):
        move_to_workout(both, 0, "step-up", 1)


def test_grouping_and_ungrouping_supersets() -> None:
    plan = toggle_group(PLAN, 0, "leg-curl")  # the last one joins the previous one's group
    assert [i.group for i in plan.workouts[0].items] == ["a", "a", "a"]
    plan = toggle_group(plan, 0, "rdl")
    assert [i.group for i in plan.workouts[0].items] == [None, "a", "a"]
    assert [i.exercise for i in plan.workouts[0].items] == ["rdl", "hip-thrust", "leg-curl"]
    plan = toggle_group(plan, 0, "hip-thrust")
    assert [i.group for i in plan.workouts[0].items] == [None, None, None]
    plan = toggle_group(plan, 0, "rdl")
    assert [i.group for i in plan.workouts[0].items] == ["a", "a", None]


def test_a_swap_carries_the_settings_that_apply() -> None:
    plan = swap(Plan(workouts=(*PLAN.workouts, Workout("C", (RDL,)))),
                CATALOG.get("rdl"), CATALOG.get("good-morning"))
    for workout in (plan.workouts[0], plan.workouts[2]):
        gm = workout.items[0]
        # both barbell lifts: loads, increment and cap carry over, as do sets, reps and rest
        assert gm == PlanItem("good-morning", 4, 6, 10, "linear", 60, "kg", increment=5,
                              max_load=140, rest_s=150, group="a")
        assert gm.id == "e1"
    plan = swap(PLAN, CATALOG.get("rdl"), CATALOG.get("single-leg-rdl"))
    sl = plan.workouts[0].items[0]
    # a dumbbell lift: the barbell's loads do not apply, it starts from its own defaults
    assert (sl.sets, sl.rep_low, sl.rest_s, sl.group) == (4, 6, 150, "a")
    assert (sl.start_load, sl.increment, sl.max_load) == (0.0, None, None)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("rdl", "rdl", "for itself"),
    ("squat", "rdl", "not in the plan"),
    ("rdl", "hip-thrust", "already in workout A"),
])
def test_bad_swaps(old: str, new: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        swap(PLAN, CATALOG.get(old), CATALOG.get(new))
