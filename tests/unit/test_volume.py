"""Weekly volume per exercise and per muscle, with a synergist's sets at half."""

from __future__ import annotations

import pytest

from legtui.core.catalog import Catalog
from legtui.core.model import Exercise, Session, SetEntry, SetKind, Unit
from legtui.core.volume import (
    iso_week,
    muscle_shares,
    week_monday,
    weekly_muscle_volume,
    weekly_volume,
)


def entry(exercise: str, load: float, reps: int, kind: SetKind = "working",
          unit: Unit = "kg") -> SetEntry:
    return SetEntry("x", exercise, load, unit, reps, "", None, kind)


def test_iso_weeks_cross_the_year() -> None:
    assert iso_week("2026-01-01") == (2026, 1)  # a Thursday: week 1
    assert iso_week("2024-12-30") == (2025, 1)  # Monday of ISO 2025-W01
    assert iso_week("2027-01-03") == (2026, 53)
    assert week_monday((2026, 2)).isoformat() == "2026-01-05"


def test_weekly_volume_per_exercise() -> None:
    sessions = [
        Session("2026-01-05", (entry("rdl", 20, 10, "warmup"), entry("rdl", 60, 10),
                               entry("rdl", 60, 8), entry("hip-thrust", 80, 10))),
        Session("2026-01-07", (entry("rdl", 100, 5, unit="lb"),)),
        Session("2026-01-12", (entry("rdl", 62.5, 8),)),
    ]
    weeks = weekly_volume(sessions, "kg")
    assert list(weeks) == [(2026, 2), (2026, 3)]
    rdl = weeks[(2026, 2)]["rdl"]
    assert rdl.sets == 3  # the warm-up is not a set here
    # 60×10 + 60×8 + 100 lb × 5 = 600 + 480 + 226.796185
    assert rdl.load_reps == pytest.approx(1306.796185)
    assert weeks[(2026, 2)]["hip-thrust"].load_reps == 800
    assert weeks[(2026, 3)]["rdl"].sets == 1


def test_synergist_sets_count_half() -> None:
    sessions = [
        Session("2026-01-05", (entry("rdl", 60, 10),) * 3 + (entry("hip-thrust", 80, 10),) * 3),
        Session("2026-01-07", (entry("step-up", 10, 12),) * 2 + (entry("rdl", 20, 5, "warmup"),)),
    ]
    week = weekly_muscle_volume(sessions, Catalog(), "kg")[(2026, 2)]
    # RDL: hamstrings and glutes primary → 3 + 3; hip thrust: glutes primary, hamstrings half
    # → glutes 3 + 3 + step-ups 2 = 8; hamstrings 3 + 1.5 + step-ups' half of 2 = 5.5
    assert week["glutes"].sets == 8
    assert week["hamstrings"].sets == 5.5
    assert week["quads"].sets == 2
    # load × reps follows the same shares: hamstrings 1800 + ½ × 2400 + ½ × 240
    assert week["hamstrings"].load_reps == pytest.approx(1800 + 1200 + 120)


def test_unknown_and_custom_exercises() -> None:
    custom = Exercise("nordic", "Nordic curl", "bodyweight", ("hamstrings",), ("glutes",),
                      custom=True)
    assert muscle_shares(custom) == {"hamstrings": 1.0, "glutes": 0.5}
    sessions = [Session("2026-01-05", (entry("nordic", 0, 6), entry("mystery", 50, 10)))]
    week = weekly_muscle_volume(sessions, Catalog([custom]), "kg")[(2026, 2)]
    assert {m: v.sets for m, v in week.items()} == {"hamstrings": 1.0, "glutes": 0.5}
    assert weekly_volume(sessions, "kg")[(2026, 2)]["mystery"].sets == 1
