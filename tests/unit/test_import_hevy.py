"""Hevy: both unit variants, its date format, newest-first order, set types."""

from __future__ import annotations

from pathlib import Path

import pytest
from transfer_support import fixture, new_store, sets_of

from legtui.transfer import TransferError, run_import


def test_kg_file_newest_first_with_every_set_type(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "hevy", fixture("hevy_kg.csv"))
    assert (summary.workouts, summary.sessions) == (2, 2)
    assert (summary.working_sets, summary.warmups) == (6, 2)
    assert summary.skipped == {"sets without reps, time or distance": 1}
    assert summary.new_exercises == ("Dead Bug",)
    assert (summary.first, summary.last) == ("2026-04-07", "2026-04-09")
    assert [s.date for s in store.sessions()] == ["2026-04-07", "2026-04-09"]
    thrust = sets_of(store, "2026-04-09", "hip-thrust")
    assert [(s.kind, s.load, s.reps, s.rpe) for s in thrust] == [
        ("warmup", 40, 10, None), ("working", 100, 10, 8), ("failure", 100, 12, 10),
        ("drop", 70, 15, None),
    ]
    assert all(s.unit == "kg" for s in thrust)
    bridge = sets_of(store, "2026-04-09", "glute-bridge")
    assert [(s.load, s.reps) for s in bridge] == [(0, 20)]
    bug = sets_of(store, "2026-04-07", "dead-bug")
    assert [(s.reps, s.tut_s) for s in bug] == [(0, 45)]
    newer, older = store.session("2026-04-09"), store.session("2026-04-07")
    assert newer is not None and newer.notes == {"hip-thrust": "pad slipped"}
    assert older is not None and older.notes == {"rdl": 'workout: Tired, short "deload" day'}


def test_lbs_file_keeps_pounds_and_cleans_float_dust(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "hevy", fixture("hevy_lbs.csv"))
    assert (summary.workouts, summary.working_sets, summary.warmups) == (2, 4, 0)
    squat = sets_of(store, "2025-03-12", "squat")
    assert [(s.load, s.unit, s.reps) for s in squat] == [(225, "lb", 5), (225, "lb", 5)]
    assert squat[0].id != squat[1].id  # same values, different positions
    walk = sets_of(store, "2025-03-12", "walking-outdoor")[0]
    assert (walk.tut_s, walk.note, walk.unit) == (1200, "1.5 mi", "lb")
    assert [(s.load, s.unit) for s in sets_of(store, "2025-03-10", "bulgarian-split-squat")] == [
        (25, "lb")]


def test_reimport_adds_nothing(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    run_import(store, "hevy", fixture("hevy_kg.csv"))
    again = run_import(store, "hevy", fixture("hevy_kg.csv"))
    assert (again.added.sets_added, again.added.sets_skipped, again.added.exercises_added) == (
        0, 8, 0)


def test_unknown_set_type_stops_the_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    lines = fixture("hevy_lbs.csv").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",normal,", ",superset,")
    bad.write_text("\n".join(lines), encoding="utf-8")
    store = new_store(tmp_path)
    with pytest.raises(TransferError, match="line 3: set_type: 'superset' is not normal"):
        run_import(store, "hevy", bad)
    assert store.is_empty()
