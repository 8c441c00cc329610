"""Other apps allow an RPE of 1 to 10 (Strong and Hevy export `5` and `5.5`); legtui's is 6 to
10. An import never fails on it: the set is kept, the RPE goes into its note as text, and the
summary lists it (docs/import-export.md). A set's reps or load past the bounds still stops the
import at its line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson
import pytest
from transfer_support import REALDATA, all_sets, new_store, sets_of

from legtui.store import Store
from legtui.transfer import TransferError, run_import

HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n"
KEPT = "(out of range, kept as text)"
REAL = REALDATA / "strong" / "ysmath-2026-10col-rpe.csv"  # a real export with an RPE column


def strong(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "strong.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def row(order: int, rpe: str, seconds: str = "0") -> str:
    return (f'2026-01-10 09:00:00,"Legs",40m,"Romanian Deadlift (Barbell)",{order},60,8,0,'
            f"{seconds},{rpe}\n")


def test_a_strong_rpe_outside_6_to_10_is_kept_as_text_and_listed(tmp_path: Path) -> None:
    path = strong(tmp_path, row(1, "5"), row(2, "5.5"), row(3, "8.5"), row(4, "11", "90000"))
    store = new_store(tmp_path)
    summary = run_import(store, "strong", path, unit="kg")
    rdl = sets_of(store, "2026-01-10", "rdl")
    assert [(s.reps, s.rpe, s.tut_s, s.note) for s in rdl] == [
        (8, None, None, f"RPE 5 {KEPT}"),
        (8, None, None, f"RPE 5.5 {KEPT}"),
        (8, 8.5, None, None),
        (8, None, None, f"RPE 11 {KEPT}; time 90000 s {KEPT}"),
    ]
    assert summary.as_text == ("line 2: RPE 5", "line 3: RPE 5.5", "line 5: RPE 11",
                               "line 5: time 90000 s")
    lines = summary.lines()
    at = lines.index("  outside legtui's bounds, kept as text in the set's note (4):")
    assert lines[at + 1: at + 3] == ["    line 2: RPE 5", "    line 3: RPE 5.5"]
    again = run_import(store, "strong", path, unit="kg")
    assert (again.added.sets_added, again.added.sets_skipped) == (0, 4)


def test_a_hevy_rpe_of_5_5_is_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "hevy.csv"
    path.write_text(
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
        "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
        'Glutes,"9 Apr 2026, 18:02","9 Apr 2026, 19:00",,Hip Thrust (Barbell),,,0,normal,100,'
        "10,,,5.5\n",
        encoding="utf-8")
    store = new_store(tmp_path)
    summary = run_import(store, "hevy", path)
    [thrust] = sets_of(store, "2026-04-09", "hip-thrust")
    assert (thrust.rpe, thrust.note) == (None, f"RPE 5.5 {KEPT}")
    assert summary.as_text == ("line 2: RPE 5.5",)


def test_reps_past_the_bound_still_stop_the_import_at_their_line(tmp_path: Path) -> None:
    path = strong(tmp_path, row(1, "5"), row(2, "8").replace(",60,8,", ",60,877777,"))
    store = new_store(tmp_path)
    with pytest.raises(TransferError, match="line 3: reps is 0 to 1000, not 877777"):
        run_import(store, "strong", path, unit="kg")
    assert store.is_empty()


def test_an_export_an_earlier_legtui_made_with_an_rpe_5_imports(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_bytes(orjson.dumps({"format": "legtui", "version": 1, "sessions": [
        {"date": "2024-05-01", "notes": {}, "sets": [
            {"id": "s1", "exercise": "rdl", "load": 60, "unit": "kg", "reps": 10, "rpe": 5,
             "kind": "working", "logged_at": "2024-05-01T17:00:00Z", "note": "easy"}]}]}))
    store = new_store(tmp_path)
    summary = run_import(store, "legtui", path)
    [entry] = all_sets(store)
    assert (entry.id, entry.rpe, entry.note) == ("s1", None, f"easy; RPE 5 {KEPT}")
    assert summary.as_text == ("sessions[0].sets[0]: RPE 5",)


@pytest.mark.skipif(not REAL.is_file(), reason="../shared/realdata/strong is not here")
def test_a_real_strong_export_with_rpe_5_and_5_5_imports_every_set(tmp_path: Path) -> None:
    """The real export (read from ../shared, not copied) with RPEs Strong allows written into
    its RPE column, in a file in the test's own folder."""
    with REAL.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    rpe = rows[0].index("RPE")
    changed = {}
    for number, fields in enumerate(rows[1:], start=2):
        if float(fields[rows[0].index("Reps")] or 0) and len(changed) < 6:
            fields[rpe] = ("5", "5.5", "9")[len(changed) % 3]
            changed[number] = fields[rpe]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path = tmp_path / "with-rpe.csv"
    path.write_text(out.getvalue(), encoding="utf-8")

    plain = run_import(new_store(tmp_path, "plain.json"), "strong", REAL, unit="kg")
    store = new_store(tmp_path)
    summary = run_import(store, "strong", path, unit="kg")

    assert summary.added.sets_added == plain.added.sets_added  # not one set lost
    assert summary.as_text == tuple(f"line {n}: RPE {v}" for n, v in changed.items() if v != "9")
    stored = all_sets(store)
    assert sum(s.note is not None and f"RPE 5 {KEPT}" in s.note for s in stored) == 2
    assert sum(s.note is not None and f"RPE 5.5 {KEPT}" in s.note for s in stored) == 2
    assert sorted(s.rpe for s in stored if s.rpe is not None) == [9, 9]


def test_a_file_an_earlier_legtui_imported_with_its_rpe_5_adds_nothing_again(
    tmp_path: Path
) -> None:
    """The set's id is the row's (its RPE as written), as an earlier legtui made it: after the
    upgrade, importing the same file again finds every set already there."""
    path = strong(tmp_path, row(1, "5"), row(2, "8"))
    now = new_store(tmp_path, "now.json")
    run_import(now, "strong", path, unit="kg")
    data = orjson.loads(now.path.read_bytes())
    data["meta"] = {"1": {"schema": 1}}  # as an earlier legtui wrote it: the RPE 5 kept
    for session in data["sessions"].values():
        for entry in session["sets"]:
            if entry.pop("note", None) == f"RPE 5 {KEPT}":
                entry["rpe"] = 5
    old = tmp_path / "old.json"
    old.write_bytes(orjson.dumps(data))

    upgraded = Store(old)
    assert upgraded.migration_notice is not None
    again = run_import(upgraded, "strong", path, unit="kg")
    assert (again.added.sets_added, again.added.sets_skipped) == (0, 2)
    assert [s.note for s in all_sets(upgraded)] == [f"RPE 5 {KEPT}", None]
