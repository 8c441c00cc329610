"""`legtui history EXERCISE --json`: each session's best e1RM and the records set that day."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from legtui.cli.main import main
from legtui.core.model import Profile, SetEntry, SetKind, Unit
from legtui.store import Store

SET_KEYS = {"id", "exercise", "load", "unit", "reps", "sides", "rpe", "kind", "logged_at", "note"}


def put(store: Store, day: str, sid: str, exercise: str, load: float, reps: int,
        rpe: float | None = None, kind: SetKind = "working", unit: Unit = "kg") -> None:
    stamp = f"{day}T17:00:00.000000Z"
    store.log_sets(day, [SetEntry(sid, exercise, load, unit, reps, stamp, rpe, kind)])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.json"
    store = Store(path)
    put(store, "2026-01-05", "w1", "rdl", 40, 5, kind="warmup")
    put(store, "2026-01-05", "a1", "rdl", 60, 10)  # 60 × (1 + 10/30) = 80
    put(store, "2026-01-05", "h1", "hip-thrust", 80, 10)
    put(store, "2026-01-07", "w2", "rdl", 100, 3, kind="warmup")  # a warm-up-only day
    put(store, "2026-01-09", "a3", "rdl", 63, 8, rpe=9)  # 63 × (1 + 9/30) = 81.9
    put(store, "2026-01-09", "b3", "rdl", 63, 7)  # 63 × (1 + 7/30) = 77.7
    return path


def history(db: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Any:
    assert main(["--db", str(db), "history", *extra, "--json"]) == 0
    return orjson.loads(capsys.readouterr().out)


def test_keys_and_best_e1rm(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sessions = history(db, capsys, "rdl")
    assert [s["date"] for s in sessions] == ["2026-01-05", "2026-01-07", "2026-01-09"]
    for s in sessions:
        assert set(s) == {"date", "sets", "best_e1rm", "records"}
        assert all(set(e) == SET_KEYS and e["exercise"] == "rdl" for e in s["sets"])
    assert [s["best_e1rm"] for s in sessions] == [80.0, None, 81.9]


def test_records_set_that_day(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, warm, third = history(db, capsys, "rdl")
    assert first["records"] == [] and warm["records"] == []  # nothing to beat; warm-ups never
    kinds = {r["kind"]: r for r in third["records"]}
    # 81.9 beats 80; the day's 63 × 8 + 63 × 7 = 945 beats 600 once the second set is in
    assert set(kinds) == {"e1rm", "session_volume"}
    assert kinds["e1rm"] == {
        "kind": "e1rm", "exercise": "rdl", "value": 81.9, "previous": 80, "unit": "kg",
        "set_id": "a3", "text": "best estimated 1RM (81.9 kg)",
    }
    assert kinds["session_volume"]["value"] == 945 and kinds["session_volume"]["set_id"] == "b3"


def test_since_keeps_old_bests(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (only,) = history(db, capsys, "rdl", "--since", "2026-01-08")
    assert only["date"] == "2026-01-09"
    assert {r["kind"] for r in only["records"]} == {"e1rm", "session_volume"}


def test_profile_unit(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Store(db).set_profile(Profile(unit="lb"))
    sessions = history(db, capsys, "rdl")
    assert sessions[0]["best_e1rm"] == round(80 / 0.45359237, 1)  # 176.4 lb
    assert sessions[2]["records"][0]["unit"] == "lb"
    assert sessions[0]["sets"][1]["load"] == 60 and sessions[0]["sets"][1]["unit"] == "kg"


def test_without_exercise_records_name_theirs(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sessions = history(db, capsys)
    assert all(set(s) == {"date", "sets", "records"} for s in sessions)
    assert {r["exercise"] for r in sessions[2]["records"]} == {"rdl"}
