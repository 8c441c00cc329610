"""Estimated 1RM per set and session, and progress series, on hand-checked examples."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legtui.core.model import Session, SetEntry, SetKind, Unit
from legtui.core.stats import (
    best_e1rm,
    e1rm,
    effective_reps,
    months_before,
    progress_series,
    session_e1rm,
    set_e1rm,
    set_volume,
)


def entry(load: float, reps: int, rpe: float | None = None, kind: SetKind = "working",
          unit: Unit = "kg", exercise: str = "rdl", sid: str = "s") -> SetEntry:
    return SetEntry(sid, exercise, load, unit, reps, "2026-01-05T17:00:00.000000Z", rpe, kind)


def test_epley_by_hand() -> None:
    # 100 × (1 + 10/30) = 100 × 1.3333… = 133.33…
    assert e1rm(100, 10) == pytest.approx(133.333, abs=1e-3)
    # 60 × (1 + 8/30) = 60 + 16 = 76
    assert e1rm(60, 8) == pytest.approx(76.0)
    # 62.5 × (1 + 12/30) = 62.5 × 1.4 = 87.5
    assert e1rm(62.5, 12) == pytest.approx(87.5)
    # one rep is the load itself
    assert e1rm(140, 1) == 140


def test_e1rm_with_rpe_adds_reps_in_reserve() -> None:
    # RPE 8 leaves 2 in reserve: 60 × 8 @8 counts as 10 reps: 60 × (1 + 10/30) = 80
    assert effective_reps(8, 8) == 10
    assert e1rm(60, 8, 8) == pytest.approx(80.0)
    # RPE 9.5 leaves half a rep: 100 × 5 @9.5 → 100 × (1 + 5.5/30) = 118.333…
    assert e1rm(100, 5, 9.5) == pytest.approx(118.333, abs=1e-3)
    # RPE 10 adds nothing: 60 × 8 @10 == 60 × 8
    assert e1rm(60, 8, 10) == e1rm(60, 8)


def test_cap_at_twelve_effective_reps() -> None:
    assert e1rm(50, 12) == pytest.approx(70.0)  # 50 × 1.4
    assert e1rm(50, 13) is None
    # 11 reps at RPE 9 are 12 effective: still counted; at RPE 8 they are 13: not
    assert e1rm(50, 11, 9) == pytest.approx(70.0)
    assert e1rm(50, 11, 8) is None
    assert e1rm(0, 5) is None  # bodyweight alone: no load to estimate from


def test_set_e1rm_skips_warmups_and_converts() -> None:
    assert set_e1rm(entry(100, 10, kind="warmup"), "kg") is None
    # 100 lb × 10 = 45.359237 kg × 4/3
    assert set_e1rm(entry(100, 10, unit="lb"), "kg") == pytest.approx(45.359237 * 4 / 3)
    assert set_e1rm(entry(60, 8, kind="drop"), "kg") == pytest.approx(76.0)
    assert set_volume(entry(60, 8, kind="warmup"), "kg") == 0
    assert set_volume(entry(100, 5, unit="lb"), "kg") == pytest.approx(226.796185)


def test_session_best_is_the_best_working_set() -> None:
    sets = (
        entry(120, 3, kind="warmup", sid="w"),  # 132 if counted: it must not be
        entry(80, 10, sid="a"),  # 106.67
        entry(85, 8, sid="b"),  # 107.67
        entry(85, 6, rpe=9, sid="c"),  # 7 eff → 104.83
        entry(30, 10, exercise="hip-thrust", sid="h"),
    )
    session = Session("2026-01-05", sets)
    assert session_e1rm(session, "rdl", "kg") == pytest.approx(85 * (1 + 8 / 30))
    assert session_e1rm(session, "hip-thrust", "kg") == pytest.approx(40.0)
    assert session_e1rm(session, "step-up", "kg") is None
    assert best_e1rm([entry(40, 15)], "kg") is None  # past the cap: nothing qualifies


def test_progress_series_one_point_per_session() -> None:
    sessions = [
        Session("2026-01-05", (entry(20, 10, kind="warmup"), entry(60, 10), entry(60, 8))),
        Session("2026-01-07", (entry(135, 8, unit="lb"), entry(30, 10, exercise="hip-thrust"))),
        Session("2026-01-09", (entry(20, 10, kind="warmup"),)),
    ]
    series = progress_series(sessions, "kg")
    rdl = series["rdl"]
    assert rdl.dates == ("2026-01-05", "2026-01-07")  # a warm-up-only day is no point
    first, second = rdl.points
    assert first.best_e1rm == pytest.approx(80.0)  # 60 × (1 + 10/30)
    assert first.top_load == 60
    assert first.volume == 60 * 10 + 60 * 8
    assert first.working_sets == 2
    assert second.top_load == pytest.approx(135 * 0.45359237)
    assert series["hip-thrust"].dates == ("2026-01-07",)
    in_lb = progress_series(sessions, "lb")["rdl"].points[1]
    assert in_lb.top_load == pytest.approx(135)


def test_window_filters_by_months() -> None:
    days = ["2024-12-31", "2025-06-15", "2025-10-14", "2025-10-15", "2026-01-10"]
    sessions = [Session(d, (entry(60, 10),)) for d in days]
    series = progress_series(sessions, "kg")["rdl"]
    today = date(2026, 1, 15)
    assert series.window("all", today).dates == tuple(days)
    assert series.window("3m", today).dates == ("2025-10-15", "2026-01-10")
    assert series.window("6m", today).dates == ("2025-10-14", "2025-10-15", "2026-01-10")
    assert series.window("1y", today).dates == tuple(days[1:])


def test_months_before_clamps_to_the_month_end() -> None:
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2024, 5, 31), 3) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 1) == date(2025, 12, 15)
    assert months_before(date(2026, 3, 1), 12) == date(2025, 3, 1)


_set = st.builds(
    entry,
    load=st.sampled_from([0, 20, 60, 62.5, 135]),
    reps=st.integers(1, 15),
    rpe=st.none() | st.sampled_from([6.5, 8.0, 10.0]),
    kind=st.sampled_from(["working", "warmup", "failure"]),
    unit=st.sampled_from(["kg", "lb"]),
    exercise=st.sampled_from(["rdl", "hip-thrust"]),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_set, min_size=1, max_size=6), min_size=1, max_size=5),
       st.sampled_from(["kg", "lb"]))
def test_series_points_agree_with_session_best(days: list[list[SetEntry]], unit: Unit) -> None:
    sessions = [Session(f"2026-02-{i + 1:02d}", tuple(sets)) for i, sets in enumerate(days)]
    for exercise, series in progress_series(sessions, unit).items():
        by_date = {s.date: s for s in sessions}
        for point in series.points:
            working = by_date[point.date].working_sets_for(exercise)
            assert point.best_e1rm == session_e1rm(by_date[point.date], exercise, unit)
            assert point.working_sets == len(working)
            assert point.volume == pytest.approx(sum(set_volume(w, unit) for w in working))
            assert point.top_load == max(w.load_in(unit) for w in working)
