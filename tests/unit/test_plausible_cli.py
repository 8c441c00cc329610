"""Typos asked about from the shell: `0x5` on a barbell, a load far over the best e1RM or too
many reps (`--force`), a new name close to a catalog one (`--new`), custom muscles in volume;
and every error, argparse's too, ends in one `legtui: ...` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from legtui.cli.main import main
from legtui.core.model import SetEntry
from legtui.core.plausible import doubts
from legtui.core.volume import weekly_muscle_volume
from legtui.store import Store


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("LEGTUI_DB", raising=False)
    monkeypatch.setenv("LEGTUI_NOW", "2026-03-02T18:00:00Z")
    return str(tmp_path / "store.json")


def run(db: str, *args: str) -> int:
    return main(["--db", db, *args])


def error_line(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("legtui: ")
    return lines[0]


def sets_logged(db: str) -> list[str]:
    return [f"{e.load:g}x{e.reps}" for s in Store(db).sessions() for e in s.sets]


def test_zero_load_on_a_barbell_is_an_error_that_suggests_bw(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "log", "rdl", "0x5") == 2
    assert error_line(capsys) == ("legtui: a load of 0 on a barbell exercise: type the load "
                                  "lifted, or bwx5 for bodyweight")
    assert sets_logged(db) == []
    assert run(db, "log", "rdl", "bwx5") == 0  # bodyweight, said so
    assert run(db, "log", "step-up", "0x12") == 0  # dumbbells: 0 is bodyweight, as before
    assert sets_logged(db) == ["0x5", "0x12"]


def test_a_load_far_over_the_best_needs_force(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "log", "rdl", "1000x5") == 0  # no history: no such check
    for day in ("2026-02-02", "2026-02-09"):
        assert run(db, "log", "hip-thrust", "100x5", "--date", day) == 0
    capsys.readouterr()
    assert run(db, "log", "hip-thrust", "1000x5") == 2
    assert "1000 kg is more than twice your best estimated 1RM of the last year (116.7 kg)" \
        in error_line(capsys)
    assert run(db, "log", "hip-thrust", "230x5") == 0  # under twice 116.7: fine
    assert run(db, "log", "hip-thrust", "1000x5", "--force") == 0
    assert sets_logged(db) == ["100x5", "100x5", "1000x5", "230x5", "1000x5"]


def test_more_than_50_reps_needs_force(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "log", "glute-bridge", "bwx51") == 2
    assert "51 reps is more than 50: a typo? Nothing logged; add --force" in error_line(capsys)
    assert run(db, "log", "glute-bridge", "bwx50") == 0
    assert run(db, "log", "glute-bridge", "bwx51", "--force") == 0


def test_an_unknown_name_close_to_a_catalog_one_says_did_you_mean(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "log", "hipthrus", "60x5") == 2
    assert error_line(capsys) == ("legtui: unknown exercise 'hipthrus': did you mean "
                                  "Hip thrust (hip-thrust)?")
    assert run(db, "profile", "--add-exercise", "Good mornin") == 2
    assert error_line(capsys) == ("legtui: did you mean Good morning (good-morning)? "
                                  "'Good mornin' would be a new exercise of your own: "
                                  "add --new to make it")
    assert Store(db).custom_exercises() == []
    assert run(db, "profile", "--add-exercise", "Good mornin", "--new") == 0
    assert [e.name for e in Store(db).custom_exercises()] == ["Good mornin"]


def test_a_custom_exercise_with_muscles_counts_in_weekly_volume(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "profile", "--add-exercise", "Nordic curl", "--muscles", "hamstrings") == 0
    capsys.readouterr()
    assert run(db, "profile", "--add-exercise", "Frog pump", "--muscles", "calves") == 2
    assert "unknown muscle 'calves': one or more of hamstrings, glutes, quads" \
        in error_line(capsys)
    assert run(db, "profile", "--add-exercise", "Frog pump") == 0  # no muscles yet
    assert run(db, "log", "nordic-curl", "bwx6x3") == 0
    assert run(db, "log", "frog-pump", "bwx30x2") == 0
    store = Store(db)
    week = next(iter(weekly_muscle_volume(store.sessions(), store.catalog(), "kg").values()))
    assert set(week) == {"hamstrings"} and week["hamstrings"].sets == 3
    # muscles given later to an exercise of one's own count from then on, for every week
    assert run(db, "profile", "--exercise", "frog pump", "--muscles", "glutes") == 0
    store = Store(db)
    week = next(iter(weekly_muscle_volume(store.sessions(), store.catalog(), "kg").values()))
    assert week["glutes"].sets == 2
    capsys.readouterr()
    assert run(db, "profile", "--exercise", "rdl", "--muscles", "glutes") == 2
    assert "for an exercise of your own" in error_line(capsys)


def test_doubts_without_history_check_reps_only() -> None:
    entry = SetEntry("a", "rdl", 1000, "kg", 60, "2026-01-01T00:00:00Z")
    assert doubts([entry], None, "kg") == ["60 reps is more than 50"]
    assert doubts([entry], 500.0, "kg") == ["60 reps is more than 50"]
    assert len(doubts([entry], 499.0, "kg")) == 2


@pytest.mark.parametrize(("args", "last"), [
    (["log"], "legtui: log: the following arguments are required: exercise, SET"),
    (["log", "rdl", "60x5", "--bogus"], "legtui: unrecognized arguments: --bogus"),
    (["import", "nope", "f.csv"], "legtui: import: argument app: invalid choice: 'nope'"),
])
def test_argparse_errors_end_in_one_legtui_line_after_the_usage(
    db: str, capsys: pytest.CaptureFixture[str], args: list[str], last: str
) -> None:
    with pytest.raises(SystemExit) as done:
        run(db, *args)
    assert done.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].startswith("usage: legtui")
    assert lines[-1].startswith(last)
    assert not any(line.startswith("legtui") for line in lines[:-1])
