"""The coached weekly target: formula before the estimate is ready, measured − deficit after,
at most 150 kcal a week, on the check-in day, never under the floor (docs/science.md)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest

from legtui.cli.main import main
from legtui.core.coach import MAX_WEEKLY_MOVE, coached_targets, weekly_targets
from legtui.core.measured import density_for, series
from legtui.core.model import CheckIn, Profile

TODAY = date(2026, 3, 9)  # a Monday
# the formula thinks this man spends ~3,400 kcal; he really spends ~2,550
MAN = Profile(sex="male", birth_year=1996, height_cm=180, activity="very_active", deficit=500)


def logged(days: int, end: date = TODAY, eaten: int = 2200) -> list[CheckIn]:
    start = end - timedelta(days=days - 1)
    return [CheckIn((start + timedelta(days=i)).isoformat(), weight=round(85 - 0.05 * i, 2),
                    calories=eaten) for i in range(days)]


def test_formula_first_then_measured_moving_at_most_150_a_week() -> None:
    checkins = logged(150)
    weeks = weekly_targets(MAN, series(MAN, checkins, TODAY))
    assert all(w.day.weekday() == 0 for w in weeks)
    assert weeks[0].source == "formula" and weeks[-1].source == "measured"
    moves = [b.kcal - a.kcal for a, b in itertools.pairwise(weeks)]
    assert all(abs(m) <= MAX_WEEKLY_MOVE for m in moves)
    assert -MAX_WEEKLY_MOVE in moves  # the limit held the target back at least once
    assert any("at most 150 a week" in w.reason for w in weeks)
    # in the end the target is the measured expenditure − the deficit
    spent = 2200 + 0.05 * density_for(MAN, 85 - 0.05 * 149, TODAY)
    final = coached_targets(MAN, checkins, TODAY)
    assert final.calories is not None and final.expenditure is not None
    assert final.calories.source == "measured"
    assert final.calories.target == pytest.approx(final.expenditure.kcal - 500, abs=60)
    assert final.expenditure.kcal == pytest.approx(spent, abs=60)
    assert final.adaptive_tdee == final.expenditure.kcal


def test_the_target_moves_only_on_the_check_in_day() -> None:
    checkins = logged(150, end=TODAY + timedelta(days=3))
    monday = coached_targets(MAN, checkins[:-3], TODAY).calories
    thursday = coached_targets(MAN, checkins, TODAY + timedelta(days=3)).calories
    assert monday is not None and thursday is not None
    assert thursday.target == monday.target and thursday.reason == monday.reason
    friday_man = replace(MAN, checkin_day="thu")
    moved = coached_targets(friday_man, checkins, TODAY + timedelta(days=3)).calories
    assert moved is not None and "set Thu" in moved.reason


def test_before_ready_the_formula_with_the_reason() -> None:
    targets = coached_targets(MAN, logged(10), TODAY)
    assert targets.calories is not None and targets.expenditure is not None
    assert targets.calories.source == "formula"
    assert targets.expenditure.state == "measuring"
    assert "until measured expenditure is ready" in targets.calories.reason
    assert targets.tdee is not None
    assert targets.calories.target == round(targets.tdee) - 500


WOMAN_45 = Profile(sex="female", birth_year=1966, height_cm=150, activity="sedentary",
                   deficit=500)


def test_the_45_kg_woman_is_held_at_the_floor_with_a_warning() -> None:
    today = date(2026, 3, 9)
    targets = coached_targets(WOMAN_45, [CheckIn(today.isoformat(), weight=45)], today)
    assert targets.bmr == pytest.approx(926.5)
    cal = targets.calories
    assert cal is not None and cal.target == 1200 == max(round(targets.bmr or 0), 1200)
    assert cal.low >= 1200 and cal.high >= 1200
    assert any("1,200 kcal minimum for women" in w and "612 kcal" in w
               for w in targets.warnings)


def test_profile_deficit_cannot_push_the_target_under_the_floor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEGTUI_NOW", "2026-03-09T12:00:00Z")
    db = ["--db", str(tmp_path / "s.json")]
    assert main([*db, "profile", "--timezone", "UTC", "--sex", "female", "--height", "150",
                 "--birth-year", "1966", "--activity", "sedentary"]) == 0
    assert main([*db, "checkin", "--weight", "45"]) == 0
    capsys.readouterr()
    assert main([*db, "profile", "--deficit", "500"]) == 0
    out = capsys.readouterr().out
    assert "calorie target 1200 kcal" in out and "warning: the calorie target is held up" in out
    assert main([*db, "targets", "--json"]) == 0
    data = orjson.loads(capsys.readouterr().out)
    assert data["calories"]["target"] == 1200
    assert any("minimum for women" in w for w in data["warnings"])
