"""`legtui export {csv,strong,json}`: documented columns, Strong's layout, stdout or -o FILE."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from transfer_support import all_sets, new_store

from legtui.cli.main import main
from legtui.core.model import Profile, SetEntry
from legtui.store import Store
from legtui.transfer import export, run_import
from legtui.transfer.export import CSV_COLUMNS, STRONG_COLUMNS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "import-export.md"


def sample(tmp_path: Path) -> Store:
    store = new_store(tmp_path)
    store.set_profile(Profile(unit="kg", timezone="UTC"))
    store.log_sets("2026-02-02", [
        SetEntry("a", "rdl", 20, "kg", 10, "2026-02-02T17:00:00.000000Z", kind="warmup"),
        SetEntry("b", "rdl", 60, "kg", 10, "2026-02-02T17:05:00.000000Z", rpe=8),
        SetEntry("c", "rdl", 135, "lb", 8, "2026-02-02T17:10:00.000000Z", note="a, \"b\""),
        SetEntry("d", "hip-thrust", 80, "kg", 12, "2026-02-02T18:12:00.000000Z", kind="failure"),
        SetEntry("e", "hip-thrust", 60, "kg", 15, "2026-02-02T18:14:00.000000Z", kind="drop"),
    ], note="hips high")
    store.set_note("2026-02-02", "hip-thrust", "pad\non bar")
    return store


def parse(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_set_with_the_documented_columns(tmp_path: Path) -> None:
    store = sample(tmp_path)
    text = export(store, "csv")
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = parse(text)
    assert [r["id"] for r in rows] == ["a", "b", "c", "d", "e"]
    third = rows[2]
    assert {k: third[k] for k in ("date", "exercise_id", "exercise", "kind", "load", "unit",
                                  "reps", "rpe", "note", "session_note")} == {
        "date": "2026-02-02", "exercise_id": "rdl", "exercise": "Romanian deadlift",
        "kind": "working", "load": "135", "unit": "lb", "reps": "8", "rpe": "",
        "note": 'a, "b"', "session_note": "hips high",
    }
    assert rows[1]["rpe"] == "8" and rows[3]["session_note"] == "pad\non bar"


def test_docs_list_every_csv_column() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for column in CSV_COLUMNS:
        assert f"`{column}`" in text, column


def test_strong_layout_kinds_notes_and_profile_unit(tmp_path: Path) -> None:
    store = sample(tmp_path)
    text = export(store, "strong")
    assert text.splitlines()[0] == ",".join(STRONG_COLUMNS)
    rows = parse(text)
    assert {r["Date"] for r in rows} == {"2026-02-02 17:00:00"}
    assert {r["Duration"] for r in rows} == {"1h 14m"}
    assert [(r["Exercise Name"], r["Set Order"], r["Weight"], r["Reps"]) for r in rows] == [
        ("Romanian Deadlift (Barbell)", "Note", "", ""),
        ("Romanian Deadlift (Barbell)", "W", "20", "10"),
        ("Romanian Deadlift (Barbell)", "1", "60", "10"),
        ("Romanian Deadlift (Barbell)", "2", "61.23", "8"),  # 135 lb in the profile's kg
        ("Hip Thrust (Barbell)", "Note", "", ""),
        ("Hip Thrust (Barbell)", "F", "80", "12"),
        ("Hip Thrust (Barbell)", "D", "60", "15"),
    ]
    assert rows[0]["Notes"] == "hips high" and rows[2]["RPE"] == "8"


def test_strong_export_reads_back_as_the_same_sets(tmp_path: Path) -> None:
    store = sample(tmp_path)
    path = tmp_path / "strong.csv"
    path.write_text(export(store, "strong"), encoding="utf-8")
    again = new_store(tmp_path, "again.json")
    again.set_profile(Profile(unit="kg", timezone="UTC"))
    summary = run_import(again, "strong", path, unit="kg")
    assert (summary.working_sets, summary.warmups, summary.new_exercises) == (4, 1, ())

    def shape(s: Store) -> list[tuple[str, str, float, int]]:
        return [(e.exercise, e.kind, round(e.load_in("kg"), 2), e.reps) for e in all_sets(s)]

    assert shape(again) == shape(store)
    session = again.session("2026-02-02")
    assert session is not None and session.notes == {"rdl": "hips high",
                                                     "hip-thrust": "pad\non bar"}


def test_a_set_logged_later_for_a_past_day_keeps_its_day(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    store.set_profile(Profile(timezone="UTC"))
    store.log_sets("2025-05-05", [SetEntry("x", "squat", 100, "kg", 5, "2026-01-01T09:00:00Z")])
    rows = parse(export(store, "strong"))
    assert (rows[0]["Date"], rows[0]["Duration"]) == ("2025-05-05 12:00:00", "0m")


@pytest.mark.parametrize("fmt", ["csv", "strong", "json"])
def test_cli_writes_stdout_or_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    store = sample(tmp_path)
    db = str(store.path)
    assert main(["--db", db, "export", fmt]) == 0
    printed = capsys.readouterr().out
    assert printed == export(store, fmt)
    target = tmp_path / f"out.{fmt}"
    assert main(["--db", db, "export", fmt, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == printed
    assert capsys.readouterr().out == ""
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
