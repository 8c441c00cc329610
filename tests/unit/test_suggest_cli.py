"""`legtui suggest [EXERCISE] [--json]` through the CLI's own entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from legtui.cli.main import main


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("LEGTUI_DB", raising=False)
    monkeypatch.setenv("LEGTUI_NOW", "2026-03-02T18:00:00Z")
    return str(tmp_path / "store.json")


def run(db: str, *args: str) -> int:
    return main(["--db", db, *args])


def out_json(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> object:
    capsys.readouterr()
    assert run(db, *args) == 0
    return json.loads(capsys.readouterr().out)


def test_the_issue_example(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "profile", "--unit", "kg") == 0
    assert run(db, "log", "rdl", "60x12@8", "60x12@8", "60x12@8") == 0
    got = out_json(capsys, db, "suggest", "rdl", "--json")
    assert got == {
        "exercise": "rdl", "kind": "add-load", "load": 62.5, "unit": "kg", "reps": [8, 8, 8],
        "sets": 3, "tempo": None,
        "reason": "all 3 sets reached 12 reps at 60 kg, so add 2.5 kg and start again at 8",
    }


def test_every_planned_exercise_in_plan_order(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "log", "romanian-deadlift", "60x12x3") == 0
    got = out_json(capsys, db, "suggest", "--json")
    assert isinstance(got, list)
    assert [s["exercise"] for s in got] == ["rdl", "hip-thrust", "step-up",
                                            "bulgarian-split-squat"]
    assert [s["kind"] for s in got] == ["add-load", "start", "start", "start"]
    assert [s["load"] for s in got] == [62.5, 20, 0, 0]


def test_readable_lines(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "log", "rdl", "60x12", "60x11", "60x10") == 0
    capsys.readouterr()
    assert run(db, "suggest") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("Romanian deadlift: 60 kg × 12/12/11 (add-reps) — ")
    assert lines[2].startswith("Step-up: bodyweight × 10/10/10 (start) — ")
    assert "per leg" in lines[2]


def test_an_lb_profile_suggests_in_lb(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "profile", "--unit", "lb") == 0
    assert run(db, "log", "rdl", "135x12x3") == 0
    got = out_json(capsys, db, "suggest", "rdl", "--json", "--db", db)
    assert isinstance(got, dict)
    assert (got["kind"], got["load"], got["unit"]) == ("add-load", 140, "lb")


def test_an_exercise_outside_the_plan_starts_at_the_bar(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    got = out_json(capsys, db, "suggest", "squat", "--json")
    assert isinstance(got, dict)
    assert (got["kind"], got["load"], got["reps"]) == ("start", 20, [8, 8, 8])


def test_an_unknown_exercise_is_one_clear_line(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "log", "rdl", "60x10") == 0
    before = Path(db).read_bytes()
    capsys.readouterr()
    assert run(db, "suggest", "zercher") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "unknown exercise 'zercher'" in captured.err
    assert Path(db).read_bytes() == before


def test_the_engine_and_the_command_never_import_textual() -> None:
    code = ("import sys, legtui.core.loads, legtui.core.overload, legtui.cli.suggest; "
            "sys.exit('textual' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
