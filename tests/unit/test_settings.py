"""Profile and plan settings: legtui.core.settings (shared with Setup) and `legtui profile`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from legtui.cli.main import main
from legtui.core.catalog import Catalog, default_plan
from legtui.core.inputs import InputError
from legtui.core.model import PlanItem, Profile
from legtui.core.settings import (
    add_to_plan,
    parse_days,
    rep_range,
    set_plan_field,
    set_profile_field,
    update_plan_item,
)
from legtui.store import Store

YEAR = 2026


def test_profile_fields_from_text() -> None:
    p = set_profile_field(Profile(), "deficit", "300", YEAR)
    p = set_profile_field(p, "activity", "Very-Active", YEAR)
    p = set_profile_field(p, "height_cm", "172.5", YEAR)
    p = set_profile_field(p, "rest_alert", "Notification", YEAR)
    assert (p.deficit, p.activity, p.height_cm, p.rest_alert) == (
        300, "very_active", 172.5, "notification")


def test_a_profile_from_before_the_rest_alert_choice_keeps_its_bell_off() -> None:
    assert Profile.from_dict({"bell": False}).rest_alert == "off"
    assert Profile.from_dict({"bell": True}).rest_alert == "both"
    assert Profile.from_dict({"bell": False, "rest_alert": "bell"}).rest_alert == "bell"


@pytest.mark.parametrize("field, raw, message", [
    ("deficit", "600", "deficit is 250 to 500"),
    ("deficit", "abc", "deficit must be a number"),
    ("birth_year", "2020", "birth year is 1926 to 2013"),
    ("height_cm", "-3", "height cannot be negative"),
    ("activity", "lazy", "activity is one of"),
    ("timezone", "Mars/Olympus", "unknown time zone"),
    ("day_start_hour", "13", "day start hour is 0 to 12"),
    ("unit", "stone", "unit is one of kg, lb"),
])
def test_bad_profile_values(field: str, raw: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        set_profile_field(Profile(), field, raw, YEAR)


def test_days_in_week_order() -> None:
    assert parse_days("fri,Monday, wed,mon") == ("mon", "wed", "fri")
    with pytest.raises(InputError):
        parse_days("mon,funday")


def test_plan_fields_from_text() -> None:
    item = update_plan_item(PlanItem("rdl"), {
        "sets": "4", "reps": "6-10", "scheme": "linear", "increment": "5", "start_load": "40",
        "rest_s": "120", "max_load": "100", "equipment": "barbell", "plates": "5,20,2.5,20",
        "target_rpe": "8.5",
    })
    assert (item.sets, item.rep_low, item.rep_high, item.scheme) == (4, 6, 10, "linear")
    assert (item.increment, item.start_load, item.rest_s, item.max_load) == (5, 40, 120, 100)
    assert item.equipment == "barbell" and item.plates == (20, 5, 2.5)
    assert item.target_rpe == 8.5
    assert set_plan_field(item, "max_load", "none").max_load is None
    assert rep_range("10") == (10, 10) and rep_range("8–12") == (8, 12)


@pytest.mark.parametrize("fields, message", [
    ({"reps": "12-8"}, "low to high"),
    ({"reps": "6-8-10"}, "a range like"),
    ({"sets": "0"}, "sets is 1 to 10"),
    ({"sets": "2.5"}, "whole number"),
    ({"scheme": "pyramid"}, "scheme is one of double, linear"),
    ({"equipment": "rock"}, "equipment is one of"),
    ({"rest_s": "-30"}, "rest cannot be negative"),
    ({"increment": "0"}, "increment is 0.1 to 50"),
    ({"target_rpe": "8.3"}, "half steps"),
    ({"plates": ","}, "plates are a comma list"),
    ({"start_load": "120", "max_load": "100"}, "above the max load"),
])
def test_bad_plan_values(fields: dict[str, str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        update_plan_item(PlanItem("rdl"), fields)


def test_add_known_and_custom_exercises() -> None:
    plan, custom = add_to_plan(default_plan(), Catalog(), "good morning", "kg")
    assert custom is None and plan.items[-1] == PlanItem("good-morning", start_load=20.0)
    plan, custom = add_to_plan(plan, Catalog(), "Nordic Curl", "lb", "bodyweight")
    assert custom is not None and custom.id == "nordic-curl" and custom.custom
    assert plan.items[-1].exercise == "nordic-curl" and plan.items[-1].unit == "lb"
    with pytest.raises(InputError, match="already in the plan"):
        add_to_plan(plan, Catalog(), "rdl", "kg")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LEGTUI_NOW", "2026-03-10T12:00:00Z")
    path = tmp_path / "store.json"
    assert main(["--db", str(path), "profile", "--timezone", "UTC"]) == 0
    return path


def profile_json(db: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    capsys.readouterr()
    assert main(["--db", str(db), "profile", "--json"]) == 0
    return orjson.loads(capsys.readouterr().out)


def test_profile_sets_plan_fields(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "profile", "--exercise", "rdl", "--sets", "4", "--reps",
                 "6-10", "--scheme", "linear", "--increment", "5", "--start-load", "40",
                 "--rest", "120", "--max-load", "100", "--equipment", "barbell"]) == 0
    rdl = Store(db).plan().item("rdl")
    assert rdl == PlanItem("rdl", 4, 6, 10, "linear", 40, "kg", increment=5, max_load=100,
                           rest_s=120, equipment="barbell")
    data = profile_json(db, capsys)
    assert data["plan"][0]["exercise"] == "rdl" and data["days"] == ["mon", "wed", "fri"]


def test_add_and_remove_exercises(db: Path) -> None:
    assert main(["--db", str(db), "profile", "--add-exercise", "Nordic curl", "--equipment",
                 "bodyweight", "--reps", "3-6"]) == 0
    assert main(["--db", str(db), "profile", "--remove-exercise", "bss"]) == 0
    store = Store(db)
    plan = store.plan()
    assert [i.exercise for i in plan.items] == ["rdl", "hip-thrust", "step-up", "nordic-curl"]
    nordic = plan.item("nordic-curl")
    assert nordic is not None and (nordic.rep_low, nordic.rep_high) == (3, 6)
    assert store.catalog().resolve("nordic curl") is not None


@pytest.mark.parametrize("args, message", [
    (["--deficit", "600"], "deficit is 250 to 500"),
    (["--height", "abc"], "height must be a number"),
    (["--sex", "male", "--days", "mon,funday"], "training days"),
    (["--sets", "4"], "need --exercise"),
    (["--exercise", "squat", "--sets", "4"], "'squat' is not in the plan"),
    (["--exercise", "rdl", "--reps", "12-8"], "low to high"),
    (["--exercise", "rdl", "--start-load", "200", "--max-load", "100"], "above the max load"),
    (["--add-exercise", "Nordic curl", "--sets", "20"], "sets is 1 to 10"),
    (["--remove-exercise", "squat"], "not in the plan"),
    (["--activity", "moderate", "--add-exercise", "rdl"], "already in the plan"),
])
def test_bad_settings_change_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(db), "profile", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert db.read_bytes() == before
