"""The week in review: trend, tape, hamstring and glute sets, sessions, habit days, the focus
line, and `legtui week --json` (docs/science.md, "The week in review")."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest

from legtui.cli.main import main
from legtui.core.catalog import Catalog
from legtui.core.coach import coached_targets
from legtui.core.model import CheckIn, Profile, Session, SetEntry
from legtui.core.week_review import Count, WeekReview, focus_line, review_lines, week_review

END = date(2026, 3, 15)  # a Sunday; the week is Mon 9 – Sun 15 March
PROFILE = Profile(sex="female", birth_year=1990, height_cm=168, activity="light",
                  deficit=500)


def sets(exercise: str, count: int, kind: str = "working") -> tuple[SetEntry, ...]:
    return tuple(SetEntry(f"{exercise}{i}", exercise, 60, "kg", 10, "", None, kind)  # type: ignore[arg-type]
                 for i in range(count))


def day(offset: int) -> str:
    return (END - timedelta(days=offset)).isoformat()


CHECKINS = [
    *(CheckIn(day(14 - i), weight=70 - 0.05 * i, calories=1700, protein_g=120, sleep_h=7.5)
      for i in range(8)),  # the week before: 15 … 8 days ago
    CheckIn(day(8), waist=80, hips=100, thigh=60),
    *(CheckIn(day(6 - i), weight=69.6 - 0.05 * i, calories=1600 if i < 4 else 2600,
              protein_g=120 if i % 2 else 80, sleep_h=6 if i < 5 else 8) for i in range(7)),
    CheckIn(day(1), waist=79, hips=99.5, thigh=60.2),
]
SESSIONS = [
    Session(day(6), sets("rdl", 3) + sets("hip-thrust", 3) + sets("rdl", 2, "warmup")),
    Session(day(4), sets("rdl", 3) + sets("step-up", 2)),
    Session(day(9), sets("rdl", 9)),  # the week before: not counted
]


def review() -> WeekReview:
    targets = coached_targets(PROFILE, CHECKINS, END)
    return week_review(SESSIONS, CHECKINS, targets, Catalog(), 3, "cm", END)


def test_the_numbers_of_the_week() -> None:
    found = review()
    data = found.to_json()
    assert (data["start"], data["end"]) == ("2026-03-09", "2026-03-15")
    assert data["trend_weight"]["unit"] == "kg" and data["trend_weight"]["change"] < 0
    assert data["girth"] == {
        "unit": "cm",
        "waist": {"start": 80.0, "end": 79.0, "change": -1.0},
        "hips": {"start": 100.0, "end": 99.5, "change": -0.5},
        "thigh": {"start": 60.0, "end": 60.2, "change": 0.2},
    }
    # RDL 6 sets (hamstrings + glutes); hip thrust 3 (glutes, ½ hamstrings); step-ups 2
    # (glutes, ½ hamstrings); warm-ups never count
    assert data["sets"] == {"hamstrings": 6 + 1.5 + 1.0, "glutes": 6 + 3 + 2.0,
                            "band": {"low": 10, "high": 20}}
    assert data["sessions"] == {"done": 2, "planned": 3}
    assert data["days"]["sleep"] == {"on": 2, "judged": 7, "of": 7}
    assert data["days"]["protein"]["on"] == 3
    assert data["days"]["calories"] == {"on": 4, "judged": 7, "of": 7}
    assert data["focus"].startswith("next week: sleep 7–9 h: 2 of 7 days")


def test_lines_for_the_shell() -> None:
    lines = review_lines(review())
    assert lines[0] == "week Mon 09 Mar – Sun 15 Mar"
    assert "waist -1.0, hips -0.5, thigh +0.2 cm" in lines[2]
    assert lines[3] == "sets      hamstrings 8.5, glutes 11 (aim 10–20)"
    assert lines[4] == "sessions  2 of 3 planned"
    assert lines[-1].startswith("next week:")


def test_focus_is_the_habit_furthest_off() -> None:
    good = {"calories": Count(6, 7), "protein": Count(7, 7), "sleep": Count(7, 7)}
    assert "keep calories in the band: 6 of 7" in focus_line(
        {"hamstrings": 12, "glutes": 14}, Count(3, 3), good)
    assert "train all 3 planned sessions: 1 this week" in focus_line(
        {"hamstrings": 12, "glutes": 14}, Count(1, 3), good)
    assert "at least 10 working sets for the hamstrings (2 this week" in focus_line(
        {"hamstrings": 2, "glutes": 14}, Count(2, 3), good)
    perfect = {name: Count(7, 7) for name in good}
    assert focus_line({"hamstrings": 12, "glutes": 14}, Count(3, 3), perfect) == (
        "next week: keep going, every habit is on track")


def test_a_day_without_a_target_is_not_judged() -> None:
    bare = coached_targets(Profile(), CHECKINS, END)  # no sex/height: no calorie band
    data = week_review(SESSIONS, CHECKINS, bare, Catalog(), 3, "cm", END).to_json()
    assert data["days"]["calories"] == {"on": 0, "judged": 0, "of": 7}


def test_week_json_from_the_shell(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEGTUI_NOW", "2026-03-15T12:00:00Z")
    db = ["--db", str(tmp_path / "s.json")]
    assert main([*db, "profile", "--timezone", "UTC"]) == 0
    assert main([*db, "log", "rdl", "60x10x3", "--date", "2026-03-12"]) == 0
    assert main([*db, "checkin", "--weight", "70", "--sleep", "8"]) == 0
    capsys.readouterr()
    assert main([*db, "week", "--json"]) == 0
    data = orjson.loads(capsys.readouterr().out)
    assert list(data) == ["start", "end", "trend_weight", "girth", "sets", "sessions", "days",
                          "focus"]
    assert data["sessions"] == {"done": 1, "planned": 3}
    assert data["sets"]["hamstrings"] == 3 and data["trend_weight"] is None
    assert list(data["days"]) == ["calories", "protein", "sleep"]
    assert main([*db, "week"]) == 0
    assert "sessions  1 of 3 planned" in capsys.readouterr().out
