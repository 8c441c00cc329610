"""`legtui plan [--json] | plan set FILE | plan swap OLD NEW` and `legtui today [--json]`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from legtui.cli.main import main
from legtui.store import Store

AB: dict[str, Any] = {
    "training_days": ["mon", "thu"],
    "days": [
        {"name": "A", "exercises": [
            {"exercise": "rdl", "sets": 4, "start_load": 40},
            {"exercise": "hip-thrust", "group": "x"},
            {"exercise": "kickback", "group": "x", "rep_low": 12, "rep_high": 15},
        ]},
        {"name": "B", "exercises": [{"exercise": "bss", "plates": [20, 10], "equipment": None}]},
    ],
}


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("LEGTUI_DB", raising=False)
    monkeypatch.setenv("LEGTUI_NOW", "2026-11-25T18:00:00Z")  # a Wednesday
    path = tmp_path / "store.json"
    assert main(["--db", str(path), "profile", "--timezone", "UTC"]) == 0
    return path


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def out_json(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> Any:
    capsys.readouterr()
    assert run(db, *args) == 0
    return json.loads(capsys.readouterr().out)


def set_plan(db: Path, tmp_path: Path, plan: object) -> int:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan))
    return run(db, "plan", "set", str(path))


def test_the_default_plan_prints_as_one_workout(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    got = out_json(capsys, db, "plan", "--json")
    assert got["training_days"] == ["mon", "wed", "fri"]
    assert [d["name"] for d in got["days"]] == ["A"]
    rdl = got["days"][0]["exercises"][0]
    assert rdl == {
        "exercise": "rdl", "group": None, "sets": 3, "rep_low": 8, "rep_high": 12,
        "scheme": "double", "start_load": 20.0, "unit": "kg", "increment": None, "bar": None,
        "plates": None, "step": None, "max_load": None, "rest_s": 120, "target_rpe": 8.0,
        "equipment": None,
    }


def test_plan_set_then_plan_json_round_trips(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set_plan(db, tmp_path, AB) == 0
    got = out_json(capsys, db, "plan", "--json")
    assert got["training_days"] == ["mon", "thu"]
    a, b = got["days"]
    assert [(e["exercise"], e["group"]) for e in a["exercises"]] == [
        ("rdl", None), ("hip-thrust", "x"), ("cable-kickback", "x")]
    assert (a["exercises"][0]["sets"], a["exercises"][0]["start_load"]) == (4, 40)
    assert a["exercises"][1]["start_load"] == 20  # missing settings take their defaults
    assert (a["exercises"][2]["rep_low"], a["exercises"][2]["rep_high"]) == (12, 15)
    assert b["exercises"][0]["plates"] == [20, 10]
    assert run(db, "profile", "--unit", "lb") == 0
    lb_plan = {"days": [{"name": "A", "exercises": [{"exercise": "rdl"},
                                                    {"exercise": "squat", "unit": "kg"}]}]}
    assert set_plan(db, tmp_path, lb_plan) == 0
    rdl, squat = Store(db).plan().workouts[0].items
    # the empty bar in each item's own unit
    assert (rdl.start_load, rdl.unit, squat.start_load, squat.unit) == (45, "lb", 20, "kg")
    assert set_plan(db, tmp_path, AB) == 0
    ids = Store(db).plan().workouts[0].id
    assert set_plan(db, tmp_path, got) == 0  # the printed plan sets the same plan
    assert out_json(capsys, db, "plan", "--json") == got
    assert Store(db).plan().workouts[0].id == ids  # a workout kept by name keeps its id


@pytest.mark.parametrize(("change", "message"), [
    (lambda p: p["days"][0]["exercises"].append({"exercise": "nordic-flyer"}),
     "day A, exercise 4: unknown exercise 'nordic-flyer'"),
    (lambda p: p["days"][1]["exercises"][0].update(sets=0), "bulgarian-split-squat: sets is"),
    (lambda p: p["days"][1]["exercises"][0].update(sets="3"), "sets must be a number"),
    (lambda p: p["days"][1]["exercises"][0].update(sets=True), "sets must be a number"),
    (lambda p: p["days"][1]["exercises"][0].update(scheme="wave"), "scheme is one of"),
    (lambda p: p["days"][1]["exercises"][0].update(unit="stone"), "unit is kg or lb"),
    (lambda p: p["days"][1]["exercises"][0].update(rep_low=15), "runs low to high"),
    (lambda p: p["days"][1]["exercises"][0].update(tempo="fast"), "unknown key 'tempo'"),
    (lambda p: p["days"][1].update(name="a"), "already a workout 'A'"),
    (lambda p: p["days"][0]["exercises"][2].update(group=None), "group 'x' has one exercise"),
    (lambda p: p["days"][0]["exercises"].append({"exercise": "rdl"}), "rdl is in it twice"),
    (lambda p: p.update(training_days=["someday"]), "training days are"),
    (lambda p: p.update(days=[]), "one or more workouts"),
    (lambda p: p.update(days=[{"name": "A", "exercises": []}]), "at least one exercise"),
])
def test_plan_set_with_bad_input_changes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, message: str
) -> None:
    assert set_plan(db, tmp_path, AB) == 0
    before = db.read_bytes()
    plan = json.loads(json.dumps(AB))
    change(plan)
    capsys.readouterr()
    assert set_plan(db, tmp_path, plan) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("legtui: ")
    assert db.read_bytes() == before


def test_plan_set_refuses_a_file_that_is_not_json(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db.read_bytes()
    (tmp_path / "plan.json").write_text("{not json")
    assert run(db, "plan", "set", str(tmp_path / "plan.json")) == 2
    assert run(db, "plan", "set", str(tmp_path / "missing.json")) == 2
    err = capsys.readouterr().err.splitlines()
    assert "is not valid JSON" in err[-2] and "cannot read" in err[-1]
    assert db.read_bytes() == before


def test_swap_keeps_each_exercises_history(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "log", "rdl", "60x12x3", "--date", "2026-11-20") == 0
    assert run(db, "log", "good-morning", "40x12x3", "--date", "2026-10-01") == 0
    assert run(db, "plan", "swap", "rdl", "good morning") == 0
    assert "swapped Romanian deadlift for Good morning" in capsys.readouterr().out
    store = Store(db)
    assert [i.exercise for i in store.plan().items][:2] == ["good-morning", "hip-thrust"]
    assert [s.date for s in store.sessions("rdl")] == ["2026-11-20"]  # OLD's history stays
    # NEW progresses from its own history, not OLD's
    target = out_json(capsys, db, "suggest", "good-morning", "--json")
    assert (target["load"], target["kind"]) == (42.5, "add-load")
    assert run(db, "plan", "swap", "rdl", "squat") == 2
    assert "Romanian deadlift is not in the plan" in capsys.readouterr().err


def test_today_json_names_the_workout_and_why(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set_plan(db, tmp_path, AB) == 0
    assert run(db, "log", "rdl", "40x10x3", "--date", "2026-11-23") == 0
    assert run(db, "log", "bss", "bwx10", "w0x5") == 0
    got = out_json(capsys, db, "today", "--json")
    assert {k: got[k] for k in ("date", "training_day", "workout", "why")} == {
        "date": "2026-11-25", "training_day": False, "workout": "B", "why": "begun today"}
    [bss] = got["exercises"]
    assert (bss["exercise"], bss["group"], bss["done_sets"]) == ("bulgarian-split-squat", None, 1)
    assert set(bss["target"]) == {"exercise", "kind", "load", "unit", "reps", "sets", "tempo",
                                  "reason"}
    capsys.readouterr()
    assert run(db, "today") == 0
    assert "workout B — begun today" in capsys.readouterr().out
