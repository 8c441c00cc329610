"""The coach from the shell: `checkin --partial`, `partial` in `checkins --json` and the JSON
export, `profile --goal-weight` and the `goal` and `expenditure` of `targets --json`."""

from __future__ import annotations

from datetime import date, timedelta
from math import ceil
from pathlib import Path
from typing import Any

import orjson
import pytest

from legtui.cli.main import main
from legtui.core.coach import coached_targets
from legtui.core.model import CheckIn
from legtui.store import Store
from legtui.transfer import export

NOW = date(2026, 3, 10)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("LEGTUI_NOW", f"{NOW.isoformat()}T12:00:00Z")
    args = ["--db", str(tmp_path / "store.json")]
    assert main([*args, "profile", "--timezone", "UTC", "--sex", "male", "--birth-year", "1990",
                 "--height", "180", "--activity", "moderate"]) == 0
    return args


def as_json(db: list[str], capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    capsys.readouterr()
    assert main([*db, *args, "--json"]) == 0
    return orjson.loads(capsys.readouterr().out)


def test_partial_flag_round_trip(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*db, "checkin", "--calories", "900", "--partial"]) == 0
    assert "calories partial" in capsys.readouterr().out
    assert main([*db, "checkin", "--partial", "--date", "2026-03-09"]) == 0  # the flag alone
    assert main([*db, "checkin", "--weight", "80", "--date", "2026-03-08"]) == 0
    days = as_json(db, capsys, "checkins")
    assert [d["partial"] for d in days] == [None, True, True]
    assert days[2]["calories"] == 900
    assert main([*db, "checkin", "--no-partial"]) == 0
    assert as_json(db, capsys, "checkins")[2]["partial"] is False
    store = Store(Path(db[1]))
    exported = orjson.loads(export(store, "json"))
    assert [c.get("partial") for c in exported["checkins"]] == [None, True, False]
    assert all("partial" in c for c in exported["checkins"])


def test_goal_weight_and_its_projected_date(db: list[str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    store = Store(Path(db[1]))
    for back in range(14, -1, -1):  # 0.1 kg a day down: 0.7 kg a week
        store.put_checkin(CheckIn((NOW - timedelta(days=back)).isoformat(),
                                  weight=round(85 - 0.1 * (14 - back), 1), calories=2300))
    capsys.readouterr()
    assert main([*db, "profile", "--goal-weight", "80"]) == 0
    out = capsys.readouterr().out
    assert "goal_weight     80 kg" in out and "goal 80 kg by 2026-" in out
    data = as_json(db, capsys, "targets")
    assert list(data) == ["bmr", "tdee", "calories", "protein_g", "sleep_h", "fiber_g",
                          "sodium_mg_max", "water_l", "trend_weight", "weekly_rate",
                          "adaptive_tdee", "expenditure", "goal", "warnings"]
    assert list(data["calories"]) == ["low", "high", "target", "source", "reason"]
    goal = data["goal"]
    assert list(goal) == ["weight", "unit", "date", "reason"]
    assert goal["weight"] == 80.0 and goal["unit"] == "kg"
    # the trend (smoothed, ≈ 84.2 kg) is 4.2 kg off at 0.7 kg a week: 6 weeks, 42 days
    targets = coached_targets(store.profile(), store.checkins(), NOW)
    assert targets.trend_kg is not None and targets.weekly_rate_kg == pytest.approx(-0.7)
    days = ceil((targets.trend_kg - 80) / 0.7 * 7)
    assert 40 <= days <= 44
    assert goal["date"] == (NOW + timedelta(days=days)).isoformat()
    assert "to go at 0.70 kg a week" in goal["reason"]
    assert list(data["expenditure"]) == ["kcal", "low", "high", "state", "reason"]
    assert data["expenditure"]["state"] == "measuring" and data["expenditure"]["kcal"] > 0
    assert data["adaptive_tdee"] == data["expenditure"]["kcal"]
    assert data["calories"]["source"] == "formula"


def test_goal_in_pounds_is_stored_in_kg_and_can_be_cleared(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*db, "profile", "--unit", "lb", "--goal-weight", "165"]) == 0
    assert Store(Path(db[1])).profile().goal_weight == pytest.approx(74.843, abs=0.001)
    assert main([*db, "profile", "--goal-weight", "none"]) == 0
    assert Store(Path(db[1])).profile().goal_weight is None


@pytest.mark.parametrize("args, message", [
    (["--goal-weight", "10"], "goal weight"),
    (["--goal-weight", "heavy"], "goal weight"),
    (["--checkin-day", "someday"], "check-in day"),
])
def test_bad_goal_or_day_changes_nothing(db: list[str], capsys: pytest.CaptureFixture[str],
                                         args: list[str], message: str) -> None:
    before = Path(db[1]).read_bytes()
    capsys.readouterr()
    assert main([*db, "profile", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert Path(db[1]).read_bytes() == before


def test_checkin_day_moves_the_weekly_target(db: list[str],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*db, "checkin", "--weight", "80"]) == 0
    assert main([*db, "profile", "--checkin-day", "Tuesday"]) == 0
    assert Store(Path(db[1])).profile().checkin_day == "tue"
    data = as_json(db, capsys, "targets")
    assert data["calories"]["reason"].endswith("set Tue 10 Mar")
