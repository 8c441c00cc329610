"""The real Strong exports in ../shared/realdata, counted independently from their raw rows."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from transfer_support import REALDATA, all_sets, new_store

from legtui.transfer import run_import

STRONG = REALDATA / "strong"
PSEUDO = ("Rest Timer", "Note")


def real_files() -> list[Path]:
    return sorted(STRONG.glob("*.csv")) if STRONG.is_dir() else []


def raw_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        delimiter = ";" if handle.readline().count(";") > 0 else ","
        handle.seek(0)
        return list(csv.DictReader(handle, delimiter=delimiter))


def is_set(row: dict[str, str]) -> bool:
    if row["Set Order"] in PSEUDO:
        return False
    return any(float(row[k] or 0) for k in ("Reps", "Seconds") if k in row) or any(
        float(row[k] or 0) for k in row if k.startswith("Distance"))


@pytest.mark.skipif(not real_files(), reason="../shared/realdata/strong is not here")
@pytest.mark.parametrize("path", real_files(), ids=lambda p: p.name)
def test_real_strong_export(tmp_path: Path, path: Path) -> None:
    rows = raw_rows(path)
    sets = [r for r in rows if is_set(r)]
    pseudo = Counter(r["Set Order"] for r in rows if r["Set Order"] in PSEUDO)
    warmups = sum(r["Set Order"] == "W" for r in sets)
    workouts = {r["Date"] for r in rows}
    days = {d[:10] for d in workouts}  # no workout in these files starts before 04:00
    assert all(d[11:13] >= "04" for d in workouts)

    store = new_store(tmp_path)
    summary = run_import(store, "strong", path, unit="kg")
    assert (summary.workouts, summary.sessions) == (len(workouts), len(days))
    assert (summary.working_sets, summary.warmups) == (len(sets) - warmups, warmups)
    assert summary.skipped.get("rest timers", 0) == pseudo["Rest Timer"]
    assert summary.skipped.get("notes (kept as the exercise's note)", 0) == pseudo["Note"]
    assert summary.added.sets_added == len(sets)
    stored = all_sets(store)
    assert len(stored) == len(sets) and len({s.id for s in stored}) == len(sets)
    assert Counter(s.reps for s in stored) == Counter(int(float(r["Reps"] or 0)) for r in sets)
    assert {s.unit for s in stored} == {"kg"}
    again = run_import(store, "strong", path, unit="kg")
    assert (again.added.sets_added, again.added.sets_skipped) == (0, len(sets))


@pytest.mark.skipif(not real_files(), reason="../shared/realdata/strong is not here")
def test_the_semicolon_file_states_its_unit_and_the_other_does_not(tmp_path: Path) -> None:
    semicolon = STRONG / "abishakesrithar-2025-workoutnum-semicolon.csv"
    plain = STRONG / "ysmath-2026-10col-rpe.csv"
    if not (semicolon.is_file() and plain.is_file()):
        pytest.skip("the two known real files are not both here")
    store = new_store(tmp_path)
    assert run_import(store, "strong", semicolon).added.sets_added > 0  # "Weight (kg)"
    with pytest.raises(ValueError, match="--unit"):
        run_import(store, "strong", plain)
