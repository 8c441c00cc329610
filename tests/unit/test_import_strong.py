"""Strong's dialects and quirks, each fixture with its exact counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from transfer_support import all_sets, fixture, new_store, sets_of

from legtui.core.model import Profile
from legtui.transfer import TransferError, run_import


def test_classic_layout_counts_kinds_and_pseudo_rows(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "strong", fixture("strong_classic.csv"), unit="kg")
    assert (summary.workouts, summary.sessions) == (3, 2)  # two workouts share 2024-03-04
    assert (summary.working_sets, summary.warmups) == (10, 1)
    assert summary.skipped == {
        "rest timers": 1,
        "notes (kept as the exercise's note)": 1,
        "sets without reps, time or distance": 1,
    }
    assert summary.new_exercises == ("Plank", "Kas Glute Bridge (Machine)")
    assert (summary.first, summary.last) == ("2024-03-04", "2024-03-06")
    assert summary.added.sets_added == 11 and summary.added.sessions_added == 2
    rdl = sets_of(store, "2024-03-04", "rdl")
    assert [(s.kind, s.load, s.reps, s.rpe) for s in rdl] == [
        ("warmup", 20, 10, None), ("working", 60, 10, 8), ("working", 60, 9, 8.5),
        ("working", 150, 8, None),  # 149.99999999999997 cleaned
    ]
    assert all(s.unit == "kg" and isinstance(s.reps, int) for s in rdl)
    thrust = sets_of(store, "2024-03-04", "hip-thrust")
    assert [s.kind for s in thrust] == ["working", "drop", "failure"]
    assert thrust[0].note == "felt\nstrong"  # a quoted note over two lines
    session = store.session("2024-03-04")
    assert session is not None
    assert session.notes["rdl"] == "workout: good day; grip gave out 😅"
    assert [s.exercise for s in session.sets][-3:] == [
        "bulgarian-split-squat", "plank", "kas-glute-bridge-machine"
    ]  # the evening workout comes after the morning one
    plank = sets_of(store, "2024-03-04", "plank")[0]
    assert (plank.load, plank.reps, plank.tut_s) == (0, 0, 60)
    custom = store.catalog().get("kas-glute-bridge-machine")
    assert custom.custom and custom.equipment == "machine"
    assert [s.reps for s in sets_of(store, "2024-03-06", "step-up")] == [12]


def test_a_file_silent_about_units_needs_unit(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    with pytest.raises(TransferError, match="--unit kg or --unit lb"):
        run_import(store, "strong", fixture("strong_classic.csv"))
    assert store.is_empty()


def test_semicolon_with_unit_columns_and_decimal_commas(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "strong", fixture("strong_semicolon_units.csv"))
    assert (summary.workouts, summary.sessions, summary.working_sets, summary.warmups) == (
        2, 2, 5, 0)
    thrust = sets_of(store, "2023-11-20", "hip-thrust")
    assert [(s.load, s.unit, s.reps, s.rpe) for s in thrust] == [
        (225, "lb", 10, None), (135.5, "lb", 12, 9)]
    assert [(s.load, s.unit) for s in sets_of(store, "2023-11-20", "good-morning")] == [(40, "kg")]
    run = sets_of(store, "2023-11-20", "running-treadmill")[0]
    assert (run.reps, run.tut_s, run.note) == (0, 1500, "5.2 km")
    assert [s.load for s in sets_of(store, "2023-11-22", "leg-curl")] == [30]


def test_all_quoted_with_workout_number_and_unit_in_header(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "strong", fixture("strong_quoted_workoutnum.csv"), unit="lb")
    assert (summary.workouts, summary.working_sets) == (2, 4)
    assert summary.skipped == {"rest timers": 2, "notes (kept as the exercise's note)": 2}
    assert all(s.unit == "kg" for s in all_sets(store))  # the header's kg wins over --unit
    squat = sets_of(store, "2025-01-06", "squat")[0]
    assert (squat.load, squat.reps, squat.rpe) == (80, 8, 7.5)
    later = store.session("2025-01-08")
    assert later is not None and later.notes == {"squat": "Knees ok"}
    first = store.session("2025-01-06")
    assert first is not None and first.notes == {}  # an empty Note row leaves nothing


def test_old_file_with_units_as_column_names_and_zero_based_order(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "strong", fixture("strong_old_unit_columns.csv"))
    assert (summary.workouts, summary.working_sets) == (1, 4)
    squat = sets_of(store, "2016-05-02", "squat")
    assert [(s.load, s.unit, s.reps) for s in squat] == [(135, "lb", 10), (185, "lb", 5),
                                                          (185, "lb", 5)]
    ride = sets_of(store, "2016-05-02", "cycling")[0]
    assert (ride.tut_s, ride.note) == (900, "3.1 mi")


def test_numbers_past_their_bounds_stop_the_import_at_their_line_crlf_no_final_newline(
    tmp_path: Path
) -> None:
    raw = fixture("strong_lb_typos_crlf.csv").read_bytes()
    assert b"\r\n" in raw and not raw.endswith(b"\n")
    store = new_store(tmp_path)
    with pytest.raises(TransferError) as caught:
        run_import(store, "strong", fixture("strong_lb_typos_crlf.csv"), unit="lb")
    assert str(caught.value) == "line 3: reps is 0 to 1000, not 877777"
    assert store.is_empty()


def test_likely_typos_inside_the_bounds_are_imported_as_written_and_listed(
    tmp_path: Path
) -> None:
    csv = tmp_path / "typos.csv"
    csv.write_text(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n"
        '2026-01-10 09:00:00,"Typos",40m,"Hip Thrust (Barbell)",1,135.0,150.0,0,0.0,\n'
        '2026-01-10 09:00:00,"Typos",40m,"Hip Thrust (Barbell)",2,1200.0,8.0,0,0.0,9.0\n',
        encoding="utf-8")
    store = new_store(tmp_path)
    summary = run_import(store, "strong", csv, unit="lb")
    assert summary.suspicious == ((2, "150 reps"), (3, "a load of 1200 lb"))
    thrust = sets_of(store, "2026-01-10", "hip-thrust")
    assert [(s.load, s.unit, s.reps) for s in thrust] == [(135, "lb", 150), (1200, "lb", 8)]
    assert "line 2: 150 reps" in summary.text()


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        ("strong_bad_date.csv", 4, "Date: '2024-13-45 07:30:00' is not a date and time"),
        ("strong_bad_number.csv", 4, "Reps: 'ten' is not a number"),  # after a 2-line row
    ],
)
def test_an_unreadable_row_aborts_with_its_line(
    tmp_path: Path, name: str, line: int, reason: str
) -> None:
    store = new_store(tmp_path)
    with pytest.raises(TransferError) as caught:
        run_import(store, "strong", fixture(name), unit="kg")
    assert (caught.value.line, caught.value.reason) == (line, reason)
    assert str(caught.value) == f"line {line}: {reason}"
    assert store.is_empty() and store.custom_exercises() == []


def test_byte_order_mark_and_crlf_variants_read_the_same(tmp_path: Path) -> None:
    text = fixture("strong_classic.csv").read_text(encoding="utf-8")
    variant = tmp_path / "bom_crlf.csv"
    variant.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").rstrip().encode())
    plain = run_import(new_store(tmp_path, "a.json"), "strong", fixture("strong_classic.csv"),
                       unit="kg", dry_run=True)
    other_store = new_store(tmp_path, "b.json")
    other = run_import(other_store, "strong", variant, unit="kg")
    assert (other.working_sets, other.warmups, other.skipped) == (
        plain.working_sets, plain.warmups, plain.skipped)
    note = sets_of(other_store, "2024-03-04", "hip-thrust")[0].note
    assert note == "felt\nstrong"  # a Windows line break inside quotes is kept, as \n


def test_a_workout_after_midnight_belongs_to_the_evening_before(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.set_profile(Profile(timezone="Europe/London", day_start_hour=4))
    late = tmp_path / "late.csv"
    late.write_text(
        "Date,Workout Name,Exercise Name,Set Order,Weight (kg),Reps\n"
        "2024-07-02 01:30:00,Late,Deadlift (Barbell),1,100,5\n", encoding="utf-8")
    run_import(store, "strong", late)
    entry = sets_of(store, "2024-07-01", "deadlift")[0]
    assert entry.logged_at == "2024-07-02T00:30:00.000000Z"  # BST is UTC+1


def test_reimport_adds_nothing(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    run_import(store, "strong", fixture("strong_classic.csv"), unit="kg")
    before = store.dump()
    again = run_import(store, "strong", fixture("strong_classic.csv"), unit="kg")
    assert again.added.sets_added == 0 and again.added.sessions_added == 0
    assert again.added.sets_skipped == 11 and again.new_exercises == ()
    assert store.dump() == before


def test_not_a_strong_file_names_the_missing_column(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="not a Strong export: no 'Date' column"):
        run_import(new_store(tmp_path), "strong", fixture("hevy_kg.csv"))
