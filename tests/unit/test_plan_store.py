"""The plan in the store: a single-list plan migrates to workout "A" under a backup; workouts
and entries get stable ids; a Hevy superset survives an export and an import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from transfer_support import fixture, new_store

from legtui.core import hlc
from legtui.core.model import Plan, PlanItem, Workout
from legtui.store import Store, schema
from legtui.store.backups import list_backups
from legtui.store.migrations import SCHEMA_VERSION
from legtui.transfer import export, run_import

V1_PLAN = {
    "days": ["tue", "sat"],
    "items": [
        {"exercise": "rdl", "sets": 4, "rep_low": 6, "rep_high": 10, "start_load": 60,
         "unit": "kg", "rest_s": 150},
        {"exercise": "leg-curl", "sets": 3, "rep_low": 10, "rep_high": 15, "unit": "lb"},
    ],
}


def test_a_single_list_plan_migrates_to_workout_a_after_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    raw = orjson.dumps({"meta": {"1": {"schema": 1}}, "plan": {"1": V1_PLAN}})
    db.write_bytes(raw)

    plan = Store(db).plan()

    assert [p.read_bytes() for p in list_backups(db)
            if p.name.startswith("pre-migration-v1-")] == [raw]
    assert plan == Plan(days=("tue", "sat"), workouts=(Workout("A", (
        PlanItem("rdl", 4, 6, 10, start_load=60, rest_s=150),
        PlanItem("leg-curl", 3, 10, 15, unit="lb"),
    )),))
    on_disk = orjson.loads(db.read_bytes())
    assert on_disk["meta"]["1"]["schema"] == SCHEMA_VERSION == 4
    [workout] = on_disk["plan"]["1"]["days"]
    ids = [workout["id"], *(e["id"] for e in workout["exercises"])]
    assert len(set(ids)) == 3 and all(len(i) == 16 for i in ids)
    assert Store(db).plan().workouts[0].items[1].id == ids[2]  # stable across opens


def test_saving_keeps_ids_and_gives_new_entries_their_own(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    store.set_plan(Plan(workouts=(Workout("A", (PlanItem("rdl"),)),)))
    first = store.plan()
    grown = first.with_item(PlanItem("squat"))
    store.set_plan(grown)
    again = store.plan()
    assert again.workouts[0].id == first.workouts[0].id
    assert again.workouts[0].items[0].id == first.workouts[0].items[0].id
    assert again.workouts[0].items[1].id not in ("", first.workouts[0].items[0].id)


HEVY = (
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
    "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
    'Glutes,"9 Apr 2026, 18:02","9 Apr 2026, 19:00",,Hip Thrust (Barbell),0,,0,normal,100,10,,,\n'
    'Glutes,"9 Apr 2026, 18:02","9 Apr 2026, 19:00",,Cable Kickback,0,,0,normal,15,12,,,\n'
    'Glutes,"9 Apr 2026, 18:02","9 Apr 2026, 19:00",,Hip Thrust (Barbell),0,,1,normal,100,9,,,\n'
    'Glutes,"9 Apr 2026, 18:02","9 Apr 2026, 19:00",,Romanian Deadlift (Barbell),,,0,normal,'
    "60,8,,,\n"
)


def test_a_hevy_superset_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "hevy.csv"
    source.write_text(HEVY)
    store = new_store(tmp_path)
    run_import(store, "hevy", source)
    session = store.session("2026-04-09")
    assert session is not None
    assert [(s.exercise, s.superset) for s in session.sets] == [
        ("hip-thrust", "0"), ("cable-kickback", "0"), ("hip-thrust", "0"), ("rdl", None)]
    rows = export(store, "csv").splitlines()
    assert rows[0].endswith(",superset")
    assert [r.rsplit(",", 1)[1] for r in rows[1:]] == ["0", "0", "0", ""]
    dumped = tmp_path / "all.json"
    dumped.write_text(export(store, "json"))
    copy = new_store(tmp_path, "copy.json")
    run_import(copy, "legtui", dumped)
    again = copy.session("2026-04-09")
    assert again is not None and again.sets == session.sets
    assert run_import(store, "hevy", source).added.sets_added == 0  # re-importing adds nothing


def test_hevy_files_without_supersets_leave_none(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    run_import(store, "hevy", fixture("hevy_kg.csv"))
    assert all(e.superset is None for s in store.sessions() for e in s.sets)


PLAN_DOC = Plan(workouts=(
    Workout("A", (PlanItem("rdl", group="x", id="e1"), PlanItem("hip-thrust", group="x")), "w1"),
    Workout("B", (PlanItem("step-up"),)),
)).to_dict()


@pytest.mark.parametrize(("doc", "what"), [
    (PLAN_DOC, None),
    (V1_PLAN, None),  # an older file's or export's single list still reads
    ({**PLAN_DOC, "days": [*PLAN_DOC["days"], {"name": "a"}]},
     "days hold the workout 'a' twice"),
    ({**PLAN_DOC, "days": [{"exercises": []}]}, "days[0].name is missing"),
    ({**PLAN_DOC, "days": [{"name": "x" * 25}]}, "days[0].name is longer than 24 characters"),
    ({**PLAN_DOC, "days": [{"name": "A", "exercises": [{"exercise": "rdl", "group": ""}]}]},
     "days[0].exercises[0].group is empty"),
    ({**PLAN_DOC, "training_days": ["someday"]}, "training_days[0] is 'someday', not one of"),
])
def test_the_schema_knows_the_plan_of_workouts(doc: dict[str, Any], what: str | None) -> None:
    found = schema.problem("plan", "1", doc)
    assert found == what if what is None else (found or "").startswith(what)


def test_a_sets_superset_is_checked() -> None:
    entry = {"id": "a", "exercise": "rdl", "reps": 5, "superset": 3}
    assert schema.problem("sessions", "739007", {"date": "2024-05-01", "sets": [entry]}) == (
        "sets[0].superset is 3, not text")


def older_export(ms: int) -> str:
    """A stamped legtui export from a build before workouts: the plan is one list."""
    stamp = hlc.at(ms, "0badc0de")
    return orjson.dumps({
        "format": "legtui", "version": 2, "profile": None, "exercises": [], "sessions": [],
        "checkins": [], "deleted": {},
        "plan": {"days": ["tue"], "items": [{"exercise": "squat"}],
                 "changed": {"days": stamp, "items": stamp}},
    }).decode()


@pytest.mark.parametrize(("ms", "kept"), [(1, True), (4_102_444_800_000, False)])  # 1970 / 2100
def test_an_older_devices_single_list_plan_merges_as_workouts(
    tmp_path: Path, ms: int, kept: bool
) -> None:
    store = Store(tmp_path / "s.json")
    store.set_plan(Plan(days=("mon", "thu"), workouts=(Workout("A", (PlanItem("rdl"),)),
                                                       Workout("B", (PlanItem("step-up"),)))))
    source = tmp_path / "old.json"
    source.write_text(older_export(ms))
    run_import(store, "legtui", source)
    plan = Store(tmp_path / "s.json").plan()
    if kept:  # the store's change is the later one
        assert [w.name for w in plan.workouts] == ["A", "B"] and plan.days == ("mon", "thu")
    else:  # the other device's plan is the later one: its list is workout A, with its weekdays
        assert plan.days == ("tue",)
        assert [(w.name, [i.exercise for i in w.items]) for w in plan.workouts] == [
            ("A", ["squat"])]
