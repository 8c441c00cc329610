"""FitNotes: header variants, unquoted names with commas, and the body tracker."""

from __future__ import annotations

from pathlib import Path

import pytest
from transfer_support import fixture, new_store, sets_of

from legtui.transfer import TransferError, run_import


def test_kgs_header_and_a_name_with_a_comma(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "fitnotes", fixture("fitnotes_kgs.csv"))
    assert (summary.workouts, summary.sessions, summary.working_sets) == (2, 2, 5)
    assert summary.new_exercises == ("Hip Thrust, Single Leg", "Plank")
    assert [(s.load, s.unit, s.reps) for s in sets_of(store, "2022-06-01", "rdl")] == [
        (70, "kg", 10), (70, "kg", 10)]
    single = sets_of(store, "2022-06-01", "hip-thrust-single-leg")
    assert [(s.load, s.reps) for s in single] == [(0, 12)]
    assert store.catalog().get("hip-thrust-single-leg").name == "Hip Thrust, Single Leg"
    assert [(s.reps, s.tut_s) for s in sets_of(store, "2022-06-01", "plank")] == [(0, 90)]
    assert [s.load for s in sets_of(store, "2022-06-03", "squat")] == [80]


def test_weight_unit_and_comment_columns(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "fitnotes", fixture("fitnotes_unit_comment.csv"))
    assert (summary.sessions, summary.working_sets) == (2, 4)
    assert summary.skipped == {"sets without reps, time or distance": 1}
    thrust = sets_of(store, "2023-02-13", "hip-thrust")
    assert [(s.load, s.unit, s.note) for s in thrust] == [
        (185, "lb", None), (185, "lb", 'last set hard, "grindy"')]
    curl = sets_of(store, "2023-02-13", "curl-hammer-alternating")
    assert [(s.load, s.unit, s.reps) for s in curl] == [(12.5, "kg", 12)]
    run = sets_of(store, "2023-02-14", "treadmill")[0]
    assert (run.tut_s, run.note) == (1200, "3 km")


def test_plain_weight_header_needs_unit(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    with pytest.raises(TransferError, match="--unit kg or --unit lb"):
        run_import(store, "fitnotes", fixture("fitnotes_plain_weight.csv"))
    summary = run_import(store, "fitnotes", fixture("fitnotes_plain_weight.csv"), unit="lb")
    assert summary.working_sets == 2
    assert [(s.load, s.unit) for s in sets_of(store, "2021-09-01", "good-morning")] == [
        (40, "lb"), (40, "lb")]


def test_body_tracker_brings_bodyweight_into_checkins(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "fitnotes", fixture("fitnotes_body.csv"))
    assert (summary.checkins, summary.working_sets, summary.sessions) == (2, 0, 0)
    assert summary.skipped == {"other measurements": 1, "measurements without a value": 1}
    assert summary.added.checkins_added == 2
    first, second = store.checkins()
    assert (first.date, first.weight, first.unit, first.note) == (
        "2023-02-13", 81.2, "kg", "evening")  # the later reading of the day wins
    assert (second.weight, second.unit, second.waist, second.length_unit) == (
        176, "lb", 84.5, "cm")
    assert second.source == {"weight": "FitNotes", "waist": "FitNotes"}
    again = run_import(store, "fitnotes", fixture("fitnotes_body.csv"))
    assert again.added.checkins_added == 0


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("2022-06-31,Deadlift,Legs,100,5,,,", "Date: '2022-06-31' is not a date (YYYY-MM-DD)"),
        ("2022-06-02,Plank,Abs,,,,,1::30", "Time: '1::30' is not a duration"),
        ("2022-06-02,Deadlift,Legs,heavy,5,,,", "Weight: 'heavy' is not a number"),
    ],
)
def test_an_unreadable_row_stops_the_import(tmp_path: Path, row: str, reason: str) -> None:
    lines = fixture("fitnotes_kgs.csv").read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([*lines[:3], row, *lines[3:]]) + "\n", encoding="utf-8")
    store = new_store(tmp_path)
    with pytest.raises(TransferError) as caught:
        run_import(store, "fitnotes", bad)
    assert (caught.value.line, caught.value.reason) == (4, reason)
    assert store.is_empty()
