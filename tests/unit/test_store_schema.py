"""The store's schema: what the model writes passes, unknown keys are ignored, and each way a
value can be wrong is one line naming the field."""

from __future__ import annotations

import math
from typing import Any

import pytest

from legtui.core.catalog import default_plan
from legtui.core.model import CheckIn, Exercise, Profile, SetEntry
from legtui.store import schema

A_SET: dict[str, Any] = SetEntry("a1", "rdl", 60, "kg", 10, "2024-05-01T10:00:00.000000Z",
                                 rpe=8.5, note="ok", tempo="3-0-1-0", tut_s=40).to_dict()
SESSION = {"date": "2024-05-01", "sets": [A_SET], "notes": {"rdl": "good"}}
KEY = "739007"  # 2024-05-01


@pytest.mark.parametrize(
    ("table", "doc"),
    [
        ("profile", Profile(timezone="Europe/Berlin", height_cm=180, birth_year=1990,
                            water_target_l=3).to_dict()),
        ("plan", default_plan("lb").to_dict()),
        ("exercises", Exercise("nordic-curl", "Nordic", "bodyweight", ("hamstrings",)).to_dict()),
        ("sessions", SESSION),
        ("sessions", {**SESSION, "sets": [SetEntry("s1", "step-up", 10, "kg", 9, "", sides=(10, 9))
                                          .to_dict()]}),
        ("profile", Profile(rest_alert="notification").to_dict()),
        ("profile", {"bell": False}),  # a profile from before rest_alert
        ("checkins", CheckIn("2024-05-01", weight=180, unit="lb", waist=32, length_unit="in",
                             calories=2100, stress=3, note="fine").to_dict()),
        ("meta", {"schema": 1}),
    ],
)
def test_what_the_model_writes_passes_and_unknown_keys_are_ignored(
    table: str, doc: dict[str, Any]
) -> None:
    assert schema.problem(table, KEY if table in schema.DATED else "1", doc) is None
    assert schema.issue(table, {**doc, "added_by_a_newer_legtui": {"x": [1]}}) is None


def with_set(**changes: Any) -> dict[str, Any]:
    return {**SESSION, "sets": [{**A_SET, **changes}]}


@pytest.mark.parametrize(
    ("changes", "what"),
    [
        ({"reps": True}, "sets[0].reps is True, not a number"),
        ({"reps": math.inf}, "sets[0].reps is inf, not a finite number"),
        ({"reps": 8.5}, "sets[0].reps is a whole number, not 8.5"),
        ({"load": 2300, "unit": "lb"}, "sets[0].load is 0 to 2200 lb, not 2300"),
        ({"load": 1001}, "sets[0].load is 0 to 1000 kg, not 1001"),
        ({"rpe": 5}, "sets[0].rpe is 6 to 10, not 5"),
        ({"logged_at": "yesterday"}, "sets[0].logged_at is 'yesterday', not a time"),
        ({"note": "n" * (64 * 1024 + 1)}, "sets[0].note is longer than 65536 characters"),
        ({"id": ""}, "sets[0].id is empty"),
        ({"sides": {"left": 10}}, "sets[0].sides.right is missing"),
        ({"sides": {"left": 10, "right": 0}, "reps": 0}, "sets[0].sides.right is 1 to 1000"),
        ({"sides": {"left": 10, "right": 9}}, "sets[0].reps is 10, not the weaker side's 9"),
        ({"sides": [10, 9]}, "sets[0].sides is [10, 9], not an object"),
    ],
)
def test_a_bad_set_is_one_line_naming_the_field(changes: dict[str, Any], what: str) -> None:
    found = schema.problem("sessions", KEY, with_set(**changes))
    assert found is not None and found.startswith(what)


def test_null_is_not_given_except_where_a_field_is_needed() -> None:
    assert schema.problem("sessions", KEY, with_set(rpe=None, note=None, tut_s=None)) is None
    assert schema.problem("sessions", KEY, with_set(reps=None)) == "sets[0].reps is missing"


@pytest.mark.parametrize(
    ("doc", "what"),
    [
        ({"date": "2024-05-01", "weight": 900, "unit": "lb"}, "weight is 44 to 882 lb, not 900"),
        ({"date": "2024-05-01", "weight": 19}, "weight is 20 to 400 kg, not 19"),
        ({"date": "2024-05-01", "waist": 150, "length_unit": "in"}, "waist is 8 to 118 in"),
        ({"date": "2024-05-01", "stress": 6}, "stress is 1 to 5, not 6"),
        ({"date": "1899-12-31"}, "date is before 1900"),
    ],
)
def test_a_check_in_is_checked_in_its_own_units(doc: dict[str, Any], what: str) -> None:
    key = KEY if doc["date"] == "2024-05-01" else "693595"
    found = schema.problem("checkins", key, doc)
    assert found is not None and found.startswith(what)


def test_a_day_must_be_filed_under_its_own_date() -> None:
    assert schema.problem("sessions", "739008", SESSION) == (
        "is dated 2024-05-01 but filed under 2024-05-02")
    assert schema.problem("sessions", "0", SESSION) == "its key '0' is not a day"


def test_a_table_this_legtui_does_not_know_holds_objects() -> None:
    assert schema.problem("tombstones", "1", {"anything": 1}) is None
    assert schema.problem("tombstones", "1", [1]) == "is [1], not an object"
